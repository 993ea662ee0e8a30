//! `tickets inspect`: what an export holds, before a client uses it.

use std::path::Path;
use std::process::ExitCode;

use crate::error::{Error, Problems};
use crate::model::TicketProfile;

pub use crate::load::tickets::profile::{PROFILES, profile_key};

/// Runs `tickets inspect`: the report and a `tickets:` block on standard output.
pub fn inspect(
    file: &Path,
    profile: Option<TicketProfile>,
    tz: chrono_tz::Tz,
) -> Result<ExitCode, Error> {
    if !file.is_file() {
        return Err(Error::Usage(format!("{}: no such file", file.display())));
    }
    let report = crate::load::tickets::inspect::inspect(file, profile, tz)
        .map_err(|p| Error::Invalid(Problems(vec![p])))?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}
