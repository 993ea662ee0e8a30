//! Integration tests: the real binary on real files (the bundled sample workspace and
//! small fixtures written to temporary directories), PDFs read back as text.
//!
//! Expected figures are computed by hand in the comments next to them.
//!
//! One test binary (faster to build than one per file), a file per area; the helpers
//! below (run the binary, read a PDF back, a small fixture workspace) serve them all.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data")
}

fn svcreview(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The PDF's text with whitespace runs collapsed to single spaces.
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"%PDF"),
        "{} is not a PDF",
        path.display()
    );
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn render(client: &Path, period: &str, out: &Path) -> PathBuf {
    let o = svcreview(&[
        "monthly",
        client.to_str().unwrap(),
        "--period",
        period,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "monthly failed: {}", stderr(&o));
    let path = PathBuf::from(String::from_utf8(o.stdout).unwrap().trim());
    assert!(path.is_file());
    path
}

fn evaluate(client: &Path, period: &str) -> serde_json::Value {
    let o = svcreview(&["evaluate", client.to_str().unwrap(), "--period", period]);
    assert!(o.status.success(), "evaluate failed: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

fn by_id<'a>(list: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id)
        .unwrap_or_else(|| panic!("no `{id}`"))
}

fn close(a: &serde_json::Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-9
}

/// The five small sample clients (availability SLAs, no ticket exports) that give the
/// portfolio something to say; tests of other things leave them out.
const SMALL_CLIENTS: [&str; 5] = [
    "alder-finch",
    "atelier-durand",
    "brightwater-dental",
    "marlow-cole",
    "van-dijk-logistiek",
];

/// A small client written to a temporary workspace, so that line numbers are known.
struct Fixture {
    dir: tempfile::TempDir,
}

const CLIENT: &str = "\
client: { name: Fixture Ltd, timezone: Europe/London }
contract: { id: F-1, start: 2026-01-01, end: 2026-12-31 }
csfs:
  - { id: desk, name: Service desk, kpis: [fcr] }
kpis:
  - id: fcr
    name: First-contact resolution
    unit: percent
    better: higher
    target: 75
slas:
  - { id: p1, name: P1 response, priority: P1, clock: response, within: 15m, goal: 95% }
";

const PERIOD: &str = "kpis: { fcr: 76.5 }\nslas: { p1: { met: 19, breached: 1 } }\n";

impl Fixture {
    fn new(client: &str, period: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("clients/fixture");
        std::fs::create_dir_all(c.join("periods")).unwrap();
        std::fs::write(c.join("client.yaml"), client).unwrap();
        std::fs::write(c.join("periods/2026-10.yaml"), period).unwrap();
        Fixture { dir }
    }
    fn client(&self) -> PathBuf {
        self.dir.path().join("clients/fixture")
    }
    fn arg(&self) -> String {
        self.client().to_str().unwrap().to_string()
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }
    /// Runs `monthly` and expects failure with `code`; returns stderr. Nothing written.
    fn monthly_fails(&self, code: i32) -> String {
        let out = self.out();
        let o = svcreview(&[
            "monthly",
            &self.arg(),
            "--period",
            "2026-10",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(code), "{}", stderr(&o));
        assert!(
            !out.exists(),
            "a failed run must not create or write the output directory"
        );
        stderr(&o)
    }
    fn validate_fails(&self) -> String {
        let o = svcreview(&["validate", self.dir.path().to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        stderr(&o)
    }
}

/// Outputs are ordinary files: their mode follows the umask, not the temporary file's 0600.
#[cfg(target_os = "linux")]
#[test]
fn outputs_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let umask = status
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .map(|v| u32::from_str_radix(v.trim(), 8).unwrap())
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let pdf = render(
        &sample().join("clients/kessler-precision"),
        "2026-10",
        out.path(),
    );
    let mode = std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o666 & !umask, "{mode:o}");
}

/// Numbers are range-checked where they are read.
#[test]
fn numbers_out_of_range_are_located_errors() {
    // A share of 250 %, in the period file (line 1).
    let f = Fixture::new(CLIENT, &PERIOD.replace("fcr: 76.5", "fcr: 250"));
    let e = f.validate_fails();
    assert!(
        e.contains("periods/2026-10.yaml:1:")
            && e.contains("`kpis.fcr`: 250 is out of range: a percentage is between 0 and 100"),
        "{e}"
    );
    // A notice period of 136 million years (line 2 of client.yaml).
    let f = Fixture::new(
        &CLIENT.replace(
            "end: 2026-12-31 }",
            "end: 2026-12-31, notice_days: 4294967295 }",
        ),
        PERIOD,
    );
    let e = f.validate_fails();
    assert!(
        e.contains("client.yaml:2:")
            && e.contains("`contract.notice_days`: a notice period of 4294967295 days"),
        "{e}"
    );
}

/// The bad-input catalogue (tests/bad-inputs/catalogue.tsv): each file, put in place of a
/// valid client.yaml, period file or ticket export, must fail `validate` with its message. A new input
/// field comes with its bad cases here.
#[test]
fn the_bad_input_catalogue() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-inputs");
    let catalogue = std::fs::read_to_string(dir.join("catalogue.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in catalogue
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut cols = line.splitn(3, '\t');
        let (file, kind, expect) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap(),
        );
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let f = Fixture::new(CLIENT, PERIOD);
        let target = match kind {
            "client" => f.client().join("client.yaml"),
            "period" => f.client().join("periods/2026-10.yaml"),
            // A ticket export of a client whose SLA counts come from it.
            "export" => {
                std::fs::write(
                    f.client().join("client.yaml"),
                    format!("{CLIENT}tickets: {{ files: t.csv }}\n"),
                )
                .unwrap();
                std::fs::write(
                    f.client().join("periods/2026-10.yaml"),
                    "kpis: { fcr: 76.5 }\n",
                )
                .unwrap();
                f.client().join("t.csv")
            }
            other => panic!("{file}: unknown kind {other}"),
        };
        std::fs::write(&target, bytes).unwrap();
        let o = svcreview(&["validate", &f.arg()]);
        let e = stderr(&o);
        n += 1;
        if o.status.code() != Some(1) || !e.contains(expect) || e.contains("panicked") {
            failures.push(format!(
                "{file}: exit {:?}, expected `{expect}` in:\n{e}",
                o.status.code()
            ));
        }
    }
    assert!(n >= 33, "the catalogue lost cases: {n}");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn fuzz_starts_from_valid_inputs() {
    // The fuzz targets mutate inputs that are valid: otherwise they would only ever try
    // the first error path.
    let checked = fuzz::checked(
        fuzz::client_with_tickets().as_bytes(),
        fuzz::START_PERIOD,
        fuzz::EXPORT.as_bytes(),
        fuzz::ICS.as_bytes(),
    );
    assert!(checked.problems.is_empty(), "{}", checked.problems);
    assert_eq!(checked.warnings, vec![]);
}

mod bad_input;
mod batch_runs;
mod branding;
mod business_review;
mod careless_input;
mod confined_paths;
mod dates;
mod diff_and_watch;
mod fuzz;
mod locales;
mod newcomer;
mod page_images;
mod periods_are_their_months;
mod portfolio;
mod psa_exports;
mod quarters_and_years;
mod review_findings;
mod rules;
mod samples;
mod schemas;
mod terminal_output;
mod ticket_exports;
