//! A client's locale: its words (Fluent messages, see [`super::messages`]) and its
//! formats (CLDR, see [`super::cldr`]), chosen by the BCP 47 tag in `client.locale`.
//!
//! Every text a reader sees is made here: labels, sentences with their figures, and
//! figures with their units. Which decimals a figure is shown with is decided before
//! (see [`super::format`]), so a locale never changes a judgement.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::cldr::{self, Formats};
use super::format;
use super::messages::{self, Arg, MessageError, Messages};
use crate::model::{Month, Unit};
use crate::period::Period;

/// Why a locale cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    /// Not a BCP 47 tag.
    #[error("`{tag}` is not a locale tag")]
    Malformed {
        /// The tag as written.
        tag: String,
        /// A tag it may have meant.
        suggestion: Option<String>,
    },
    /// No messages for its language.
    #[error("no messages for locale `{tag}`")]
    Unknown {
        /// The tag as written.
        tag: String,
        /// The languages there are.
        available: Vec<String>,
        /// The closest of them.
        suggestion: Option<String>,
    },
    /// A user's message file is wrong.
    #[error(transparent)]
    Messages(#[from] MessageError),
    /// CLDR has no data (cannot happen for a parsed tag: CLDR falls back to root).
    #[error("locale data for `{0}`: {1}")]
    Data(String, String),
}

impl LocaleError {
    /// What to do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            LocaleError::Malformed { suggestion, .. } => Some(match suggestion {
                Some(s) => format!(
                    "did you mean `{s}`? A tag is a language, then optionally a region: `de`, `de-AT`, `pt-BR`"
                ),
                None => {
                    "a tag is a language, then optionally a region: `de`, `de-AT`, `pt-BR`".into()
                }
            }),
            LocaleError::Unknown {
                available,
                suggestion,
                ..
            } => {
                let list = available.join(", ");
                Some(match suggestion {
                    Some(s) => format!(
                        "did you mean `{s}`? Available: {list}; or add locales/<tag>.ftl to a --templates directory"
                    ),
                    None => format!(
                        "available: {list}; or add locales/<tag>.ftl to a --templates directory"
                    ),
                })
            }
            LocaleError::Messages(_) | LocaleError::Data(..) => None,
        }
    }
}

/// The words and formats of one client's reports.
#[derive(Debug)]
pub struct Locale {
    /// The tag as ICU4X writes it (`de-DE`, `pt-BR`, `tr`).
    pub tag: String,
    /// Its language (`de`): typst's `lang`.
    pub lang: String,
    /// Its region, if any (`DE`): typst's `region`.
    pub region: Option<String>,
    /// Every message without variables, by id: what the templates show.
    pub labels: BTreeMap<String, String>,
    messages: Messages,
    formats: Formats,
}

/// Other ways of naming the shipped languages: ISO 639-2 codes and English names.
const ALIASES: &[(&str, &str)] = &[
    ("eng", "en"),
    ("english", "en"),
    ("deu", "de"),
    ("ger", "de"),
    ("german", "de"),
    ("deutsch", "de"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("french", "fr"),
    ("spa", "es"),
    ("spanish", "es"),
    ("ita", "it"),
    ("italian", "it"),
    ("nld", "nl"),
    ("dut", "nl"),
    ("dutch", "nl"),
    ("por", "pt"),
    ("portuguese", "pt"),
    ("fin", "fi"),
    ("finnish", "fi"),
    ("tur", "tr"),
    ("turkish", "tr"),
    ("ind", "id"),
    ("indonesian", "id"),
    ("in", "id"),
];

/// The available locale an unknown tag most likely meant: an alias of a language
/// (`ger`, `German`, the old `in` for Indonesian), or a near spelling of a longer
/// code. Two-letter codes one letter apart are different languages (`pl`, `nl`): no
/// suggestion.
fn meant(tag: &str, available: &[String]) -> Option<String> {
    let lower = tag.to_lowercase();
    let lang = lower.split(['-', '_']).next().unwrap_or_default();
    if let Some((_, to)) = ALIASES.iter().find(|(a, _)| *a == lang) {
        return Some(to.to_string());
    }
    if lang.len() <= 2 {
        return None;
    }
    available
        .iter()
        .map(|a| (strsim::levenshtein(a, &lower), a))
        .filter(|(d, _)| *d <= 1)
        .min()
        .map(|(_, a)| a.clone())
}

/// A malformed tag's likely meaning: `en_GB` → `en-GB`, `EN-gb` → `en-GB`.
fn repaired(tag: &str) -> Option<String> {
    let t = tag.trim().replace('_', "-");
    let l = cldr::parse_tag(&t)?;
    (l.to_string() != tag).then(|| l.to_string())
}

impl Locale {
    /// The locale of `tag`, with the user's message files from `templates/locales/`.
    pub fn load(tag: &str, templates: Option<&Path>) -> Result<Locale, LocaleError> {
        let Some(parsed) = cldr::parse_tag(tag).filter(|_| !tag.trim().is_empty()) else {
            return Err(LocaleError::Malformed {
                tag: tag.into(),
                suggestion: repaired(tag),
            });
        };
        let normal = parsed.to_string();
        let Some(messages) = Messages::load(&normal, templates)? else {
            let available = messages::available(templates);
            let suggestion = meant(tag, &available);
            return Err(LocaleError::Unknown {
                tag: tag.into(),
                available,
                suggestion,
            });
        };
        let formats = Formats::new(&parsed).map_err(|e| LocaleError::Data(normal.clone(), e))?;
        let labels = messages
            .ids()
            .into_iter()
            .filter_map(|id| Some((id.to_string(), messages.format(id, &[])?)))
            .collect();
        Ok(Locale {
            lang: parsed.id.language.as_str().to_string(),
            region: parsed.id.region.map(|r| r.as_str().to_string()),
            tag: normal,
            labels,
            messages,
            formats,
        })
    }

    /// British English, the default of `client.locale`.
    pub fn english() -> Locale {
        Locale::load("en-GB", None).expect("English ships")
    }

    /// A label, or its id when no file has it (a gap is visible, not fatal).
    pub fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map_or(key, String::as_str)
    }

    /// A message with its variables; its id when no file has it.
    pub fn say(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.messages
            .format(key, args)
            .unwrap_or_else(|| key.to_string())
    }

    /// The messages a user's own language lacks (shown in English).
    pub fn missing(&self) -> Vec<String> {
        self.messages.missing()
    }

    /// Ids in a user's message file that svcreview does not use: (file, id).
    pub fn unknown(&self) -> Vec<(String, String)> {
        self.messages.unknown()
    }

    /// Messages of a user's file that leave out a variable of the message they replace:
    /// (file, id, the variables left out).
    pub fn dropped(&self) -> Vec<(String, String, Vec<String>)> {
        self.messages.dropped()
    }

    /// The message files, first searched first (a user's path, or `locales/de.ftl`).
    pub fn sources(&self) -> Vec<&str> {
        self.messages.sources()
    }

    /// Upper case by the language's rules.
    pub fn upper(&self, s: &str) -> String {
        self.formats.upper(s)
    }

    /// Items joined with the language's "and".
    pub fn and_list(&self, items: &[String]) -> String {
        self.formats.and_list(items)
    }

    /// A number at `decimals`.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        self.formats.number(x, decimals)
    }

    /// A count (no decimals).
    pub fn count(&self, n: usize) -> String {
        self.formats.number(n as f64, 0)
    }

    /// A percentage of `points` at `decimals`.
    pub fn percent(&self, points: f64, decimals: usize) -> String {
        self.formats.percent(points, decimals)
    }

    /// Money at `decimals`, in `currency` when the client has one.
    pub fn money(&self, x: f64, decimals: usize, currency: Option<&str>) -> String {
        match currency {
            Some(c) => self.formats.money(x, decimals, c),
            None => self.formats.number(x, decimals),
        }
    }

    /// A value with its unit: `78.4%`, `3.2 hrs`, `42 min`, `£12,500`.
    pub fn with_unit(&self, x: f64, decimals: usize, unit: Unit, currency: Option<&str>) -> String {
        let f = &self.formats;
        match unit {
            Unit::Percent => f.percent(x, decimals),
            Unit::Hours => f.hours(x, decimals, false),
            Unit::Minutes => f.minutes(x, decimals, false),
            Unit::Days => f.days(x, decimals, false),
            Unit::Currency => self.money(x, decimals, currency),
            Unit::Count | Unit::Score | Unit::Number => f.number(x, decimals),
        }
    }

    /// A signed change: `+2.1 pts`, `-0.4 hrs`, `±0`.
    pub fn change(&self, x: f64, decimals: usize, unit: Unit, currency: Option<&str>) -> String {
        let f = &self.formats;
        match unit {
            Unit::Percent => self.say(
                "change-points",
                &[
                    ("value", f.signed(x, decimals).into()),
                    ("amount", Arg::Number(x.abs(), decimals)),
                ],
            ),
            Unit::Hours => f.hours(x, decimals, true),
            Unit::Minutes => f.minutes(x, decimals, true),
            Unit::Days => f.days(x, decimals, true),
            Unit::Currency if currency.is_some() => {
                let signed = f.signed(x, decimals);
                let sign = signed
                    .chars()
                    .next()
                    .filter(|c| !c.is_ascii_digit())
                    .map(String::from)
                    .unwrap_or_default();
                format!("{sign}{}", self.money(x.abs(), decimals, currency))
            }
            _ => f.signed(x, decimals),
        }
    }

    /// A goal (fraction) as a percentage, exactly: `95%`, `99.9%`.
    pub fn goal(&self, fraction: f64) -> String {
        let p = fraction * 100.0;
        self.percent(p, format::exact_decimals(p))
    }

    /// A date for reading: `31 October 2026`.
    pub fn date(&self, d: NaiveDate) -> String {
        self.formats.date(d)
    }

    /// A date and time of day: `9 October 2026 14:05`, `9. lokakuuta 2026 14.05`.
    pub fn date_time(&self, d: chrono::NaiveDateTime) -> String {
        use chrono::Timelike;
        format!(
            "{} {}",
            self.formats.date(d.date()),
            self.formats.time(d.hour(), d.minute())
        )
    }

    /// A month: `October 2026`.
    pub fn month(&self, m: Month) -> String {
        self.formats.month(m.year, m.month)
    }

    /// A period: `October 2026`, `Q3 2026`, `2026`, `April 2026 – March 2027`.
    pub fn period(&self, p: &Period) -> String {
        match *p {
            Period::Month(m) => self.month(m),
            Period::Quarter { year, q } => self.say(
                "period-quarter",
                &[
                    ("quarter", Arg::Text(q.to_string().into())),
                    ("year", Arg::Text(year.to_string().into())),
                ],
            ),
            Period::Year { first } if first.month == 1 => first.year.to_string(),
            Period::Year { first } => self.say(
                "period-range",
                &[
                    ("from", self.month(first).into()),
                    ("to", self.month(first.plus(11)).into()),
                ],
            ),
        }
    }

    /// A period on a chart axis: `Oct 26`, `Q3 26`, `2026`, `2026/27`.
    pub fn period_short(&self, p: &Period) -> String {
        match *p {
            Period::Month(m) => self.month_short(m),
            Period::Quarter { year, q } => self.say(
                "period-quarter",
                &[
                    ("quarter", Arg::Text(q.to_string().into())),
                    (
                        "year",
                        Arg::Text(format!("{:02}", year.rem_euclid(100)).into()),
                    ),
                ],
            ),
            Period::Year { first } if first.month == 1 => first.year.to_string(),
            Period::Year { first } => {
                format!("{}/{:02}", first.year, (first.year + 1).rem_euclid(100))
            }
        }
    }

    /// A month on a chart axis: `Oct 26`.
    pub fn month_short(&self, m: Month) -> String {
        self.formats.month_short(m.year, m.month)
    }

    /// A clock reading: `2 hrs 5 min`, `45 min`, `26 hrs` (hours are not folded into
    /// days: in business time a "day" is ambiguous).
    pub fn duration(&self, seconds: i64) -> String {
        let minutes = (seconds.max(0) + 30) / 60;
        let (h, m) = (minutes / 60, minutes % 60);
        let f = &self.formats;
        match (h, m) {
            (0, m) => f.minutes(m as f64, 0, false),
            (h, 0) => f.hours(h as f64, 0, false),
            (h, m) => format!(
                "{} {}",
                f.hours(h as f64, 0, false),
                f.minutes(m as f64, 0, false)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_and_labels() {
        let l = Locale::english();
        assert_eq!(l.label("no_data"), "no data");
        assert_eq!(
            l.say(
                "months-met",
                &[("met", 11usize.into()), ("total", 12usize.into())]
            ),
            "11 of 12 months met"
        );
        assert_eq!(
            l.say("days-overdue", &[("count", 1usize.into())]),
            "1 day overdue"
        );
        assert_eq!(
            l.say("days-overdue", &[("count", 1225usize.into())]),
            "1,225 days overdue"
        );
        let de = Locale::load("de-DE", None).unwrap();
        assert_eq!(de.lang, "de");
        assert_eq!(de.region.as_deref(), Some("DE"));
        assert_eq!(de.goal(0.95), "95\u{a0}%");
    }

    #[test]
    fn unknown_and_malformed_tags() {
        match Locale::load("en_GB", None) {
            Err(LocaleError::Malformed { suggestion, .. }) => {
                assert_eq!(suggestion.as_deref(), Some("en-GB"))
            }
            other => panic!("{other:?}"),
        }
        match Locale::load("ja-JP", None) {
            Err(e @ LocaleError::Unknown { .. }) => {
                assert!(
                    e.hint()
                        .unwrap()
                        .contains("de, en, es, fi, fr, id, it, nl, pt, tr")
                )
            }
            other => panic!("{other:?}"),
        }
        let suggestion = |tag: &str| match Locale::load(tag, None) {
            Err(LocaleError::Unknown { suggestion, .. }) => suggestion,
            other => panic!("{other:?}"),
        };
        assert_eq!(suggestion("ger").as_deref(), Some("de"));
        assert_eq!(suggestion("in-ID").as_deref(), Some("id"));
        // Polish is not Dutch.
        assert_eq!(suggestion("pl-PL"), None);
    }

    #[test]
    fn percentage_points_take_the_plural_of_their_figure() {
        let fr = Locale::load("fr-FR", None).unwrap();
        let en = Locale::english();
        let pts = |l: &Locale, x: f64, d: usize| l.change(x, d, Unit::Percent, None);
        // French: 0 ≤ |x| < 2 is singular, decimals or not.
        assert_eq!(pts(&fr, 1.2, 1), "+1,2 pt");
        assert_eq!(pts(&fr, -0.4, 1), "-0,4 pt");
        assert_eq!(pts(&fr, 2.5, 1), "+2,5 pts");
        // English: singular only for a whole 1.
        assert_eq!(pts(&en, 1.0, 0), "+1 point");
        assert_eq!(pts(&en, 1.0, 1), "+1.0 points");
        assert_eq!(pts(&en, 2.1, 1), "+2.1 points");
    }

    #[test]
    fn durations() {
        let l = Locale::load("en-US", None).unwrap();
        assert_eq!(l.duration(0), "0 min");
        assert_eq!(l.duration(45 * 60), "45 min");
        assert_eq!(l.duration(89), "1 min");
    }
}
