//! The history of published reviews: `history/<kind>-<period>.json` in the client
//! directory, the evaluated Review as presented. Later reviews compare with these, so
//! "at the last QBR FCR was 71%" stays true after data is corrected. Snapshots are
//! written atomically and never overwritten without `force`.

use std::path::{Path, PathBuf};

use crate::error::{Error, Problem, Problems};
use crate::period::Period;
use crate::review::Review;

/// The snapshot file of a period's review.
pub fn path(client_dir: &Path, period: Period) -> PathBuf {
    client_dir.join("history").join(format!(
        "{}-{}.json",
        period.kind(),
        period.id().replace("..", "_")
    ))
}

/// The published snapshot of a period's review, if there is one.
pub fn load(client_dir: &Path, period: Period) -> Result<Option<serde_json::Value>, Problems> {
    let p = path(client_dir, period);
    if !p.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&p).map_err(|e| {
        Problems(vec![Problem::file(
            &p,
            format!("cannot read the snapshot: {e}"),
        )])
    })?;
    serde_json::from_str(&text).map(Some).map_err(|e| {
        Problems(vec![
            Problem {
                line: Some(e.line()),
                column: Some(e.column()),
                ..Problem::file(&p, format!("not a review snapshot: {e}"))
            }
            .with_hint("snapshots are written by `--publish`; restore it from version control"),
        ])
    })
}

/// Publishes a review: writes its snapshot atomically. An existing snapshot is kept
/// unless `force`.
pub fn publish(client_dir: &Path, review: &Review, force: bool) -> Result<PathBuf, Error> {
    let p = path(client_dir, review.period.id);
    if p.exists() && !force {
        return Err(Error::Usage(format!(
            "{}: this review was already published; pass --force to replace the snapshot",
            p.display()
        )));
    }
    let dir = p.parent().expect("a history directory");
    let mut text = serde_json::to_vec_pretty(review).expect("a Review serialises");
    text.push(b'\n');
    let name = p
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    crate::present::write_all(dir, &[(name, text)])?;
    Ok(p)
}
