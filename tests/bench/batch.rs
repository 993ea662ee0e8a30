//! Benchmark: batches of monthly reviews, from 10 to 2,000 synthetic clients.
//!
//!     cargo bench --bench batch                 # 10, 100, 500 and 2,000 clients
//!     SIZES=500 cargo bench --bench batch       # one size
//!
//! Generates each workspace with `sample-data/synthetic.py` (python3) in a temporary
//! directory. Measures, in one run:
//! - the in-process time of one review (load, evaluate, charts, PDF, files written),
//!   rendered one after another in this process: the floor a batch is held against;
//! - each batch as the CLI runs it (warm worker processes, one per core): its time,
//!   reviews per second, that rate against the floor (cores ÷ in-process time), the
//!   largest worker's resident memory and this process's;
//! - at 500 clients (or the largest size below it), the previous design in the same run
//!   for comparison: a new process per client, four per core;
//! - with `PORTFOLIO=1`, at each size: the same batch with `--portfolio` (the portfolio
//!   written from the batch's own evaluations), and `svcreview portfolio` on its own
//!   (every client evaluated, no client PDFs): its time and its peak memory.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use svcreview::commands::batch::{Batch, DEFAULT_PATTERN, FailOn, PeriodSpec, Recycle};
use svcreview::model::Month;

fn status_kib(status: &str, field: &str) -> u64 {
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse().ok())
        .unwrap_or(0)
}

fn own_mib(field: &str) -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status_kib(&s, field) as f64 / 1024.0
}

/// Watches the worker processes of one workspace: the largest resident memory any of
/// them reached, sampled every 20 ms.
struct Watch {
    stop: Arc<AtomicBool>,
    peak_kib: Arc<AtomicU64>,
    thread: std::thread::JoinHandle<()>,
}

impl Watch {
    fn start(ws: &Path) -> Watch {
        Watch::of(ws, "batch-worker")
    }

    /// Watches the processes of `ws` running the subcommand `command`.
    fn of(ws: &Path, command: &'static str) -> Watch {
        let stop = Arc::new(AtomicBool::new(false));
        let peak_kib = Arc::new(AtomicU64::new(0));
        let (s, p, ws) = (
            stop.clone(),
            peak_kib.clone(),
            ws.to_string_lossy().into_owned(),
        );
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                for e in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
                    let Ok(cmd) = std::fs::read(e.path().join("cmdline")) else {
                        continue;
                    };
                    let cmd = String::from_utf8_lossy(&cmd);
                    if cmd.split('\0').nth(1) == Some(command) && cmd.contains(&ws) {
                        let st =
                            std::fs::read_to_string(e.path().join("status")).unwrap_or_default();
                        p.fetch_max(status_kib(&st, "VmRSS:"), Ordering::Relaxed);
                    }
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        Watch {
            stop,
            peak_kib,
            thread,
        }
    }

    fn peak_mib(self) -> f64 {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().unwrap();
        self.peak_kib.load(Ordering::Relaxed) as f64 / 1024.0
    }
}

fn batch(ws: &Path, out: PathBuf, jobs: usize, recycle: Recycle, worker: bool) -> Batch {
    with_portfolio(ws, out, jobs, recycle, worker, false)
}

fn with_portfolio(
    ws: &Path,
    out: PathBuf,
    jobs: usize,
    recycle: Recycle,
    worker: bool,
    portfolio: bool,
) -> Batch {
    Batch {
        workspace: ws.to_path_buf(),
        period: PeriodSpec::Month(Month::parse("2026-10").unwrap()),
        out_dir: out,
        jobs,
        shard: None,
        fail_on: FailOn::Never,
        pattern: DEFAULT_PATTERN.into(),
        email: false,
        send: None,
        deck: false,
        render: Default::default(),
        worker: worker.then(|| env!("CARGO_BIN_EXE_svcreview").into()),
        recycle,
        portfolio,
    }
}

/// Seconds per review rendered in this process, one after another (median of `n`,
/// after two warm-up reviews).
fn in_process(ws: &Path, out: &Path, n: usize) -> f64 {
    let b = batch(ws, out.to_path_buf(), 1, Recycle::default(), false);
    let mut times: Vec<f64> = (0..n + 2)
        .map(|i| {
            let slug = format!("client-{i:04}");
            let t = Instant::now();
            let o = svcreview::commands::batch::one(&b, &ws.join("clients").join(&slug), &slug);
            assert_eq!(o.status, "ok", "{:?}", o.error);
            t.elapsed().as_secs_f64()
        })
        .skip(2)
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Runs a batch; returns (clients, seconds, largest worker MiB).
fn timed(b: &Batch) -> (usize, f64, f64) {
    let watch = Watch::start(&b.workspace);
    let t = Instant::now();
    let m = svcreview::commands::batch::run(b).unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(
        m.failed,
        0,
        "{:?}",
        m.clients.iter().find(|c| c.error.is_some())
    );
    (m.ok, secs, watch.peak_mib())
}

fn main() {
    let sizes: Vec<usize> = std::env::var("SIZES")
        .unwrap_or_else(|_| "10,100,500,2000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, |p| p.get());
    let dir = tempfile::tempdir().unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-data/synthetic.py");
    let generate = |n: usize| {
        let ws = dir.path().join(format!("ws-{n}"));
        let ok = Command::new("python3")
            .arg(script)
            .arg(n.to_string())
            .arg(&ws)
            .status()
            .unwrap();
        assert!(ok.success());
        ws
    };
    let largest = *sizes.iter().max().unwrap_or(&10);
    let floor_ws = generate(largest.max(22));
    let per_review = in_process(&floor_ws, &dir.path().join("floor"), 20);
    let floor = cores as f64 / per_review;
    println!(
        "in-process: {:.1} ms a review, one after another; floor for {cores} cores: {floor:.1} reviews/s",
        per_review * 1000.0
    );
    println!("\n| clients | time | reviews/s | of the floor | largest worker | batch process |");
    println!("|---:|---:|---:|---:|---:|---:|");
    let mut compare_at = None;
    let mut measured = Vec::new();
    for &n in &sizes {
        let ws = if n == largest.max(22) {
            floor_ws.clone()
        } else {
            generate(n)
        };
        let b = batch(
            &ws,
            dir.path().join(format!("out-{n}")),
            0,
            Recycle::default(),
            true,
        );
        let (count, secs, worker) = timed(&b);
        let rate = count as f64 / secs;
        println!(
            "| {count} | {secs:.2} s | {rate:.1} | {:.0}% | {worker:.0} MiB | {:.0} MiB |",
            100.0 * rate / floor,
            own_mib("VmHWM:")
        );
        if n <= 500 {
            compare_at = Some((ws.clone(), n, rate));
        }
        measured.push((ws, n, secs));
    }
    if std::env::var_os("PORTFOLIO").is_some() {
        portfolio_table(&measured, dir.path());
    }
    if let Some((ws, n, warm)) = compare_at {
        // The previous design: a new process for every client, four per core.
        let b = batch(
            &ws,
            dir.path().join("out-cold"),
            4 * cores,
            Recycle {
                clients: 1,
                memory_mib: u64::MAX,
            },
            true,
        );
        let (count, secs, _) = timed(&b);
        let cold = count as f64 / secs;
        println!(
            "\n{n} clients, a new process per client (four per core): {cold:.1} reviews/s; warm workers: {warm:.1} ({:.1}x)",
            warm / cold
        );
    }
}

/// The portfolio at each size: the batch again with `--portfolio`, and `svcreview
/// portfolio` alone as a process (its peak resident memory sampled every 20 ms).
fn portfolio_table(measured: &[(PathBuf, usize, f64)], dir: &Path) {
    println!(
        "\n| clients | batch | batch --portfolio | the portfolio's render | portfolio alone | its peak memory | pages |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for (ws, n, plain) in measured {
        let out = dir.join(format!("out-portfolio-{n}"));
        let b = with_portfolio(ws, out.clone(), 0, Recycle::default(), true, true);
        let (_, secs, _) = timed(&b);
        let alone = dir.join(format!("alone-{n}"));
        let watch = Watch::of(ws, "portfolio");
        let t = Instant::now();
        let o = Command::new(env!("CARGO_BIN_EXE_svcreview"))
            .arg("portfolio")
            .arg(ws)
            .args(["--period", "2026-10", "-o"])
            .arg(&alone)
            .output()
            .unwrap();
        let alone_secs = t.elapsed().as_secs_f64();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let peak = watch.peak_mib();
        // What --portfolio adds to a batch: the document from facts already gathered
        // (the batch's workers send them with their outcomes), timed in this process.
        let period = svcreview::period::Period::Month(Month::parse("2026-10").unwrap());
        let clients: Vec<PathBuf> = std::fs::read_dir(ws.join("clients"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        let cfg = svcreview::commands::RenderConfig::default();
        let provider = svcreview::load::files::provider(Some(ws)).unwrap();
        let facts = svcreview::commands::portfolio::gather(&clients, ws, &provider, period, &cfg);
        let t = Instant::now();
        let (_, written) = svcreview::commands::portfolio::render_portfolio(
            ws,
            &provider,
            facts,
            period,
            &dir.join(format!("render-{n}")),
            &Default::default(),
            &cfg,
        )
        .unwrap();
        let render = t.elapsed().as_secs_f64();
        let pdf = std::fs::read(&written[0]).unwrap();
        // Pages: typst writes each page object as `/Type/Page` (the tree is `/Pages`).
        let pages = pdf
            .windows(10)
            .filter(|w| *w == b"/Type/Page")
            .count()
            .saturating_sub(pdf.windows(11).filter(|w| *w == b"/Type/Pages").count());
        println!(
            "| {n} | {plain:.2} s | {secs:.2} s | {render:.2} s | {alone_secs:.2} s | {peak:.0} MiB | {pages} |"
        );
    }
}
