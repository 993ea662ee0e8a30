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
    let mut out: Vec<Decision> = notice(s, loc).into_iter().collect();
    out.extend(s.renewal.map(|r| renewal(s.contract, r, loc)));
    out.extend(initiatives(s, currency, loc));
    out.extend(credits(s, def, loc));
    out.extend(estate(s.contract, loc));
    out.extend(
        s.narrative
            .map_or(&[][..], |n| &n.asks[..])
            .iter()
            .map(|ask| Decision {
                topic: "ask".into(),
                title_text: ask.text().to_string(),
                detail_text: None,
                due_text: ask.by().map(|d| loc.date(d.0)),
                amount_text: None,
                urgent: ask
                    .by()
                    .is_some_and(|d| (d.0 - s.end).num_days() <= URGENT_DAYS),
            }),
    );
    out
}

/// The notice deadline, what happens by default, and the contract's annual value.
fn notice(s: &Sources, loc: &Locale) -> Option<Decision> {
    let c = s.contract;
    if !s.notice_shown {
        return None;
    }
    let (due, days) = (c.notice_deadline_text.as_ref()?, c.days_to_notice_deadline?);
    Some(Decision {
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
    })
}

/// The renewal proposed, due by the notice deadline.
fn renewal(c: &ContractView, r: &RenewalView, loc: &Locale) -> Decision {
    Decision {
        topic: "renewal".into(),
        title_text: loc.label("renewal_proposal").into(),
        detail_text: Some(r.text.clone()),
        due_text: c.notice_deadline_text.clone(),
        amount_text: Some(loc.say("a-year", &[("amount", (&r.proposed_annual_text).into())])),
        urgent: false,
    }
}

/// The roadmap's decisions (proposed, or dated), soonest first, with their cost.
fn initiatives(s: &Sources, currency: Option<&str>, loc: &Locale) -> Vec<Decision> {
    let mut asked: Vec<&Initiative> = s
        .initiatives
        .iter()
        .filter(|i| i.decision.is_some() && i.status.budgeted())
        .filter(|i| i.status == crate::model::InitiativeStatus::Proposed || i.decide_by.is_some())
        .collect();
    asked.sort_by_key(|i| (i.decide_by.is_none(), i.decide_by));
    asked
        .into_iter()
        .map(|i| {
            let monthly = |x: f64| {
                loc.say(
                    "a-month",
                    &[("amount", money_text(loc, x, currency).into())],
                )
            };
            let cost: Vec<String> = [
                i.one_off.map(|x| money_text(loc, x, currency)),
                i.monthly.map(monthly),
            ]
            .into_iter()
            .flatten()
            .collect();
            Decision {
                topic: "initiative".into(),
                title_text: format!("{} {}", i.id, i.title),
                detail_text: i.decision.clone(),
                due_text: i.decide_by.map(|d| loc.date(d.0)),
                amount_text: (!cost.is_empty()).then(|| cost.join(" + ")),
                urgent: i
                    .decide_by
                    .is_some_and(|d| (d.0 - s.end).num_days() <= URGENT_DAYS),
            }
        })
        .collect()
}

/// The service credits owed, the months that cost them, and how the contract pays them.
fn credits(s: &Sources, def: &ClientDef, loc: &Locale) -> Option<Decision> {
    let total = s.summary.credits_total_text.as_ref()?;
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
    let detail =
        std::iter::once(loc.say("credits-for", &[("items", loc.and_list(&months).into())]))
            .chain(def.contract.credit_terms.clone())
            .collect::<Vec<_>>()
            .join(" ");
    Some(Decision {
        topic: "credits".into(),
        title_text: loc.label("credits_owed").into(),
        detail_text: Some(detail),
        due_text: None,
        amount_text: Some(total.clone()),
        urgent: false,
    })
}

/// The estate beyond the contract and what it costs a month.
fn estate(c: &ContractView, loc: &Locale) -> Option<Decision> {
    let text = c.beyond_text.as_ref()?;
    Some(Decision {
        topic: "estate".into(),
        title_text: loc.label("estate_beyond").into(),
        detail_text: Some(text.clone()),
        due_text: None,
        amount_text: c
            .beyond_monthly_text
            .as_ref()
            .map(|a| loc.say("a-month", &[("amount", a.into())])),
        urgent: false,
    })
}
