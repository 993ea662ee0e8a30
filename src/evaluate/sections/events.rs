//! What happened: the events of the period's months (major incidents, notable changes,
//! security events) as a timeline, each with the actions that answer it, and the
//! business impact of the period's unplanned downtime, in hours and, where the client
//! gave the cost of an hour of a service, in money.

use std::collections::BTreeMap;

use crate::evaluate::{Frame, Inputs, actions};
use crate::model::{Action, Event};
use crate::review::{EventView, Impact, ImpactRow, MissAction};
use crate::text::{Arg, Locale};

/// The period's events, oldest first.
pub fn build(inp: &Inputs, f: &Frame, register: &[Action]) -> Vec<EventView> {
    let mut events: Vec<&Event> = f
        .months
        .iter()
        .filter_map(|m| inp.periods.get(m))
        .flat_map(|d| &d.events)
        .collect();
    events.sort_by_key(|e| e.date);
    events
        .into_iter()
        .map(|e| view(e, register, inp.locale))
        .collect()
}

fn view(e: &Event, register: &[Action], loc: &Locale) -> EventView {
    EventView {
        date: e.date.0.to_string(),
        date_text: loc.date(e.date.0),
        kind: e.kind.key().trim_start_matches("event_").into(),
        kind_text: loc.label(e.kind.key()).into(),
        title: e.title.clone(),
        severity: e
            .severity
            .map(|s| s.key().trim_start_matches("severity_").into()),
        severity_text: e.severity.map(|s| loc.label(s.key()).into()),
        services_text: (!e.services.is_empty()).then(|| loc.and_list(&e.services)),
        users_text: e
            .users_affected
            .map(|n| loc.say("users-affected", &[("count", Arg::from(n as usize))])),
        duration_text: e.duration.map(|d| loc.duration(d.minutes as i64 * 60)),
        cause: e.cause.clone(),
        actions: e
            .actions
            .iter()
            .filter_map(|id| register.iter().find(|a| &a.id == id))
            .map(|a| MissAction {
                id: a.id.clone(),
                title: a.title.clone(),
                status_text: loc.label(actions::status_key(a.status)).to_string(),
            })
            .collect(),
    }
}

/// The period's unplanned downtime by service and what it cost; none when no month of
/// the period has availability figures.
pub fn impact(inp: &Inputs, f: &Frame) -> Option<Impact> {
    let mut minutes: BTreeMap<&str, f64> = BTreeMap::new();
    for d in f.months.iter().filter_map(|m| inp.periods.get(m)) {
        for (service, a) in &d.availability {
            *minutes.entry(service).or_default() += a.downtime_minutes;
        }
    }
    if minutes.is_empty() {
        return None;
    }
    let loc = inp.locale;
    let currency = inp.currency();
    let rates = &inp.client.def.contract.downtime_cost_per_hour;
    let rows: Vec<ImpactRow> = minutes
        .iter()
        .map(|(&service, &m)| {
            let rate = rates.get(service).copied();
            let cost = rate.map(|r| cost_of(m, r));
            ImpactRow {
                service: service.into(),
                minutes: m,
                downtime_text: loc.duration((m * 60.0).round() as i64),
                rate_text: rate.map(|r| crate::evaluate::money_text(loc, r, currency)),
                cost,
                cost_text: cost.map(|c| crate::evaluate::money_text(loc, c, currency)),
            }
        })
        .collect();
    let total: f64 = rows.iter().map(|r| r.minutes).sum();
    // Costed only when each service that was down has its cost of an hour.
    let cost: Option<f64> = rows
        .iter()
        .filter(|r| r.minutes > 0.0)
        .map(|r| r.cost)
        .sum::<Option<f64>>()
        .filter(|_| rows.iter().any(|r| r.cost.is_some()));
    let hours_text = loc.duration((total * 60.0).round() as i64);
    let cost_text = cost.map(|c| crate::evaluate::money_text(loc, c, currency));
    let args = [
        ("downtime", Arg::from(&hours_text)),
        ("cost", Arg::from(cost_text.as_deref().unwrap_or(""))),
    ];
    let text = match (&cost_text, total > 0.0) {
        (_, false) => loc.say("impact-none", &[]),
        (Some(_), true) => loc.say("impact-costed", &args),
        (None, true) => loc.say("impact-hours", &args),
    };
    Some(Impact {
        services: rows,
        hours: total / 60.0,
        hours_text,
        cost,
        cost_text,
        text,
    })
}

/// What `minutes` of downtime cost at `per_hour`, to the cent.
pub fn cost_of(minutes: f64, per_hour: f64) -> f64 {
    (minutes / 60.0 * per_hour * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn downtime_costs_its_share_of_an_hour() {
        // 5 h 12 min at £2,400 an hour: 5.2 × 2,400 = 12,480.
        assert_eq!(cost_of(312.0, 2400.0), 12480.0);
        // 20 min at 1,000 an hour: a third, to the cent.
        assert_eq!(cost_of(20.0, 1000.0), 333.33);
        assert_eq!(cost_of(0.0, 5000.0), 0.0);
    }
}
