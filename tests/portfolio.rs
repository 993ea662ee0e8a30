//! `svcreview portfolio`: every client of a workspace at once, figures worked out by
//! hand from the sample clients' files (the PINNED figures of
//! sample-data/generate.py).
use super::*;

/// A client that started in February 2025 has its 2025 reviewed from February (no
/// January file needed), in its annual review and in the portfolio of the year; a
/// period with no client under contract (a mistyped year) fails the run.
#[test]
fn contracts_starting_within_the_period_and_none_at_all() {
    let out = tempfile::tempdir().unwrap();
    let o = svcreview(&[
        "annual",
        sample().join("clients/alder-finch").to_str().unwrap(),
        "--year",
        "2025",
        "-o",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ws = sample();
    for period in [&["--year", "2025"][..], &["--period", "2062-10"][..]] {
        let mut args = vec!["portfolio", ws.to_str().unwrap(), "-o"];
        args.push(out.path().to_str().unwrap());
        args.extend_from_slice(period);
        let o = svcreview(&args);
        let err = stderr(&o);
        if period[0] == "--year" {
            assert!(o.status.success(), "{err}");
            assert!(err.contains("7 client(s) reviewed, 0 failed"), "{err}");
        } else {
            assert_eq!(o.status.code(), Some(1), "{err}");
            assert!(
                err.contains("no client is under contract in this period"),
                "{err}"
            );
        }
    }
}

/// A reporting currency without a rate for a client's currency, or with a rate that
/// is not a positive number: an error at its line in provider.yaml, with the fix, and
/// nothing written.
#[test]
fn reporting_rates_are_checked() {
    let t = tempfile::tempdir().unwrap();
    let ws = t.path();
    std::fs::create_dir_all(ws.join("clients")).unwrap();
    for slug in ["harlow-fenwick", "kessler-precision"] {
        let status = Command::new("cp")
            .arg("-r")
            .arg(sample().join("clients").join(slug))
            .arg(ws.join("clients").join(slug))
            .status()
            .unwrap();
        assert!(status.success());
    }
    let provider = |reporting: &str| {
        std::fs::write(
            ws.join("provider.yaml"),
            format!("name: Northgate\nlocale: en-GB\n{reporting}\n"),
        )
        .unwrap();
    };
    let out = ws.join("out");
    let run = || {
        svcreview(&[
            "portfolio",
            ws.to_str().unwrap(),
            "--period",
            "2026-10",
            "-o",
            out.to_str().unwrap(),
        ])
    };
    // Kessler's fee is in EUR; only USD has a rate.
    provider("reporting: { currency: GBP, rates: { USD: 0.76 } }");
    let o = run();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("provider.yaml:3"), "{err}");
    assert!(err.contains("no rate into GBP for EUR"), "{err}");
    assert!(err.contains("`EUR: 0.86`"), "{err}");
    assert!(!out.exists(), "nothing is written");
    // A negative rate: validate and portfolio both name the field.
    provider("reporting: { currency: GBP, rates: { EUR: -0.87 } }");
    for o in [run(), svcreview(&["validate", ws.to_str().unwrap()])] {
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("reporting.rates.EUR"), "{err}");
        assert!(err.contains("is not a positive number"), "{err}");
    }
    assert!(!out.exists(), "nothing is written");
    // With the rate, the totals are in GBP: £18,500 + €24,500 × 0.87 = £39,815.
    provider("reporting: { currency: GBP, rates: { EUR: 0.87 } }");
    let o = run();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&out.join("portfolio-2026-10.pdf"));
    assert!(text.contains("£39,815.00"), "{text}");
    assert!(text.contains("Converted at 1 EUR = £0.87."), "{text}");
}

#[test]
fn the_portfolio_of_october_by_hand() {
    let ws = tempfile::tempdir().unwrap();
    for e in walkdir::WalkDir::new(sample()) {
        let e = e.unwrap();
        let to = ws.path().join(e.path().strip_prefix(sample()).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
    let clients = ws.path().join("clients");
    // A client whose client.yaml is wrong: listed as failed, never left out.
    std::fs::create_dir_all(clients.join("broken-co")).unwrap();
    std::fs::write(
        clients.join("broken-co/client.yaml"),
        "client: { name: Broken Co, timezone: Europe/London }\ncontrakt: {}\n",
    )
    .unwrap();
    let out = ws.path().join("out");
    let o = svcreview(&[
        "portfolio",
        ws.path().to_str().unwrap(),
        "--period",
        "2026-10",
        "--json",
        "-o",
        out.to_str().unwrap(),
    ]);
    // Everything is written, and the failed client fails the run (as in a batch).
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let p: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("portfolio-2026-10.json")).unwrap())
            .unwrap();
    let by_currency = |list: &str, cur: &str| -> serde_json::Value {
        p[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["currency"] == cur)
            .unwrap_or_else(|| panic!("no {cur} in {list}"))
            .clone()
    };
    let close = |v: &serde_json::Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-9;
    // GBP MRR on 30 Sept: Harlow £18,500 + Marlow & Cole £9,200 = £27,700; on 31 Oct
    // Harlow £18,500 + Brightwater (new on 1 Oct) £6,400 = £24,900. Churn £9,200.
    // GRR = NRR = (27,700 − 9,200) / 27,700 = 0.6679; per client 24,900 / 2 = 12,450.
    let gbp = by_currency("revenue", "GBP");
    assert_eq!(
        (gbp["mrr"].as_f64(), gbp["mrr_before"].as_f64()),
        (Some(24900.0), Some(27700.0))
    );
    assert_eq!(
        (gbp["new"].as_f64(), gbp["churned"].as_f64()),
        (Some(6400.0), Some(9200.0))
    );
    assert!(close(&gbp["grr"], 18500.0 / 27700.0) && close(&gbp["nrr"], 18500.0 / 27700.0));
    assert_eq!(gbp["arpc"], 12450.0);
    // EUR on 30 Sept: Kessler 24,500 + Durand 14,000 + Van Dijk 11,000 = 49,500; on
    // 31 Oct 24,500 + 12,600 + 12,500 = 49,600: expansion 1,500, contraction 1,400.
    // GRR = (49,500 − 1,400) / 49,500 = 0.9717; NRR = 49,600 / 49,500 = 1.0020.
    let eur = by_currency("revenue", "EUR");
    assert_eq!(
        (eur["expansion"].as_f64(), eur["contraction"].as_f64()),
        (Some(1500.0), Some(1400.0))
    );
    assert!(close(&eur["grr"], 48100.0 / 49500.0) && close(&eur["nrr"], 49600.0 / 49500.0));
    // USD: Riverside $42,000 and Alder & Finch $15,800, flat; never added to GBP.
    let usd = by_currency("revenue", "USD");
    assert_eq!(
        (usd["mrr"].as_f64(), usd["nrr"].as_f64()),
        (Some(57800.0), Some(1.0))
    );
    // In GBP at 1 EUR = £0.87 and 1 USD = £0.76 (provider.yaml): now 24,900 +
    // 43,152 + 43,928 = 111,980; then 27,700 + 43,065 + 43,928 = 114,693. GRR =
    // (114,693 − 1,218 − 9,200) / 114,693 = 0.9092; NRR = (114,693 + 1,305 − 1,218
    // − 9,200) / 114,693 = 0.9205; per client 111,980 / 7 = 15,997.14.
    let conv = &p["converted"]["revenue"];
    assert!(close(&conv["mrr"], 111980.0) && close(&conv["mrr_before"], 114693.0));
    assert!(close(&conv["grr"], 104275.0 / 114693.0) && close(&conv["nrr"], 105580.0 / 114693.0));
    assert_eq!(conv["clients"], 7);
    // Credits: Alder & Finch's WMS uptime 99.73% < 99.9% → 5% of $15,800 = $790 this
    // month; Kessler's €1,225 of July is the year's. In GBP: 790 × 0.76 = 600.40;
    // year 600.40 + 1,225 × 0.87 = 1,666.15.
    let usd = by_currency("credits", "USD");
    assert_eq!(
        (usd["period"].as_f64(), usd["ytd"].as_f64()),
        (Some(790.0), Some(790.0))
    );
    let eur = by_currency("credits", "EUR");
    assert_eq!(
        (eur["period"].as_f64(), eur["ytd"].as_f64()),
        (Some(0.0), Some(1225.0))
    );
    let conv = &p["converted"]["credits"];
    assert!(close(&conv["period"], 600.4) && close(&conv["ytd"], 1666.15));
    // Renewals from 31 Oct to 31 Oct 2027: Kessler ends 31 Dec with 60 days' notice
    // (deadline 1 Nov: 1 day), Alder & Finch 31 Jan with 90 (2 Nov: 2 days), Harlow
    // 31 Mar with 90 (31 Dec: 61 days): urgent, by deadline. Then by end: Van Dijk
    // 31 May with 60 (1 Apr: 152 days), Riverside 30 Jun with 120 (2 Mar: 122).
    // Atelier Durand (2027-12-31) and Brightwater (2029) end beyond 12 months;
    // Marlow & Cole ended on 30 September.
    let renewals: Vec<(String, i64, bool)> = p["renewals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["slug"].as_str().unwrap().to_string(),
                r["days_to_notice"].as_i64().unwrap(),
                r["urgent"].as_bool().unwrap(),
            )
        })
        .collect();
    let expect = [
        ("kessler-precision", 1, true),
        ("alder-finch", 2, true),
        ("harlow-fenwick", 61, true),
        ("van-dijk-logistiek", 152, false),
        ("riverside-health", 122, false),
    ];
    assert_eq!(renewals, expect.map(|(s, d, u)| (s.to_string(), d, u)),);
    assert_eq!(p["renewals"][1]["annual_value"], 189600.0);
    // Risk (3 a missed SLA, 2 a red KPI, 1 an amber one, 2 a credit, 1 a worsened
    // survey KPI, 1 an overdue action): Alder & Finch 3 + 1 (patch compliance
    // 93.1% amber) + 2 = 6; Harlow 3 (P3 resolution) + 1 (NPS amber) + 1 (NPS
    // worse) = 5; Riverside 2 (CSAT red) + 1 + 1 + 1 (overdue CSI-21) = 5; Kessler
    // 2 + 1 + 1 = 4; Van Dijk 2 (backups 96.5% red) + 1 (VDL-CSI-2 overdue) = 3;
    // Durand 1 (CSAT 86.7% amber) + 1 (worse than 92.9%) = 2; Brightwater 0.
    let risk: Vec<(String, u64)> = p["risk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["slug"].as_str().unwrap().to_string(),
                r["score"].as_u64().unwrap(),
            )
        })
        .collect();
    let expect = [
        ("alder-finch", 6),
        ("harlow-fenwick", 5),
        ("riverside-health", 5),
        ("kessler-precision", 4),
        ("van-dijk-logistiek", 3),
        ("atelier-durand", 2),
        ("brightwater-dental", 0),
    ];
    assert_eq!(risk, expect.map(|(s, n)| (s.to_string(), n)));
    assert_eq!(
        p["risk"][0]["slas_missed"],
        serde_json::json!(["WMS uptime"])
    );
    // CSAT pooled: 27/30 (Harlow) + 31/38 (Riverside) + 10/14 (Kessler) + 18/20
    // (Alder) + 11/12 (Brightwater) + 13/15 (Durand) + 9/10 (Van Dijk) = 119 of
    // 139. NPS: Harlow 9 − 3 of 16, Brightwater 7 − 1 of 10, Van Dijk 7 − 1 of 10:
    // 18 of 36 = 50. Tickets (Harlow and Riverside only) 489 + 387 in October,
    // 383 + 397 in September.
    let csat = &p["pooled"]["csat"];
    assert!(close(&csat["value"], 119.0 / 139.0) && csat["responses"] == 139);
    assert_eq!(
        p["pooled"]["nps"],
        serde_json::json!({"value": 50.0, "responses": 36})
    );
    assert_eq!(
        (
            p["pooled"]["tickets"].as_u64(),
            p["pooled"]["tickets_before"].as_u64()
        ),
        (Some(876), Some(780))
    );
    // Beyond the contract: Harlow 252 − 240 = 12 devices, Alder & Finch 192 − 180 =
    // 12 and 158 − 150 = 8 users, Brightwater 74 − 70 = 4 users: 24 and 12.
    assert_eq!(
        (
            p["pooled"]["devices_not_covered"].as_u64(),
            p["pooled"]["users_not_covered"].as_u64()
        ),
        (Some(24), Some(12))
    );
    // The failed client is listed with its error; the churned one is not a failure.
    let failed = p["failed"].as_array().unwrap();
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0]["name"], "broken-co");
    assert!(
        failed[0]["error"].as_str().unwrap().contains("contrakt"),
        "{failed:?}"
    );
    assert!(stderr(&o).contains("failed   broken-co"), "{}", stderr(&o));
    // The PDF shows the same figures, in the provider's locale (en-GB): retention
    // to one decimal, the churned £9,200.00 as −£9,200.00, the changes of the
    // pinned surveys as the difference of the shown figures (83.3% → 90.0%: +6.7
    // pts; 92.9% → 86.7%: −6.2 pts; NPS 37.5 shown 38 → 60: +22).
    let text = pdf_text(&out.join("portfolio-2026-10.pdf"));
    for figure in [
        "Portfolio review",
        "October 2026",
        "Gross retention 97.2% 66.8% 100.0% 90.9%",
        "Net retention 100.2% 66.8% 100.0% 92.1%",
        "Monthly recurring revenue €49,600.00 £24,900.00 US$57,800.00 £111,980.00",
        "September 2026 €49,500.00 £27,700.00 US$57,800.00 £114,693.00",
        "Converted at 1 EUR = £0.87 and 1 USD = £0.76, the rates of 30 October 2026.",
        "Total in GBP £600.40 £1,666.15",
        "-£9,200.00",
        "Marlow & Cole Solicitors £9,200.00 – Churned",
        "Brightwater Dental Group Ltd – £6,400.00 New",
        "Atelier Durand SAS €14,000.00 €12,600.00 Contraction",
        "2 days from the end of the period",
        "SLA missed: WMS uptime; KPI amber: Patch compliance; service credit of US$790.00",
        "Alder & Finch Logistics Inc. 90.0% (20) ▲ +6.7 points",
        "Atelier Durand SAS 86.7% (15) ▼ -6.2 points",
        "60 (10) ▲ +22",
        "All clients 85.6% (139)",
        "876 780",
        "Alder & Finch Logistics Inc. 192 180 12 158 150 8",
        "All clients 24 12",
        "Clients not reviewed: their data failed Client",
        "`contrakt`: unknown field `contrakt`",
    ] {
        assert!(text.contains(figure), "`{figure}` not in: {text}");
    }
    // The same figures as a 16:9 deck, next to the report.
    let o = svcreview(&[
        "portfolio",
        ws.path().to_str().unwrap(),
        "--period",
        "2026-10",
        "--format",
        "deck",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let deck = pdf_text(&out.join("portfolio-2026-10-deck.pdf"));
    for figure in [
        "At a glance",
        "£111,980.00",
        "Total in GBP: £600.40",
        "Fees that changed",
        "Van Dijk Logistiek B.V. €11,000.00 €12,500.00 Expansion",
        "Net retention 100.2% 66.8% 100.0% 92.1%",
        "2 days from the end of the period",
        "All clients 24 12",
        "`contrakt`: unknown field `contrakt`",
    ] {
        assert!(deck.contains(figure), "`{figure}` not in the deck: {deck}");
    }
    assert!(out.join("portfolio-2026-10.pdf").exists());
    // A batch with --portfolio writes the same portfolio from the reviews it
    // rendered: Marlow & Cole is skipped (its contract ended), churned, not failed,
    // as above; Broken Co fails in both.
    let batch_out = ws.path().join("batch");
    let o = svcreview(&[
        "batch",
        ws.path().to_str().unwrap(),
        "--kind",
        "monthly",
        "--period",
        "2026-10",
        "--portfolio",
        "-o",
        batch_out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let from_batch = pdf_text(&batch_out.join("portfolio-2026-10.pdf"));
    // Only the failed client's error differs: the batch's message is its render's.
    let cut = |t: &str| t[..t.find("Clients not reviewed").unwrap()].to_string();
    assert_eq!(cut(&from_batch), cut(&text));
    let manifest = std::fs::read_to_string(batch_out.join("manifest.json")).unwrap();
    assert!(!manifest.contains("\"facts\""), "{manifest}");
    assert!(manifest.contains("portfolio-2026-10.pdf"), "{manifest}");
    let m: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(
        (
            m["ok"].as_u64(),
            m["failed"].as_u64(),
            m["skipped"].as_u64()
        ),
        (Some(7), Some(1), Some(1))
    );
    let marlow = m["clients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client"] == "marlow-cole")
        .unwrap();
    assert_eq!(marlow["status"], "skipped");
    assert!(
        marlow["note"]
            .as_str()
            .unwrap()
            .contains("2024-10-01 to 2026-09-30"),
        "{marlow}"
    );
    // Not with each client's contract year, nor one shard of the clients.
    for extra in [&["--contract-year"][..], &["--shard", "1/2"][..]] {
        let mut args = vec![
            "batch",
            ws.path().to_str().unwrap(),
            "--kind",
            "annual",
            "--year",
            "2026",
            "--portfolio",
        ];
        args.extend_from_slice(extra);
        let o = svcreview(&args);
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {}", stderr(&o));
    }
}
