//! The months a client's exports cover. An export runs from its first ticket to when it
//! was taken (its `as_of`). A month is covered when the export reaches back to its first
//! days and on to its last: a month it covers in part (five tickets of 31 January in an
//! export of February) has no figures, rather than figures that compare short; a month
//! after the export's end has no data, not zero tickets. Without an `as_of`, the newest
//! opening is all that says where an export ends (a quiet client's last ticket of a month
//! may fall days before its end): the months after that opening's month have no data, and
//! that month counts as covered.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use crate::calendar::month_start;
use crate::model::Month;

/// How far into a month an export may begin and still cover it: its first ticket need
/// not be opened at midnight on the 1st.
const START_GRACE_DAYS: i64 = 10;
/// How far before a month's end an export taken at a known time (`as_of`) may have been
/// taken and still cover it: a review is prepared on the last days of its month.
const END_GRACE_DAYS: i64 = 3;

/// What an export spans: its first opening and when it was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The first ticket's opening.
    pub from: DateTime<Utc>,
    /// When the export was taken (`as_of`), or else its newest opening.
    pub to: DateTime<Utc>,
    /// Whether `to` is the export's `as_of` (else its newest opening).
    pub taken: bool,
}

/// How an export covers a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// From its first days to its last.
    Full,
    /// Only some of it: the export begins too late in it, or ends too early.
    Partial,
    /// Not at all.
    None,
}

impl Span {
    /// How the span covers month `m` in `tz`.
    pub fn covers(&self, m: Month, tz: Tz) -> Coverage {
        let (start, end) = (month_start(m, tz), month_start(m.plus(1), tz));
        let before = if self.taken {
            self.to <= start
        } else {
            self.to < start
        };
        if before || self.from >= end {
            Coverage::None
        } else if self.from < start + Duration::days(START_GRACE_DAYS)
            && (!self.taken || self.to >= end - Duration::days(END_GRACE_DAYS))
        {
            Coverage::Full
        } else {
            Coverage::Partial
        }
    }

    /// The months it covers in full, and those it covers in part, in order.
    pub fn months(&self, tz: Tz) -> (Vec<Month>, Vec<Month>) {
        let mut full = Vec::new();
        let mut partial = Vec::new();
        let mut m = Month::of(self.from.with_timezone(&tz).date_naive());
        while month_start(m, tz) <= self.to {
            match self.covers(m, tz) {
                Coverage::Full => full.push(m),
                Coverage::Partial => partial.push(m),
                Coverage::None => {}
            }
            m = m.plus(1);
        }
        (full, partial)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn span(from: &str, to: &str, taken: bool) -> Span {
        Span {
            from: at(from),
            to: at(to),
            taken,
        }
    }

    fn month(y: i32, m: u32) -> Month {
        Month { year: y, month: m }
    }

    const LONDON: Tz = chrono_tz::Europe::London;

    #[test]
    fn an_export_of_february_with_a_few_tickets_of_31_january() {
        // First ticket 31 January 16:00, taken (`as_of`) 20 March: January in part,
        // February in full, March in part (taken on the 20th), April not at all.
        let s = span("2023-01-31T16:00:00Z", "2023-03-20T10:00:00Z", true);
        assert_eq!(s.covers(month(2023, 1), LONDON), Coverage::Partial);
        assert_eq!(s.covers(month(2023, 2), LONDON), Coverage::Full);
        assert_eq!(s.covers(month(2023, 3), LONDON), Coverage::Partial);
        assert_eq!(s.covers(month(2023, 4), LONDON), Coverage::None);
        assert_eq!(
            s.months(LONDON),
            (vec![month(2023, 2)], vec![month(2023, 1), month(2023, 3)])
        );
        // Without `as_of`, its newest opening (28 February) ends it: March has no data.
        let s = span("2023-01-31T16:00:00Z", "2023-02-28T16:03:00Z", false);
        assert_eq!(
            s.months(LONDON),
            (vec![month(2023, 2)], vec![month(2023, 1)])
        );
        assert_eq!(s.covers(month(2023, 3), LONDON), Coverage::None);
    }

    #[test]
    fn the_edges_of_a_month() {
        // October 2026 in London: 1 October 00:00 BST (30 Sep 23:00Z) to 1 November
        // 00:00 GMT. Begins before 10 Oct 23:00Z (ten days in), taken (`as_of`) at 29 Oct
        // 00:00Z (three days before its end, to the instant): full.
        let s = span("2026-10-10T22:59:00Z", "2026-10-29T00:00:00Z", true);
        assert_eq!(s.covers(month(2026, 10), LONDON), Coverage::Full);
        // At either edge, a minute the wrong side: in part.
        let s = span("2026-10-10T23:00:00Z", "2026-10-29T00:00:00Z", true);
        assert_eq!(s.covers(month(2026, 10), LONDON), Coverage::Partial);
        let s = span("2026-09-01T00:00:00Z", "2026-10-28T23:59:00Z", true);
        assert_eq!(s.covers(month(2026, 10), LONDON), Coverage::Partial);
        // Taken at October's first instant: October not at all, September in full.
        let s = span("2026-09-01T00:00:00Z", "2026-09-30T23:00:00Z", true);
        assert_eq!(s.covers(month(2026, 10), LONDON), Coverage::None);
        assert_eq!(s.covers(month(2026, 9), LONDON), Coverage::Full);
        // Known only by its newest opening (12 Oct): October covered, November not.
        let s = span("2026-09-01T00:00:00Z", "2026-10-12T14:20:00Z", false);
        assert_eq!(s.covers(month(2026, 10), LONDON), Coverage::Full);
        assert_eq!(s.covers(month(2026, 11), LONDON), Coverage::None);
    }
}
