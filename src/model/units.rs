//! Small value types of the inputs, each parsed strictly with a message that shows the
//! expected form: percentages (`95%`), durations (`15m`, `4h`, `2d`), dates and months.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A percentage held exactly, in parts per million of the whole (`99.9%` = 999 000).
///
/// Goals are compared with attainment in integer arithmetic, so `99.9%` against 999 of
/// 1000 is met without any floating-point doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(pub u32);

impl Percent {
    /// One whole in ppm.
    pub const WHOLE: u64 = 1_000_000;

    /// The fraction (0.0–1.0).
    pub fn fraction(self) -> f64 {
        self.0 as f64 / Self::WHOLE as f64
    }

    /// Whether `num / den` is at least this percentage, exactly.
    pub fn is_met_by(self, num: u64, den: u64) -> bool {
        (num as u128) * (Self::WHOLE as u128) >= (self.0 as u128) * (den as u128)
    }

    /// How many more of `den` would have had to be met for `num` to meet this goal: the
    /// goal's share of `den`, rounded up, less `num` (0 when it is met).
    pub fn short_by(self, num: u64, den: u64) -> u64 {
        let whole = Self::WHOLE as u128;
        let needed = ((self.0 as u128) * (den as u128)).div_ceil(whole);
        (needed as u64).saturating_sub(num)
    }

    /// Parses `95%`, `99.95%` or `95` (percentage points). Up to four decimals.
    pub fn parse(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let t = t.strip_suffix('%').unwrap_or(t).trim();
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        if int.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > 4
        {
            return Err(format!(
                "`{s}` is not a percentage; write it like `95%` or `99.95%` (at most 4 decimals)"
            ));
        }
        let int: u64 = int.parse().map_err(|_| format!("`{s}` is too large"))?;
        let mut frac_ppm: u64 = 0;
        for (i, b) in frac.bytes().enumerate() {
            frac_ppm += (b - b'0') as u64 * 10u64.pow(3 - i as u32);
        }
        let ppm = int.saturating_mul(10_000).saturating_add(frac_ppm);
        if ppm > Self::WHOLE {
            return Err(format!("`{s}` is more than 100%"));
        }
        Ok(Percent(ppm as u32))
    }

    fn from_number(v: f64) -> Result<Self, String> {
        if !(0.0..=100.0).contains(&v) {
            return Err(format!("{v} is not a percentage between 0% and 100%"));
        }
        if v > 0.0 && v <= 1.0 {
            return Err(format!(
                "{v} looks like a fraction; write percentages with a % sign, e.g. `{}%`",
                v * 100.0
            ));
        }
        let ppm = (v * 10_000.0).round();
        if ((ppm / 10_000.0) - v).abs() > 1e-9 {
            return Err(format!("{v}: at most 4 decimals"));
        }
        Ok(Percent(ppm as u32))
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let int = self.0 / 10_000;
        let frac = self.0 % 10_000;
        if frac == 0 {
            write!(f, "{int}%")
        } else {
            let s = format!("{frac:04}");
            write!(f, "{int}.{}%", s.trim_end_matches('0'))
        }
    }
}

impl Serialize for Percent {
    /// Serialised as a fraction (0.95), like every ratio in the JSON output.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.fraction())
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Percent;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a percentage like `95%`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Percent, E> {
                Percent::parse(v).map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Percent, E> {
                Percent::from_number(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Percent, E> {
                self.visit_f64(v as f64)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Percent, E> {
                self.visit_f64(v as f64)
            }
        }
        d.deserialize_any(V)
    }
}

/// What the JSON Schema of the input files says of a percentage: the forms [`Percent::parse`]
/// and `from_number` accept, so an editor underlines what the loader would refuse.
impl JsonSchema for Percent {
    fn schema_name() -> Cow<'static, str> {
        "Percent".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A percentage: `95%` or `99.95%` (at most 4 decimals, at most 100%).",
            "anyOf": [
                {
                    "type": "string",
                    "pattern": r"^\s*0*(100(\.0{0,4})?|[0-9]{1,2}(\.[0-9]{0,4})?)\s*%?\s*$"
                },
                {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100,
                    "not": { "exclusiveMinimum": 0, "maximum": 1 }
                }
            ]
        })
    }
}

/// A target duration such as `15m`, `4h`, `2d` or `1h30m`, held in minutes.
///
/// In a business-hours calendar a day is counted in business time by the clock that uses
/// it; here it is only the written amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DurationSpec {
    /// Minutes (`d` = 24 h; `w` = 7 d).
    pub minutes: u64,
    /// Whether it was written with days or weeks (`2d`), which a business calendar
    /// cannot count sensibly.
    #[serde(skip)]
    pub in_days: bool,
}

impl DurationSpec {
    /// Parses `15m`, `4h`, `2d`, `1w`, or sums like `1h30m`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let err = || format!("`{s}` is not a duration; write it like `15m`, `4h`, `1h30m` or `2d`");
        let t = s.trim();
        if t.is_empty() {
            return Err(err());
        }
        let mut total = 0u64;
        let mut num = String::new();
        for c in t.chars() {
            if c.is_ascii_digit() {
                num.push(c);
            } else {
                let n: u64 = num.parse().map_err(|_| err())?;
                num.clear();
                let unit = match c {
                    'm' => 1,
                    'h' => 60,
                    'd' => 24 * 60,
                    'w' => 7 * 24 * 60,
                    _ => return Err(err()),
                };
                total = n
                    .checked_mul(unit)
                    .and_then(|x| total.checked_add(x))
                    .filter(|&t| t <= 366 * 24 * 60)
                    .ok_or_else(|| {
                        format!("`{s}` is longer than a year; an SLA target is minutes to days")
                    })?;
            }
        }
        if !num.is_empty() || total == 0 {
            return Err(err());
        }
        Ok(DurationSpec {
            minutes: total,
            in_days: t.contains(['d', 'w']),
        })
    }
}

impl fmt::Display for DurationSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.minutes;
        if m.is_multiple_of(24 * 60) {
            write!(f, "{}d", m / (24 * 60))
        } else if m.is_multiple_of(60) {
            write!(f, "{}h", m / 60)
        } else if m > 60 {
            write!(f, "{}h{}m", m / 60, m % 60)
        } else {
            write!(f, "{m}m")
        }
    }
}

impl<'de> Deserialize<'de> for DurationSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = StrOrNum::deserialize(d)?;
        DurationSpec::parse(&s.0).map_err(de::Error::custom)
    }
}

impl JsonSchema for DurationSpec {
    fn schema_name() -> Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A duration: `15m`, `4h`, `1h30m`, `2d` or `1w` (at most a year).",
            "type": "string",
            "pattern": r"^\s*([0-9]+[mhdw])+\s*$"
        })
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Parses `YYYY-MM-DD` with a message that says what is wrong.
    pub fn parse(s: &str) -> Result<Self, String> {
        // The shape first (chrono alone takes `026-09-01` as the year 26, and `+2026`).
        let t = s.trim();
        let shape = t.split('-').collect::<Vec<_>>();
        let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if !(shape.len() == 3
            && digits(shape[0], 4..=4)
            && digits(shape[1], 1..=2)
            && digits(shape[2], 1..=2))
        {
            return Err(format!(
                "`{s}` is not a date; write it as YYYY-MM-DD, e.g. `2026-10-31`"
            ));
        }
        NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map(Date)
            .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. `2026-10-31`"))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = StrOrNum::deserialize(d)?;
        Date::parse(&s.0).map_err(de::Error::custom)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date, YYYY-MM-DD (`2026-10-31`).",
            "type": "string",
            "pattern": Date::PATTERN
        })
    }
}

impl Date {
    /// The form of a date in the JSON Schemas (also of a date used as a map key).
    pub const PATTERN: &str = r"^\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*$";
}

/// A calendar month, the period of a monthly review: `2026-10`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year.
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Month {
    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let err = || format!("`{s}` is not a month; write it as YYYY-MM, e.g. `2026-10`");
        let (y, m) = s.trim().split_once('-').ok_or_else(err)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(err());
        }
        let year: i32 = y.parse().map_err(|_| err())?;
        let month: u32 = m.parse().map_err(|_| err())?;
        if !(1..=12).contains(&month) {
            return Err(err());
        }
        Ok(Month { year, month })
    }

    /// The month `n` months later (negative: earlier).
    pub fn plus(self, n: i32) -> Month {
        let idx = self.year * 12 + (self.month as i32 - 1) + n;
        Month {
            year: idx.div_euclid(12),
            month: idx.rem_euclid(12) as u32 + 1,
        }
    }

    /// The first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid month")
    }

    /// The last day.
    pub fn last_day(self) -> NaiveDate {
        self.plus(1).first_day().pred_opt().expect("valid date")
    }

    /// Whether the date lies in this month.
    pub fn contains(self, d: NaiveDate) -> bool {
        d.year() == self.year && d.month() == self.month
    }

    /// The month a date lies in.
    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A scalar read as text whatever YAML made of it (`2d` is a string, `15` a number).
struct StrOrNum(String);

impl<'de> Deserialize<'de> for StrOrNum {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StrOrNum;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StrOrNum, E> {
                Ok(StrOrNum(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StrOrNum, E> {
                Ok(StrOrNum(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StrOrNum, E> {
                Ok(StrOrNum(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<StrOrNum, E> {
                Ok(StrOrNum(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_short_of_a_goal() {
        let p95 = Percent::parse("95%").unwrap();
        // 95% of 399 is 379.05: 380 needed.
        assert_eq!(p95.short_by(379, 399), 1);
        assert_eq!(p95.short_by(380, 399), 0);
        // Exactly the goal: 19 of 20.
        assert_eq!(p95.short_by(19, 20), 0);
        assert_eq!(p95.short_by(17, 20), 2);
        assert_eq!(p95.short_by(0, 0), 0);
        // 99.95% of 10,000 is 9,995 exactly.
        assert_eq!(Percent::parse("99.95%").unwrap().short_by(9_990, 10_000), 5);
    }

    #[test]
    fn percent_parses_exactly() {
        assert_eq!(Percent::parse("95%").unwrap(), Percent(950_000));
        assert_eq!(Percent::parse("99.9%").unwrap(), Percent(999_000));
        assert_eq!(Percent::parse("99.95 %").unwrap(), Percent(999_500));
        assert_eq!(Percent::parse("100%").unwrap(), Percent(1_000_000));
        assert!(Percent::parse("101%").is_err());
        assert!(Percent::parse("9x%").is_err());
        assert!(Percent::parse("99.99999%").is_err());
        assert_eq!(Percent::parse("99.9%").unwrap().to_string(), "99.9%");
        assert_eq!(Percent(950_000).to_string(), "95%");
    }

    #[test]
    fn percent_from_numbers() {
        assert_eq!(Percent::from_number(95.0).unwrap(), Percent(950_000));
        assert!(Percent::from_number(0.95).unwrap_err().contains("fraction"));
    }

    #[test]
    fn goal_is_compared_exactly() {
        let g = Percent::parse("99.9%").unwrap();
        assert!(g.is_met_by(999, 1000)); // exactly 99.9%
        assert!(!g.is_met_by(998, 1000));
        let g = Percent::parse("95%").unwrap();
        // 94.96% (2374/2500) is a miss, however it would be rounded for display.
        assert!(!g.is_met_by(2374, 2500));
        assert!(g.is_met_by(19, 20));
    }

    #[test]
    fn durations() {
        assert_eq!(DurationSpec::parse("15m").unwrap().minutes, 15);
        assert_eq!(DurationSpec::parse("4h").unwrap().minutes, 240);
        assert_eq!(DurationSpec::parse("2d").unwrap().minutes, 2880);
        assert_eq!(DurationSpec::parse("1h30m").unwrap().minutes, 90);
        assert!(DurationSpec::parse("15").is_err());
        assert!(DurationSpec::parse("4 hours").is_err());
        assert_eq!(
            DurationSpec {
                minutes: 90,
                in_days: false
            }
            .to_string(),
            "1h30m"
        );
    }

    #[test]
    fn months() {
        let m = Month::parse("2026-01").unwrap();
        assert_eq!(m.plus(-1).to_string(), "2025-12");
        assert_eq!(m.plus(-13).to_string(), "2024-12");
        assert_eq!(m.plus(11).to_string(), "2026-12");
        assert_eq!(
            Month::parse("2024-02").unwrap().last_day().to_string(),
            "2024-02-29"
        );
        assert!(Month::parse("2026-13").is_err());
        assert!(Month::parse("2026-1").is_err());
        assert!(Date::parse("2026-02-30").is_err());
        // The shape the schema gives editors: four-digit years, no sign.
        for bad in [
            "026-09-01",
            "+2026-09-01",
            "2026-09- 1",
            "2026/09/01",
            "20260901",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Date::parse(" 2026-9-1 ").unwrap().0.to_string(),
            "2026-09-01"
        );
    }
}

/// A calendar quarter, written `2027-Q1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The year.
    pub year: i32,
    /// 1–4.
    pub q: u32,
}

impl Quarter {
    /// Parses `2027-Q1`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let err = || format!("`{s}` is not a quarter; write it like `2027-Q1`");
        let (y, q) = s.trim().split_once('-').ok_or_else(err)?;
        let year: i32 = y.parse().map_err(|_| err())?;
        let q: u32 = q
            .strip_prefix(['Q', 'q'])
            .and_then(|q| q.parse().ok())
            .ok_or_else(err)?;
        if !(1..=4).contains(&q) || y.len() != 4 {
            return Err(err());
        }
        Ok(Quarter { year, q })
    }

    /// The quarter a day falls in.
    pub fn of(d: NaiveDate) -> Quarter {
        use chrono::Datelike;
        Quarter {
            year: d.year(),
            q: (d.month() - 1) / 3 + 1,
        }
    }

    /// The quarter `n` quarters later.
    pub fn plus(self, n: i32) -> Quarter {
        let i = self.year * 4 + self.q as i32 - 1 + n;
        Quarter {
            year: i.div_euclid(4),
            q: i.rem_euclid(4) as u32 + 1,
        }
    }

    /// Its first month.
    pub fn first(self) -> Month {
        Month {
            year: self.year,
            month: (self.q - 1) * 3 + 1,
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.q)
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = StrOrNum::deserialize(d)?;
        Quarter::parse(&s.0).map_err(de::Error::custom)
    }
}

impl JsonSchema for Quarter {
    fn schema_name() -> Cow<'static, str> {
        "Quarter".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar quarter, YYYY-Qn (`2027-Q1`).",
            "type": "string",
            "pattern": r"^\s*[0-9]{4}-[Qq][1-4]\s*$"
        })
    }
}

impl Serialize for Quarter {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
