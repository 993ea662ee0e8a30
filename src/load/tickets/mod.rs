//! Tickets from PSA exports: import ([`import`]), per-ticket SLA clocks ([`clock`]) and
//! monthly figures ([`month`]): SLA counts with the breaches behind them, volume, backlog,
//! response and resolution times, first-contact, escalation and reopen rates.

pub mod coverage;
pub mod dates;
pub mod import;
mod index;
pub mod inspect;
mod json;
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

pub use crate::model::SkippedRow;

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
    /// The first opening of every row read (those left out too): where the exports begin.
    pub first: Option<chrono::DateTime<Utc>>,
    /// The newest opening of every row read: where the exports end, without an `as_of`.
    pub newest: Option<chrono::DateTime<Utc>>,
    /// Rows by company, in exports with a company column (every company's).
    pub companies: std::collections::BTreeMap<String, u64>,
}

impl Tickets {
    /// What the exports span: from their first ticket to `as_of` (when given) or their
    /// newest opening.
    pub fn span(&self, as_of: Option<chrono::DateTime<Utc>>) -> Option<coverage::Span> {
        Some(coverage::Span {
            from: self.first?,
            to: as_of.or(self.newest)?,
            taken: as_of.is_some(),
        })
    }
}

use std::collections::BTreeSet;

use crate::calendar::month_start;
use crate::calendar::{CALENDAR_24X7, parse_tz};
use crate::error::{Problem, Problems};
use crate::model::{Client, KpiSource, Month, SlaKind};

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
    /// The exports the client shares with others (`workspace:` entries), canonical.
    pub shared: Vec<std::path::PathBuf>,
    /// Rows by company in the client's exports (every company's).
    pub companies: std::collections::BTreeMap<String, u64>,
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
    let as_of = def.as_of.as_deref().and_then(|v| import::parse_iso(v, tz));
    import::load(&client.dir, &options(client, def, tz, None)).map(|t| {
        let mut notes = t.notes.clone();
        notes.extend(coverage_note(client, &t, as_of));
        Checked {
            rows: t.rows,
            notes,
            warnings: t.warnings,
            shared: shared_files(client, def),
            companies: t.companies,
        }
    })
}

/// The exports a client names under the workspace (`workspace:`), canonical.
fn shared_files(client: &Client, def: &crate::model::TicketsDef) -> Vec<std::path::PathBuf> {
    if !def
        .files
        .to_vec()
        .iter()
        .any(|f| f.starts_with(import::WORKSPACE_PREFIX))
    {
        return Vec::new();
    }
    let only_shared = crate::model::TicketsDef {
        files: crate::model::OneOrMany::Many(
            def.files
                .to_vec()
                .into_iter()
                .filter(|f| f.starts_with(import::WORKSPACE_PREFIX))
                .collect(),
        ),
        ..def.clone()
    };
    import::files(&client.dir, &only_shared)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.canonicalize().ok())
        .collect()
}

/// Which months the exports cover, in full and in part (those have no ticket figures).
fn coverage_note(
    client: &Client,
    t: &Tickets,
    as_of: Option<chrono::DateTime<Utc>>,
) -> Option<Problem> {
    let span = t.span(as_of)?;
    let (full, partial) = span.months(client.tz);
    let range = |ms: &[Month]| match (ms.first(), ms.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => String::new(),
    };
    let mut text = match full.is_empty() {
        true => "the exports cover no month in full".to_string(),
        false => format!("the exports cover {} in full", range(&full)),
    };
    if !partial.is_empty() {
        let list: Vec<String> = partial.iter().map(Month::to_string).collect();
        text.push_str(&format!(
            "; {} only in part, with no ticket figures",
            list.join(", ")
        ));
    }
    Some(Problem {
        field: Some("tickets.files".into()),
        ..Problem::file(&client.dir.join("client.yaml"), text)
    })
}

/// A client's tickets read for a review: those that can matter from `first` on, with
/// the time zone of the export's times and the cut-off of unresolved tickets.
pub struct Imported {
    /// The tickets, rows skipped and read, notes and warnings.
    pub tickets: Tickets,
    /// The cut-off: the export's `as_of` time, when given.
    pub cutoff: Option<chrono::DateTime<Utc>>,
}

/// Reads a client's exports for a review whose window starts with `first`; `None` when
/// the client has no `tickets:` section.
pub fn for_window(client: &Client, first: Month) -> Result<Option<Imported>, Problems> {
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
    let opts = options(client, def, tz, Some(month_start(first, client.tz)));
    let tickets = import::load(&client.dir, &opts)?;
    Ok(Some(Imported { tickets, cutoff }))
}
