//! `init`: its arguments and the checked settings they make.

use std::path::PathBuf;

use clap::Args;

use super::args::parse_month;
use crate::commands::init::{Init, last_month};
use crate::error::Error;
use crate::model::Month;

/// The arguments of `init`.
#[derive(Args)]
pub struct InitArgs {
    /// The workspace directory: new (or empty), or an existing one to add a client to.
    pub dir: PathBuf,
    /// The client's directory name under clients/ (lower-case, digits, dashes).
    #[arg(long, value_name = "SLUG", default_value = "example-client")]
    pub client: String,
    /// The client's name (default: from the slug, `acme-legal` → `Acme Legal`).
    #[arg(long)]
    pub name: Option<String>,
    /// The client's time zone (IANA, e.g. Europe/London).
    #[arg(long, default_value = "Europe/London")]
    pub timezone: String,
    /// The month of the first period file, YYYY-MM (default: the export's last full
    /// month with --from-tickets, else last month).
    #[arg(long, value_parser = parse_month)]
    pub period: Option<Month>,
    /// A ticket export (.csv or .xlsx): copied into the client's tickets/, and its
    /// `tickets:` block (profile, priorities) read off it, as `tickets inspect` does.
    #[arg(long, value_name = "FILE")]
    pub from_tickets: Option<PathBuf>,
    /// With --from-tickets: the client's company in an export of several, as the export
    /// writes it (without it, such an export is refused with its companies listed).
    #[arg(
        long,
        value_name = "NAME",
        requires = "from_tickets",
        conflicts_with = "all_companies"
    )]
    pub company: Option<String>,
    /// With --from-tickets: a client per company of the export, which is kept once under
    /// the workspace's exports/ and read by each client for its company.
    #[arg(long, requires = "from_tickets")]
    pub all_companies: bool,
}

impl InitArgs {
    /// The checked settings: the time zone parsed, the month defaulted to last month.
    pub fn init(self) -> Result<Init, Error> {
        let timezone: chrono_tz::Tz = self.timezone.parse().map_err(|_| {
            Error::Usage(format!(
                "unknown time zone `{}`; an IANA name such as Europe/London",
                self.timezone
            ))
        })?;
        Ok(Init {
            month: self
                .period
                .unwrap_or_else(|| last_month(chrono::Local::now().date_naive())),
            month_given: self.period.is_some(),
            company: self.company,
            all_companies: self.all_companies,
            dir: self.dir,
            slug: self.client,
            name: self.name,
            timezone,
            tickets: self.from_tickets,
        })
    }
}
