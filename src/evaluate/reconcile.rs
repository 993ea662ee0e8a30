//! Reconciliation: a KPI typed by hand in the period files that the ticket exports also
//! measure (a mean time to resolve, a first-contact rate) is compared with their figure
//! over the same period, so that a page never shows a typed 6.4 hours beside tickets
//! that took 32.
//!
//! The measure is recognised from the KPI's id and name and its unit; a figure is
//! reconciled when it is within the tolerance of its kind: 20% (and at least half an
//! hour) for times, 5 points for percentages, 10% (and at least 2) for counts.

use crate::model::{Kpi, KpiSource, Unit};

/// The ticket measure a typed KPI stands for, from its id, name and unit; none when the
/// KPI is computed already, opts out (`reconcile: false`) or is not recognised.
pub fn measure_of(k: &Kpi) -> Option<KpiSource> {
    if k.from != KpiSource::Period || !k.reconcile {
        return None;
    }
    let words = format!("{} {}", k.id, k.name)
        .to_lowercase()
        .replace(['_', '-'], " ");
    let has = |w: &[&str]| w.iter().any(|x| words.contains(x));
    match k.unit {
        Unit::Hours | Unit::Minutes => {
            if has(&["mttr", "resol", "time to fix", "fix time"]) {
                Some(if has(&["median"]) {
                    KpiSource::TicketsResolutionMedian
                } else if has(&["p90", "90th"]) {
                    KpiSource::TicketsResolutionP90
                } else {
                    KpiSource::TicketsResolutionMean
                })
            } else if has(&["respon", "mtta", "acknowledg"]) && !has(&["median", "p90", "90th"]) {
                Some(KpiSource::TicketsResponseMean)
            } else {
                None
            }
        }
        Unit::Percent if has(&["first contact", "first call", "fcr"]) => {
            Some(KpiSource::TicketsFcr)
        }
        Unit::Percent if has(&["escalat"]) => Some(KpiSource::TicketsEscalation),
        Unit::Percent if has(&["reopen", "re open"]) => Some(KpiSource::TicketsReopen),
        Unit::Count if has(&["backlog"]) => Some(KpiSource::TicketsBacklog),
        _ => None,
    }
}

/// A figure in `unit` as the ticket measure counts it (hours for times): times this.
pub fn to_measure_unit(unit: Unit) -> f64 {
    match unit {
        Unit::Minutes => 1.0 / 60.0,
        _ => 1.0,
    }
}

/// Whether a typed figure and the tickets' (in the same unit) agree within the tolerance
/// of their kind.
pub fn agrees(measure: KpiSource, typed: f64, measured: f64) -> bool {
    let diff = (typed - measured).abs();
    match measure {
        KpiSource::TicketsFcr | KpiSource::TicketsEscalation | KpiSource::TicketsReopen => {
            diff <= 5.0
        }
        KpiSource::TicketsBacklog => diff <= (0.1 * measured.abs()).max(2.0),
        _ => diff <= (0.2 * measured.abs()).max(0.5),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpi(id: &str, name: &str, unit: Unit) -> Kpi {
        serde_yaml::from_str(&format!(
            "{{ id: {id}, name: {name}, unit: {}, better: lower, target: 1 }}",
            serde_yaml::to_string(&unit).unwrap().trim()
        ))
        .unwrap()
    }

    #[test]
    fn measures_are_recognised_by_name_and_unit() {
        use KpiSource::*;
        let cases = [
            (
                "mttr",
                "Mean time to resolve",
                Unit::Hours,
                Some(TicketsResolutionMean),
            ),
            (
                "res_median",
                "Median resolution time",
                Unit::Hours,
                Some(TicketsResolutionMedian),
            ),
            (
                "resp",
                "Average response time",
                Unit::Minutes,
                Some(TicketsResponseMean),
            ),
            (
                "fcr",
                "First-contact resolution",
                Unit::Percent,
                Some(TicketsFcr),
            ),
            (
                "esc",
                "Escalation rate",
                Unit::Percent,
                Some(TicketsEscalation),
            ),
            (
                "reopened",
                "Tickets reopened",
                Unit::Percent,
                Some(TicketsReopen),
            ),
            (
                "queue",
                "Backlog at month end",
                Unit::Count,
                Some(TicketsBacklog),
            ),
            // Not a ticket measure, or not in a unit the tickets give it in.
            ("patch", "Patch compliance", Unit::Percent, None),
            ("mttr_days", "Mean time to resolve", Unit::Days, None),
            ("fcr_count", "First-contact resolutions", Unit::Count, None),
        ];
        for (id, name, unit, want) in cases {
            assert_eq!(measure_of(&kpi(id, name, unit)), want, "{name}");
        }
        let mut opted_out = kpi("mttr", "Mean time to resolve", Unit::Hours);
        opted_out.reconcile = false;
        assert_eq!(measure_of(&opted_out), None);
        let mut computed = kpi("mttr", "Mean time to resolve", Unit::Hours);
        computed.from = TicketsResolutionMean;
        assert_eq!(measure_of(&computed), None);
    }

    #[test]
    fn tolerances_at_their_edges() {
        use KpiSource::*;
        // Times: 20% of the tickets' figure, at least half an hour.
        assert!(agrees(TicketsResolutionMean, 12.0, 10.0));
        assert!(!agrees(TicketsResolutionMean, 12.1, 10.0));
        assert!(agrees(TicketsResponseMean, 0.9, 0.5));
        assert!(!agrees(TicketsResolutionMean, 6.4, 32.4));
        // Percentages: 5 points.
        assert!(agrees(TicketsFcr, 70.0, 75.0));
        assert!(!agrees(TicketsFcr, 69.9, 75.0));
        // Counts: 10%, at least 2.
        assert!(agrees(TicketsBacklog, 12.0, 10.0));
        assert!(!agrees(TicketsBacklog, 113.0, 100.0) && agrees(TicketsBacklog, 110.0, 100.0));
        assert_eq!(90.0 * to_measure_unit(Unit::Minutes), 1.5);
    }
}
