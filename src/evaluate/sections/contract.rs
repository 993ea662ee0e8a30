//! The contract section: terms and the renewal timeline as of the end of the period.

use crate::model::ClientDef;
use crate::period::Period;
use crate::review::{ContractView, SlaResult};
use crate::text::Locale;
use crate::text::format as fmt;

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
    let tag = &def.client.locale;
    let end_of_period = period.last().last_day();
    let deadline = c.notice_days.and_then(|d| {
        c.end
            .0
            .checked_sub_signed(chrono::Duration::days(i64::from(d)))
    });
    let money = |x: f64| match currency {
        Some(cur) => format!("{cur} {}", fmt::number(x, 2)),
        None => fmt::number(x, 2),
    };
    let credits: Vec<f64> = slas
        .iter()
        .filter_map(|s| s.credit.as_ref()?.amount)
        .collect();
    let days = deadline.map(|d| (d - end_of_period).num_days());
    ContractView {
        id: c.id.clone(),
        end_text: fmt::date(c.end.0, tag),
        notice_days: c.notice_days,
        notice_deadline_text: deadline.map(|d| fmt::date(d, tag)),
        days_to_notice_deadline: days,
        days_to_notice_text: days.map(|n| {
            let mut ctx = tera::Context::new();
            ctx.insert("days", &n.abs());
            ctx.insert("passed", &(n < 0));
            loc.sentence("days_to_notice", &ctx).unwrap_or_default()
        }),
        renewal_due: days.is_some_and(|n| n <= RENEWAL_HORIZON_DAYS) && c.end.0 >= end_of_period,
        annual_value_text: c.fee.as_ref().map(|f| money(f.monthly * 12.0)),
        devices_covered: c.devices_covered,
        devices_covered_text: c.devices_covered.map(|d| fmt::number(f64::from(d), 0)),
        credits_text: (!credits.is_empty()).then(|| money(credits.iter().sum())),
    }
}
