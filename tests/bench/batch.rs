//! Benchmark: the monthly reviews of 500 synthetic clients in one batch.
//!
//!     cargo bench --bench batch
//!
//! Generates the workspace with `sample-data/synthetic.py` (python3) in a temporary
//! directory, then runs the batch with one worker per core (each client in a worker
//! process, as the CLI does) and reports reviews per second and the peak resident memory
//! of this process and of the largest worker.

use std::process::Command;
use std::time::Instant;

use svcreview::batch::{Batch, DEFAULT_PATTERN, FailOn, PeriodSpec};
use svcreview::model::Month;

fn rss_mib(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).map(str::to_string))
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

fn main() {
    let n: usize = std::env::var("CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/sample-data/synthetic.py");
    let ok = Command::new("python3")
        .arg(script)
        .arg(n.to_string())
        .arg(&ws)
        .status()
        .unwrap();
    assert!(ok.success());
    let run = |clients: &str, out: &str| {
        let b = Batch {
            workspace: ws.join(clients).parent().unwrap().to_path_buf(),
            period: PeriodSpec::Month(Month::parse("2026-10").unwrap()),
            out_dir: dir.path().join(out),
            jobs: 0,
            shard: None,
            fail_on: FailOn::Never,
            pattern: DEFAULT_PATTERN.into(),
            email: false,
            send: None,
            deck: false,
            render: Default::default(),
            worker: Some(env!("CARGO_BIN_EXE_svcreview").into()),
        };
        let t = Instant::now();
        let m = svcreview::batch::run(&b).unwrap();
        assert_eq!(m.failed, 0);
        (m.ok, t.elapsed().as_secs_f64())
    };
    // Warm-up on the same workspace (fonts, library), then the measured run.
    let (count, secs) = run("x", "out");
    println!(
        "{count} monthly reviews in {secs:.2} s: {:.1} reviews/s on {} cores; peak memory {:.0} MiB, now {:.0} MiB",
        count as f64 / secs,
        std::thread::available_parallelism().map_or(1, |p| p.get()),
        rss_mib("VmHWM:"),
        rss_mib("VmRSS:")
    );
    let (count, secs) = run("x", "out2");
    println!(
        "second run: {count} reviews in {secs:.2} s ({:.1}/s); peak memory {:.0} MiB (flat if it did not grow)",
        count as f64 / secs,
        rss_mib("VmHWM:")
    );
}
