//! Finding things on disk: which clients a path names, and which period files a client has.
//!
//! A path is either a client directory (it holds `client.yaml`) or a workspace (it holds
//! `clients/<slug>/client.yaml`). The workspace root, where `provider.yaml` lives, is the
//! workspace itself or, for a client directory, the directory two levels up.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{Error, Problem};
use crate::model::Month;

/// The clients a command works on, and the workspace they belong to.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// Where `provider.yaml` is looked for; `None` when the client stands alone.
    pub root: Option<PathBuf>,
    /// Client directories, sorted by path.
    pub clients: Vec<PathBuf>,
}

/// Resolves a command-line path into a workspace.
pub fn discover(path: &Path) -> Result<Workspace, Error> {
    if !path.exists() {
        return Err(Error::Usage(format!(
            "{}: no such directory; give a client directory (with client.yaml) or a workspace (with clients/)",
            path.display()
        )));
    }
    if path.join("client.yaml").is_file() {
        // Canonical, so that `.` or a relative client path still finds the workspace.
        let canonical = path.canonicalize().map_err(|e| Error::io(path, e))?;
        let root = canonical
            .parent()
            .and_then(Path::parent)
            .filter(|r| r.join("provider.yaml").is_file())
            .map(Path::to_path_buf);
        return Ok(Workspace {
            root,
            clients: vec![path.to_path_buf()],
        });
    }
    let clients_dir = path.join("clients");
    if clients_dir.is_dir() {
        let mut clients: Vec<PathBuf> = WalkDir::new(&clients_dir)
            .min_depth(1)
            .max_depth(1)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_dir() && e.path().join("client.yaml").is_file())
            .map(|e| e.into_path())
            .collect();
        clients.sort();
        if clients.is_empty() {
            return Err(Error::Usage(format!(
                "{}: no client directories (clients/<name>/client.yaml) found",
                path.display()
            )));
        }
        return Ok(Workspace {
            root: Some(path.to_path_buf()),
            clients,
        });
    }
    Err(Error::Usage(format!(
        "{}: neither a client directory (no client.yaml) nor a workspace (no clients/ directory)",
        path.display()
    )))
}

/// The period files of a client, sorted by month, and a problem for every file in
/// `periods/` whose name is not a month.
pub fn period_files(client_dir: &Path) -> (Vec<(Month, PathBuf)>, Vec<Problem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let dir = client_dir.join("periods");
    for entry in WalkDir::new(&dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let path = entry.into_path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(".yml") {
            problems.push(
                Problem::file(&path, "period files end in `.yaml`")
                    .with_hint(format!("rename it to `{}`", name.replace(".yml", ".yaml"))),
            );
            continue;
        }
        let Some(stem) = name.strip_suffix(".yaml") else {
            if !name.starts_with('.') {
                problems.push(
                    Problem::file(&path, "not a period file")
                        .with_hint("period files are named YYYY-MM.yaml, e.g. 2026-10.yaml"),
                );
            }
            continue;
        };
        match Month::parse(stem) {
            Ok(m) => found.push((m, path)),
            Err(_) => problems.push(
                Problem::file(&path, format!("`{name}` is not named after a month"))
                    .with_hint("period files are named YYYY-MM.yaml, e.g. 2026-10.yaml"),
            ),
        }
    }
    (found, problems)
}

/// The SDM's review notes of a client (`reviews/*.yaml`), sorted.
pub fn review_files(client_dir: &Path) -> Vec<PathBuf> {
    WalkDir::new(client_dir.join("reviews"))
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_dir_and_workspace() {
        let t = tempfile::tempdir().unwrap();
        let c = t.path().join("clients/acme");
        std::fs::create_dir_all(c.join("periods")).unwrap();
        std::fs::write(c.join("client.yaml"), "x").unwrap();
        std::fs::write(t.path().join("provider.yaml"), "x").unwrap();
        std::fs::write(c.join("periods/2026-10.yaml"), "x").unwrap();
        std::fs::write(c.join("periods/october.yaml"), "x").unwrap();

        let w = discover(t.path()).unwrap();
        assert_eq!(w.clients, vec![c.clone()]);
        let w = discover(&c).unwrap();
        assert_eq!(w.root.as_deref(), Some(t.path()));
        let (files, problems) = period_files(&c);
        assert_eq!(files.len(), 1);
        assert_eq!(problems.len(), 1);
        assert!(discover(&t.path().join("nope")).is_err());
    }
}

/// `rel` resolved inside `base`, after symlinks: every file a client or provider names
/// (ticket exports, status history, holiday calendars, the logo) is read from inside its
/// directory and nowhere else. An absolute path, a `..` that climbs out, or a symlink that
/// leads out is refused with the reason; a path inside that does not exist is returned, for
/// the caller to report as missing.
pub fn inside(base: &Path, rel: &str) -> Result<PathBuf, String> {
    let p = Path::new(rel);
    let why = |what: &str| {
        format!(
            "`{rel}` {what}: data files are read from inside {} only",
            base.display()
        )
    };
    if p.has_root() || p.is_absolute() {
        return Err(why("is an absolute path"));
    }
    let joined = base.join(p);
    let Ok(root) = base.canonicalize() else {
        return Ok(joined);
    };
    match joined.canonicalize() {
        Ok(real) if real.starts_with(&root) => Ok(joined),
        Ok(_) => Err(why(
            "leads outside the directory (through `..` or a symlink)",
        )),
        Err(_) if p.components().any(|c| c == std::path::Component::ParentDir) => {
            Err(why("climbs out of the directory with `..`"))
        }
        Err(_) => Ok(joined),
    }
}

#[cfg(test)]
mod confinement {
    use super::inside;

    #[test]
    fn paths_stay_inside() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("client");
        std::fs::create_dir_all(base.join("tickets")).unwrap();
        std::fs::write(base.join("tickets/a.csv"), "x").unwrap();
        std::fs::write(dir.path().join("secret.csv"), "x").unwrap();
        assert!(inside(&base, "tickets/a.csv").is_ok());
        assert!(inside(&base, "tickets/missing.csv").is_ok());
        assert!(inside(&base, "tickets/../tickets/a.csv").is_ok());
        assert!(
            inside(&base, "/etc/passwd")
                .unwrap_err()
                .contains("absolute path")
        );
        assert!(
            inside(&base, "../secret.csv")
                .unwrap_err()
                .contains("leads outside")
        );
        assert!(
            inside(&base, "../nothing.csv")
                .unwrap_err()
                .contains("climbs out")
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.csv"), base.join("link.csv"))
                .unwrap();
            assert!(
                inside(&base, "link.csv")
                    .unwrap_err()
                    .contains("leads outside")
            );
        }
    }
}
