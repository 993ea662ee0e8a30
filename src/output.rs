//! Output: a client's files written all or none. Each file goes to a temporary name in
//! its directory and is renamed into place only when every file of the set is ready;
//! directories are created only then, so a failed run leaves no trace.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::load::history;
use crate::review::Review;

/// Writes files into `dir` atomically: each goes to a temporary name in `dir` and is
/// renamed when complete. The directory is created only now, after all rendering
/// succeeded, so a failed run leaves no trace.
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
            undo(placed);
            return Err(e);
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

/// Renames a staged file onto `target`, keeping the file it replaces aside (in a
/// temporary name beside it) until the whole set is in place.
fn place(
    tmp: tempfile::NamedTempFile,
    target: &Path,
    placed: &mut Vec<(PathBuf, Option<tempfile::TempPath>)>,
) -> Result<(), Error> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let kept = if target.is_file() {
        let aside = tempfile::Builder::new()
            .prefix(".svcreview-")
            .suffix(".old")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?
            .into_temp_path();
        std::fs::rename(target, &aside).map_err(|e| Error::io(target, e))?;
        Some(aside)
    } else {
        None
    };
    match tmp.persist(target) {
        Ok(_) => {
            placed.push((target.to_path_buf(), kept));
            Ok(())
        }
        Err(e) => {
            if let Some(aside) = &kept {
                let _ = std::fs::rename(aside, target);
            }
            Err(Error::io(target, e.error))
        }
    }
}

/// Takes back files already renamed into place: each is removed, or the file it
/// replaced is put back.
fn undo(placed: Vec<(PathBuf, Option<tempfile::TempPath>)>) {
    for (target, kept) in placed.into_iter().rev() {
        match kept {
            Some(aside) => {
                let _ = std::fs::rename(&aside, &target);
            }
            None => {
                let _ = std::fs::remove_file(&target);
            }
        }
    }
}

/// Publishes a review: writes its snapshot atomically. An existing snapshot is kept
/// unless `force`.
pub fn publish(client_dir: &Path, review: &Review, force: bool) -> Result<PathBuf, Error> {
    let s = snapshot(client_dir, review, force)?;
    write_all(&s.dir, &[(s.name, s.bytes)])?;
    Ok(s.dir.join(&s.file))
}

/// A snapshot ready to be written with a review's other outputs (all or none).
pub struct Snapshot {
    /// The history directory.
    pub dir: PathBuf,
    /// The file name.
    pub name: String,
    /// The same, as a path segment.
    pub file: PathBuf,
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
    let mut bytes = serde_json::to_vec_pretty(review).expect("a Review serialises");
    bytes.push(b'\n');
    let name = p
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    Ok(Snapshot {
        dir,
        file: PathBuf::from(&name),
        name,
        bytes,
    })
}
