//! `svcreview diff` (the figures now against the published snapshot or another
//! review's JSON) and `--watch` (render again on every change of an input; a bad
//! input keeps the last good PDF).
use super::*;
use std::io::BufRead;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A copy of the sample workspace.
fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in walkdir::WalkDir::new(sample()) {
        let e = e.unwrap();
        let to = dir.path().join(e.path().strip_prefix(sample()).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
    dir
}

/// Rewrites a line of a file that starts with `prefix`.
fn set_line(file: &Path, prefix: &str, line: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(prefix), "{prefix} not in {}", file.display());
    let new: Vec<&str> = text
        .lines()
        .map(|l| if l.starts_with(prefix) { line } else { l })
        .collect();
    std::fs::write(file, new.join("\n") + "\n").unwrap();
}

#[test]
fn diff_against_the_published_snapshot_and_another_period() {
    let ws = sample_copy();
    let client = ws.path().join("clients/harlow-fenwick");
    let c = client.to_str().unwrap();
    // Nothing published yet: a usage error that says how to publish.
    let o = svcreview(&["diff", c, "--period", "2026-10"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("has not been published (render it with --publish)"));
    let out = ws.path().join("out");
    let o = svcreview(&[
        "monthly",
        c,
        "--period",
        "2026-10",
        "--publish",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = svcreview(&["diff", c, "--period", "2026-10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("No figure changed."));
    // October's FCR corrected from 78.4 to 71.2 after publishing: below the 75%
    // target, above the 70% warning line, so amber; the Tier 1 CSF it measures was
    // green on its three KPIs (FCR; escalation 12.1%, lower than its 15% target;
    // CSAT 90.0%, meeting its 90% target) and is now amber (its worst KPI). Nothing
    // else changes.
    set_line(
        &client.join("periods/2026-10.yaml"),
        "  fcr:",
        "  fcr: 71.2",
    );
    let o = svcreview(&["diff", c, "--period", "2026-10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(2)
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            vec![
                "CSF",
                "Improve Tier 1 help-desk capability",
                "status",
                "green",
                "amber"
            ],
            vec!["KPI", "First-contact resolution", "value", "78.4%", "71.2%"],
            vec![
                "KPI",
                "First-contact resolution",
                "status",
                "green",
                "amber"
            ],
        ],
        "{text}"
    );
    assert!(
        text.starts_with("Harlow & Fenwick LLP, October 2026: now, against October 2026 ("),
        "{text}"
    );
    // Against September's review JSON: P3 resolution went from 98.7% (met) to 94.9%
    // (379 met of 399 decided, missed against 95%), as the README's figures say.
    let sep = evaluate(&client, "2026-09");
    let sep_file = ws.path().join("september.json");
    std::fs::write(&sep_file, serde_json::to_vec(&sep).unwrap()).unwrap();
    let o = svcreview(&[
        "diff",
        c,
        "--period",
        "2026-10",
        "--against",
        sep_file.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    let p3: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("P3 resolution"))
        .collect();
    assert_eq!(p3.len(), 2, "{text}");
    assert!(
        p3[0].contains("attainment") && p3[0].contains("98.7%") && p3[0].contains("94.9%"),
        "{text}"
    );
    assert!(
        p3[1].contains("status") && p3[1].contains("met") && p3[1].ends_with("missed"),
        "{text}"
    );
    // A file that is not a review.
    let o = svcreview(&[
        "diff",
        c,
        "--period",
        "2026-10",
        "--against",
        client.join("client.yaml").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("client.yaml:1:1: not a review snapshot"),
        "{}",
        stderr(&o)
    );
}

/// Lines of a child's output as they come.
fn lines_of(r: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(r).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    rx
}

/// Waits (at most a generous bound for a loaded CI machine) for a line containing
/// `what`; returns the lines read until then.
fn wait_for(rx: &mpsc::Receiver<String>, what: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(line) => {
                let done = line.contains(what);
                seen.push(line);
                if done {
                    return seen;
                }
            }
            Err(_) => break,
        }
    }
    panic!("no line with `{what}` within 60 s; got {seen:#?}");
}

struct Killed(std::process::Child);
impl Drop for Killed {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

#[test]
fn watch_renders_again_on_a_change_and_keeps_the_last_good_pdf() {
    let ws = sample_copy();
    let client = ws.path().join("clients/harlow-fenwick");
    let period = client.join("periods/2026-10.yaml");
    // The output inside the client directory, named through `..`: its own writes
    // must not set off another round.
    let out = client.join("../harlow-fenwick/out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .args([
            "monthly",
            client.to_str().unwrap(),
            "--period",
            "2026-10",
            "--watch",
            "-o",
        ])
        .arg(&out)
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = lines_of(child.stdout.take().unwrap());
    let stderr = lines_of(child.stderr.take().unwrap());
    let _child = Killed(child);
    let pdf = out.join("harlow-fenwick-monthly-2026-10.pdf");
    wait_for(&stdout, "harlow-fenwick-monthly-2026-10.pdf");
    assert!(pdf_text(&pdf).contains("78.4%"));
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        stdout.try_recv().is_err(),
        "rendered again with no input changed"
    );
    // The provider's name (an input outside the client): rendered again, no figure
    // changed.
    set_line(
        &ws.path().join("provider.yaml"),
        "name:",
        "name: Northgate IT",
    );
    wait_for(&stdout, "no figure changed");
    assert!(pdf_text(&pdf).contains("Northgate IT"));
    let first = std::fs::read(&pdf).unwrap();
    // A corrected figure: rendered again, the change printed (78.4% → 71.2%).
    set_line(&period, "  fcr:", "  fcr: 71.2");
    let printed = wait_for(&stdout, "First-contact resolution").join("\n");
    assert!(
        printed.contains("78.4%") && printed.contains("71.2%"),
        "{printed}"
    );
    wait_for(&stdout, "status");
    let second = std::fs::read(&pdf).unwrap();
    assert_ne!(first, second, "the PDF did not change");
    let text = pdf_text(&pdf);
    assert!(text.contains("71.2%") && !text.contains("78.4%"), "{text}");
    // A broken file: its error, located, and the last good PDF left as it was.
    set_line(&period, "  fcr:", "  fcr: [");
    let err = wait_for(&stderr, "the last good PDF is kept").join("\n");
    assert!(err.contains("periods/2026-10.yaml:"), "{err}");
    assert_eq!(std::fs::read(&pdf).unwrap(), second);
    // Fixed again: rendered, and the figures are those of the last good render.
    set_line(&period, "  fcr:", "  fcr: 71.2");
    wait_for(&stdout, "no figure changed");
    assert!(pdf_text(&pdf).contains("71.2%"));
    // --watch with --publish is refused: a snapshot per save is not a publication.
    let o = svcreview(&[
        "monthly",
        client.to_str().unwrap(),
        "--period",
        "2026-10",
        "--watch",
        "--publish",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", super::stderr(&o));
}
