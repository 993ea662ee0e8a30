//! Business-hours calendars and the time they count between two instants.
//!
//! Everything is computed on the instant timeline (UTC), never on wall-clock strings:
//! 24x7 counts real elapsed time (a DST day has 23 or 25 hours); a business calendar
//! counts the overlap with its opening intervals, each turned into real instants in the
//! calendar's time zone for every local date, holidays left out.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::model::CalendarDef;
use crate::model::validate::{parse_days, parse_intervals, parse_tz};

/// A calendar: 24x7, or opening hours per weekday in a time zone, with holidays.
#[derive(Debug, Clone)]
pub enum Calendar {
    /// Around the clock: elapsed real time.
    Always,
    /// Opening hours.
    Business(Business),
}

/// Opening hours in a time zone.
#[derive(Debug, Clone)]
pub struct Business {
    /// The calendar's time zone.
    pub tz: Tz,
    /// Opening intervals per weekday (Monday = 0), minutes after local midnight, sorted.
    pub hours: [Vec<(u32, u32)>; 7],
    /// Local dates with no opening hours.
    pub holidays: BTreeSet<NaiveDate>,
}

impl Calendar {
    /// Builds a calendar from its (validated) definition.
    pub fn from_def(def: &CalendarDef) -> Result<Calendar, String> {
        let tz = parse_tz(&def.timezone)
            .ok_or_else(|| format!("unknown time zone `{}`", def.timezone))?;
        let mut hours: [Vec<(u32, u32)>; 7] = Default::default();
        for (days, spec) in &def.hours {
            let intervals = parse_intervals(spec)?;
            for d in parse_days(days)? {
                hours[d].extend(intervals.iter().copied());
            }
        }
        for h in &mut hours {
            h.sort_unstable();
        }
        Ok(Calendar::Business(Business {
            tz,
            hours,
            holidays: def.holidays.iter().map(|d| d.0).collect(),
        }))
    }

    /// Seconds of calendar time between two instants (zero if `to` is not after `from`).
    pub fn seconds_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        if to <= from {
            return 0;
        }
        match self {
            Calendar::Always => (to - from).num_seconds(),
            Calendar::Business(b) => b.seconds_between(from, to),
        }
    }
}

impl Business {
    fn seconds_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        // Local dates that can overlap [from, to): one day of margin each side covers
        // intervals whose instants straddle a date line after time-zone conversion.
        let first = from.with_timezone(&self.tz).date_naive() - Duration::days(1);
        let last = to.with_timezone(&self.tz).date_naive() + Duration::days(1);
        let mut total = 0;
        let mut day = first;
        while day <= last {
            if !self.holidays.contains(&day) {
                for &(a, b) in &self.hours[day.weekday().num_days_from_monday() as usize] {
                    let start = local_instant(self.tz, day, a, Edge::Start);
                    let end = local_instant(self.tz, day, b, Edge::End);
                    let s = start.max(from);
                    let e = end.min(to);
                    if e > s {
                        total += (e - s).num_seconds();
                    }
                }
            }
            day += Duration::days(1);
        }
        total
    }
}

#[derive(Clone, Copy)]
enum Edge {
    Start,
    End,
}

/// The instant of a local time on a date. A time repeated by a DST fall-back takes its
/// first occurrence when it opens an interval and its second when it closes one (so an
/// interval covers the whole repeated hour); a time skipped by a spring-forward maps to
/// the first instant after the gap.
fn local_instant(tz: Tz, day: NaiveDate, minutes: u32, edge: Edge) -> DateTime<Utc> {
    let naive = if minutes >= 24 * 60 {
        (day + Duration::days(1)).and_time(NaiveTime::MIN)
    } else {
        day.and_time(NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).expect("valid time"))
    };
    resolve(tz, naive, edge)
}

fn resolve(tz: Tz, naive: NaiveDateTime, edge: Edge) -> DateTime<Utc> {
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, b) => match edge {
            Edge::Start => a.min(b).with_timezone(&Utc),
            Edge::End => a.max(b).with_timezone(&Utc),
        },
        chrono::LocalResult::None => {
            // In a gap: step forward minute by minute to the first local time that exists
            // (gaps are at most a few hours), then take that instant.
            let mut probe = naive;
            loop {
                probe += Duration::minutes(1);
                if let Some(t) = tz.from_local_datetime(&probe).earliest() {
                    return t.with_timezone(&Utc);
                }
            }
        }
    }
}

/// The instant of a local date-time in `tz` (first occurrence if repeated, first instant
/// after the gap if skipped): how export times without an offset are read.
pub fn local_to_utc(tz: Tz, naive: NaiveDateTime) -> DateTime<Utc> {
    resolve(tz, naive, Edge::Start)
}

/// The days of the events of an iCalendar file (`DTSTART` to `DTEND`, end exclusive as
/// RFC 5545 has it for all-day events; a timed event closes its start day). Errors carry
/// the 1-based line.
pub fn parse_ics(text: &str) -> Result<Vec<NaiveDate>, (usize, String)> {
    // Unfold continuation lines (a leading space or tab continues the previous line).
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.1.push_str(rest);
        } else {
            lines.push((i + 1, raw.to_string()));
        }
    }
    let date_of = |line: usize, v: &str| -> Result<NaiveDate, (usize, String)> {
        let digits: String = v.chars().take(8).collect();
        NaiveDate::parse_from_str(&digits, "%Y%m%d")
            .map_err(|_| (line, format!("`{v}` is not an iCalendar date (YYYYMMDD)")))
    };
    let mut out = Vec::new();
    let mut start: Option<NaiveDate> = None;
    let mut end: Option<NaiveDate> = None;
    let mut in_event = false;
    for (n, l) in &lines {
        let (name, value) = l.split_once(':').unwrap_or((l.as_str(), ""));
        let key = name.split(';').next().unwrap_or("").to_ascii_uppercase();
        match key.as_str() {
            "BEGIN" if value.eq_ignore_ascii_case("VEVENT") => {
                in_event = true;
                start = None;
                end = None;
            }
            "DTSTART" if in_event => start = Some(date_of(*n, value.trim())?),
            "DTEND" if in_event => end = Some(date_of(*n, value.trim())?),
            "END" if value.eq_ignore_ascii_case("VEVENT") => {
                let Some(s) = start else {
                    return Err((*n, "an event without DTSTART".into()));
                };
                let e = end.filter(|e| *e > s).unwrap_or(s + Duration::days(1));
                let mut d = s;
                while d < e {
                    out.push(d);
                    d += Duration::days(1);
                }
                in_event = false;
            }
            _ => {}
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use std::collections::BTreeMap;

    fn at(tz: &str, s: &str) -> DateTime<Utc> {
        let tz: Tz = tz.parse().unwrap();
        local_to_utc(
            tz,
            NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap(),
        )
    }

    fn office(tz: &str, hours: &[(&str, &str)], holidays: &[&str]) -> Calendar {
        Calendar::from_def(&CalendarDef {
            timezone: tz.into(),
            hours: hours
                .iter()
                .map(|(d, h)| (d.to_string(), h.to_string()))
                .collect::<BTreeMap<_, _>>(),
            holidays: holidays.iter().map(|d| Date::parse(d).unwrap()).collect(),
            holidays_ics: None,
        })
        .unwrap()
    }

    const H: i64 = 3600;
    const LDN: &str = "Europe/London";
    const NY: &str = "America/New_York";

    #[test]
    fn twenty_four_seven_counts_real_time_across_dst() {
        let c = Calendar::Always;
        // London spring forward, Sunday 29 March 2026: 01:00 GMT → 02:00 BST.
        // 00:30 GMT to 03:30 BST is 00:30 to 02:30 UTC: 2 h, not 3.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-03-29 00:30"), at(LDN, "2026-03-29 03:30")),
            2 * H
        );
        // London fall back, Sunday 25 October 2026: 02:00 BST → 01:00 GMT.
        // 00:30 BST (23:30 UTC) to 03:30 GMT (03:30 UTC): 4 h, not 3.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-10-25 00:30"), at(LDN, "2026-10-25 03:30")),
            4 * H
        );
        // New York spring forward, 8 March 2026, 02:00 EST → 03:00 EDT: 01:00 to 04:00 is 2 h.
        assert_eq!(
            c.seconds_between(at(NY, "2026-03-08 01:00"), at(NY, "2026-03-08 04:00")),
            2 * H
        );
        // New York fall back, 1 November 2026: 00:00 to 06:00 local is 7 h.
        assert_eq!(
            c.seconds_between(at(NY, "2026-11-01 00:00"), at(NY, "2026-11-01 06:00")),
            7 * H
        );
        // A whole DST day: 23 h and 25 h.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-03-29 00:00"), at(LDN, "2026-03-30 00:00")),
            23 * H
        );
        assert_eq!(
            c.seconds_between(at(LDN, "2026-10-25 00:00"), at(LDN, "2026-10-26 00:00")),
            25 * H
        );
    }

    #[test]
    fn office_hours_are_untouched_by_dst_at_night() {
        let c = office(LDN, &[("mon-fri", "08:00-18:00")], &[]);
        // Friday 27 March 16:00 to Monday 30 March 10:00 (DST changed on the Sunday):
        // Fri 16–18 = 2 h, Mon 08–10 = 2 h → 4 h.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-03-27 16:00"), at(LDN, "2026-03-30 10:00")),
            4 * H
        );
        // Same across the autumn change: Fri 23 Oct 17:00 → Mon 26 Oct 09:30: 1 h + 1.5 h.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-10-23 17:00"), at(LDN, "2026-10-26 09:30")),
            2 * H + H / 2
        );
        // New York, across 8 March 2026 (Sunday): Fri 6 Mar 17:00 → Mon 9 Mar 09:00 = 1 h + 1 h.
        let c = office(NY, &[("mon-fri", "08:00-18:00")], &[]);
        assert_eq!(
            c.seconds_between(at(NY, "2026-03-06 17:00"), at(NY, "2026-03-09 09:00")),
            2 * H
        );
        // ... and across 1 November 2026: Fri 30 Oct 17:00 → Mon 2 Nov 09:00 = 2 h.
        assert_eq!(
            c.seconds_between(at(NY, "2026-10-30 17:00"), at(NY, "2026-11-02 09:00")),
            2 * H
        );
    }

    #[test]
    fn a_calendar_open_through_the_night_sees_the_dst_hour() {
        // A desk open 00:00-24:00 every day counts the short and long days as they are.
        let c = office(LDN, &[("mon-sun", "00:00-24:00")], &[]);
        assert_eq!(
            c.seconds_between(at(LDN, "2026-03-29 00:00"), at(LDN, "2026-03-30 00:00")),
            23 * H
        );
        assert_eq!(
            c.seconds_between(at(LDN, "2026-10-25 00:00"), at(LDN, "2026-10-26 00:00")),
            25 * H
        );
    }

    #[test]
    fn weekends_holidays_and_lunch() {
        let c = office(
            LDN,
            &[("mon-fri", "08:00-12:00, 13:00-17:30")],
            &["2026-12-25", "2026-12-28"],
        );
        // A working day: 4 h + 4.5 h = 8.5 h.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-12-01 00:00"), at(LDN, "2026-12-02 00:00")),
            8 * H + H / 2
        );
        // Across lunch: 11:30 → 13:30 is 30 min + 30 min.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-12-01 11:30"), at(LDN, "2026-12-01 13:30")),
            H
        );
        // Inside lunch: nothing.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-12-01 12:10"), at(LDN, "2026-12-01 12:50")),
            0
        );
        // Thursday 24 Dec 17:00 → Tuesday 29 Dec 09:00: Thu 30 min; Fri 25 holiday; weekend;
        // Mon 28 holiday; Tue 08–09 1 h → 1.5 h.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-12-24 17:00"), at(LDN, "2026-12-29 09:00")),
            H + H / 2
        );
        // Saturday to Sunday: nothing.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-12-05 09:00"), at(LDN, "2026-12-06 17:00")),
            0
        );
        // Opened before and resolved after midnight on the last day of the month
        // (Thursday 31 Dec 2026 17:00 → Friday 1 Jan 2027 09:00): 30 min + 1 h.
        assert_eq!(
            c.seconds_between(at(LDN, "2026-12-31 17:00"), at(LDN, "2027-01-01 09:00")),
            H + H / 2
        );
    }

    #[test]
    fn zone_of_the_calendar_not_of_the_viewer() {
        // A New York office, 09:00–17:00 New York time, seen from London on Monday
        // 2 February 2026 (both on standard time, 5 h apart): 14:00 GMT = 09:00 EST and
        // 23:00 GMT = 18:00 EST → the whole 8 h opening.
        let c = office(NY, &[("mon-fri", "09:00-17:00")], &[]);
        assert_eq!(
            c.seconds_between(at(LDN, "2026-02-02 14:00"), at(LDN, "2026-02-02 23:00")),
            8 * H
        );
    }

    #[test]
    fn ics_holidays() {
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Christmas\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261227\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:New Year\r\n DAY\r\nDTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let d = parse_ics(ics).unwrap();
        let s: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        // 25 and 26 December (DTEND exclusive), and 1 January (no DTEND: one day).
        assert_eq!(s, ["2026-12-25", "2026-12-26", "2027-01-01"]);
        assert_eq!(
            parse_ics("BEGIN:VEVENT\nDTSTART:2026-12-25\nEND:VEVENT\n")
                .unwrap_err()
                .0,
            2
        );
    }

    #[test]
    fn reversed_or_empty_spans_are_zero() {
        let c = office(LDN, &[("mon-fri", "08:00-18:00")], &[]);
        let t = at(LDN, "2026-12-01 10:00");
        assert_eq!(c.seconds_between(t, t), 0);
        assert_eq!(c.seconds_between(t, t - Duration::hours(1)), 0);
        assert_eq!(
            Calendar::Always.seconds_between(t, t - Duration::hours(1)),
            0
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn calendar() -> Calendar {
            office(
                LDN,
                &[
                    ("mon-fri", "08:00-12:00, 13:00-17:30"),
                    ("sat", "09:00-13:00"),
                ],
                &["2026-12-25"],
            )
        }

        // Instants over 2026, which holds both DST changes.
        fn instant() -> impl Strategy<Value = DateTime<Utc>> {
            (1_767_225_600i64..1_798_761_600i64)
                .prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
        }

        proptest! {
            #[test]
            fn additive_over_a_split(a in instant(), b in instant(), c in instant()) {
                let mut v = [a, b, c];
                v.sort();
                let cal = calendar();
                prop_assert_eq!(cal.seconds_between(v[0], v[2]), cal.seconds_between(v[0], v[1]) + cal.seconds_between(v[1], v[2]));
            }

            #[test]
            fn never_negative_nor_more_than_elapsed(a in instant(), b in instant()) {
                let cal = calendar();
                let s = cal.seconds_between(a, b);
                prop_assert!(s >= 0);
                prop_assert!(s <= Calendar::Always.seconds_between(a, b));
            }

            #[test]
            fn zero_inside_closed_hours(day in 0i64..365, start in 0i64..(8 * 60), len in 0i64..(8 * 60)) {
                // Sunday nights and the night hours before 08:00 on any day are closed.
                let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(day);
                let tz: Tz = LDN.parse().unwrap();
                let from = local_to_utc(tz, date.and_time(NaiveTime::MIN) + Duration::minutes(start));
                let to = from + Duration::minutes(len.min(8 * 60 - start));
                let local_end = to.with_timezone(&tz).naive_local();
                prop_assume!(local_end.date() == date && local_end.time() <= NaiveTime::from_hms_opt(8, 0, 0).unwrap());
                prop_assert_eq!(calendar().seconds_between(from, to), 0);
            }
        }
    }
}
