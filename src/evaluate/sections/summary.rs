//! The executive summary: counts by status, the biggest changes, the credits and the
//! months that cost them, written as the locale's sentences from the other sections.

use crate::evaluate::Frame;
use crate::review::*;
use crate::text::{Arg, Locale};

fn count(statuses: impl Iterator<Item = Status>) -> StatusCounts {
    let mut c = StatusCounts::default();
    for s in statuses {
        match s {
            Status::Green => c.green += 1,
            Status::Amber => c.amber += 1,
            Status::Red => c.red += 1,
            Status::NoData => c.no_data += 1,
        }
    }
    c
}

/// The biggest movements against the previous period, largest first, ties by KPI order.
fn top_changes(kpis: &[KpiResult]) -> Vec<TopChange> {
    let mut scored: Vec<(f64, usize)> = kpis
        .iter()
        .enumerate()
        .filter(|(_, k)| {
            matches!(
                k.change_direction,
                Some(Direction::Improving | Direction::Worsening)
            )
        })
        .filter_map(|(i, k)| {
            // A change of status outranks any size of change within one; sizes are
            // relative to the larger of target, previous value and the amber band, and
            // at least 1 (so 0 → 1 incident against a target of 0 is not infinite).
            let band = k.warning.map_or(0.0, |w| (w - k.target).abs());
            let scale = k.target.abs().max(k.previous?.abs()).max(band).max(1.0);
            let moved = if k.status != k.previous_status {
                1000.0
            } else {
                0.0
            };
            Some((moved + k.change?.abs() / scale, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, i)| {
            let k = &kpis[i];
            TopChange {
                kpi: k.id.clone(),
                name: k.name.clone(),
                direction: k.change_direction.expect("filtered"),
                arrow: k.change_arrow.unwrap_or(Arrow::Flat),
                from_text: k.previous_text.clone().unwrap_or_default(),
                to_text: k.value_text.clone(),
                change_text: k.change_text.clone().unwrap_or_default(),
                actions: Vec::new(),
                in_notes: false,
                explained_text: None,
            }
        })
        .collect()
}

/// The summary of the evaluated sections.
pub fn build(
    f: &Frame,
    csfs: &[CsfResult],
    kpis: &[KpiResult],
    slas: &[SlaResult],
    actions: &Actions,
    currency: Option<&str>,
    loc: &Locale,
) -> Summary {
    let csf_counts = count(csfs.iter().map(|c| c.status));
    let kpi_counts = count(kpis.iter().map(|k| k.status));
    let missed: Vec<&SlaResult> = slas.iter().filter(|s| s.met == Some(false)).collect();
    let slas_met = slas.iter().filter(|s| s.met == Some(true)).count();
    let slas_no_data = slas.iter().filter(|s| s.met.is_none()).count();
    let top = top_changes(kpis);
    let amounts: Vec<f64> = slas
        .iter()
        .filter_map(|s| s.credit.as_ref()?.amount)
        .collect();
    let credits_total = (!amounts.is_empty()).then(|| amounts.iter().sum::<f64>());
    let credits_total_text = credits_total.map(|t| loc.money(t, 2, currency));
    let longer = f.months.len() > 1;

    let mut sentences = vec![csf_sentence(&csf_counts, csfs.len(), loc)];
    sentences.push(sla_sentence(
        slas,
        &missed,
        slas_met,
        slas_no_data,
        longer,
        loc,
    ));

    sentences.extend(missed_months(slas, loc));
    if let Some(t) = &credits_total_text
        && credits_total.is_some_and(|t| t > 0.0)
    {
        sentences.push(credits_sentence(slas, t, longer, loc));
    }
    sentences.extend(attention(kpis, loc));
    sentences.extend(top.iter().map(|c| change_sentence(c, loc)));
    if actions.new.len() + actions.done.len() + actions.overdue.len() > 0 {
        sentences.push(loc.say(
            "actions-summary",
            &[
                ("new", actions.new.len().into()),
                ("done", actions.done.len().into()),
                ("overdue", actions.overdue.len().into()),
            ],
        ));
    }
    sentences.retain(|s| !s.is_empty());

    Summary {
        decision_sentences: 0,
        csfs: csf_counts,
        kpis: kpi_counts,
        slas_met,
        slas_missed: missed.len(),
        slas_no_data,
        missed: missed.iter().map(|s| s.id.clone()).collect(),
        top_changes: top,
        credits_total,
        credits_total_text,
        sentences,
    }
}

/// An SLA met over a quarter or year can still have missed months: which, with their
/// figures.
fn missed_months(slas: &[SlaResult], loc: &Locale) -> Vec<String> {
    let mut out = Vec::new();
    for s in slas.iter().filter(|s| s.met == Some(true)) {
        let months: Vec<String> = s
            .by_month
            .iter()
            .filter(|m| m.met == Some(false))
            .map(|m| {
                let figure = m.attainment_text.clone().unwrap_or_default();
                loc.say(
                    "with-figure",
                    &[("name", (&m.label).into()), ("figure", figure.into())],
                )
            })
            .collect();
        if months.is_empty() {
            continue;
        }
        out.push(loc.say(
            "missed-months",
            &[
                ("name", (&s.name).into()),
                ("count", months.len().into()),
                ("months", loc.and_list(&months).into()),
            ],
        ));
    }

    out
}

/// The credits due, with the SLA months that earn them.
fn credits_sentence(slas: &[SlaResult], total: &str, longer: bool, loc: &Locale) -> String {
    let items: Vec<String> = slas
        .iter()
        .filter_map(|s| Some((s, s.credit.as_ref()?)))
        .flat_map(|(s, c)| {
            c.months.iter().map(move |m| {
                let mut args = vec![
                    ("name", Arg::from(&s.name)),
                    ("attainment", Arg::from(&m.attainment_text)),
                ];
                if longer {
                    args.push(("month", Arg::from(&m.month)));
                    loc.say("credit-item-month", &args)
                } else {
                    loc.say("credit-item", &args)
                }
            })
        })
        .collect();
    if items.is_empty() {
        loc.say("credits-due", &[("amount", total.into())])
    } else {
        loc.say(
            "credits-due-items",
            &[
                ("amount", total.into()),
                ("items", loc.and_list(&items).into()),
            ],
        )
    }
}

/// The KPIs that need attention, named with their figures, so that a summary of
/// improvements does not read as all good news.
fn attention(kpis: &[KpiResult], loc: &Locale) -> Vec<String> {
    let attention = |status: Status| -> Vec<String> {
        kpis.iter()
            .filter(|k| k.status == status)
            .map(|k| {
                loc.say(
                    "against-target",
                    &[
                        ("name", (&k.name).into()),
                        ("value", (&k.value_text).into()),
                        ("target", (&k.target_text).into()),
                    ],
                )
            })
            .collect()
    };
    let mut out = Vec::new();
    for (status, key) in [
        (Status::Red, "attention-red"),
        (Status::Amber, "attention-amber"),
    ] {
        let named = attention(status);
        if !named.is_empty() {
            out.push(loc.say(key, &[("kpis", loc.and_list(&named).into())]));
        }
    }
    out
}

/// How a KPI moved most: from, to, by how much, better or worse.
fn change_sentence(c: &TopChange, loc: &Locale) -> String {
    let direction = match c.direction {
        Direction::Improving => "improving",
        Direction::Worsening => "worsening",
        _ => "steady",
    };
    loc.say(
        "kpi-change",
        &[
            ("name", (&c.name).into()),
            ("direction", direction.into()),
            ("from", (&c.from_text).into()),
            ("to", (&c.to_text).into()),
            ("change", (&c.change_text).into()),
        ],
    )
}

/// The critical success factors in one sentence: how many are on target, and the rest
/// by status.
fn csf_sentence(c: &StatusCounts, total: usize, loc: &Locale) -> String {
    if total == 0 {
        return loc.say("csfs-none", &[]);
    }
    if c.green == total {
        return loc.say("csfs-all-on-target", &[("total", total.into())]);
    }
    let others: Vec<String> = [
        (c.amber, "csfs-count-amber"),
        (c.red, "csfs-count-red"),
        (c.no_data, "csfs-count-no-data"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| loc.say(key, &[("count", n.into())]))
    .collect();
    let others = loc.and_list(&others);
    if c.green == 0 {
        loc.say(
            "csfs-none-on-target",
            &[("total", total.into()), ("others", others.into())],
        )
    } else {
        loc.say(
            "csfs-some-on-target",
            &[
                ("total", total.into()),
                ("green", c.green.into()),
                ("others", others.into()),
            ],
        )
    }
}

/// The SLAs in one sentence: all met, or how many and which were missed.
fn sla_sentence(
    slas: &[SlaResult],
    missed: &[&SlaResult],
    met: usize,
    no_data: usize,
    longer: bool,
    loc: &Locale,
) -> String {
    if slas.is_empty() {
        return loc.say("slas-none", &[]);
    }
    if met == 0 && missed.is_empty() {
        return loc.say("slas-nothing-measured", &[]);
    }
    if missed.is_empty() {
        return if no_data > 0 {
            loc.say(
                "slas-all-met-some-empty",
                &[("met", met.into()), ("no_data", no_data.into())],
            )
        } else {
            loc.say(
                "slas-all-met",
                &[
                    ("met", met.into()),
                    ("longer", if longer { "yes" } else { "no" }.into()),
                ],
            )
        };
    }
    let names: Vec<String> = missed
        .iter()
        .map(|s| {
            let mut args = vec![
                ("name", (&s.name).into()),
                ("figure", (&s.attainment_text).into()),
            ];
            match &s.tickets_short_text {
                Some(short) => {
                    args.push(("short", short.into()));
                    loc.say("with-figure-short", &args)
                }
                None => loc.say("with-figure", &args),
            }
        })
        .collect();
    loc.say(
        "slas-some-missed",
        &[
            ("met", met.into()),
            ("measured", (met + missed.len()).into()),
            ("missed", loc.and_list(&names).into()),
        ],
    )
}
