//! `validate`: its arguments.

use std::path::PathBuf;

use clap::Args;

use super::args::TemplateArgs;

/// The arguments of `validate`.
#[derive(Args)]
pub struct ValidateArgs {
    /// A client directory (with client.yaml) or a workspace (with clients/).
    pub path: PathBuf,
    /// Fail on warnings too (a mapped value that never occurs, a column empty in
    /// every row, a repeated ticket): for CI.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}
