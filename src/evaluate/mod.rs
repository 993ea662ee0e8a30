//! Evaluation: from validated inputs to the one [`Review`] every output is a view of.
//!
//! The numeric rules live in small pure modules ([`kpi`], [`trend`], [`survey`],
//! [`availability`], [`sla`]); this module walks the client's CSFs, KPIs and SLAs over the
//! trend window and writes each figure once, with its shown text.

pub mod actions;
pub mod aggregate;
pub mod availability;
pub mod kpi;
pub mod sla;
pub mod survey;
pub mod tickets;
pub mod trend;

use std::collections::BTreeMap;

use crate::error::Error;
use crate::model::load::Client;
use crate::model::{KpiSource, KpiValue, Month, Percent, PeriodData, Provider, Surveys, Unit};
use crate::period::Period;
use crate::review::*;
use crate::text::Locale;
use crate::text::format::{self as fmt, Threshold};
use crate::tickets::SkippedRow;
use crate::tickets::month::TicketMonth;

/// Everything a monthly review is computed from.
pub struct Inputs<'a> {
    /// The MSP.
    pub provider: &'a Provider,
    /// The client, validated.
    pub client: &'a Client,
    /// The period reviewed (a month, quarter or year).
    pub period: Period,
    /// Period files by month; months without a file are absent (no data).
    pub periods: &'a BTreeMap<Month, PeriodData>,
    /// Labels and sentences.
    pub locale: &'a Locale,
    /// Figures from the ticket exports by month, when the client has exports; months
    /// before the exports begin are absent (no data).
    pub tickets: Option<&'a BTreeMap<Month, TicketMonth>>,
    /// Figures from the ticket exports over whole periods (quarters, years), keyed by
    /// their first and last month, for the ticket KPIs that cannot be summed (medians).
    pub ticket_spans: Option<&'a BTreeMap<(Month, Month), TicketMonth>>,
    /// Rows of the ticket exports left out (`bad_rows: skip`).
    pub skipped_rows: &'a [SkippedRow],
    /// Rows read from the ticket exports.
    pub ticket_rows: u64,
    /// What the SDM wrote for this review (`reviews/<period>.yaml`).
    pub narrative: Option<&'a crate::model::ReviewNotes>,
    /// The published snapshot of the previous review of the same kind, if any.
    pub presented: Option<&'a serde_json::Value>,
}

/// What is known about one month: its period file and its ticket figures.
#[derive(Clone, Copy, Default)]
pub struct MonthData<'a> {
    /// The period file.
    pub period: Option<&'a PeriodData>,
    /// The ticket figures.
    pub tickets: Option<&'a TicketMonth>,
}

impl Inputs<'_> {
    fn at(&self, m: Month) -> MonthData<'_> {
        MonthData {
            period: self.periods.get(&m),
            tickets: self.tickets.and_then(|t| t.get(&m)),
        }
    }

    /// A KPI's value over a period: the month's value, or the months aggregated by the
    /// KPI's nature (survey and ticket KPIs recomputed from the pooled data).
    fn kpi_over(&self, k: &crate::model::Kpi, p: Period) -> Option<(f64, Option<usize>)> {
        let c = &self.client.def.contract;
        let months = p.months();
        if let [m] = months[..] {
            return kpi_value(k, self.at(m), c.devices_covered, c.users_covered);
        }
        match k.from {
            KpiSource::Period => {
                let values: Vec<KpiValue> = months
                    .iter()
                    .filter_map(|m| self.periods.get(m)?.kpis.get(&k.id).copied().flatten())
                    .collect();
                // A total over a period with a month missing would compare short.
                if aggregate::sums(k) && values.len() < months.len() {
                    return None;
                }
                aggregate::kpi(k, &values).map(|v| (v, None))
            }
            KpiSource::Csat | KpiSource::Nps | KpiSource::Ces => {
                let data = PeriodData {
                    surveys: self.surveys_over(p),
                    ..PeriodData::default()
                };
                kpi_value(
                    k,
                    MonthData {
                        period: Some(&data),
                        tickets: None,
                    },
                    None,
                    None,
                )
            }
            _ => {
                let span = self.ticket_spans?.get(&(p.first(), p.last()))?;
                kpi_value(
                    k,
                    MonthData {
                        period: None,
                        tickets: Some(span),
                    },
                    c.devices_covered,
                    c.users_covered,
                )
            }
        }
    }

    /// The survey responses of a period's months, pooled.
    fn surveys_over(&self, p: Period) -> Surveys {
        let mut pooled = Surveys::default();
        for d in p.months().iter().filter_map(|m| self.periods.get(m)) {
            pooled.csat.extend(&d.surveys.csat);
            pooled.nps.extend(&d.surveys.nps);
            pooled.ces.extend(&d.surveys.ces);
        }
        pooled
    }

    /// An SLA's result over a period: the month's, or counts and minutes summed over
    /// its months (credits are per month and totalled).
    fn sla_over(&self, s: &crate::model::Sla, p: Period) -> sla::Month {
        let tz = self.client.tz;
        let months = p.months();
        if let [m] = months[..] {
            return sla::evaluate(s, self.at(m), m, tz);
        }
        let parts: Vec<sla::Month> = months
            .iter()
            .map(|m| sla::evaluate(s, self.at(*m), *m, tz))
            .collect();
        sla::combine(s, &parts)
    }
}

/// A KPI's value in one month, with the survey responses (or tickets) behind it.
pub fn kpi_value(
    k: &crate::model::Kpi,
    md: MonthData,
    devices: Option<u32>,
    users: Option<u32>,
) -> Option<(f64, Option<usize>)> {
    if k.from.is_tickets() {
        let t = md.tickets?;
        let hours = |x: Option<f64>, n: usize| x.map(|v| (v, Some(n)));
        return match k.from {
            KpiSource::TicketsOpened => Some((t.opened as f64, None)),
            KpiSource::TicketsClosed => Some((t.closed as f64, None)),
            KpiSource::TicketsBacklog => Some((t.backlog as f64, None)),
            KpiSource::TicketsResponseMean => {
                hours(t.response_business.mean, t.response_business.count)
            }
            KpiSource::TicketsResolutionMean => {
                hours(t.resolution_business.mean, t.resolution_business.count)
            }
            KpiSource::TicketsResolutionMedian => {
                hours(t.resolution_business.median, t.resolution_business.count)
            }
            KpiSource::TicketsResolutionP90 => {
                hours(t.resolution_business.p90, t.resolution_business.count)
            }
            KpiSource::TicketsFcr => t.fcr_percent.map(|v| (v, Some(t.closed))),
            KpiSource::TicketsEscalation => t.escalation_percent.map(|v| (v, Some(t.opened))),
            KpiSource::TicketsReopen => t.reopen_percent.map(|v| (v, Some(t.closed))),
            KpiSource::TicketsPerUser => users
                .filter(|&d| d > 0)
                .map(|d| (t.opened as f64 / f64::from(d), None)),
            KpiSource::TicketsPerDevice => devices
                .filter(|&d| d > 0)
                .map(|d| (t.opened as f64 / f64::from(d), None)),
            _ => unreachable!("ticket sources only"),
        };
    }
    let data = md.period?;
    match k.from {
        KpiSource::Period => data
            .kpis
            .get(&k.id)
            .copied()
            .flatten()
            .map(|v| (aggregate::single(k, v), None)),
        // CSAT is a share; a percent KPI shows it as 0–100.
        KpiSource::Csat => survey::csat(&data.surveys.csat).map(|(v, n)| (v * 100.0, Some(n))),
        KpiSource::Nps => survey::nps(&data.surveys.nps).map(|(v, n)| (v, Some(n))),
        KpiSource::Ces => survey::ces(&data.surveys.ces).map(|(v, n)| (v, Some(n))),
        _ => unreachable!("handled above"),
    }
}

/// Evaluates the monthly review.
pub fn review(inp: &Inputs) -> Result<Review, Error> {
    let def = &inp.client.def;
    let loc = inp.locale;
    let period = inp.period;
    // The register, notes and surveys of a longer period are those of its last month.
    let month = period.last();
    let current = inp.periods.get(&month);
    let n = period.trend_len();
    let trend: Vec<Period> = (0..n).map(|i| period.plus(i - n + 1)).collect();
    let currency = def.contract.fee.as_ref().map(|f| f.currency.as_str());
    let no_data = loc.label("no_data").to_string();

    // KPIs.
    let mut kpis = Vec::new();
    for k in &def.kpis {
        // A summed KPI's target is per month: over a quarter or year it adds up too.
        let scale = if aggregate::sums(k) {
            period.months().len() as f64
        } else {
            1.0
        };
        let target = k.target.expect("validated: every KPI has a target") * scale;
        let warning = k.warning.map(|w| w * scale);
        let d = k
            .decimals
            .map_or(fmt::default_decimals(k.unit), usize::from);
        let show = |v: f64| {
            // Shown on the side of target and warning that the status (with its
            // tolerance) puts the value.
            let thresholds: Vec<Threshold> = std::iter::once(target)
                .chain(warning)
                .map(|at| Threshold {
                    at,
                    higher_meets: k.better == crate::model::Better::Higher,
                    met: kpi::meets(v, at, k.better),
                })
                .collect();
            let (x, dd) = fmt::shown(v, d, &thresholds);
            fmt::with_unit(x, dd, k.unit, currency)
        };
        let steady = 0.5 * 10f64.powi(-(d as i32));
        let history: Vec<Option<f64>> = trend
            .iter()
            .map(|p| inp.kpi_over(k, *p).map(|v| v.0))
            .collect();
        let now = inp.kpi_over(k, period);
        let value = now.map(|v| v.0);
        let previous = inp.kpi_over(k, period.plus(-1)).map(|v| v.0);
        let year_ago = inp.kpi_over(k, period.year_ago()).map(|v| v.0);
        let by_month_values: Vec<Option<f64>> = if period.months().len() > 1 {
            period
                .months()
                .iter()
                .map(|m| inp.kpi_over(k, Period::Month(*m)).map(|v| v.0))
                .collect()
        } else {
            Vec::new()
        };
        let by_month: Vec<Option<String>> = by_month_values.iter().map(|v| v.map(show)).collect();
        let change = trend::change(value, previous);
        let change_year = trend::change(value, year_ago);
        let slope = trend::slope(&history);
        kpis.push(KpiResult {
            id: k.id.clone(),
            name: k.name.clone(),
            unit: k.unit,
            better: k.better,
            value,
            target,
            warning,
            status: kpi::status(value, target, warning, k.better),
            previous_status: kpi::status(previous, target, warning, k.better),
            previous,
            change,
            change_direction: change.map(|c| trend::direction(c, k.better, steady)),
            year_ago,
            change_year,
            change_year_direction: change_year.map(|c| trend::direction(c, k.better, steady)),
            trend_per_month: slope,
            trend_direction: slope.map(|s| trend::direction(s, k.better, steady / 2.0)),
            history_text: history.iter().map(|v| v.map(show)).collect(),
            history,
            by_month,
            by_month_values,
            responses: now.and_then(|v| v.1),
            value_text: value.map_or_else(|| no_data.clone(), show),
            target_text: fmt::with_unit(target, fmt::exact_decimals(target), k.unit, currency),
            previous_text: previous.map(show),
            change_text: change.map(|c| fmt::change(c, d, k.unit, currency)),
            year_ago_text: year_ago.map(show),
            change_year_text: change_year.map(|c| fmt::change(c, d, k.unit, currency)),
        });
    }

    // SLAs.
    let fee = def.contract.fee.as_ref().map(|f| f.monthly);
    let mut slas = Vec::new();
    for s in &def.slas {
        let now = inp.sla_over(s, period);
        let prev = inp.sla_over(s, period.plus(-1));
        let year_ago = inp.sla_over(s, period.year_ago());
        let history_full: Vec<sla::Month> = trend.iter().map(|p| inp.sla_over(s, *p)).collect();
        let monthly_results: Vec<sla::Month> = period
            .months()
            .iter()
            .map(|m| inp.sla_over(s, Period::Month(*m)))
            .collect();
        let goal = s.goal.fraction();
        let margin = now.attainment.map(|a| a - goal);
        // Credits are per month (a tier of that month's fee), totalled over the period.
        let tiers: Vec<Percent> = monthly_results.iter().filter_map(|m| m.credit).collect();
        let credit = (!tiers.is_empty()).then(|| {
            let fraction: f64 = tiers.iter().map(|t| t.fraction()).sum();
            let amount = fee.map(|f| f * fraction);
            let share = if period.months().len() == 1 {
                fmt::goal(fraction)
            } else {
                let label = if tiers.len() == 1 {
                    "month_credited"
                } else {
                    "months_credited"
                };
                format!("{} {}", tiers.len(), loc.label(label))
            };
            let text = match (amount, currency) {
                (Some(a), Some(cur)) => format!("{share} ({cur} {})", fmt::number(a, 2)),
                _ => share,
            };
            Credit {
                fraction,
                amount,
                text,
            }
        });
        slas.push(SlaResult {
            id: s.id.clone(),
            name: s.name.clone(),
            kind: match s.kind {
                crate::model::SlaKind::Tickets => SlaKindOut::Tickets,
                crate::model::SlaKind::Availability => SlaKindOut::Availability,
            },
            measure: sla::measure(s, loc),
            goal,
            attainment: now.attainment,
            met: now.met,
            margin,
            counts: now.counts,
            minutes: now.minutes,
            minutes_text: now.minutes.map(|m| {
                format!(
                    "{} {} {} · {} {} {}",
                    fmt::number(m.downtime, 0),
                    loc.label("minutes"),
                    loc.label("downtime").to_lowercase(),
                    fmt::number(m.maintenance, 0),
                    loc.label("minutes"),
                    loc.label("maintenance").to_lowercase()
                )
            }),
            credit,
            previous: prev.attainment,
            change_direction: match (now.attainment, prev.attainment) {
                (Some(a), Some(b)) => Some(trend::direction(
                    a - b,
                    crate::model::Better::Higher,
                    0.0005,
                )),
                _ => None,
            },
            months_met: history_full.iter().filter(|h| h.met == Some(true)).count(),
            months_missed: history_full.iter().filter(|h| h.met == Some(false)).count(),
            history: history_full.iter().map(|h| h.attainment).collect(),
            history_text: history_full.iter().map(|h| h.text.clone()).collect(),
            goal_text: fmt::goal(goal),
            attainment_text: now.text.clone().unwrap_or_else(|| no_data.clone()),
            // The margin is the difference of the shown figures, so the table adds up:
            // 94.9% against 95% is −0.1 pts.
            margin_text: now.text.as_deref().map(|t| {
                let digits = t.trim_end_matches('%').replace(',', "");
                let shown: f64 = digits.parse().unwrap_or(0.0);
                let d = digits.split_once('.').map_or(0, |(_, f)| f.len());
                fmt::change(shown - goal * 100.0, d, Unit::Percent, None)
            }),
            previous_text: prev.text.clone(),
            year_ago: year_ago.attainment,
            year_ago_text: year_ago.text.clone(),
            by_month: if period.months().len() > 1 {
                period
                    .months()
                    .iter()
                    .zip(&monthly_results)
                    .map(|(m, r)| SlaMonthView {
                        month: Period::Month(*m).short(),
                        attainment: r.attainment,
                        attainment_text: r.text.clone(),
                        met: r.met,
                    })
                    .collect()
            } else {
                Vec::new()
            },
        });
    }

    // Surveys.
    let pooled = inp.surveys_over(period);
    let (csat, nps, ces) = (
        survey::csat(&pooled.csat),
        survey::nps(&pooled.nps),
        survey::ces(&pooled.ces),
    );
    let surveys = SurveyResults {
        csat: csat.map(|(v, n)| Score {
            value: v,
            responses: n,
            text: format!("{}%", fmt::number(v * 100.0, 1)),
        }),
        nps: nps.map(|(v, n)| Score {
            value: v,
            responses: n,
            text: fmt::number(v, 0),
        }),
        ces: ces.map(|(v, n)| Score {
            value: v,
            responses: n,
            text: fmt::number(v, 1),
        }),
    };

    // CSFs.
    let csfs: Vec<CsfResult> = def
        .csfs
        .iter()
        .map(|c| {
            let ks: Vec<KpiResult> = c
                .kpis
                .iter()
                .filter_map(|id| kpis.iter().find(|k| &k.id == id).cloned())
                .collect();
            let sla_statuses = c
                .slas
                .iter()
                .filter_map(|id| slas.iter().find(|s| &s.id == id))
                .map(|s| match s.met {
                    Some(true) => Status::Green,
                    Some(false) => Status::Red,
                    None => Status::NoData,
                });
            let status = ks
                .iter()
                .map(|k| k.status)
                .chain(sla_statuses)
                .filter(|s| *s != Status::NoData)
                .max()
                .unwrap_or(Status::NoData);
            CsfResult {
                id: c.id.clone(),
                name: c.name.clone(),
                description: c.description.clone(),
                status,
                kpis: ks,
                slas: c.slas.clone(),
            }
        })
        .collect();

    let actions = actions::classify(
        current.map_or(&[][..], |d| &d.actions),
        period.first().first_day(),
        period.last().last_day(),
        def,
        loc,
    );
    let summary = summary(&csfs, &kpis, &slas, &actions, currency, loc)?;

    let restated = restatements(inp.presented, &kpis, &slas);
    let contract = contract_view(def, period, &slas, currency);
    let c = &inp.client;
    let p = inp.provider;
    Ok(Review {
        narrative: inp.narrative.cloned(),
        contract,
        restated,
        kind: match period {
            Period::Month(_) => Kind::Monthly,
            Period::Quarter { .. } => Kind::Qbr,
            Period::Year { .. } => Kind::Annual,
        },
        period: PeriodInfo {
            id: period,
            label: period.label(),
            start: period.first().first_day().to_string(),
            end: period.last().last_day().to_string(),
            month_labels: trend.iter().map(Period::short).collect(),
            months: trend.clone(),
            in_period: period
                .months()
                .iter()
                .map(|m| Period::Month(*m).short())
                .collect(),
            previous_label: period.plus(-1).label(),
            year_ago_label: period.year_ago().label(),
        },
        provider: ProviderInfo {
            name: p.name.clone(),
            primary: p.colours.primary.clone(),
            accent: p.colours.accent.clone(),
            contact: p.contact.clone(),
            logo: p.logo.as_deref().map(logo_virtual_path),
        },
        client: ClientInfo {
            name: def.client.name.clone(),
            slug: c.slug.clone(),
            sdm: def.client.sdm.clone(),
            timezone: def.client.timezone.clone(),
            contract_id: def.contract.id.clone(),
            contract_start: fmt::date(def.contract.start.0, &def.client.locale),
            contract_end: fmt::date(def.contract.end.0, &def.client.locale),
            monthly_fee: fee,
            currency: currency.map(str::to_string),
        },
        summary,
        csfs,
        kpis,
        slas,
        surveys,
        actions,
        notes: current
            .and_then(|d| d.notes.clone())
            .filter(|n| !n.trim().is_empty()),
        tickets: inp.tickets.map(|t| {
            tickets::view(
                def,
                inp.client.tz,
                period,
                &trend,
                t,
                inp.ticket_spans,
                inp.skipped_rows,
                inp.ticket_rows,
            )
        }),
    })
}

/// Figures of the previous period that differ from what its published review showed.
fn restatements(
    presented: Option<&serde_json::Value>,
    kpis: &[KpiResult],
    slas: &[SlaResult],
) -> Vec<Restatement> {
    let Some(snap) = presented else {
        return Vec::new();
    };
    let period = snap["period"]["label"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let find = |list: &str, id: &str, field: &str| -> Option<String> {
        snap[list].as_array()?.iter().find(|x| x["id"] == id)?[field]
            .as_str()
            .map(str::to_string)
    };
    let mut out = Vec::new();
    for k in kpis {
        if let (Some(then), Some(now)) = (find("kpis", &k.id, "value_text"), &k.previous_text)
            && &then != now
        {
            out.push(Restatement {
                name: k.name.clone(),
                period: period.clone(),
                presented: then,
                now: now.clone(),
            });
        }
    }
    for s in slas {
        if let (Some(then), Some(now)) = (find("slas", &s.id, "attainment_text"), &s.previous_text)
            && &then != now
        {
            out.push(Restatement {
                name: s.name.clone(),
                period: period.clone(),
                presented: then,
                now: now.clone(),
            });
        }
    }
    out
}

/// Contract terms and the renewal timeline, as of the end of the period.
fn contract_view(
    def: &crate::model::ClientDef,
    period: Period,
    slas: &[SlaResult],
    currency: Option<&str>,
) -> ContractView {
    let c = &def.contract;
    let loc = &def.client.locale;
    let deadline = c
        .notice_days
        .map(|d| c.end.0 - chrono::Duration::days(i64::from(d)));
    let money = |x: f64| match currency {
        Some(cur) => format!("{cur} {}", fmt::number(x, 2)),
        None => fmt::number(x, 2),
    };
    let credits: Vec<f64> = slas
        .iter()
        .filter_map(|s| s.credit.as_ref()?.amount)
        .collect();
    ContractView {
        id: c.id.clone(),
        end_text: fmt::date(c.end.0, loc),
        notice_days: c.notice_days,
        notice_deadline_text: deadline.map(|d| fmt::date(d, loc)),
        days_to_notice_deadline: deadline.map(|d| (d - period.last().last_day()).num_days()),
        annual_value_text: c.fee.as_ref().map(|f| money(f.monthly * 12.0)),
        devices_covered: c.devices_covered,
        credits_text: (!credits.is_empty()).then(|| money(credits.iter().sum())),
    }
}

/// Where the provider's logo is served to the templates: `/logo.<ext>`.
pub fn logo_virtual_path(file: &str) -> String {
    let ext = std::path::Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_else(|| "png".into());
    format!("/logo.{ext}")
}

fn count(statuses: impl Iterator<Item = Status>) -> StatusCounts {
    let mut c = StatusCounts::default();
    for s in statuses {
        match s {
            Status::Green => c.green += 1,
            Status::Amber => c.amber += 1,
            Status::Red => c.red += 1,
            Status::NoData => c.no_data += 1,
        }
    }
    c
}

/// The biggest movements against last month, largest first, ties by KPI order.
fn top_changes(kpis: &[KpiResult]) -> Vec<TopChange> {
    let mut scored: Vec<(f64, usize)> = kpis
        .iter()
        .enumerate()
        .filter(|(_, k)| {
            matches!(
                k.change_direction,
                Some(Direction::Improving | Direction::Worsening)
            )
        })
        .filter_map(|(i, k)| {
            // A change of status outranks any size of change within one; sizes are
            // relative to the larger of target, previous value and the amber band, and
            // at least 1 (so 0 → 1 incident against a target of 0 is not infinite).
            let band = k.warning.map_or(0.0, |w| (w - k.target).abs());
            let scale = k.target.abs().max(k.previous?.abs()).max(band).max(1.0);
            let moved = if k.status != k.previous_status {
                1000.0
            } else {
                0.0
            };
            Some((moved + k.change?.abs() / scale, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, i)| {
            let k = &kpis[i];
            TopChange {
                kpi: k.id.clone(),
                name: k.name.clone(),
                direction: k.change_direction.expect("filtered"),
                from_text: k.previous_text.clone().unwrap_or_default(),
                to_text: k.value_text.clone(),
                change_text: k.change_text.clone().unwrap_or_default(),
            }
        })
        .collect()
}

fn summary(
    csfs: &[CsfResult],
    kpis: &[KpiResult],
    slas: &[SlaResult],
    actions: &Actions,
    currency: Option<&str>,
    loc: &Locale,
) -> Result<Summary, Error> {
    let csf_counts = count(csfs.iter().map(|c| c.status));
    let kpi_counts = count(kpis.iter().map(|k| k.status));
    let missed: Vec<&SlaResult> = slas.iter().filter(|s| s.met == Some(false)).collect();
    let slas_met = slas.iter().filter(|s| s.met == Some(true)).count();
    let slas_no_data = slas.iter().filter(|s| s.met.is_none()).count();
    let top = top_changes(kpis);
    let amounts: Vec<f64> = slas
        .iter()
        .filter_map(|s| s.credit.as_ref()?.amount)
        .collect();
    let credits_total = (!amounts.is_empty()).then(|| amounts.iter().sum::<f64>());
    let credits_total_text = credits_total.map(|t| match currency {
        Some(c) => format!("{c} {}", fmt::number(t, 2)),
        None => fmt::number(t, 2),
    });

    let mut sentences = Vec::new();
    let mut ctx = tera::Context::new();
    ctx.insert("total", &csfs.len());
    ctx.insert("green", &csf_counts.green);
    ctx.insert("amber", &csf_counts.amber);
    ctx.insert("red", &csf_counts.red);
    ctx.insert("no_data", &csf_counts.no_data);
    sentences.push(loc.sentence("csfs", &ctx)?);

    let mut ctx = tera::Context::new();
    ctx.insert("total", &slas.len());
    ctx.insert("met", &slas_met);
    ctx.insert("missed", &missed.len());
    ctx.insert("no_data", &slas_no_data);
    let names: Vec<String> = missed
        .iter()
        .map(|s| format!("{} ({})", s.name, s.attainment_text))
        .collect();
    ctx.insert("missed_names", &names.join(", "));
    sentences.push(loc.sentence("slas", &ctx)?);

    if let Some(t) = &credits_total_text
        && credits_total.is_some_and(|t| t > 0.0)
    {
        let mut ctx = tera::Context::new();
        ctx.insert("amount", t);
        sentences.push(loc.sentence("credits", &ctx)?);
    }
    for c in &top {
        let mut ctx = tera::Context::new();
        ctx.insert("name", &c.name);
        ctx.insert("direction", &c.direction);
        ctx.insert("from", &c.from_text);
        ctx.insert("to", &c.to_text);
        ctx.insert("change", &c.change_text);
        sentences.push(loc.sentence("change", &ctx)?);
    }
    let mut ctx = tera::Context::new();
    ctx.insert("new", &actions.new.len());
    ctx.insert("done", &actions.done.len());
    ctx.insert("overdue", &actions.overdue.len());
    sentences.push(loc.sentence("actions", &ctx)?);
    sentences.retain(|s| !s.is_empty());

    Ok(Summary {
        csfs: csf_counts,
        kpis: kpi_counts,
        slas_met,
        slas_missed: missed.len(),
        slas_no_data,
        missed: missed.iter().map(|s| s.id.clone()).collect(),
        top_changes: top,
        credits_total,
        credits_total_text,
        sentences,
    })
}
