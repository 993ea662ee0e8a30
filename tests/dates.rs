use super::*;

#[test]
fn source_date_epoch_sets_the_document_date() {
    let f = Fixture::new(CLIENT, PERIOD);
    let run = |epoch: Option<&str>, out: &Path| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_svcreview"));
        c.args([
            "monthly",
            &f.arg(),
            "--period",
            "2026-10",
            "-o",
            out.to_str().unwrap(),
        ]);
        match epoch {
            Some(e) => c.env("SOURCE_DATE_EPOCH", e),
            None => c.env_remove("SOURCE_DATE_EPOCH"),
        };
        let o = c.output().unwrap();
        (
            o.status.code(),
            std::fs::read(out.join("fixture-monthly-2026-10.pdf")).ok(),
        )
    };
    let (_, default) = run(None, &f.dir.path().join("a"));
    let (_, epoch) = run(Some("1793491200"), &f.dir.path().join("b")); // 2026-11-01
    let default = String::from_utf8_lossy(&default.unwrap()).into_owned();
    let epoch = String::from_utf8_lossy(&epoch.unwrap()).into_owned();
    assert!(
        default.contains("D:20261031"),
        "the period's last day by default"
    );
    assert!(epoch.contains("D:20261101"), "SOURCE_DATE_EPOCH when set");
    let (code, _) = run(Some("yesterday"), &f.dir.path().join("c"));
    assert_eq!(code, Some(2));
}

/// A review is issued when its figures stand: Harlow's ticket export runs to 30 October
/// 2026, so its Q3 QBR is issued then, "figures as of" that date, counting the outcomes
/// of October. `--issued 2026-09-30` takes the figures as they stood on the period's
/// last day: P3 tickets opened in Q3 and resolved in October are open then (pending,
/// none past its 30 business hours yet), so 1,031 met becomes 1,017 met + 14 pending.
#[test]
fn a_review_is_issued_when_its_figures_stand() {
    let dir = sample().join("clients/harlow-fenwick");
    let eval = |extra: &[&str]| -> serde_json::Value {
        let mut args = vec!["evaluate", dir.to_str().unwrap(), "--quarter", "2026-Q3"];
        args.extend(extra);
        let o = svcreview(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let p3 = |r: &serde_json::Value| {
        let c = &by_id(&r["slas"], "p3-resolution")["counts"];
        (
            c["met"].as_u64(),
            c["breached"].as_u64(),
            c["pending"].as_u64(),
        )
    };
    let r = eval(&[]);
    assert_eq!(r["period"]["issued"], "2026-10-30");
    assert_eq!(
        r["period"]["figures_as_of_text"],
        "Figures as of 30 October 2026"
    );
    assert_eq!(p3(&r), (Some(1031), Some(17), Some(0)));
    let r = eval(&["--issued", "2026-09-30"]);
    assert_eq!(r["period"]["issued"], "2026-09-30");
    assert!(r["period"]["figures_as_of_text"].is_null());
    assert_eq!(p3(&r), (Some(1017), Some(17), Some(14)));
    // Before the period ends, or after today: a usage error naming the flag.
    let o = svcreview(&[
        "evaluate",
        dir.to_str().unwrap(),
        "--quarter",
        "2026-Q3",
        "--issued",
        "2026-09-29",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--issued 2026-09-29: before the period ends"),
        "{}",
        stderr(&o)
    );
    // The cover of the QBR says so.
    let out = tempfile::tempdir().unwrap();
    let o = svcreview(&[
        "qbr",
        dir.to_str().unwrap(),
        "--quarter",
        "2026-Q3",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&out.path().join("harlow-fenwick-qbr-2026-Q3.pdf"));
    assert!(text.contains("Figures as of 30 October 2026"), "{text}");
}
