//! The CSI register of a period: every action listed in any of the period's months, as
//! the latest month that lists it has it, classified over the whole period (an action
//! closed in September is "completed this period" in a review of the year).

use std::collections::BTreeMap;

use crate::evaluate::{Frame, Inputs, actions};
use crate::model::Action;
use crate::review::Actions;

/// The period's register: every action of its months, as the latest lists it.
pub fn of_period(inp: &Inputs, f: &Frame) -> Vec<Action> {
    merged(
        f.months
            .iter()
            .filter_map(|m| inp.periods.get(m))
            .map(|d| &d.actions[..]),
    )
}

/// The period's register, classified.
pub fn build(inp: &Inputs, f: &Frame, register: &[Action]) -> Actions {
    actions::classify(
        register,
        f.period.first().first_day(),
        f.period.last().last_day(),
        &inp.client.def,
        inp.locale,
    )
}

/// The registers of several months, oldest first, merged: each action once, as the
/// latest register lists it, in the order actions first appear.
pub fn merged<'a>(registers: impl Iterator<Item = &'a [Action]>) -> Vec<Action> {
    merged_by(registers, |a| &a.id)
}

/// Registers of any kind (actions, risks, initiatives), oldest first, merged by id: each
/// entry once, as the latest register lists it, in the order entries first appear.
pub fn merged_by<'a, T: Clone + 'a>(
    registers: impl Iterator<Item = &'a [T]>,
    id: impl Fn(&T) -> &str,
) -> Vec<T> {
    let mut order: Vec<String> = Vec::new();
    let mut latest: BTreeMap<String, &T> = BTreeMap::new();
    for register in registers {
        for a in register {
            if latest.insert(id(a).to_string(), a).is_none() {
                order.push(id(a).to_string());
            }
        }
    }
    order.iter().map(|i| latest[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActionStatus;

    fn action(id: &str, status: ActionStatus) -> Action {
        Action {
            id: id.into(),
            title: format!("Action {id}"),
            owner: None,
            due: None,
            status,
            opened: None,
            closed: None,
            csf: None,
            kpi: None,
            sla: None,
        }
    }

    #[test]
    fn the_latest_register_wins_and_nothing_is_lost() {
        // August lists A open; September has A done and B new; October lists only B.
        let aug = [action("A", ActionStatus::Open)];
        let sep = [
            action("A", ActionStatus::Done),
            action("B", ActionStatus::Open),
        ];
        let oct = [action("B", ActionStatus::InProgress)];
        let m = merged([&aug[..], &sep[..], &oct[..]].into_iter());
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].id.as_str(), m[0].status), ("A", ActionStatus::Done));
        assert_eq!(
            (m[1].id.as_str(), m[1].status),
            ("B", ActionStatus::InProgress)
        );
        // No months: an empty register.
        assert!(merged(std::iter::empty()).is_empty());
    }
}
