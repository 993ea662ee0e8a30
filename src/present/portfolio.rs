//! The portfolio as the PDF shows it: every figure of a [`Portfolio`] formatted in the
//! provider's locale (money in its own currency, never converted), every sentence from
//! the message files. The template lays these out and computes nothing.

use serde::Serialize;

use std::collections::{BTreeMap, HashMap};

use crate::evaluate::portfolio::{Facts, Movement, Portfolio, Survey, movement};
use crate::evaluate::sections::{moved, round_to};
use crate::model::{Better, Unit};
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
    /// What the dots of the health table mean: CSF statuses, then SLA results.
    pub legend_csf: Vec<LegendItem>,
    /// SLA results.
    pub legend_sla: Vec<LegendItem>,
    /// Whether any client was reviewed (else the health tables say so).
    pub any_reviewed: bool,
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
    /// Devices and users counted against those covered, per client, and the total
    /// (last row); empty when no client's estate was counted.
    pub coverage: Vec<CoverageRow>,
    /// Totals in the reporting currency, with the rates.
    pub converted: Option<ConvertedView>,
    /// Tables cut at [`ROWS_LIMIT`] clients: the table's name (`health`, `risk`,
    /// `credits`, `renewals`, `fees`, `satisfaction`, `coverage`) and the sentence saying
    /// how many more there are.
    pub more: BTreeMap<String, String>,
    /// Clients whose data failed, with the first line of the error.
    pub failed: Vec<FailedRow>,
}

/// The totals in the reporting currency.
#[derive(Debug, Clone, Serialize)]
pub struct ConvertedView {
    /// `Total in GBP`.
    pub heading: String,
    /// Recurring revenue, as a column beside the currencies.
    pub revenue: RevenueRow,
    /// Credits, as a row under the currencies.
    pub credits: CreditRow,
    /// `Converted at 1 EUR = £0.8642 and 1 USD = £0.7718, the rates of 31 October 2026.`
    pub rates: String,
}

/// Devices and users of a client, or of all of them.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageRow {
    /// Name (`All clients` for the total).
    pub name: String,
    /// Devices counted.
    pub devices: Option<String>,
    /// Devices covered by the contract.
    pub devices_covered: Option<String>,
    /// Devices not covered.
    pub devices_not_covered: Option<String>,
    /// Users counted.
    pub users: Option<String>,
    /// Users covered.
    pub users_covered: Option<String>,
    /// Users not covered.
    pub users_not_covered: Option<String>,
    /// Whether anything is not covered (amber).
    pub gap: bool,
}

/// A client whose data failed.
#[derive(Debug, Clone, Serialize)]
pub struct FailedRow {
    /// Name.
    pub name: String,
    /// The first line of the error.
    pub error: String,
}

/// A shown change of a score: its text, arrow and direction.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// `+2.1 pts`.
    pub text: String,
    /// Which way the shown figure moved.
    pub arrow: crate::review::Arrow,
    /// Better or worse.
    pub direction: crate::review::Direction,
}

/// A status dot and the words it stands for, for the legend.
#[derive(Debug, Clone, Serialize)]
pub struct LegendItem {
    /// Colour.
    pub status: Status,
    /// Words.
    pub label: String,
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
    /// Each SLA's status (green met, red missed, no-data), in the order of client.yaml.
    pub slas: Vec<Status>,
    /// `2 of 3 met` (none: no SLA to measure).
    pub slas_text: Option<String>,
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
    /// CSAT against the previous period.
    pub csat_change: Option<Change>,
    /// NPS with its responses.
    pub nps: Option<String>,
    /// NPS against the previous period.
    pub nps_change: Option<Change>,
    /// Tickets opened in the period's last month.
    pub tickets: Option<String>,
    /// The month before.
    pub tickets_before: Option<String>,
}

/// The view of a portfolio in a locale: one builder per section.
pub fn view(p: &Portfolio, loc: &Locale, period: crate::period::Period) -> View {
    let by_slug: HashMap<&str, &Facts> = p.clients.iter().map(|f| (f.slug.as_str(), f)).collect();
    let reviewed: Vec<&Facts> = p.clients.iter().filter(|c| c.review.is_some()).collect();
    // A book too large for every client in every table: the riskiest first, the rest
    // counted (totals and pooled rows are always over every client).
    let listed = riskiest(p, &reviewed);
    let mut more = BTreeMap::new();
    if reviewed.len() > ROWS_LIMIT {
        for table in ["health", "satisfaction"] {
            more.insert(table.to_string(), reviewed.len() - ROWS_LIMIT);
        }
    }
    let (credits, credit_totals) = credits(p, &reviewed, loc);
    let (coverage, hidden) = coverage(p, &reviewed, loc);
    if hidden > 0 {
        more.insert("coverage".to_string(), hidden);
    }
    let any_tickets = reviewed
        .iter()
        .any(|f| f.review.as_ref().is_some_and(|h| h.tickets.is_some()));
    let mut view = View {
        period_label: loc.period(&period),
        previous_label: loc.period(&period.plus(-1)),
        cards: cards(p, &reviewed, loc),
        legend_csf: legend(
            &[
                (Status::Green, "green"),
                (Status::Amber, "amber"),
                (Status::Red, "red"),
                (Status::NoData, "no-data"),
            ],
            loc,
        ),
        legend_sla: legend(
            &[
                (Status::Green, "met"),
                (Status::Red, "missed"),
                (Status::NoData, "no-data"),
            ],
            loc,
        ),
        any_reviewed: !reviewed.is_empty(),
        health: health(&listed, loc),
        risk: risk(p, &by_slug, loc),
        credits,
        credit_totals,
        renewals: renewals(p, &by_slug, loc),
        revenue: p.revenue.iter().map(|r| revenue_row(r, loc)).collect(),
        fees: fees(p, loc),
        satisfaction: satisfaction(p, &listed, any_tickets, loc),
        coverage,
        more: BTreeMap::new(),
        converted: p.converted.as_ref().map(|c| converted(c, loc)),
        failed: p.failed.iter().map(failed_row).collect(),
    };
    // The tables of their own length: riskiest, soonest, largest first already.
    let mut cut = |table: &str, len: usize| {
        if len > ROWS_LIMIT {
            more.insert(table.to_string(), len - ROWS_LIMIT);
        }
    };
    cut("risk", view.risk.len());
    cut("credits", view.credits.len());
    cut("renewals", view.renewals.len());
    cut("fees", view.fees.len());
    view.risk.truncate(ROWS_LIMIT);
    view.credits.truncate(ROWS_LIMIT);
    view.renewals.truncate(ROWS_LIMIT);
    view.fees.truncate(ROWS_LIMIT);
    view.more = more
        .into_iter()
        .map(|(k, n)| (k, loc.say("more-clients", &[("count", n.into())])))
        .collect();
    view
}

/// The clients the per-client tables list: all of them, or in a book too large for
/// that the riskiest ROWS_LIMIT.
fn riskiest<'a>(p: &Portfolio, reviewed: &[&'a Facts]) -> Vec<&'a Facts> {
    let mut listed = reviewed.to_vec();
    if listed.len() > ROWS_LIMIT {
        let rank: HashMap<&str, usize> = (p.risk.iter().enumerate())
            .map(|(i, r)| (r.slug.as_str(), i))
            .collect();
        listed.sort_by_key(|f| rank.get(f.slug.as_str()).copied().unwrap_or(usize::MAX));
        listed.truncate(ROWS_LIMIT);
    }
    listed
}

/// A legend of status dots with their words.
fn legend(items: &[(Status, &str)], loc: &Locale) -> Vec<LegendItem> {
    (items.iter())
        .map(|&(status, key)| LegendItem {
            status,
            label: loc.label(key).to_string(),
        })
        .collect()
}

/// A client whose data failed: its name and the first line of the error.
fn failed_row(f: &crate::evaluate::portfolio::Failed) -> FailedRow {
    let first = f.error.lines().next().unwrap_or_default();
    FailedRow {
        name: f.name.clone(),
        error: first.strip_prefix("error: ").unwrap_or(first).to_string(),
    }
}

/// Clients listed in one table at most; beyond, the table says how many more there are
/// (every client is in the JSON).
pub const ROWS_LIMIT: usize = 50;

fn money(loc: &Locale, x: f64, cur: Option<&str>) -> String {
    loc.money(x, 2, cur)
}

fn currency(f: &Facts) -> Option<&str> {
    f.contract.as_ref()?.currency.as_deref()
}

fn slas_text(loc: &Locale, h: &crate::evaluate::portfolio::Health) -> Option<String> {
    let (met, measured) = h.slas_met();
    (measured > 0).then(|| {
        loc.say(
            "slas-met-count",
            &[("met", met.into()), ("total", measured.into())],
        )
    })
}

/// The key figures: clients reviewed, SLAs missed, credits, MRR, renewals.
fn cards(p: &Portfolio, reviewed: &[&Facts], loc: &Locale) -> Vec<Card> {
    let health = || reviewed.iter().filter_map(|f| f.review.as_ref());
    let measured: usize = health().map(|h| h.slas_met().1).sum();
    let missed: usize = health().map(|h| h.slas_met().1 - h.slas_met().0).sum();
    let urgent = p.renewals.iter().filter(|r| r.urgent).count();
    let dash = "–".to_string();
    let mrr = match &p.converted {
        // No contract with a fee: nothing to total, in any currency.
        _ if p.revenue.is_empty() => dash.clone(),
        Some(c) => money(loc, c.revenue.mrr, Some(&c.currency)),
        None => p
            .revenue
            .iter()
            .map(|r| money(loc, r.mrr, Some(&r.currency)))
            .collect::<Vec<_>>()
            .join(" · "),
    };
    vec![
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
        sla_card(measured, missed, loc),
        credits_card(p, reviewed.is_empty(), loc),
        Card {
            label: loc.label("mrr_short").to_string(),
            value: mrr,
            note: p
                .converted
                .as_ref()
                .filter(|_| !p.revenue.is_empty())
                .map(|c| {
                    loc.say(
                        "converted-total",
                        &[("currency", c.currency.as_str().into())],
                    )
                }),
            status: None,
        },
        Card {
            label: loc.label("renewals_ahead").to_string(),
            value: loc.count(p.renewals.len()),
            note: (urgent > 0).then(|| loc.say("renewals-urgent", &[("count", urgent.into())])),
            status: (urgent > 0).then_some(Status::Amber),
        },
    ]
}

/// The SLAs missed across the book (a dash when nothing was measured: not "none
/// missed").
fn sla_card(measured: usize, missed: usize, loc: &Locale) -> Card {
    Card {
        label: loc.label("slas_missed_short").to_string(),
        // Nothing measured is not "none missed".
        value: if measured == 0 {
            "–".to_string()
        } else {
            loc.count(missed)
        },
        note: (measured > 0).then(|| {
            loc.say(
                "slas-met-count",
                &[
                    ("met", (measured - missed).into()),
                    ("total", measured.into()),
                ],
            )
        }),
        status: (measured > 0).then_some(if missed == 0 {
            Status::Green
        } else {
            Status::Red
        }),
    }
}

/// The credits due this period, per currency, with the total in the reporting currency
/// when there is one and anything is due.
fn credits_card(p: &Portfolio, none_reviewed: bool, loc: &Locale) -> Card {
    Card {
        label: loc.label("credits_period").to_string(),
        value: if none_reviewed {
            "–".to_string()
        } else if p.credits.iter().all(|c| c.period == 0.0) {
            loc.label("no_credits_short").to_string()
        } else {
            p.credits
                .iter()
                .filter(|c| c.period > 0.0)
                .map(|c| money(loc, c.period, Some(&c.currency)))
                .collect::<Vec<_>>()
                .join(" · ")
        },
        // The total in the reporting currency when there is one and anything is due.
        note: p
            .converted
            .as_ref()
            .filter(|c| c.credits.period > 0.0)
            .map(|c| {
                format!(
                    "{}: {}",
                    loc.say(
                        "converted-total",
                        &[("currency", c.currency.as_str().into())]
                    ),
                    money(loc, c.credits.period, Some(&c.currency))
                )
            }),
        status: None,
    }
}

/// A row per reviewed client: CSF and SLA dots, what was missed, red KPIs, credits.
fn health(reviewed: &[&Facts], loc: &Locale) -> Vec<HealthRow> {
    reviewed
        .iter()
        .filter_map(|f| {
            let h = f.review.as_ref()?;
            let missed = h.slas_missed();
            Some(HealthRow {
                name: f.name.clone(),
                csfs: h.csfs.iter().map(|c| c.status).collect(),
                slas: h
                    .slas
                    .iter()
                    .map(|s| match s.met {
                        Some(true) => Status::Green,
                        Some(false) => Status::Red,
                        None => Status::NoData,
                    })
                    .collect(),
                slas_text: slas_text(loc, h),
                missed: (!missed.is_empty()).then(|| loc.and_list(&missed)),
                red: (!h.kpis_red.is_empty()).then(|| loc.and_list(&h.kpis_red)),
                credits: (h.credits > 0.0).then(|| money(loc, h.credits, currency(f))),
            })
        })
        .collect()
}

/// Clients by risk with the reasons in sentences.
fn risk(p: &Portfolio, by_slug: &HashMap<&str, &Facts>, loc: &Locale) -> Vec<RiskRow> {
    p.risk
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let cur = by_slug.get(r.slug.as_str()).and_then(|f| currency(f));
            let names = |key: &str, v: &[String]| {
                loc.say(
                    key,
                    &[("count", v.len().into()), ("names", loc.and_list(v).into())],
                )
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
                    &[("amount", money(loc, r.credits, cur).into())],
                ));
            }
            if !r.worsening.is_empty() {
                reasons.push(loc.say(
                    "risk-worsening",
                    &[("names", loc.and_list(&r.worsening).into())],
                ));
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
        .collect()
}

/// Credits per client with any this year, and per currency (with the converted total).
fn credits(p: &Portfolio, reviewed: &[&Facts], loc: &Locale) -> (Vec<CreditRow>, Vec<CreditRow>) {
    let mut owing: Vec<(&Facts, &crate::evaluate::portfolio::Health)> = reviewed
        .iter()
        .filter_map(|f| Some((*f, f.review.as_ref()?)))
        .filter(|(_, h)| h.credits_ytd > 0.0 || h.credits > 0.0)
        .collect();
    // More than a table holds: this period's largest first (amounts of one currency
    // compare; across currencies the order is only a rough one).
    if owing.len() > ROWS_LIMIT {
        owing.sort_by(|a, b| {
            (b.1.credits, b.1.credits_ytd)
                .partial_cmp(&(a.1.credits, a.1.credits_ytd))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let rows = owing
        .into_iter()
        .map(|(f, h)| CreditRow {
            name: f.name.clone(),
            period: money(loc, h.credits, currency(f)),
            ytd: money(loc, h.credits_ytd, currency(f)),
        })
        .collect();
    let totals = p
        .credits
        .iter()
        .map(|c| CreditRow {
            name: c.currency.clone(),
            period: money(loc, c.period, Some(&c.currency)),
            ytd: money(loc, c.ytd, Some(&c.currency)),
        })
        .collect();
    (rows, totals)
}

/// Renewals with the days to the notice deadline and the client's health beside them.
fn renewals(p: &Portfolio, by_slug: &HashMap<&str, &Facts>, loc: &Locale) -> Vec<RenewalRow> {
    p.renewals
        .iter()
        .map(|r| {
            let h = by_slug.get(r.slug.as_str()).and_then(|f| f.review.as_ref());
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
                    d if d <= crate::evaluate::portfolio::NOTICE_HORIZON_DAYS => {
                        Some(Status::Amber)
                    }
                    _ => None,
                }),
                value: r.annual_value.map(|v| money(loc, v, r.currency.as_deref())),
                health: h.map_or(Status::NoData, |h| h.worst_csf()),
                slas_text: h.and_then(|h| slas_text(loc, h)),
            }
        })
        .collect()
}

fn revenue_row(r: &crate::evaluate::portfolio::Revenue, loc: &Locale) -> RevenueRow {
    let m = |x: f64| money(loc, x, Some(&r.currency));
    let pct = |x: Option<f64>| x.map(|v| loc.percent(v * 100.0, 1));
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
}

/// Each client's fee then and now, with its movement.
fn fees(p: &Portfolio, loc: &Locale) -> Vec<FeeRow> {
    let mut clients: Vec<&Facts> = p.clients.iter().collect();
    // More than a table holds: the fees that moved first.
    if clients.len() > ROWS_LIMIT {
        clients.sort_by_key(|f| {
            f.contract
                .as_ref()
                .and_then(|c| movement(c.mrr_before, c.mrr_now))
                .is_none_or(|m| m == Movement::Flat)
        });
    }
    clients
        .into_iter()
        .filter_map(|f| {
            let c = f.contract.as_ref()?;
            let cur = c.currency.as_deref()?;
            let mv = movement(c.mrr_before, c.mrr_now)?;
            Some(FeeRow {
                name: f.name.clone(),
                before: c.mrr_before.map(|x| money(loc, x, Some(cur))),
                now: c.mrr_now.map(|x| money(loc, x, Some(cur))),
                movement: match mv {
                    Movement::Flat => None,
                    Movement::New => Some(loc.label("new_business").to_string()),
                    Movement::Expansion => Some(loc.label("expansion").to_string()),
                    Movement::Contraction => Some(loc.label("contraction").to_string()),
                    Movement::Churned => Some(loc.label("churned").to_string()),
                },
            })
        })
        .collect()
}

/// The change between two shown scores (both rounded as shown first).
fn score_change(
    loc: &Locale,
    now: Option<&Survey>,
    before: Option<&Survey>,
    scale: f64,
    decimals: usize,
    unit: Unit,
) -> Option<Change> {
    // The figures as printed (the number formatter rounds half to even: 12.5 → 12).
    let shown = |x: f64| format!("{x:.decimals$}").parse::<f64>().unwrap_or(x);
    let (a, b) = (shown(now?.value * scale), shown(before?.value * scale));
    let delta = round_to(a - b, decimals);
    let (arrow, direction) = moved(delta, Better::Higher);
    Some(Change {
        text: loc.change(delta, decimals, unit, None),
        arrow,
        direction,
    })
}

/// CSAT, NPS (with their change) and tickets per client, and pooled.
fn satisfaction(
    p: &Portfolio,
    reviewed: &[&Facts],
    any_tickets: bool,
    loc: &Locale,
) -> Vec<SatisfactionRow> {
    let csat = |s: Option<&Survey>| {
        s.map(|s| {
            format!(
                "{} ({})",
                loc.percent(s.value * 100.0, 1),
                loc.count(s.responses)
            )
        })
    };
    let nps = |s: Option<&Survey>| {
        s.map(|s| format!("{} ({})", loc.number(s.value, 0), loc.count(s.responses)))
    };
    let row = |name: String,
               c: (Option<&Survey>, Option<&Survey>),
               n: (Option<&Survey>, Option<&Survey>),
               tickets: Option<String>,
               before: Option<String>| SatisfactionRow {
        name,
        csat: csat(c.0),
        csat_change: score_change(loc, c.0, c.1, 100.0, 1, Unit::Percent),
        nps: nps(n.0),
        nps_change: score_change(loc, n.0, n.1, 1.0, 0, Unit::Score),
        tickets,
        tickets_before: before,
    };
    let mut rows: Vec<SatisfactionRow> = reviewed
        .iter()
        .filter_map(|f| {
            let h = f.review.as_ref()?;
            Some(row(
                f.name.clone(),
                (h.csat.as_ref(), h.csat_before.as_ref()),
                (h.nps.as_ref(), h.nps_before.as_ref()),
                h.tickets.map(|t| loc.count(t.opened)),
                h.tickets
                    .and_then(|t| t.opened_before)
                    .map(|n| loc.count(n)),
            ))
        })
        .collect();
    let q = &p.pooled;
    rows.push(row(
        loc.label("all_clients").to_string(),
        (q.csat.as_ref(), q.csat_before.as_ref()),
        (q.nps.as_ref(), q.nps_before.as_ref()),
        any_tickets.then(|| loc.count(q.tickets)),
        q.tickets_before
            .filter(|_| any_tickets)
            .map(|n| loc.count(n)),
    ));
    rows
}

/// Devices and users counted against those covered, per client that counted them
/// (the largest gaps first when they are more than a table holds), and the total;
/// empty when none did. Also the number of clients left out.
fn coverage(p: &Portfolio, reviewed: &[&Facts], loc: &Locale) -> (Vec<CoverageRow>, usize) {
    let n = |x: Option<u32>| x.map(|v| loc.count(v as usize));
    let mut counted: Vec<(&Facts, &crate::review::Coverage)> = reviewed
        .iter()
        .filter_map(|f| Some((*f, f.review.as_ref()?.coverage.as_ref()?)))
        .collect();
    // More than a table holds: the largest gaps first (the total stays over all).
    if counted.len() > ROWS_LIMIT {
        let gap = |c: &crate::review::Coverage| {
            c.devices_not_covered.unwrap_or(0) + c.users_not_covered.unwrap_or(0)
        };
        counted.sort_by_key(|(_, c)| std::cmp::Reverse(gap(c)));
    }
    let mut rows: Vec<CoverageRow> = counted
        .into_iter()
        .map(|(f, c)| CoverageRow {
            name: f.name.clone(),
            devices: n(c.devices),
            devices_covered: n(c.devices_covered),
            devices_not_covered: n(c.devices_not_covered),
            users: n(c.users),
            users_covered: n(c.users_covered),
            users_not_covered: n(c.users_not_covered),
            gap: c.devices_not_covered.unwrap_or(0) + c.users_not_covered.unwrap_or(0) > 0,
        })
        .collect();
    let hidden = rows.len().saturating_sub(ROWS_LIMIT);
    rows.truncate(ROWS_LIMIT);
    if !rows.is_empty() {
        let q = &p.pooled;
        rows.push(CoverageRow {
            name: loc.label("all_clients").to_string(),
            devices: None,
            devices_covered: None,
            devices_not_covered: n(q.devices_not_covered),
            users: None,
            users_covered: None,
            users_not_covered: n(q.users_not_covered),
            gap: q.devices_not_covered.unwrap_or(0) + q.users_not_covered.unwrap_or(0) > 0,
        });
    }
    (rows, hidden)
}

/// The reporting-currency totals and the sentence with the rates.
fn converted(c: &crate::evaluate::portfolio::Converted, loc: &Locale) -> ConvertedView {
    let mut revenue = revenue_row(&c.revenue, loc);
    let heading = loc.say(
        "converted-total",
        &[("currency", c.currency.as_str().into())],
    );
    revenue.currency = heading.clone();
    let rates: Vec<String> = c
        .rates
        .iter()
        .map(|r| {
            loc.say(
                "rate-item",
                &[
                    ("from", r.currency.as_str().into()),
                    ("rate", loc.money(r.rate, 4, Some(&c.currency)).into()),
                ],
            )
        })
        .collect();
    let rates = loc.and_list(&rates);
    ConvertedView {
        credits: CreditRow {
            name: heading.clone(),
            period: money(loc, c.credits.period, Some(&c.currency)),
            ytd: money(loc, c.credits.ytd, Some(&c.currency)),
        },
        heading,
        revenue,
        rates: match c.as_of {
            Some(d) => loc.say(
                "rates-used-dated",
                &[
                    ("rates", rates.as_str().into()),
                    ("date", loc.date(d).into()),
                ],
            ),
            None => loc.say("rates-used", &[("rates", rates.as_str().into())]),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::portfolio::{Contract, Health, Survey, build};

    /// A reviewed client with `missed` SLAs missed of one, CSAT 0.9 of 10.
    fn client(i: usize, missed: bool) -> Facts {
        let date = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        Facts {
            slug: format!("c-{i:03}"),
            name: format!("Client {i:03}"),
            contract: Some(Contract {
                id: format!("C-{i}"),
                start: date("2024-01-01"),
                end: date("2028-12-31"),
                notice_days: Some(90),
                currency: Some("GBP".into()),
                mrr_now: Some(1000.0),
                mrr_before: Some(1000.0),
            }),
            review: Some(Health {
                csfs: vec![],
                slas: vec![crate::evaluate::portfolio::SlaState {
                    name: "P1".into(),
                    met: Some(!missed),
                    attainment: String::new(),
                }],
                kpis_red: vec![],
                kpis_amber: vec![],
                worsening: vec![],
                credits: 0.0,
                credits_ytd: 0.0,
                csat: Some(Survey {
                    value: 0.9,
                    responses: 10,
                }),
                csat_before: None,
                nps: None,
                nps_before: None,
                tickets: None,
                overdue_actions: 0,
                coverage: None,
            }),
            error: None,
        }
    }

    #[test]
    fn a_score_change_is_the_difference_of_the_shown_scores() {
        // NPS 12.5 is shown 12 (the formatter rounds half to even) and 37.5 is shown 38:
        // the change is 12 − 38 = −26, not round(12.5 − 37.5) = −25.
        let loc = Locale::load("en-GB", None).unwrap();
        let s = |value| Survey {
            value,
            responses: 8,
        };
        let c = score_change(&loc, Some(&s(12.5)), Some(&s(37.5)), 1.0, 0, Unit::Score).unwrap();
        assert_eq!(c.text, "-26");
        assert_eq!(loc.number(12.5, 0), "12");
        // CSAT 0.8125 is 81.2% (half to even), 0.80 is 80.0%: +1.2 pts.
        let c = score_change(
            &loc,
            Some(&s(0.8125)),
            Some(&s(0.8)),
            100.0,
            1,
            Unit::Percent,
        )
        .unwrap();
        assert_eq!(loc.percent(81.25, 1), "81.2%");
        assert_eq!(c.text, "+1.2 points");
    }

    #[test]
    fn a_large_book_lists_the_riskiest_and_counts_the_rest() {
        // 60 clients, the last five missing their SLA: the health table lists 50, those
        // five first; it says 10 more; the pooled CSAT is over all 60 (540 of 600).
        let facts: Vec<Facts> = (0..60).map(|i| client(i, i >= 55)).collect();
        let period = crate::period::Period::Month(crate::model::Month::parse("2026-10").unwrap());
        let p = build(facts, period, None);
        let loc = Locale::load("en-GB", None).unwrap();
        let v = view(&p, &loc, period);
        assert_eq!(v.health.len(), ROWS_LIMIT);
        let first: Vec<&str> = v.health[..5].iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            first,
            [
                "Client 055",
                "Client 056",
                "Client 057",
                "Client 058",
                "Client 059"
            ]
        );
        assert_eq!(v.risk.len(), ROWS_LIMIT);
        assert_eq!(v.satisfaction.len(), ROWS_LIMIT + 1);
        let pooled = v.satisfaction.last().unwrap();
        assert_eq!(pooled.csat.as_deref(), Some("90.0% (600)"));
        assert!(
            v.more["health"].starts_with("10 more clients"),
            "{:?}",
            v.more
        );
        assert_eq!(v.cards[1].value, "5");
        // 50 clients fit: nothing is cut and the order is by name.
        let p = build((0..50).map(|i| client(i, i >= 45)).collect(), period, None);
        let v = view(&p, &loc, period);
        assert!(v.more.is_empty());
        assert_eq!(v.health[0].name, "Client 000");
    }
}
