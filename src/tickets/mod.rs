//! Tickets from PSA exports: import ([`import`]), per-ticket SLA clocks ([`clock`]) and
//! monthly figures ([`month`]): SLA counts with the breaches behind them, volume, backlog,
//! response and resolution times, first-contact, escalation and reopen rates.

pub mod clock;
pub mod dates;
pub mod import;
mod index;
pub mod inspect;
pub mod month;
pub mod profile;

use std::sync::Arc;

use chrono::{DateTime, Utc};

/// One ticket as the exports give it, times on the instant timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    /// Ticket id as exported (shared with the import's index of ids).
    pub id: Arc<str>,
    /// Opened.
    pub opened: DateTime<Utc>,
    /// First response, if recorded.
    pub responded: Option<DateTime<Utc>>,
    /// Resolved, if resolved by the time of the export.
    pub resolved: Option<DateTime<Utc>>,
    /// SLA priority (after the client's priority mapping), one allocation per priority.
    pub priority: Arc<str>,
    /// Ticket type, if exported, one allocation per type.
    pub kind: Option<Arc<str>>,
    /// Seconds on hold as the export reports them (already on the SLA's clock),
    /// excluded from the resolution clock.
    pub on_hold_seconds: i64,
    /// Seconds on hold within the tool's business hours, where the export gives them:
    /// used instead of `on_hold_seconds` by SLAs on a business calendar.
    pub on_hold_business_seconds: Option<i64>,
    /// On-hold intervals from a status history, counted in each SLA's calendar.
    pub holds: Vec<(DateTime<Utc>, DateTime<Utc>)>,
    /// Escalated beyond the first tier, if exported.
    pub escalated: Option<bool>,
    /// Resolved at first contact, if exported.
    pub first_contact: Option<bool>,
    /// Reopened, if exported.
    pub reopened: Option<bool>,
}

/// A row that was left out (with `bad_rows: skip`), as the report lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SkippedRow {
    /// The export file name.
    pub file: String,
    /// 1-based line in the file.
    pub line: u64,
    /// Why.
    pub reason: String,
}

/// The tickets of a client, as far as a review needs them.
#[derive(Debug, Clone, Default)]
pub struct Tickets {
    /// Tickets that can matter to the review window (opened in it, or open at its start).
    pub tickets: Vec<Ticket>,
    /// Rows left out.
    pub skipped: Vec<SkippedRow>,
    /// Rows read in all.
    pub rows: u64,
    /// What was detected (the order of day and month), for `validate`.
    pub notes: Vec<Problem>,
    /// What may make a figure wrong without being an error (`validate --strict` fails).
    pub warnings: Vec<Problem>,
}

use std::collections::{BTreeMap, BTreeSet};

use crate::calendar::Calendar;
use crate::error::{Problem, Problems};
use crate::model::load::Client;
use crate::model::validate::{CALENDAR_24X7, parse_tz};
use crate::model::{KpiSource, Month, SlaKind};

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
}

/// The calendar an SLA (or the ticket KPIs) names.
pub fn calendar(client: &Client, name: Option<&str>) -> Result<Calendar, String> {
    match name {
        None | Some(CALENDAR_24X7) => Ok(Calendar::Always),
        Some(n) => client
            .def
            .calendars
            .get(n)
            .ok_or_else(|| format!("unknown calendar `{n}`"))
            .and_then(Calendar::from_def),
    }
}

fn options<'a>(
    client: &Client,
    def: &'a crate::model::TicketsDef,
    tz: chrono_tz::Tz,
    keep_from: Option<chrono::DateTime<Utc>>,
) -> import::Options<'a> {
    let mut known: BTreeSet<String> = client
        .def
        .slas
        .iter()
        .filter_map(|s| s.priority.clone())
        .collect();
    // A mapped value that is an SLA's priority in another case is that priority.
    for v in def.priorities.values() {
        if !known.iter().any(|k| k.eq_ignore_ascii_case(v)) {
            known.insert(v.clone());
        }
    }
    let needs_resolved =
        client.def.slas.iter().any(|s| {
            s.kind == SlaKind::Tickets && s.clock == Some(crate::model::Clock::Resolution)
        }) || client
            .def
            .kpis
            .iter()
            .any(|k| k.from.is_tickets() && k.from != KpiSource::TicketsOpened);
    let response_slas = client
        .def
        .slas
        .iter()
        .filter(|s| s.kind == SlaKind::Tickets && s.clock == Some(crate::model::Clock::Response))
        .map(|s| s.name.clone())
        .collect();
    let business_calendar = def.calendar.as_deref().is_some_and(|c| c != CALENDAR_24X7)
        || client.def.slas.iter().any(|s| {
            s.kind == SlaKind::Tickets && s.calendar.as_deref().is_some_and(|c| c != CALENDAR_24X7)
        });
    import::Options {
        def,
        tz,
        known_priorities: known,
        needs_resolved,
        response_slas,
        business_calendar,
        keep_from,
    }
}

/// What `validate` learns from a client's exports.
#[derive(Debug, Default)]
pub struct Checked {
    /// Rows read.
    pub rows: u64,
    /// What was detected (the order of day and month).
    pub notes: Vec<Problem>,
    /// What may make a figure wrong without being an error.
    pub warnings: Vec<Problem>,
}

/// Reads every row of a client's exports, for `validate`: what was read, or every
/// problem found.
pub fn check(client: &Client) -> Result<Checked, Problems> {
    let Some(def) = &client.def.tickets else {
        return Ok(Checked::default());
    };
    let tz = def
        .timezone
        .as_deref()
        .and_then(parse_tz)
        .unwrap_or(client.tz);
    import::load(&client.dir, &options(client, def, tz, None)).map(|t| Checked {
        rows: t.rows,
        notes: t.notes,
        warnings: t.warnings,
    })
}

/// Imports a client's exports and evaluates the months `window` (sorted); `None` when the
/// client has no `tickets:` section.
pub fn for_review(
    client: &Client,
    window: &[Month],
    spans: &[(Month, Month)],
) -> Result<Option<ForReview>, Problems> {
    let Some(def) = &client.def.tickets else {
        return Ok(None);
    };
    let yaml = client.dir.join("client.yaml");
    let located = |msg: String| {
        Problems(vec![Problem {
            field: Some("tickets".into()),
            ..Problem::file(&yaml, msg)
        }])
    };
    let tz = match &def.timezone {
        Some(z) => parse_tz(z)
            .ok_or_else(|| located(format!("unknown time zone `{z}` in `tickets.timezone`")))?,
        None => client.tz,
    };
    let cutoff = match &def.as_of {
        None => None,
        Some(v) => Some(import::parse_iso(v, tz).ok_or_else(|| {
            located(format!(
                "`tickets.as_of`: `{v}` is not a date-time; write e.g. `2026-11-02T08:00:00Z`"
            ))
        })?),
    };
    let first = *window.first().expect("a window");
    let opts = options(client, def, tz, Some(month::month_start(first, client.tz)));
    let loaded = import::load(&client.dir, &opts)?;
    let ticket_slas: Vec<&crate::model::Sla> = client
        .def
        .slas
        .iter()
        .filter(|s| s.kind == SlaKind::Tickets)
        .collect();
    let calendars: Vec<Calendar> = ticket_slas
        .iter()
        .map(|s| calendar(client, s.calendar.as_deref()))
        .collect::<Result<_, _>>()
        .map_err(located)?;
    let kpi_calendar = calendar(client, def.calendar.as_deref()).map_err(located)?;
    // Months before the first ticket have no data (not zero tickets); a quarter or year
    // counts only when the exports reach back into its first month (one they only partly
    // cover would compare short).
    let earliest = loaded.tickets.iter().map(|t| t.opened).min();
    let covered = |m: Month| earliest.is_some_and(|e| e < month::month_start(m.plus(1), client.tz));
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
        .filter(|&(a, _)| covered(a))
        .collect();
    // The months and spans are independent: evaluated in parallel, each with its own
    // copy of the calendars (whose tables of opening hours fill as they are asked).
    use rayon::prelude::*;
    let figures: Vec<((Month, Month), month::TicketMonth)> = jobs
        .par_iter()
        .map(|&(a, b)| {
            let calendars = calendars.clone();
            let kpi_calendar = kpi_calendar.clone();
            let specs: Vec<month::SlaSpec> = ticket_slas
                .iter()
                .zip(&calendars)
                .map(|(s, cal)| month::SlaSpec {
                    id: &s.id,
                    priority: s.priority.as_deref().unwrap_or_default(),
                    types: &s.types,
                    clock: s.clock.unwrap_or(crate::model::Clock::Resolution),
                    target_seconds: s.within.map_or(0, |w| w.minutes as i64 * 60),
                    calendar: cal,
                })
                .collect();
            let f = month::evaluate_span(&sorted, a, b, client.tz, &specs, cutoff, &kpi_calendar);
            ((a, b), f)
        })
        .collect();
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
    Ok(Some(ForReview {
        months,
        spans: span_figures,
        skipped: loaded.skipped,
        rows: loaded.rows,
        warnings: loaded.warnings,
    }))
}
