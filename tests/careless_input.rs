//! Bugs found with hostile or careless input while the code was laid out by stages
//! (issue 24): each of these failed before the fix.

use super::*;

/// `"Maria\r\nDelgado"` is a line break written as escapes in a double-quoted YAML
/// string; it passed `validate` and the batch worker then panicked (exit 101)
/// building the e-mail. It is refused where it is read: file, line, field.
#[test]
fn a_contact_name_with_a_line_break_is_refused_where_it_is_read() {
    let client = format!(
        "{CLIENT}contacts:\n  - {{ name: \"Maria\\r\\nDelgado\", email: maria@example.com }}\n"
    );
    let f = Fixture::new(&client, PERIOD);
    let e = f.validate_fails();
    // The contact is on line 14 of the fixture (13 lines of CLIENT, then `contacts:`).
    assert!(e.contains("client.yaml:14"), "{e}");
    assert!(e.contains("contacts[0].name"), "{e}");
    assert!(e.contains("control character (U+000D)"), "{e}");
    let e = f.monthly_fails(1);
    assert!(e.contains("contacts[0].name"), "{e}");
    // The batch that e-mails (from the sender provider.yaml names) fails the client with
    // that error, not with a panic.
    std::fs::write(
        f.dir.path().join("provider.yaml"),
        "name: Desk MSP\nemail_from: Reviews <reviews@desk.example>\n",
    )
    .unwrap();
    let out = f.dir.path().join("batch");
    let o = svcreview(&[
        "batch",
        f.dir.path().to_str().unwrap(),
        "--kind",
        "monthly",
        "--period",
        "2026-10",
        "--email",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("contacts[0].name"), "{manifest}");
}

/// An SVG logo that does not parse passed `validate`; the render then failed with a
/// template error and no file. `validate` decodes it as the render does.
#[test]
fn a_malformed_svg_logo_is_found_by_validate() {
    let f = Fixture::new(CLIENT, PERIOD);
    let ws = f.dir.path();
    std::fs::write(ws.join("provider.yaml"), "name: Test MSP\nlogo: logo.svg\n").unwrap();
    std::fs::write(
        ws.join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=</svg>",
    )
    .unwrap();
    let e = f.validate_fails();
    assert!(e.contains("provider.yaml:2"), "{e}");
    assert!(e.contains("`logo.svg` is not a SVG image inside"), "{e}");
    // A well-formed one passes, so the check is the decoder's and not the name's.
    std::fs::write(
        ws.join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"4\" height=\"4\"/></svg>",
    )
    .unwrap();
    let o = svcreview(&["validate", ws.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// A user's message file that drops `{ $figure }` from `with-figure` made the figure
/// vanish from its sentence without a word. `validate` lists it (and `--strict`
/// fails on it).
#[test]
fn a_message_override_that_drops_a_variable_is_listed() {
    let f = Fixture::new(CLIENT, PERIOD);
    let templates = f.dir.path().join("templates");
    std::fs::create_dir_all(templates.join("locales")).unwrap();
    std::fs::write(
        templates.join("locales/en.ftl"),
        "\nwith-figure = { $name }\n",
    )
    .unwrap();
    let ws = f.dir.path().to_str().unwrap();
    let t = templates.to_str().unwrap();
    let o = svcreview(&["validate", ws, "--templates", t]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{e}");
    assert!(e.contains("en.ftl:2"), "{e}");
    assert!(
        e.contains("message `with-figure` leaves out `{ $figure }`"),
        "{e}"
    );
    let o = svcreview(&["validate", ws, "--templates", t, "--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // The message as shipped, with both variables, is not listed.
    std::fs::write(
        templates.join("locales/en.ftl"),
        "with-figure = { $name }: { $figure }\n",
    )
    .unwrap();
    let o = svcreview(&["validate", ws, "--templates", t]);
    assert!(!stderr(&o).contains("leaves out"), "{}", stderr(&o));
    // A variable that only chooses a plural form is not printed: leaving it out
    // (`change-points` chooses by `$amount`, prints `$value`) loses no figure.
    std::fs::write(
        templates.join("locales/en.ftl"),
        "change-points = { $value } pt\n",
    )
    .unwrap();
    let o = svcreview(&["validate", ws, "--templates", t]);
    assert!(!stderr(&o).contains("leaves out"), "{}", stderr(&o));
}

/// When the JSON cannot be written (a directory of its name is in the way), the PDF
/// of the same review was left behind; now neither is written, and an earlier PDF
/// of that review stays as it was.
#[test]
fn a_json_that_cannot_be_written_leaves_no_pdf_and_the_old_one_intact() {
    let f = Fixture::new(CLIENT, PERIOD);
    let out = f.out();
    std::fs::create_dir_all(out.join("fixture-monthly-2026-10.json")).unwrap();
    std::fs::write(
        out.join("fixture-monthly-2026-10.pdf"),
        "the PDF of last time",
    )
    .unwrap();
    let o = svcreview(&[
        "monthly",
        &f.arg(),
        "--period",
        "2026-10",
        "-o",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("fixture-monthly-2026-10.json"),
        "{}",
        stderr(&o)
    );
    let pdf = std::fs::read_to_string(out.join("fixture-monthly-2026-10.pdf")).unwrap();
    assert_eq!(pdf, "the PDF of last time");
    let left: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 2, "no temporary file is left: {left:?}");
}
