//! Defects an independent review found; each test fails on the code before the fix.

use super::*;

const AVAIL: &str = "\
client: { name: Uptime Ltd, timezone: Europe/Berlin }
contract: { id: U-1, start: 2026-01-01, end: 2026-12-31, fee: { monthly: 10000, currency: EUR } }
kpis:
  - { id: csat, name: CSAT, unit: percent, better: higher, target: 57, from: csat }
slas:
  - { id: erp, name: ERP availability, kind: availability, service: ERP, goal: 99.95%,
  credits: [{ below: 99.95%, credit: 5% }] }
  - { id: p1, name: P1 response, priority: P1, clock: response, within: 15m, goal: 95%,
  credits: [{ below: 95%, credit: 2% }] }
";

fn fixture(period: &str) -> Fixture {
    let f = Fixture::new(AVAIL, PERIOD);
    std::fs::remove_file(f.client().join("periods/2026-10.yaml")).unwrap();
    std::fs::write(f.client().join("periods/2026-02.yaml"), period).unwrap();
    f
}

#[test]
fn fractional_minutes_exactly_on_the_goal() {
    // February 2026 in Berlin: 28 × 1440 = 40,320 minutes. 20.16 down:
    // 40299.84 / 40320 = 0.9995 exactly → met, no credit, shown 99.950% (a goal with
    // two decimals is shown with three).
    let f = fixture(
        "availability: { ERP: { downtime_minutes: 20.16 } }\nslas: { p1: { met: 1, breached: 0 } }\n",
    );
    let r = evaluate(&f.client(), "2026-02");
    let erp = by_id(&r["slas"], "erp");
    assert_eq!(erp["met"], true);
    assert!(erp["credit"].is_null());
    assert_eq!(erp["attainment_text"], "99.950%");
    // 20.17 down: just below → missed, credit, and never shown as 99.95%.
    std::fs::write(
        f.client().join("periods/2026-02.yaml"),
        "availability: { ERP: { downtime_minutes: 20.17 } }\n",
    )
    .unwrap();
    let r = evaluate(&f.client(), "2026-02");
    let erp = by_id(&r["slas"], "erp");
    assert_eq!(erp["met"], false);
    assert!(close(&erp["credit"]["amount"], 500.0));
    // 40299.83 / 40320 = 99.949975…%: at three decimals 99.950 would be the goal.
    assert_eq!(erp["attainment_text"], "99.949%");
}

#[test]
fn credits_apply_to_ticket_slas_too() {
    // 18 of 20 = 90% < 95% → the 2% tier: EUR 200.00.
    let f = fixture("slas: { p1: { met: 18, breached: 2 } }\n");
    let r = evaluate(&f.client(), "2026-02");
    assert!(close(&by_id(&r["slas"], "p1")["credit"]["amount"], 200.0));
}

#[test]
fn downtime_longer_than_the_month_is_an_error() {
    let f = fixture("availability: { ERP: { downtime_minutes: 50000 } }\n");
    let e = f.validate_fails();
    assert!(e.contains("2026-02.yaml:1:"), "{e}");
    assert!(e.contains("more than the scheduled 40320 minutes"), "{e}");
}

#[test]
fn survey_kpis_need_a_fitting_unit() {
    let f = fixture("slas: { p1: { met: 1, breached: 0 } }\n");
    std::fs::write(
        f.client().join("client.yaml"),
        AVAIL.replace(
            "unit: percent, better: higher, target: 57",
            "unit: score, better: higher, target: 4.2",
        ),
    )
    .unwrap();
    let e = f.validate_fails();
    assert!(
        e.contains("`kpis[0].unit`") && e.contains("use `unit: percent`"),
        "{e}"
    );
}

#[test]
fn a_value_on_target_by_tolerance_shows_as_the_target() {
    // 57 of 100 CSAT scores are 4 or 5: 0.57 × 100 = 56.99999999999999 in floats;
    // status green (on target) and shown 57.0%, not 56.99999%.
    let scores: Vec<&str> = std::iter::repeat_n("5", 57)
        .chain(std::iter::repeat_n("1", 43))
        .collect();
    let f = fixture(&format!("surveys: {{ csat: [{}] }}\n", scores.join(", ")));
    let r = evaluate(&f.client(), "2026-02");
    let csat = by_id(&r["kpis"], "csat");
    assert_eq!(csat["status"], "green");
    assert_eq!(csat["value_text"], "57.0%");
}

#[test]
fn huge_numbers_are_errors_not_panics() {
    let f = fixture("slas: { p1: { met: 18446744073709551615, breached: 1 } }\n");
    assert!(f.validate_fails().contains("above a billion"));
    let f = Fixture::new(
        &CLIENT.replace("within: 15m", "within: 99999999999999999w"),
        PERIOD,
    );
    assert!(f.validate_fails().contains("longer than a year"));
    let f = Fixture::new(
        &CLIENT.replace("goal: 95%", "goal: 1844674407370956%"),
        PERIOD,
    );
    assert!(f.validate_fails().contains("more than 100%"));
}

#[test]
fn errors_outside_lists_do_not_hide_the_others() {
    // `notes: [5]` (not text) used to stop the reading; the bad action status and the
    // NPS score of 11 must be reported too, and `.yml` is named, not skipped.
    let f = Fixture::new(
        CLIENT,
        "notes: [5]\nslas: { p1: { met: 19, breached: 1 } }\nsurveys: { nps: [11] }\nactions:\n  - { id: A1, title: Fix, status: opne }\n",
    );
    std::fs::write(f.client().join("periods/2026-09.yml"), PERIOD).unwrap();
    let e = f.validate_fails();
    assert!(e.contains("`notes`"), "{e}");
    assert!(e.contains("opne"), "{e}");
    assert!(e.contains("11"), "{e}");
    assert!(e.contains("rename it to `2026-09.yaml`"), "{e}");
}

#[test]
fn branding_is_found_from_a_relative_client_path() {
    let f = Fixture::new(CLIENT, PERIOD);
    std::fs::write(f.dir.path().join("provider.yaml"), "name: Relative MSP\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_svcreview"))
        .current_dir(f.client())
        .args(["evaluate", ".", "--period", "2026-10"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["provider"]["name"], "Relative MSP");
}
