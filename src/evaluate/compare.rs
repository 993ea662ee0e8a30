//! What changed in the figures between two evaluated reviews: a published snapshot
//! against the review evaluated now (`svcreview diff`), or one render against the next
//! (`--watch`). Both sides are read as the JSON a Review serialises to, so a snapshot
//! written by an earlier version compares as long as it has the fields.
//!
//! A figure is compared in the form the reader sees (`value_text`, `attainment_text`,
//! the RAG status), so a change below the shown precision is no change, and every
//! change listed is one a reader of the two documents would see.

use serde_json::Value;

/// One figure that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What the figure belongs to: `CSF`, `KPI`, `SLA`, `Survey`, `Tickets`, `Credits`.
    pub section: &'static str,
    /// The CSF, KPI or SLA name (or the survey or ticket figure).
    pub name: String,
    /// Which of its figures: `value`, `target`, `status`, `attainment`, `credit`.
    pub figure: &'static str,
    /// Before (none: the figure was not there).
    pub before: Option<String>,
    /// After.
    pub after: Option<String>,
}

/// The figures of `before` and `after` that differ, in the order of the review (CSFs,
/// KPIs, SLAs, surveys, tickets, credits), each list in the order of `after` with what
/// only `before` had at its end.
pub fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    by_id(
        &mut out,
        "CSF",
        &before["csfs"],
        &after["csfs"],
        &[("status", status)],
    );
    by_id(
        &mut out,
        "KPI",
        &before["kpis"],
        &after["kpis"],
        &[
            ("value", |v| string(&v["value_text"])),
            ("target", |v| string(&v["target_text"])),
            ("status", status),
        ],
    );
    by_id(
        &mut out,
        "SLA",
        &before["slas"],
        &after["slas"],
        &[
            ("attainment", |v| string(&v["attainment_text"])),
            ("status", sla_status),
            ("credit", credit),
        ],
    );
    for (key, name) in [("csat", "CSAT"), ("nps", "NPS"), ("ces", "CES")] {
        push(
            &mut out,
            "Survey",
            name,
            "value",
            string(&before["surveys"][key]["text"]),
            string(&after["surveys"][key]["text"]),
        );
    }
    for (key, name) in [
        ("opened_text", "opened"),
        ("closed_text", "resolved"),
        ("backlog_text", "backlog"),
    ] {
        push(
            &mut out,
            "Tickets",
            name,
            "value",
            string(&before["tickets"][key]),
            string(&after["tickets"][key]),
        );
    }
    push(
        &mut out,
        "Credits",
        "total",
        "value",
        string(&before["summary"]["credits_total_text"]),
        string(&after["summary"]["credits_total_text"]),
    );
    out
}

type Figure = fn(&Value) -> Option<String>;

fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn status(v: &Value) -> Option<String> {
    string(&v["status"])
}

fn sla_status(v: &Value) -> Option<String> {
    v["met"]
        .as_bool()
        .map(|m| if m { "met" } else { "missed" }.to_string())
}

fn credit(v: &Value) -> Option<String> {
    string(&v["credit"]["text"])
}

/// Compares two lists of items with ids (KPIs, SLAs, CSFs) figure by figure.
fn by_id(
    out: &mut Vec<Change>,
    section: &'static str,
    before: &Value,
    after: &Value,
    figures: &[(&'static str, Figure)],
) {
    let empty = Vec::new();
    let before = before.as_array().unwrap_or(&empty);
    let after = after.as_array().unwrap_or(&empty);
    let find = |list: &[Value], id: &Value| list.iter().find(|x| &x["id"] == id).cloned();
    let name = |x: &Value| {
        string(&x["name"])
            .or_else(|| string(&x["id"]))
            .unwrap_or_default()
    };
    for a in after {
        let b = find(before, &a["id"]).unwrap_or(Value::Null);
        for (figure, get) in figures {
            push(out, section, &name(a), figure, get(&b), get(a));
        }
    }
    for b in before {
        if find(after, &b["id"]).is_none() {
            for (figure, get) in figures {
                push(out, section, &name(b), figure, get(b), None);
            }
        }
    }
}

fn push(
    out: &mut Vec<Change>,
    section: &'static str,
    name: &str,
    figure: &'static str,
    before: Option<String>,
    after: Option<String>,
) {
    if before != after {
        out.push(Change {
            section,
            name: name.to_string(),
            figure,
            before,
            after,
        });
    }
}

/// The changes as a table for the terminal, under a header naming both sides:
///
/// ```text
///                                        October 2026, then  October 2026, now
/// KPI  First-contact resolution  value   78.4%               79.0%
/// ```
pub fn table(changes: &[Change], before: &str, after: &str) -> String {
    let dash = "-".to_string();
    let rows: Vec<[String; 5]> = changes
        .iter()
        .map(|c| {
            [
                c.section.to_string(),
                c.name.clone(),
                c.figure.to_string(),
                c.before.clone().unwrap_or_else(|| dash.clone()),
                c.after.clone().unwrap_or_else(|| dash.clone()),
            ]
        })
        .collect();
    let header = [
        String::new(),
        String::new(),
        String::new(),
        before.to_string(),
        after.to_string(),
    ];
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut s = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            if i < 4 {
                line.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
            }
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn review(fcr: &str, fcr_status: &str, p1: &str, met: bool, csat: Option<&str>) -> Value {
        json!({
            "csfs": [{ "id": "reliable", "name": "Reliable IT", "status": fcr_status }],
            "kpis": [
                { "id": "fcr", "name": "First-contact resolution", "value_text": fcr, "status": fcr_status },
                { "id": "backup", "name": "Backup success", "value_text": "99.4%", "status": "green" }
            ],
            "slas": [{ "id": "p1", "name": "P1 response", "attainment_text": p1, "met": met, "credit": null }],
            "surveys": { "csat": csat.map(|t| json!({ "text": t })), "nps": null, "ces": null },
            "tickets": null,
            "summary": { "credits_total_text": null }
        })
    }

    #[test]
    fn the_same_review_has_no_changes() {
        let r = review("78.4%", "green", "100.0%", true, Some("90.0%"));
        assert!(changes(&r, &r).is_empty());
    }

    #[test]
    fn changed_figures_are_listed_in_the_reviews_order() {
        let before = review("78.4%", "green", "100.0%", true, Some("90.0%"));
        let after = review("74.0%", "amber", "93.3%", false, None);
        let got: Vec<String> = changes(&before, &after)
            .iter()
            .map(|c| {
                format!(
                    "{} {} {}: {:?} -> {:?}",
                    c.section, c.name, c.figure, c.before, c.after
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                r#"CSF Reliable IT status: Some("green") -> Some("amber")"#,
                r#"KPI First-contact resolution value: Some("78.4%") -> Some("74.0%")"#,
                r#"KPI First-contact resolution status: Some("green") -> Some("amber")"#,
                r#"SLA P1 response attainment: Some("100.0%") -> Some("93.3%")"#,
                r#"SLA P1 response status: Some("met") -> Some("missed")"#,
                r#"Survey CSAT value: Some("90.0%") -> None"#,
            ]
        );
    }

    #[test]
    fn an_item_on_one_side_only_is_a_change_of_each_figure() {
        let before = review("78.4%", "green", "100.0%", true, None);
        let mut after = before.clone();
        after["kpis"].as_array_mut().unwrap().remove(1);
        after["slas"].as_array_mut().unwrap().push(
            json!({ "id": "p2", "name": "P2 response", "attainment_text": "96.0%", "met": true }),
        );
        let c = changes(&before, &after);
        assert_eq!(c.len(), 4, "{c:#?}");
        // KPIs before SLAs: the KPI gone (both its figures), then the SLA that is new.
        assert_eq!(
            (c[0].name.as_str(), c[0].figure),
            ("Backup success", "value")
        );
        assert_eq!(
            (c[0].before.as_deref(), c[0].after.as_deref()),
            (Some("99.4%"), None)
        );
        assert_eq!(
            (c[1].figure, c[1].before.as_deref()),
            ("status", Some("green"))
        );
        assert_eq!(
            (c[2].name.as_str(), c[2].before.as_deref()),
            ("P2 response", None)
        );
        assert_eq!(c[2].after.as_deref(), Some("96.0%"));
        assert_eq!(
            (c[3].figure, c[3].after.as_deref()),
            ("status", Some("met"))
        );
    }

    #[test]
    fn the_table_aligns_its_columns() {
        let before = review("78.4%", "green", "100.0%", true, None);
        let after = review("79.0%", "green", "100.0%", true, None);
        let t = table(&changes(&before, &after), "presented", "now");
        assert_eq!(
            t,
            "                                      presented  now\n\
             KPI  First-contact resolution  value  78.4%      79.0%\n"
        );
    }
}
