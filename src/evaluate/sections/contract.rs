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
        by_default_text: days.map(|n| by_default(c, n < 0, loc)),
        renewal_due: days.is_some_and(|n| n <= RENEWAL_HORIZON_DAYS) && c.end.0 >= end_of_period,
        annual_value_text: c.fee.as_ref().map(|f| {
            crate::evaluate::money_text(loc, f.monthly_on(end_of_period) * 12.0, currency)
        }),
        devices_covered: c.devices_covered,
        devices_covered_text: c
            .devices_covered
            .map(|d| loc.say("devices-covered", &[("count", Arg::from(d as usize))])),
        credits_text: (!credits.is_empty()).then(|| money(credits.iter().sum())),
        coverage: None,
        beyond_monthly: None,
        beyond_monthly_text: None,
        beyond_text: None,
    }
}

/// What happens when nobody acts by the notice deadline (`passed`: it was before the end
/// of the period): the contract renews for its automatic term, or ends.
fn by_default(c: &Contract, passed: bool, loc: &Locale) -> String {
    let renewed_to = c
        .auto_renew_months
        .and_then(|m| c.end.0.checked_add_months(chrono::Months::new(m)));
    match (c.auto_renew_months, renewed_to) {
        (Some(months), Some(until)) => loc.say(
            if passed {
                "by-default-renewed"
            } else {
                "by-default-renews"
            },
            &[
                ("months", Arg::from(months as usize)),
                ("until", loc.date(until).into()),
            ],
        ),
        _ => loc.say("by-default-ends", &[("end", loc.date(c.end.0).into())]),
    }
}

/// The summary's sentence on the notice deadline, when the renewal is close enough to
/// show (see [`ContractView::renewal_due`]) or the review is the renewal pack (an annual
/// review of a contract still running at its end): the deadline, how far it is from the
/// end of the period, and what happens by default. It opens the summary: it is the
/// decision the client has to take.
pub fn notice_sentence(v: &ContractView, renewal_pack: bool, loc: &Locale) -> Option<String> {
    if !(v.renewal_due || renewal_pack) {
        return None;
    }
    let deadline = v.notice_deadline_text.as_deref()?;
    let days = v.days_to_notice_deadline?;
    let args = [
        ("id", Arg::from(&v.id)),
        ("deadline", Arg::from(deadline)),
        (
            "when",
            Arg::from(v.days_to_notice_text.as_deref().unwrap_or("")),
        ),
        (
            "default",
            Arg::from(v.by_default_text.as_deref().unwrap_or("")),
        ),
    ];
    Some(if days < 0 {
        loc.say("notice-summary-passed", &args)
    } else {
        loc.say("notice-summary", &args)
    })
}

/// Sets the estate against the contract (see [`coverage`]) and, beyond it, what it
/// costs a month at the contract's prices and the sentence that says so.
pub fn set_coverage(
    v: &mut ContractView,
    c: &Contract,
    counted: Option<(Month, Estate)>,
    currency: Option<&str>,
    loc: &Locale,
) {
    v.coverage = coverage(c, counted);
    let Some((as_of, cov)) = counted.zip(v.coverage.as_ref()) else {
        return;
    };
    let beyond = [
        (
            cov.devices_not_covered,
            cov.devices_covered,
            c.price_per_device,
            "beyond-devices",
        ),
        (
            cov.users_not_covered,
            cov.users_covered,
            c.price_per_user,
            "beyond-users",
        ),
    ];
    let over: Vec<_> = beyond
        .iter()
        .filter_map(|&(n, covered, price, key)| Some((n.filter(|&n| n > 0)?, covered?, price, key)))
        .collect();
    if over.is_empty() {
        return;
    }
    let items: Vec<String> = over
        .iter()
        .map(|&(n, covered, _, key)| {
            loc.say(
                key,
                &[
                    ("count", n.into()),
                    ("covered", loc.count(covered as usize).into()),
                ],
            )
        })
        .collect();
    // Priced only when every count beyond the contract has its price.
    let amount: Option<f64> = over
        .iter()
        .map(|&(n, _, price, _)| Some(f64::from(n) * price?))
        .sum();
    v.beyond_monthly = amount;
    v.beyond_monthly_text = amount.map(|a| crate::evaluate::money_text(loc, a, currency));
    let mut args = vec![
        ("month", Arg::from(loc.period(&Period::Month(as_of.0)))),
        ("items", loc.and_list(&items).into()),
    ];
    v.beyond_text = Some(match &v.beyond_monthly_text {
        Some(a) => {
            args.push(("amount", a.into()));
            loc.say("estate-beyond-priced", &args)
        }
        None => loc.say("estate-beyond", &args),
    });
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
