//! Fuzzing, bounded: valid inputs mutated at random (bytes replaced, inserted, deleted, and
//! tokens that broke things before: brackets, aliases, huge numbers, control characters,
//! CRLF) through the whole of `validate`, in process. Nothing may panic or hang; every
//! outcome is `Ok` or located problems. CI runs 150 cases per target;
//! `SVCREVIEW_FUZZ_CASES=100000 cargo test --release fuzz` runs longer (README).

use super::*;
use proptest::prelude::*;

const TOKENS: &[&str] = &[
    "[",
    "{",
    "]",
    "}",
    "&a ",
    "*a",
    "\n  ",
    ": ",
    "- ",
    "'",
    "\"",
    "1e308",
    "-1",
    "4294967295",
    "\u{7}",
    "24:00",
    "/",
    ",",
    "\r\n",
    "2026-02-30",
    "~",
    "../",
    "é",
    "\u{feff}",
    "0.0000001",
    "9999-12-31",
    "%Y",
    "P1",
    "99.999999",
];

fn cases() -> u32 {
    std::env::var("SVCREVIEW_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

type Edits = Vec<(usize, u8, u8)>;

fn edits() -> impl Strategy<Value = Edits> {
    proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..4), 1..8)
}

fn mutate(base: &str, edits: &Edits) -> Vec<u8> {
    let mut b = base.as_bytes().to_vec();
    for &(at, byte, op) in edits {
        let i = if b.is_empty() { 0 } else { at % (b.len() + 1) };
        match op {
            0 if i < b.len() => b[i] = byte,
            1 => b.insert(i, byte),
            2 if i < b.len() => {
                b.remove(i);
            }
            _ => {
                let t = TOKENS[byte as usize % TOKENS.len()].as_bytes();
                b.splice(i..i, t.iter().copied());
            }
        }
    }
    b
}

/// The period file the targets start from: its notes name the SLA the export misses, so
/// that a valid start has no warning.
pub const START_PERIOD: &[u8] = b"kpis: { fcr: 76.5 }\nnotes: P1 response is watched.\n";

pub(super) const EXPORT: &str = "id,opened,responded,resolved,priority,on_hold_minutes\n\
    1,2026-10-01 09:00,2026-10-01 09:05,2026-10-01 10:00,P1,0\n\
    2,13/10/2026 09:00,13/10/2026 09:20,,P1,30\n";

pub(super) const ICS: &str = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n\
    RRULE:FREQ=YEARLY;BYMONTH=12\r\nEXDATE;VALUE=DATE:20271225\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// A workspace with the client, period, export and calendar given; `validate` on it.
/// A workspace with the client, period, export and calendar given.
fn workspace(client: &[u8], period: &[u8], export: &[u8], ics: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path().join("clients/fuzz");
    std::fs::create_dir_all(c.join("periods")).unwrap();
    std::fs::write(c.join("client.yaml"), client).unwrap();
    std::fs::write(c.join("periods/2026-10.yaml"), period).unwrap();
    std::fs::write(c.join("t.csv"), export).unwrap();
    std::fs::write(c.join("hol.ics"), ics).unwrap();
    dir
}

/// `validate` on such a workspace: whatever it finds, it must return.
pub(super) fn validate_with(client: &[u8], period: &[u8], export: &[u8], ics: &[u8]) {
    let dir = workspace(client, period, export, ics);
    let _ = svcreview::commands::validate::validate(dir.path(), None);
}

/// What `validate` finds on such a workspace.
pub(super) fn checked(
    client: &[u8],
    period: &[u8],
    export: &[u8],
    ics: &[u8],
) -> svcreview::commands::validate::Checked {
    let dir = workspace(client, period, export, ics);
    svcreview::commands::validate::validate(dir.path(), None).unwrap()
}

pub(super) fn client_with_tickets() -> String {
    format!(
        "{CLIENT}calendars:\n  office: {{ timezone: Europe/London, hours: {{ mon-fri: \"22:00-06:00\" }}, holidays_ics: hol.ics, exceptions: {{ 2026-12-24: \"09:00-13:00\" }} }}\ntickets: {{ files: t.csv, as_of: 2026-11-01T00:00:00Z }}\n"
    )
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn client_yaml(e in edits()) {
        validate_with(&mutate(&client_with_tickets(), &e), START_PERIOD, EXPORT.as_bytes(), ICS.as_bytes());
    }

    #[test]
    fn period_yaml(e in edits()) {
        validate_with(CLIENT.as_bytes(), &mutate(PERIOD, &e), EXPORT.as_bytes(), ICS.as_bytes());
    }

    #[test]
    fn ticket_export(e in edits()) {
        validate_with(client_with_tickets().as_bytes(), START_PERIOD, &mutate(EXPORT, &e), ICS.as_bytes());
    }

    #[test]
    fn ics_calendar(e in edits()) {
        let text = mutate(ICS, &e);
        let _ = svcreview::calendar::parse_ics(&String::from_utf8_lossy(&text));
        validate_with(client_with_tickets().as_bytes(), START_PERIOD, EXPORT.as_bytes(), &text);
    }
}
