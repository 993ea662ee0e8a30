//! `monthly`, `qbr` and `annual`: their arguments.

use std::path::PathBuf;

use clap::Args;

use super::args::{FormatArgs, OutputArgs, TemplateArgs, parse_month, parse_quarter};
use crate::model::Month;
use crate::period::Period;

/// The arguments of `monthly`.
#[derive(Args)]
pub struct MonthlyArgs {
    /// The client directory.
    pub client: PathBuf,
    /// The month to review, YYYY-MM.
    #[arg(long, value_parser = parse_month)]
    pub period: Month,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

/// The arguments of `qbr`.
#[derive(Args)]
pub struct QbrArgs {
    /// The client directory.
    pub client: PathBuf,
    /// The quarter, YYYY-Qn.
    #[arg(long, value_parser = parse_quarter)]
    pub quarter: Period,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub format: FormatArgs,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

/// The arguments of `annual`.
#[derive(Args)]
pub struct AnnualArgs {
    /// The client directory.
    pub client: PathBuf,
    /// The calendar year, YYYY (with --contract-year: the contract year starting in it).
    #[arg(long)]
    pub year: String,
    /// Use the contract year (starting in the contract's start month) instead of the
    /// calendar year.
    #[arg(long)]
    pub contract_year: bool,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub format: FormatArgs,
    #[command(flatten)]
    pub templates: TemplateArgs,
}
