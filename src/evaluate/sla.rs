//! SLA compliance for one month: ticket SLAs from the counts a PSA reports (or, later,
//! from per-ticket clocks), availability SLAs from minutes.

use chrono_tz::Tz;

use super::MonthData;
use super::availability;
use crate::model::{Clock, Month as Period, Percent, Sla, SlaCounts, SlaKind};
use crate::review::{Counts, Minutes};
use crate::text::Locale;

/// One SLA's result in one month.
#[derive(Debug, Clone, Default)]
pub struct Month {
    /// met / (met + breached), or uptime; None when there is nothing to measure.
    pub attainment: Option<f64>,
    /// Compared unrounded, in integer (or whole-minute) arithmetic.
    pub met: Option<bool>,
    /// Ticket counts.
    pub counts: Option<Counts>,
    /// Availability minutes.
    pub minutes: Option<Minutes>,
    /// The credit tier reached.
    pub credit: Option<Percent>,
    /// What the shown text is made from, to show it at more decimals beside another figure.
    pub judged: Option<Judged>,
}

/// An attainment with every judgement its shown text must agree with.
#[derive(Debug, Clone, Default)]
pub struct Judged {
    /// The attainment (0–1).
    pub fraction: f64,
    /// The goal (0–1).
    pub goal: f64,
    /// Whether the goal was met (judged exactly).
    pub met: bool,
    /// Whether it is exactly 100%.
    pub whole: bool,
    /// Credit tier thresholds (0–1) and whether each was reached.
    pub tiers: Vec<(f64, bool)>,
}

impl Judged {
    /// The attainment as shown with at least `d` decimals: the text, the percentage
    /// it shows and the decimals it is shown with.
    pub fn shown_at(&self, d: usize, loc: &Locale) -> (String, f64, usize) {
        let (v, dd) = crate::text::format::attainment_parts(
            self.fraction,
            self.goal,
            self.met,
            self.whole,
            &self.tiers,
            d,
        );
        (loc.percent(v, dd), v, dd)
    }
}

impl Month {
    /// The attainment as shown: on the judged side of the goal and of every credit
    /// tier, at the decimals the goal asks for.
    pub fn text(&self, loc: &Locale) -> Option<String> {
        let j = self.judged.as_ref()?;
        Some(j.shown_at(crate::text::format::sla_decimals(j.goal), loc).0)
    }
}

/// Attainment of ticket counts: met / (met + breached); pending tickets are listed,
/// not counted. None when no ticket was judged.
pub fn ticket_attainment(c: SlaCounts, goal: Percent) -> (Option<f64>, Option<bool>) {
    let judged = c.met.saturating_add(c.breached);
    if judged == 0 {
        return (None, None);
    }
    (
        Some(c.met as f64 / judged as f64),
        Some(goal.is_met_by(c.met, judged)),
    )
}

/// Evaluates an SLA for a month from its period data (None: no period file).
pub fn evaluate(s: &Sla, md: MonthData, month: Period, tz: Tz) -> Month {
    match s.kind {
        SlaKind::Tickets => {
            // Counts from the ticket exports when the client has them, else as the
            // period file gives them.
            let counts = match md.tickets {
                Some(t) => t.slas.get(&s.id).copied(),
                None => md.period.and_then(|p| p.slas.get(&s.id).copied()),
            };
            let Some(c) = counts else {
                return Month::default();
            };
            from_counts(s, c)
        }
        SlaKind::Availability => {
            let Some(data) = md.period else {
                return Month::default();
            };
            let service = s.service.as_deref().unwrap_or_default();
            let Some(a) = data.availability.get(service) else {
                return Month::default();
            };
            let scheduled = a
                .scheduled_minutes
                .unwrap_or_else(|| crate::calendar::month_minutes(month, tz));
            from_minutes(
                s,
                Minutes {
                    scheduled,
                    maintenance: a.maintenance_minutes,
                    downtime: a.downtime_minutes,
                },
            )
        }
    }
}

/// A ticket SLA's result from its counts, with the month's credit tier.
fn from_counts(s: &Sla, c: SlaCounts) -> Month {
    let (attainment, met) = ticket_attainment(c, s.goal);
    let total = c.met.saturating_add(c.breached);
    let at_least = |p: Percent| p.is_met_by(c.met, total);
    Month {
        attainment,
        met,
        counts: Some(Counts {
            met: c.met,
            breached: c.breached,
            pending: c.pending,
        }),
        minutes: None,
        credit: met.and_then(|_| deepest_tier(&s.credits, at_least)),
        judged: attainment.map(|a| judged(s, a, &at_least, c.breached == 0)),
    }
}

/// An availability SLA's result from its minutes, with the month's credit tier.
fn from_minutes(s: &Sla, m: Minutes) -> Month {
    let Some((num, den)) = availability::uptime(&m) else {
        return Month {
            minutes: Some(m),
            ..Month::default()
        };
    };
    let at_least = |p: Percent| availability::at_least(num, den, p);
    Month {
        attainment: Some(num / den),
        met: Some(at_least(s.goal)),
        counts: None,
        minutes: Some(m),
        credit: deepest_tier(&s.credits, at_least),
        judged: Some(judged(
            s,
            num / den,
            &at_least,
            availability::whole(num, den),
        )),
    }
}

/// An SLA over several months: ticket counts summed (met / (met + breached) over all the
/// tickets), availability minutes summed, credits left per month (the caller totals them).
pub fn combine(s: &Sla, parts: &[Month]) -> Month {
    match s.kind {
        SlaKind::Tickets => {
            let counted: Vec<Counts> = parts.iter().filter_map(|p| p.counts).collect();
            if counted.is_empty() {
                return Month::default();
            }
            let c = counted.iter().fold(SlaCounts::default(), |a, c| SlaCounts {
                met: a.met.saturating_add(c.met),
                breached: a.breached.saturating_add(c.breached),
                pending: a.pending.saturating_add(c.pending),
            });
            Month {
                credit: None,
                ..from_counts(s, c)
            }
        }
        SlaKind::Availability => {
            let measured: Vec<Minutes> = parts.iter().filter_map(|p| p.minutes).collect();
            if measured.is_empty() {
                return Month::default();
            }
            let m = measured.iter().fold(
                Minutes {
                    scheduled: 0.0,
                    maintenance: 0.0,
                    downtime: 0.0,
                },
                |a, m| Minutes {
                    scheduled: a.scheduled + m.scheduled,
                    maintenance: a.maintenance + m.maintenance,
                    downtime: a.downtime + m.downtime,
                },
            );
            // Credits are per month; the caller totals them.
            Month {
                credit: None,
                ..from_minutes(s, m)
            }
        }
    }
}

/// The credit of the deepest tier whose `below` the result falls under.
pub fn deepest_tier(
    tiers: &[crate::model::CreditTier],
    at_least: impl Fn(Percent) -> bool,
) -> Option<Percent> {
    tiers
        .iter()
        .filter(|t| !at_least(t.below))
        .min_by_key(|t| t.below)
        .map(|t| t.credit)
}

fn judged(s: &Sla, fraction: f64, at_least: &impl Fn(Percent) -> bool, whole: bool) -> Judged {
    Judged {
        fraction,
        goal: s.goal.fraction(),
        met: at_least(s.goal),
        whole,
        tiers: s
            .credits
            .iter()
            .map(|t| (t.below.fraction(), at_least(t.below)))
            .collect(),
    }
}

/// What an SLA measures, in words: the priority, the clock and its target, and the
/// hours the clock runs in (business hours, named by the calendar's id only when the
/// client has more than one such calendar, or around the clock).
pub fn measure(s: &Sla, business_calendars: usize, loc: &Locale) -> String {
    match s.kind {
        SlaKind::Tickets => {
            let key = match s.clock {
                Some(Clock::Response) => "measure-response",
                _ => "measure-resolution",
            };
            let within = s
                .within
                .map(|w| loc.duration(i64::try_from(w.minutes).unwrap_or(i64::MAX / 120) * 60))
                .unwrap_or_default();
            let cal = match s.calendar.as_deref() {
                None | Some(crate::calendar::CALENDAR_24X7) => {
                    loc.label("around_the_clock").to_string()
                }
                Some(id) if business_calendars > 1 => format!("{} ({id})", loc.label("business")),
                Some(_) => loc.label("business").to_string(),
            };
            loc.say(
                key,
                &[
                    ("priority", s.priority.as_deref().unwrap_or_default().into()),
                    ("within", within.into()),
                    ("calendar", cal.into()),
                ],
            )
        }
        SlaKind::Availability => loc.say(
            "measure-uptime",
            &[("service", s.service.as_deref().unwrap_or_default().into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attainment_by_hand() {
        let goal = Percent(950_000);
        // 19 met, 1 breached: 19/20 = 0.95, exactly the goal → met.
        let c = SlaCounts {
            met: 19,
            breached: 1,
            pending: 4,
        };
        assert_eq!(ticket_attainment(c, goal), (Some(0.95), Some(true)));
        // 18 of 19: 0.947… → missed.
        let c = SlaCounts {
            met: 18,
            breached: 1,
            pending: 0,
        };
        assert_eq!(ticket_attainment(c, goal).1, Some(false));
        // 1899 of 2000 = 94.95%: missed, though it rounds to 95.0 at one decimal.
        let c = SlaCounts {
            met: 1899,
            breached: 101,
            pending: 0,
        };
        assert_eq!(ticket_attainment(c, goal).1, Some(false));
        // Only pending tickets: nothing to measure.
        let c = SlaCounts {
            met: 0,
            breached: 0,
            pending: 3,
        };
        assert_eq!(ticket_attainment(c, goal), (None, None));
    }
}
