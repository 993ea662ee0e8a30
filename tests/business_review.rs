//! What a client's executives come to a review for, beyond the metrics: what happened
//! (the SDM's notes of every month), reconciled figures, the notice deadline and what
//! happens by default, in the QBR and annual documents.

use super::*;

/// Renders a QBR or annual review (`args` after the client) and returns its PDF's text.
fn document(client: &str, args: &[&str]) -> String {
    let out = tempfile::tempdir().unwrap();
    let dir = sample().join("clients").join(client);
    let mut all = vec![args[0], dir.to_str().unwrap()];
    all.extend(&args[1..]);
    all.extend(["-o", out.path().to_str().unwrap()]);
    let o = svcreview(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = String::from_utf8(o.stdout).unwrap();
    pdf_text(Path::new(pdf.lines().next().unwrap().trim()))
}

#[test]
fn the_months_notes_reach_the_quarter_and_the_year() {
    // Riverside's February 2026 note (the ransomware alert) is its only note from July
    // 2025 to June 2026: the contract year's annual review, its Q1 QBR and the Q1 deck
    // show it under "What happened", with its month.
    let alert = "A ransomware alert on 14 February took two imaging servers offline for 5 hours";
    for args in [
        &["annual", "--year", "2025", "--contract-year"][..],
        &["qbr", "--quarter", "2026-Q1"],
        &["qbr", "--quarter", "2026-Q1", "--format", "deck"],
    ] {
        let text = document("riverside-health", args);
        let at = text
            .find("What happened, month by month")
            .expect("the section");
        let feb = text[at..].find("February 2026").expect("the month") + at;
        // The month, then its note (the deck's line break reads back without a space).
        let after = text[feb + "February 2026".len()..].trim_start();
        assert!(after.starts_with(alert), "{args:?}: {}", &after[..200]);
    }
    // Harlow's December note on thin Christmas cover, in its 2025 annual review.
    let text = document("harlow-fenwick", &["annual", "--year", "2025"]);
    assert!(text.contains("December 2025 Christmas cover was thinner than planned"));

    // The JSON: the months that have notes, oldest first, none in a monthly review
    // (its month's notes are `notes`). Riverside's Q4 2026 so far: October only.
    let q1 = evaluate_quarter("riverside-health", "2026-Q1");
    let months: Vec<&str> = q1["month_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["month"].as_str().unwrap())
        .collect();
    assert_eq!(months, ["2026-02"]);
    assert_eq!(q1["month_notes"][0]["label"], "February 2026");
    let m = evaluate(&sample().join("clients/riverside-health"), "2026-02");
    assert_eq!(m["month_notes"].as_array().unwrap().len(), 0);
    assert!(
        m["notes"]
            .as_str()
            .unwrap()
            .starts_with("A ransomware alert")
    );
}

fn evaluate_quarter(client: &str, quarter: &str) -> serde_json::Value {
    let dir = sample().join("clients").join(client);
    let o = svcreview(&["evaluate", dir.to_str().unwrap(), "--quarter", quarter]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// A copy of the sample workspace with one client, `client.yaml` edited by `edit`.
fn workspace_with(client: &str, edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let from = sample().join("clients").join(client);
    let to = t.path().join("clients").join(client);
    for e in walkdir::WalkDir::new(&from) {
        let e = e.unwrap();
        let dest = to.join(e.path().strip_prefix(&from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else if e.file_name() == "client.yaml" {
            let text = std::fs::read_to_string(e.path()).unwrap();
            std::fs::write(&dest, edit(text)).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
    for f in ["provider.yaml", "logo.svg"] {
        std::fs::copy(sample().join(f), t.path().join(f)).unwrap();
    }
    t
}

/// A copy of the sample workspace with one client, its period file of `month` edited.
fn period_edited(client: &str, month: &str, edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let t = workspace_with(client, |y| y);
    let file = t
        .path()
        .join("clients")
        .join(client)
        .join(format!("periods/{month}.yaml"));
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit changed nothing");
    std::fs::write(&file, edited).unwrap();
    t
}

/// Alder's October 2026 without its roadmap's link to the WMS SLA.
fn alder_unanswered() -> tempfile::TempDir {
    period_edited("alder-finch", "2026-10", |y| {
        y.replace(", slas: [\"wms-uptime\"]", "")
    })
}

#[test]
fn the_notice_deadline_opens_the_summary_with_what_happens_by_default() {
    // Alder & Finch: the contract ends on 31 January 2027 with 90 days' notice, so the
    // deadline is 2 November 2026 (31 Jan − 30 = 1 Jan, − 31 = 1 Dec, − 29 = 2 Nov),
    // 2 days after October ends; it renews by itself for 12 months, to 31 January 2028.
    let alder = sample().join("clients/alder-finch");
    let r = evaluate(&alder, "2026-10");
    let first = "Notice deadline for contract AFL-2025-02: November 2, 2026, 2 days from the \
                 end of the period. Unless notice is given by then, the contract renews for 12 \
                 months, to January 31, 2028.";
    assert_eq!(r["summary"]["sentences"][0], first);
    let out = tempfile::tempdir().unwrap();
    assert!(pdf_text(&render(&alder, "2026-10", out.path())).contains(first));
    // The QBR deck asks for the decision before the next review meets.
    let deck = document(
        "alder-finch",
        &["qbr", "--quarter", "2026-Q3", "--format", "deck"],
    );
    let ask = deck
        .find("Renewal decision needed by: November 2, 2026")
        .expect("the ask");
    assert!(ask < deck.find("Next quarterly review: Q4 2026").unwrap());

    // With 100 days' notice the deadline, 23 October 2026, passed 8 days before the end
    // of October; the renewal is said as having happened unless notice was given.
    let t = workspace_with("alder-finch", |y| {
        y.replace("notice_days: 90,", "notice_days: 100,")
    });
    let r = evaluate(&t.path().join("clients/alder-finch"), "2026-10");
    assert_eq!(
        r["summary"]["sentences"][0],
        "The notice deadline for contract AFL-2025-02 was October 23, 2026 (passed 8 days \
         before the end of the period). Unless notice was given by then, the contract \
         renews for 12 months, to January 31, 2028."
    );
    // Without an automatic renewal the contract ends; Kessler's (German) ends on 31
    // December 2026, its deadline 60 days before: 1 November 2026.
    let r = evaluate(&sample().join("clients/kessler-precision"), "2026-10");
    assert_eq!(
        r["summary"]["sentences"][0],
        "Kündigungstermin für Vertrag KPM-2023-11: 1. November 2026, 1 Tag nach Ende des \
         Zeitraums. Ohne vereinbarte Verlängerung endet der Vertrag am 31. Dezember 2026."
    );
    // The renewal pack says it however far the deadline is: Alder's contract year to
    // January 2026 ends 275 days before it (31 Jan 2026 to 2 Nov 2026), in the summary
    // and under the contract's cards.
    let pack = document(
        "alder-finch",
        &["annual", "--year", "2025", "--contract-year"],
    );
    let sentence = "Notice deadline for contract AFL-2025-02: November 2, 2026, 275 days from \
                    the end of the period. Unless notice is given by then, the contract renews \
                    for 12 months, to January 31, 2028.";
    assert!(pack.contains(sentence), "{pack}");
    let contract = pack
        .find("Contract and renewal Contract end")
        .expect("the section");
    assert!(pack[contract..].contains("Unless notice is given by then, the contract renews"));
    // Far from the deadline, no sentence: Riverside's is 2 March 2027 (a 30 June 2027
    // end less 120 days), 487 days after October 2025, beyond two quarters.
    let r = evaluate(&sample().join("clients/riverside-health"), "2025-10");
    assert!(
        !r["summary"]["sentences"][0]
            .as_str()
            .unwrap()
            .contains("Notice deadline")
    );
}

#[test]
fn an_automatic_renewal_out_of_range_is_a_located_error() {
    let t = workspace_with("alder-finch", |y| {
        y.replace("auto_renew_months: 12", "auto_renew_months: 0")
    });
    let dir = t.path().join("clients/alder-finch");
    let o = svcreview(&["validate", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("client.yaml:5"), "{err}");
    assert!(err.contains("contract.auto_renew_months"), "{err}");
    assert!(err.contains("an automatic renewal of 0 months"), "{err}");
    assert!(err.contains("auto_renew_months: 12"), "{err}");
}

#[test]
fn a_typed_kpi_the_tickets_measure_is_reconciled() {
    // Riverside types "Mean time to resolve" in its period files (October 2026: 6.4
    // hours); its ticket export gives a mean of 32.4 business hours over the 387
    // tickets resolved in October, the figure its own ticket table shows. Far beyond
    // 20%: said in the JSON, on the KPI page and as a warning at the period file.
    let dir = sample().join("clients/riverside-health");
    let r = evaluate(&dir, "2026-10");
    let x = &r["reconciliation"][0];
    assert_eq!(x["kpi"], "mttr");
    assert_eq!(x["typed"], 6.4);
    let measured = x["measured"].as_f64().unwrap();
    assert!((measured - 32.4).abs() < 0.05, "{measured}");
    assert_eq!(x["tickets"], 387);
    assert_eq!(r["reconciliation"].as_array().unwrap().len(), 1);
    // The ticket table of the same review gives the same mean.
    let times = &r["tickets"]["times"];
    assert!(
        times.to_string().contains("32 hr 24 min"),
        "the ticket table's mean: {times}"
    );
    let out = tempfile::tempdir().unwrap();
    let o = svcreview(&[
        "monthly",
        dir.to_str().unwrap(),
        "--period",
        "2026-10",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("periods/2026-10.yaml:7:3: `kpis.mttr`: Mean time to resolve is typed as 6.4 hr for 2026-10, the ticket exports measure 32.4 hr"),
        "{err}"
    );
    let pdf = String::from_utf8(o.stdout).unwrap();
    let text = pdf_text(Path::new(pdf.trim()));
    assert!(text.contains(
        "Typed figures the ticket exports measure differently Mean time to resolve is 6.4 \
         hr as typed in the period files; the ticket exports measure 32.4 hr over 387 \
         tickets of the same period."
    ));
    // The QBR: 6.3 typed (the mean of July to September) against 30.6 hours.
    let q = evaluate_quarter("riverside-health", "2026-Q3");
    assert_eq!(q["reconciliation"][0]["measured_text"], "30.6 hr");
    // No other sample client has a typed KPI the tickets measure differently.
    for c in ["harlow-fenwick", "kessler-precision", "alder-finch"] {
        let q = evaluate_quarter(c, "2026-Q3");
        assert_eq!(q["reconciliation"].as_array().unwrap().len(), 0, "{c}");
    }
    // A KPI that deliberately counts something else opts out.
    let t = workspace_with("riverside-health", |y| {
        y.replace(
            "target: 8, warning: 10 }",
            "target: 8, warning: 10, reconcile: false }",
        )
    });
    let r = evaluate(&t.path().join("clients/riverside-health"), "2026-10");
    assert_eq!(r["reconciliation"].as_array().unwrap().len(), 0);
}

#[test]
fn validate_reconciles_every_month_with_tickets() {
    // Riverside's period files type "Mean time to resolve" every month; its export covers
    // them all. validate warns at each month's own file (October: 6.4 against 32.4 hours;
    // September: 5.9 against 30.7), and --strict makes that an error.
    let dir = sample().join("clients/riverside-health");
    let o = svcreview(&["validate", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for line in [
        "periods/2026-10.yaml:7:3: `kpis.mttr`: Mean time to resolve is typed as 6.4 hr for 2026-10, the ticket exports measure 32.4 hr",
        "periods/2026-09.yaml:7:3: `kpis.mttr`: Mean time to resolve is typed as 5.9 hr for 2026-09, the ticket exports measure 30.7 hr",
    ] {
        assert!(err.contains(line), "{err}");
    }
    let o = svcreview(&["validate", dir.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("error: "));
    // Opted out: no warning of it.
    let t = workspace_with("riverside-health", |y| {
        y.replace(
            "target: 8, warning: 10 }",
            "target: 8, warning: 10, reconcile: false }",
        )
    });
    let o = svcreview(&[
        "validate",
        t.path().join("clients/riverside-health").to_str().unwrap(),
    ]);
    assert!(!stderr(&o).contains("kpis.mttr"), "{}", stderr(&o));
}

#[test]
fn a_missed_ticket_sla_says_how_many_tickets_short() {
    // Harlow's P3 resolution in October 2026: 379 met, 20 breached (4 pending, not
    // counted). The goal of 95% of 399 is 379.05, so 380 were needed: one ticket short.
    let harlow = sample().join("clients/harlow-fenwick");
    let r = evaluate(&harlow, "2026-10");
    let p3 = by_id(&r["slas"], "p3-resolution");
    assert_eq!(p3["counts"]["met"], 379);
    assert_eq!(p3["counts"]["breached"], 20);
    assert_eq!(p3["tickets_short"], 1);
    // Met SLAs are not short of anything.
    assert!(by_id(&r["slas"], "p2-resolution")["tickets_short"].is_null());
    let summary =
        "2 of 3 SLAs were met; missed: P3 resolution (94.9%, one ticket short of the goal).";
    assert!(
        r["summary"]["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == summary)
    );
    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&harlow, "2026-10", out.path()));
    assert!(text.contains(summary));
    assert_eq!(
        text.matches("one ticket short of the goal").count(),
        2,
        "summary and table"
    );
}

#[test]
fn the_estate_beyond_the_contract_is_money_in_the_summary() {
    // Alder & Finch counted 192 devices and 158 users in October 2026 against 180 and
    // 150 covered: 12 × $40 + 8 × $25 = $680 a month. Harlow: 252 devices against
    // 240, 12 × £30 = £360 (its contract covers no user count).
    let alder = sample().join("clients/alder-finch");
    let r = evaluate(&alder, "2026-10");
    assert_eq!(r["contract"]["beyond_monthly"], 680.0);
    let sentence = "In October 2026 the estate was 12 devices beyond the 180 covered and 8 users \
                    beyond the 150 covered: $680 a month at the contract's prices.";
    // After the notice deadline, before the results.
    assert_eq!(r["summary"]["sentences"][1], sentence);
    let out = tempfile::tempdir().unwrap();
    assert!(pdf_text(&render(&alder, "2026-10", out.path())).contains(sentence));
    let r = evaluate(&sample().join("clients/harlow-fenwick"), "2026-10");
    assert_eq!(r["contract"]["beyond_monthly_text"], "£360");
    assert_eq!(
        r["summary"]["sentences"][1],
        "In October 2026 the estate was 12 devices beyond the 240 covered: £360 a month \
         at the contract's prices."
    );
    // Without a price the count is still said, and priced at nothing.
    let t = workspace_with("alder-finch", |y| {
        y.replace(
            "price_per_device: 40, price_per_user: 25,",
            "price_per_device: 40,",
        )
    });
    let r = evaluate(&t.path().join("clients/alder-finch"), "2026-10");
    assert!(r["contract"]["beyond_monthly"].is_null());
    assert_eq!(
        r["summary"]["sentences"][1],
        "In October 2026 the estate was 12 devices beyond the 180 covered and 8 users \
         beyond the 150 covered, which the contract does not price."
    );
    // A negative price, and a price without a fee for its currency: located errors.
    let t = workspace_with("alder-finch", |y| {
        y.replace("price_per_device: 40,", "price_per_device: -40,")
            .replace("fee: { monthly: 15800, currency: USD }, ", "")
    });
    let o = svcreview(&[
        "validate",
        t.path().join("clients/alder-finch").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("client.yaml:6")
            && err.contains("`contract.price_per_device`: a monthly price of -40"),
        "{err}"
    );
    assert!(
        err.contains("`contract.price_per_user`: a price without a fee"),
        "{err}"
    );
}

#[test]
fn an_sla_says_its_hours_in_words_not_the_calendars_id() {
    // Harlow's SLAs run on its `office` calendar: "business hours", not "office";
    // Kessler's P1 response runs around the clock, in German.
    let r = evaluate(&sample().join("clients/harlow-fenwick"), "2026-10");
    assert_eq!(
        by_id(&r["slas"], "p1-response")["measure"],
        "P1 response within 30 mins, business hours"
    );
    let r = evaluate(&sample().join("clients/kessler-precision"), "2026-10");
    let p1 = r["slas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "tickets")
        .unwrap();
    assert_eq!(
        p1["measure"],
        "Reaktion P1 innerhalb von 30 Min., rund um die Uhr"
    );
    // Two business calendars: each named, so that the reader can tell them apart.
    let t = workspace_with("harlow-fenwick", |y| {
        y.replace("calendars:\n", "calendars:\n  late: { timezone: Europe/London, hours: { mon-fri: \"08:00-20:00\" } }\n")
    });
    let r = evaluate(&t.path().join("clients/harlow-fenwick"), "2026-10");
    assert_eq!(
        by_id(&r["slas"], "p1-response")["measure"],
        "P1 response within 30 mins, business hours (office)"
    );
}

#[test]
fn every_miss_names_the_action_that_answers_it_or_says_there_is_none() {
    // Alder missed WMS uptime in October 2026 (99.73%, a $790 credit). Its CSI register
    // is empty; its roadmap's RM-1 (a second storage array, `slas: [wms-uptime]`)
    // answers the miss.
    let alder = sample().join("clients/alder-finch");
    let r = evaluate(&alder, "2026-10");
    assert_eq!(r["misses"][0]["id"], "wms-uptime");
    assert_eq!(r["misses"][0]["actions"][0]["id"], "RM-1");
    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&alder, "2026-10", out.path()));
    assert!(text.contains("Misses and the actions that answer them"));
    assert!(
        text.contains("WMS uptime 99.73% RM-1 A second storage array for the WMS (Proposed)"),
        "{text}"
    );
    // Without that link: "No action recorded" beside the miss, not only "No actions.".
    let t = alder_unanswered();
    let dir = t.path().join("clients/alder-finch");
    assert_eq!(
        evaluate(&dir, "2026-10")["misses"][0]["actions"],
        serde_json::json!([])
    );
    let text = pdf_text(&render(&dir, "2026-10", out.path()));
    assert!(
        text.contains("WMS uptime 99.73% No action recorded"),
        "{text}"
    );
    // A declined initiative answers nothing.
    let t = period_edited("alder-finch", "2026-10", |y| {
        y.replace(
            "status: \"proposed\", decision",
            "status: \"declined\", decision",
        )
    });
    let r = evaluate(&t.path().join("clients/alder-finch"), "2026-10");
    assert_eq!(r["misses"][0]["actions"], serde_json::json!([]));
    // An initiative naming an SLA the client does not have: a located error.
    let t = period_edited("alder-finch", "2026-10", |y| {
        y.replace("[\"wms-uptime\"]", "[\"wms-uptim\"]")
    });
    let o = svcreview(&[
        "validate",
        t.path().join("clients/alder-finch").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("2026-10.yaml:23:")
            && err.contains("`initiatives[0].slas[0]`: unknown SLA `wms-uptim`"),
        "{err}"
    );
    assert!(err.contains("did you mean `wms-uptime`?"), "{err}");
    // Harlow's P3 miss is answered by CSI-12, linked with `sla: p3-resolution`; CSI-11,
    // on the same CSF, is about laptops and answers nothing.
    let r = evaluate(&sample().join("clients/harlow-fenwick"), "2026-10");
    let ids: Vec<&str> = r["misses"][0]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["CSI-12"]);
    // A link to an SLA the client does not have is a located error with the ids it has.
    let t = workspace_with("harlow-fenwick", |y| y);
    let oct = t.path().join("clients/harlow-fenwick/periods/2026-10.yaml");
    let text = std::fs::read_to_string(&oct).unwrap();
    std::fs::write(&oct, text.replace("sla: p3-resolution", "sla: p3-resolve")).unwrap();
    let o = svcreview(&[
        "validate",
        t.path().join("clients/harlow-fenwick").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("2026-10.yaml:18:") && err.contains("`actions[1].sla`"),
        "{err}"
    );
    assert!(err.contains("p3-resolution"), "{err}");
}

#[test]
fn a_decks_kpi_chart_is_labelled_as_the_monthly_series() {
    // The slide's big figure is the quarter's (Alder's patch compliance, 96.5%); the
    // chart ends on September's 96.4%: each of the three KPI slides says the chart is
    // month by month against the monthly target.
    let deck = document(
        "alder-finch",
        &["qbr", "--quarter", "2026-Q3", "--format", "deck"],
    );
    let caption = "Month by month over twelve months, against the monthly target; the months \
                   of this quarter are shaded.";
    assert_eq!(deck.matches(caption).count(), 3, "{deck}");
    // The KPI slide: its figure, then the caption over the chart (whose own labels
    // read back a glyph at a time).
    let slide = &deck[deck.find("Patch compliance Q3 2026").expect("the slide")..];
    let slide = &slide[..slide.find("Quarterly business review").unwrap()];
    assert!(
        slide.contains("96.5%") && slide.contains(caption),
        "{slide}"
    );
}

#[test]
fn validate_warns_of_a_miss_that_nothing_answers() {
    // Alder's October without its roadmap's link: WMS uptime missed, no action, and its
    // notes speak of "the month's uptime SLA" without naming it. validate warns at the
    // month's file; --strict makes it an error; an action linked to the SLA, an
    // initiative naming it, or the notes naming it, answer it.
    let unanswered = alder_unanswered();
    let dir = unanswered.path().join("clients/alder-finch");
    let o = svcreview(&["validate", dir.to_str().unwrap()]);
    assert!(o.status.success());
    let warning = "periods/2026-10.yaml: `actions`: WMS uptime missed in 2026-10 (99.73%), and \
                   no action answers it";
    assert!(stderr(&o).contains(warning), "{}", stderr(&o));
    let o = svcreview(&["validate", dir.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(1));
    let answered = |edit: &dyn Fn(String) -> String| {
        let t = alder_unanswered();
        let oct = t.path().join("clients/alder-finch/periods/2026-10.yaml");
        std::fs::write(&oct, edit(std::fs::read_to_string(&oct).unwrap())).unwrap();
        let o = svcreview(&[
            "validate",
            t.path().join("clients/alder-finch").to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        !stderr(&o).contains("no action answers it")
    };
    assert!(answered(&|y| format!(
        "{y}actions:\n  - {{ id: AF-1, title: Firmware rollback plan, status: open, sla: wms-uptime }}\n"
    )));
    assert!(answered(
        &|y| y.replace("the month's uptime SLA", "WMS uptime")
    ));
    assert!(answered(&|y| y.replace(
        "csfs: [\"warehouse\"]",
        "csfs: [\"warehouse\"], slas: [wms-uptime]"
    )));
    // The sample itself is answered by RM-1.
    let o = svcreview(&[
        "validate",
        sample().join("clients/alder-finch").to_str().unwrap(),
    ]);
    assert!(
        !stderr(&o).contains("no action answers it"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_level_over_a_year_says_the_months_it_was_off_target() {
    // Riverside's "Devices without endpoint protection" (target 0, a level: the year
    // shows December's 0) was 2, 2, 1 and 2 in four months of the contract year: the
    // annual says "not on target in 4 of 12 months" beside its 0.
    let dir = sample().join("clients/riverside-health");
    let o = svcreview(&[
        "evaluate",
        dir.to_str().unwrap(),
        "--year",
        "2025",
        "--contract-year",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let k = by_id(&r["kpis"], "devices_uncovered");
    assert_eq!(k["value_text"], "0");
    assert_eq!(k["months_off_target"], 4);
    // A KPI that is not a level has its months in the table: nothing added.
    assert!(by_id(&r["kpis"], "csat")["months_off_target"].is_null());
    let text = document(
        "riverside-health",
        &["annual", "--year", "2025", "--contract-year"],
    );
    assert!(text.contains("not on target in 4 of 12 months"), "{text}");
}

#[test]
fn a_qbr_or_renewal_pack_without_the_sdms_words_says_so() {
    // Alder has no reviews/ file: its Q3 QBR says no recommendations were recorded
    // (rather than leaving the section out), and its contract-year annual review that
    // no renewal recommendation has been; each run warns where to write them.
    let alder = sample().join("clients/alder-finch");
    let out = tempfile::tempdir().unwrap();
    for (args, said, warned) in [
        (
            ["qbr", "--quarter", "2026-Q3", ""],
            "No recommendations were recorded for this quarter.",
            "reviews/2026-Q3.yaml: `recommendations`: the QBR 2026-Q3 has no recommendations",
        ),
        (
            ["annual", "--year", "2025", "--contract-year"],
            "No renewal recommendation has been recorded yet.",
            "reviews/2025-02_2026-01.yaml: `recommendation`: the annual review 2025-02_2026-01 \
             has no renewal recommendation",
        ),
    ] {
        let mut all = vec![args[0], alder.to_str().unwrap()];
        all.extend(args[1..].iter().filter(|a| !a.is_empty()));
        all.extend(["-o", out.path().to_str().unwrap()]);
        let o = svcreview(&all);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stderr(&o).contains(warned), "{}", stderr(&o));
        let pdf = String::from_utf8(o.stdout).unwrap();
        let text = pdf_text(Path::new(pdf.trim()));
        assert!(text.contains(said), "{text}");
    }
    // Harlow's Q3 QBR has its recommendations (reviews/2026-Q3.yaml): no warning.
    let o = svcreview(&[
        "qbr",
        sample().join("clients/harlow-fenwick").to_str().unwrap(),
        "--quarter",
        "2026-Q3",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    assert!(
        !stderr(&o).contains("has no recommendations"),
        "{}",
        stderr(&o)
    );
}

/// Alder & Finch's sample with a device list written by hand (`rows`, after the header).
fn alder_with_devices(rows: &str) -> tempfile::TempDir {
    let t = workspace_with("alder-finch", |y| y);
    std::fs::write(
        t.path().join("clients/alder-finch/devices.csv"),
        format!("name,type,purchased,warranty_end,os\n{rows}"),
    )
    .unwrap();
    t
}

#[test]
fn the_plan_budgets_the_roadmap_and_the_device_refresh_by_quarter() {
    // Alder's policy: laptops after 4 years at $1,250, desktops after 5 at $850, servers
    // after 6 at $9,000. A monthly review of October 2026 forecasts Q4 2026 to Q3 2027.
    //   L1 laptop 2022-05-10: due 2026-05-10, already past → Q4 2026   $1,250
    //   D1 desktop 2022-01-15: due 2027-01-15 → Q1 2027                  $850
    //   S1 server 2021-08-01: due 2027-08-01 → Q3 2027                 $9,000
    //   L2 laptop 2023-12-31: due 2027-12-31, after the forecast          —
    // The roadmap's RM-1 (proposed, Q1 2027): $28,000 once, $150 a month from Q1 2027,
    // $450 a quarter. Quarters: 1,250; 28,000 + 450 + 850 = 29,300; 450; 450 + 9,000 =
    // 9,450. Total 40,450 (one-off 28,000, recurring 1,350, refresh 11,100, 3 devices).
    let t = alder_with_devices(
        "L1,laptop,2022-05-10,2025-05-10,Windows 11\n\
         D1,desktop,2022-01-15,,Windows 10\n\
         S1,server,2021-08-01,2024-08-01,Windows Server 2022\n\
         L2,laptop,2023-12-31,2026-12-31,Windows 11\n",
    );
    let dir = t.path().join("clients/alder-finch");
    let r = evaluate(&dir, "2026-10");
    let p = &r["plan"];
    let totals: Vec<f64> = p["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["total"].as_f64().unwrap())
        .collect();
    assert_eq!(totals, [1250.0, 29300.0, 450.0, 9450.0]);
    let labels: Vec<&str> = p["quarters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Q4 2026", "Q1 2027", "Q2 2027", "Q3 2027"]);
    assert_eq!(p["total"]["total_text"], "$40,450");
    assert_eq!(p["total"]["one_off_text"], "$28,000");
    assert_eq!(p["total"]["recurring_text"], "$1,350");
    assert_eq!(p["total"]["refresh_text"], "$11,100");
    assert_eq!(
        (p["devices"].as_u64(), p["devices_overdue"].as_u64()),
        (Some(4), Some(1))
    );
    assert_eq!(
        p["devices_text"],
        "3 of the 4 devices on the list are due for replacement in the next 4 quarters, \
         one of them already past its refresh date."
    );
    // The monthly review lists the decision RM-1 asks for, with its cost; the plan and
    // its budget are the QBR's (Harlow's Q3: the page shows the JSON's total).
    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&dir, "2026-10", out.path()));
    assert!(
        text.contains("RM-1 A second storage array for the WMS")
            && !text.contains("Budget forecast"),
        "{text}"
    );
    let q3 = evaluate_quarter("harlow-fenwick", "2026-Q3");
    let total = q3["plan"]["total"]["total_text"].as_str().unwrap();
    let text = document("harlow-fenwick", &["qbr", "--quarter", "2026-Q3"]);
    assert!(
        text.contains("Budget forecast") && text.contains(total),
        "{total}"
    );
    let d = by_id_topic(&r["decisions"], "initiative");
    assert_eq!(d["title_text"], "RM-1 A second storage array for the WMS");
    assert_eq!(d["amount_text"], "$28,000 + $150 a month");
    assert_eq!(d["due_text"], "December 31, 2026");
}

fn by_id_topic<'a>(list: &'a serde_json::Value, topic: &str) -> &'a serde_json::Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|x| x["topic"] == topic)
        .unwrap_or_else(|| panic!("no decision on `{topic}`"))
}

#[test]
fn downtime_is_costed_at_the_clients_cost_of_an_hour() {
    // Alder's WMS was down 120 minutes in October 2026; an hour costs it $4,800:
    // 2 × 4,800 = $9,600. Kessler's contract year: ERP and MES at €8,500 and €3,200.
    let alder = sample().join("clients/alder-finch");
    let r = evaluate(&alder, "2026-10");
    assert_eq!(r["impact"]["cost"], 9600.0);
    let sentence = "2 hr of unplanned downtime in the period, which cost the business about \
                    $9,600 at the hourly cost of downtime you gave us.";
    assert_eq!(r["impact"]["text"], sentence);
    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&alder, "2026-10", out.path()));
    assert!(text.contains(sentence), "{text}");
    // The event of the month beside it, in the same section.
    assert!(text.contains("Storage firmware update failed: WMS down for two hours"));
    // A service without a cost of an hour: hours only, never a partial sum of money.
    let t = workspace_with("kessler-precision", |y| y.replace("ERP: 8500, ", ""));
    let o = svcreview(&[
        "evaluate",
        t.path().join("clients/kessler-precision").to_str().unwrap(),
        "--period",
        "2026-10",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // October: ERP 22 min (no cost given), MES 45 min at €3,200 = €2,400.
    assert!(r["impact"]["cost"].is_null());
    let mes = &r["impact"]["services"][1];
    assert_eq!(
        (mes["service"].as_str(), mes["cost"].as_f64()),
        (Some("MES"), Some(2400.0))
    );
}

#[test]
fn the_renewal_proposal_sets_the_proposed_fee_against_the_contract() {
    // Kessler's renewal pack: 12 × €24,500 = €294,000 a year now; proposed 12 × €26,800 =
    // €321,600: +€27,600, 27,600 / 294,000 = +9.4%. Credits of the year: July 2026's 5%
    // of €24,500 = €1,225.
    let dir = sample().join("clients/kessler-precision");
    let o = svcreview(&[
        "evaluate",
        dir.to_str().unwrap(),
        "--year",
        "2025",
        "--contract-year",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let x = &r["renewal"];
    assert_eq!(x["current_annual_text"], "294.000\u{a0}€");
    assert_eq!(x["proposed_annual_text"], "321.600\u{a0}€");
    assert_eq!(x["change_text"], "+27.600\u{a0}€ (+9,4\u{a0}%)");
    assert_eq!(x["credits_text"], "1.225,00\u{a0}€");
    // The annual value in whole euros: cents say nothing here.
    assert_eq!(r["contract"]["annual_value_text"], "294.000\u{a0}€");
    // It is one of the decisions, after the notice deadline.
    assert_eq!(r["decisions"][0]["topic"], "notice");
    assert_eq!(r["decisions"][1]["topic"], "renewal");
    // A term of 0 months is a located error.
    let t = workspace_with("kessler-precision", |y| y);
    let notes = t
        .path()
        .join("clients/kessler-precision/reviews/2025-11_2026-10.yaml");
    let text = std::fs::read_to_string(&notes).unwrap();
    std::fs::write(&notes, text.replace("term_months: 36", "term_months: 0")).unwrap();
    let o = svcreview(&[
        "validate",
        t.path().join("clients/kessler-precision").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("`renewal.term_months`: a term of 0 months"),
        "{}",
        stderr(&o)
    );
    // A renewal against a contract without a fee has nothing to be set against: refused
    // at the review file, by validate and by the annual review itself.
    let t = workspace_with("kessler-precision", |y| {
        // (Costs and prices need the fee's currency: they go too.)
        let y = y.replace("fee: { monthly: 24500, currency: EUR }, ", "");
        let y = y.replace(
            "\n            downtime_cost_per_hour: { ERP: 8500, MES: 3200 },",
            "",
        );
        let life = y.find("lifecycle:").unwrap();
        let end = life + y[life..].find("\ncsfs:").unwrap() + 1;
        format!("{}{}", &y[..life], &y[end..])
    });
    let dir = t.path().join("clients/kessler-precision");
    for args in [
        vec!["validate", dir.to_str().unwrap()],
        vec![
            "annual",
            dir.to_str().unwrap(),
            "--year",
            "2025",
            "--contract-year",
            "-o",
            t.path().to_str().unwrap(),
        ],
    ] {
        let o = svcreview(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&o).contains("2025-11_2026-10.yaml:")
                && stderr(&o)
                    .contains("`renewal`: a renewal proposed for a contract without a fee"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn events_and_risks_reach_the_review_with_what_answers_them() {
    // Riverside's February 2026 alert is an event of Q1 2026, answered by CSI-17.
    let q1 = evaluate_quarter("riverside-health", "2026-Q1");
    let e = &q1["events"][0];
    assert_eq!(e["title"], "Ransomware alert on two imaging servers");
    assert_eq!(e["actions"][0]["id"], "CSI-17");
    assert_eq!(e["duration_text"], "5 hr");
    // Q3 2026: R-2's likelihood rose from 3 to 4 on 1 August (impact 5): 15 → 20, said
    // against the Q2 register. Open risks: R-2 4 × 5, R-1 4 × 4, R-4 2 × 4 (R-3 closed
    // in March is not in Q3's months).
    let q3 = evaluate_quarter("riverside-health", "2026-Q3");
    let k = &q3["risks"];
    let scores: Vec<u64> = k["open"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["score"].as_u64().unwrap())
        .collect();
    assert_eq!(scores, [20, 16, 8]);
    assert_eq!(
        k["changes_text"][0],
        "Higher: R-2 Ransomware reaching the imaging network, score 15 → 20."
    );
    // Row 0 is impact 5, column 3 likelihood 4; row 1 impact 4: likelihood 2 and 4.
    assert_eq!(k["grid"][0], serde_json::json!([0, 0, 0, 1, 0]));
    assert_eq!(k["grid"][1], serde_json::json!([0, 1, 0, 1, 0]));
    // In October R-4's review (30 September) is overdue.
    let oct = evaluate(&sample().join("clients/riverside-health"), "2026-10");
    let r4 = by_id(&oct["risks"]["open"], "R-4");
    assert_eq!(
        r4["next_review_text"],
        "review overdue since September 30, 2026"
    );
    let text = document("riverside-health", &["qbr", "--quarter", "2026-Q3"]);
    assert!(text.contains("Risks") && text.contains("Ransomware reaching the imaging network"));
}

#[test]
fn bad_events_risks_roadmaps_and_device_lists_are_located_errors_all_at_once() {
    let t = alder_with_devices("L1,laptop,10/05/2022,,\nT1,tablet,2023-01-01,,\n");
    let period = t.path().join("clients/alder-finch/periods/2026-10.yaml");
    let text = std::fs::read_to_string(&period).unwrap();
    std::fs::write(
        &period,
        text.replace("likelihood: 3, impact: 5", "likelihood: 6, impact: 5")
            .replace("date: 2026-10-14", "date: 2026-11-14")
            .replace("risks: [\"R-1\"]", "risks: [\"R-9\"]"),
    )
    .unwrap();
    let o = svcreview(&[
        "validate",
        t.path().join("clients/alder-finch").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for want in [
        "`risks[0].likelihood`: 6 is not on the 1–5 scale",
        "`events[0].date`: 2026-11-14 is not in 2026-10",
        "`initiatives[0].risks[0]`: unknown risk `R-9`",
        "devices.csv:2:3: purchase date `10/05/2022` is not a date",
        "devices.csv:3:2: device type `tablet` has no refresh policy",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
}

#[test]
fn a_render_reports_the_period_files_and_the_device_list_together_and_writes_nothing() {
    // A misspelt field in a risk: one error (no false "unknown risk" for the initiative
    // that names it); an empty device list: said as such; nothing is written.
    let t = alder_with_devices("");
    std::fs::write(t.path().join("clients/alder-finch/devices.csv"), "").unwrap();
    let period = t.path().join("clients/alder-finch/periods/2026-10.yaml");
    let text = std::fs::read_to_string(&period).unwrap();
    std::fs::write(&period, text.replace("likelihood: 3,", "likelyhood: 3,")).unwrap();
    let out = t.path().join("out");
    let o = svcreview(&[
        "monthly",
        t.path().join("clients/alder-finch").to_str().unwrap(),
        "--period",
        "2026-10",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("`risks[0].likelyhood`: unknown field"),
        "{err}"
    );
    assert!(
        err.contains("devices.csv: the device list is empty"),
        "{err}"
    );
    assert!(!err.contains("unknown risk"), "{err}");
    assert!(!out.exists() || std::fs::read_dir(&out).unwrap().next().is_none());
}

#[test]
fn a_year_after_a_partial_one_compares_the_same_months_and_its_own_quarters() {
    // Riverside's contract year July 2025 – June 2026 follows one with period files for
    // only November 2024 to June 2025. EHR-affecting incidents (summed), from the files:
    //   Nov 24–Jun 25: 2 + 0 + 1 + 2 + 1 + 2 + 1 + 2 = 11
    //   Nov 25–Jun 26: 1 + 3 + 1 + 6 + 0 + 1 + 1 + 1 = 14 (+3, worse: lower is better)
    //   first quarter Jul–Sep 25: 0 + 2 + 1 = 3; last Apr–Jun 26: 1 + 1 + 1 = 3 (±0)
    let dir = sample().join("clients/riverside-health");
    let o = svcreview(&[
        "evaluate",
        dir.to_str().unwrap(),
        "--year",
        "2025",
        "--contract-year",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let k = by_id(&r["kpis"], "ehr_incidents");
    assert!(k["year_ago"].is_null(), "the year before is partial");
    let s = &k["same_months"];
    assert_eq!(
        (s["then"].as_f64(), s["now"].as_f64()),
        (Some(11.0), Some(14.0))
    );
    assert_eq!(
        (s["from"].as_str(), s["to"].as_str()),
        (Some("2024-11"), Some("2025-06"))
    );
    assert_eq!(s["direction"], "worsening");
    assert_eq!(
        s["note"],
        "Compared with the same 8 months a year before (November 2024 to June 2025): the \
         months of July 2024 – June 2025 with data."
    );
    let y = &k["in_year"];
    assert_eq!(
        (y["first"].as_f64(), y["last"].as_f64()),
        (Some(3.0), Some(3.0))
    );
    // On the page, with the months said.
    let text = document(
        "riverside-health",
        &["annual", "--year", "2025", "--contract-year"],
    );
    assert!(
        text.contains("Same months a year") && text.contains("11 → 14"),
        "{text}"
    );
    assert!(text.contains("First → last quarter"));
    // A quarterly review has neither.
    let q = evaluate_quarter("riverside-health", "2026-Q3");
    assert!(by_id(&q["kpis"], "ehr_incidents")["in_year"].is_null());
}

#[test]
fn the_biggest_moves_say_what_explains_them() {
    // Riverside, October 2026: customer satisfaction fell 12.8 points (94.4% → 81.6%);
    // CSI-24 is linked to it (`kpi: csat`) and the notes name it.
    let dir = sample().join("clients/riverside-health");
    let csat_of = |r: &serde_json::Value| {
        r["summary"]["top_changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["kpi"] == "csat")
            .unwrap()
            .clone()
    };
    let csat = csat_of(&evaluate(&dir, "2026-10"));
    assert_eq!(csat["change_text"], "-12.8 points");
    assert_eq!(csat["in_notes"], true);
    assert_eq!(
        csat["explained_text"],
        "CSI-24 Call back every clinician who scores a ticket 1 or 2 (Open); the notes of the period"
    );
    let o = svcreview(&["validate", dir.to_str().unwrap()]);
    assert!(
        !stderr(&o).contains("nothing explains it"),
        "{}",
        stderr(&o)
    );
    // Without the notes and CSI-24, nothing explains the fall, and the page says so.
    let t = period_edited("riverside-health", "2026-10", |y| {
        let notes = y.find("notes: |\n").unwrap();
        let actions = y.find("actions:\n").unwrap();
        let y = format!("{}{}", &y[..notes], &y[actions..]);
        let csi24 = y.find("  - { id: CSI-24,").unwrap();
        let eol = csi24 + y[csi24..].find('\n').unwrap() + 1;
        format!("{}{}", &y[..csi24], &y[eol..])
    });
    let dir = t.path().join("clients/riverside-health");
    assert!(csat_of(&evaluate(&dir, "2026-10"))["explained_text"].is_null());
    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&dir, "2026-10", out.path()));
    let at = text
        .find("The biggest moves and what explains them")
        .expect("the table");
    assert!(
        text[at..].contains("No explanation recorded"),
        "{}",
        &text[at..]
    );
    // validate names the move for the worse that is not already a miss.
    let o = svcreview(&["validate", dir.to_str().unwrap()]);
    assert!(
        stderr(&o).contains(
            "EHR-affecting incidents worsened in 2026-10 (0 → 1), and nothing explains it"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_deck_says_the_notice_once_on_its_decisions_slide() {
    // Alder's Q3 deck: the notice deadline (2 November) with what happens by default is
    // on slide 2; with no renewal recommendation and no estate beyond the contract in Q3,
    // a contract slide would repeat it, and there is none. Kessler's renewal pack keeps
    // its contract slide for the recommendation.
    let text = document(
        "alder-finch",
        &["qbr", "--quarter", "2026-Q3", "--format", "deck"],
    );
    let slide2 = text.find("Decisions and money").unwrap();
    assert!(text[slide2..].contains("Renewal notice for contract AFL-2025-02"));
    assert!(!text.contains("Contract and renewal"), "{text}");
    let text = document(
        "kessler-precision",
        &[
            "annual",
            "--year",
            "2025",
            "--contract-year",
            "--format",
            "deck",
        ],
    );
    assert!(text.contains("Vertrag und Verlängerung"));
}

#[test]
fn about_these_figures_names_the_sources_and_explains_the_terms() {
    // Riverside's Q3 QBR: its export file and the priorities its PSA calls P1 to P4.
    let text = document("riverside-health", &["qbr", "--quarter", "2026-Q3"]);
    let at = text.find("About these figures").expect("the appendix");
    let tail = &text[at..];
    assert!(tail.contains("tickets/connectwise-export.csv"), "{tail}");
    assert!(
        tail.contains("P1 = Priority 1 - Emergency Response"),
        "{tail}"
    );
    assert!(
        tail.contains("CSI is continuous service improvement"),
        "{tail}"
    );
}

#[test]
fn a_short_csi_register_shares_the_recommendations_slide() {
    // Harlow's Q3 register holds one action (CSI-11): under the recommendations, not
    // on a slide of its own that would stand nearly empty; the agenda agrees.
    let text = document(
        "harlow-fenwick",
        &["qbr", "--quarter", "2026-Q3", "--format", "deck"],
    );
    let recs = text.rfind("Recommendations").expect("the slide");
    let after = &text[recs..];
    assert!(after.contains("CONTINUOUS SERVICE IMPROVEMENT"), "{after}");
    assert!(
        after.contains("Pre-stage laptops for the January"),
        "{after}"
    );
    // The agenda runs from its title to the dashboard slide's first card.
    let agenda = &text[text.find("Agenda").unwrap()..text.find("KPIs on target").unwrap()];
    assert!(agenda.contains("Recommendations"), "{agenda}");
    assert!(
        !agenda.contains("Continuous service improvement"),
        "{agenda}"
    );
}

#[test]
fn an_ask_may_carry_the_date_it_is_needed_by() {
    // Harlow's Q3 review asks for the trainee numbers by 20 November 2026.
    let q3 = evaluate_quarter("harlow-fenwick", "2026-Q3");
    let ask = q3["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["topic"] == "ask")
        .unwrap();
    assert_eq!(ask["due_text"], "20 November 2026");
    // A date that is not one: located at its field.
    let t = workspace_with("harlow-fenwick", |y| y);
    let notes = t.path().join("clients/harlow-fenwick/reviews/2026-Q3.yaml");
    let text = std::fs::read_to_string(&notes).unwrap();
    std::fs::write(&notes, text.replace("by: 2026-11-20", "by: 2026-11-31")).unwrap();
    let o = svcreview(&[
        "validate",
        t.path().join("clients/harlow-fenwick").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("`asks[0].by`: `2026-11-31` is not a date"),
        "{}",
        stderr(&o)
    );
}

/// The text of each page of the deck `args` renders for the sample `client`.
fn deck_pages(client: &str, args: &[&str]) -> Vec<String> {
    let out = tempfile::tempdir().unwrap();
    let dir = sample().join("clients").join(client);
    let mut all = vec![args[0], dir.to_str().unwrap()];
    all.extend(&args[1..]);
    all.extend(["--format", "deck", "-o", out.path().to_str().unwrap()]);
    let o = svcreview(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = String::from_utf8(o.stdout).unwrap();
    let bytes = std::fs::read(pdf.lines().next().unwrap().trim()).unwrap();
    pdf_extract::extract_text_from_mem_by_pages(&bytes)
        .unwrap()
        .iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn a_deck_puts_short_sections_together_and_no_slide_holds_an_overflow() {
    // Alder's Q3 deck: one decision, so the agenda stands beside it on slide 2 and has no
    // slide of its own; three CSFs and one SLA fit one slide, so the SLAs month by month
    // are under the CSFs and the agenda has no separate SLA item.
    let alder = deck_pages("alder-finch", &["qbr", "--quarter", "2026-Q3"]);
    assert!(
        alder[1].contains("Decisions and money") && alder[1].contains("AGENDA"),
        "{}",
        alder[1]
    );
    assert!(!alder.iter().any(|p| p.contains("Agenda 1")), "{alder:?}");
    assert!(
        !alder[1].contains("Service level agreements"),
        "{}",
        alder[1]
    );
    let csf = alder
        .iter()
        .find(|p| p.contains("Critical success factors at a glance Keep"))
        .unwrap();
    assert!(
        csf.contains("SLAs month by month SLA")
            && csf.contains("WMS uptime 100.00% 99.99% 100.00% 99.996%"),
        "{csf}"
    );
    // Harlow's: four decisions keep the agenda's own slide; its CSFs and three SLAs do
    // not fit one slide; its two initiatives and the budget forecast do.
    let harlow = deck_pages("harlow-fenwick", &["qbr", "--quarter", "2026-Q3"]);
    assert!(
        harlow[2].starts_with("Northgate") && harlow[2].contains("Agenda 1 Decisions and money"),
        "{}",
        harlow[2]
    );
    assert!(
        harlow
            .iter()
            .any(|p| p.contains("SLAs month by month SLA Jul 26"))
    );
    let plan = harlow
        .iter()
        .find(|p| p.contains("The plan and its budget Initiative"))
        .expect("one plan slide");
    assert!(
        plan.contains("BUDGET FORECAST") && plan.contains("£142,880"),
        "{plan}"
    );
    // Every slide of both annual decks says more than its header and footer: a KPI's
    // notes (a monthly target, a reconciliation) never spill onto a slide of their own
    // (Kessler's "Ziel 1 pro Monat" did, alone under the header).
    for (client, year) in [("kessler-precision", "2025"), ("riverside-health", "2025")] {
        let pages = deck_pages(client, &["annual", "--year", year, "--contract-year"]);
        let number = |p: &str| {
            p.trim_end_matches(|c: char| c.is_ascii_digit())
                .trim_end()
                .to_string()
        };
        let (a, b) = (number(&pages[1]), number(&pages[2]));
        let head = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        let tail = a
            .chars()
            .rev()
            .zip(b.chars().rev())
            .take_while(|(x, y)| x == y)
            .count();
        for (i, p) in pages.iter().enumerate() {
            let p = number(p);
            let n = p.chars().count();
            if n <= head + tail || !p.starts_with(&a.chars().take(head).collect::<String>()) {
                continue; // the title and closing slides
            }
            let body: String = p.chars().skip(head).take(n - head - tail).collect();
            assert!(
                body.trim().chars().count() > 40,
                "{client} slide {} holds only: {body}",
                i + 1
            );
        }
    }
}

#[test]
fn a_percentage_typed_as_a_fraction_is_said_with_the_figure_meant() {
    // Alder's October patch compliance typed `0.931` for 93.1%: a valid percentage that
    // would show "0.9%", red. Its other months read 92–97% (median 96.1% or so): 93.1 is
    // near that, 0.931 is a hundred times below it. validate warns with the figure meant,
    // --strict refuses, and the review itself warns.
    let t = period_edited("alder-finch", "2026-10", |y| {
        y.replace("patch_compliance: 93.1", "patch_compliance: 0.931")
    });
    let dir = t.path().join("clients/alder-finch");
    let o = svcreview(&["validate", dir.to_str().unwrap()]);
    let err = stderr(&o);
    assert!(
        err.contains("periods/2026-10.yaml:4:")
            && err.contains("`kpis.patch_compliance`: patch_compliance is 0.931% as typed"),
        "{err}"
    );
    assert!(err.contains("`patch_compliance: 93.1` for 93.1%"), "{err}");
    let o = svcreview(&["validate", dir.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let out = tempfile::tempdir().unwrap();
    let o = svcreview(&[
        "monthly",
        dir.to_str().unwrap(),
        "--period",
        "2026-10",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    assert!(
        stderr(&o).contains("patch_compliance is 0.931% as typed"),
        "{}",
        stderr(&o)
    );
    // The sample as it is says nothing of the kind.
    let o = svcreview(&[
        "validate",
        sample().join("clients/alder-finch").to_str().unwrap(),
    ]);
    assert!(
        !stderr(&o).contains("as typed: a fraction"),
        "{}",
        stderr(&o)
    );
}
