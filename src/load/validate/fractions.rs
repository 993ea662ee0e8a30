//! Percentages typed as fractions: `fcr: 0.961` for 96.1% is a valid percentage (0.961%)
//! and shows as "1.0%", red. A percent KPI's value between 0 and 1 is a suspect when the
//! same value as a percentage (× 100) is nearer, by ratio, to what the KPI usually reads
//! (the median of its other months, or its target) than the value itself is.

use std::collections::BTreeMap;

use crate::model::{ClientDef, KpiValue, Month, PeriodData, Unit};

/// A value that looks like a fraction of what was meant.
#[derive(Debug, Clone, PartialEq)]
pub struct Suspect {
    /// The month whose period file has it.
    pub month: Month,
    /// The KPI.
    pub kpi: String,
    /// The value as typed.
    pub typed: f64,
    /// What the KPI usually reads (the median of its other months, or its target).
    pub usual: f64,
}

impl Suspect {
    /// The figure that was likely meant.
    pub fn intended(&self) -> f64 {
        self.typed * 100.0
    }
}

/// The suspects among `months` of `periods` (other months of `periods` give the usual
/// reading).
pub fn suspects(
    def: &ClientDef,
    periods: &BTreeMap<Month, PeriodData>,
    months: &[Month],
) -> Vec<Suspect> {
    let plain = |d: &PeriodData, id: &str| match d.kpis.get(id) {
        Some(Some(KpiValue::Number(v))) => Some(*v),
        _ => None,
    };
    let mut out = Vec::new();
    for k in def.kpis.iter().filter(|k| k.unit == Unit::Percent) {
        let mut others: Vec<f64> = periods
            .values()
            .filter_map(|d| plain(d, &k.id))
            .filter(|v| *v >= 1.0)
            .collect();
        others.sort_by(f64::total_cmp);
        let usual = match others.len() {
            0 => k.target,
            n => Some(others[n / 2]),
        };
        let Some(usual) = usual.filter(|u| *u > 1.0) else {
            continue;
        };
        for m in months {
            let Some(v) = periods.get(m).and_then(|d| plain(d, &k.id)) else {
                continue;
            };
            if v > 0.0 && v < 1.0 && (100.0 * v / usual).ln().abs() < (v / usual).ln().abs() {
                out.push(Suspect {
                    month: *m,
                    kpi: k.id.clone(),
                    typed: v,
                    usual,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(target: f64) -> ClientDef {
        let yaml = format!(
            "client: {{ name: C, timezone: UTC }}\n\
             contract: {{ id: X, start: 2026-01-01, end: 2026-12-31 }}\n\
             kpis:\n  - {{ id: fcr, name: FCR, unit: percent, better: higher, target: {target} }}\n"
        );
        serde_yaml::from_str(&yaml).unwrap()
    }

    fn month(m: u32) -> Month {
        Month {
            year: 2026,
            month: m,
        }
    }

    fn periods(values: &[(u32, f64)]) -> BTreeMap<Month, PeriodData> {
        values
            .iter()
            .map(|(m, v)| {
                let d: PeriodData =
                    serde_yaml::from_str(&format!("kpis: {{ fcr: {v} }}\n")).unwrap();
                (month(*m), d)
            })
            .collect()
    }

    #[test]
    fn a_fraction_beside_percentages_is_suspect() {
        // 0.961 among 95.2 and 94.8 (median 95.2): 96.1 is 1.01× the usual, 0.961 is
        // 99× below it.
        let p = periods(&[(8, 95.2), (9, 94.8), (10, 0.961)]);
        let s = suspects(&def(90.0), &p, &[month(10)]);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].usual, 95.2);
        assert!((s[0].intended() - 96.1).abs() < 1e-9);
        // Alone, against its target.
        let p = periods(&[(10, 0.961)]);
        assert_eq!(suspects(&def(90.0), &p, &[month(10)])[0].usual, 90.0);
    }

    #[test]
    fn a_small_rate_near_its_usual_reading_is_not() {
        // A click rate of 0.5% among 2.4% and 3.1%: 50 is 16× the usual, 0.5 is 4.8×
        // below it: the typed value is the nearer.
        let p = periods(&[(8, 2.4), (9, 3.1), (10, 0.5)]);
        assert!(suspects(&def(3.0), &p, &[month(10)]).is_empty());
        // Zero, and a target of 1% or less, say nothing.
        let p = periods(&[(10, 0.0)]);
        assert!(suspects(&def(90.0), &p, &[month(10)]).is_empty());
        let p = periods(&[(10, 0.4)]);
        assert!(suspects(&def(0.5), &p, &[month(10)]).is_empty());
    }
}
