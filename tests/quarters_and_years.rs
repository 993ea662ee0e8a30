use super::*;

/// A month the contract does not cover owes no credit, though it has data: Kessler's
/// July 2026 ERP outage (a 5% credit of €1,225.00 under its real contract) with the
/// contract starting on 1 August 2026 leaves Q3 with no credit, in the QBR and in
/// the portfolio's year to date.
#[test]
fn no_credit_before_the_contract_starts() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path();
    std::fs::copy(sample().join("provider.yaml"), ws.join("provider.yaml")).unwrap();
    std::fs::copy(sample().join("logo.svg"), ws.join("logo.svg")).unwrap();
    let dir = ws.join("clients/kessler-precision");
    std::fs::create_dir_all(dir.join("periods")).unwrap();
    let yaml = std::fs::read_to_string(sample().join("clients/kessler-precision/client.yaml"))
        .unwrap()
        .replace("start: 2023-11-01", "start: 2026-08-01");
    std::fs::write(dir.join("client.yaml"), yaml).unwrap();
    std::fs::copy(
        sample().join("clients/kessler-precision/devices.csv"),
        dir.join("devices.csv"),
    )
    .unwrap();
    for e in std::fs::read_dir(sample().join("clients/kessler-precision/periods")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.join("periods").join(e.file_name())).unwrap();
    }
    let out = t.path().join("out");
    let o = svcreview(&[
        "qbr",
        dir.to_str().unwrap(),
        "--quarter",
        "2026-Q3",
        "--json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.join("kessler-precision-qbr-2026-Q3.json")).unwrap(),
    )
    .unwrap();
    let erp = by_id(&r["slas"], "erp-uptime");
    // July is still measured and missed; it is not credited.
    let july = erp["monthly"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["period"] == "2026-07")
        .unwrap();
    assert_eq!(july["met"], false);
    assert!(erp["credit"].is_null(), "{}", erp["credit"]);
    assert!(r["summary"]["credits_total_text"].is_null());
    let o = svcreview(&[
        "portfolio",
        ws.to_str().unwrap(),
        "--period",
        "2026-10",
        "--json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let p: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("portfolio-2026-10.json")).unwrap())
            .unwrap();
    assert_eq!(p["credits"][0]["ytd"], 0.0, "{}", p["credits"]);
}

const CLIENT_Q: &str = "\
client: { name: Quarter Ltd, timezone: Europe/London }
contract: { id: Q-1, start: 2025-01-01, end: 2026-12-31, notice_days: 90, fee: { monthly: 10000, currency: GBP } }
csfs:
  - { id: desk, name: Service desk, kpis: [fcr, tickets, mttr] }
kpis:
  - { id: fcr, name: First-contact resolution, unit: percent, better: higher, target: 70 }
  - { id: tickets, name: Tickets, unit: count, better: lower, target: 100 }
  - { id: mttr, name: Mean time to resolve, unit: hours, better: lower, target: 5 }
slas:
  - { id: p1, name: P1 response, priority: P1, clock: response, within: 15m, goal: 95% }
";

fn fixture() -> Fixture {
    let f = Fixture::new(CLIENT_Q, "notes: x\n");
    let months = [
        // FCR 90/100 = 90%, 10/50 = 20%, 150/200 = 75%; P1 19/1, 18/2, 20/0.
        (
            "2026-07",
            "{ num: 90, den: 100 }",
            30,
            "{ value: 4, count: 100 }",
            "{ met: 19, breached: 1 }",
        ),
        (
            "2026-08",
            "{ num: 10, den: 50 }",
            20,
            "{ value: 10, count: 20 }",
            "{ met: 18, breached: 2 }",
        ),
        (
            "2026-09",
            "{ num: 150, den: 200 }",
            25,
            "{ value: 5, count: 80 }",
            "{ met: 20, breached: 0 }",
        ),
        (
            "2026-04",
            "{ num: 60, den: 100 }",
            40,
            "6",
            "{ met: 10, breached: 0 }",
        ),
        (
            "2026-05",
            "{ num: 70, den: 100 }",
            40,
            "6",
            "{ met: 10, breached: 0 }",
        ),
        (
            "2026-06",
            "{ num: 80, den: 100 }",
            40,
            "6",
            "{ met: 10, breached: 0 }",
        ),
    ];
    for (m, fcr, n, mttr, p1) in months {
        std::fs::write(
            f.client().join(format!("periods/{m}.yaml")),
            format!("kpis: {{ fcr: {fcr}, tickets: {n}, mttr: {mttr} }}\nslas: {{ p1: {p1} }}\n"),
        )
        .unwrap();
    }
    f
}

fn qbr(f: &Fixture, q: &str, extra: &[&str]) -> Output {
    let out = f.out();
    let client = f.client();
    let mut args = vec![
        "qbr",
        client.to_str().unwrap(),
        "--quarter",
        q,
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let owned: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    svcreview(&owned.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn a_quarter_is_aggregated_by_the_nature_of_each_figure() {
    let f = fixture();
    let o = svcreview(&[
        "evaluate",
        f.client().to_str().unwrap(),
        "--quarter",
        "2026-Q3",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["kind"], "qbr");
    // FCR: (90 + 10 + 150) / (100 + 50 + 200) = 250 / 350 = 71.43% (the mean of the
    // monthly percentages, 61.67%, would be red against 70).
    let fcr = by_id(&r["kpis"], "fcr");
    assert!(close(&fcr["value"], 250.0 / 350.0 * 100.0));
    assert_eq!(fcr["status"], "green");
    assert_eq!(
        fcr["by_month"],
        serde_json::json!(["90.0%", "20.0%", "75.0%"])
    );
    // Q2: 210 / 300 = 70% → change +1.4 pts.
    assert!(close(&fcr["previous"], 70.0));
    // Tickets add up: 30 + 20 + 25 = 75. MTTR weighted: (400 + 200 + 400) / 200 = 5 h.
    assert!(close(&by_id(&r["kpis"], "tickets")["value"], 75.0));
    // Its target of 100 a month adds up too: 300 for the quarter (not 75 against 100).
    assert!(close(&by_id(&r["kpis"], "tickets")["target"], 300.0));
    assert_eq!(by_id(&r["kpis"], "tickets")["target_text"], "300");
    // Q2: 40 × 3 = 120. Q3 2025 has no months at all: no data, not a short total.
    assert!(close(&by_id(&r["kpis"], "tickets")["previous"], 120.0));
    assert!(by_id(&r["kpis"], "tickets")["year_ago"].is_null());
    assert!(close(&by_id(&r["kpis"], "mttr")["value"], 5.0));
    // P1: (19 + 18 + 20) / (20 + 20 + 20) = 57 / 60 = 95%: met exactly, though August
    // alone (90%) missed.
    let p1 = by_id(&r["slas"], "p1");
    assert!(close(&p1["attainment"], 0.95));
    assert_eq!(p1["met"], true);
    assert_eq!(p1["by_month"][1]["met"], false);

    let o = qbr(&f, "2026-Q3", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&f.out().join("fixture-qbr-2026-Q3.pdf"));
    for needle in [
        "Quarterly business review",
        "Q3 2026",
        "71.4%",
        "Jul 26",
        "95.0%",
    ] {
        assert!(text.contains(needle), "QBR lacks `{needle}`: {text}");
    }
}

#[test]
fn publish_correct_and_rerender_shows_the_restatement() {
    let f = fixture();
    // Publish Q2 as presented: FCR 210 / 300 = 70.0%.
    let o = qbr(&f, "2026-Q2", &["--publish"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let snap = f.client().join("history/qbr-2026-Q2.json");
    assert!(snap.is_file());
    // Publishing again is refused (exit 2) and writes nothing; --force replaces it.
    let before = std::fs::read(&snap).unwrap();
    let o = qbr(&f, "2026-Q2", &["--publish"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--force"));
    assert_eq!(std::fs::read(&snap).unwrap(), before);
    // Correct May: 40 of 100 first contact instead of 70 → Q2 is now 180 / 300 = 60%.
    std::fs::write(
        f.client().join("periods/2026-05.yaml"),
        "kpis: { fcr: { num: 40, den: 100 }, tickets: 40, mttr: 6 }\nslas: { p1: { met: 10, breached: 0 } }\n",
    )
    .unwrap();
    let o = svcreview(&[
        "evaluate",
        f.client().to_str().unwrap(),
        "--quarter",
        "2026-Q3",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let restated = r["restated"].as_array().unwrap();
    let fcr = restated
        .iter()
        .find(|x| x["name"] == "First-contact resolution")
        .expect("FCR restated");
    assert_eq!(fcr["presented"], "70.0%");
    assert_eq!(fcr["now"], "60.0%");
    let o = qbr(&f, "2026-Q3", &[]);
    assert!(o.status.success());
    let text = pdf_text(&f.out().join("fixture-qbr-2026-Q3.pdf"));
    assert!(
        text.contains("Figures restated since the last review") && text.contains("60.0%"),
        "{text}"
    );
}

#[test]
fn review_notes_are_validated_with_the_rest() {
    let f = fixture();
    std::fs::create_dir_all(f.client().join("reviews")).unwrap();
    std::fs::write(
        f.client().join("reviews/2026-Q3.yaml"),
        "recomendations: [More coffee]\n",
    )
    .unwrap();
    let e = f.validate_fails();
    assert!(
        e.contains("2026-Q3.yaml:1:1: `recomendations`: unknown field"),
        "{e}"
    );
    assert!(e.contains("did you mean `recommendations`?"), "{e}");
    let o = qbr(&f, "2026-Q3", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!f.out().exists());
}

#[test]
fn a_quarter_needs_all_its_months() {
    let f = fixture();
    std::fs::remove_file(f.client().join("periods/2026-08.yaml")).unwrap();
    let o = qbr(&f, "2026-Q3", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no period file for 2026-08"),
        "{}",
        stderr(&o)
    );
    assert!(!f.out().exists());
}

#[test]
fn sample_qbrs_and_annual_reviews_render() {
    let out = tempfile::tempdir().unwrap();
    for slug in ["riverside-health", "harlow-fenwick", "kessler-precision"] {
        let c = sample().join("clients").join(slug);
        let o = svcreview(&[
            "qbr",
            c.to_str().unwrap(),
            "--quarter",
            "2026-Q3",
            "-o",
            out.path().to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{slug}: {}", stderr(&o));
        let text = pdf_text(&out.path().join(format!("{slug}-qbr-2026-Q3.pdf")));
        // The manufacturer reads German.
        let german = slug == "kessler-precision";
        let title = if german {
            "Quartals-Business-Review"
        } else {
            "Quarterly business review"
        };
        assert!(text.contains(title) && text.contains("Q3 2026"), "{slug}");
        let o = svcreview(&[
            "annual",
            c.to_str().unwrap(),
            "--year",
            "2025",
            "-o",
            out.path().to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{slug}: {}", stderr(&o));
        let pdf = out.path().join(format!("{slug}-annual-2025.pdf"));
        let text = pdf_text(&pdf);
        let (title, grid) = if german {
            (
                "Jahres-Review und Vertragsverlängerung",
                "SLA-Ergebnisse nach Monaten",
            )
        } else {
            ("Annual review and renewal", "SLA results month by month")
        };
        assert!(text.contains(title) && text.contains(grid), "{slug}");
        // PDF/A-2b: the XMP metadata declares part 2, conformance B.
        let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
        assert!(
            raw.contains("<pdfaid:part>2</pdfaid:part>")
                && raw.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
            "{slug}: not PDF/A-2b"
        );
        // The renewal pack's deck is a record too.
        let o = svcreview(&[
            "annual",
            c.to_str().unwrap(),
            "--year",
            "2025",
            "--format",
            "deck",
            "-o",
            out.path().to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{slug}: {}", stderr(&o));
        let deck = out.path().join(format!("{slug}-annual-2025-deck.pdf"));
        let raw = String::from_utf8_lossy(&std::fs::read(&deck).unwrap()).into_owned();
        assert!(
            raw.contains("<pdfaid:part>2</pdfaid:part>"),
            "{slug}: the deck is not PDF/A-2b"
        );
    }
    // The law firm's QBR carries the SDM's recommendations.
    let text = pdf_text(&out.path().join("harlow-fenwick-qbr-2026-Q3.pdf"));
    assert!(text.contains("Extend the Tier 1 knowledge base"), "{text}");
}

#[test]
fn a_qbr_as_a_slide_deck() {
    let f = fixture();
    let o = qbr(&f, "2026-Q3", &["--format", "deck"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = f.out().join("fixture-qbr-2026-Q3-deck.pdf");
    let text = pdf_text(&pdf);
    assert!(
        text.contains("71.4%") && text.contains("First-contact resolution"),
        "{text}"
    );
    // Every page is 16:9 (typst's presentation-16-9: 841.89 x 473.56 pt).
    let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    let boxes: Vec<(f64, f64)> = raw
        .split("MediaBox[0 0 ")
        .skip(1)
        .map(|rest| {
            let mut it = rest.split([' ', ']']).map(|x| x.parse::<f64>().unwrap());
            (it.next().unwrap(), it.next().unwrap())
        })
        .collect();
    assert!(boxes.len() > 5);
    assert!(
        boxes.iter().all(|(w, h)| (w / h - 16.0 / 9.0).abs() < 1e-3),
        "{boxes:?}"
    );
}

#[test]
fn the_renewal_pack_follows_the_contract_year() {
    // Kessler's contract starts in November: contract year 2025 = Nov 2025 – Oct 2026.
    // Contract ends 31 Dec 2026, 60 days' notice → deadline 1 November 2026, one day
    // after the period. July's ERP credit: 5% of EUR 24,500 = EUR 1,225.00.
    let c = sample().join("clients/kessler-precision");
    let out = tempfile::tempdir().unwrap();
    let o = svcreview(&[
        "annual",
        c.to_str().unwrap(),
        "--year",
        "2025",
        "--contract-year",
        "-o",
        out.path().to_str().unwrap(),
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            out.path()
                .join("kessler-precision-annual-2025-11_2026-10.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(r["period"]["id"], "2025-11..2026-10");
    // The manufacturer is German (de-DE): dates and money as German writes them.
    assert_eq!(r["contract"]["notice_deadline_text"], "1. November 2026");
    assert_eq!(r["contract"]["days_to_notice_deadline"], 1);
    assert_eq!(r["contract"]["credits_text"], "1.225,00\u{a0}€");
    let text = pdf_text(
        &out.path()
            .join("kessler-precision-annual-2025-11_2026-10.pdf"),
    );
    assert!(
        text.contains("Verlängerung um drei Jahre") && text.contains("1. November 2026"),
        "{text}"
    );
}
