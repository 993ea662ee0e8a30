use super::*;

const EVIL: &str = r#"#panic("boom")] $x$ \"#;

#[test]
fn user_text_prints_literally() {
    let client = CLIENT
        .replace("name: Fixture Ltd", &format!("name: '{EVIL}'"))
        .replace(
            "    name: First-contact resolution",
            &format!("    name: '{EVIL} KPI'"),
        );
    let f = Fixture::new(&client, &format!("{PERIOD}notes: '{EVIL} note'\n"));
    let pdf = render(&f.client(), "2026-10", &f.out());
    let text = pdf_text(&pdf);
    assert!(text.contains(EVIL), "{text}");
    assert!(text.contains(&format!("{EVIL} KPI")), "{text}");
    assert!(text.contains(&format!("{EVIL} note")), "{text}");
}

#[test]
fn templates_override_file_by_file() {
    let f = Fixture::new(CLIENT, PERIOD);
    let t = f.dir.path().join("templates");
    std::fs::create_dir_all(&t).unwrap();
    // Override only components.typ: monthly.typ stays embedded and imports this one.
    let components = include_str!("../report-templates/components.typ").replace(
        "#let pill(status, labels, size: 8pt) = {",
        "#let pill(status, labels, size: 8pt) = {\n  [OVERRIDDEN-SECTION]",
    );
    std::fs::write(t.join("components.typ"), components).unwrap();
    let out = f.out();
    let o = svcreview(&[
        "monthly",
        &f.arg(),
        "--period",
        "2026-10",
        "-o",
        out.to_str().unwrap(),
        "--templates",
        t.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&out.join("fixture-monthly-2026-10.pdf"));
    assert!(text.contains("OVERRIDDEN-SECTION"), "{text}");
}

#[test]
fn a_broken_template_fails_cleanly_and_writes_nothing() {
    let f = Fixture::new(CLIENT, PERIOD);
    let t = f.dir.path().join("templates");
    std::fs::create_dir_all(&t).unwrap();
    std::fs::write(t.join("monthly.typ"), "#let x = \n#undefined_thing\n").unwrap();
    let out = f.out();
    let o = svcreview(&[
        "monthly",
        &f.arg(),
        "--period",
        "2026-10",
        "-o",
        out.to_str().unwrap(),
        "--templates",
        t.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("monthly.typ:"), "{}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn existing_outputs_survive_a_failed_run() {
    let f = Fixture::new(CLIENT, PERIOD);
    let pdf = render(&f.client(), "2026-10", &f.out());
    let before = std::fs::read(&pdf).unwrap();
    std::fs::write(
        f.client().join("periods/2026-10.yaml"),
        "kpis: { fcr: high }\n",
    )
    .unwrap();
    let o = svcreview(&[
        "monthly",
        &f.arg(),
        "--period",
        "2026-10",
        "-o",
        f.out().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read(&pdf).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(f.out())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
}
