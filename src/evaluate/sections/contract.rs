//! The contract section: terms and the renewal timeline as of the end of the period.

use crate::model::{ClientDef, Contract, Estate, Month};
use crate::period::Period;
use crate::review::{ContractView, Coverage, SlaResult};
use crate::text::Arg;
use crate::text::Locale;

/// How far ahead a QBR shows the renewal: a notice deadline within two quarters.
const RENEWAL_HORIZON_DAYS: i64 = 183;

/// Contract terms and the renewal timeline.
pub fn build(
    def: &ClientDef,
    period: Period,
    slas: &[SlaResult],
    currency: Option<&str>,
    loc: &Locale,
) -> ContractView {
    let c = &def.contract;
    let end_of_period = period.last().last_day();
    let deadline = c.notice_days.and_then(|d| {
        c.end
            .0
            .checked_sub_signed(chrono::Duration::days(i64::from(d)))
    });
    let money = |x: f64| loc.money(x, 2, currency);
    let credits: Vec<f64> = slas
        .iter()
        .filter_map(|s| s.credit.as_ref()?.amount)
        .collect();
    let days = deadline.map(|d| (d - end_of_period).num_days());
    ContractView {
        id: c.id.clone(),
        end_text: loc.date(c.end.0),
        notice_days: c.notice_days,
        notice_deadline_text: deadline.map(|d| loc.date(d)),
        days_to_notice_deadline: days,
        days_to_notice_text: days.map(|n| {
            let count = ("count", Arg::from(n.abs()));
            match n {
                0 => loc.say("notice-today", &[]),
                n if n < 0 => loc.say("notice-passed", &[count]),
                _ => loc.say("notice-days-left", &[count]),
            }
        }),
        renewal_due: days.is_some_and(|n| n <= RENEWAL_HORIZON_DAYS) && c.end.0 >= end_of_period,
        annual_value_text: c
            .fee
            .as_ref()
            .map(|f| money(f.monthly_on(end_of_period) * 12.0)),
        devices_covered: c.devices_covered,
        devices_covered_text: c
            .devices_covered
            .map(|d| loc.say("devices-covered", &[("count", Arg::from(d as usize))])),
        credits_text: (!credits.is_empty()).then(|| money(credits.iter().sum())),
        coverage: None,
    }
}

/// The estate counted at `as_of` against the contract's covered devices and users; none
/// when nothing was counted. Not covered = counted − covered, never below zero.
pub fn coverage(c: &Contract, counted: Option<(Month, Estate)>) -> Option<Coverage> {
    let (as_of, e) = counted?;
    let beyond = |seen: Option<u32>, covered: Option<u32>| Some(seen?.saturating_sub(covered?));
    Some(Coverage {
        as_of: as_of.to_string(),
        devices: e.devices,
        devices_covered: c.devices_covered,
        devices_not_covered: beyond(e.devices, c.devices_covered),
        users: e.users,
        users_covered: c.users_covered,
        users_not_covered: beyond(e.users, c.users_covered),
    })
}
