//! A month's figures from the tickets: SLA counts and breaches, volume, backlog, times
//! and rates. Tickets count in the month they were opened (in the client's time zone)
//! for SLAs, volume, response time and escalation; resolution time, first-contact and
//! reopen rates are over tickets resolved in the month.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::clock::{self, Outcome};
use crate::calendar::{Calendar, month_start};
use crate::load::tickets::Ticket;
use crate::model::{Month, SlaCounts};

/// One SLA as the ticket clocks need it.
pub struct SlaSpec<'a> {
    /// SLA id.
    pub id: &'a str,
    /// Priority.
    pub priority: &'a str,
    /// Ticket types it covers (empty: all).
    pub types: &'a [String],
    /// Response or resolution.
    pub clock: crate::model::Clock,
    /// Target in seconds of calendar time.
    pub target_seconds: i64,
    /// Its calendar.
    pub calendar: &'a Calendar,
}

/// A ticket that breached (or is pending), as the breach appendix lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Breach {
    /// Ticket id.
    pub ticket: String,
    /// Opened, UTC.
    pub opened: DateTime<Utc>,
    /// Seconds on the SLA's clock.
    pub seconds: i64,
    /// Seconds over the target.
    pub over_seconds: i64,
    /// Whether the ticket was still open at the cut-off.
    pub open: bool,
}

/// Response or resolution time statistics, in hours.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Times {
    /// Tickets measured.
    pub count: usize,
    /// Mean.
    pub mean: Option<f64>,
    /// Median.
    pub median: Option<f64>,
    /// 90th percentile (nearest rank).
    pub p90: Option<f64>,
}

/// Figures of one month.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TicketMonth {
    /// SLA id → counts.
    pub slas: BTreeMap<String, SlaCounts>,
    /// SLA id → breached and pending tickets, worst first.
    pub breaches: BTreeMap<String, Vec<Breach>>,
    /// Opened in the month.
    pub opened: usize,
    /// Resolved in the month.
    pub closed: usize,
    /// Open at the end of the month.
    pub backlog: usize,
    /// First response, business hours (tickets calendar), tickets opened in the month.
    pub response_business: Times,
    /// First response, elapsed hours.
    pub response_elapsed: Times,
    /// Resolution, business hours minus hold, tickets resolved in the month.
    pub resolution_business: Times,
    /// Resolution, elapsed hours minus hold.
    pub resolution_elapsed: Times,
    /// % of resolved tickets resolved at first contact (of those with the flag).
    pub fcr_percent: Option<f64>,
    /// % of opened tickets escalated (of those with the flag).
    pub escalation_percent: Option<f64>,
    /// % of resolved tickets reopened (of those with the flag).
    pub reopen_percent: Option<f64>,
}

/// Nearest-rank statistics of hours.
pub fn times(mut hours: Vec<f64>) -> Times {
    if hours.is_empty() {
        return Times::default();
    }
    hours.sort_by(f64::total_cmp);
    let n = hours.len();
    let rank = |p: f64| hours[((p * n as f64).ceil() as usize).clamp(1, n) - 1];
    Times {
        count: n,
        mean: Some(hours.iter().sum::<f64>() / n as f64),
        median: Some(if n % 2 == 1 {
            hours[n / 2]
        } else {
            (hours[n / 2 - 1] + hours[n / 2]) / 2.0
        }),
        p90: Some(rank(0.9)),
    }
}

fn percent(flags: impl Iterator<Item = Option<bool>>) -> Option<f64> {
    let (mut yes, mut known) = (0usize, 0usize);
    for f in flags.flatten() {
        known += 1;
        yes += usize::from(f);
    }
    (known > 0).then(|| 100.0 * yes as f64 / known as f64)
}

/// The figures of month `m`. `cutoff`: when the export was taken (open tickets are
/// judged then), default the end of the month. `kpi_calendar`: business time for KPIs.
pub fn evaluate(
    tickets: &[Ticket],
    m: Month,
    tz: Tz,
    slas: &[SlaSpec],
    cutoff: Option<DateTime<Utc>>,
    kpi_calendar: &Calendar,
) -> TicketMonth {
    evaluate_span(&Sorted::new(tickets), m, m, tz, slas, cutoff, kpi_calendar)
}

/// The tickets in the orders a span's figures read them, sorted once for all the months
/// and spans of a review: by the instant opened, and (those resolved) by the instant
/// resolved. A span's tickets are then two slices, and its backlog two counts.
pub struct Sorted<'a> {
    by_opened: Vec<&'a Ticket>,
    by_resolved: Vec<&'a Ticket>,
}

impl<'a> Sorted<'a> {
    /// Sorts `tickets` (exports are mostly in order already).
    pub fn new(tickets: &'a [Ticket]) -> Sorted<'a> {
        use rayon::slice::ParallelSliceMut;
        let mut by_opened: Vec<&Ticket> = tickets.iter().collect();
        let mut by_resolved: Vec<&Ticket> =
            tickets.iter().filter(|t| t.resolved.is_some()).collect();
        rayon::join(
            || by_opened.par_sort_unstable_by_key(|t| t.opened),
            || by_resolved.par_sort_unstable_by_key(|t| t.resolved),
        );
        Sorted {
            by_opened,
            by_resolved,
        }
    }

    /// Opened in `[start, end)`.
    fn opened_in(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> &[&'a Ticket] {
        let a = self.by_opened.partition_point(|t| t.opened < start);
        let b = self.by_opened.partition_point(|t| t.opened < end);
        &self.by_opened[a..b.max(a)]
    }

    /// Resolved in `[start, end)`.
    fn resolved_in(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> &[&'a Ticket] {
        let before = |at: DateTime<Utc>| {
            self.by_resolved
                .partition_point(|t| t.resolved.is_some_and(|r| r < at))
        };
        let (a, b) = (before(start), before(end));
        &self.by_resolved[a..b.max(a)]
    }

    /// Open at `end`: opened before it and not resolved before it. A ticket is never
    /// resolved before it was opened (the import refuses such a row), so this is those
    /// opened before `end` less those resolved before it.
    fn backlog_at(&self, end: DateTime<Utc>) -> usize {
        let opened = self.by_opened.partition_point(|t| t.opened < end);
        let resolved = self
            .by_resolved
            .partition_point(|t| t.resolved.is_some_and(|r| r < end));
        opened - resolved
    }
}

/// The figures of the tickets opened (or resolved) in the months `first..=last`.
pub fn evaluate_span(
    tickets: &Sorted,
    first: Month,
    last: Month,
    tz: Tz,
    slas: &[SlaSpec],
    cutoff: Option<DateTime<Utc>>,
    kpi_calendar: &Calendar,
) -> TicketMonth {
    let start = month_start(first, tz);
    let end = month_start(last.plus(1), tz);
    let cutoff = cutoff.unwrap_or(end);
    let mut out = TicketMonth::default();
    let opened = tickets.opened_in(start, end);
    let resolved = tickets.resolved_in(start, end);
    out.opened = opened.len();
    out.closed = resolved.len();
    out.backlog = tickets.backlog_at(end);

    for s in slas {
        let (counts, listed) = judge_sla(opened, s, cutoff);
        out.slas.insert(s.id.to_string(), counts);
        out.breaches.insert(s.id.to_string(), listed);
    }
    times_of(&mut out, opened, resolved, kpi_calendar);
    out.fcr_percent = percent(resolved.iter().map(|t| t.first_contact));
    out.escalation_percent = percent(opened.iter().map(|t| t.escalated));
    out.reopen_percent = percent(resolved.iter().map(|t| t.reopened));
    out
}

/// One SLA over the tickets opened in a span: met, breached and pending, and the tickets
/// not met, the furthest over first.
fn judge_sla(opened: &[&Ticket], s: &SlaSpec, cutoff: DateTime<Utc>) -> (SlaCounts, Vec<Breach>) {
    let mut counts = SlaCounts::default();
    let mut listed = Vec::new();
    for t in opened.iter().filter(|t| {
        *t.priority == *s.priority
            && (s.types.is_empty()
                || t.kind
                    .as_deref()
                    .is_some_and(|k| s.types.iter().any(|x| x == k)))
    }) {
        let j = clock::judge(t, s.clock, s.target_seconds, s.calendar, cutoff);
        match j.outcome {
            Outcome::Met => counts.met += 1,
            Outcome::Breached => counts.breached += 1,
            Outcome::Pending => counts.pending += 1,
        }
        if j.outcome != Outcome::Met {
            listed.push(Breach {
                ticket: t.id.to_string(),
                opened: t.opened,
                seconds: j.seconds,
                over_seconds: j.seconds - s.target_seconds,
                open: !j.stopped,
            });
        }
    }
    listed.sort_by(|a, b| {
        b.over_seconds
            .cmp(&a.over_seconds)
            .then_with(|| a.ticket.cmp(&b.ticket))
    });
    (counts, listed)
}

/// Response and resolution times (business and elapsed hours) of a span's tickets.
fn times_of(
    out: &mut TicketMonth,
    opened: &[&Ticket],
    resolved: &[&Ticket],
    kpi_calendar: &Calendar,
) {
    let hours = |secs: i64| secs as f64 / 3600.0;
    let responses: Vec<(f64, f64)> = opened
        .iter()
        .filter_map(|t| {
            let r = t.responded.or(t.resolved)?;
            Some((
                hours(kpi_calendar.seconds_between(t.opened, r)),
                hours((r - t.opened).num_seconds()),
            ))
        })
        .collect();
    out.response_business = times(responses.iter().map(|r| r.0).collect());
    out.response_elapsed = times(responses.iter().map(|r| r.1).collect());
    let resolutions: Vec<(f64, f64)> = resolved
        .iter()
        .map(|t| {
            let r = t.resolved.expect("filtered");
            let held_b = clock::held_seconds(&t.holds, t.opened, r, kpi_calendar);
            let held_e = clock::held_seconds(&t.holds, t.opened, r, &Calendar::Always);
            let reported_b = match kpi_calendar {
                Calendar::Always => t.on_hold_seconds,
                _ => t.on_hold_business_seconds.unwrap_or(t.on_hold_seconds),
            };
            let b = (kpi_calendar.seconds_between(t.opened, r) - reported_b - held_b).max(0);
            let e = ((r - t.opened).num_seconds() - t.on_hold_seconds - held_e).max(0);
            (hours(b), hours(e))
        })
        .collect();
    out.resolution_business = times(resolutions.iter().map(|r| r.0).collect());
    out.resolution_elapsed = times(resolutions.iter().map(|r| r.1).collect());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Clock;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn t(id: &str, opened: &str, responded: Option<&str>, resolved: Option<&str>) -> Ticket {
        Ticket {
            id: id.into(),
            opened: utc(opened),
            responded: responded.map(utc),
            resolved: resolved.map(utc),
            priority: "P1".into(),
            kind: None,
            on_hold_seconds: 0,
            on_hold_business_seconds: None,
            holds: Vec::new(),
            escalated: Some(id == "A"),
            first_contact: Some(id != "C"),
            reopened: Some(false),
        }
    }

    #[test]
    fn a_month_by_hand() {
        let london: Tz = "Europe/London".parse().unwrap();
        let oct = Month {
            year: 2026,
            month: 10,
        };
        let tickets = vec![
            // A: opened 1 Oct 00:30 BST = 30 Sep 23:30 UTC → October in London.
            t(
                "A",
                "2026-09-30T23:30:00Z",
                Some("2026-09-30T23:40:00Z"),
                Some("2026-10-01T01:30:00Z"),
            ),
            // B: responded after 20 min (breach of 15 min), resolved in 3 h.
            t(
                "B",
                "2026-10-10T09:00:00Z",
                Some("2026-10-10T09:20:00Z"),
                Some("2026-10-10T12:00:00Z"),
            ),
            // C: opened 31 Oct 23:30 GMT, no response by the end of the month (30 min at
            // cut-off: breached against 15 min), resolved in November.
            t(
                "C",
                "2026-10-31T23:30:00Z",
                None,
                Some("2026-11-01T02:00:00Z"),
            ),
            // D: opened 31 Oct 23:50 GMT, still open: 10 min at cut-off → pending.
            t("D", "2026-10-31T23:50:00Z", None, None),
            // E: September ticket: not counted in October's SLA.
            t(
                "E",
                "2026-09-15T10:00:00Z",
                Some("2026-09-15T10:05:00Z"),
                Some("2026-10-02T10:00:00Z"),
            ),
        ];
        let cal = Calendar::Always;
        let slas = [SlaSpec {
            id: "p1",
            priority: "P1",
            types: &[],
            clock: Clock::Response,
            target_seconds: 15 * 60,
            calendar: &cal,
        }];
        let m = evaluate(&tickets, oct, london, &slas, None, &cal);
        // A met (10 min), B breached (20 min), C: resolved in the export at 02:00 →
        // judged by real times: responded when resolved, 2 h 30 min → breached; D pending.
        assert_eq!(
            m.slas["p1"],
            SlaCounts {
                met: 1,
                breached: 2,
                pending: 1
            }
        );
        let b = &m.breaches["p1"];
        assert_eq!(
            b.iter().map(|x| x.ticket.as_str()).collect::<Vec<_>>(),
            ["C", "B", "D"]
        );
        assert_eq!(b[0].over_seconds, 150 * 60 - 15 * 60);
        assert_eq!(m.opened, 4); // A, B, C, D
        assert_eq!(m.closed, 3); // A, B, E resolved in October (C in November)
        assert_eq!(m.backlog, 2); // C and D open at midnight 31 Oct/1 Nov
        // Escalation: A of A, B, C, D → 25%. FCR among resolved A, B, E: all first contact → 100%.
        assert_eq!(m.escalation_percent, Some(25.0));
        assert_eq!(m.fcr_percent, Some(100.0));
        // Resolution hours of A (2 h), B (3 h), E (17 d = 408 h): mean 137.67, median 3.
        assert_eq!(m.resolution_elapsed.median, Some(3.0));
        assert!((m.resolution_elapsed.mean.unwrap() - 413.0 / 3.0).abs() < 1e-9);
        assert_eq!(m.resolution_elapsed.p90, Some(408.0));
    }

    #[test]
    fn empty_month() {
        let m = evaluate(
            &[],
            Month {
                year: 2026,
                month: 2,
            },
            chrono_tz::UTC,
            &[],
            None,
            &Calendar::Always,
        );
        assert_eq!((m.opened, m.closed, m.backlog), (0, 0, 0));
        assert_eq!(m.response_elapsed.mean, None);
        assert_eq!(m.fcr_percent, None);
    }

    #[test]
    fn nearest_rank() {
        // 1..=10: median 5.5, p90 = 9th value = 9.
        let x = times((1..=10).map(f64::from).collect());
        assert_eq!((x.median, x.p90, x.mean), (Some(5.5), Some(9.0), Some(5.5)));
    }
}
