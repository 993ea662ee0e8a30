//! The renewal proposal of an annual review and its economics: the fee now, the credits
//! paid in the year, the estate beyond the contract for a year at its prices (the
//! true-up), and the fee proposed, against now.

use crate::evaluate::money_text;
use crate::model::{Contract, RenewalProposal};
use crate::review::{ContractView, RenewalView, SlaResult};
use crate::text::{Arg, Locale};

/// The proposal's view; none without a proposal.
pub fn build(
    p: Option<&RenewalProposal>,
    c: &Contract,
    view: &ContractView,
    slas: &[SlaResult],
    end: chrono::NaiveDate,
    loc: &Locale,
) -> Option<RenewalView> {
    let p = p?;
    let currency = c.fee.as_ref().map(|f| f.currency.as_str());
    let money = |x: f64| money_text(loc, x, currency);
    let current = c.fee.as_ref().map(|f| 12.0 * f.monthly_on(end));
    let credits: f64 = slas.iter().filter_map(|s| s.credit.as_ref()?.amount).sum();
    // Credits to the cent, as the contract section and the summary show them.
    let credits_shown = loc.money(credits, 2, currency);
    let true_up = view.beyond_monthly.map(|m| 12.0 * m);
    let proposed = 12.0 * p.monthly_fee;
    let starts = c.end.0.succ_opt().unwrap_or(c.end.0);
    let term_text = loc.say(
        "renewal-term",
        &[
            ("months", Arg::from(p.term_months)),
            ("start", loc.date(starts).into()),
        ],
    );
    let change = current.map(|now| proposed - now);
    let change_text = change.zip(current).map(|(d, now)| {
        let pct = if now > 0.0 { d / now * 100.0 } else { 0.0 };
        let sign = if pct < 0.0 { "−" } else { "+" };
        format!(
            "{} ({sign}{})",
            loc.change(
                d,
                crate::evaluate::money_decimals(d),
                crate::model::Unit::Currency,
                currency
            ),
            loc.percent(pct.abs(), 1)
        )
    });
    let covers: Vec<String> = [
        p.devices_covered
            .or(c.devices_covered)
            .map(|n| loc.say("devices-covered", &[("count", Arg::from(n as usize))])),
        p.users_covered
            .or(c.users_covered)
            .map(|n| loc.say("users-covered", &[("count", Arg::from(n as usize))])),
    ]
    .into_iter()
    .flatten()
    .collect();
    let covers_text = (!covers.is_empty()).then(|| loc.and_list(&covers));
    let mut text = vec![loc.say(
        "renewal-economics",
        &[
            ("term", (&term_text).into()),
            ("monthly", money(p.monthly_fee).into()),
            ("annual", money(proposed).into()),
            ("now", current.map(&money).unwrap_or_default().into()),
            ("change", change_text.clone().unwrap_or_default().into()),
        ],
    )];
    if let Some(t) = true_up {
        text.push(loc.say("renewal-true-up", &[("amount", money(t).into())]));
    }
    if credits > 0.0 {
        text.push(loc.say("renewal-credits", &[("amount", (&credits_shown).into())]));
    }
    Some(RenewalView {
        term_text,
        current_annual_text: current.map(&money),
        credits_text: (credits > 0.0).then(|| credits_shown.clone()),
        true_up_text: true_up.map(&money),
        proposed_annual_text: money(proposed),
        change_text,
        covers_text,
        scope: p.scope.clone(),
        text: text.join(" "),
    })
}
