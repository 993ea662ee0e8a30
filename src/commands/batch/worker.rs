//! Warm worker processes for a batch.
//!
//! A worker (`svcreview batch-worker`) renders client after client: the fonts, Typst's
//! library, the templates and the locale data are loaded once, not once per client. The
//! batch talks to it over pipes, one JSON line each way per client. A worker is replaced
//! after a number of clients or once its memory passes a bound (memory stays flat over
//! any number of clients), and a worker that dies (a crash, an abort, the kernel's OOM
//! killer) fails only the client it was rendering: the next client gets a new worker.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use super::{Batch, Outcome};

/// When a worker is replaced by a fresh one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recycle {
    /// After this many clients.
    pub clients: usize,
    /// Once its resident memory passes this many MiB (checked after each client).
    pub memory_mib: u64,
}

impl Default for Recycle {
    /// 200 clients or 1 GiB: a review's worker holds well under 200 MiB, and grows by
    /// about a megabyte a client (Typst's interned names and caches), so a worker is
    /// replaced every few seconds of work, a cost of one process start in 200.
    fn default() -> Self {
        Self {
            clients: 200,
            memory_mib: 1024,
        }
    }
}

impl Recycle {
    /// Whether a worker that has served `served` clients and holds `rss_mib` MiB (when
    /// known) is replaced before its next client.
    pub fn due(&self, served: usize, rss_mib: Option<u64>) -> bool {
        served >= self.clients.max(1) || rss_mib.is_some_and(|m| m > self.memory_mib)
    }
}

/// One client, as the batch sends it to a worker.
#[derive(Debug, Serialize, Deserialize)]
struct Job {
    /// The client's directory as the bytes of its path (a path need not be UTF-8, and
    /// JSON text must be).
    dir: Vec<u8>,
    slug: String,
}

impl Job {
    fn new(dir: &Path, slug: &str) -> Job {
        Job {
            dir: path_bytes(dir),
            slug: slug.to_string(),
        }
    }

    fn dir(&self) -> PathBuf {
        bytes_path(&self.dir)
    }
}

#[cfg(unix)]
fn path_bytes(p: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    p.as_os_str().as_bytes().to_vec()
}

#[cfg(unix)]
fn bytes_path(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

#[cfg(not(unix))]
fn path_bytes(p: &Path) -> Vec<u8> {
    p.to_string_lossy().into_owned().into_bytes()
}

#[cfg(not(unix))]
fn bytes_path(b: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(b).into_owned())
}

/// The last lines a worker wrote on stderr (a panic message, usually), kept to explain
/// its death; bounded, so a chatty worker cannot fill memory.
#[derive(Default)]
struct Tail(VecDeque<u8>);

const TAIL_BYTES: usize = 4096;

impl Tail {
    fn push(&mut self, bytes: &[u8]) {
        self.0.extend(bytes);
        let over = self.0.len().saturating_sub(TAIL_BYTES);
        self.0.drain(..over);
    }

    fn text(&self) -> String {
        let (a, b) = self.0.as_slices();
        String::from_utf8_lossy(&[a, b].concat()).trim().to_string()
    }
}

/// A running worker process.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    stderr: Arc<Mutex<Tail>>,
    drain: std::thread::JoinHandle<()>,
    served: usize,
}

impl Worker {
    fn start(exe: &Path, args: &[OsString]) -> io::Result<Worker> {
        let mut child = Command::new(exe)
            .arg("batch-worker")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (Some(stdin), Some(stdout), Some(mut err)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            return Err(io::Error::other("the worker's pipes were not opened"));
        };
        let stderr = Arc::new(Mutex::new(Tail::default()));
        let sink = Arc::clone(&stderr);
        // Drained continuously: a worker blocked on a full stderr pipe would hang.
        let drain = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("not poisoned").push(&buf[..n]);
            }
        });
        Ok(Worker {
            child,
            stdin,
            stdout: BufReader::new(stdout),
            stderr,
            drain,
            served: 0,
        })
    }

    /// Sends one client and reads its outcome; `Err` when the worker is gone or
    /// answered something that is not an outcome.
    fn ask(&mut self, job: &Job) -> io::Result<Outcome> {
        let mut line = serde_json::to_string(job).map_err(io::Error::other)?;
        line.push('\n');
        self.stdin.write_all(line.as_bytes())?;
        self.stdin.flush()?;
        let mut reply = String::new();
        if self.stdout.read_line(&mut reply)? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        serde_json::from_str(&reply).map_err(io::Error::other)
    }

    /// Resident memory in MiB, where the system tells (Linux).
    fn rss_mib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib / 1024)
    }

    /// Closes its input (it exits when it reads the end) and waits for it.
    fn finish(self) -> (io::Result<ExitStatus>, String) {
        let Worker {
            mut child,
            stdin,
            stdout,
            stderr,
            drain,
            ..
        } = self;
        drop(stdin);
        drop(stdout);
        let status = child.wait();
        // Its last words are read to the end of its stderr before they are quoted.
        let _ = drain.join();
        let tail = stderr.lock().expect("not poisoned").text();
        (status, tail)
    }
}

/// One slot of the batch's parallelism: renders clients through a worker process it
/// starts, replaces and finally stops.
pub(super) struct Slot<'a> {
    exe: &'a Path,
    args: &'a [OsString],
    recycle: Recycle,
    worker: Option<Worker>,
}

impl<'a> Slot<'a> {
    pub(super) fn new(exe: &'a Path, args: &'a [OsString], recycle: Recycle) -> Self {
        Slot {
            exe,
            args,
            recycle,
            worker: None,
        }
    }

    /// Renders one client in this slot's worker (started first if there is none).
    pub(super) fn render(&mut self, dir: &Path, slug: &str) -> Outcome {
        let t = Instant::now();
        let mut worker = match self.worker.take() {
            Some(w) => w,
            None => match Worker::start(self.exe, self.args) {
                Ok(w) => w,
                Err(e) => {
                    return super::failed(
                        slug,
                        t,
                        format!("cannot start a worker ({}): {e}", self.exe.display()),
                    );
                }
            },
        };
        worker.stderr.lock().expect("not poisoned").0.clear();
        let job = Job::new(dir, slug);
        match worker.ask(&job) {
            Ok(outcome) => {
                worker.served += 1;
                if self.recycle.due(worker.served, worker.rss_mib()) {
                    let _ = worker.finish();
                } else {
                    self.worker = Some(worker);
                }
                outcome
            }
            Err(e) => {
                let (status, tail) = worker.finish();
                let how = match status {
                    Ok(s) if !s.success() => describe(s),
                    _ => format!("it answered badly: {e}"),
                };
                let mut message = format!("the worker rendering this client stopped ({how})");
                if !tail.is_empty() {
                    message.push_str(": ");
                    message.push_str(&tail);
                }
                super::failed(slug, t, message)
            }
        }
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if let Some(w) = self.worker.take() {
            let _ = w.finish();
        }
    }
}

/// An exit status in words: the signal's name where a signal ended the process.
fn describe(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            let name = match sig {
                6 => " (SIGABRT: aborted)",
                9 => " (SIGKILL: killed, perhaps for memory)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            return format!("signal {sig}{name}");
        }
    }
    status.to_string()
}

/// The environment variable that makes a worker abort when it is handed the client of
/// that directory name: how the tests show that a dying worker fails one client only.
pub const ABORT_ON: &str = "SVCREVIEW_TEST_WORKER_ABORT_ON";

/// The worker's side: reads jobs from `input` until it ends, renders each client as
/// `b` says and writes its outcome as one JSON line.
pub fn serve(b: &Batch, input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    let abort_on = std::env::var(ABORT_ON).ok();
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let job: Job = serde_json::from_str(&line).map_err(io::Error::other)?;
        if abort_on.as_deref() == Some(job.slug.as_str()) {
            std::process::abort();
        }
        let outcome = super::one(b, &job.dir(), &job.slug);
        let mut text = serde_json::to_string(&outcome).map_err(io::Error::other)?;
        text.push('\n');
        output.write_all(text.as_bytes())?;
        output.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workers_are_replaced_after_their_clients_or_their_memory() {
        let r = Recycle {
            clients: 3,
            memory_mib: 500,
        };
        assert!(!r.due(2, Some(100)));
        assert!(r.due(3, Some(100)), "the third client is its last");
        assert!(r.due(1, Some(501)), "over the memory bound");
        assert!(!r.due(1, Some(500)), "at the bound is within it");
        assert!(!r.due(2, None), "memory unknown: by count only");
        let every = Recycle {
            clients: 0,
            memory_mib: 500,
        };
        assert!(every.due(1, None), "0 clients means one each");
    }

    #[test]
    fn the_stderr_tail_is_bounded() {
        let mut t = Tail::default();
        t.push(&vec![b'a'; 10_000]);
        t.push(b"panicked at the end");
        assert_eq!(t.0.len(), TAIL_BYTES);
        assert!(t.text().ends_with("panicked at the end"));
    }
}
