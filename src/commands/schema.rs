//! `schema`: the JSON Schema of an input file, or all four written into a workspace.

use std::path::Path;
use std::process::ExitCode;

use crate::error::Error;
use crate::model::schema::SchemaKind;

/// Prints one schema on standard output.
pub fn print(kind: SchemaKind) -> Result<ExitCode, Error> {
    print!("{}", kind.text());
    Ok(ExitCode::SUCCESS)
}

/// Writes the schemas that changed into the workspace's `schemas/`.
pub fn write(dir: &Path) -> Result<ExitCode, Error> {
    if !dir.join("provider.yaml").is_file() && !dir.join("clients").is_dir() {
        return Err(Error::Usage(format!(
            "{}: not a workspace (no provider.yaml, no clients/)",
            dir.display()
        )));
    }
    let written = super::init::write_schemas(dir)?;
    if written.is_empty() {
        eprintln!(
            "the schemas in {} are current",
            dir.join("schemas").display()
        );
    }
    super::print_written(written)
}
