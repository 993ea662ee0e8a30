//! `schema`: its arguments.

use std::path::PathBuf;

use clap::Args;

use crate::model::schema::SchemaKind;

/// The arguments of `schema`.
#[derive(Args)]
pub struct SchemaArgs {
    /// client, period, review or provider.
    #[arg(value_enum, required_unless_present = "workspace")]
    pub kind: Option<SchemaArg>,
    /// Write the four schemas into this workspace's schemas/ instead (those that
    /// changed), where its files' `# yaml-language-server: $schema=` lines point.
    #[arg(long, value_name = "DIR", conflicts_with = "kind")]
    pub workspace: Option<PathBuf>,
}
/// An input file with a schema.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaArg {
    /// clients/<slug>/client.yaml
    Client,
    /// clients/<slug>/periods/YYYY-MM.yaml
    Period,
    /// clients/<slug>/reviews/<period>.yaml
    Review,
    /// provider.yaml
    Provider,
}
impl From<SchemaArg> for SchemaKind {
    fn from(a: SchemaArg) -> SchemaKind {
        match a {
            SchemaArg::Client => SchemaKind::Client,
            SchemaArg::Period => SchemaKind::Period,
            SchemaArg::Review => SchemaKind::Review,
            SchemaArg::Provider => SchemaKind::Provider,
        }
    }
}
