//! Per-ticket SLA clocks (DESIGN.md "Ticket SLA clocks").
//!
//! Response runs from opened to first response (a ticket resolved without a recorded
//! response was responded to when resolved); resolution from opened to resolved, minus
//! on-hold time. Both count in the SLA's calendar. A ticket with no end in the export is
//! judged at the cut-off: breached if its clock already exceeds the target, else pending.

use chrono::{DateTime, Utc};

use crate::calendar::Calendar;
use crate::load::tickets::Ticket;
use crate::model::Clock;

/// How a ticket fared against an SLA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Within target.
    Met,
    /// Beyond target (resolved late, or still open past it at the cut-off).
    Breached,
    /// Open at the cut-off and still within target: listed, not in the ratio.
    Pending,
}

/// The judgement of one ticket, with the clock reading behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judged {
    /// Met, breached or pending.
    pub outcome: Outcome,
    /// Seconds on the SLA's clock (calendar time, on-hold excluded for resolution), up
    /// to the end or the cut-off.
    pub seconds: i64,
    /// Whether the clock stopped (the ticket responded/resolved) or was read at the cut-off.
    pub stopped: bool,
}

/// Judges a ticket against a target of `target_seconds` on `clock`, in `calendar`.
pub fn judge(
    t: &Ticket,
    clock: Clock,
    target_seconds: i64,
    calendar: &Calendar,
    cutoff: DateTime<Utc>,
) -> Judged {
    let (end, hold) = match clock {
        Clock::Response => (t.responded.or(t.resolved), 0),
        // Hold time the export reports: elapsed on a 24x7 clock; on a business calendar
        // the business-hours figure where the export gives one.
        Clock::Resolution => (
            t.resolved,
            match calendar {
                Calendar::Always => t.on_hold_seconds,
                _ => t.on_hold_business_seconds.unwrap_or(t.on_hold_seconds),
            },
        ),
    };
    let stopped = end.is_some();
    let until = end.unwrap_or(cutoff.max(t.opened));
    let held: i64 = match clock {
        Clock::Response => 0,
        Clock::Resolution => held_seconds(&t.holds, t.opened, until, calendar),
    };
    let seconds = (calendar.seconds_between(t.opened, until) - hold - held).max(0);
    let outcome = if seconds > target_seconds {
        Outcome::Breached
    } else if stopped {
        Outcome::Met
    } else {
        Outcome::Pending
    };
    Judged {
        outcome,
        seconds,
        stopped,
    }
}

/// Calendar seconds of the hold intervals inside `[from, to)`, overlaps counted once.
pub fn held_seconds(
    holds: &[(DateTime<Utc>, DateTime<Utc>)],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    calendar: &Calendar,
) -> i64 {
    let spans = holds
        .iter()
        .map(|&(a, b)| (a.max(from), b.min(to)))
        .collect();
    crate::calendar::merge_spans(spans)
        .into_iter()
        .map(|(a, b)| calendar.seconds_between(a, b))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::local_to_utc;
    use crate::model::{CalendarDef, Date};
    use chrono::NaiveDateTime;
    use chrono_tz::Tz;

    fn at(s: &str) -> DateTime<Utc> {
        let tz: Tz = "Europe/London".parse().unwrap();
        local_to_utc(
            tz,
            NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap(),
        )
    }

    fn ticket(
        opened: &str,
        responded: Option<&str>,
        resolved: Option<&str>,
        hold_min: i64,
    ) -> Ticket {
        Ticket {
            id: "T1".into(),
            opened: at(opened),
            responded: responded.map(at),
            resolved: resolved.map(at),
            priority: "P2".into(),
            kind: None,
            on_hold_seconds: hold_min * 60,
            on_hold_business_seconds: None,
            holds: Vec::new(),
            escalated: None,
            first_contact: None,
            reopened: None,
        }
    }

    fn office() -> Calendar {
        Calendar::from_def(&CalendarDef {
            timezone: "Europe/London".into(),
            hours: [(
                "mon-fri".to_string(),
                "08:00-12:00, 13:00-17:00".to_string(),
            )]
            .into_iter()
            .collect(),
            holidays: vec![Date::parse("2026-12-25").unwrap()],
            holidays_ics: None,
            exceptions: Default::default(),
        })
        .unwrap()
    }

    const H: i64 = 3600;

    #[test]
    fn response_on_24x7_across_the_spring_change() {
        // Opened Sun 29 Mar 2026 00:50 GMT, responded 02:05 BST: 00:50 → 01:05 UTC = 15 min.
        let t = ticket("2026-03-29 00:50", Some("2026-03-29 02:05"), None, 0);
        let j = judge(
            &t,
            Clock::Response,
            15 * 60,
            &Calendar::Always,
            at("2026-03-31 23:59"),
        );
        assert_eq!(
            j,
            Judged {
                outcome: Outcome::Met,
                seconds: 15 * 60,
                stopped: true
            }
        );
        // A wall-clock subtraction would say 1 h 15 min and call it breached.
    }

    #[test]
    fn resolution_across_a_weekend_with_hold_across_it_too() {
        // Opened Fri 4 Dec 2026 16:00, resolved Tue 8 Dec 10:00, office 08–12, 13–17:
        // Fri 1 h + Mon 8 h + Tue 2 h = 11 h; on hold 3 h (reported in the export) → 8 h.
        let t = ticket(
            "2026-12-04 16:00",
            Some("2026-12-04 16:20"),
            Some("2026-12-08 10:00"),
            180,
        );
        let j = judge(
            &t,
            Clock::Resolution,
            8 * H,
            &office(),
            at("2026-12-31 23:59"),
        );
        assert_eq!(j.seconds, 8 * H);
        assert_eq!(j.outcome, Outcome::Met, "exactly on target is met");
        let j = judge(
            &t,
            Clock::Resolution,
            8 * H - 60,
            &office(),
            at("2026-12-31 23:59"),
        );
        assert_eq!(j.outcome, Outcome::Breached);
    }

    #[test]
    fn holiday_and_lunch() {
        // Opened Thu 24 Dec 11:30, resolved Tue 29 Dec 08:30: Thu 11:30–12 and 13–17 = 4.5 h;
        // Fri 25 holiday; weekend; Mon 28 8 h; Tue 0.5 h → 13 h.
        let t = ticket("2026-12-24 11:30", None, Some("2026-12-29 08:30"), 0);
        assert_eq!(
            judge(
                &t,
                Clock::Resolution,
                16 * H,
                &office(),
                at("2026-12-31 23:59")
            )
            .seconds,
            13 * H
        );
        // No first response recorded: responded when resolved → the same 13 h.
        assert_eq!(
            judge(&t, Clock::Response, H, &office(), at("2026-12-31 23:59")).outcome,
            Outcome::Breached
        );
    }

    #[test]
    fn open_at_the_cut_off() {
        // Opened Thu 31 Dec 2026 16:00, no resolution; cut-off end of month (midnight):
        // 1 h of office time so far. Target 4 h → pending; target 30 min → breached.
        let t = ticket("2026-12-31 16:00", Some("2026-12-31 16:05"), None, 0);
        let cutoff = at("2027-01-01 00:00");
        assert_eq!(
            judge(&t, Clock::Resolution, 4 * H, &office(), cutoff).outcome,
            Outcome::Pending
        );
        assert_eq!(
            judge(&t, Clock::Resolution, 30 * 60, &office(), cutoff).outcome,
            Outcome::Breached
        );
        // On 24x7 it has run 8 h by midnight: breached against 4 h.
        assert_eq!(
            judge(&t, Clock::Resolution, 4 * H, &Calendar::Always, cutoff).seconds,
            8 * H
        );
    }

    #[test]
    fn resolved_after_the_month_is_judged_by_real_times() {
        // Opened 31 Dec 16:00, resolved Mon 4 Jan 2027 09:00 (1 Jan is not a holiday in
        // this calendar): Thu 1 h + Fri 1 Jan 8 h + Mon 1 h = 10 h, not the 1 h at cut-off.
        let t = ticket("2026-12-31 16:00", None, Some("2027-01-04 09:00"), 0);
        let j = judge(
            &t,
            Clock::Resolution,
            4 * H,
            &office(),
            at("2027-01-01 00:00"),
        );
        assert_eq!((j.seconds, j.outcome), (10 * H, Outcome::Breached));
    }

    #[test]
    fn hold_intervals_across_a_weekend_count_in_the_calendar() {
        // Opened Thu 3 Dec 2026 09:00, resolved Tue 8 Dec 12:00; on hold from Fri 4 Dec
        // 15:00 to Mon 7 Dec 11:00. Office 08–12, 13–17.
        // Clock: Thu 09–12, 13–17 = 7 h; Fri 8 h; Mon 8 h; Tue 08–12 = 4 h → 27 h.
        // Hold in the calendar: Fri 15–17 = 2 h; weekend 0; Mon 08–11 = 3 h → 5 h
        // (not the 68 elapsed hours of the interval). 27 − 5 = 22 h.
        let mut t = ticket("2026-12-03 09:00", None, Some("2026-12-08 12:00"), 0);
        t.holds = vec![(at("2026-12-04 15:00"), at("2026-12-07 11:00"))];
        assert_eq!(
            judge(
                &t,
                Clock::Resolution,
                22 * H,
                &office(),
                at("2026-12-31 23:59")
            )
            .seconds,
            22 * H
        );
        // On 24x7 the same hold is 68 h: 123 h elapsed − 68 h = 55 h.
        assert_eq!(
            judge(
                &t,
                Clock::Resolution,
                100 * H,
                &Calendar::Always,
                at("2026-12-31 23:59")
            )
            .seconds,
            55 * H
        );
        // Overlapping intervals count once; response clocks ignore holds.
        t.holds
            .push((at("2026-12-04 16:00"), at("2026-12-04 17:00")));
        assert_eq!(
            judge(
                &t,
                Clock::Resolution,
                22 * H,
                &office(),
                at("2026-12-31 23:59")
            )
            .seconds,
            22 * H
        );
    }

    #[test]
    fn hold_never_makes_a_clock_negative() {
        let t = ticket("2026-12-01 09:00", None, Some("2026-12-01 10:00"), 600);
        assert_eq!(
            judge(&t, Clock::Resolution, H, &office(), at("2026-12-31 23:59")).seconds,
            0
        );
    }
}
