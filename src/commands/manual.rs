//! `man` and `completions`: the pages and scripts the command line made from its own
//! definition, printed or written into a directory.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::error::Error;

/// Prints a page or script on standard output.
pub fn print(bytes: &[u8]) -> Result<ExitCode, Error> {
    std::io::stdout()
        .write_all(bytes)
        .map_err(|e| Error::Usage(format!("standard output: {e}")))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the pages (`svcreview.1`, `svcreview-monthly.1`, …) into `dir`, all or none.
pub fn write(dir: &Path, pages: &[(String, Vec<u8>)]) -> Result<ExitCode, Error> {
    super::print_written(crate::output::write_all(dir, pages)?)
}
