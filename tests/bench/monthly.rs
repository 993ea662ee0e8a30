//! Benchmark: one monthly review of the sample law firm, in-process (load → evaluate →
//! PDF in memory) and as a whole process (`svcreview monthly`, writing the file); then a
//! QBR, an annual review (PDF/A) and a QBR deck, whole process.
//!
//!     cargo bench --bench monthly
//!
//! Prints the median and the fastest of N runs of each, after one warm-up run.
//!
//! With `BASELINE_PYTHON` set to a Python that has `tests/bench/baseline`'s requirements
//! (see its README), the same review is also built by the Python pipeline an analyst
//! would write instead (matplotlib, Jinja2, WeasyPrint), timed in the same run, and the
//! whole-process time is given as a share of it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use svcreview::commands::{self, RenderConfig};
use svcreview::model::Month;

const RUNS: usize = 20;

fn stats(mut d: Vec<Duration>) -> (Duration, Duration) {
    d.sort();
    (d[d.len() / 2], d[0])
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let client = root.join("sample-data/clients/harlow-fenwick");
    let month = Month::parse("2026-10").unwrap();
    let cfg = RenderConfig::default();
    let out = tempfile::tempdir().unwrap();

    let in_process = || {
        // Typst's memoised results of the previous run would make this one a cache hit:
        // dropped, as a batch worker's next client (another document) finds them.
        comemo::evict(0);
        let t = Instant::now();
        let (loaded, review) = commands::review::evaluate_period(
            &client,
            &svcreview::period::PeriodSpec::Month(month),
            &cfg,
        )
        .unwrap();
        let pdf = commands::review::pdf_of(&loaded, &review, false, &cfg).unwrap();
        assert!(pdf.len() > 10_000);
        t.elapsed()
    };
    in_process();
    let (median, best) = stats((0..RUNS).map(|_| in_process()).collect());
    println!(
        "monthly review, in-process:    median {:>6.1} ms, best {:>6.1} ms ({RUNS} runs)",
        ms(median),
        ms(best)
    );

    let whole = || {
        let t = Instant::now();
        let s = Command::new(env!("CARGO_BIN_EXE_svcreview"))
            .args([
                "monthly",
                client.to_str().unwrap(),
                "--period",
                "2026-10",
                "-o",
            ])
            .arg(out.path())
            .output()
            .unwrap();
        assert!(s.status.success());
        t.elapsed()
    };
    whole();
    let (median, best) = stats((0..RUNS).map(|_| whole()).collect());
    println!(
        "monthly review, whole process: median {:>6.1} ms, best {:>6.1} ms ({RUNS} runs)",
        ms(median),
        ms(best)
    );
    if let Ok(python) = std::env::var("BASELINE_PYTHON") {
        let script = root.join("tests/bench/baseline/monthly.py");
        let pdf = out.path().join("baseline.pdf");
        let baseline = || {
            let t = Instant::now();
            let s = Command::new(&python)
                .arg(&script)
                .arg(&client)
                .arg("2026-10")
                .arg(&pdf)
                .output()
                .unwrap();
            assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
            t.elapsed()
        };
        baseline();
        let (py, _) = stats((0..5).map(|_| baseline()).collect());
        println!(
            "Python pipeline (baseline):    median {:>6.1} ms (5 runs); svcreview takes {:.4} of it",
            ms(py),
            median.as_secs_f64() / py.as_secs_f64()
        );
    }
    longer_reviews(&client, out.path());
}

/// A QBR and an annual review of the same client, whole process.
fn longer_reviews(client: &Path, out: &Path) {
    for (label, args) in [
        ("QBR 2026-Q3", vec!["qbr", "--quarter", "2026-Q3"]),
        ("annual 2025", vec!["annual", "--year", "2025"]),
        (
            "QBR deck",
            vec!["qbr", "--quarter", "2026-Q3", "--format", "deck"],
        ),
    ] {
        let run = || {
            let t = Instant::now();
            let s = Command::new(env!("CARGO_BIN_EXE_svcreview"))
                .arg(args[0])
                .arg(client)
                .args(&args[1..])
                .arg("-o")
                .arg(out)
                .output()
                .unwrap();
            assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
            t.elapsed()
        };
        run();
        let (median, best) = stats((0..RUNS).map(|_| run()).collect());
        println!(
            "{label:<14} whole process: median {:>6.1} ms, best {:>6.1} ms ({RUNS} runs)",
            ms(median),
            ms(best)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
