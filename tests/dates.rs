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
