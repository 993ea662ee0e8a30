//! `evaluate` and `diff`: their arguments.

use std::path::PathBuf;

use clap::Args;

use super::args::{PeriodArgs, TemplateArgs};

/// The arguments of `evaluate`.
#[derive(Args)]
pub struct EvaluateArgs {
    /// The client directory.
    pub client: PathBuf,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// With --year: the contract year starting in it (from the contract's start
    /// month), as `annual --contract-year` reviews it.
    #[arg(long, requires = "year")]
    pub contract_year: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

/// The arguments of `diff`.
#[derive(Args)]
pub struct DiffArgs {
    /// The client directory.
    pub client: PathBuf,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// With --year: the contract year starting in it.
    #[arg(long, requires = "year")]
    pub contract_year: bool,
    /// Compare with this review JSON (a snapshot in history/, or what --json and
    /// `evaluate` write; another period's too) instead of the period's published
    /// snapshot.
    #[arg(long, value_name = "FILE")]
    pub against: Option<PathBuf>,
    #[command(flatten)]
    pub templates: TemplateArgs,
}
