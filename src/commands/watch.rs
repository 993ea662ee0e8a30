//! `--watch`: render a review, then render it again whenever one of its inputs changes
//! (the client's files: client.yaml, period files, review notes, ticket exports, holiday
//! calendars, history; the workspace's provider.yaml and logo; the --templates
//! directory). Paths are compared after resolving `..` and symbolic links, and only the
//! files a round wrote are its own, so an output directory anywhere (inside the client,
//! the workspace itself) neither loops nor hides a change. Each round reports either the figures that changed since the last good
//! render or the errors of the input; a bad input writes nothing, so the last good PDF
//! stays in place for the viewer that shows it.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use std::process::ExitCode;

use super::review::{self, Job};
use crate::error::Error;
use crate::evaluate::compare::{self, Change};
use crate::terminal::Style;

/// What one round of rendering came to.
#[derive(Debug)]
pub enum Round {
    /// Rendered and written; the figures that changed since the last good render
    /// (none in the first round).
    Rendered {
        /// The files written.
        written: Vec<PathBuf>,
        /// The figures that changed since the last good render.
        changes: Vec<Change>,
        /// Whether this is the first good render.
        first: bool,
        /// The period rendered.
        period: crate::period::Period,
    },
    /// The input is bad: nothing was written.
    Failed(Error),
}

/// How long the inputs must be quiet before a round starts: an editor's save is often
/// several writes and a rename.
const SETTLE: Duration = Duration::from_millis(120);

/// Renders the review, then again after every change of its inputs, calling `report`
/// after each round; returns only when watching fails (or `report` returns false).
pub fn run(job: &Job, mut report: impl FnMut(&Round) -> bool) -> Result<(), Error> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Error::Usage(format!("cannot watch the inputs: {e}")))?;
    let mut last: Option<serde_json::Value> = None;
    // The files the last good round wrote: their events are the outputs' own.
    let mut ours: Vec<PathBuf> = Vec::new();
    loop {
        // Watched again every round: a directory deleted and made again (a checkout,
        // `rsync --delete`) is watched anew once its parent reports it.
        for (path, mode) in inputs(job) {
            let _ = watcher.unwatch(&path);
            let _ = watcher.watch(&path, mode);
        }
        let round = match review::render(job) {
            Ok(review::Rendered {
                review, written, ..
            }) => {
                ours = written.iter().map(|p| real(p)).collect();
                let now = serde_json::to_value(&review).expect("a Review serialises");
                let changes = last
                    .as_ref()
                    .map(|before| compare::changes(before, &now))
                    .unwrap_or_default();
                let first = last.is_none();
                last = Some(now);
                Round::Rendered {
                    period: review.period.id,
                    written,
                    changes,
                    first,
                }
            }
            Err(e) => Round::Failed(e),
        };
        if !report(&round) {
            return Ok(());
        }
        wait_for_change(&rx, &ours)?;
    }
}

/// Runs `--watch` for a terminal: the files written, the figures that changed or the
/// input's errors, until interrupted.
pub fn run_printing(job: &Job) -> Result<ExitCode, Error> {
    let mut good = false;
    let mut failed = false;
    let style = Style::stderr();
    let mut banner = true;
    run(job, |round| {
        // Said once, with the period as the first round resolved it (a contract year's
        // months are the client's).
        if std::mem::take(&mut banner) {
            let label = match round {
                Round::Rendered { period, .. } => period.label(),
                Round::Failed(_) => "the review".to_string(),
            };
            eprintln!("watching the inputs of {label} for changes (Ctrl-C to stop)");
        }
        let time = chrono::Local::now().format("%H:%M:%S");
        match round {
            Round::Rendered {
                written,
                changes,
                first,
                ..
            } => {
                for path in written {
                    println!("{time} {}", path.display());
                }
                if failed {
                    eprintln!("{time} the input is good again");
                    failed = false;
                }
                if *first {
                    // The first good render: nothing to compare with yet.
                } else if changes.is_empty() {
                    println!("no figure changed");
                } else {
                    print!("{}", compare::table(changes, "before", "now"));
                }
                good = true;
            }
            Round::Failed(e) => {
                failed = true;
                eprintln!("{time} {}", style.error(e));
                if good {
                    eprintln!("the last good PDF is kept; fix the input and save again");
                } else {
                    eprintln!("nothing written yet; fix the input and save again");
                }
            }
        }
        true
    })?;
    Ok(ExitCode::SUCCESS)
}

/// What to watch, by real path: the client directory and the templates recursively; the
/// directory the client is in, the workspace's top level and the logo's directory.
fn inputs(job: &Job) -> Vec<(PathBuf, RecursiveMode)> {
    let client = real(&job.client);
    let mut out = vec![(client.clone(), RecursiveMode::Recursive)];
    if let Some(parent) = client.parent() {
        out.push((parent.to_path_buf(), RecursiveMode::NonRecursive));
    }
    if let Ok(ws) = crate::load::workspace::discover(&job.client)
        && let Some(root) = ws.root
    {
        if let Ok(provider) = crate::load::files::provider(Some(&root))
            && let Some(logo) = provider.logo
            && let Some(dir) = root.join(logo).parent()
        {
            out.push((real(dir), RecursiveMode::NonRecursive));
        }
        out.push((real(&root), RecursiveMode::NonRecursive));
    }
    if let Some(t) = &job.config.templates {
        out.push((real(t), RecursiveMode::Recursive));
    }
    out
}

/// A path with `..` and symbolic links resolved, where it exists.
fn real(p: &Path) -> PathBuf {
    p.canonicalize()
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

/// Whether an event is a change of an input: not a file the last round wrote (nor the
/// directory it was written to), not a temporary file of ours, not a read.
fn is_input_change(event: &notify::Event, ours: &[PathBuf]) -> bool {
    use notify::EventKind;
    if matches!(event.kind, EventKind::Access(_) | EventKind::Other) {
        return false;
    }
    event.paths.iter().any(|p| {
        let temporary = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(".svcreview-"));
        let p = real(p);
        !temporary
            && !ours
                .iter()
                .any(|o| o == &p || o.parent() == Some(p.as_path()))
    })
}

/// Blocks until an input changed and the inputs have been quiet for [`SETTLE`].
fn wait_for_change(
    rx: &mpsc::Receiver<notify::Result<notify::Event>>,
    ours: &[PathBuf],
) -> Result<(), Error> {
    let closed = || Error::Usage("watching the inputs stopped".to_string());
    loop {
        match rx.recv().map_err(|_| closed())? {
            Ok(e) if is_input_change(&e, ours) => break,
            Ok(_) => {}
            Err(e) => return Err(Error::Usage(format!("watching the inputs: {e}"))),
        }
    }
    loop {
        match rx.recv_timeout(SETTLE) {
            Ok(_) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => return Ok(()),
            Err(mpsc::RecvTimeoutError::Disconnected) => return Err(closed()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, CreateKind, EventKind, ModifyKind};

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn outputs_reads_and_our_temporary_files_are_not_changes() {
        let ours = vec![PathBuf::from("/w/clients/a/out/a-monthly-2026-10.pdf")];
        let modify = EventKind::Modify(ModifyKind::Any);
        assert!(is_input_change(
            &event(modify, "/w/clients/a/periods/2026-10.yaml"),
            &ours
        ));
        assert!(is_input_change(
            &event(EventKind::Create(CreateKind::File), "/w/provider.yaml"),
            &ours
        ));
        // Another file in the output directory (the user's own) is an input as any.
        assert!(is_input_change(
            &event(modify, "/w/clients/a/out/notes.yaml"),
            &ours
        ));
        assert!(!is_input_change(
            &event(modify, "/w/clients/a/out/a-monthly-2026-10.pdf"),
            &ours
        ));
        // The output directory made on the first round.
        assert!(!is_input_change(
            &event(EventKind::Create(CreateKind::Folder), "/w/clients/a/out"),
            &ours
        ));
        assert!(!is_input_change(
            &event(modify, "/w/clients/a/.svcreview-x1.tmp"),
            &ours
        ));
        assert!(!is_input_change(
            &event(
                EventKind::Access(AccessKind::Any),
                "/w/clients/a/client.yaml"
            ),
            &ours
        ));
    }
}
