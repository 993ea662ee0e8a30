//! Decisions and money: what the client is asked to decide and what costs money, from
//! the sections already built (the contract, the credits, the estate, the roadmap, the
//! renewal proposal) and the SDM's asks. Nothing is computed here that a section does
//! not already show; this gathers it where an executive looks first.

use crate::evaluate::money_text;
use crate::model::{ClientDef, Initiative, ReviewNotes};
use crate::review::{ContractView, Decision, RenewalView, SlaResult, Summary};
use crate::text::{Arg, Locale};

/// How near a date must be to count as urgent.
const URGENT_DAYS: i64 = 30;

/// The inputs of the decisions list.
pub struct Sources<'a> {
    /// The contract view (notice deadline, estate beyond it).
    pub contract: &'a ContractView,
    /// Whether the notice deadline belongs in this review.
    pub notice_shown: bool,
    /// The summary (credits owed).
    pub summary: &'a Summary,
    /// The SLAs (which months cost a credit).
    pub slas: &'a [SlaResult],
    /// The period's roadmap.
    pub initiatives: &'a [Initiative],
    /// The renewal proposal's view.
    pub renewal: Option<&'a RenewalView>,
    /// What the SDM wrote for the review.
    pub narrative: Option<&'a ReviewNotes>,
    /// The last day of the period.
    pub end: chrono::NaiveDate,
}

/// The decisions of the review, in the order an executive takes them: the contract's
/// notice and renewal, the roadmap's decisions by date, then money owed either way,
/// then the SDM's asks.
pub fn build(s: &Sources, def: &ClientDef, currency: Option<&str>, loc: &Locale) -> Vec<Decision> {
    let c = s.contract;
    let mut out = Vec::new();
    if s.notice_shown
        && let (Some(due), Some(days)) = (&c.notice_deadline_text, c.days_to_notice_deadline)
    {
        out.push(Decision {
            topic: "notice".into(),
            title_text: loc.say("decision-notice", &[("id", Arg::from(&c.id))]),
            detail_text: c.by_default_text.clone(),
            due_text: Some(format!(
                "{due} ({})",
                c.days_to_notice_text.clone().unwrap_or_default()
            )),
            amount_text: c
                .annual_value_text
                .as_ref()
                .map(|a| loc.say("a-year", &[("amount", a.into())])),
            urgent: days <= URGENT_DAYS,
        });
    }
    if let Some(r) = s.renewal {
        out.push(Decision {
            topic: "renewal".into(),
            title_text: loc.label("renewal_proposal").into(),
            detail_text: Some(r.text.clone()),
            due_text: c.notice_deadline_text.clone(),
            amount_text: Some(loc.say("a-year", &[("amount", (&r.proposed_annual_text).into())])),
            urgent: false,
        });
    }
    let mut asked: Vec<&Initiative> = s
        .initiatives
        .iter()
        .filter(|i| i.decision.is_some() && i.status.budgeted())
        .filter(|i| i.status == crate::model::InitiativeStatus::Proposed || i.decide_by.is_some())
        .collect();
    asked.sort_by_key(|i| (i.decide_by.is_none(), i.decide_by));
    for i in asked {
        let cost: Vec<String> = [
            i.one_off.map(|x| money_text(loc, x, currency)),
            i.monthly.map(|x| {
                loc.say(
                    "a-month",
                    &[("amount", money_text(loc, x, currency).into())],
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        out.push(Decision {
            topic: "initiative".into(),
            title_text: format!("{} {}", i.id, i.title),
            detail_text: i.decision.clone(),
            due_text: i.decide_by.map(|d| loc.date(d.0)),
            amount_text: (!cost.is_empty()).then(|| cost.join(" + ")),
            urgent: i
                .decide_by
                .is_some_and(|d| (d.0 - s.end).num_days() <= URGENT_DAYS),
        });
    }
    if let Some(total) = &s.summary.credits_total_text {
        let months: Vec<String> = s
            .slas
            .iter()
            .filter_map(|x| Some((x, x.credit.as_ref()?)))
            .flat_map(|(x, cr)| {
                cr.months
                    .iter()
                    .map(move |m| format!("{}, {}", x.name, m.month))
            })
            .collect();
        let terms = def.contract.credit_terms.clone();
        out.push(Decision {
            topic: "credits".into(),
            title_text: loc.label("credits_owed").into(),
            detail_text: Some(
                std::iter::once(loc.say("credits-for", &[("items", loc.and_list(&months).into())]))
                    .chain(terms)
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            due_text: None,
            amount_text: Some(total.clone()),
            urgent: false,
        });
    }
    if let Some(text) = &c.beyond_text {
        out.push(Decision {
            topic: "estate".into(),
            title_text: loc.label("estate_beyond").into(),
            detail_text: Some(text.clone()),
            due_text: None,
            amount_text: c
                .beyond_monthly_text
                .as_ref()
                .map(|a| loc.say("a-month", &[("amount", a.into())])),
            urgent: false,
        });
    }
    for ask in s.narrative.map_or(&[][..], |n| &n.asks[..]) {
        out.push(Decision {
            topic: "ask".into(),
            title_text: ask.clone(),
            detail_text: None,
            due_text: None,
            amount_text: None,
            urgent: false,
        });
    }
    out
}
