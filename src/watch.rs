//! `--watch`: render a review, then render it again whenever one of its inputs changes
//! (the client's files: client.yaml, period files, review notes, ticket exports, holiday
//! calendars, history; the workspace's provider.yaml and logo; the --templates
//! directory). Each round reports either the figures that changed since the last good
//! render or the errors of the input; a bad input writes nothing, so the last good PDF
//! stays in place for the viewer that shows it.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::compare::{self, Change};
use crate::error::Error;
use crate::period::Period;
use crate::pipeline::{self, Outputs, RenderConfig};

/// A review kept up to date.
#[derive(Debug, Clone)]
pub struct Job {
    /// The client directory.
    pub client: PathBuf,
    /// The period reviewed.
    pub period: Period,
    /// Where the PDF (and the other outputs) go.
    pub out_dir: PathBuf,
    /// Which outputs.
    pub outputs: Outputs,
    /// Templates and document date.
    pub render: RenderConfig,
}

/// What one round of rendering came to.
#[derive(Debug)]
pub enum Round {
    /// Rendered and written; the figures that changed since the last good render
    /// (none in the first round).
    Rendered {
        /// The files written.
        written: Vec<PathBuf>,
        /// The changes, with the period's label.
        changes: Vec<Change>,
        /// Whether this is the first good render.
        first: bool,
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
    for (path, mode) in inputs(job) {
        watcher
            .watch(&path, mode)
            .map_err(|e| Error::Usage(format!("cannot watch {}: {e}", path.display())))?;
    }
    let ignored = ignored(job);
    let mut last: Option<serde_json::Value> = None;
    loop {
        let round = match pipeline::render_review(
            &job.client,
            job.period,
            &job.out_dir,
            job.outputs.clone(),
            &job.render,
        ) {
            Ok((review, written)) => {
                let now = serde_json::to_value(&review).expect("a Review serialises");
                let changes = last
                    .as_ref()
                    .map(|before| compare::changes(before, &now))
                    .unwrap_or_default();
                let first = last.is_none();
                last = Some(now);
                Round::Rendered {
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
        wait_for_change(&rx, &ignored)?;
    }
}

/// What to watch: the client directory and the templates recursively; the workspace's
/// top level (provider.yaml, its logo).
fn inputs(job: &Job) -> Vec<(PathBuf, RecursiveMode)> {
    let mut out = vec![(job.client.clone(), RecursiveMode::Recursive)];
    if let Ok(ws) = crate::workspace::discover(&job.client)
        && let Some(root) = ws.root
    {
        out.push((root, RecursiveMode::NonRecursive));
    }
    if let Some(t) = &job.render.templates {
        out.push((t.clone(), RecursiveMode::Recursive));
    }
    out
}

/// Paths whose changes are the outputs' own: the output directories (when they lie
/// among the inputs).
fn ignored(job: &Job) -> Vec<PathBuf> {
    let mut out = vec![absolute(&job.out_dir)];
    if let Some(png) = &job.outputs.png {
        out.push(absolute(png));
    }
    out
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Whether an event is a change of an input: not an output, not a temporary file of
/// ours, not a read.
fn is_input_change(event: &notify::Event, ignored: &[PathBuf]) -> bool {
    use notify::EventKind;
    if matches!(event.kind, EventKind::Access(_) | EventKind::Other) {
        return false;
    }
    event.paths.iter().any(|p| {
        let ours = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(".svcreview-"));
        !ours && !ignored.iter().any(|i| p.starts_with(i))
    })
}

/// Blocks until an input changed and the inputs have been quiet for [`SETTLE`].
fn wait_for_change(
    rx: &mpsc::Receiver<notify::Result<notify::Event>>,
    ignored: &[PathBuf],
) -> Result<(), Error> {
    let closed = || Error::Usage("watching the inputs stopped".to_string());
    loop {
        match rx.recv().map_err(|_| closed())? {
            Ok(e) if is_input_change(&e, ignored) => break,
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
        let ignored = vec![PathBuf::from("/w/clients/a/out")];
        let modify = EventKind::Modify(ModifyKind::Any);
        assert!(is_input_change(
            &event(modify, "/w/clients/a/periods/2026-10.yaml"),
            &ignored
        ));
        assert!(is_input_change(
            &event(EventKind::Create(CreateKind::File), "/w/provider.yaml"),
            &ignored
        ));
        assert!(!is_input_change(
            &event(modify, "/w/clients/a/out/a-monthly-2026-10.pdf"),
            &ignored
        ));
        assert!(!is_input_change(
            &event(modify, "/w/clients/a/.svcreview-x1.tmp"),
            &ignored
        ));
        assert!(!is_input_change(
            &event(
                EventKind::Access(AccessKind::Any),
                "/w/clients/a/client.yaml"
            ),
            &ignored
        ));
    }
}
