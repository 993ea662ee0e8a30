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
