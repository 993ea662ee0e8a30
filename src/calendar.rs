//! Business-hours calendars and the time they count between two instants.
//!
//! Everything is computed on the instant timeline (UTC), never on wall-clock strings:
//! 24x7 counts real elapsed time (a DST day has 23 or 25 hours); a business calendar
//! counts the overlap with its opening intervals, each turned into real instants in the
//! calendar's time zone for every local date, holidays left out.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::model::{CalendarDef, Month};

/// The calendar every client has without defining it.
pub const CALENDAR_24X7: &str = "24x7";

/// Parses an IANA time zone name.
pub fn parse_tz(name: &str) -> Option<Tz> {
    name.parse::<Tz>().ok()
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses a day set: `mon-fri`, `sat,sun`, `wed`. Returns the weekday indices (Mon = 0).
pub fn parse_days(s: &str) -> Result<BTreeSet<usize>, String> {
    let mut out = BTreeSet::new();
    let day = |d: &str| {
        DAYS.iter()
            .position(|x| x.eq_ignore_ascii_case(d.trim()))
            .ok_or_else(|| format!("`{}` is not a day of the week", d.trim()))
    };
    for part in s.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                if a > b {
                    return Err(format!("the day range `{}` runs backwards", part.trim()));
                }
                out.extend(a..=b);
            }
            None => {
                out.insert(day(part)?);
            }
        }
    }
    Ok(out)
}
/// Parses opening hours: `08:00-12:00, 13:00-17:30`, as minutes after midnight; an
/// interval that ends before it starts runs overnight (`22:00-06:00` ends at 06:00 the
/// next day, minute 1800). `closed` (or nothing) is no hours.
pub fn parse_intervals(s: &str) -> Result<Vec<(u32, u32)>, String> {
    let time = |t: &str| -> Result<u32, String> {
        let t = t.trim();
        let (h, m) = t
            .split_once(':')
            .ok_or_else(|| format!("`{t}` is not a time (HH:MM)"))?;
        let h: u32 = h
            .parse()
            .map_err(|_| format!("`{t}` is not a time (HH:MM)"))?;
        let m: u32 = m
            .parse()
            .map_err(|_| format!("`{t}` is not a time (HH:MM)"))?;
        if m > 59 || h > 24 || (h == 24 && m > 0) {
            return Err(format!("`{t}` is not a time of day"));
        }
        Ok(h * 60 + m)
    };
    if s.trim().is_empty() || s.trim().eq_ignore_ascii_case("closed") {
        return Ok(Vec::new());
    }
    let mut out: Vec<(u32, u32)> = Vec::new();
    for part in s.split(',') {
        let (a, b) = part
            .split_once('-')
            .ok_or_else(|| format!("`{}` is not an interval (HH:MM-HH:MM)", part.trim()))?;
        let (a, b) = (time(a)?, time(b)?);
        if a == b || a == 24 * 60 {
            return Err(format!("the interval `{}` is empty", part.trim()));
        }
        // Overnight: ends the next day.
        let b = if b < a { b + 24 * 60 } else { b };
        out.push((a, b));
    }
    out.sort_unstable();
    for w in out.windows(2) {
        if w[1].0 < w[0].1 {
            return Err(format!("the intervals of `{}` overlap", s.trim()));
        }
    }
    Ok(out)
}

/// The instant a month starts, in `tz`.
pub fn month_start(m: Month, tz: Tz) -> DateTime<Utc> {
    local_to_utc(tz, m.first_day().and_time(NaiveTime::MIN))
}

/// The instant a day starts (its first local midnight, or the earliest instant of the
/// day where a DST jump skips midnight), in `tz`.
pub fn day_start(d: chrono::NaiveDate, tz: Tz) -> DateTime<Utc> {
    local_midnight(d, tz).with_timezone(&Utc)
}

/// Real minutes from the first local midnight of the month to the first of the next,
/// in `tz`: a month with a DST change has an hour more or less.
pub fn month_minutes(month: Month, tz: Tz) -> f64 {
    let start = local_midnight(month.first_day(), tz);
    let end = local_midnight(month.plus(1).first_day(), tz);
    (end - start).num_seconds() as f64 / 60.0
}

fn local_midnight(d: chrono::NaiveDate, tz: Tz) -> chrono::DateTime<Tz> {
    let naive = d.and_time(NaiveTime::MIN);
    // Midnight may not exist (a DST jump at 00:00, e.g. America/Santiago): take the
    // earliest instant of the day.
    tz.from_local_datetime(&naive)
        .earliest()
        .unwrap_or_else(|| {
            tz.from_local_datetime(&(naive + chrono::Duration::hours(1)))
                .earliest()
                .expect("an hour after a gap exists")
        })
}

/// A calendar: 24x7, or opening hours per weekday in a time zone, with holidays.
#[derive(Debug, Clone)]
pub enum Calendar {
    /// Around the clock: elapsed real time.
    Always,
    /// Opening hours.
    Business(Box<Business>),
}

impl Calendar {
    /// The calendar a client's SLA (or its ticket KPIs) names: 24x7 when none.
    pub fn named(def: &crate::model::ClientDef, name: Option<&str>) -> Result<Calendar, String> {
        match name {
            None | Some(CALENDAR_24X7) => Ok(Calendar::Always),
            Some(n) => def
                .calendars
                .get(n)
                .ok_or_else(|| format!("unknown calendar `{n}`"))
                .and_then(Calendar::from_def),
        }
    }
}

/// Opening hours in a time zone.
#[derive(Debug)]
pub struct Business {
    /// The calendar's time zone.
    pub tz: Tz,
    /// Opening intervals per weekday (Monday = 0), minutes after local midnight, sorted.
    pub hours: [Vec<(u32, u32)>; 7],
    /// Local dates with no opening hours.
    pub holidays: BTreeSet<NaiveDate>,
    /// Local dates with hours of their own (before holidays and weekdays).
    pub exceptions: BTreeMap<NaiveDate, Vec<(u32, u32)>>,
    /// The opening intervals of the dates asked about so far, as instants: built once,
    /// so that a clock costs two binary searches instead of a time-zone conversion per
    /// opening interval of every day a ticket was open.
    table: Mutex<SpanTable>,
}

impl Clone for Business {
    fn clone(&self) -> Self {
        Business {
            tz: self.tz,
            hours: self.hours.clone(),
            holidays: self.holidays.clone(),
            exceptions: self.exceptions.clone(),
            table: Mutex::default(),
        }
    }
}

/// The merged opening spans of the local dates `first..=last` (Unix seconds), with the
/// opening seconds before each span: the business time before any instant in the
/// dates' reach is one binary search.
#[derive(Debug, Default)]
struct SpanTable {
    /// Covered local dates (none while `spans` is empty and `first > last`).
    range: Option<(NaiveDate, NaiveDate)>,
    /// Sorted, neither overlapping nor touching.
    spans: Vec<(i64, i64)>,
    /// `before[k]`: the opening seconds of `spans[..k]`.
    before: Vec<i64>,
    /// Instants (Unix seconds, from inclusive, to exclusive) between which any clock
    /// needs only covered dates, whatever the zone's offset (at most 14 hours either way):
    /// checked without converting to local time.
    safe: (i64, i64),
}

impl SpanTable {
    /// Opening seconds before instant `t` (Unix seconds).
    fn open_before(&self, t: i64) -> i64 {
        let k = self.spans.partition_point(|&(_, end)| end <= t);
        let inside = match self.spans.get(k) {
            Some(&(start, _)) if start < t => t - start,
            _ => 0,
        };
        self.before[k] + inside
    }
}

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Opening intervals per weekday from `hours:` (day keys → intervals). A day named by
/// two keys gets both sets; overlapping intervals, also an overnight interval running into
/// the next day's, are an error naming both keys.
pub fn week_hours(def: &BTreeMap<String, String>) -> Result<[Vec<(u32, u32)>; 7], String> {
    let mut by_day: [Vec<(u32, u32, &str)>; 7] = Default::default();
    for (days, spec) in def {
        let intervals = parse_intervals(spec)?;
        for d in parse_days(days)? {
            for &(a, b) in &intervals {
                by_day[d].push((a, b, days.as_str()));
                if b > 24 * 60 {
                    // The part after midnight, on the next weekday.
                    by_day[(d + 1) % 7].push((0, b - 24 * 60, days.as_str()));
                }
            }
        }
    }
    let hm = |m: u32| {
        format!(
            "{:02}:{:02}",
            m / 60 % 24 + if m == 24 * 60 { 24 } else { 0 },
            m % 60
        )
    };
    for (d, list) in by_day.iter_mut().enumerate() {
        list.sort_unstable();
        for w in list.windows(2) {
            let ((a1, b1, k1), (a2, b2, k2)) = (w[0], w[1]);
            if a2 < b1.min(24 * 60) {
                return Err(format!(
                    "{}: `{k1}: {}-{}` and `{k2}: {}-{}` overlap",
                    DAY_NAMES[d],
                    hm(a1),
                    hm(b1),
                    hm(a2),
                    hm(b2)
                ));
            }
        }
    }
    let mut hours: [Vec<(u32, u32)>; 7] = Default::default();
    for (days, spec) in def {
        let intervals = parse_intervals(spec)?;
        for d in parse_days(days)? {
            hours[d].extend(intervals.iter().copied());
        }
    }
    for h in &mut hours {
        h.sort_unstable();
    }
    Ok(hours)
}

impl Calendar {
    /// Builds a calendar from its (validated) definition.
    pub fn from_def(def: &CalendarDef) -> Result<Calendar, String> {
        let tz = parse_tz(&def.timezone)
            .ok_or_else(|| format!("unknown time zone `{}`", def.timezone))?;
        let hours = week_hours(&def.hours)?;
        let mut exceptions = BTreeMap::new();
        for (date, spec) in &def.exceptions {
            exceptions.insert(date.0, parse_intervals(spec)?);
        }
        Ok(Calendar::Business(Box::new(Business::new(
            tz,
            hours,
            def.holidays.iter().map(|d| d.0).collect(),
            exceptions,
        ))))
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
    /// A calendar of opening hours per weekday, holidays and per-date exceptions.
    pub fn new(
        tz: Tz,
        hours: [Vec<(u32, u32)>; 7],
        holidays: BTreeSet<NaiveDate>,
        exceptions: BTreeMap<NaiveDate, Vec<(u32, u32)>>,
    ) -> Business {
        Business {
            tz,
            hours,
            holidays,
            exceptions,
            table: Mutex::default(),
        }
    }

    fn seconds_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        let (f, t) = (from.timestamp(), to.timestamp());
        if table.safe.0 <= f && t < table.safe.1 {
            return table.open_before(t) - table.open_before(f);
        }
        // Local dates that can overlap [from, to): one day of margin each side covers
        // intervals whose instants straddle a date line after time-zone conversion (an
        // interval is at most a day long, so dates further out cannot reach the span).
        let first = from.with_timezone(&self.tz).date_naive() - Duration::days(1);
        let last = to.with_timezone(&self.tz).date_naive() + Duration::days(1);
        match table.range {
            Some((a, b)) if a <= first && last <= b => {}
            covered => {
                // Grown by at least a month and by its own length each time, so that
                // tickets read in any order rebuild it a logarithmic number of times.
                let (a, b) = covered.map_or((first, last), |(a, b)| (a.min(first), b.max(last)));
                let grow = Duration::days(31.max((b - a).num_days()));
                let (a, b) = (
                    (a - grow).max(NaiveDate::MIN + Duration::days(2)),
                    (b + grow).min(NaiveDate::MAX - Duration::days(2)),
                );
                *table = self.build(a.min(first), b.max(last));
            }
        }
        table.open_before(t) - table.open_before(f)
    }

    /// The opening spans of the local dates `first..=last`, merged so that an overnight
    /// shift and the next day's hours (or an exception) that meet or overlap count once.
    fn build(&self, first: NaiveDate, last: NaiveDate) -> SpanTable {
        let mut spans: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        let mut day = first;
        while day <= last {
            let hours = match self.exceptions.get(&day) {
                Some(h) => Some(h),
                None if self.holidays.contains(&day) => None,
                None => Some(&self.hours[day.weekday().num_days_from_monday() as usize]),
            };
            for &(a, b) in hours.into_iter().flatten() {
                spans.push((
                    local_instant(self.tz, day, a, Edge::Start),
                    local_instant(self.tz, day, b, Edge::End),
                ));
            }
            day += Duration::days(1);
        }
        let spans: Vec<(i64, i64)> = merge_spans(spans)
            .iter()
            .map(|(s, e)| (s.timestamp(), e.timestamp()))
            .collect();
        let mut before = Vec::with_capacity(spans.len() + 1);
        let mut sum = 0;
        before.push(0);
        for (s, e) in &spans {
            sum += e - s;
            before.push(sum);
        }
        // A clock from `from` needs the local date before from's; from's local date is
        // at least `first + 2` once `from` is past `first + 2` at 00:00 in the zone
        // furthest west (UTC−12): 00:00 plus 15 hours. Likewise at the other end.
        let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN).and_utc().timestamp();
        let margin = 15 * 3600;
        SpanTable {
            range: Some((first, last)),
            spans,
            before,
            safe: (
                midnight(first + Duration::days(2)) + margin,
                midnight(last - Duration::days(1)) - margin,
            ),
        }
    }
}

/// The same instants as `spans`, as sorted spans that neither overlap nor touch.
pub fn merge_spans(
    mut spans: Vec<(DateTime<Utc>, DateTime<Utc>)>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    spans.retain(|(a, b)| b > a);
    spans.sort_unstable();
    let mut out: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
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
    // Minutes past 24:00 fall on the next day (an overnight interval's end).
    let day = day + Duration::days(i64::from(minutes / (24 * 60)));
    let minutes = minutes % (24 * 60);
    let naive =
        day.and_time(NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).expect("valid time"));
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
/// RFC 5545 has it for all-day events; a timed event closes its start day), each
/// recurrence of an `RRULE` included (expanded by the `rrule` crate up to 2100, as most
/// published holiday calendars recur yearly). Errors carry the 1-based line.
pub fn parse_ics(text: &str) -> Result<Vec<NaiveDate>, (usize, String)> {
    let lines = unfold(text);
    if !lines
        .iter()
        .any(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err((1, "not an iCalendar file (no BEGIN:VCALENDAR)".into()));
    }
    let mut out = Vec::new();
    let mut event: Option<IcsEvent> = None;
    for (n, l) in &lines {
        let (name, value) = l.split_once(':').unwrap_or((l.as_str(), ""));
        let key = name.split(';').next().unwrap_or("").to_ascii_uppercase();
        let value = value.trim();
        match (key.as_str(), event.as_mut()) {
            ("BEGIN", _) if value.eq_ignore_ascii_case("VEVENT") => {
                event = Some(IcsEvent::default());
            }
            ("DTSTART", Some(e)) => e.start = Some(ics_date(*n, value)?),
            ("DTEND", Some(e)) => e.end = Some(ics_date(*n, value)?),
            ("RRULE", Some(e)) => e.rule = Some((*n, value.to_string())),
            // Occurrences cancelled (a holiday moved for a year is an EXDATE plus an event
            // of its own).
            ("EXDATE", Some(e)) => {
                for v in value.split(',') {
                    e.except.push(ics_date(*n, v.trim())?);
                }
            }
            ("END", Some(e)) if value.eq_ignore_ascii_case("VEVENT") => {
                out.extend(e.days(*n)?);
                event = None;
            }
            ("END", None) if value.eq_ignore_ascii_case("VEVENT") => {
                return Err((*n, "END:VEVENT without its BEGIN:VEVENT".into()));
            }
            _ => {}
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The lines of an iCalendar text with their numbers, continuation lines (a leading
/// space or tab) unfolded into the line they continue.
fn unfold(text: &str) -> Vec<(usize, String)> {
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
    lines
}

/// An iCalendar date (`YYYYMMDD`, or the date of a date-time) on line `line`.
fn ics_date(line: usize, v: &str) -> Result<NaiveDate, (usize, String)> {
    let digits: String = v.chars().take(8).collect();
    NaiveDate::parse_from_str(&digits, "%Y%m%d")
        .ok()
        .filter(|d| (1970..=2100).contains(&d.year()))
        .ok_or_else(|| {
            (
                line,
                format!("`{v}` is not an iCalendar date (YYYYMMDD) between 1970 and 2100"),
            )
        })
}

/// An all-day event as read so far: its dates, its rule and the occurrences cancelled.
#[derive(Default)]
struct IcsEvent {
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    rule: Option<(usize, String)>,
    except: Vec<NaiveDate>,
}

impl IcsEvent {
    /// Every day the event covers, each occurrence of its rule but the cancelled; `n` is
    /// the line of its END.
    fn days(&self, n: usize) -> Result<Vec<NaiveDate>, (usize, String)> {
        let Some(s) = self.start else {
            return Err((n, "an event without DTSTART".into()));
        };
        if let Some(e) = self.end
            && e < s
        {
            return Err((n, "the event ends before it starts".into()));
        }
        let e = self.end.filter(|e| *e > s).unwrap_or(s + Duration::days(1));
        let days = (e - s).num_days();
        if days > 366 {
            return Err((n, format!("an event of {days} days is not a holiday")));
        }
        let starts = match &self.rule {
            None => vec![s],
            Some((line, r)) => recurrences(s, r).map_err(|m| (*line, m))?,
        };
        Ok(starts
            .into_iter()
            .filter(|d| !self.except.contains(d))
            .flat_map(|first| (0..days).map(move |k| first + Duration::days(k)))
            .collect())
    }
}

/// The start days of an all-day event recurring by `rule` from `start`, up to 2100.
fn recurrences(start: NaiveDate, rule: &str) -> Result<Vec<NaiveDate>, String> {
    let text = format!(
        "DTSTART:{}T000000Z\nRRULE:{}",
        start.format("%Y%m%d"),
        // Date-only UNTIL beside a UTC start: the end of that day, as RFC 5545 means it.
        rule.split(';')
            .map(|p| match p.split_once('=') {
                Some((k, v)) if k.eq_ignore_ascii_case("UNTIL") && v.len() == 8 => {
                    format!("UNTIL={v}T235959Z")
                }
                _ => p.to_string(),
            })
            .collect::<Vec<_>>()
            .join(";")
    );
    let set: rrule::RRuleSet = text
        .parse()
        .map_err(|e| format!("RRULE `{rule}` cannot be read: {e}"))?;
    let until = rrule::Tz::UTC
        .with_ymd_and_hms(2100, 12, 31, 0, 0, 0)
        .single()
        .expect("a valid instant");
    Ok(set
        .before(until)
        .all(2000)
        .dates
        .into_iter()
        .map(|d| d.date_naive())
        .collect())
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
            exceptions: Default::default(),
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
    fn two_keys_for_one_day_add_up_only_when_they_do_not_overlap() {
        let def = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(d, h)| (d.to_string(), h.to_string()))
                .collect::<BTreeMap<_, _>>()
        };
        // Monday 09:00-17:00 from `mon-fri` and 12:00-18:00 from `mon`: an error naming
        // both, not 14 hours.
        let e =
            week_hours(&def(&[("mon-fri", "09:00-17:00"), ("mon", "12:00-18:00")])).unwrap_err();
        assert_eq!(
            e,
            "Monday: `mon-fri: 09:00-17:00` and `mon: 12:00-18:00` overlap"
        );
        // Apart, they add: a Monday evening on top of the week's hours.
        let w = week_hours(&def(&[("mon-fri", "09:00-17:00"), ("mon", "18:00-20:00")])).unwrap();
        assert_eq!(w[0], [(540, 1020), (1080, 1200)]);
        // An overnight shift running into the next day's hours.
        let e = week_hours(&def(&[("mon", "22:00-06:00"), ("tue", "05:00-09:00")])).unwrap_err();
        assert!(e.starts_with("Tuesday:"), "{e}");
    }

    #[test]
    fn overnight_shifts_and_dated_exceptions() {
        // A NOC desk open 22:00-06:00 Monday to Friday nights (London). From Mon 5 Oct
        // 2026 20:00 to Tue 6 Oct 08:00: 22:00-06:00 = 8 h.
        let noc = office("Europe/London", &[("mon-fri", "22:00-06:00")], &[]);
        assert_eq!(
            noc.seconds_between(
                at("Europe/London", "2026-10-05 20:00"),
                at("Europe/London", "2026-10-06 08:00")
            ),
            8 * 3600
        );
        // Friday night's shift runs into Saturday: Fri 22:00 - Sat 06:00 = 8 h; Saturday
        // night has none.
        assert_eq!(
            noc.seconds_between(
                at("Europe/London", "2026-10-09 12:00"),
                at("Europe/London", "2026-10-11 12:00")
            ),
            8 * 3600
        );
        // Christmas Eve 09:00-13:00 instead of the weekday's 09:00-17:00; a one-off
        // Saturday 10:00-14:00; a date `closed`.
        let mut def = CalendarDef {
            timezone: "Europe/London".into(),
            hours: [("mon-fri".to_string(), "09:00-17:00".to_string())]
                .into_iter()
                .collect(),
            holidays: vec![],
            holidays_ics: None,
            exceptions: Default::default(),
        };
        for (d, h) in [
            ("2026-12-24", "09:00-13:00"),
            ("2026-12-19", "10:00-14:00"),
            ("2026-12-23", "closed"),
        ] {
            def.exceptions.insert(Date::parse(d).unwrap(), h.into());
        }
        let cal = Calendar::from_def(&def).unwrap();
        let day = |d: &str| {
            cal.seconds_between(
                at("Europe/London", &format!("{d} 00:00")),
                at("Europe/London", &format!("{d} 23:59")),
            )
        };
        assert_eq!(day("2026-12-24"), 4 * 3600);
        assert_eq!(day("2026-12-19"), 4 * 3600);
        assert_eq!(day("2026-12-23"), 0);
        assert_eq!(day("2026-12-22"), 8 * 3600);
    }

    #[test]
    fn an_exception_meeting_an_overnight_shift_counts_once() {
        // Friday night's 22:00-06:00 shift runs into Saturday 19 December, which also has
        // an exception 00:00-04:00: Fri 23:00 to Sat 05:00 is 6 h, not 10.
        let mut def = CalendarDef {
            timezone: "Europe/London".into(),
            hours: [("mon-fri".to_string(), "22:00-06:00".to_string())]
                .into_iter()
                .collect(),
            holidays: vec![],
            holidays_ics: None,
            exceptions: Default::default(),
        };
        def.exceptions
            .insert(Date::parse("2026-12-19").unwrap(), "00:00-04:00".into());
        let cal = Calendar::from_def(&def).unwrap();
        assert_eq!(
            cal.seconds_between(
                at("Europe/London", "2026-12-18 23:00"),
                at("Europe/London", "2026-12-19 05:00")
            ),
            6 * 3600
        );
        // Intervals written out of order read the same.
        assert_eq!(
            crate::calendar::parse_intervals("22:00-06:00, 08:00-12:00").unwrap(),
            [(480, 720), (1320, 1800)]
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
            parse_ics("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026-12-25\nEND:VEVENT\n")
                .unwrap_err()
                .0,
            3
        );
        // A CSV saved as the .ics, an event ending before it starts, an event of years.
        assert_eq!(
            parse_ics("date,name\n2026-12-25,Christmas\n")
                .unwrap_err()
                .0,
            1
        );
        let ev = |body: &str| {
            format!("BEGIN:VCALENDAR\nBEGIN:VEVENT\n{body}\nEND:VEVENT\nEND:VCALENDAR\n")
        };
        assert!(
            parse_ics(&ev(
                "DTSTART;VALUE=DATE:20261227\nDTEND;VALUE=DATE:20261225"
            ))
            .unwrap_err()
            .1
            .contains("ends before it starts")
        );
        assert!(
            parse_ics(&ev(
                "DTSTART;VALUE=DATE:19700101\nDTEND;VALUE=DATE:21001231"
            ))
            .unwrap_err()
            .1
            .contains("not a holiday")
        );
        assert!(parse_ics(&ev("DTSTART;VALUE=DATE:00010101")).is_err());
        // An event without a start, and an end without its event, on the END line.
        assert_eq!(
            parse_ics(&ev("SUMMARY:Boxing Day")).unwrap_err(),
            (4, "an event without DTSTART".to_string())
        );
        let stray = "BEGIN:VCALENDAR\nEND:VEVENT\nEND:VCALENDAR\n";
        assert_eq!(parse_ics(stray).unwrap_err().0, 2);
    }

    #[test]
    fn ics_yearly_recurrences_count_every_year() {
        // Christmas every year from 2024; the late-May bank holiday (last Monday of May)
        // from 2024 until 2027.
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241225\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240527\r\nRRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO;UNTIL=20270601\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let d = parse_ics(ics).unwrap();
        let has = |s: &str| d.contains(&NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        assert!(has("2026-12-25") && has("2030-12-25") && has("2100-12-25"));
        // Last Mondays of May: 27 May 2024, 26 May 2025, 25 May 2026, 31 May 2027.
        assert!(has("2024-05-27") && has("2025-05-26") && has("2026-05-25") && has("2027-05-31"));
        assert!(!has("2028-05-29"));
        // A cancelled occurrence (EXDATE) is not a holiday.
        let moved = ics.replace(
            "RRULE:FREQ=YEARLY\r\n",
            "RRULE:FREQ=YEARLY\r\nEXDATE;VALUE=DATE:20271225\r\n",
        );
        let d = parse_ics(&moved).unwrap();
        assert!(!d.contains(&NaiveDate::from_ymd_opt(2027, 12, 25).unwrap()));
        assert!(d.contains(&NaiveDate::from_ymd_opt(2028, 12, 25).unwrap()));
        let bad = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20241225\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\nEND:VCALENDAR\n";
        assert_eq!(parse_ics(bad).unwrap_err().0, 4);
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
    /// The clock as it was computed before the span table (every opening interval of
    /// every date a span touches, converted, clipped and merged), to check the table
    /// against on clocks of every shape.
    fn reference(b: &Business, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        if to <= from {
            return 0;
        }
        let first = from.with_timezone(&b.tz).date_naive() - Duration::days(1);
        let last = to.with_timezone(&b.tz).date_naive() + Duration::days(1);
        let mut spans = Vec::new();
        let mut day = first;
        while day <= last {
            let hours = match b.exceptions.get(&day) {
                Some(h) => Some(h),
                None if b.holidays.contains(&day) => None,
                None => Some(&b.hours[day.weekday().num_days_from_monday() as usize]),
            };
            for &(x, y) in hours.into_iter().flatten() {
                let s = local_instant(b.tz, day, x, Edge::Start).max(from);
                let e = local_instant(b.tz, day, y, Edge::End).min(to);
                if e > s {
                    spans.push((s, e));
                }
            }
            day += Duration::days(1);
        }
        merge_spans(spans)
            .iter()
            .map(|(s, e)| (*e - *s).num_seconds())
            .sum()
    }

    #[test]
    fn the_span_table_counts_as_every_interval_would() {
        let mut def = CalendarDef {
            timezone: NY.into(),
            hours: [
                ("mon-fri", "08:00-12:00, 13:00-17:30"),
                ("sat", "22:00-06:00"),
                ("sun", "07:00-09:00"),
            ]
            .iter()
            .map(|(d, h)| (d.to_string(), h.to_string()))
            .collect(),
            holidays: vec![Date::parse("2026-11-26").unwrap()],
            holidays_ics: None,
            exceptions: Default::default(),
        };
        def.exceptions
            .insert(Date::parse("2026-12-24").unwrap(), "09:00-13:00".into());
        let cal = Calendar::from_def(&def).unwrap();
        let Calendar::Business(b) = &cal else {
            unreachable!()
        };
        // Clocks of every length from 2025-12 to 2027-01 (both DST changes of 2026, the
        // holiday and the exception), in an order that makes the table grow both ways.
        let base = at(NY, "2026-06-15 00:00").timestamp();
        let mut seed = 7u64;
        for _ in 0..4000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let start = base + (seed % (400 * 86400)) as i64 - 200 * 86400;
            let len = ((seed >> 20) % (9 * 86400)) as i64;
            let from = DateTime::from_timestamp(start, 0).unwrap();
            let to = DateTime::from_timestamp(start + len, 0).unwrap();
            assert_eq!(
                cal.seconds_between(from, to),
                reference(b, from, to),
                "{from} to {to}"
            );
        }
    }
}
