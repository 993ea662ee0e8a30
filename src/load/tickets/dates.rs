//! Date-times as ticket exports write them. The order of day and month is read off the
//! file, never guessed: [`Evidence`] gathers what every numeric date allows, and
//! [`Evidence::verdict`] says day-first, month-first, or that both read every row (then the
//! user must set `tickets.date_format`). Formats are parsed once ([`Formats`]) and the one
//! that read the last value is tried first. Times are kept to whole seconds: a fraction is
//! dropped at import, so that every duration is a difference of whole seconds.

use std::cell::Cell;

use chrono::format::{Item, Parsed, StrftimeItems};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

use crate::calendar::local_to_utc;

/// The order of day and month in a numeric date (`03/02/2026`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// 28/02/2026: day, month, year.
    DayFirst,
    /// 02/28/2026: month, day, year.
    MonthFirst,
}

impl Order {
    /// How `validate` and `tickets inspect` name it.
    pub fn describe(self) -> &'static str {
        match self {
            Order::DayFirst => "day-first (DD/MM/YYYY)",
            Order::MonthFirst => "month-first (MM/DD/YYYY)",
        }
    }
}

/// What the numeric dates of a file allow.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Numeric dates seen (day and month both numbers, year last).
    pub numeric: usize,
    /// Dates that cannot be day-first (second number above 12), with the first seen.
    pub not_day_first: usize,
    /// Dates that cannot be month-first (first number above 12).
    pub not_month_first: usize,
    /// The first numeric date, the first that rules day-first out, and the first that rules
    /// month-first out (with the file's line).
    pub examples: [Option<(u64, String)>; 3],
}

/// What the evidence says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No numeric dates: ISO or month names only.
    NotNumeric,
    /// Only this order reads every date.
    Only(Order),
    /// Both orders read every date: the file cannot tell.
    Ambiguous,
    /// Neither order reads every date; this one reads more.
    Mostly(Order),
}

impl Evidence {
    /// Looks at one value (a date-time as exported), from line `line`.
    pub fn see(&mut self, v: &str, line: u64) {
        let Some((a, b)) = numeric_day_month(v) else {
            return;
        };
        // A date that reads neither way (`32/10/2026`) says nothing of the order: it is a
        // bad row, reported as one when it is read.
        let day_first = (1..=31).contains(&a) && (1..=12).contains(&b);
        let month_first = (1..=12).contains(&a) && (1..=31).contains(&b);
        if !day_first && !month_first {
            return;
        }
        self.numeric += 1;
        if self.examples[0].is_none() {
            self.examples[0] = Some((line, v.to_string()));
        }
        // Day-first: a is the day, b the month.
        if !day_first {
            self.not_day_first += 1;
            if self.examples[1].is_none() {
                self.examples[1] = Some((line, v.to_string()));
            }
        }
        if !month_first {
            self.not_month_first += 1;
            if self.examples[2].is_none() {
                self.examples[2] = Some((line, v.to_string()));
            }
        }
    }

    /// The order the dates allow.
    pub fn verdict(&self) -> Verdict {
        match (self.numeric, self.not_day_first, self.not_month_first) {
            (0, _, _) => Verdict::NotNumeric,
            (_, 0, 0) => Verdict::Ambiguous,
            (_, 0, _) => Verdict::Only(Order::DayFirst),
            (_, _, 0) => Verdict::Only(Order::MonthFirst),
            (_, d, m) if d <= m => Verdict::Mostly(Order::DayFirst),
            _ => Verdict::Mostly(Order::MonthFirst),
        }
    }
}

/// The two leading numbers of a numeric date (`28/02/2023 ...`, `2-3-26`, `28.02.2023`),
/// when the year comes last; `None` for ISO dates, month names and anything else.
pub fn numeric_day_month(v: &str) -> Option<(u32, u32)> {
    let b = v.trim().as_bytes();
    let num = |i: &mut usize| -> Option<u32> {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - start < 4 {
            *i += 1;
        }
        if *i == start || *i - start > 2 {
            return None;
        }
        std::str::from_utf8(&b[start..*i]).ok()?.parse().ok()
    };
    let mut i = 0;
    let a = num(&mut i)?;
    let sep = *b.get(i)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    i += 1;
    let m = num(&mut i)?;
    if b.get(i) != Some(&sep) {
        return None;
    }
    i += 1;
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    matches!(i - start, 2 | 4).then_some((a, m))
}

/// A field of a date-time, as the fast reader fills it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FastField {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
}

/// One step of the fast reader.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fast {
    /// Digits: exactly four for a year, one or two for the others (as chrono reads them).
    Num(FastField),
    /// These bytes.
    Lit(Box<[u8]>),
    /// Any ASCII white space, or none (chrono's `Space`).
    Space,
    /// An optional fraction of a second, `.` and digits (chrono's `%.f`), dropped.
    Fraction,
}

/// The fast reader of a format, where it has one: the numeric layouts every profile
/// uses (`%Y-%m-%d %H:%M:%S`, `%d/%m/%Y %H:%M`…), read byte by byte without chrono's
/// general parser. It reads a subset of what chrono reads, to the same date-time;
/// whatever it does not read goes to chrono, so the two can never disagree.
fn fast_items(items: &[Item<'_>]) -> Option<Vec<Fast>> {
    use chrono::format::{Fixed, Numeric as N, Pad};
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for item in items {
        out.push(match item {
            Item::Numeric(n, Pad::Zero) => {
                let f = match n {
                    N::Year => FastField::Year,
                    N::Month => FastField::Month,
                    N::Day => FastField::Day,
                    N::Hour => FastField::Hour,
                    N::Minute => FastField::Minute,
                    N::Second => FastField::Second,
                    _ => return None,
                };
                if seen.contains(&f) {
                    return None;
                }
                seen.push(f);
                Fast::Num(f)
            }
            Item::Literal(l) if l.is_ascii() => Fast::Lit(l.as_bytes().into()),
            Item::OwnedLiteral(l) if l.is_ascii() => Fast::Lit(l.as_bytes().into()),
            Item::Space(_) | Item::OwnedSpace(_) => Fast::Space,
            Item::Fixed(Fixed::Nanosecond) => Fast::Fraction,
            _ => return None,
        });
    }
    Some(out)
}

/// Reads `v` with the fast reader: the local date-time, or `None` when it does not read
/// it (chrono then tries).
fn read_fast(steps: &[Fast], v: &[u8]) -> Option<NaiveDateTime> {
    let mut i = 0;
    let mut f = [0u32; 6];
    let digits = |i: &mut usize, min: usize, max: usize| -> Option<u32> {
        let start = *i;
        let mut n = 0u32;
        while *i < v.len() && *i - start < max && v[*i].is_ascii_digit() {
            n = n * 10 + u32::from(v[*i] - b'0');
            *i += 1;
        }
        // chrono reads a year's digits without bound: a fifth digit is not ours.
        (*i - start >= min && !(max == 4 && v.get(*i).is_some_and(u8::is_ascii_digit))).then_some(n)
    };
    for step in steps {
        match step {
            Fast::Num(field) => {
                let (min, max) = if *field == FastField::Year {
                    (4, 4)
                } else {
                    (1, 2)
                };
                f[*field as usize] = digits(&mut i, min, max)?;
            }
            Fast::Lit(l) => {
                if !v[i..].starts_with(l) {
                    return None;
                }
                i += l.len();
            }
            Fast::Space => {
                while v.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                if v.get(i).is_some_and(|b| !b.is_ascii()) {
                    return None;
                }
            }
            Fast::Fraction => {
                if v.get(i) == Some(&b'.') {
                    i += 1;
                    digits(&mut i, 1, 9)?;
                    if v.get(i).is_some_and(u8::is_ascii_digit) {
                        return None;
                    }
                }
            }
        }
    }
    if i != v.len() {
        return None;
    }
    NaiveDate::from_ymd_opt(f[0] as i32, f[1], f[2])?.and_hms_opt(f[3], f[4], f[5])
}

/// The UTC offsets of the local hours read so far, per time zone: an export's times fall
/// in few hours of few zones, and a zone's rules are a binary search each. Only hours with
/// one offset throughout (no change of offset inside) are kept; the rest are resolved
/// each time.
#[derive(Debug)]
pub struct ZoneCache {
    slots: Box<[Cell<Option<HourOffset>>]>,
}

/// A zone, a local hour (hours since 1970 on the local clock) and its UTC offset in
/// seconds.
type HourOffset = (Tz, i64, i32);

impl Default for ZoneCache {
    fn default() -> Self {
        ZoneCache {
            slots: (0..512).map(|_| Cell::new(None)).collect(),
        }
    }
}

impl ZoneCache {
    /// The instant of local `naive` in `tz`, as [`local_to_utc`] gives it.
    pub fn to_utc(&self, tz: Tz, naive: NaiveDateTime) -> DateTime<Utc> {
        let local = naive.and_utc().timestamp();
        let hour = local.div_euclid(3600);
        let slot = &self.slots[hour.rem_euclid(self.slots.len() as i64) as usize];
        if let Some((z, h, offset)) = slot.get()
            && z == tz
            && h == hour
            && let Some(utc) =
                naive.checked_sub_signed(chrono::Duration::seconds(i64::from(offset)))
        {
            return utc.and_utc();
        }
        let start = DateTime::from_timestamp(hour * 3600, 0).map(|t| t.naive_utc());
        let end = start.and_then(|t| t.checked_add_signed(chrono::Duration::seconds(3599)));
        let offset = |t: NaiveDateTime| match tz.offset_from_local_datetime(&t) {
            chrono::LocalResult::Single(o) => Some(o.fix().local_minus_utc()),
            _ => None,
        };
        if let (Some(start), Some(end)) = (start, end)
            && let (Some(a), Some(b)) = (offset(start), offset(end))
            && a == b
        {
            slot.set(Some((tz, hour, a)));
        }
        local_to_utc(tz, naive)
    }
}

/// One date-time format, parsed once.
#[derive(Debug, Clone)]
pub struct Format {
    /// As written (chrono `strftime`).
    pub text: String,
    items: Vec<Item<'static>>,
    /// The fast reader, for the formats it can read.
    fast: Option<Vec<Fast>>,
    /// Carries its offset (`%z`).
    offset: bool,
    /// Ends in `Z` or ` UTC`: the time is UTC.
    utc: bool,
}

impl Format {
    /// Parses a format; `Err` with the reason when chrono cannot read it.
    pub fn new(text: &str) -> Result<Format, String> {
        let items = StrftimeItems::new(text)
            .parse_to_owned()
            .map_err(|_| format!("`{text}` is not a date-time format"))?;
        let has = |spec: chrono::format::Fixed| {
            items
                .iter()
                .any(|i| matches!(i, Item::Fixed(f) if *f == spec))
        };
        use chrono::format::Fixed;
        let offset = has(Fixed::TimezoneOffset)
            || has(Fixed::TimezoneOffsetColon)
            || has(Fixed::TimezoneOffsetZ)
            || has(Fixed::TimezoneOffsetColonZ);
        if text.contains("%Z") {
            return Err(format!(
                "`{text}`: a zone name (`%Z`) cannot be read back to an instant; use `%z` for an \
                 offset, or leave the zone out and set `tickets.timezone`"
            ));
        }
        // A literal `Z` or ` UTC` at the end: the time is UTC.
        let utc = (text.ends_with('Z') && !text.ends_with("%Z")) || text.ends_with(" UTC");
        let needs = |n: chrono::format::Numeric| {
            items
                .iter()
                .any(|i| matches!(i, Item::Numeric(m, _) if *m == n))
        };
        use chrono::format::Numeric as N;
        let has_year = needs(N::Year) || needs(N::YearMod100);
        let has_month = needs(N::Month) || has(Fixed::ShortMonthName) || has(Fixed::LongMonthName);
        let has_hour = needs(N::Hour) || needs(N::Hour12);
        if !(has_year && has_month && needs(N::Day) && has_hour && needs(N::Minute)) {
            return Err(format!(
                "`{text}` does not give year, month, day, hour and minute (e.g. `%d/%m/%Y %H:%M`)"
            ));
        }
        let fast = if offset { None } else { fast_items(&items) };
        Ok(Format {
            text: text.to_string(),
            items,
            fast,
            offset,
            utc,
        })
    }

    /// Reads `v`: with its offset, as UTC, or in `tz` (`utc_column`: the column holds
    /// UTC times whatever the format says).
    pub fn parse(&self, v: &str, tz: Tz, utc_column: bool) -> Option<DateTime<Utc>> {
        self.parse_with(v, tz, utc_column, None)
    }

    /// As [`Format::parse`], local times resolved through `zones` when given.
    fn parse_with(
        &self,
        v: &str,
        tz: Tz,
        utc_column: bool,
        zones: Option<&ZoneCache>,
    ) -> Option<DateTime<Utc>> {
        let fast = self
            .fast
            .as_deref()
            .and_then(|f| read_fast(f, v.as_bytes()));
        let t = if let Some(n) = fast {
            self.instant(n, tz, utc_column, zones)
        } else {
            let mut p = Parsed::new();
            chrono::format::parse(&mut p, v, self.items.iter()).ok()?;
            if self.offset {
                p.to_datetime().ok()?.with_timezone(&Utc)
            } else {
                let n: NaiveDateTime = p.to_naive_datetime_with_offset(0).ok()?;
                self.instant(n, tz, utc_column, zones)
            }
        };
        // Whole seconds (see the module doc), and years a ticket can have.
        let t = t.with_nanosecond(0)?;
        (1970..=2200).contains(&t.year()).then_some(t)
    }

    /// The instant of a local date-time read without an offset.
    fn instant(
        &self,
        n: NaiveDateTime,
        tz: Tz,
        utc_column: bool,
        zones: Option<&ZoneCache>,
    ) -> DateTime<Utc> {
        if self.utc || utc_column {
            n.and_utc()
        } else if let Some(z) = zones {
            z.to_utc(tz, n)
        } else {
            local_to_utc(tz, n)
        }
    }
}

/// The formats a file is read with, the last one that worked tried first.
#[derive(Debug)]
pub struct Formats {
    list: Vec<Format>,
    last: Cell<usize>,
    zones: ZoneCache,
    /// Set by the user (`tickets.date_format`), not detected.
    pub explicit: bool,
}

const ISO: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f%:z",
    "%Y-%m-%dT%H:%M:%S%.fZ",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f%:z",
    "%Y-%m-%d %H:%M:%S%.f %z",
    "%Y-%m-%d %H:%M:%S%.f UTC",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
];

/// Month names (Jira: `14/Jul/25 3:42 PM`).
const NAMED: &[&str] = &[
    "%d/%b/%y %I:%M %p",
    "%d/%b/%Y %I:%M %p",
    "%d/%b/%y %H:%M",
    "%d-%b-%Y %H:%M:%S",
    "%d-%b-%Y %H:%M",
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y %H:%M",
];

const TIMES: &[&str] = &[
    " %H:%M:%S",
    " %H:%M:%S%.f",
    " %H:%M",
    " %I:%M:%S %p",
    " %I:%M %p",
    " %I:%M%p",
];

/// The numeric formats of an order, every separator and time style.
pub fn numeric(order: Order) -> Vec<String> {
    let mut out = Vec::new();
    for sep in ["/", ".", "-"] {
        for year in ["%Y", "%y"] {
            for time in TIMES {
                let date = match order {
                    Order::DayFirst => format!("%d{sep}%m{sep}{year}"),
                    Order::MonthFirst => format!("%m{sep}%d{sep}{year}"),
                };
                out.push(format!("{date}{time}"));
            }
        }
    }
    out
}

/// Another reader of the same formats, with caches of its own (for another thread).
impl Clone for Formats {
    fn clone(&self) -> Self {
        Formats {
            list: self.list.clone(),
            last: Cell::new(self.last.get()),
            zones: ZoneCache::default(),
            explicit: self.explicit,
        }
    }
}

impl Formats {
    /// ISO and named-month formats, plus the numeric ones of `order`.
    pub fn detected(order: Option<Order>) -> Formats {
        let mut texts: Vec<String> = ISO.iter().chain(NAMED).map(|s| s.to_string()).collect();
        if let Some(o) = order {
            texts.extend(numeric(o));
        }
        Formats {
            list: texts
                .iter()
                .map(|t| Format::new(t).expect("built-in formats parse"))
                .collect(),
            last: Cell::new(0),
            zones: ZoneCache::default(),
            explicit: false,
        }
    }

    /// The user's format only.
    pub fn explicit(text: &str) -> Result<Formats, String> {
        Ok(Formats {
            list: vec![Format::new(text)?],
            last: Cell::new(0),
            zones: ZoneCache::default(),
            explicit: true,
        })
    }

    /// Reads a value with the first format that reads it.
    pub fn parse(&self, v: &str, tz: Tz, utc_column: bool) -> Option<DateTime<Utc>> {
        let last = self.last.get();
        let zones = Some(&self.zones);
        if let Some(t) = self.list[last].parse_with(v, tz, utc_column, zones) {
            return Some(t);
        }
        for (i, f) in self.list.iter().enumerate() {
            if i != last
                && let Some(t) = f.parse_with(v, tz, utc_column, zones)
            {
                self.last.set(i);
                return Some(t);
            }
        }
        None
    }

    /// The format that reads `v`, if any (for messages and `tickets inspect`).
    pub fn which(&self, v: &str, tz: Tz) -> Option<&str> {
        self.list
            .iter()
            .find(|f| f.parse(v, tz, false).is_some())
            .map(|f| f.text.as_str())
    }

    /// The formats, as written (for messages).
    pub fn texts(&self) -> Vec<&str> {
        self.list.iter().map(|f| f.text.as_str()).collect()
    }
}

/// The format of `order` that reads `v` (to suggest a `date_format`).
pub fn suggest(v: &str, order: Order, tz: Tz) -> Option<String> {
    numeric(order)
        .into_iter()
        .find(|t| Format::new(t).is_ok_and(|f| f.parse(v, tz, false).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ldn() -> Tz {
        "Europe/London".parse().unwrap()
    }

    #[test]
    fn numeric_dates_are_recognised_and_iso_is_not() {
        assert_eq!(numeric_day_month("28/02/2023 04:03 PM"), Some((28, 2)));
        assert_eq!(numeric_day_month("2-3-26 10:00"), Some((2, 3)));
        assert_eq!(numeric_day_month("01.12.2026 08:00"), Some((1, 12)));
        assert_eq!(numeric_day_month("2026-02-28 10:00"), None);
        assert_eq!(numeric_day_month("14/Jul/25 3:42 PM"), None);
        assert_eq!(numeric_day_month("1/2/202 10:00"), None);
    }

    #[test]
    fn the_order_is_read_off_the_dates() {
        let mut e = Evidence::default();
        e.see("03/02/2023 10:00", 2);
        assert_eq!(e.verdict(), Verdict::Ambiguous);
        e.see("28/02/2023 04:03 PM", 3);
        assert_eq!(e.verdict(), Verdict::Only(Order::DayFirst));
        let mut e = Evidence::default();
        e.see("02/28/2023 04:03 PM", 2);
        assert_eq!(e.verdict(), Verdict::Only(Order::MonthFirst));
        e.see("28/02/2023 04:03 PM", 3);
        assert_eq!(e.verdict(), Verdict::Mostly(Order::DayFirst));
        let mut e = Evidence::default();
        e.see("2023-02-28 16:03", 2);
        assert_eq!(e.verdict(), Verdict::NotNumeric);
    }

    #[test]
    fn detected_formats_read_each_layout() {
        let f = Formats::detected(Some(Order::DayFirst));
        // 28 Feb 2023 16:03 GMT.
        assert_eq!(
            f.parse("28/02/2023 04:03 PM", ldn(), false)
                .unwrap()
                .to_rfc3339(),
            "2023-02-28T16:03:00+00:00"
        );
        // The same file's next row is tried with the format that worked.
        assert!(f.parse("01/03/2023 09:15 AM", ldn(), false).is_some());
        assert_eq!(
            f.parse("01-03-2016 01:22", ldn(), false)
                .unwrap()
                .to_rfc3339(),
            "2016-03-01T01:22:00+00:00"
        );
        // ISO with Z, an offset, and a `_UTC` column read as UTC in summer.
        assert_eq!(
            f.parse("2022-09-07T09:46:58Z", ldn(), false)
                .unwrap()
                .to_rfc3339(),
            "2022-09-07T09:46:58+00:00"
        );
        assert_eq!(
            f.parse("2026-07-01 10:00:00", ldn(), true)
                .unwrap()
                .to_rfc3339(),
            "2026-07-01T10:00:00+00:00"
        );
        assert_eq!(
            f.parse("2026-07-01 10:00:00", ldn(), false)
                .unwrap()
                .to_rfc3339(),
            "2026-07-01T09:00:00+00:00"
        );
        // Jira's month names; a two-digit year is never year 23.
        assert_eq!(
            f.parse("13/Aug/25 9:20 PM", ldn(), false)
                .unwrap()
                .to_rfc3339(),
            "2025-08-13T20:20:00+00:00"
        );
        assert_eq!(
            f.parse("28/02/23 16:03", ldn(), false).unwrap().year(),
            2023
        );
        // Month-first is not in a day-first file's formats.
        assert_eq!(f.parse("02/28/2023 04:03 PM", ldn(), false), None);
    }

    #[test]
    fn fractions_of_a_second_are_dropped_at_import() {
        let f = Formats::detected(None);
        let a = f.parse("2026-12-01T09:00:00.900Z", ldn(), false).unwrap();
        let b = f.parse("2026-12-01T17:00:00.100Z", ldn(), false).unwrap();
        assert_eq!((b - a).num_seconds(), 8 * 3600);
        assert_eq!((b - a).subsec_nanos(), 0);
    }

    /// The fast reader reads what chrono reads, to the same instant, and leaves the
    /// rest to chrono: values of every shape, right and wrong, through every detected
    /// format, with and without it.
    #[test]
    fn the_fast_reader_agrees_with_chrono() {
        let mut values: Vec<String> = vec![
            "2026-10-25 01:30:00".into(),
            "2026-10-25 01:30:00.999".into(),
            "2026-03-29 01:30".into(),
            "2026-02-29 10:00".into(),
            "2026-13-01 10:00".into(),
            "2026-12-31 24:00:00".into(),
            "2026-12-31 23:59:60".into(),
            "2026-1-5 9:05".into(),
            "20261-01-05 09:05".into(),
            "2026-01-05  09:05".into(),
            "2026-01-05T09:05:00Z".into(),
            "2026-01-05T09:05:00.5Z".into(),
            "2026-01-05T09:05:00.Z".into(),
            "2026-01-05 09:05:00 UTC".into(),
            "2026-01-05 09:05:00+02:00".into(),
            "5/1/2026 9:05".into(),
            "05/01/2026 09:05:07".into(),
            "05.01.2026 09:05".into(),
            "05/01/26 09:05".into(),
            "05/01/2026 9:05 PM".into(),
            "05/01/2026 09:05:07.123456789".into(),
            "05/01/2026 09:05:07.1234567891".into(),
            "05/01/2026 09:05 ".into(),
            " 05/01/2026 09:05".into(),
            "05/01/2026\u{a0}09:05".into(),
            "2026/01/05 09:05".into(),
            "".into(),
            "x".into(),
        ];
        let mut seed = 3u64;
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let d = |k: u64, m: u64| (seed >> k) % m;
            values.push(format!(
                "{:02}/{:02}/{} {:02}:{:02}:{:02}",
                d(1, 33),
                d(7, 14),
                1960 + d(13, 300),
                d(20, 26),
                d(26, 61),
                d(33, 62)
            ));
            values.push(format!(
                "{}-{}-{}T{}:{:02}",
                2020 + d(40, 10),
                d(1, 13),
                d(9, 32),
                d(17, 25),
                d(25, 60)
            ));
        }
        for order in [None, Some(Order::DayFirst), Some(Order::MonthFirst)] {
            for f in Formats::detected(order).list {
                let slow = Format {
                    fast: None,
                    ..f.clone()
                };
                let zones = ZoneCache::default();
                for v in &values {
                    for tz in [ldn(), chrono_tz::America::New_York] {
                        let want = slow.parse(v, tz, false);
                        assert_eq!(f.parse(v, tz, false), want, "{v} with {}", f.text);
                        assert_eq!(f.parse_with(v, tz, false, Some(&zones)), want, "{v}");
                        assert_eq!(f.parse(v, tz, true), slow.parse(v, tz, true), "{v}");
                    }
                }
            }
        }
        assert!(
            Format::new("%Y-%m-%d %H:%M:%S").unwrap().fast.is_some()
                && Format::new("%d/%m/%Y %I:%M %p").unwrap().fast.is_none()
        );
    }

    /// Every quarter hour of two years in zones with DST changes on the hour, on the half
    /// hour (Lord Howe: 30 minutes) and without DST, through the cache as without it.
    #[test]
    fn the_zone_cache_resolves_as_the_zone_does() {
        let zones = ZoneCache::default();
        for tz in [
            ldn(),
            chrono_tz::America::New_York,
            chrono_tz::Australia::Lord_Howe,
            chrono_tz::Asia::Kathmandu,
        ] {
            let mut t = NaiveDate::from_ymd_opt(2025, 1, 1)
                .unwrap()
                .and_hms_opt(0, 7, 30)
                .unwrap();
            let end = NaiveDate::from_ymd_opt(2027, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap();
            while t < end {
                assert_eq!(zones.to_utc(tz, t), local_to_utc(tz, t), "{t} in {tz}");
                t += chrono::Duration::minutes(15);
            }
        }
    }

    #[test]
    fn explicit_formats_are_checked() {
        assert!(Formats::explicit("%d/%m/%Y %H:%M").is_ok());
        assert!(Formats::explicit("%d/%m/%Y").is_err());
        assert!(Formats::explicit("%Q").is_err());
        assert!(Formats::explicit("%d/%m/%Y %H:%M %Z").is_err());
        let f = Formats::explicit("%m/%d/%Y %I:%M %p").unwrap();
        assert_eq!(f.parse("28/02/2023 04:03 PM", ldn(), false), None);
    }
}
