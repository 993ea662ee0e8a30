//! The plan: the roadmap's initiatives still ahead, and the budget forecast of the
//! quarters ahead (four after a month or quarter, eight after a year, from the quarter
//! of the day after the period):
//! initiatives' one-off costs in their quarter, their recurring costs from their quarter
//! on, and the devices due for replacement by the refresh policy, those already past
//! due counted in the first quarter.

use std::collections::BTreeMap;

use crate::evaluate::{Frame, Inputs, money_text};
use crate::model::{Device, Initiative, Quarter, RefreshPolicy};
use crate::period::Period;
use crate::review::{BudgetQuarter, InitiativeView, Plan};
use crate::text::{Arg, Locale};

/// What one quarter of the forecast costs, before it is shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amounts {
    /// The quarter.
    pub quarter: Quarter,
    /// One-off initiative costs.
    pub one_off: f64,
    /// Recurring initiative costs over the quarter (3 × monthly).
    pub recurring: f64,
    /// Devices due for replacement.
    pub devices: usize,
    /// Their cost.
    pub refresh: f64,
}

/// When a device is due for replacement: its purchase plus the policy's years.
pub fn due(d: &Device, p: &RefreshPolicy) -> Option<chrono::NaiveDate> {
    d.purchased
        .checked_add_months(chrono::Months::new(p.years * 12))
}

/// The forecast of `n` quarters from `start`, and the devices already past due before
/// it (counted in its first quarter). Done and declined initiatives cost nothing;
/// a one-off cost falls in its quarter when that is in the forecast; a recurring cost
/// runs from its quarter (or the forecast's start) on.
pub fn forecast(
    initiatives: &[Initiative],
    devices: &[Device],
    policy: &BTreeMap<String, RefreshPolicy>,
    start: Quarter,
    n: usize,
) -> (Vec<Amounts>, usize) {
    let mut out: Vec<Amounts> = (0..n as i32)
        .map(|i| Amounts {
            quarter: start.plus(i),
            one_off: 0.0,
            recurring: 0.0,
            devices: 0,
            refresh: 0.0,
        })
        .collect();
    for i in initiatives.iter().filter(|i| i.status.budgeted()) {
        for a in out.iter_mut() {
            if a.quarter == i.quarter {
                a.one_off += i.one_off.unwrap_or(0.0);
            }
            if a.quarter >= i.quarter {
                a.recurring += 3.0 * i.monthly.unwrap_or(0.0);
            }
        }
    }
    let mut overdue = 0;
    for d in devices {
        let Some(p) = policy.get(&d.kind) else {
            continue;
        };
        let Some(when) = due(d, p) else { continue };
        let q = Quarter::of(when).max(start);
        if Quarter::of(when) < start {
            overdue += 1;
        }
        if let Some(a) = out.iter_mut().find(|a| a.quarter == q) {
            a.devices += 1;
            a.refresh += p.price;
        }
    }
    (out, overdue)
}

/// The period's plan; none when the client keeps no roadmap and no device list.
pub fn build(inp: &Inputs, f: &Frame, initiatives: &[Initiative]) -> Option<Plan> {
    let devices = inp.devices.unwrap_or(&[]);
    if initiatives.is_empty() && inp.devices.is_none() {
        return None;
    }
    let loc = inp.locale;
    let currency = inp.currency();
    let policy = inp
        .client
        .def
        .lifecycle
        .as_ref()
        .map(|l| l.refresh.clone())
        .unwrap_or_default();
    // From the quarter of the day after the period: October's review plans from Q4.
    let start = Quarter::of(f.period.last().plus(1).first_day());
    let n = if matches!(f.period, Period::Year { .. }) {
        8
    } else {
        4
    };
    let (amounts, overdue) = forecast(initiatives, devices, &policy, start, n);
    let shown = |label: String, a: &Amounts| BudgetQuarter {
        label,
        one_off: a.one_off,
        recurring: a.recurring,
        refresh_devices: a.devices,
        refresh: a.refresh,
        total: a.one_off + a.recurring + a.refresh,
        one_off_text: money_text(loc, a.one_off, currency),
        recurring_text: money_text(loc, a.recurring, currency),
        refresh_text: money_text(loc, a.refresh, currency),
        total_text: money_text(loc, a.one_off + a.recurring + a.refresh, currency),
    };
    let sum = amounts.iter().fold(
        Amounts {
            quarter: start,
            one_off: 0.0,
            recurring: 0.0,
            devices: 0,
            refresh: 0.0,
        },
        |t, a| Amounts {
            one_off: t.one_off + a.one_off,
            recurring: t.recurring + a.recurring,
            devices: t.devices + a.devices,
            refresh: t.refresh + a.refresh,
            ..t
        },
    );
    let (first, end) = (f.period.first().first_day(), f.period.last().last_day());
    let due_in = sum.devices;
    Some(Plan {
        initiatives: initiatives
            .iter()
            .filter(|i| i.status.budgeted())
            .map(|i| view(inp, i))
            .collect(),
        done: initiatives
            .iter()
            .filter(|i| i.status == crate::model::InitiativeStatus::Done)
            .filter(|i| {
                let q = i.quarter.first().first_day();
                q <= end && i.quarter.first().plus(2).last_day() >= first
            })
            .map(|i| view(inp, i))
            .collect(),
        quarters: amounts
            .iter()
            .map(|a| shown(quarter_label(loc, a.quarter), a))
            .collect(),
        total: shown(loc.label("total").into(), &sum),
        devices_overdue: overdue,
        devices: devices.len(),
        devices_text: inp.devices.map(|_| {
            loc.say(
                "devices-due",
                &[
                    ("count", Arg::from(due_in)),
                    ("total", Arg::from(devices.len())),
                    ("overdue", Arg::from(overdue)),
                    ("quarters", Arg::from(n)),
                ],
            )
        }),
    })
}

fn quarter_label(loc: &Locale, q: Quarter) -> String {
    loc.period(&Period::Quarter {
        year: q.year,
        q: q.q,
    })
}

fn view(inp: &Inputs, i: &Initiative) -> InitiativeView {
    let loc = inp.locale;
    let currency = inp.currency();
    let def = &inp.client.def;
    let status = i.status.key();
    InitiativeView {
        id: i.id.clone(),
        title: i.title.clone(),
        category_text: loc.label(i.category.key()).into(),
        quarter: i.quarter.to_string(),
        quarter_text: quarter_label(loc, i.quarter),
        one_off_text: i.one_off.map(|x| money_text(loc, x, currency)),
        monthly_text: i.monthly.map(|x| {
            loc.say(
                "a-month",
                &[("amount", money_text(loc, x, currency).into())],
            )
        }),
        status: status.trim_start_matches("initiative_").replace('_', "-"),
        status_text: loc.label(status).into(),
        decision: i.decision.clone(),
        decide_by_text: i.decide_by.map(|d| loc.date(d.0)),
        serves: i
            .risks
            .iter()
            .filter_map(|id| {
                inp.periods
                    .values()
                    .rev()
                    .flat_map(|d| &d.risks)
                    .find(|r| &r.id == id)
                    .map(|r| r.title.clone())
            })
            .chain(
                i.csfs
                    .iter()
                    .filter_map(|id| def.csfs.iter().find(|c| &c.id == id))
                    .map(|c| c.name.clone()),
            )
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::registers::{InitiativeCategory, InitiativeStatus};

    fn q(year: i32, q: u32) -> Quarter {
        Quarter { year, q }
    }

    fn initiative(
        quarter: Quarter,
        one_off: f64,
        monthly: f64,
        status: InitiativeStatus,
    ) -> Initiative {
        Initiative {
            id: "RM-1".into(),
            title: "t".into(),
            category: InitiativeCategory::Security,
            quarter,
            one_off: Some(one_off),
            monthly: Some(monthly),
            status,
            decision: None,
            decide_by: None,
            risks: vec![],
            csfs: vec![],
            slas: vec![],
            kpis: vec![],
        }
    }

    fn device(purchased: &str, kind: &str) -> Device {
        Device {
            name: "d".into(),
            kind: kind.into(),
            purchased: chrono::NaiveDate::parse_from_str(purchased, "%Y-%m-%d").unwrap(),
            warranty_end: None,
            os: None,
        }
    }

    #[test]
    fn one_off_in_its_quarter_recurring_from_it_devices_when_due() {
        let policy = BTreeMap::from([(
            "laptop".to_string(),
            RefreshPolicy {
                years: 4,
                price: 1000.0,
            },
        )]);
        let items = [
            // 12,000 once in Q2 2027, then 500 a month: 1,500 a quarter from Q2.
            initiative(q(2027, 2), 12000.0, 500.0, InitiativeStatus::Proposed),
            // Declined: nothing.
            initiative(q(2027, 1), 9999.0, 99.0, InitiativeStatus::Declined),
            // Started before the forecast: its one-off is spent, its 100 a month runs on.
            initiative(q(2026, 3), 5000.0, 100.0, InitiativeStatus::InProgress),
        ];
        let devices = [
            device("2022-06-30", "laptop"), // due 2026-06-30: past due, first quarter
            device("2023-02-01", "laptop"), // due 2027-02-01: Q1 2027
            device("2023-12-31", "laptop"), // due 2027-12-31: Q4 2027
            device("2024-01-01", "laptop"), // due 2028-01-01: beyond the forecast
        ];
        let (a, overdue) = forecast(&items, &devices, &policy, q(2027, 1), 4);
        assert_eq!(overdue, 1);
        let got: Vec<(f64, f64, usize, f64)> = a
            .iter()
            .map(|x| (x.one_off, x.recurring, x.devices, x.refresh))
            .collect();
        assert_eq!(
            got,
            vec![
                (0.0, 300.0, 2, 2000.0),
                (12000.0, 1800.0, 0, 0.0),
                (0.0, 1800.0, 0, 0.0),
                (0.0, 1800.0, 1, 1000.0),
            ]
        );
    }

    #[test]
    fn quarters_wrap_years() {
        assert_eq!(q(2026, 4).plus(1), q(2027, 1));
        assert_eq!(q(2027, 1).plus(-1), q(2026, 4));
        assert_eq!(
            Quarter::of(chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()),
            q(2026, 4)
        );
    }
}
