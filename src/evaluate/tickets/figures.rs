//! The ticket figures of a review: every month of its window and every span (quarter,
//! year) evaluated from the imported tickets, in parallel.

use std::collections::BTreeMap;

use crate::calendar::Calendar;
use crate::error::{Problem, Problems};
use crate::load::tickets::{Imported, Ticket};
use crate::model::{Client, Month, SkippedRow, SlaKind};
use chrono::{DateTime, Utc};

use super::month;

/// The ticket figures of the months a review shows.
#[derive(Debug, Clone, Default)]
pub struct ForReview {
    /// Month → figures, for months from the first ticket in the exports on.
    pub months: BTreeMap<Month, month::TicketMonth>,
    /// (first, last) month → figures over that span (quarters, years).
    pub spans: BTreeMap<(Month, Month), month::TicketMonth>,
    /// Rows left out.
    pub skipped: Vec<SkippedRow>,
    /// Rows read.
    pub rows: u64,
    /// What may make a figure wrong without being an error (printed by the commands).
    pub warnings: Vec<Problem>,
    /// When the figures stand: the export's `as_of`, else its newest timestamp, or the
    /// issue date when one earlier than that was given.
    pub as_of: Option<DateTime<Utc>>,
}

/// The newest time an export records (an opening, a response or a resolution): when it
/// was taken, at the earliest.
pub fn newest(tickets: &[Ticket]) -> Option<DateTime<Utc>> {
    tickets
        .iter()
        .flat_map(|t| [Some(t.opened), t.responded, t.resolved])
        .flatten()
        .max()
}

/// The tickets as they stood at `at`: those opened later left out, a response or a
/// resolution after it undone (the ticket is open then), on-hold intervals cut at it.
/// Hold totals an export reports (`on_hold_seconds`) cannot be cut and are kept.
pub fn as_they_stood(tickets: Vec<Ticket>, at: DateTime<Utc>) -> Vec<Ticket> {
    tickets
        .into_iter()
        .filter(|t| t.opened < at)
        .map(|mut t| {
            t.responded = t.responded.filter(|&r| r <= at);
            t.resolved = t.resolved.filter(|&r| r <= at);
            t.holds = t
                .holds
                .iter()
                .filter(|(a, _)| *a < at)
                .map(|&(a, b)| (a, b.min(at)))
                .collect();
            t
        })
        .collect()
}

/// Evaluates the months `window` (sorted) and the `spans` of a client's imported tickets.
pub fn for_review(
    client: &Client,
    imported: Imported,
    window: &[Month],
    spans: &[(Month, Month)],
    issued_at: Option<DateTime<Utc>>,
) -> Result<ForReview, Problems> {
    let yaml = client.dir.join("client.yaml");
    let located = |msg: String| {
        Problems(vec![Problem {
            field: Some("tickets".into()),
            ..Problem::file(&yaml, msg)
        }])
    };
    let Imported {
        tickets: mut loaded,
        cutoff,
    } = imported;
    // Figures as they stood at an issue date earlier than the data: outcomes after it
    // are not counted, and open tickets are judged at it.
    let data_as_of = cutoff.or_else(|| newest(&loaded.tickets));
    let (cutoff, as_of) = match issued_at {
        Some(at) if data_as_of.is_none_or(|d| at < d) => {
            loaded.tickets = as_they_stood(std::mem::take(&mut loaded.tickets), at);
            (Some(cutoff.map_or(at, |c| c.min(at))), Some(at))
        }
        _ => (cutoff, data_as_of),
    };
    let def = client
        .def
        .tickets
        .as_ref()
        .expect("imported tickets have a `tickets:` section");
    let ticket_slas: Vec<&crate::model::Sla> = client
        .def
        .slas
        .iter()
        .filter(|s| s.kind == SlaKind::Tickets)
        .collect();
    let calendars: Vec<Calendar> = ticket_slas
        .iter()
        .map(|s| Calendar::named(&client.def, s.calendar.as_deref()))
        .collect::<Result<_, _>>()
        .map_err(located)?;
    let kpi_calendar = Calendar::named(&client.def, def.calendar.as_deref()).map_err(located)?;
    // Only months the exports cover in full have figures: one before their first
    // ticket, after they were taken, or covered in part (a few tickets of its last day)
    // has no data, not zero tickets or a short count to compare with. A quarter or year
    // counts when the exports cover its first and last months.
    let span = loaded.span(cutoff);
    let covered = |m: Month| {
        span.is_some_and(|s| {
            s.covers(m, client.tz) == crate::load::tickets::coverage::Coverage::Full
        })
    };
    let sorted = month::Sorted::new(&loaded.tickets);
    let jobs: Vec<(Month, Month)> = window
        .iter()
        .map(|&m| (m, m))
        .chain(
            spans
                .iter()
                .copied()
                .filter(|&(a, b)| a != b || !window.contains(&a)),
        )
        .filter(|&(a, b)| covered(a) && covered(b))
        .collect();
    // The months and spans are independent: evaluated in parallel, each with its own
    // copy of the calendars (whose tables of opening hours fill as they are asked).
    use rayon::prelude::*;
    let figures: Vec<((Month, Month), month::TicketMonth)> = jobs
        .par_iter()
        .map(|&(a, b)| {
            let calendars = calendars.clone();
            let kpi_calendar = kpi_calendar.clone();
            let specs = sla_specs(&ticket_slas, &calendars);
            let f = month::evaluate_span(&sorted, a, b, client.tz, &specs, cutoff, &kpi_calendar);
            ((a, b), f)
        })
        .collect();
    let (months, span_figures) = by_month_and_span(figures, window, spans);
    Ok(ForReview {
        months,
        spans: span_figures,
        skipped: loaded.skipped,
        rows: loaded.rows,
        warnings: loaded.warnings,
        as_of,
    })
}

/// What the month evaluation needs of each ticket SLA, with its calendar.
fn sla_specs<'a>(
    slas: &[&'a crate::model::Sla],
    calendars: &'a [Calendar],
) -> Vec<month::SlaSpec<'a>> {
    slas.iter()
        .zip(calendars)
        .map(|(s, cal)| month::SlaSpec {
            id: &s.id,
            priority: s.priority.as_deref().unwrap_or_default(),
            types: &s.types,
            clock: s.clock.unwrap_or(crate::model::Clock::Resolution),
            target_seconds: s.within.map_or(0, |w| w.minutes as i64 * 60),
            calendar: cal,
        })
        .collect()
}

type Figures = BTreeMap<Month, month::TicketMonth>;
type SpanFigures = BTreeMap<(Month, Month), month::TicketMonth>;

/// The evaluated figures sorted into the window's months and the spans (a span of one
/// month of the window is that month's figures).
fn by_month_and_span(
    figures: Vec<((Month, Month), month::TicketMonth)>,
    window: &[Month],
    spans: &[(Month, Month)],
) -> (Figures, SpanFigures) {
    let mut months = BTreeMap::new();
    let mut span_figures = BTreeMap::new();
    for ((a, b), f) in figures {
        if a == b && window.contains(&a) {
            months.insert(a, f);
        } else {
            span_figures.insert((a, b), f);
        }
    }
    for &(a, b) in spans {
        if let (true, Some(f)) = (a == b, months.get(&a)) {
            span_figures.insert((a, b), f.clone());
        }
    }
    (months, span_figures)
}
