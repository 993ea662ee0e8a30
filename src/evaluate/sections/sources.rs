//! About these figures: where each figure of the review comes from (the period files,
//! the ticket exports with rows read and skipped, the calendars, the device list) and
//! the rules that count them, so that an auditor can follow any figure to its source.

use crate::evaluate::{Frame, Inputs};
use crate::review::SourceNote;
use crate::text::Arg;

/// The review's sources and counting rules, in the order the review uses them.
pub fn build(inp: &Inputs, f: &Frame) -> Vec<SourceNote> {
    let loc = inp.locale;
    let def = &inp.client.def;
    let note = |title: &str, text: String| SourceNote {
        title_text: loc.label(title).into(),
        text,
    };
    let have: Vec<String> = f
        .months
        .iter()
        .filter(|m| inp.periods.contains_key(m))
        .map(|m| format!("periods/{m}.yaml"))
        .collect();
    let mut out = vec![note(
        "source_period_files",
        loc.say(
            "source-periods",
            &[
                ("count", Arg::from(have.len())),
                ("total", Arg::from(f.months.len())),
                ("files", loc.and_list(&have).into()),
            ],
        ),
    )];
    if let Some(t) = &def.tickets {
        let files = t.files.to_vec();
        out.push(note(
            "source_tickets",
            loc.say(
                "source-tickets",
                &[
                    ("files", loc.and_list(&files).into()),
                    ("rows", Arg::from(inp.ticket_rows)),
                    ("skipped", Arg::from(inp.skipped_rows.len())),
                    ("timezone", Arg::from(&inp.client.def.client.timezone)),
                ],
            ),
        ));
    }
    for (id, c) in &def.calendars {
        let days: Vec<String> = c.hours.iter().map(|(d, h)| format!("{d} {h}")).collect();
        out.push(SourceNote {
            title_text: format!("{}: {id}", loc.label("source_calendar")),
            text: loc.say(
                "source-calendar",
                &[
                    ("hours", loc.and_list(&days).into()),
                    ("timezone", Arg::from(&c.timezone)),
                    ("holidays", Arg::from(c.holidays.len())),
                ],
            ),
        });
    }
    if let (Some(l), Some(d)) = (&def.lifecycle, inp.devices) {
        out.push(note(
            "source_devices",
            loc.say(
                "source-devices",
                &[
                    ("file", Arg::from(&l.devices)),
                    ("count", Arg::from(d.len())),
                ],
            ),
        ));
    }
    out.push(note("source_rules", loc.say("source-rules", &[])));
    out.push(note("source_terms", terms(inp)));
    out
}

/// The words the review uses that a reader may not know: the priorities (as the PSA
/// names them, where the client maps them), CSI, points, the cut-off, the downtime budget.
fn terms(inp: &Inputs) -> String {
    let loc = inp.locale;
    let mut mapped: Vec<(String, String)> = inp
        .client
        .def
        .tickets
        .iter()
        .flat_map(|t| &t.priorities)
        .map(|(psa, p)| (p.clone(), psa.clone()))
        .collect();
    mapped.sort();
    let priorities: Vec<String> = mapped
        .iter()
        // `P1 - Critical` says itself; `Priority 1 - Emergency Response` is said as P1.
        .map(|(p, psa)| {
            if psa.starts_with(p.as_str()) {
                psa.clone()
            } else {
                format!("{p} = {psa}")
            }
        })
        .collect();
    let mut out = loc.say("source-terms", &[]);
    if !priorities.is_empty() {
        out.push(' ');
        out.push_str(&loc.say(
            "source-priorities",
            &[("priorities", loc.and_list(&priorities).into())],
        ));
    }
    out
}
