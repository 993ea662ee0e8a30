//! SLA compliance for one month: ticket SLAs from the counts a PSA reports (or, later,
//! from per-ticket clocks), availability SLAs from minutes.

use chrono_tz::Tz;

use super::MonthData;
use super::availability;
use crate::model::{Clock, Month as Period, Percent, Sla, SlaCounts, SlaKind};
use crate::review::{Counts, Minutes};
use crate::text::Locale;

/// One SLA's result in one month.
#[derive(Debug, Clone, Copy, Default)]
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
}

/// Attainment of ticket counts: met / (met + breached); pending tickets are listed,
/// not counted. None when no ticket was judged.
pub fn ticket_attainment(c: SlaCounts, goal: Percent) -> (Option<f64>, Option<bool>) {
    let judged = c.met + c.breached;
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
            let (attainment, met) = ticket_attainment(c, s.goal);
            Month {
                attainment,
                met,
                counts: Some(Counts {
                    met: c.met,
                    breached: c.breached,
                    pending: c.pending,
                }),
                ..Month::default()
            }
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
                .unwrap_or_else(|| availability::month_minutes(month, tz));
            let minutes = Some(Minutes {
                scheduled,
                maintenance: a.maintenance_minutes,
                downtime: a.downtime_minutes,
            });
            let Some((num, den)) = availability::uptime(a, scheduled) else {
                return Month {
                    minutes,
                    ..Month::default()
                };
            };
            Month {
                attainment: Some(num / den),
                met: Some(availability::at_least(num, den, s.goal)),
                counts: None,
                minutes,
                credit: availability::credit(&s.credits, num, den),
            }
        }
    }
}

/// What an SLA measures, in words: `P1 response within 15m, 24x7`; `ERP uptime`.
pub fn measure(s: &Sla, loc: &Locale) -> String {
    match s.kind {
        SlaKind::Tickets => {
            let clock = match s.clock {
                Some(Clock::Response) => loc.label("response"),
                Some(Clock::Resolution) => loc.label("resolution"),
                None => "",
            };
            let within = s.within.map(|w| w.to_string()).unwrap_or_default();
            let cal = s
                .calendar
                .as_deref()
                .unwrap_or(crate::model::validate::CALENDAR_24X7);
            format!(
                "{} {} {} {}, {}",
                s.priority.as_deref().unwrap_or_default(),
                clock,
                loc.label("within"),
                within,
                cal
            )
        }
        SlaKind::Availability => {
            format!(
                "{} {}",
                s.service.as_deref().unwrap_or_default(),
                loc.label("uptime").to_lowercase()
            )
        }
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
