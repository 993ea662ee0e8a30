//! Option groups shared by several commands (period, outputs, format, templates) and
//! the parsers of their values; each group turns into checked settings.

use std::path::PathBuf;

use clap::Args;

use crate::commands::RenderConfig;
use crate::commands::review::Outputs;
use crate::error::Error;
use crate::model::Month;
use crate::period::{Period, PeriodSpec};

pub fn parse_profile(s: &str) -> Result<crate::model::TicketProfile, String> {
    crate::commands::tickets::PROFILES
        .into_iter()
        .find(|p| crate::commands::tickets::profile_key(*p).eq_ignore_ascii_case(s))
        .ok_or_else(|| {
            format!(
                "unknown profile `{s}`; one of: {}",
                crate::commands::tickets::PROFILES
                    .map(crate::commands::tickets::profile_key)
                    .join(", ")
            )
        })
}

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct PeriodArgs {
    /// A month, YYYY-MM.
    #[arg(long, value_parser = parse_month)]
    pub period: Option<Month>,
    /// A quarter, YYYY-Qn.
    #[arg(long, value_parser = parse_quarter)]
    pub quarter: Option<Period>,
    /// A calendar year, YYYY (with --contract-year: the contract year starting in it).
    #[arg(long)]
    pub year: Option<String>,
}

impl PeriodArgs {
    /// The period named; a year is the contract year starting in it with `contract_year`.
    pub fn spec(&self, contract_year: bool) -> Result<PeriodSpec, Error> {
        match (self.period, self.quarter, &self.year) {
            (Some(m), _, _) => Ok(PeriodSpec::Month(m)),
            (_, Some(q), _) => Ok(PeriodSpec::Quarter(q)),
            (_, _, Some(y)) => year_spec(y, contract_year),
            _ => unreachable!("clap requires one"),
        }
    }
}

/// A year as named, checked before any file is read (`20x6` is a usage error).
pub fn year_spec(year: &str, contract: bool) -> Result<PeriodSpec, Error> {
    Period::parse_year(year, 1).map_err(Error::Usage)?;
    Ok(PeriodSpec::Year {
        year: year.to_string(),
        contract,
    })
}

#[derive(Args)]
pub struct OutputArgs {
    /// The directory to write to (created if missing).
    #[arg(short = 'o', long = "out", default_value = "out")]
    pub out: PathBuf,
    /// Also write the evaluated review as JSON next to the PDF.
    #[arg(long)]
    pub json: bool,
    /// Record the review in the client's history/ (an existing snapshot is kept).
    #[arg(long)]
    pub publish: bool,
    /// With --publish: replace an existing snapshot.
    #[arg(long, requires = "publish")]
    pub force: bool,
    /// Also write each page as a PNG preview (144 dpi) into DIR.
    #[arg(long, value_name = "DIR")]
    pub png: Option<PathBuf>,
    /// Keep running: render again whenever an input of the review changes (its period
    /// files, ticket exports, client.yaml, provider.yaml, templates), print what changed
    /// or what is wrong; a bad input leaves the last good PDF in place.
    #[arg(long, conflicts_with = "publish")]
    pub watch: bool,
}

/// The form of a QBR or annual review.
#[derive(Args)]
pub struct FormatArgs {
    /// `report` (A4) or `deck` (16:9 slides).
    #[arg(long, value_enum, default_value_t = Format::Report)]
    pub format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The A4 document.
    Report,
    /// A 16:9 slide deck.
    Deck,
}

impl OutputArgs {
    /// The checked output settings: `--png` must name a directory (or nothing yet).
    pub fn outputs(&self, format: Format) -> Result<Outputs, Error> {
        if let Some(p) = &self.png
            && p.exists()
            && !p.is_dir()
        {
            return Err(Error::Usage(format!(
                "--png `{}` is a file; give a directory for the page images (it is created if missing)",
                p.display()
            )));
        }
        Ok(Outputs {
            json: self.json,
            publish: self.publish,
            force: self.force,
            deck: format == Format::Deck,
            png: self.png.clone(),
        })
    }
}

#[derive(Args)]
pub struct TemplateArgs {
    /// A directory whose files override the embedded templates and locales, file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The date the review is issued, YYYY-MM-DD (not before the period ends): its
    /// figures as they stood at the end of that day. Default: when the ticket exports
    /// were taken, or the period's last day.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub issued: Option<chrono::NaiveDate>,
}

pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::model::Date::parse(s).map(|d| d.0)
}

impl TemplateArgs {
    pub fn config(self) -> Result<RenderConfig, Error> {
        if let Some(d) = &self.templates
            && !d.is_dir()
        {
            return Err(Error::Usage(format!(
                "--templates {}: no such directory",
                d.display()
            )));
        }
        Ok(RenderConfig {
            templates: self.templates,
            source_date: crate::commands::source_date_epoch()?,
            issued: self.issued,
        })
    }
}

pub fn parse_month(s: &str) -> Result<Month, String> {
    Month::parse(s)
}

pub fn parse_quarter(s: &str) -> Result<Period, String> {
    Period::parse_quarter(s)
}
