//! Aggregating a KPI's monthly values over a quarter or a year (DESIGN.md "Aggregation"):
//! counts add up; ratios are recomputed from summed numerators and denominators, never
//! the mean of monthly percentages; means are weighted by their counts; levels take the
//! last value.

use crate::model::{Aggregate, Kpi, KpiValue, Unit};

/// A ratio's value in the KPI's unit: a percentage for `percent` KPIs.
fn ratio(k: &Kpi, num: f64, den: f64) -> Option<f64> {
    (den > 0.0).then(|| {
        if k.unit == Unit::Percent {
            100.0 * num / den
        } else {
            num / den
        }
    })
}

/// One month's value.
pub fn single(k: &Kpi, v: KpiValue) -> f64 {
    match v {
        KpiValue::Number(x) => x,
        KpiValue::Ratio { num, den } => ratio(k, num, den).unwrap_or(0.0),
        KpiValue::Weighted { value, .. } => value,
    }
}

/// How a KPI aggregates: as it says, else `sum` for counts, `ratio` when the months give
/// their parts, else `mean`.
pub fn how(k: &Kpi, values: &[KpiValue]) -> Aggregate {
    k.aggregate.unwrap_or(if k.unit == Unit::Count {
        Aggregate::Sum
    } else if values.iter().any(|v| matches!(v, KpiValue::Ratio { .. })) {
        Aggregate::Ratio
    } else {
        Aggregate::Mean
    })
}

/// Whether the KPI's value over a period is a sum of its months (counts, tickets opened
/// or closed, tickets per device or user). Its target is a monthly target, so over a
/// period it adds up too, and a period with a month missing has no total.
pub fn sums(k: &Kpi) -> bool {
    use crate::model::KpiSource as S;
    match k.from {
        S::Period => k
            .aggregate
            .map_or(k.unit == Unit::Count, |a| a == Aggregate::Sum),
        S::TicketsOpened | S::TicketsClosed | S::TicketsPerDevice | S::TicketsPerUser => true,
        _ => false,
    }
}

/// The value over the months that have one (oldest first); None when none has.
pub fn kpi(k: &Kpi, values: &[KpiValue]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    match how(k, values) {
        Aggregate::Sum => Some(values.iter().map(|v| single(k, *v)).sum()),
        Aggregate::Last => values.last().map(|v| single(k, *v)),
        Aggregate::Ratio => {
            // Months given as plain values cannot be recomputed; only the parts count.
            let (num, den) = values.iter().fold((0.0, 0.0), |(n, d), v| match v {
                KpiValue::Ratio { num, den } => (n + num, d + den),
                _ => (n, d),
            });
            ratio(k, num, den)
        }
        Aggregate::Mean => {
            let (sum, weight) = values.iter().fold((0.0, 0.0), |(s, w), v| match *v {
                KpiValue::Weighted { value, count } => (s + value * count, w + count),
                other => (s + single(k, other), w + 1.0),
            });
            (weight > 0.0).then(|| sum / weight)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Better, KpiSource};

    fn kpi_of(unit: Unit, aggregate: Option<Aggregate>) -> Kpi {
        Kpi {
            id: "k".into(),
            name: "K".into(),
            unit,
            better: Better::Higher,
            target: Some(75.0),
            warning: None,
            from: KpiSource::Period,
            decimals: None,
            aggregate,
            reconcile: true,
            description: None,
        }
    }

    #[test]
    fn a_quarter_where_the_mean_of_percentages_misleads() {
        // FCR: July 90 of 100 (90%), August 10 of 50 (20%), September 150 of 200 (75%).
        // Mean of the monthly percentages: (90 + 20 + 75) / 3 = 61.67%.
        // Ratio of sums: (90 + 10 + 150) / (100 + 50 + 200) = 250 / 350 = 71.43%.
        let k = kpi_of(Unit::Percent, None);
        let v = [
            KpiValue::Ratio {
                num: 90.0,
                den: 100.0,
            },
            KpiValue::Ratio {
                num: 10.0,
                den: 50.0,
            },
            KpiValue::Ratio {
                num: 150.0,
                den: 200.0,
            },
        ];
        let q = kpi(&k, &v).unwrap();
        assert!((q - 250.0 / 350.0 * 100.0).abs() < 1e-9, "{q}");
        assert!((q - 61.666).abs() > 9.0, "not the mean of the percentages");
    }

    #[test]
    fn counts_means_and_levels() {
        // Counts add up: 3 + 0 + 4 = 7.
        let c = kpi_of(Unit::Count, None);
        let v = [
            KpiValue::Number(3.0),
            KpiValue::Number(0.0),
            KpiValue::Number(4.0),
        ];
        assert_eq!(kpi(&c, &v), Some(7.0));
        // Means weighted by counts: MTTR 4 h over 100 tickets, 10 h over 20:
        // (400 + 200) / 120 = 5 h (the plain mean would say 7 h).
        let m = kpi_of(Unit::Hours, None);
        let v = [
            KpiValue::Weighted {
                value: 4.0,
                count: 100.0,
            },
            KpiValue::Weighted {
                value: 10.0,
                count: 20.0,
            },
        ];
        assert_eq!(kpi(&m, &v), Some(5.0));
        // Levels take the last month: devices 240, 236, 251 → 251.
        let l = kpi_of(Unit::Number, Some(Aggregate::Last));
        let v = [
            KpiValue::Number(240.0),
            KpiValue::Number(236.0),
            KpiValue::Number(251.0),
        ];
        assert_eq!(kpi(&l, &v), Some(251.0));
        // Missing months are left out, not zeros: mean of 80 and 70 = 75.
        let p = kpi_of(Unit::Percent, None);
        assert_eq!(
            kpi(&p, &[KpiValue::Number(80.0), KpiValue::Number(70.0)]),
            Some(75.0)
        );
        assert_eq!(kpi(&p, &[]), None);
    }
}
