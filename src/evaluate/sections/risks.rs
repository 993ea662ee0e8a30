//! The risk register as of the end of the period: every risk of the period's months as
//! the latest month lists it, scored likelihood × impact, placed on a 5 × 5 grid, and
//! set against the register at the end of the previous period (what is new, closed,
//! or scored differently).

use crate::evaluate::{Frame, Inputs};
use crate::model::{Initiative, Risk, RiskStatus};
use crate::review::{RiskRegister, RiskView, Status};
use crate::text::{Arg, Locale};

/// The registers of several months, oldest first, merged: each risk once, as the latest
/// month lists it.
fn merged<'a>(registers: impl Iterator<Item = &'a [Risk]>) -> Vec<Risk> {
    super::register::merged_by(registers, |r| &r.id)
}

/// The score's level: 15 and over red, 8 to 14 amber, below green.
pub fn level(score: u8) -> Status {
    match score {
        15.. => Status::Red,
        8..=14 => Status::Amber,
        _ => Status::Green,
    }
}

/// The period's register.
pub fn build(inp: &Inputs, f: &Frame, initiatives: &[Initiative]) -> RiskRegister {
    let now = merged(
        f.months
            .iter()
            .filter_map(|m| inp.periods.get(m))
            .map(|d| &d.risks[..]),
    );
    let before_months: Vec<_> = f
        .previous
        .months()
        .into_iter()
        .filter_map(|m| inp.periods.get(&m))
        .collect();
    let before = merged(before_months.iter().map(|d| &d.risks[..]));
    let (first, end) = (f.period.first().first_day(), f.period.last().last_day());
    let loc = inp.locale;
    let mut open: Vec<RiskView> = now
        .iter()
        .filter(|r| r.status != RiskStatus::Closed)
        .map(|r| view(r, end, initiatives, loc))
        .collect();
    open.sort_by(|a, b| b.score.cmp(&a.score).then(a.id.cmp(&b.id)));
    let closed = now
        .iter()
        .filter(|r| r.status == RiskStatus::Closed)
        .filter(|r| r.closed.is_none_or(|d| d.0 >= first && d.0 <= end))
        .map(|r| view(r, end, initiatives, loc))
        .collect();
    let mut grid = vec![vec![0; 5]; 5];
    for r in &open {
        grid[5 - r.impact as usize][r.likelihood as usize - 1] += 1;
    }
    let changes = if before_months.is_empty() {
        Vec::new()
    } else {
        changes(&before, &now, loc)
    };
    let grid_levels = (0..5u8)
        .map(|row| (1..=5u8).map(|l| level((5 - row) * l)).collect())
        .collect();
    RiskRegister {
        open,
        closed,
        grid,
        grid_levels,
        changes_text: changes,
    }
}

fn view(r: &Risk, end: chrono::NaiveDate, initiatives: &[Initiative], loc: &Locale) -> RiskView {
    let score = r.likelihood * r.impact;
    RiskView {
        id: r.id.clone(),
        title: r.title.clone(),
        category_text: loc.label(r.category.key()).into(),
        likelihood: r.likelihood,
        impact: r.impact,
        score,
        level: level(score),
        owner: r.owner.clone(),
        mitigation: r.mitigation.clone(),
        status_text: loc.label(r.status.key()).into(),
        next_review_text: r.next_review.map(|d| {
            if d.0 < end && r.status != RiskStatus::Closed {
                loc.say("review-overdue", &[("date", loc.date(d.0).into())])
            } else {
                loc.date(d.0)
            }
        }),
        initiatives: initiatives
            .iter()
            .filter(|i| i.status.budgeted() && i.risks.contains(&r.id))
            .map(|i| format!("{} {}", i.id, i.title))
            .collect(),
    }
}

/// What changed between two registers, in sentences: new risks, risks closed, and
/// scores that moved.
fn changes(before: &[Risk], now: &[Risk], loc: &Locale) -> Vec<String> {
    let mut out = Vec::new();
    for r in now {
        let args = |extra: Vec<(&'static str, Arg<'static>)>| {
            let mut a: Vec<(&str, Arg)> = vec![
                ("id", Arg::from(r.id.clone())),
                ("title", Arg::from(r.title.clone())),
                ("score", Arg::from((r.likelihood * r.impact) as usize)),
            ];
            a.extend(extra);
            a
        };
        let was = before.iter().find(|b| b.id == r.id);
        let closed_now = r.status == RiskStatus::Closed;
        match was {
            None if !closed_now => out.push(loc.say("risk-new", &args(vec![]))),
            Some(b) if closed_now && b.status != RiskStatus::Closed => {
                out.push(loc.say("risk-closed-now", &args(vec![])))
            }
            Some(b) if !closed_now && b.likelihood * b.impact != r.likelihood * r.impact => {
                let from = ("from", Arg::from((b.likelihood * b.impact) as usize));
                let key = if r.likelihood * r.impact > b.likelihood * b.impact {
                    "risk-up"
                } else {
                    "risk-down"
                };
                out.push(loc.say(key, &args(vec![from])))
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_at_the_edges() {
        assert_eq!(level(25), Status::Red);
        assert_eq!(level(15), Status::Red);
        assert_eq!(level(14), Status::Amber);
        assert_eq!(level(8), Status::Amber);
        assert_eq!(level(6), Status::Green);
        assert_eq!(level(1), Status::Green);
    }
}
