//! `portfolio`: its arguments and the checked settings they make.

use std::path::PathBuf;

use clap::Args;

use super::args::{Format, FormatArgs, PeriodArgs, TemplateArgs};
use crate::commands::portfolio::PortfolioOutputs;
use crate::error::Error;
use crate::period::Period;

/// The arguments of `portfolio`.
#[derive(Args)]
pub struct PortfolioArgs {
    /// The workspace (with clients/).
    pub workspace: PathBuf,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// The directory to write portfolio-<period>.pdf to (created if missing).
    #[arg(short = 'o', long = "out", default_value = "out")]
    pub out: PathBuf,
    /// Also write the portfolio's figures as JSON next to the PDF.
    #[arg(long)]
    pub json: bool,
    /// Also write each page as a PNG preview (144 dpi) into DIR.
    #[arg(long, value_name = "DIR")]
    pub png: Option<PathBuf>,
    #[command(flatten)]
    pub format: FormatArgs,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

impl PortfolioArgs {
    /// The portfolio's period: calendar years (the clients' contract years differ).
    pub fn period(&self) -> Result<Period, Error> {
        self.period.spec(false)?.resolve(1).map_err(Error::Usage)
    }

    /// What is written besides the PDF.
    pub fn outputs(&self) -> PortfolioOutputs {
        PortfolioOutputs {
            deck: self.format.format == Format::Deck,
            json: self.json,
            png: self.png.clone(),
        }
    }
}
