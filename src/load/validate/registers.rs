//! Checks of what the SDM keeps beside the figures: a period file's events, risk
//! register and roadmap; the client's lifecycle policy and downtime costs; an annual
//! review's renewal proposal. Every problem names its field and the fix.

use std::collections::HashMap;

use super::unknown_id;
use crate::error::Problems;
use crate::load::yaml::YamlDoc;
use crate::model::{ClientDef, Month, PeriodData, RenewalProposal};

/// Ids listed twice in one register.
fn duplicates<'a>(
    list: &str,
    ids: impl Iterator<Item = &'a str>,
    doc: &YamlDoc,
    problems: &mut Problems,
) {
    let mut seen = HashMap::new();
    for (i, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id, i) {
            problems.push(
                doc.problem(
                    &format!("{list}[{i}].id"),
                    format!("duplicate id `{id}` (also {list}[{first}])"),
                )
                .with_hint(format!("each entry appears once in `{list}`")),
            );
        }
    }
}

/// A period file's events: in the file's month, answered by actions of its register.
pub(crate) fn events(
    data: &PeriodData,
    month: Option<Month>,
    doc: &YamlDoc,
    problems: &mut Problems,
) {
    let actions: Vec<&str> = data.actions.iter().map(|a| a.id.as_str()).collect();
    for (i, e) in data.events.iter().enumerate() {
        let base = format!("events[{i}]");
        if let Some(m) = month
            && !m.contains(e.date.0)
        {
            problems.push(
                doc.problem(
                    &format!("{base}.date"),
                    format!("{} is not in {m}", e.date.0),
                )
                .with_hint(format!(
                    "an event goes in the period file of the month it began, periods/{}.yaml",
                    Month::of(e.date.0)
                )),
            );
        }
        if e.title.trim().is_empty() {
            problems.push(doc.problem(&format!("{base}.title"), "an event needs a title"));
        }
        for (j, a) in e.actions.iter().enumerate() {
            if !actions.contains(&a.as_str()) {
                let (m, _) = unknown_id("action", a, &actions);
                problems.push(
                    doc.problem(&format!("{base}.actions[{j}]"), m)
                        .with_hint("list the action in this file's `actions:` register (its state at the end of the month)"),
                );
            }
        }
    }
}

/// A period file's risk register: scores 1–5, ids once, closed risks dated.
pub(crate) fn risks(data: &PeriodData, doc: &YamlDoc, problems: &mut Problems) {
    duplicates(
        "risks",
        data.risks.iter().map(|r| r.id.as_str()),
        doc,
        problems,
    );
    for (i, r) in data.risks.iter().enumerate() {
        for (f, v) in [("likelihood", r.likelihood), ("impact", r.impact)] {
            if !(1..=5).contains(&v) {
                problems.push(
                    doc.problem(
                        &format!("risks[{i}].{f}"),
                        format!("{v} is not on the 1–5 scale"),
                    )
                    .with_hint(format!("score the {f} from 1 (lowest) to 5 (highest)")),
                );
            }
        }
        if let (Some(o), Some(c)) = (r.opened, r.closed)
            && c.0 < o.0
        {
            problems
                .push(doc.problem(&format!("risks[{i}].closed"), "closed before it was opened"));
        }
    }
}

/// A period file's roadmap: ids once, costs 0 or more, links to known risks, CSFs, SLAs
/// and KPIs.
/// `risks_whole`: the file's risk register read without a problem (one that did not is
/// not checked against, so that one typo is one error).
pub(crate) fn initiatives(
    data: &PeriodData,
    def: &ClientDef,
    risks_whole: bool,
    doc: &YamlDoc,
    problems: &mut Problems,
) {
    duplicates(
        "initiatives",
        data.initiatives.iter().map(|r| r.id.as_str()),
        doc,
        problems,
    );
    let risks: Vec<&str> = data.risks.iter().map(|r| r.id.as_str()).collect();
    let csfs: Vec<&str> = def.csfs.iter().map(|c| c.id.as_str()).collect();
    let slas: Vec<&str> = def.slas.iter().map(|s| s.id.as_str()).collect();
    let kpis: Vec<&str> = def.kpis.iter().map(|k| k.id.as_str()).collect();
    for (i, x) in data.initiatives.iter().enumerate() {
        let base = format!("initiatives[{i}]");
        for (f, v) in [("one_off", x.one_off), ("monthly", x.monthly)] {
            if let Some(v) = v
                && !(v.is_finite() && v >= 0.0)
            {
                problems.push(
                    doc.problem(&format!("{base}.{f}"), format!("{v} is not an amount"))
                        .with_hint(
                            "give the cost in the contract's currency, 0 or more, without a symbol",
                        ),
                );
            }
        }
        for (j, r) in x.risks.iter().enumerate() {
            if risks_whole && !risks.contains(&r.as_str()) {
                let (m, _) = unknown_id("risk", r, &risks);
                problems.push(
                    doc.problem(&format!("{base}.risks[{j}]"), m)
                        .with_hint("list the risk in this file's `risks:` register"),
                );
            }
        }
        for (field, what, ids, known) in [
            ("csfs", "CSF", &x.csfs, &csfs),
            ("slas", "SLA", &x.slas, &slas),
            ("kpis", "KPI", &x.kpis, &kpis),
        ] {
            for (j, c) in ids.iter().enumerate() {
                if !known.contains(&c.as_str()) {
                    let (m, h) = unknown_id(what, c, known);
                    problems.push(doc.problem(&format!("{base}.{field}[{j}]"), m).with_hint(h));
                }
            }
        }
    }
}

/// The client's lifecycle policy and the cost of an hour of downtime.
pub(crate) fn client(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    if let Some(l) = &def.lifecycle {
        if l.refresh.is_empty() {
            problems.push(
                doc.problem("lifecycle.refresh", "no refresh policy")
                    .with_hint("give each device type its years and price, e.g. `laptop: { years: 4, price: 1150 }`"),
            );
        }
        for (t, p) in &l.refresh {
            if !(1..=20).contains(&p.years) {
                problems.push(
                    doc.problem(
                        &format!("lifecycle.refresh.{t}.years"),
                        format!("{} years", p.years),
                    )
                    .with_hint("a device is replaced 1 to 20 years after its purchase"),
                );
            }
            if !(p.price.is_finite() && p.price >= 0.0) {
                problems.push(doc.problem(
                    &format!("lifecycle.refresh.{t}.price"),
                    "must be an amount, 0 or more",
                ));
            }
        }
        if def.contract.fee.is_none() {
            problems.push(
                doc.problem("lifecycle", "the refresh prices have no currency")
                    .with_hint("give the contract a `fee:` with its currency"),
            );
        }
    }
    let services: Vec<&str> = def
        .slas
        .iter()
        .filter_map(|s| s.service.as_deref())
        .collect();
    for (s, v) in &def.contract.downtime_cost_per_hour {
        let field = format!("contract.downtime_cost_per_hour.{s}");
        if !services.contains(&s.as_str()) {
            let (m, h) = unknown_id("service", s, &services);
            problems.push(doc.problem(&field, m).with_hint(h));
        }
        if !(v.is_finite() && *v >= 0.0) {
            problems.push(doc.problem(&field, "must be an amount, 0 or more"));
        }
    }
    if !def.contract.downtime_cost_per_hour.is_empty() && def.contract.fee.is_none() {
        problems.push(
            doc.problem(
                "contract.downtime_cost_per_hour",
                "the costs have no currency",
            )
            .with_hint("give the contract a `fee:` with its currency"),
        );
    }
}

/// An annual review's renewal proposal, against the `contract` it renews (whose fee
/// the proposed one is compared with).
pub(crate) fn renewal(
    r: &RenewalProposal,
    contract: &crate::model::Contract,
    doc: &YamlDoc,
    problems: &mut Problems,
) {
    if contract.fee.is_none() {
        problems.push(
            doc.problem("renewal", "a renewal proposed for a contract without a fee")
                .with_hint(
                    "give the contract's fee in client.yaml (`contract.fee: { monthly: 15800, \
                     currency: USD }`), so that the proposed fee has one to be set against",
                ),
        );
    }
    if !(1..=120).contains(&r.term_months) {
        problems.push(
            doc.problem(
                "renewal.term_months",
                format!("a term of {} months", r.term_months),
            )
            .with_hint("give the proposed term in months, 1 to 120 (e.g. `term_months: 36`)"),
        );
    }
    if !(r.monthly_fee.is_finite() && r.monthly_fee > 0.0) {
        problems.push(
            doc.problem(
                "renewal.monthly_fee",
                format!("{} is not a fee", r.monthly_fee),
            )
            .with_hint(
                "give the proposed monthly fee in the contract's currency, without a symbol",
            ),
        );
    }
}
