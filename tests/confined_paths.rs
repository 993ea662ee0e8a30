//! Every file a workspace names is read from inside it (DESIGN.md "Inputs stay inside the
//! workspace"): `validate` refuses the rest, naming the field, and prints nothing of them.

use super::*;

#[test]
fn files_outside_the_client_directory_are_refused() {
    let base = "\
client: { name: Desk Ltd, timezone: Europe/London }
contract: { id: D-1, start: 2026-01-01, end: 2026-12-31 }
kpis:
  - { id: fcr, name: First-contact resolution, unit: percent, better: higher, target: 75 }
";
    // /etc/passwd as an export, its first line mapped as the columns: not one line of
    // it may be printed.
    let f = Fixture::new(
        &format!(
            "{base}tickets: {{ files: /etc/passwd, columns: {{ id: root, opened: x, priority: \"0\" }} }}\n"
        ),
        "notes: x\n",
    );
    let e = f.validate_fails();
    assert!(
        e.contains("`tickets.files`: `/etc/passwd` is an absolute path"),
        "{e}"
    );
    assert!(!e.contains("/bin/"), "{e}");
    // `..` out of the client directory, for the status history.
    std::fs::write(
        f.dir.path().join("clients/history.csv"),
        "ticket,status,from,to\n",
    )
    .unwrap();
    std::fs::write(
        f.client().join("t.csv"),
        "id,opened,priority\n1,2026-10-01 09:00,P1\n",
    )
    .unwrap();
    std::fs::write(
        f.client().join("client.yaml"),
        format!("{base}slas:\n  - {{ id: p1, name: P1 resolution, priority: P1, clock: resolution, within: 4h, calendar: 24x7, goal: 50% }}\ntickets: {{ files: t.csv, columns: {{ resolved: opened }}, hold: {{ file: ../history.csv, statuses: [Waiting] }} }}\n"),
    )
    .unwrap();
    let e = f.validate_fails();
    assert!(
        e.contains("`tickets.hold.file`: `../history.csv` leads outside the directory"),
        "{e}"
    );
    // A symlink to a file outside, as a holiday calendar.
    #[cfg(unix)]
    {
        let outside = f.dir.path().join("hol.ics");
        std::fs::write(&outside, "BEGIN:VCALENDAR\nEND:VCALENDAR\n").unwrap();
        std::os::unix::fs::symlink(&outside, f.client().join("hol.ics")).unwrap();
        std::fs::write(
            f.client().join("client.yaml"),
            format!("{base}calendars:\n  office: {{ timezone: Europe/London, hours: {{ mon-fri: \"09:00-17:00\" }}, holidays_ics: hol.ics }}\n"),
        )
        .unwrap();
        let e = f.validate_fails();
        assert!(
            e.contains("`calendars.office.holidays_ics`: `hol.ics` leads outside the directory"),
            "{e}"
        );
    }
    // The provider's logo from outside the workspace.
    std::fs::write(f.client().join("client.yaml"), base).unwrap();
    std::fs::write(
        f.dir.path().join("provider.yaml"),
        "name: MSP\nlogo: /etc/hostname\n",
    )
    .unwrap();
    let e = f.validate_fails();
    assert!(
        e.contains("`logo`: `/etc/hostname` is an absolute path"),
        "{e}"
    );
    // A text file saved as the logo: validate says so (the render refused it with a
    // template error, exit 3).
    std::fs::write(f.dir.path().join("logo.png"), "not a picture").unwrap();
    std::fs::write(
        f.dir.path().join("provider.yaml"),
        "name: MSP\nlogo: logo.png\n",
    )
    .unwrap();
    let e = f.validate_fails();
    assert!(
        e.contains("`logo`: `logo.png` is not a PNG image inside"),
        "{e}"
    );
}
