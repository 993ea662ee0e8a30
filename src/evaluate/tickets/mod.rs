//! The review's view of the ticket figures: volume, backlog, times, rates and breaches.

pub mod clock;
pub mod figures;
pub mod month;

use std::collections::BTreeMap;

use chrono_tz::Tz;

use crate::evaluate::tickets::month::{TicketMonth, Times};
use crate::model::SkippedRow;
use crate::model::{ClientDef, Month, SlaKind};
use crate::period::Period;
use crate::review::{BreachView, TicketsView, TimeRow};
use crate::text::Locale;

/// The ticket figures of a period: the month's, or the whole span's.
fn stats<'a>(
    p: Period,
    by_month: &'a BTreeMap<Month, TicketMonth>,
    spans: Option<&'a BTreeMap<(Month, Month), TicketMonth>>,
) -> Option<&'a TicketMonth> {
    match p {
        Period::Month(m) => by_month.get(&m),
        _ => spans?.get(&(p.first(), p.last())),
    }
}

/// Builds the view for `period`, with month-by-month series over `chart`.
#[allow(clippy::too_many_arguments)]
pub fn view(
    def: &ClientDef,
    tz: Tz,
    period: Period,
    chart: &[Month],
    by_month: &BTreeMap<Month, TicketMonth>,
    spans: Option<&BTreeMap<(Month, Month), TicketMonth>>,
    skipped: &[SkippedRow],
    rows: u64,
    loc: &Locale,
) -> TicketsView {
    let empty = TicketMonth::default();
    let now = stats(period, by_month, spans).unwrap_or(&empty);
    let series = |f: fn(&TicketMonth) -> usize| -> Vec<Option<usize>> {
        chart.iter().map(|m| by_month.get(m).map(f)).collect()
    };
    let row = |measure: &str, basis: &str, t: &Times| time_row(measure, basis, t, loc);
    let breaches = breaches(def, tz, now, loc);
    // On a 24x7 clock business time is elapsed time: only elapsed rows are listed.
    let calendar = def
        .tickets
        .as_ref()
        .and_then(|t| t.calendar.as_deref())
        .unwrap_or(crate::calendar::CALENDAR_24X7);
    let business_hours = calendar != crate::calendar::CALENDAR_24X7;
    let mut times = Vec::new();
    if business_hours {
        times.push(row("first_response", "business", &now.response_business));
    }
    times.push(row("first_response", "elapsed", &now.response_elapsed));
    if business_hours {
        times.push(row("resolution_time", "business", &now.resolution_business));
    }
    times.push(row("resolution_time", "elapsed", &now.resolution_elapsed));
    let pct = |x: Option<f64>| x.map(|v| loc.percent(v, 1));
    TicketsView {
        opened_text: loc.count(now.opened),
        closed_text: loc.count(now.closed),
        backlog_text: loc.count(now.backlog),
        skipped_text: (!skipped.is_empty())
            .then(|| loc.say("rows-skipped", &[("count", skipped.len().into())])),
        rows,
        business_hours,
        opened: now.opened,
        closed: now.closed,
        backlog: now.backlog,
        history_opened: series(|t| t.opened),
        history_closed: series(|t| t.closed),
        history_backlog: series(|t| t.backlog),
        times,
        fcr_text: pct(now.fcr_percent),
        escalation_text: pct(now.escalation_percent),
        reopen_text: pct(now.reopen_percent),
        breaches,
        skipped: skipped.to_vec(),
    }
}

/// A row of the response and resolution times: count, mean, median and 90th percentile.
fn time_row(measure: &str, basis: &str, t: &Times, loc: &Locale) -> TimeRow {
    let duration = |h: f64| loc.duration((h * 3600.0).round() as i64);
    TimeRow {
        measure: measure.into(),
        basis: basis.into(),
        count: t.count,
        count_text: loc.count(t.count),
        mean: t.mean,
        median: t.median,
        p90: t.p90,
        mean_text: t.mean.map(duration),
        median_text: t.median.map(duration),
        p90_text: t.p90.map(duration),
    }
}

/// The tickets that breached (or were pending at the cut-off) of each ticket SLA, with
/// their times in the client's zone.
fn breaches(def: &ClientDef, tz: Tz, now: &TicketMonth, loc: &Locale) -> Vec<BreachView> {
    let duration = |s: i64| loc.duration(s);
    let mut breaches = Vec::new();
    for s in def.slas.iter().filter(|s| s.kind == SlaKind::Tickets) {
        let target = s.within.map(|w| w.minutes as i64 * 60).unwrap_or(0);
        for b in now.breaches.get(&s.id).into_iter().flatten() {
            let pending = b.seconds <= target;
            let opened = b.opened.with_timezone(&tz).naive_local();
            breaches.push(BreachView {
                sla: s.id.clone(),
                sla_name: s.name.clone(),
                ticket: b.ticket.clone(),
                opened: opened.format("%Y-%m-%dT%H:%M:%S").to_string(),
                opened_text: loc.date_time(opened),
                // In the same form as the clock reading beside it: `10 h`, `30 min`.
                target_text: s
                    .within
                    .map(|w| duration(i64::try_from(w.minutes).unwrap_or(i64::MAX / 120) * 60))
                    .unwrap_or_default(),
                actual_text: duration(b.seconds),
                over_text: (!pending).then(|| format!("+{}", duration(b.over_seconds))),
                pending,
                open: b.open,
            });
        }
    }
    breaches
}
