//! One builder per section of the [`Review`](crate::review::Review), each over the
//! period's months by the rule its section needs (DESIGN.md "A period is its months"):
//! figures aggregate by their nature, months met count the period's months, the CSI
//! register merges every month's register, charts carry monthly values and targets,
//! and comparisons are made only with a complete earlier period.

pub mod contract;
pub mod csfs;
pub mod decisions;
pub mod events;
pub mod kpis;
pub mod misses;
pub mod plan;
pub mod register;
pub mod renewal;
pub mod risks;
pub mod slas;
pub mod sources;
pub mod summary;
pub mod surveys;

use crate::model::Better;
use crate::review::{Arrow, Direction};

/// The arrow and the judgement of a shown change (`delta`, the difference of the shown
/// figures): a change of nothing is flat and steady.
pub(crate) fn moved(delta: f64, better: Better) -> (Arrow, Direction) {
    if delta.abs() < 1e-9 {
        (Arrow::Flat, Direction::Steady)
    } else if (delta > 0.0) == (better == Better::Higher) {
        (
            if delta > 0.0 { Arrow::Up } else { Arrow::Down },
            Direction::Improving,
        )
    } else {
        (
            if delta > 0.0 { Arrow::Up } else { Arrow::Down },
            Direction::Worsening,
        )
    }
}

/// `x` rounded to `d` decimals, without binary noise (`78.4 − 67.5`).
pub(crate) fn round_to(x: f64, d: usize) -> f64 {
    let f = 10f64.powi(d as i32);
    (x * f).round() / f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_follow_the_figure_colours_follow_the_direction() {
        // Escalation down 1.2 pts, lower is better: ▼ and improving (green).
        assert_eq!(
            moved(-1.2, Better::Lower),
            (Arrow::Down, Direction::Improving)
        );
        assert_eq!(
            moved(-1.2, Better::Higher),
            (Arrow::Down, Direction::Worsening)
        );
        assert_eq!(moved(0.4, Better::Lower), (Arrow::Up, Direction::Worsening));
        assert_eq!(moved(0.0, Better::Lower), (Arrow::Flat, Direction::Steady));
    }
}
