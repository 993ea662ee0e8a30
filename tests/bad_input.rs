use super::*;

#[test]
fn the_fixture_itself_is_fine() {
    let f = Fixture::new(CLIENT, PERIOD);
    let r = evaluate(&f.client(), "2026-10");
    // 19 / 20 = 0.95: exactly the goal → met.
    assert_eq!(by_id(&r["slas"], "p1")["met"], true);
    assert_eq!(by_id(&r["slas"], "p1")["attainment_text"], "95.0%");
    assert_eq!(by_id(&r["kpis"], "fcr")["status"], "green");
}

#[test]
fn typo_in_a_field_name() {
    let f = Fixture::new(&CLIENT.replace("    target: 75", "    tagret: 75"), PERIOD);
    let e = f.validate_fails();
    assert!(
        e.contains("client.yaml:10:5: `kpis[0].tagret`: unknown field `tagret`"),
        "{e}"
    );
    assert!(e.contains("did you mean `target`?"), "{e}");
    f.monthly_fails(1);
}

#[test]
fn wrong_type() {
    let f = Fixture::new(
        &CLIENT.replace("    target: 75", "    target: high"),
        PERIOD,
    );
    let e = f.validate_fails();
    assert!(e.contains("client.yaml:10:5: `kpis[0].target`"), "{e}");
    assert!(e.contains("invalid type"), "{e}");
}

#[test]
fn unknown_kpi_in_a_csf() {
    let f = Fixture::new(&CLIENT.replace("kpis: [fcr]", "kpis: [fcrr]"), PERIOD);
    let e = f.validate_fails();
    assert!(e.contains("client.yaml:4:"), "{e}");
    assert!(e.contains("`csfs[0].kpis[0]`"), "{e}");
    assert!(e.contains("fcrr"), "{e}");
    assert!(e.contains("did you mean `fcr`?"), "{e}");
    f.monthly_fails(1);
}

#[test]
fn malformed_date() {
    let f = Fixture::new(
        &CLIENT.replace("start: 2026-01-01", "start: 2026-13-01"),
        PERIOD,
    );
    let e = f.validate_fails();
    assert!(e.contains("client.yaml:2:"), "{e}");
    assert!(e.contains("`contract.start`"), "{e}");
    assert!(e.contains("is not a date; write it as YYYY-MM-DD"), "{e}");
}

#[test]
fn empty_file() {
    let f = Fixture::new("", PERIOD);
    let e = f.validate_fails();
    assert!(e.contains("client.yaml"), "{e}");
    assert!(e.contains("the file is empty"), "{e}");
    f.monthly_fails(1);
}

#[test]
fn every_problem_at_once() {
    let bad = CLIENT
        .replace("    target: 75", "    tagret: 75")
        .replace("kpis: [fcr]", "kpis: [fcr, mttr]");
    let f = Fixture::new(
        &bad,
        "kpis: { fcr: 76.5, nope: 3 }\nslas: { p1: { met: 19, breached: 1 } }\n",
    );
    let e = f.validate_fails();
    assert!(e.contains("tagret") && e.contains("mttr"), "{e}");
}

#[test]
fn a_bad_contract_date_and_a_bad_period_file_in_one_run_without_knock_on_errors() {
    // A bad contract date gave a second, false "missing field `contract`"; and the period
    // file's own problems waited for client.yaml to be fixed (issue 26).
    let bad = CLIENT.replace("start: 2026-01-01", "start: 2026-13-01");
    assert_ne!(bad, CLIENT);
    let f = Fixture::new(
        &bad,
        "kpis: { fcr: 76.5 }\nslas: { p1: { met: nineteen, breached: 1 } }\n",
    );
    let e = f.validate_fails();
    assert!(
        e.contains("`contract.start`: `2026-13-01` is not a date"),
        "{e}"
    );
    assert!(!e.contains("missing field `contract`"), "{e}");
    assert!(
        e.contains("2026-10.yaml:2:") && e.contains("slas.p1.met"),
        "{e}"
    );
    assert!(e.contains("2 problems found"), "{e}");
}

#[test]
fn period_problems_are_located_too() {
    let f = Fixture::new(
        CLIENT,
        "kpis: { fcr: 76.5, fcx: 3 }\nslas: { p1: { met: 19, breached: 1 } }\n",
    );
    let e = f.validate_fails();
    assert!(e.contains("2026-10.yaml:1:"), "{e}");
    assert!(e.contains("did you mean `fcr`?"), "{e}");
}

#[test]
fn no_period_file_for_the_month() {
    let f = Fixture::new(CLIENT, PERIOD);
    let o = svcreview(&[
        "monthly",
        &f.arg(),
        "--period",
        "2026-11",
        "-o",
        f.out().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no period file for 2026-11"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("latest month: 2026-10"),
        "{}",
        stderr(&o)
    );
    assert!(!f.out().exists());
}

#[test]
fn usage_errors_exit_2() {
    let o = svcreview(&["monthly", "/nonexistent/client", "--period", "2026-10"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = svcreview(&[
        "evaluate",
        sample().join("clients/harlow-fenwick").to_str().unwrap(),
        "--period",
        "2026-13",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is not a month"));
}
