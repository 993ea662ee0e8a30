//! The portfolio as the PDF shows it: every figure of a [`Portfolio`] formatted in the
//! provider's locale (money in its own currency, never converted), every sentence from
//! the message files. The template lays these out and computes nothing.

use serde::Serialize;

use super::{Facts, Movement, Portfolio, movement};
use crate::review::Status;
use crate::text::{Arg, Locale};

/// The portfolio document's data.
#[derive(Debug, Clone, Serialize)]
pub struct View {
    /// `October 2026`.
    pub period_label: String,
    /// The period before (`September 2026`), whose end the revenue is compared with.
    pub previous_label: String,
    /// Key figures for the first page.
    pub cards: Vec<Card>,
    /// One row per reviewed client.
    pub health: Vec<HealthRow>,
    /// Reviewed clients, riskiest first.
    pub risk: Vec<RiskRow>,
    /// Credits per client (those with any this year).
    pub credits: Vec<CreditRow>,
    /// Credit totals per currency.
    pub credit_totals: Vec<CreditRow>,
    /// Contracts ending in the next 12 months.
    pub renewals: Vec<RenewalRow>,
    /// MRR and movements per currency.
    pub revenue: Vec<RevenueRow>,
    /// Each client's fee then and now.
    pub fees: Vec<FeeRow>,
    /// CSAT, NPS and tickets per client, and pooled (last row).
    pub satisfaction: Vec<SatisfactionRow>,
    /// Clients whose data failed: name and the first line of the error.
    pub failed: Vec<(String, String)>,
}

/// A key figure.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// Label.
    pub label: String,
    /// Shown value.
    pub value: String,
    /// A line below it.
    pub note: Option<String>,
    /// RAG colour of the value.
    pub status: Option<Status>,
}

/// A client's health.
#[derive(Debug, Clone, Serialize)]
pub struct HealthRow {
    /// Name.
    pub name: String,
    /// CSF statuses.
    pub csfs: Vec<Status>,
    /// Each SLA: name and status (green met, red missed, no-data).
    pub slas: Vec<(String, Status)>,
    /// `2 of 3 met`.
    pub slas_text: String,
    /// Missed SLAs, listed.
    pub missed: Option<String>,
    /// Red KPIs, listed.
    pub red: Option<String>,
    /// Credits this period, shown.
    pub credits: Option<String>,
}

/// A client's risk.
#[derive(Debug, Clone, Serialize)]
pub struct RiskRow {
    /// 1, 2, ...
    pub rank: usize,
    /// Name.
    pub name: String,
    /// Score.
    pub score: u32,
    /// The reasons, in sentences.
    pub reasons: Vec<String>,
    /// RAG of the score: red from 6, amber from 3.
    pub status: Status,
}

/// Credits of a client or a currency.
#[derive(Debug, Clone, Serialize)]
pub struct CreditRow {
    /// Client name or currency.
    pub name: String,
    /// This period.
    pub period: String,
    /// Year to date.
    pub ytd: String,
}

/// A renewal.
#[derive(Debug, Clone, Serialize)]
pub struct RenewalRow {
    /// Name.
    pub name: String,
    /// Contract end.
    pub end: String,
    /// Notice deadline.
    pub deadline: Option<String>,
    /// Days to it, in words.
    pub days: Option<String>,
    /// Red within a month, amber within 90 days.
    pub days_status: Option<Status>,
    /// Annual value.
    pub value: Option<String>,
    /// The client's health: its worst CSF status (no data when not reviewed).
    pub health: Status,
    /// SLAs met, shown.
    pub slas_text: Option<String>,
}

/// Revenue of one currency.
#[derive(Debug, Clone, Serialize)]
pub struct RevenueRow {
    /// ISO currency.
    pub currency: String,
    /// MRR now.
    pub mrr: String,
    /// MRR at the end of the previous period.
    pub before: String,
    /// New.
    pub new: String,
    /// Expansion.
    pub expansion: String,
    /// Contraction (shown negative).
    pub contraction: String,
    /// Churned (shown negative).
    pub churned: String,
    /// Per client.
    pub arpc: Option<String>,
    /// Gross retention.
    pub grr: Option<String>,
    /// Net retention.
    pub nrr: Option<String>,
}

/// A client's fee then and now.
#[derive(Debug, Clone, Serialize)]
pub struct FeeRow {
    /// Name.
    pub name: String,
    /// Fee at the end of the previous period.
    pub before: Option<String>,
    /// Fee at the end of the period.
    pub now: Option<String>,
    /// The movement's label (`New`, `Expansion`...), none when flat.
    pub movement: Option<String>,
}

/// Satisfaction and volume of a client, or of all of them.
#[derive(Debug, Clone, Serialize)]
pub struct SatisfactionRow {
    /// Name (`All clients` for the pooled row).
    pub name: String,
    /// CSAT with its responses.
    pub csat: Option<String>,
    /// NPS with its responses.
    pub nps: Option<String>,
    /// Tickets opened in the period's last month.
    pub tickets: Option<String>,
    /// The month before.
    pub tickets_before: Option<String>,
}

/// The view of a portfolio in a locale.
pub fn view(p: &Portfolio, loc: &Locale, period: crate::period::Period) -> View {
    let money = |x: f64, cur: Option<&str>| loc.money(x, 2, cur);
    let list = |names: &[String]| loc.and_list(names);
    let reviewed: Vec<&Facts> = p.clients.iter().filter(|c| c.review.is_some()).collect();
    let currency = |f: &Facts| f.contract.as_ref().and_then(|c| c.currency.clone());
    let health: Vec<HealthRow> = reviewed
        .iter()
        .map(|f| {
            let h = f.review.as_ref().expect("reviewed");
            let met = h.slas.iter().filter(|s| s.1 == Some(true)).count();
            let measured = h.slas.iter().filter(|s| s.1.is_some()).count();
            let missed: Vec<String> = h
                .slas
                .iter()
                .filter(|s| s.1 == Some(false))
                .map(|s| s.0.clone())
                .collect();
            HealthRow {
                name: f.name.clone(),
                csfs: h.csfs.iter().map(|c| c.1).collect(),
                slas: h
                    .slas
                    .iter()
                    .map(|s| {
                        let st = match s.1 {
                            Some(true) => Status::Green,
                            Some(false) => Status::Red,
                            None => Status::NoData,
                        };
                        (s.0.clone(), st)
                    })
                    .collect(),
                slas_text: loc.say(
                    "slas-met-count",
                    &[("met", met.into()), ("total", measured.into())],
                ),
                missed: (!missed.is_empty()).then(|| list(&missed)),
                red: (!h.kpis_red.is_empty()).then(|| list(&h.kpis_red)),
                credits: (h.credits > 0.0).then(|| money(h.credits, currency(f).as_deref())),
            }
        })
        .collect();
    let risk = p
        .risk
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let cur = p
                .clients
                .iter()
                .find(|c| c.slug == r.slug)
                .and_then(currency);
            let names = |key: &str, v: &[String]| {
                loc.say(key, &[("count", v.len().into()), ("names", list(v).into())])
            };
            let mut reasons = Vec::new();
            if !r.slas_missed.is_empty() {
                reasons.push(names("risk-slas-missed", &r.slas_missed));
            }
            if !r.kpis_red.is_empty() {
                reasons.push(names("risk-kpis-red", &r.kpis_red));
            }
            if !r.kpis_amber.is_empty() {
                reasons.push(names("risk-kpis-amber", &r.kpis_amber));
            }
            if r.credits > 0.0 {
                reasons.push(loc.say(
                    "risk-credit",
                    &[("amount", money(r.credits, cur.as_deref()).into())],
                ));
            }
            if !r.worsening.is_empty() {
                reasons.push(loc.say("risk-worsening", &[("names", list(&r.worsening).into())]));
            }
            if r.overdue_actions > 0 {
                reasons.push(loc.say("risk-overdue", &[("count", r.overdue_actions.into())]));
            }
            if reasons.is_empty() {
                reasons.push(loc.say("risk-none", &[]));
            }
            RiskRow {
                rank: i + 1,
                name: r.name.clone(),
                score: r.score,
                reasons,
                status: match r.score {
                    s if s >= 6 => Status::Red,
                    s if s >= 3 => Status::Amber,
                    _ => Status::Green,
                },
            }
        })
        .collect();
    let credits = reviewed
        .iter()
        .filter_map(|f| {
            let h = f.review.as_ref()?;
            (h.credits_ytd > 0.0 || h.credits > 0.0).then(|| CreditRow {
                name: f.name.clone(),
                period: money(h.credits, currency(f).as_deref()),
                ytd: money(h.credits_ytd, currency(f).as_deref()),
            })
        })
        .collect();
    let credit_totals = p
        .credits
        .iter()
        .map(|c| CreditRow {
            name: c.currency.clone(),
            period: money(c.period, Some(&c.currency)),
            ytd: money(c.ytd, Some(&c.currency)),
        })
        .collect();
    let renewals = p
        .renewals
        .iter()
        .map(|r| {
            let facts = p.clients.iter().find(|c| c.slug == r.slug);
            let h = facts.and_then(|f| f.review.as_ref());
            RenewalRow {
                name: r.name.clone(),
                end: loc.date(r.end),
                deadline: r.notice_deadline.map(|d| loc.date(d)),
                days: r.days_to_notice.map(|n| {
                    let count = ("count", Arg::from(n.abs()));
                    match n {
                        0 => loc.say("notice-today", &[]),
                        n if n < 0 => loc.say("notice-passed", &[count]),
                        _ => loc.say("notice-days-left", &[count]),
                    }
                }),
                days_status: r.days_to_notice.and_then(|d| match d {
                    d if d < 31 => Some(Status::Red),
                    d if d <= super::NOTICE_HORIZON_DAYS => Some(Status::Amber),
                    _ => None,
                }),
                value: r.annual_value.map(|v| money(v, r.currency.as_deref())),
                health: h
                    .and_then(|h| {
                        h.csfs
                            .iter()
                            .map(|c| c.1)
                            .filter(|s| *s != Status::NoData)
                            .max()
                    })
                    .unwrap_or(Status::NoData),
                slas_text: h.map(|h| {
                    let met = h.slas.iter().filter(|s| s.1 == Some(true)).count();
                    let measured = h.slas.iter().filter(|s| s.1.is_some()).count();
                    loc.say(
                        "slas-met-count",
                        &[("met", met.into()), ("total", measured.into())],
                    )
                }),
            }
        })
        .collect();
    let pct = |x: Option<f64>| x.map(|v| loc.percent(v * 100.0, 1));
    let revenue = p
        .revenue
        .iter()
        .map(|r| {
            let m = |x: f64| money(x, Some(&r.currency));
            RevenueRow {
                currency: r.currency.clone(),
                mrr: m(r.mrr),
                before: m(r.mrr_before),
                new: m(r.new),
                expansion: m(r.expansion),
                contraction: m(-r.contraction),
                churned: m(-r.churned),
                arpc: r.arpc.map(m),
                grr: pct(r.grr),
                nrr: pct(r.nrr),
            }
        })
        .collect();
    let fees = p
        .clients
        .iter()
        .filter_map(|f| {
            let c = f.contract.as_ref()?;
            let cur = c.currency.as_deref()?;
            let mv = movement(c.mrr_before, c.mrr_now)?;
            Some(FeeRow {
                name: f.name.clone(),
                before: c.mrr_before.map(|x| money(x, Some(cur))),
                now: c.mrr_now.map(|x| money(x, Some(cur))),
                movement: match mv {
                    Movement::Flat => None,
                    Movement::New => Some(loc.label("new_business").to_string()),
                    Movement::Expansion => Some(loc.label("expansion").to_string()),
                    Movement::Contraction => Some(loc.label("contraction").to_string()),
                    Movement::Churned => Some(loc.label("churned").to_string()),
                },
            })
        })
        .collect();
    let csat = |s: Option<(f64, usize)>| {
        s.map(|(v, n)| format!("{} ({})", loc.percent(v * 100.0, 1), loc.count(n)))
    };
    let nps = |s: Option<(f64, usize)>| {
        s.map(|(v, n)| format!("{} ({})", loc.number(v, 0), loc.count(n)))
    };
    let mut satisfaction: Vec<SatisfactionRow> = reviewed
        .iter()
        .map(|f| {
            let h = f.review.as_ref().expect("reviewed");
            SatisfactionRow {
                name: f.name.clone(),
                csat: csat(h.csat),
                nps: nps(h.nps),
                tickets: h.tickets.map(|t| loc.count(t.0)),
                tickets_before: h.tickets.and_then(|t| t.1).map(|n| loc.count(n)),
            }
        })
        .collect();
    let any_tickets = reviewed
        .iter()
        .any(|f| f.review.as_ref().is_some_and(|h| h.tickets.is_some()));
    satisfaction.push(SatisfactionRow {
        name: loc.label("all_clients").to_string(),
        csat: csat(p.pooled.csat),
        nps: nps(p.pooled.nps),
        tickets: any_tickets.then(|| loc.count(p.pooled.tickets)),
        tickets_before: p
            .pooled
            .tickets_before
            .filter(|_| any_tickets)
            .map(|n| loc.count(n)),
    });
    let slas_missed: usize = reviewed
        .iter()
        .map(|f| {
            f.review
                .as_ref()
                .map_or(0, |h| h.slas.iter().filter(|s| s.1 == Some(false)).count())
        })
        .sum();
    let urgent = p.renewals.iter().filter(|r| r.urgent).count();
    let cards = vec![
        Card {
            label: loc.label("clients_reviewed").to_string(),
            value: loc.count(reviewed.len()),
            note: (!p.failed.is_empty()).then(|| {
                format!(
                    "{}: {}",
                    loc.label("failed_clients"),
                    loc.count(p.failed.len())
                )
            }),
            status: (!p.failed.is_empty()).then_some(Status::Red),
        },
        Card {
            label: loc.label("slas_missed_short").to_string(),
            value: loc.count(slas_missed),
            note: None,
            status: Some(if slas_missed == 0 {
                Status::Green
            } else {
                Status::Red
            }),
        },
        Card {
            label: loc.label("credits_period").to_string(),
            value: if p.credits.iter().all(|c| c.period == 0.0) {
                loc.label("no_credits_short").to_string()
            } else {
                p.credits
                    .iter()
                    .filter(|c| c.period > 0.0)
                    .map(|c| money(c.period, Some(&c.currency)))
                    .collect::<Vec<_>>()
                    .join(" · ")
            },
            note: None,
            status: None,
        },
        Card {
            label: loc.label("renewals_ahead").to_string(),
            value: loc.count(p.renewals.len()),
            note: None,
            status: (urgent > 0).then_some(Status::Amber),
        },
    ];
    View {
        period_label: loc.period(&period),
        previous_label: loc.period(&period.plus(-1)),
        cards,
        health,
        risk,
        credits,
        credit_totals,
        renewals,
        revenue,
        fees,
        satisfaction,
        failed: p
            .failed
            .iter()
            .map(|(n, e)| {
                let first = e.lines().next().unwrap_or_default();
                (
                    n.clone(),
                    first.strip_prefix("error: ").unwrap_or(first).to_string(),
                )
            })
            .collect(),
    }
}
