//! Changes and trends of a series of monthly values, judged by the KPI's direction.

use crate::model::Better;
use crate::review::Direction;

/// `current - previous`, when both exist.
/// Binary noise (78.4 − 67.5 = 10.900000000000006) is trimmed at 1e-9.
pub fn change(current: Option<f64>, previous: Option<f64>) -> Option<f64> {
    Some(((current? - previous?) * 1e9).round() / 1e9)
}

/// Improving, worsening or steady. A change smaller than `steady_below` (half a unit
/// of the last shown decimal) is steady.
pub fn direction(change: f64, better: Better, steady_below: f64) -> Direction {
    if change.abs() < steady_below {
        Direction::Steady
    } else if (change > 0.0) == (better == Better::Higher) {
        Direction::Improving
    } else {
        Direction::Worsening
    }
}

/// Least-squares slope of the values against their index (per month), over the
/// months that have a value. Needs at least three values: two points make a change,
/// not a trend.
pub fn slope(values: &[Option<f64>]) -> Option<f64> {
    let pts: Vec<(f64, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i as f64, v)))
        .collect();
    if pts.len() < 3 {
        return None;
    }
    let n = pts.len() as f64;
    let mx = pts.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pts.iter().map(|p| p.1).sum::<f64>() / n;
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    Some(sxy / sxx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slope_by_hand() {
        // y = 2x + 1 at x = 0,1,2,3: slope 2.
        assert_eq!(
            slope(&[Some(1.0), Some(3.0), Some(5.0), Some(7.0)]),
            Some(2.0)
        );
        // Gaps are skipped, x keeps its month: points (0,1), (2,5), (3,7) → slope 2.
        // mx = 5/3, my = 13/3; sxy = (−5/3)(−10/3)+(1/3)(2/3)+(4/3)(8/3) = (50+2+32)/9 = 84/9;
        // sxx = 25/9+1/9+16/9 = 42/9 → 2.
        let s = slope(&[Some(1.0), None, Some(5.0), Some(7.0)]).unwrap();
        assert!((s - 2.0).abs() < 1e-12);
        // (0,10), (1,8), (2,9): mx 1, my 9, sxy = (−1)(1)+0+(1)(0) = −1, sxx = 2 → −0.5.
        assert_eq!(slope(&[Some(10.0), Some(8.0), Some(9.0)]), Some(-0.5));
        assert_eq!(slope(&[Some(1.0), Some(2.0)]), None);
        assert_eq!(slope(&[]), None);
    }

    #[test]
    fn direction_follows_better() {
        assert_eq!(direction(2.0, Better::Higher, 0.05), Direction::Improving);
        assert_eq!(direction(2.0, Better::Lower, 0.05), Direction::Worsening);
        assert_eq!(direction(-0.5, Better::Lower, 0.05), Direction::Improving);
        assert_eq!(direction(0.04, Better::Higher, 0.05), Direction::Steady);
        assert_eq!(change(Some(80.0), None), None);
        assert_eq!(change(Some(80.0), Some(75.5)), Some(4.5));
    }
}
