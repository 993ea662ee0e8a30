//! What `init` writes as an example, still there: its contact (whom the review would be
//! e-mailed to), its note and its figures (which would be presented as the client's).
//! Warnings until changed, naming the file and the field.

use std::collections::BTreeMap;

use crate::error::Problem;
use crate::model::{Client, KpiValue, Month, PeriodData};

/// The example contact's address.
pub const CONTACT: &str = "it.lead@client.example";
/// The example note.
pub const NOTE: &str = "What happened this month, in a sentence or two, for the summary page.";
/// The example figures, by KPI.
pub const FIGURES: [(&str, f64); 2] = [("backup_success", 99.4), ("patch_compliance", 96.1)];

/// The examples left in `client`'s files, of `months` of `periods`.
pub fn left(
    client: &Client,
    periods: &BTreeMap<Month, PeriodData>,
    months: &[Month],
) -> Vec<Problem> {
    let yaml = client.dir.join("client.yaml");
    let mut out: Vec<Problem> = client
        .def
        .contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.email.trim().eq_ignore_ascii_case(CONTACT))
        .map(|(i, c)| {
            Problem {
                field: Some(format!("contacts[{i}].email")),
                ..Problem::file(
                    &yaml,
                    format!(
                        "`{}` is init's example contact: the review would be e-mailed to it",
                        c.email
                    ),
                )
            }
            .with_hint("give the client's contact who reads the review")
        })
        .collect();
    for m in months {
        let Some(d) = periods.get(m) else { continue };
        let file = client.period_path(*m);
        if d.notes.as_deref().is_some_and(|n| n.trim() == NOTE) {
            out.push(
                Problem {
                    field: Some("notes".into()),
                    ..Problem::file(
                        &file,
                        "the notes are still init's example, and would be presented as the month's",
                    )
                }
                .with_hint("write what happened this month, or remove `notes:`"),
            );
        }
        let examples = FIGURES
            .iter()
            .all(|(k, v)| matches!(d.kpis.get(*k), Some(Some(KpiValue::Number(x))) if x == v));
        if examples {
            out.push(
                Problem {
                    field: Some("kpis".into()),
                    ..Problem::file(&file, "the KPI values are still init's examples (99.4 and 96.1), and would be presented as the client's")
                }
                .with_hint("enter the month's figures"),
            );
        }
    }
    out
}
