//! The portfolio review: every client of a workspace in one view for the MSP's
//! leadership. Each client contributes a [`Facts`], read off its evaluated Review and its
//! contract (nothing is typed in twice); [`build`] puts them together: health across the
//! book, clients ranked by risk with the reasons, service credits, renewals, recurring
//! revenue and its movements, satisfaction and ticket volume, and the clients whose data
//! failed. Amounts are never added across currencies: every total is per currency.
//!
//! Figures (pure functions, tested at the edges):
//! - **MRR** of a client at a day: its monthly fee in force that day (`contract.fee` and
//!   its dated `changes`) when the contract runs that day, else nothing. The portfolio
//!   compares the last day of the period with the last day of the previous period.
//! - **Movements**: new (no fee then, a fee now), churned (a fee then, none now),
//!   expansion and contraction (the fee rose or fell), each the change of MRR.
//! - **Gross revenue retention** = (MRR then − contraction − churn) / MRR then; **net** =
//!   (MRR then + expansion − contraction − churn) / MRR then; new contracts in neither.
//! - **Average revenue per client** = MRR now / clients with a fee now.
//! - **Credits**: the period's, and the year's to date (the calendar year of the
//!   period's last month), each month's credit a share of the fee in force that month.
//! - **Pooled CSAT** = satisfied / responses over every client; **pooled NPS** = the
//!   response-weighted mean of the clients' NPS, which is (promoters − detractors) /
//!   responses over all of them.
//! - **Risk**: 3 a missed SLA, 2 a red KPI, 1 an amber KPI, 2 a credit owed this period,
//!   1 a CSAT or NPS KPI that worsened, 1 an overdue CSI action (at most 3).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{ClientDef, KpiSource};
use crate::period::Period;
use crate::review::{Review, Status};

/// What the portfolio needs of one client (serialisable: a batch worker sends it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Directory name.
    pub slug: String,
    /// Name (the directory name when client.yaml could not be read).
    pub name: String,
    /// The contract, when client.yaml was read.
    pub contract: Option<Contract>,
    /// The period's review, when the contract runs in the period and it evaluated.
    pub review: Option<Health>,
    /// Why the client could not be reviewed (bad data), when it could not.
    pub error: Option<String>,
}

/// Contract terms and fees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contract {
    /// Reference.
    pub id: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// Notice period in days.
    pub notice_days: Option<u32>,
    /// ISO currency of the fee.
    pub currency: Option<String>,
    /// MRR at the end of the period (none: no fee, or no contract that day).
    pub mrr_now: Option<f64>,
    /// MRR at the end of the previous period.
    pub mrr_before: Option<f64>,
}

/// A reviewed client's standing in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Health {
    /// CSF statuses, in the order of client.yaml.
    pub csfs: Vec<CsfState>,
    /// SLA results, in the order of client.yaml.
    pub slas: Vec<SlaState>,
    /// Red KPIs.
    pub kpis_red: Vec<String>,
    /// Amber KPIs.
    pub kpis_amber: Vec<String>,
    /// CSAT and NPS KPIs that worsened against the previous period.
    pub worsening: Vec<String>,
    /// Service credits of the period (in the contract's currency; 0 without a fee).
    pub credits: f64,
    /// Service credits of the calendar year to the end of the period.
    pub credits_ytd: f64,
    /// CSAT (share satisfied, 0–1) of the period.
    pub csat: Option<Survey>,
    /// CSAT of the previous period.
    pub csat_before: Option<Survey>,
    /// NPS of the period.
    pub nps: Option<Survey>,
    /// NPS of the previous period.
    pub nps_before: Option<Survey>,
    /// Tickets opened in the period, and (monthly portfolios) in the month before.
    pub tickets: Option<Tickets>,
    /// Overdue CSI actions.
    pub overdue_actions: usize,
    /// Devices and users counted against those covered.
    pub coverage: Option<crate::review::Coverage>,
}

/// A CSF's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsfState {
    /// Name.
    pub name: String,
    /// Status.
    pub status: Status,
}

/// An SLA's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlaState {
    /// Name.
    pub name: String,
    /// Met (none: nothing to measure).
    pub met: Option<bool>,
    /// Attainment, shown.
    pub attainment: String,
}

/// A survey score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    /// CSAT: share satisfied (0–1); NPS: −100–100.
    pub value: f64,
    /// Responses.
    pub responses: usize,
}

/// Ticket volume.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Tickets {
    /// Opened in the period.
    pub opened: usize,
    /// Opened in the month before (monthly portfolios only).
    pub opened_before: Option<usize>,
}

impl Health {
    /// SLAs met and SLAs measured.
    pub fn slas_met(&self) -> (usize, usize) {
        let met = self.slas.iter().filter(|s| s.met == Some(true)).count();
        (met, self.slas.iter().filter(|s| s.met.is_some()).count())
    }

    /// The names of the SLAs missed.
    pub fn slas_missed(&self) -> Vec<String> {
        self.slas
            .iter()
            .filter(|s| s.met == Some(false))
            .map(|s| s.name.clone())
            .collect()
    }

    /// The worst CSF status (no data when none has data).
    pub fn worst_csf(&self) -> Status {
        self.csfs
            .iter()
            .map(|c| c.status)
            .filter(|s| *s != Status::NoData)
            .max()
            .unwrap_or(Status::NoData)
    }
}

/// Whether a contract runs on a day.
fn runs_on(c: &crate::model::Contract, day: NaiveDate) -> bool {
    c.start.0 <= day && day <= c.end.0
}

/// A client's MRR on a day: the fee in force, if its contract runs that day.
pub fn mrr_on(c: &crate::model::Contract, day: NaiveDate) -> Option<f64> {
    let fee = c.fee.as_ref()?;
    runs_on(c, day).then(|| fee.monthly_on(day))
}

/// The facts of one client for the portfolio of `period`, from its definition and (when
/// its contract runs in the period) its evaluated review.
pub fn facts_of(
    slug: &str,
    def: &ClientDef,
    review: Result<Option<&Review>, String>,
    period: Period,
) -> Facts {
    let end = period.last().last_day();
    let before = period.plus(-1).last().last_day();
    let c = &def.contract;
    let contract = Contract {
        id: c.id.clone(),
        start: c.start.0,
        end: c.end.0,
        notice_days: c.notice_days,
        currency: c.fee.as_ref().map(|f| f.currency.clone()),
        mrr_now: mrr_on(c, end),
        mrr_before: mrr_on(c, before),
    };
    let (review, error) = match review {
        Ok(r) => (r.map(|r| health_of(def, r, period)), None),
        Err(e) => (None, Some(e)),
    };
    Facts {
        slug: slug.to_string(),
        name: def.client.name.clone(),
        contract: Some(contract),
        review,
        error,
    }
}

/// Whether a client's contract runs at some time in the period (and so has a review).
pub fn under_contract(def: &ClientDef, period: Period) -> bool {
    let c = &def.contract;
    c.start.0 <= period.last().last_day() && c.end.0 >= period.first().first_day()
}

/// The service credits of the calendar year to the period's end, from the contract's
/// first month on: each month's share of the fee in force that month.
fn credits_year_to_date(def: &ClientDef, r: &Review, period: Period) -> f64 {
    let fee = def.contract.fee.as_ref();
    let last = period.last();
    let start = crate::model::Month::of(def.contract.start.0);
    let ytd = |m: crate::model::Month| m.year == last.year && m <= last && m >= start;
    r.slas
        .iter()
        .flat_map(|s| &s.monthly)
        .filter(|m| ytd(m.period))
        .filter_map(|m| Some(m.credit? * fee?.monthly_on(m.period.last_day())))
        .fold(0.0, |a, b| a + b)
}

/// What the portfolio needs of a client's review: its CSFs, SLAs, KPIs needing attention,
/// satisfaction moving the wrong way, credits, ticket volume, overdue actions, coverage.
fn health_of(def: &ClientDef, r: &Review, period: Period) -> Health {
    let credits_ytd = credits_year_to_date(def, r, period);
    let source = |id: &str| def.kpis.iter().find(|k| k.id == id).map(|k| k.from);
    let with = |s: Status| -> Vec<String> {
        r.kpis
            .iter()
            .filter(|k| k.status == s)
            .map(|k| k.name.clone())
            .collect()
    };
    let survey = |s: &Option<crate::review::Score>| {
        s.as_ref().map(|s| Survey {
            value: s.value,
            responses: s.responses,
        })
    };
    let sv = &r.surveys;
    Health {
        csfs: r
            .csfs
            .iter()
            .map(|c| CsfState {
                name: c.name.clone(),
                status: c.status,
            })
            .collect(),
        slas: r
            .slas
            .iter()
            .map(|s| SlaState {
                name: s.name.clone(),
                met: s.met,
                attainment: s.attainment_text.clone(),
            })
            .collect(),
        kpis_red: with(Status::Red),
        kpis_amber: with(Status::Amber),
        worsening: r
            .kpis
            .iter()
            .filter(|k| matches!(source(&k.id), Some(KpiSource::Csat | KpiSource::Nps)))
            .filter(|k| k.change_direction == Some(crate::review::Direction::Worsening))
            .map(|k| k.name.clone())
            .collect(),
        // Folded from 0.0: an empty f64 sum is −0.0.
        credits: r
            .slas
            .iter()
            .filter_map(|s| s.credit.as_ref()?.amount)
            .fold(0.0, |a, b| a + b),
        credits_ytd,
        csat: survey(&sv.csat),
        csat_before: survey(&sv.csat_previous),
        nps: survey(&sv.nps),
        nps_before: survey(&sv.nps_previous),
        // The month before, for a month's portfolio only (a quarter's count has no
        // monthly counterpart).
        tickets: r.tickets.as_ref().map(|t| {
            let h = &t.history_opened;
            let n = h.len();
            let monthly = matches!(period, Period::Month(_));
            Tickets {
                opened: t.opened,
                opened_before: if monthly && n >= 2 { h[n - 2] } else { None },
            }
        }),
        overdue_actions: r.actions.overdue.len(),
        coverage: r.contract.coverage.clone(),
    }
}

/// How a client's MRR moved between the two period ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Movement {
    /// No fee then, a fee now.
    New,
    /// The fee rose.
    Expansion,
    /// The fee fell.
    Contraction,
    /// A fee then, none now.
    Churned,
    /// The same fee.
    Flat,
}

/// The movement from `before` to `now` (none: no fee at either end).
pub fn movement(before: Option<f64>, now: Option<f64>) -> Option<Movement> {
    let (b, n) = (before.unwrap_or(0.0), now.unwrap_or(0.0));
    Some(match (b > 0.0, n > 0.0) {
        (false, false) => return None,
        (false, true) => Movement::New,
        (true, false) => Movement::Churned,
        _ if n > b => Movement::Expansion,
        _ if n < b => Movement::Contraction,
        _ => Movement::Flat,
    })
}

/// Recurring revenue of one currency.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Revenue {
    /// ISO currency.
    pub currency: String,
    /// MRR at the end of the period.
    pub mrr: f64,
    /// MRR at the end of the previous period.
    pub mrr_before: f64,
    /// MRR of new contracts.
    pub new: f64,
    /// MRR added by fee increases.
    pub expansion: f64,
    /// MRR lost by fee decreases (positive).
    pub contraction: f64,
    /// MRR of contracts that ended (positive).
    pub churned: f64,
    /// Clients with a fee now.
    pub clients: usize,
    /// MRR per client with a fee now.
    pub arpc: Option<f64>,
    /// Gross revenue retention (0–1), when there was MRR before.
    pub grr: Option<f64>,
    /// Net revenue retention.
    pub nrr: Option<f64>,
}

/// MRR and its movements per currency (currencies in code order).
pub fn revenue(facts: &[Facts]) -> Vec<Revenue> {
    let mut by: BTreeMap<String, Revenue> = BTreeMap::new();
    for c in facts.iter().filter_map(|f| f.contract.as_ref()) {
        let Some(currency) = &c.currency else {
            continue;
        };
        let Some(m) = movement(c.mrr_before, c.mrr_now) else {
            continue;
        };
        let r = by.entry(currency.clone()).or_insert_with(|| Revenue {
            currency: currency.clone(),
            ..Revenue::default()
        });
        let (b, n) = (c.mrr_before.unwrap_or(0.0), c.mrr_now.unwrap_or(0.0));
        r.mrr += n;
        r.mrr_before += b;
        match m {
            Movement::New => r.new += n,
            Movement::Churned => r.churned += b,
            Movement::Expansion => r.expansion += n - b,
            Movement::Contraction => r.contraction += b - n,
            Movement::Flat => {}
        }
        if n > 0.0 {
            r.clients += 1;
        }
    }
    by.into_values()
        .map(|mut r| {
            r.ratios();
            r
        })
        .collect()
}

impl Revenue {
    /// Revenue per client and the retention ratios, from the sums.
    fn ratios(&mut self) {
        self.arpc = (self.clients > 0).then(|| self.mrr / self.clients as f64);
        if self.mrr_before > 0.0 {
            let kept = self.mrr_before - self.contraction - self.churned;
            self.grr = Some(kept / self.mrr_before);
            self.nrr = Some((kept + self.expansion) / self.mrr_before);
        }
    }
}

/// A client's risk score and its reasons (codes with the names behind them).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// Directory name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// The score (see the module's rules).
    pub score: u32,
    /// SLAs missed.
    pub slas_missed: Vec<String>,
    /// Red KPIs.
    pub kpis_red: Vec<String>,
    /// Amber KPIs.
    pub kpis_amber: Vec<String>,
    /// Credit owed this period (contract currency).
    pub credits: f64,
    /// CSAT/NPS KPIs that worsened.
    pub worsening: Vec<String>,
    /// Overdue CSI actions.
    pub overdue_actions: usize,
}

/// Reviewed clients ranked by risk, highest first (then by name).
pub fn risks(facts: &[Facts]) -> Vec<Risk> {
    let mut out: Vec<Risk> = facts
        .iter()
        .filter_map(|f| {
            let h = f.review.as_ref()?;
            let slas_missed = h.slas_missed();
            let score = 3 * slas_missed.len() as u32
                + 2 * h.kpis_red.len() as u32
                + h.kpis_amber.len() as u32
                + if h.credits > 0.0 { 2 } else { 0 }
                + h.worsening.len() as u32
                + h.overdue_actions.min(3) as u32;
            Some(Risk {
                slug: f.slug.clone(),
                name: f.name.clone(),
                score,
                slas_missed,
                kpis_red: h.kpis_red.clone(),
                kpis_amber: h.kpis_amber.clone(),
                credits: h.credits,
                worsening: h.worsening.clone(),
                overdue_actions: h.overdue_actions,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    out
}

/// A contract coming up for renewal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Renewal {
    /// Directory name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Contract end.
    pub end: NaiveDate,
    /// Last day to give notice.
    pub notice_deadline: Option<NaiveDate>,
    /// Days from the end of the period to the notice deadline (negative: passed).
    pub days_to_notice: Option<i64>,
    /// Whether the notice deadline falls within 90 days of the end of the period.
    pub urgent: bool,
    /// 12 × the fee at the end of the period.
    pub annual_value: Option<f64>,
    /// ISO currency.
    pub currency: Option<String>,
}

/// Days ahead of the notice deadline that make a renewal urgent.
pub const NOTICE_HORIZON_DAYS: i64 = 90;

/// Contracts ending within 12 months after the period: urgent ones (notice deadline in
/// the next 90 days) first by deadline, then the rest by end date.
pub fn renewals(facts: &[Facts], period: Period) -> Vec<Renewal> {
    let end = period.last().last_day();
    let horizon = period.last().plus(12).last_day();
    let mut out: Vec<Renewal> = facts
        .iter()
        .filter_map(|f| {
            let c = f.contract.as_ref()?;
            // Ending on the period's last day counts (its notice has passed: the most
            // urgent); a contract not yet started is not up for renewal.
            (c.end >= end && c.end <= horizon && c.start <= end).then_some(())?;
            let deadline = c
                .notice_days
                .map(|n| c.end - chrono::Duration::days(i64::from(n)));
            let days = deadline.map(|d| (d - end).num_days());
            Some(Renewal {
                slug: f.slug.clone(),
                name: f.name.clone(),
                end: c.end,
                notice_deadline: deadline,
                days_to_notice: days,
                urgent: days.is_some_and(|d| d <= NOTICE_HORIZON_DAYS),
                annual_value: c.mrr_now.map(|m| m * 12.0),
                currency: c.currency.clone(),
            })
        })
        .collect();
    out.sort_by_key(|r| {
        (
            !r.urgent,
            if r.urgent { r.notice_deadline } else { None },
            r.end,
            r.name.clone(),
        )
    });
    out
}

/// Credits per currency: this period and the year to date.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Credits {
    /// ISO currency.
    pub currency: String,
    /// This period.
    pub period: f64,
    /// Year to date.
    pub ytd: f64,
}

/// Credit totals per currency (clients without a fee owe no amount).
pub fn credits(facts: &[Facts]) -> Vec<Credits> {
    let mut by: BTreeMap<String, Credits> = BTreeMap::new();
    for f in facts {
        let (Some(h), Some(currency)) = (
            &f.review,
            f.contract.as_ref().and_then(|c| c.currency.as_ref()),
        ) else {
            continue;
        };
        let c = by.entry(currency.clone()).or_insert_with(|| Credits {
            currency: currency.clone(),
            ..Credits::default()
        });
        c.period += h.credits;
        c.ytd += h.credits_ytd;
    }
    by.into_values().collect()
}

/// Survey scores pooled over the clients, ticket volume and the estate not covered.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Pooled {
    /// CSAT: satisfied over responses of every client.
    pub csat: Option<Survey>,
    /// CSAT of the previous period, over the clients that had one.
    pub csat_before: Option<Survey>,
    /// NPS over every response.
    pub nps: Option<Survey>,
    /// NPS of the previous period.
    pub nps_before: Option<Survey>,
    /// Tickets opened in the period over the clients with exports.
    pub tickets: usize,
    /// The same clients' tickets the month before (when each has it).
    pub tickets_before: Option<usize>,
    /// Devices counted beyond those covered, over the clients that counted them.
    pub devices_not_covered: Option<u32>,
    /// Users counted beyond those covered.
    pub users_not_covered: Option<u32>,
}

/// Scores pooled by responses: CSAT from whole satisfied counts, NPS weighted.
fn pool<'a>(scores: impl Iterator<Item = &'a Survey>, satisfied: bool) -> Option<Survey> {
    let (mut sum, mut n) = (0.0, 0usize);
    for s in scores {
        let x = s.value * s.responses as f64;
        // CSAT: the satisfied count is a whole number of responses.
        sum += if satisfied { x.round() } else { x };
        n += s.responses;
    }
    (n > 0).then(|| Survey {
        value: sum / n as f64,
        responses: n,
    })
}

/// CSAT and NPS pooled by responses; ticket volume and the estate not covered summed.
pub fn pooled(facts: &[Facts]) -> Pooled {
    let reviews: Vec<&Health> = facts.iter().filter_map(|f| f.review.as_ref()).collect();
    let tickets: Vec<Tickets> = reviews.iter().filter_map(|h| h.tickets).collect();
    let coverage: Vec<&crate::review::Coverage> =
        reviews.iter().filter_map(|h| h.coverage.as_ref()).collect();
    let beyond = |get: fn(&crate::review::Coverage) -> Option<u32>| {
        coverage.iter().filter_map(|c| get(c)).reduce(|a, b| a + b)
    };
    Pooled {
        csat: pool(reviews.iter().filter_map(|h| h.csat.as_ref()), true),
        csat_before: pool(reviews.iter().filter_map(|h| h.csat_before.as_ref()), true),
        nps: pool(reviews.iter().filter_map(|h| h.nps.as_ref()), false),
        nps_before: pool(reviews.iter().filter_map(|h| h.nps_before.as_ref()), false),
        tickets: tickets.iter().map(|t| t.opened).sum(),
        tickets_before: tickets.iter().map(|t| t.opened_before).sum(),
        devices_not_covered: beyond(|c| c.devices_not_covered),
        users_not_covered: beyond(|c| c.users_not_covered),
    }
}

/// Totals converted into the provider's reporting currency, at one rate per currency
/// for both ends of the period (a rate change is not revenue moving).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Converted {
    /// The reporting currency.
    pub currency: String,
    /// The rates used: each other currency of the portfolio and one unit's worth.
    pub rates: Vec<Rate>,
    /// The day of the rates, when provider.yaml gives it.
    pub as_of: Option<NaiveDate>,
    /// Recurring revenue: every amount converted and summed; per client, GRR and NRR
    /// recomputed from the sums.
    pub revenue: Revenue,
    /// Credits converted and summed.
    pub credits: Credits,
}

/// An exchange rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    /// ISO currency.
    pub currency: String,
    /// One unit's worth in the reporting currency.
    pub rate: f64,
}

/// Currencies of the portfolio that `reporting` has no rate for.
pub fn missing_rates(facts: &[Facts], reporting: &crate::model::Reporting) -> Vec<String> {
    // Only currencies in the figures: a fee at either end of the period, or a review
    // (credits); a contract that ended long ago needs no rate.
    let mut out: Vec<String> = facts
        .iter()
        .filter_map(|f| {
            let c = f.contract.as_ref()?;
            let counted = c.mrr_now.is_some() || c.mrr_before.is_some() || f.review.is_some();
            counted.then(|| c.currency.clone())?
        })
        .filter(|c| reporting.rate(c).is_none())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The revenue and credit totals in the reporting currency (every currency must have a
/// rate: see [`missing_rates`]).
pub fn convert(
    revenue: &[Revenue],
    credits: &[Credits],
    reporting: &crate::model::Reporting,
) -> Converted {
    let rate = |c: &str| reporting.rate(c).unwrap_or(f64::NAN);
    let mut r = Revenue {
        currency: reporting.currency.clone(),
        ..Revenue::default()
    };
    for x in revenue {
        let k = rate(&x.currency);
        r.mrr += x.mrr * k;
        r.mrr_before += x.mrr_before * k;
        r.new += x.new * k;
        r.expansion += x.expansion * k;
        r.contraction += x.contraction * k;
        r.churned += x.churned * k;
        r.clients += x.clients;
    }
    r.ratios();
    let mut c = Credits {
        currency: reporting.currency.clone(),
        ..Credits::default()
    };
    for x in credits {
        c.period += x.period * rate(&x.currency);
        c.ytd += x.ytd * rate(&x.currency);
    }
    let mut used: Vec<&str> = revenue
        .iter()
        .map(|x| x.currency.as_str())
        .chain(credits.iter().map(|x| x.currency.as_str()))
        .filter(|c| *c != reporting.currency)
        .collect();
    used.sort_unstable();
    used.dedup();
    Converted {
        currency: reporting.currency.clone(),
        rates: used
            .into_iter()
            .map(|c| Rate {
                currency: c.to_string(),
                rate: rate(c),
            })
            .collect(),
        as_of: reporting.as_of.map(|d| d.0),
        revenue: r,
        credits: c,
    }
}

/// A client whose data failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failed {
    /// Directory name.
    pub slug: String,
    /// Name (the directory name when client.yaml could not be read).
    pub name: String,
    /// The error, as the command line shows it.
    pub error: String,
}

/// The portfolio of a period: every figure, per currency where it is money.
#[derive(Debug, Clone, Serialize)]
pub struct Portfolio {
    /// The period (`2026-10`).
    pub period: String,
    /// Every client's facts, by directory name.
    pub clients: Vec<Facts>,
    /// Reviewed clients, ranked by risk.
    pub risk: Vec<Risk>,
    /// Contracts ending in the next 12 months.
    pub renewals: Vec<Renewal>,
    /// Recurring revenue per currency.
    pub revenue: Vec<Revenue>,
    /// Service credits per currency.
    pub credits: Vec<Credits>,
    /// CSAT, NPS and tickets across the clients.
    pub pooled: Pooled,
    /// Clients whose data failed.
    pub failed: Vec<Failed>,
    /// Totals in the provider's reporting currency, when it names one.
    pub converted: Option<Converted>,
}

/// The portfolio of `period` from the clients' facts, with totals in the reporting
/// currency when one is given (with a rate for every currency: [`missing_rates`]).
pub fn build(
    mut facts: Vec<Facts>,
    period: Period,
    reporting: Option<&crate::model::Reporting>,
) -> Portfolio {
    facts.sort_by(|a, b| a.slug.cmp(&b.slug));
    let revenue = revenue(&facts);
    let credits = credits(&facts);
    Portfolio {
        period: period.id(),
        risk: risks(&facts),
        renewals: renewals(&facts, period),
        converted: reporting.map(|r| convert(&revenue, &credits, r)),
        revenue,
        credits,
        pooled: pooled(&facts),
        failed: facts
            .iter()
            .filter_map(|f| {
                Some(Failed {
                    slug: f.slug.clone(),
                    name: f.name.clone(),
                    error: f.error.clone()?,
                })
            })
            .collect(),
        clients: facts,
    }
}

/// A few lines for the terminal: clients reviewed and failed, the riskiest, renewals
/// due, MRR per currency.
pub fn summary(p: &Portfolio) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let reviewed = p.clients.iter().filter(|c| c.review.is_some()).count();
    let _ = writeln!(
        s,
        "{reviewed} client(s) reviewed, {} failed, {} not under contract in {}",
        p.failed.len(),
        p.clients.len() - reviewed - p.failed.len(),
        p.period
    );
    for r in p.risk.iter().filter(|r| r.score > 0).take(5) {
        let _ = writeln!(
            s,
            "  risk {:>2}  {}: {} SLA(s) missed, {} KPI(s) red",
            r.score,
            r.name,
            r.slas_missed.len(),
            r.kpis_red.len()
        );
    }
    let urgent: Vec<&Renewal> = p.renewals.iter().filter(|r| r.urgent).collect();
    for r in urgent.iter().take(5) {
        let _ = writeln!(
            s,
            "  renewal  {}: ends {}, notice by {}",
            r.name,
            r.end,
            r.notice_deadline.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    if urgent.len() > 5 {
        let _ = writeln!(
            s,
            "  renewal  and {} more with notice due",
            urgent.len() - 5
        );
    }
    for r in &p.revenue {
        let _ = writeln!(
            s,
            "  MRR {} {:.2} ({} client(s))",
            r.currency, r.mrr, r.clients
        );
    }
    for f in p.failed.iter().take(20) {
        let _ = writeln!(s, "  failed   {}", f.name);
    }
    if p.failed.len() > 20 {
        let _ = writeln!(
            s,
            "  failed   and {} more (in the PDF)",
            p.failed.len() - 20
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn client(slug: &str, currency: &str, before: Option<f64>, now: Option<f64>) -> Facts {
        Facts {
            slug: slug.into(),
            name: slug.to_uppercase(),
            contract: Some(Contract {
                id: slug.into(),
                start: date("2024-01-01"),
                end: date("2027-12-31"),
                notice_days: Some(90),
                currency: Some(currency.into()),
                mrr_now: now,
                mrr_before: before,
            }),
            review: None,
            error: None,
        }
    }

    #[test]
    fn movements_at_the_edges() {
        assert_eq!(movement(None, None), None);
        assert_eq!(movement(Some(0.0), Some(0.0)), None);
        assert_eq!(movement(None, Some(100.0)), Some(Movement::New));
        assert_eq!(movement(Some(100.0), None), Some(Movement::Churned));
        assert_eq!(
            movement(Some(100.0), Some(120.0)),
            Some(Movement::Expansion)
        );
        assert_eq!(
            movement(Some(100.0), Some(80.0)),
            Some(Movement::Contraction)
        );
        assert_eq!(movement(Some(100.0), Some(100.0)), Some(Movement::Flat));
    }

    #[test]
    fn revenue_per_currency_with_retention_by_hand() {
        // GBP: a 10,000 → 12,000 expansion, a 5,000 → 4,000 contraction, a 3,000
        // churn and a new 2,000. MRR then 18,000; now 12,000 + 4,000 + 2,000 = 18,000.
        // GRR = (18,000 − 1,000 − 3,000) / 18,000 = 0.7778; NRR = (18,000 + 2,000 −
        // 1,000 − 3,000) / 18,000 = 0.8889; ARPC = 18,000 / 3 = 6,000.
        // EUR: one flat 7,000 contract: GRR = NRR = 1; never added to GBP.
        let facts = vec![
            client("a", "GBP", Some(10_000.0), Some(12_000.0)),
            client("b", "GBP", Some(5_000.0), Some(4_000.0)),
            client("c", "GBP", Some(3_000.0), None),
            client("d", "GBP", None, Some(2_000.0)),
            client("e", "EUR", Some(7_000.0), Some(7_000.0)),
        ];
        let r = revenue(&facts);
        assert_eq!(r.len(), 2);
        let (eur, gbp) = (&r[0], &r[1]);
        assert_eq!(
            (eur.currency.as_str(), eur.mrr, eur.grr, eur.nrr),
            ("EUR", 7_000.0, Some(1.0), Some(1.0))
        );
        assert_eq!(gbp.mrr, 18_000.0);
        assert_eq!(gbp.mrr_before, 18_000.0);
        assert_eq!(
            (gbp.new, gbp.expansion, gbp.contraction, gbp.churned),
            (2_000.0, 2_000.0, 1_000.0, 3_000.0)
        );
        assert_eq!((gbp.clients, gbp.arpc), (3, Some(6_000.0)));
        assert!((gbp.grr.unwrap() - 14.0 / 18.0).abs() < 1e-12);
        assert!((gbp.nrr.unwrap() - 16.0 / 18.0).abs() < 1e-12);
        // Nothing before: no retention to speak of.
        let only_new = revenue(&[client("d", "GBP", None, Some(2_000.0))]);
        assert_eq!((only_new[0].grr, only_new[0].nrr), (None, None));
    }

    #[test]
    fn renewals_urgent_first() {
        // Period October 2026 (ends 31 Oct). x ends 2027-06-30 with 120 days' notice:
        // deadline 2027-03-02, 122 days away, not urgent. y ends 2027-01-31 with 90
        // days: deadline 2026-11-02, 2 days away, urgent. z ends 2028: beyond 12 months.
        let mut x = client("x", "GBP", Some(1.0), Some(1.0));
        x.contract.as_mut().unwrap().end = date("2027-06-30");
        x.contract.as_mut().unwrap().notice_days = Some(120);
        let mut y = client("y", "GBP", Some(1.0), Some(1.0));
        y.contract.as_mut().unwrap().end = date("2027-01-31");
        let mut z = client("z", "GBP", Some(1.0), Some(1.0));
        z.contract.as_mut().unwrap().end = date("2028-01-31");
        // e ends on the period's last day (notice passed 90 days before): listed first;
        // f has not started yet: not up for renewal.
        let mut e = client("e", "GBP", Some(1.0), Some(1.0));
        e.contract.as_mut().unwrap().end = date("2026-10-31");
        let mut f = client("f", "GBP", None, None);
        f.contract.as_mut().unwrap().start = date("2026-12-01");
        f.contract.as_mut().unwrap().end = date("2027-02-28");
        let p = Period::Month(crate::model::Month::parse("2026-10").unwrap());
        let r = renewals(&[x, y, z, e, f], p);
        assert_eq!(r.len(), 3);
        assert_eq!((r[0].slug.as_str(), r[0].days_to_notice), ("e", Some(-90)));
        let r = &r[1..];
        assert_eq!(
            (r[0].slug.as_str(), r[0].days_to_notice, r[0].urgent),
            ("y", Some(2), true)
        );
        assert_eq!(r[0].notice_deadline, Some(date("2026-11-02")));
        assert_eq!(
            (r[1].slug.as_str(), r[1].days_to_notice, r[1].urgent),
            ("x", Some(122), false)
        );
        assert_eq!(r[1].annual_value, Some(12.0));
    }

    #[test]
    fn pooled_scores_weigh_by_responses() {
        // CSAT 0.9 of 30 (27 satisfied) and 0.5 of 10 (5): 32 / 40 = 0.8. NPS 40 of 10
        // responses and −20 of 30: (400 − 600) / 40 = −5. The period before: only a had
        // CSAT (0.75 of 20): pooled 0.75 of 20, b adds nothing. Devices beyond those
        // covered: 12 and 3 = 15; users counted by neither: none, not 0.
        let mut a = client("a", "GBP", None, None);
        let mut b = client("b", "GBP", None, None);
        let survey = |value, responses| Survey { value, responses };
        let coverage = |devices, covered: u32| crate::review::Coverage {
            as_of: "2026-10".into(),
            devices: Some(devices),
            devices_covered: Some(covered),
            devices_not_covered: Some(devices.saturating_sub(covered)),
            users: None,
            users_covered: None,
            users_not_covered: None,
        };
        let health = |csat, before, nps, tickets, cov| Health {
            csfs: vec![],
            slas: vec![],
            kpis_red: vec![],
            kpis_amber: vec![],
            worsening: vec![],
            credits: 0.0,
            credits_ytd: 0.0,
            csat: Some(csat),
            csat_before: before,
            nps: Some(nps),
            nps_before: None,
            tickets,
            overdue_actions: 0,
            coverage: Some(cov),
        };
        let tickets = |opened, opened_before| {
            Some(Tickets {
                opened,
                opened_before,
            })
        };
        a.review = Some(health(
            survey(0.9, 30),
            Some(survey(0.75, 20)),
            survey(40.0, 10),
            tickets(100, Some(90)),
            coverage(262, 250),
        ));
        b.review = Some(health(
            survey(0.5, 10),
            None,
            survey(-20.0, 30),
            tickets(50, None),
            coverage(43, 40),
        ));
        let p = pooled(&[a, b]);
        assert_eq!(p.csat, Some(survey(0.8, 40)));
        assert_eq!(p.csat_before, Some(survey(0.75, 20)));
        assert_eq!(p.nps, Some(survey(-5.0, 40)));
        assert_eq!(p.nps_before, None);
        assert_eq!((p.tickets, p.tickets_before), (150, None));
        assert_eq!(
            (p.devices_not_covered, p.users_not_covered),
            (Some(15), None)
        );
    }

    #[test]
    fn converted_totals_by_hand() {
        // Reporting in GBP at 1 EUR = 0.85 and 1 USD = 0.80. EUR 10,000 flat and USD
        // 5,000 → 6,000 (expansion 1,000): MRR now 8,500 + 4,800 = 13,300 GBP, before
        // 8,500 + 4,000 = 12,500; expansion 800; NRR 13,300 / 12,500 = 1.064; GRR 1;
        // per client 13,300 / 2 = 6,650. Credits EUR 200 → 170.
        let facts = vec![
            client("e", "EUR", Some(10_000.0), Some(10_000.0)),
            client("u", "USD", Some(5_000.0), Some(6_000.0)),
        ];
        let reporting: crate::model::Reporting =
            serde_yaml::from_str("{ currency: GBP, rates: { EUR: 0.85, USD: 0.80, JPY: 0.0052 } }")
                .unwrap();
        assert!(missing_rates(&facts, &reporting).is_empty());
        let credits = vec![Credits {
            currency: "EUR".into(),
            period: 200.0,
            ytd: 200.0,
        }];
        let c = convert(&revenue(&facts), &credits, &reporting);
        let r = &c.revenue;
        assert!((r.mrr - 13_300.0).abs() < 1e-9 && (r.mrr_before - 12_500.0).abs() < 1e-9);
        assert!((r.expansion - 800.0).abs() < 1e-9);
        assert!((r.nrr.unwrap() - 1.064).abs() < 1e-12 && r.grr == Some(1.0));
        assert!((r.arpc.unwrap() - 6_650.0).abs() < 1e-9);
        assert!((c.credits.period - 170.0).abs() < 1e-9);
        // Only the currencies used are listed (no JPY), and never GBP itself.
        let used: Vec<&str> = c.rates.iter().map(|r| r.currency.as_str()).collect();
        assert_eq!(used, ["EUR", "USD"]);
        let gbp_only: crate::model::Reporting = serde_yaml::from_str("{ currency: GBP }").unwrap();
        assert_eq!(missing_rates(&facts, &gbp_only), ["EUR", "USD"]);
    }
}
