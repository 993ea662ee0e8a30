//! Numbers, percentages, money, durations, dates, month names, lists and case, as a
//! locale writes them: CLDR data through ICU4X, never hand-written tables.
//!
//! The figures arrive already rounded (see [`super::format::shown`], which decides the
//! decimals so that a shown figure never crosses its target); this module only writes
//! them. Every formatter of a locale is built once, when the locale is loaded.

use chrono::{Datelike, NaiveDate};
use fixed_decimal::{Decimal, SignDisplay};
use icu_calendar::{Date, Gregorian};
use icu_casemap::CaseMapper;
use icu_datetime::fieldsets::{M, T, YM, YMD};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::dimension::units::categorized_formatter::CategorizedFormatter;
use icu_experimental::dimension::units::options::{UnitsFormatterOptions, Width};
use icu_experimental::measure::category::Duration;
use icu_list::ListFormatter;
use icu_list::options::ListFormatterOptions;
use icu_locale_core::{LanguageIdentifier, Locale};
use writeable::Writeable;

/// The CLDR formatters of one locale.
pub struct Formats {
    locale: Locale,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    month_abbr: FixedCalendarDateTimeFormatter<Gregorian, M>,
    time: NoCalendarFormatter<T>,
    list: ListFormatter,
    hours: CategorizedFormatter<Duration>,
    minutes: CategorizedFormatter<Duration>,
    days: CategorizedFormatter<Duration>,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Formats({})", self.locale)
    }
}

/// A BCP 47 tag as ICU4X reads it (`de-CH`, `pt-BR`, `tr`); `None` when malformed.
pub fn parse_tag(tag: &str) -> Option<Locale> {
    Locale::try_from_str(tag).ok()
}

/// `x` at `decimals` as a CLDR decimal, never "-0".
fn decimal(x: f64, decimals: usize) -> Decimal {
    let x = if x.is_finite() { x } else { 0.0 };
    let mut s = format!("{:.*}", decimals.min(12), x);
    if s.starts_with('-') && !s.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        s.remove(0);
    }
    Decimal::try_from_str(&s).unwrap_or_default()
}

fn write(w: impl Writeable) -> String {
    w.write_to_string().into_owned()
}

impl Formats {
    /// The formatters of `locale`. CLDR falls back by itself (`de-CH` → `de`, an
    /// unknown region → the language), so this fails only without data at all.
    pub fn new(locale: &Locale) -> Result<Formats, String> {
        let prefs = locale.into();
        fn e(what: &str, x: impl std::fmt::Display) -> String {
            format!("CLDR {what}: {x}")
        }
        let duration = |unit| {
            let mut o = UnitsFormatterOptions::default();
            o.width = Width::Short;
            CategorizedFormatter::<Duration>::try_new_core(locale.into(), unit, o)
                .map_err(|x| e("duration units", x))
        };
        Ok(Formats {
            locale: locale.clone(),
            decimal: DecimalFormatter::try_new(prefs, Default::default())
                .map_err(|x| e("numbers", x))?,
            percent: PercentFormatter::try_new(locale.into(), Default::default())
                .map_err(|x| e("percentages", x))?,
            date: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long())
                .map_err(|x| e("dates", x))?,
            month_year: FixedCalendarDateTimeFormatter::try_new(locale.into(), YM::long())
                .map_err(|x| e("months", x))?,
            month_abbr: FixedCalendarDateTimeFormatter::try_new(locale.into(), M::medium())
                .map_err(|x| e("months", x))?,
            time: NoCalendarFormatter::try_new(locale.into(), T::hm())
                .map_err(|x| e("times", x))?,
            list: ListFormatter::try_new_and(locale.into(), ListFormatterOptions::default())
                .map_err(|x| e("lists", x))?,
            hours: duration(Duration::hour())?,
            minutes: duration(Duration::minute())?,
            days: duration(Duration::day())?,
        })
    }

    /// The language alone (`de` of `de-CH`).
    pub fn language(&self) -> LanguageIdentifier {
        LanguageIdentifier::from(self.locale.id.language)
    }

    /// `1,234.5` (en), `1.234,5` (de), `1 234,5` (fr) at `decimals`.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        write(self.decimal.format(&decimal(x, decimals)))
    }

    /// A change with its sign: `+2.1`, `-0.4`; no change is `±0.0`.
    pub fn signed(&self, x: f64, decimals: usize) -> String {
        let d = decimal(x, decimals);
        if d.absolute.is_zero() {
            return format!("±{}", self.number(0.0, decimals));
        }
        write(
            self.decimal
                .format(&d.with_sign_display(SignDisplay::Always)),
        )
    }

    /// A percentage of `points` (94.9 → `94.9%`, `94,9 %`, `%94,9`).
    pub fn percent(&self, points: f64, decimals: usize) -> String {
        write(self.percent.format(&decimal(points, decimals)))
    }

    /// A sum of money in `currency` (ISO 4217): `€1,225.00`, `1.225,00 €`. An unknown
    /// code is written before the number.
    pub fn money(&self, x: f64, decimals: usize, currency: &str) -> String {
        let code = CurrencyType::try_from_str(currency).ok();
        let f = code.and_then(|c| {
            CurrencyFormatter::try_new_symbol((&self.locale).into(), c, Default::default()).ok()
        });
        match f {
            Some(f) => {
                let out = write(f.format_fixed_decimal(&decimal(x, decimals)));
                // The formatter pads to the currency's minor unit (£12,500.00); a
                // figure shown in whole units keeps its whole number.
                let (padded, whole) = (self.number(x.abs(), 2), self.number(x.abs(), decimals));
                if decimals < 2 && out.contains(&padded) {
                    out.replacen(&padded, &whole, 1)
                } else {
                    out
                }
            }
            None => format!("{currency} {}", self.number(x, decimals)),
        }
    }

    /// Durations in the short form of CLDR: `3.2 hr`, `42 min`, `5 days` (en-US).
    /// With `signed`, a change: `+0.4 hr`.
    pub fn hours(&self, x: f64, decimals: usize, signed: bool) -> String {
        self.unit(&self.hours, x, decimals, signed)
    }

    /// See [`Formats::hours`].
    pub fn minutes(&self, x: f64, decimals: usize, signed: bool) -> String {
        self.unit(&self.minutes, x, decimals, signed)
    }

    /// See [`Formats::hours`].
    pub fn days(&self, x: f64, decimals: usize, signed: bool) -> String {
        self.unit(&self.days, x, decimals, signed)
    }

    fn unit(&self, f: &CategorizedFormatter<Duration>, x: f64, d: usize, signed: bool) -> String {
        let v = decimal(x, d);
        if signed && v.absolute.is_zero() {
            return format!("±{}", write(f.format_fixed_decimal(&v)));
        }
        let v = if signed {
            v.with_sign_display(SignDisplay::Always)
        } else {
            v
        };
        write(f.format_fixed_decimal(&v))
    }

    /// A date for reading: `31 October 2026`, `October 31, 2026`, `31. Oktober 2026`.
    pub fn date(&self, d: NaiveDate) -> String {
        let text = match Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8) {
            Ok(g) => write(self.date.format(&g)),
            Err(_) => return d.to_string(),
        };
        // The first of the month is an ordinal in French (`1er janvier`) and Portuguese
        // (`1º de abril`); CLDR's patterns have only the number.
        let ordinal = match self.locale.id.language.as_str() {
            "fr" => "1er",
            "pt" => "1º",
            _ => return text,
        };
        match text.strip_prefix("1 ") {
            Some(rest) if d.day() == 1 => format!("{ordinal} {rest}"),
            _ => text,
        }
    }

    /// A time of day: `14:05` (en-GB, de), `2:05 PM` (en-US), `14.05` (fi).
    pub fn time(&self, hour: u32, minute: u32) -> String {
        match icu_time::Time::try_new(hour as u8, minute as u8, 0, 0) {
            Ok(t) => write(self.time.format(&t)),
            Err(_) => format!("{hour:02}:{minute:02}"),
        }
    }

    /// A month: `November 2026`, `novembre 2026`, `marraskuu 2026`.
    pub fn month(&self, year: i32, month: u32) -> String {
        match Date::try_new_gregorian(year, month as u8, 1) {
            Ok(g) => write(self.month_year.format(&g)),
            Err(_) => format!("{year}-{month:02}"),
        }
    }

    /// A month on a chart axis: the abbreviated month and the year's last two digits
    /// (`Nov 26`, `nov. 26`, `Kas 26`).
    pub fn month_short(&self, year: i32, month: u32) -> String {
        match Date::try_new_gregorian(year, month as u8, 1) {
            Ok(g) => format!(
                "{} {:02}",
                write(self.month_abbr.format(&g)),
                year.rem_euclid(100)
            ),
            Err(_) => format!("{year}-{month:02}"),
        }
    }

    /// Items joined as the language lists them: `A, B and C`, `A, B und C`.
    pub fn and_list(&self, items: &[String]) -> String {
        write(self.list.format(items.iter().map(String::as_str)))
    }

    /// Upper case by the language's rules (Turkish `i` → `İ`).
    pub fn upper(&self, s: &str) -> String {
        CaseMapper::new()
            .uppercase_to_string(s, &self.language())
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(tag: &str) -> Formats {
        Formats::new(&parse_tag(tag).unwrap()).unwrap()
    }

    #[test]
    fn percentages_as_each_language_writes_them() {
        assert_eq!(f("en-GB").percent(94.9, 1), "94.9%");
        assert_eq!(f("de-DE").percent(94.9, 1), "94,9\u{a0}%");
        assert_eq!(f("fr-FR").percent(94.9, 1), "94,9\u{a0}%");
        assert_eq!(f("tr").percent(94.9, 1), "%94,9");
        assert_eq!(f("fi").percent(100.0, 1), "100,0\u{a0}%");
    }

    #[test]
    fn numbers_money_and_dates() {
        let de = f("de-DE");
        assert_eq!(de.money(1225.0, 2, "EUR"), "1.225,00\u{a0}€");
        assert_eq!(de.number(1234567.891, 2), "1.234.567,89");
        assert_eq!(f("en-GB").number(-0.04, 1), "0.0");
        assert_eq!(f("en-GB").signed(2.06, 1), "+2.1");
        assert_eq!(f("en-GB").signed(-0.01, 1), "±0.0");
        assert_eq!(f("en-GB").money(12500.0, 0, "GBP"), "£12,500");
        let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(f("fi").date(d), "25. marraskuuta 2026");
        assert_eq!(f("en-US").date(d), "November 25, 2026");
        assert_eq!(f("en-GB").date(d), "25 November 2026");
        // The first of the month as the language writes it; other days as they are.
        let first = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(f("fr-FR").date(first), "1er janvier 2027");
        assert_eq!(f("pt-BR").date(first), "1º de janeiro de 2027");
        assert_eq!(f("es-ES").date(first), "1 de enero de 2027");
        assert_eq!(f("fr-FR").date(d), "25 novembre 2026");
        let eleventh = NaiveDate::from_ymd_opt(2027, 1, 11).unwrap();
        assert_eq!(f("fr-FR").date(eleventh), "11 janvier 2027");
        assert_eq!(f("it-IT").month(2026, 11), "novembre 2026");
        assert_eq!(f("fi").month(2026, 11), "marraskuu 2026");
        assert_eq!(f("en-GB").month_short(2026, 11), "Nov 26");
        assert_eq!(
            f("de").and_list(&["A".into(), "B".into(), "C".into()]),
            "A, B und C"
        );
        assert_eq!(f("tr").upper("aylık inceleme"), "AYLIK İNCELEME");
        assert_eq!(f("en-US").minutes(42.0, 0, false), "42 min");
        assert_eq!(f("fi").time(14, 5), "14.05");
        assert_eq!(f("de").time(14, 5), "14:05");
    }

    #[test]
    fn every_shipped_language_formats_every_month() {
        for tag in [
            "en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "fi-FI",
            "tr-TR", "id-ID",
        ] {
            let f = f(tag);
            for m in 1..=12 {
                let s = f.month_short(2026, m);
                assert!(s.ends_with(" 26") && s.len() > 4, "{tag}: {s}");
                assert!(f.month(2026, m).contains("2026"), "{tag}");
            }
        }
    }
}
