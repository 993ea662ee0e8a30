//! Review periods: a month, a quarter, a calendar or contract year. Each is a run of
//! months; figures over a period are aggregated from its months.

use serde::Serialize;

use crate::model::Month;

/// What a review covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// One month.
    Month(Month),
    /// A calendar quarter (1–4).
    Quarter {
        /// Year.
        year: i32,
        /// Quarter, 1–4.
        q: u32,
    },
    /// Twelve months from `first` (January for a calendar year, the contract's start
    /// month for a contract year).
    Year {
        /// The first month.
        first: Month,
    },
}

impl Period {
    /// Parses `2026-Q3`.
    pub fn parse_quarter(s: &str) -> Result<Period, String> {
        let err = || format!("`{s}` is not a quarter; write it like `2026-Q3`");
        let (y, q) = s.trim().split_once(['-', ' ']).ok_or_else(err)?;
        let year: i32 = y.parse().map_err(|_| err())?;
        let q: u32 = q
            .trim_start_matches(['Q', 'q'])
            .parse()
            .map_err(|_| err())?;
        if !(1..=4).contains(&q) || y.len() != 4 {
            return Err(err());
        }
        Ok(Period::Quarter { year, q })
    }

    /// Parses `2026` as the year starting in `first_month`.
    pub fn parse_year(s: &str, first_month: u32) -> Result<Period, String> {
        let year: i32 = s
            .trim()
            .parse()
            .ok()
            .filter(|y| (1900..=9999).contains(y))
            .ok_or_else(|| format!("`{s}` is not a year; write it like `2026`"))?;
        Ok(Period::Year {
            first: Month {
                year,
                month: first_month,
            },
        })
    }

    /// The months, oldest first.
    pub fn months(&self) -> Vec<Month> {
        let (first, n) = match *self {
            Period::Month(m) => (m, 1),
            Period::Quarter { year, q } => (
                Month {
                    year,
                    month: 3 * q - 2,
                },
                3,
            ),
            Period::Year { first } => (first, 12),
        };
        (0..n).map(|i| first.plus(i)).collect()
    }

    /// The first month.
    pub fn first(&self) -> Month {
        self.months()[0]
    }

    /// The last month.
    pub fn last(&self) -> Month {
        *self.months().last().expect("a period has months")
    }

    /// The period `n` periods later (negative: earlier), of the same kind.
    pub fn plus(&self, n: i32) -> Period {
        match *self {
            Period::Month(m) => Period::Month(m.plus(n)),
            Period::Quarter { year, q } => {
                let idx = year * 4 + (q as i32 - 1) + n;
                Period::Quarter {
                    year: idx.div_euclid(4),
                    q: idx.rem_euclid(4) as u32 + 1,
                }
            }
            Period::Year { first } => Period::Year {
                first: first.plus(12 * n),
            },
        }
    }

    /// The same period a year before.
    pub fn year_ago(&self) -> Period {
        match self {
            Period::Month(m) => Period::Month(m.plus(-12)),
            Period::Quarter { .. } => self.plus(-4),
            Period::Year { .. } => self.plus(-1),
        }
    }

    /// How many periods the trend charts show, this one included.
    pub fn trend_len(&self) -> i32 {
        match self {
            Period::Month(_) => 12,
            Period::Quarter { .. } => 5,
            Period::Year { .. } => 2,
        }
    }

    /// The id as it appears in file names (`2026-10`, `2026-Q3`, `2025-11_2026-10`).
    pub fn file_id(&self) -> String {
        self.id().replace("..", "_")
    }

    /// `2026-10`, `2026-Q3`, `2026` or `2026-04..2027-03`.
    pub fn id(&self) -> String {
        match *self {
            Period::Month(m) => m.to_string(),
            Period::Quarter { year, q } => format!("{year}-Q{q}"),
            Period::Year { first } if first.month == 1 => first.year.to_string(),
            Period::Year { first } => format!("{first}..{}", first.plus(11)),
        }
    }

    /// `October 2026`, `Q3 2026`, `2026`, `April 2026 – March 2027`.
    pub fn label(&self) -> String {
        match *self {
            Period::Month(m) => m.first_day().format("%B %Y").to_string(),
            Period::Quarter { year, q } => format!("Q{q} {year}"),
            Period::Year { first } if first.month == 1 => first.year.to_string(),
            Period::Year { first } => format!(
                "{} – {}",
                first.first_day().format("%B %Y"),
                first.plus(11).first_day().format("%B %Y")
            ),
        }
    }

    /// A chart label: `Oct 26`, `Q3 26`, `2026`.
    pub fn short(&self) -> String {
        match *self {
            Period::Month(m) => m.first_day().format("%b %y").to_string(),
            Period::Quarter { year, q } => format!("Q{q} {:02}", year.rem_euclid(100)),
            Period::Year { first } if first.month == 1 => first.year.to_string(),
            Period::Year { first } => {
                format!("{}/{:02}", first.year, (first.year + 1).rem_euclid(100))
            }
        }
    }

    /// `monthly`, `qbr` or `annual`.
    pub fn kind(&self) -> &'static str {
        match self {
            Period::Month(_) => "monthly",
            Period::Quarter { .. } => "qbr",
            Period::Year { .. } => "annual",
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id())
    }
}

/// A period as the command line names it. A contract year starts in the client's
/// contract start month, known only once its `client.yaml` is read: [`PeriodSpec::resolve`]
/// turns it into the [`Period`] with that month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodSpec {
    /// A month.
    Month(Month),
    /// A quarter.
    Quarter(Period),
    /// A year: calendar, or the contract year starting in it.
    Year {
        /// `2026`.
        year: String,
        /// The contract year (from the contract's start month) rather than the calendar's.
        contract: bool,
    },
}

impl PeriodSpec {
    /// The period for a client whose contract starts in month `contract_start` (1–12).
    pub fn resolve(&self, contract_start: u32) -> Result<Period, String> {
        match self {
            PeriodSpec::Month(m) => Ok(Period::Month(*m)),
            PeriodSpec::Quarter(q) => Ok(*q),
            PeriodSpec::Year { year, contract } => {
                Period::parse_year(year, if *contract { contract_start } else { 1 })
            }
        }
    }

    /// The period when it is the same for every client (not a contract year).
    pub fn common(&self) -> Option<Period> {
        match self {
            PeriodSpec::Year { contract: true, .. } => None,
            _ => self.resolve(1).ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_and_years() {
        let q = Period::parse_quarter("2026-Q3").unwrap();
        assert_eq!(
            q.months().iter().map(|m| m.to_string()).collect::<Vec<_>>(),
            ["2026-07", "2026-08", "2026-09"]
        );
        assert_eq!(q.plus(-1).id(), "2026-Q2");
        assert_eq!(q.plus(2).id(), "2027-Q1");
        assert_eq!(q.year_ago().id(), "2025-Q3");
        assert_eq!(
            Period::parse_quarter("2026-Q1").unwrap().plus(-1).id(),
            "2025-Q4"
        );
        assert!(Period::parse_quarter("2026-Q5").is_err());
        let y = Period::parse_year("2026", 4).unwrap();
        assert_eq!(y.id(), "2026-04..2027-03");
        assert_eq!(y.label(), "April 2026 – March 2027");
        assert_eq!(y.last().to_string(), "2027-03");
        assert_eq!(Period::parse_year("2026", 1).unwrap().label(), "2026");
        assert_eq!(y.year_ago().id(), "2025-04..2026-03");
    }
}
