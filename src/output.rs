//! Output: a client's files written all or none. Each file goes to a temporary name in
//! its directory (created if missing) and is renamed into place only when every file
//! of the set is staged; a file that cannot be put in place takes back those already
//! placed, and the files they replaced are restored.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::load::history;
use crate::review::Review;

/// Writes files into `dir` atomically: each goes to a temporary name in `dir` and is
/// renamed when complete. The directory is created only now, after all rendering
/// succeeded (a set that then fails to be placed may leave it, empty).
pub fn write_all(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>, Error> {
    let in_dir: Vec<(&Path, &str, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (dir, name.as_str(), bytes.as_slice()))
        .collect();
    write_all_in(&in_dir)
}

/// As [`write_all`], for files in several directories (a review's PDF and JSON, and
/// its page images elsewhere): all are staged before any is renamed into place, and
/// when one cannot be put in place, those already renamed are taken back and the files
/// they replaced restored, so a failure leaves the outputs as they were.
pub fn write_all_in(files: &[(&Path, &str, &[u8])]) -> Result<Vec<PathBuf>, Error> {
    let mut staged = Vec::new();
    for &(dir, name, bytes) in files {
        staged.push((stage(dir, bytes)?, dir.join(name)));
    }
    if let Some((_, t)) = staged.iter().find(|(_, t)| t.is_dir()) {
        return Err(Error::io(t, std::io::Error::other("a directory is there")));
    }
    let mut placed: Vec<(PathBuf, Option<tempfile::TempPath>)> = Vec::new();
    for (tmp, target) in staged {
        if let Err(e) = place(tmp, &target, &mut placed) {
            return Err(match undo(placed) {
                left if left.is_empty() => e,
                left => Error::Usage(format!("{e}; and could not take back: {}", left.join("; "))),
            });
        }
    }
    // The replaced files' copies are deleted as `placed` is dropped.
    Ok(placed.into_iter().map(|(t, _)| t).collect())
}

/// A file's bytes in a temporary file of `dir` (created if missing).
fn stage(dir: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, Error> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Usage(format!(
            "{}: a file is there; the output option names a directory to write into",
            dir.display()
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".svcreview-").suffix(".tmp");
    // Outputs are ordinary files: created 0666 less the umask (0644 usually), not the
    // temporary file's private 0600, which the rename would keep.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), e))?;
    // No fsync: the rename makes the file appear whole or not at all, which is what an
    // interrupted run needs; an fsync per file cost ~70 ms of waiting per review.
    Ok(tmp)
}

/// Renames a staged file onto `target` (one rename: a reader never finds the target
/// missing), keeping a hard link to the file it replaces beside it until the whole set
/// is in place.
fn place(
    tmp: tempfile::NamedTempFile,
    target: &Path,
    placed: &mut Vec<(PathBuf, Option<tempfile::TempPath>)>,
) -> Result<(), Error> {
    let kept = if target.is_file() {
        Some(keep_aside(target)?)
    } else {
        None
    };
    match tmp.persist(target) {
        Ok(_) => {
            placed.push((target.to_path_buf(), kept));
            Ok(())
        }
        // The target was not replaced: the copy kept aside is deleted as it drops.
        Err(e) => Err(Error::io(target, e.error)),
    }
}

/// A second name for `target`'s file, beside it (a hard link, or a copy where the file
/// system has none), deleted when dropped.
fn keep_aside(target: &Path) -> Result<tempfile::TempPath, Error> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let aside = tempfile::Builder::new()
        .prefix(".svcreview-")
        .suffix(".old")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?
        .into_temp_path();
    std::fs::remove_file(&aside).map_err(|e| Error::io(&aside, e))?;
    if std::fs::hard_link(target, &aside).is_err() {
        std::fs::copy(target, &aside).map_err(|e| Error::io(target, e))?;
    }
    Ok(aside)
}

/// Takes back files already renamed into place: each is removed, or the file it
/// replaced is put back. A file that cannot be put back keeps its copy (the
/// `.svcreview-*.old` beside it) rather than lose it. Returns what could not be taken
/// back, each with where its earlier file is.
fn undo(placed: Vec<(PathBuf, Option<tempfile::TempPath>)>) -> Vec<String> {
    let mut left = Vec::new();
    for (target, kept) in placed.into_iter().rev() {
        match kept {
            Some(aside) => {
                if let Err(e) = std::fs::rename(&aside, &target) {
                    let copy = aside
                        .keep()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default();
                    left.push(format!(
                        "{}: {e} (the earlier file is {copy})",
                        target.display()
                    ));
                }
            }
            None => {
                if let Err(e) = std::fs::remove_file(&target) {
                    left.push(format!("{}: {e}", target.display()));
                }
            }
        }
    }
    left
}

/// A snapshot ready to be written with a review's other outputs (all or none).
pub struct Snapshot {
    /// The history directory.
    pub dir: PathBuf,
    /// The file name.
    pub name: String,
    /// The JSON.
    pub bytes: Vec<u8>,
}

/// The snapshot of a review, refused when one exists and `force` is not given.
pub fn snapshot(client_dir: &Path, review: &Review, force: bool) -> Result<Snapshot, Error> {
    let p = history::path(client_dir, review.period.id);
    if p.exists() && !force {
        return Err(Error::Usage(format!(
            "{}: this review was already published; pass --force to replace the snapshot",
            p.display()
        )));
    }
    let dir = p.parent().expect("a history directory").to_path_buf();
    let bytes = review_json(review);
    let name = p
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    Ok(Snapshot { dir, name, bytes })
}

/// A review as pretty JSON with a final newline: what `--json`, `evaluate` and
/// snapshots hold.
pub fn review_json(review: &Review) -> Vec<u8> {
    let mut text = serde_json::to_vec_pretty(review).expect("a Review serialises");
    text.push(b'\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two files placed, the second replacing a file of last time; taken back, the
    /// first is gone and the second is last time's again, with no temporary file left.
    #[test]
    fn placed_files_are_taken_back_and_replaced_ones_restored() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.json"));
        std::fs::write(&b, "last time").unwrap();
        let mut placed = Vec::new();
        for (target, bytes) in [(&a, "new a"), (&b, "new b")] {
            let tmp = stage(dir.path(), bytes.as_bytes()).unwrap();
            place(tmp, target, &mut placed).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "new b");
        assert!(undo(placed).is_empty());
        assert!(!a.exists());
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "last time");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("b.json")]);
    }

    /// When every file is placed, the copies of the replaced files are deleted.
    #[test]
    fn a_complete_set_leaves_only_its_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("r.pdf"), "last time").unwrap();
        let files = [
            ("r.pdf".to_string(), b"now".to_vec()),
            ("r.json".to_string(), b"{}".to_vec()),
        ];
        write_all(dir.path(), &files).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        names.sort();
        assert_eq!(
            names,
            vec![std::ffi::OsString::from("r.json"), "r.pdf".into()]
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("r.pdf")).unwrap(),
            "now"
        );
    }
}
