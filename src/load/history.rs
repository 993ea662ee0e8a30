//! The history of published reviews: `history/<kind>-<period>.json` in the client
//! directory, the evaluated Review as presented. Later reviews compare with these, so
//! "at the last QBR FCR was 71%" stays true after data is corrected. Snapshots are
//! written atomically (by the output module) and never overwritten without `force`.

use std::path::{Path, PathBuf};

use crate::error::{Problem, Problems};
use crate::period::Period;

/// The snapshot file of a period's review.
pub fn path(client_dir: &Path, period: Period) -> PathBuf {
    client_dir
        .join("history")
        .join(format!("{}-{}.json", period.kind(), period.file_id()))
}

/// The published snapshot of a period's review, if there is one.
pub fn load(client_dir: &Path, period: Period) -> Result<Option<serde_json::Value>, Problems> {
    let p = path(client_dir, period);
    if !p.exists() {
        return Ok(None);
    }
    load_file(&p).map(Some)
}

/// A review as JSON: a published snapshot, or what `--json` and `evaluate` write.
pub fn load_file(p: &Path) -> Result<serde_json::Value, Problems> {
    let text = std::fs::read_to_string(p).map_err(|e| {
        Problems(vec![Problem::file(
            p,
            format!("cannot read the snapshot: {e}"),
        )])
    })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        Problems(vec![
            Problem {
                line: Some(e.line()),
                column: Some(e.column()),
                ..Problem::file(p, format!("not a review snapshot: {e}"))
            }
            .with_hint("snapshots are written by `--publish`; restore it from version control"),
        ])
    })?;
    if value["period"]["label"].as_str().is_none() {
        return Err(Problems(vec![
            Problem::file(p, "not a review snapshot: no `period.label`".to_string())
                .with_hint("give a file written by `--publish`, `--json` or `svcreview evaluate`"),
        ]));
    }
    Ok(value)
}
