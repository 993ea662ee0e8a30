//! What answers each miss: every SLA missed and every KPI off target over the period,
//! with the actions of the period's CSI register linked to it (an action's `sla:` or
//! `kpi:`) and the roadmap's initiatives that name it (an initiative's `slas:` or
//! `kpis:`). A miss with none says "no action recorded" on the page, so that a missed
//! SLA never sits beside "No actions." unremarked.

use crate::evaluate::actions;
use crate::model::{Action, ActionStatus, Initiative, InitiativeStatus};
use crate::review::{KpiResult, Miss, MissAction, SlaResult, Status, TopChange};
use crate::text::Locale;

/// The period's misses, SLAs first, each in the order of `client.yaml`.
pub fn build(
    slas: &[SlaResult],
    kpis: &[KpiResult],
    register: &[Action],
    roadmap: &[Initiative],
    loc: &Locale,
) -> Vec<Miss> {
    let missed_slas = slas
        .iter()
        .filter(|s| s.met == Some(false))
        .map(|s| ("sla", &s.id, &s.name, &s.attainment_text));
    let red_kpis = kpis
        .iter()
        .filter(|k| k.status == Status::Red)
        .map(|k| ("kpi", &k.id, &k.name, &k.value_text));
    missed_slas
        .chain(red_kpis)
        .map(|(kind, id, name, figure)| Miss {
            kind: kind.into(),
            id: id.clone(),
            name: name.clone(),
            figure_text: figure.clone(),
            actions: answers(register, roadmap, kind, id, loc),
        })
        .collect()
}

/// What answers the SLA or KPI `id`: its actions, then its initiatives.
fn answers(
    register: &[Action],
    roadmap: &[Initiative],
    kind: &str,
    id: &str,
    loc: &Locale,
) -> Vec<MissAction> {
    let acts = answering(register, kind, id).map(|a| MissAction {
        id: a.id.clone(),
        title: a.title.clone(),
        status_text: loc.label(actions::status_key(a.status)).to_string(),
    });
    let plans = roadmap
        .iter()
        .filter(|i| {
            i.status != InitiativeStatus::Declined
                && match kind {
                    "sla" => i.slas.iter().any(|s| s == id),
                    _ => i.kpis.iter().any(|k| k == id),
                }
        })
        .map(|i| MissAction {
            id: i.id.clone(),
            title: i.title.clone(),
            status_text: loc.label(i.status.key()).to_string(),
        });
    acts.chain(plans).collect()
}

/// What explains each of the biggest moves: the actions and initiatives linked to its
/// KPI, and whether the SDM's `notes` of the period (every month's, and what was
/// written for the review) name it. A move nothing explains keeps `explained_text` empty.
pub fn explain_moves(
    moves: &mut [TopChange],
    register: &[Action],
    roadmap: &[Initiative],
    notes: &str,
    loc: &Locale,
) {
    let notes = notes.to_lowercase();
    for m in moves {
        m.actions = answers(register, roadmap, "kpi", &m.kpi, loc);
        m.in_notes = notes.contains(&m.name.to_lowercase());
        let mut why: Vec<String> = m
            .actions
            .iter()
            .map(|a| format!("{} {} ({})", a.id, a.title, a.status_text))
            .collect();
        if m.in_notes {
            why.push(loc.label("in_the_notes").to_string());
        }
        m.explained_text = (!why.is_empty()).then(|| why.join("; "));
    }
}

/// The actions linked to the SLA or KPI `id` itself (`sla:` or `kpi:`). A link to its
/// CSF is not enough: a CSF's other actions (new laptops for "reliable IT") do not
/// answer a missed resolution SLA. Cancelled actions answer nothing.
fn answering<'a>(
    register: &'a [Action],
    kind: &'a str,
    id: &'a str,
) -> impl Iterator<Item = &'a Action> + 'a {
    register.iter().filter(move |a| {
        a.status != ActionStatus::Cancelled
            && match kind {
                "sla" => a.sla.as_deref() == Some(id),
                _ => a.kpi.as_deref() == Some(id),
            }
    })
}
