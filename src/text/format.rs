//! Number and date formatting for everything a reader sees. Pure functions.
//!
//! A shown figure never crosses the threshold it is judged against: 94.96% against a 95%
//! goal shows as 94.9% (missed), not 95.0%; 99.96% uptime with a breach never shows as
//! 100.0%. [`shown`] picks, at the fewest decimals that manage it, the rounding (nearest,
//! down or up) that keeps every given threshold on the side the unrounded value is on.

use crate::model::Unit;

/// A threshold a shown value must stay on the right side of.
#[derive(Debug, Clone, Copy)]
pub struct Threshold {
    /// The threshold.
    pub at: f64,
    /// Whether values at or above it meet it (else at or below).
    pub higher_meets: bool,
    /// Whether the true value meets it, as judged by the evaluation (exactly, or with
    /// its tolerance): the shown value must agree with that judgement.
    pub met: bool,
}

impl Threshold {
    fn meets(self, x: f64) -> bool {
        if self.higher_meets {
            x >= self.at
        } else {
            x <= self.at
        }
    }
}

/// The value to show at `decimals` (or a few more, if needed) so that it is on the same
/// side of every threshold as `x`. Returns the value and the decimals used.
pub fn shown(x: f64, decimals: usize, thresholds: &[Threshold]) -> (f64, usize) {
    for d in decimals..=decimals + 4 {
        let f = 10f64.powi(d as i32);
        let scaled = x * f;
        // Guard against binary noise: 94.95 * 10 = 949.4999999.
        let nudged = (scaled * 1e9).round() / 1e9;
        for candidate in [nudged.round(), nudged.floor(), nudged.ceil()] {
            let c = candidate / f;
            if thresholds.iter().all(|t| t.meets(c) == t.met) {
                return (c, d);
            }
        }
    }
    (x, decimals + 4)
}

/// The decimals a unit is shown with, unless the KPI says otherwise.
pub fn default_decimals(unit: Unit) -> usize {
    match unit {
        Unit::Percent | Unit::Hours | Unit::Days | Unit::Score | Unit::Number => 1,
        Unit::Count | Unit::Minutes | Unit::Currency => 0,
    }
}

/// The decimals needed to show a percentage exactly, at least one (`99.95` → 2).
pub fn percent_decimals(points: f64) -> usize {
    exact_decimals(points).max(1)
}

/// The fewest decimals (up to 4) that show `x` exactly: `75` → 0, `99.95` → 2.
pub fn exact_decimals(x: f64) -> usize {
    (0..=4)
        .find(|&d| {
            let f = 10f64.powi(d as i32);
            ((x * f).round() - x * f).abs() < 1e-6
        })
        .unwrap_or(4)
}

/// The decimals an attainment is shown with against `goal` (a fraction): one more than
/// the goal is written with, at least one (95% → 94.9%; 99.9% → 99.95%; 99.95% →
/// 99.953%), so that a result next to the goal is told apart from it.
pub fn sla_decimals(goal: f64) -> usize {
    let g = goal * 100.0;
    match exact_decimals(g) {
        0 => 1,
        d => (d + 1).min(4),
    }
}

/// The percentage an attainment (fraction) is shown as, and its decimals: on the side
/// of the goal the exact judgement `met` puts it, on the judged side of every credit
/// tier (`tiers`: threshold fraction, whether the attainment is at or above it), at
/// 100% only when `whole`, with at least `d` decimals.
pub fn attainment_parts(
    fraction: f64,
    goal: f64,
    met: bool,
    whole: bool,
    tiers: &[(f64, bool)],
    d: usize,
) -> (f64, usize) {
    let p = fraction * 100.0;
    let g = goal * 100.0;
    let thresholds: Vec<Threshold> = [(g, met), (100.0, whole)]
        .into_iter()
        .chain(tiers.iter().map(|&(a, m)| (a * 100.0, m)))
        .map(|(at, met)| Threshold {
            at,
            higher_meets: true,
            met,
        })
        .collect();
    shown(p, d, &thresholds)
}

/// Whether the shown change between two figures agrees with their true change at
/// `decimals`: the same sign, where a true change below half a unit of the last decimal
/// counts as none. `shown_now` and `shown_then` are the figures as shown.
pub fn change_agrees(
    now: f64,
    then: f64,
    shown_now: f64,
    shown_then: f64,
    decimals: usize,
) -> bool {
    let half = 0.5 * 10f64.powi(-(decimals as i32));
    let sign = |x: f64, dead: f64| {
        if x.abs() + 1e-9 < dead || x.abs() < 1e-9 {
            0
        } else if x > 0.0 {
            1
        } else {
            -1
        }
    };
    sign(now - then, half) == sign(shown_now - shown_then, 1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_least(at: f64, met: bool) -> Threshold {
        Threshold {
            at,
            higher_meets: true,
            met,
        }
    }

    /// Attainment with the judgement made here in floats (fine for these test values).
    fn att(x: f64, goal: f64, tiers: &[f64]) -> String {
        let t: Vec<(f64, bool)> = tiers.iter().map(|&a| (a, x >= a)).collect();
        let (v, d) = attainment_parts(x, goal, x >= goal, x == 1.0, &t, sla_decimals(goal));
        crate::text::Locale::english().percent(v, d)
    }

    #[test]
    fn never_rounds_across_the_goal() {
        // 94.96 rounds to 95.0 but is below 95: shown 94.9.
        assert_eq!(att(0.9496, 0.95, &[]), "94.9%");
        // Exactly the goal: met, shown as is.
        assert_eq!(att(0.95, 0.95, &[]), "95.0%");
        // 95.04 rounds to 95.0, still met.
        assert_eq!(att(0.9504, 0.95, &[]), "95.0%");
        // 99.96% with a breach is not 100%.
        assert_eq!(att(0.9996, 0.95, &[]), "99.9%");
        assert_eq!(att(1.0, 0.95, &[]), "100.0%");
        // Goal with two decimals: shown at two.
        // (shown at three decimals: one more than the goal is written with).
        assert_eq!(att(0.99949, 0.9995, &[]), "99.949%");
        assert_eq!(att(0.99949999, 0.9995, &[]), "99.949%");
        assert_eq!(att(0.9995, 0.9995, &[]), "99.950%");
        // 1 breach in 3: 66.666… → 66.7 (rounding up is fine: still below 95).
        assert_eq!(att(2.0 / 3.0, 0.95, &[]), "66.7%");
        // A credit tier at 99.5%: 99.4996% is below it and must not show as 99.5%.
        // Against a 99.9% goal, at two decimals: 99.4996% is below the 99.5% tier and
        // must not show as 99.50%; 99.95% is not rounded to 99.9% (the goal) or 100%.
        assert_eq!(att(0.994996, 0.999, &[0.995]), "99.49%");
        assert_eq!(att(0.995495, 0.999, &[0.995]), "99.55%");
        assert_eq!(att(0.9995, 0.999, &[]), "99.95%");
    }

    #[test]
    fn lower_is_better_thresholds_round_up_when_missed() {
        // MTTR 4.04 h against a 4 h target (lower is better): not met, shown 4.1, not 4.0.
        let missed = Threshold {
            at: 4.0,
            higher_meets: false,
            met: false,
        };
        let met = Threshold {
            met: true,
            ..missed
        };
        assert_eq!(shown(4.04, 1, &[missed]), (4.1, 1));
        assert_eq!(shown(3.96, 1, &[met]), (4.0, 1));
        assert_eq!(shown(74.96, 1, &[at_least(75.0, false)]), (74.9, 1));
        // A value judged on target with the evaluation's tolerance (56.99999999999999
        // computed for 57) shows as 57.0, not 56.99999.
        assert_eq!(
            shown(56.99999999999999, 1, &[at_least(57.0, true)]),
            (57.0, 1)
        );
    }
}
