use super::*;

#[test]
fn the_sample_workspace_is_valid() {
    let o = svcreview(&["validate", sample().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Harlow, Kessler, Riverside: 24 months each; Alder & Finch 21 (from February
    // 2025), Brightwater 1, Marlow & Cole 23 (to September 2026), Durand 22, Van
    // Dijk 24: 72 + 91 = 163.
    assert!(String::from_utf8_lossy(&o.stdout).contains("8 clients, 163 period files"));
}

#[test]
fn law_firm_october_figures() {
    let c = sample().join("clients/harlow-fenwick");
    let r = evaluate(&c, "2026-10");
    // P3 resolution: 379 met, 20 breached, 4 pending → 379/399 = 0.949874…, goal 95%:
    // missed; shown 94.9% (not 95.0%), margin 94.9 − 95 = −0.1 pts.
    let p3 = by_id(&r["slas"], "p3-resolution");
    assert!(close(&p3["attainment"], 379.0 / 399.0));
    assert_eq!(p3["met"], false);
    assert!(close(&p3["goal"], 0.95));
    assert_eq!(p3["counts"]["pending"], 4);
    assert_eq!(p3["attainment_text"], "94.9%");
    // (CLDR's English minus sign is the hyphen-minus.)
    assert_eq!(p3["margin_text"], "-0.1 points");
    // P2 resolution: 47/49 = 95.92% against 90%: met.
    assert_eq!(by_id(&r["slas"], "p2-resolution")["met"], true);
    // CSAT: 18 fives + 9 fours of 30 = 27/30 = 90.0%, exactly the target → green.
    let csat = by_id(&r["kpis"], "csat");
    assert!(close(&csat["value"], 90.0));
    assert_eq!(csat["status"], "green");
    assert_eq!(csat["responses"], 30);
    // NPS: promoters 5 tens + 4 nines = 9, detractors 6, 5, 3 = 3, of 16:
    // (9 − 3) / 16 = 37.5; target 40, warning 30 → amber; shown 38 (0 decimals).
    let nps = by_id(&r["kpis"], "nps");
    assert!(close(&nps["value"], 37.5));
    assert_eq!(nps["status"], "amber");
    // FCR 78.4 against 75 → green; September was 77.4 → +1.0 pts, improving.
    let fcr = by_id(&r["kpis"], "fcr");
    assert_eq!(fcr["status"], "green");
    assert!(close(&fcr["change"], 1.0));
    assert_eq!(fcr["change_direction"], "improving");
    assert_eq!(fcr["change_text"], "+1.0 points");
    // CSF `reliable` holds the missed P3 SLA → red; `tier1` all green.
    assert_eq!(by_id(&r["csfs"], "reliable")["status"], "red");
    assert_eq!(by_id(&r["csfs"], "tier1")["status"], "green");
    assert_eq!(r["summary"]["slas_missed"], 1);

    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&c, "2026-10", out.path()));
    for needle in [
        "Harlow & Fenwick LLP",
        "October 2026",
        "P3 resolution",
        "94.9%",
        "-0.1 points",
        "90.0%",
        "78.4%",
        "CSI-12",
    ] {
        assert!(text.contains(needle), "PDF lacks `{needle}`:\n{text}");
    }
    assert!(
        !text.contains("95.0%"),
        "no figure rounds up across the goal"
    );
}

#[test]
fn manufacturer_outage_and_credit() {
    let c = sample().join("clients/kessler-precision");
    let r = evaluate(&c, "2026-07");
    // July 2026, Europe/Berlin: 31 × 1440 = 44,640 minutes; 240 maintenance, 200 down.
    // (44640 − 240 − 200) / (44640 − 240) = 44200 / 44400 = 0.9954954…: missed 99.9%,
    // not below the 99.5% tier → 5% of EUR 24,500 = EUR 1,225.00. The client is
    // German (de-DE): figures as German writes them.
    let erp = by_id(&r["slas"], "erp-uptime");
    assert!(close(&erp["attainment"], 44200.0 / 44400.0));
    assert_eq!(erp["met"], false);
    assert!(close(&erp["minutes"]["scheduled"], 44640.0));
    assert!(close(&erp["credit"]["amount"], 1225.0));
    // Shown with one decimal more than the 99.9% goal: 99.5495… → 99.55%.
    assert_eq!(erp["attainment_text"], "99,55\u{a0}%");
    assert_eq!(r["summary"]["credits_total_text"], "1.225,00\u{a0}€");

    let out = tempfile::tempdir().unwrap();
    let text = pdf_text(&render(&c, "2026-07", out.path()));
    for needle in [
        "Kessler Precision Manufacturing GmbH",
        "ERP-Verfügbarkeit",
        "1.225,00 €",
        "Verfehlt",
    ] {
        assert!(text.contains(needle), "PDF lacks `{needle}`:\n{text}");
    }

    // October 2026: clocks go back on the 25th → 31 × 1440 + 60 = 44,700 minutes.
    // (44700 − 180 − 22) / (44700 − 180) = 44498 / 44520 = 0.99950584…: met 99.9%;
    // at two decimals (one more than the goal) 99.95%, which a 99.9% goal needs to
    // be told apart from it (at one decimal it was 99.9%, the goal itself).
    let r = evaluate(&c, "2026-10");
    let erp = by_id(&r["slas"], "erp-uptime");
    assert!(close(&erp["minutes"]["scheduled"], 44700.0));
    assert_eq!(erp["met"], true);
    assert_eq!(erp["attainment_text"], "99,95\u{a0}%");
    assert!(erp["credit"].is_null());
}

#[test]
fn missing_values_are_no_data_never_zero() {
    // June 2025: backup_success is `null` in the period file.
    let r = evaluate(&sample().join("clients/kessler-precision"), "2025-06");
    let b = by_id(&r["kpis"], "backup_success");
    assert!(b["value"].is_null());
    assert_eq!(b["status"], "no-data");
    assert_eq!(b["value_text"], "keine Daten");
    // July 2025 has a value but no previous month to compare with.
    let r = evaluate(&sample().join("clients/kessler-precision"), "2025-07");
    let b = by_id(&r["kpis"], "backup_success");
    assert!(b["previous"].is_null() && b["change"].is_null());
    // The first month of data has no history before it: nulls, not zeros.
    let r = evaluate(&sample().join("clients/riverside-health"), "2024-11");
    let fcr = by_id(&r["kpis"], "fcr");
    assert!(fcr["previous"].is_null() && fcr["year_ago"].is_null());
    assert_eq!(
        fcr["history"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| v.is_null())
            .count(),
        11
    );
}

#[test]
fn every_sample_client_renders() {
    let out = tempfile::tempdir().unwrap();
    for (slug, name, summary) in [
        (
            "riverside-health",
            "Riverside Health Partners",
            "Executive summary",
        ),
        (
            "harlow-fenwick",
            "Harlow & Fenwick LLP",
            "Executive summary",
        ),
        (
            "kessler-precision",
            "Kessler Precision Manufacturing GmbH",
            "Management Summary",
        ),
    ] {
        let pdf = render(&sample().join("clients").join(slug), "2026-10", out.path());
        assert_eq!(
            pdf.file_name().unwrap().to_str().unwrap(),
            format!("{slug}-monthly-2026-10.pdf")
        );
        let text = pdf_text(&pdf);
        assert!(text.contains(name), "{slug}: {text}");
        assert!(text.contains(summary), "{slug}: {text}");
    }
    let r = evaluate(&sample().join("clients/riverside-health"), "2026-10");
    // CSI-21 was due 30 September and is still in progress at the end of October:
    // overdue by 31 days.
    let overdue = r["actions"]["overdue"].as_array().unwrap();
    assert_eq!(overdue[0]["id"], "CSI-21");
    assert_eq!(overdue[0]["days_overdue"], 31);
}

#[test]
fn same_input_same_bytes() {
    let c = sample().join("clients/harlow-fenwick");
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let pa = std::fs::read(render(&c, "2026-10", a.path())).unwrap();
    let pb = std::fs::read(render(&c, "2026-10", b.path())).unwrap();
    assert!(pa == pb, "two renders differ");
}
