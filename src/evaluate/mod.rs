//! Evaluation: from validated inputs to the one [`Review`] every output is a view of.
//!
//! The numeric rules live in small pure modules ([`kpi`], [`trend`], [`survey`],
//! [`availability`], [`sla`]); this module walks the client's CSFs, KPIs and SLAs over the
//! trend window and writes each figure once, with its shown text.

pub mod actions;
pub mod aggregate;
pub mod availability;
pub mod compare;
pub mod kpi;
pub mod portfolio;
pub mod reconcile;
pub mod sections;
pub mod sla;
pub mod survey;
pub mod tickets;
pub mod trend;

use std::collections::BTreeMap;

use crate::error::Error;
use crate::evaluate::tickets::month::TicketMonth;
use crate::model::Client;
use crate::model::SkippedRow;
use crate::model::{KpiSource, KpiValue, Month, PeriodData, Provider, Surveys};
use crate::period::Period;
use crate::review::*;
use crate::text::Locale;

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
    /// The client's device list, when it keeps one (`lifecycle.devices`).
    pub devices: Option<&'a [crate::model::Device]>,
    /// The date the review is issued (its figures stand then).
    pub issued: chrono::NaiveDate,
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
    pub fn kpi_over(&self, k: &crate::model::Kpi, p: Period) -> Option<(f64, Option<usize>)> {
        self.kpi_over_months(k, p.first(), p.last())
    }

    /// A KPI's value over the months `first..=last` (a period, or a part of one such as
    /// a year's first quarter), by the same rules as [`Inputs::kpi_over`]. Ticket KPIs
    /// need the span's figures (`ticket_spans`).
    pub fn kpi_over_months(
        &self,
        k: &crate::model::Kpi,
        first: Month,
        last: Month,
    ) -> Option<(f64, Option<usize>)> {
        let c = &self.client.def.contract;
        let months: Vec<Month> = (0..)
            .map(|i| first.plus(i))
            .take_while(|m| *m <= last)
            .collect();
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
                    surveys: self.surveys_over(&months),
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
                let span = self.ticket_spans?.get(&(first, last))?;
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
    fn surveys_over(&self, months: &[Month]) -> Surveys {
        let mut pooled = Surveys::default();
        for d in months.iter().filter_map(|m| self.periods.get(m)) {
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

/// The months a review is built over: the period's own, the trend periods, the charted
/// months, and the periods it is compared with. Every section reads them from here.
pub struct Frame {
    /// The period reviewed.
    pub period: Period,
    /// Its months, oldest first.
    pub months: Vec<Month>,
    /// The trend periods (of the period's kind), oldest first, ending with it.
    pub trend: Vec<Period>,
    /// The months every chart shows: the twelve ending with the period's last month.
    pub chart: Vec<Month>,
    /// The previous period of the same kind.
    pub previous: Period,
    /// The same period a year before.
    pub year_ago: Period,
}

impl Frame {
    /// Where the period's own months sit in `chart`: its last ones (the chart ends
    /// with the period, and a year fills it), so a month's figures are computed once.
    pub fn in_chart(&self) -> std::ops::Range<usize> {
        self.chart.len() - self.months.len()..self.chart.len()
    }
}

/// Months on a chart.
pub const CHART_MONTHS: i32 = 12;

impl Frame {
    /// The frame of `period`.
    pub fn new(period: Period) -> Frame {
        let n = period.trend_len();
        let last = period.last();
        Frame {
            period,
            months: period.months(),
            trend: (0..n).map(|i| period.plus(i - n + 1)).collect(),
            chart: (0..CHART_MONTHS)
                .map(|i| last.plus(i - CHART_MONTHS + 1))
                .collect(),
            previous: period.plus(-1),
            year_ago: period.year_ago(),
        }
    }
}

impl Inputs<'_> {
    /// The contract's currency.
    pub fn currency(&self) -> Option<&str> {
        self.client
            .def
            .contract
            .fee
            .as_ref()
            .map(|f| f.currency.as_str())
    }

    /// Whether a KPI has data in month `m`.
    pub(crate) fn kpi_has(&self, k: &crate::model::Kpi, m: Month) -> bool {
        match k.from {
            KpiSource::Period => self
                .periods
                .get(&m)
                .is_some_and(|d| d.kpis.get(&k.id).copied().flatten().is_some()),
            KpiSource::Csat | KpiSource::Nps | KpiSource::Ces => self.periods.contains_key(&m),
            _ => self.tickets.is_some_and(|t| t.contains_key(&m)),
        }
    }

    /// Whether an SLA has data in month `m` (a month with no tickets of its priority
    /// still has data: nothing to measure).
    fn sla_has(&self, s: &crate::model::Sla, m: Month) -> bool {
        match (s.kind, self.tickets) {
            (crate::model::SlaKind::Tickets, Some(t)) => t.contains_key(&m),
            _ => self.periods.contains_key(&m),
        }
    }

    /// Why a comparison period with `have` of `need` months is not compared.
    fn incomplete(&self, p: Period, have: usize, need: usize) -> Option<String> {
        (have > 0 && have < need).then(|| {
            self.locale.say(
                "not-compared",
                &[
                    ("period", self.locale.period(&p).into()),
                    ("have", have.into()),
                    ("need", need.into()),
                ],
            )
        })
    }

    /// A KPI over an earlier period it is compared with: its value when every month of
    /// that period has data, else none and (when some months have) why.
    pub fn compared_kpi(&self, k: &crate::model::Kpi, p: Period) -> (Option<f64>, Option<String>) {
        let months = p.months();
        let have = months.iter().filter(|m| self.kpi_has(k, **m)).count();
        if have < months.len() {
            return (None, self.incomplete(p, have, months.len()));
        }
        (self.kpi_over(k, p).map(|v| v.0), None)
    }

    /// An SLA over an earlier period it is compared with, by the same rule.
    pub fn compared_sla(&self, s: &crate::model::Sla, p: Period) -> (sla::Month, Option<String>) {
        let months = p.months();
        let have = months.iter().filter(|m| self.sla_has(s, **m)).count();
        if have < months.len() {
            return (
                sla::Month::default(),
                self.incomplete(p, have, months.len()),
            );
        }
        (self.sla_over(s, p), None)
    }
}

/// Evaluates the review of `inp.period`: one builder per section over the frame.
pub fn review(inp: &Inputs) -> Result<Review, Error> {
    let def = &inp.client.def;
    let f = Frame::new(inp.period);
    let period = f.period;
    let currency = inp.currency();

    let kpis = sections::kpis::build(inp, &f);
    let slas = sections::slas::build(inp, &f);
    let surveys = sections::surveys::build(inp, &f);
    let csfs = sections::csfs::build(def, &kpis, &slas);
    let register = sections::register::of_period(inp, &f);
    let actions = sections::register::build(inp, &f, &register);
    let initiatives = sections::register::merged_by(
        f.months
            .iter()
            .filter_map(|m| inp.periods.get(m))
            .map(|d| &d.initiatives[..]),
        |i| &i.id,
    );
    let misses = sections::misses::build(&slas, &kpis, &register, &initiatives, inp.locale);
    let mut summary =
        sections::summary::build(&f, &csfs, &kpis, &slas, &actions, currency, inp.locale);
    sections::misses::explain_moves(
        &mut summary.top_changes,
        &register,
        &initiatives,
        &notes_of_period(inp, &f),
        inp.locale,
    );
    let restated = restatements(inp.presented, &kpis, &slas);
    let mut contract = sections::contract::build(def, period, &slas, currency, inp.locale);
    // Levels take the period's latest month that counted them.
    let counted = f
        .months
        .iter()
        .rev()
        .find_map(|m| Some((*m, inp.periods.get(m)?.estate?)));
    sections::contract::set_coverage(&mut contract, &def.contract, counted, currency, inp.locale);
    // Decisions and money open the summary: the notice deadline (near, or in the renewal
    // pack), then the estate beyond the contract.
    let renewal_pack =
        matches!(period, Period::Year { .. }) && def.contract.end.0 >= period.last().last_day();
    let decisions = [
        sections::contract::notice_sentence(&contract, renewal_pack, inp.locale),
        contract.beyond_text.clone(),
    ];
    let decisions: Vec<String> = decisions.into_iter().flatten().collect();
    summary.decision_sentences = decisions.len();
    summary.sentences.splice(0..0, decisions);
    let (decisions, renewal) =
        decisions_and_renewal(inp, renewal_pack, &contract, &summary, &slas, &initiatives);
    Ok(Review {
        decisions,
        events: sections::events::build(inp, &f, &register),
        impact: sections::events::impact(inp, &f),
        risks: sections::risks::build(inp, &f, &initiatives),
        plan: sections::plan::build(inp, &f, &initiatives),
        renewal,
        sources: sections::sources::build(inp, &f),
        narrative: inp.narrative.cloned(),
        contract,
        restated,
        reconciliation: reconciliation(inp, period, |i, _| {
            Some((kpis[i].value?, kpis[i].value_text.clone()))
        }),
        kind: match period {
            Period::Month(_) => Kind::Monthly,
            Period::Quarter { .. } => Kind::Qbr,
            Period::Year { .. } => Kind::Annual,
        },
        period: period_info(inp, &f),
        provider: provider_info(inp.provider),
        client: client_info(inp, currency),
        summary,
        csfs,
        kpis,
        slas,
        surveys,
        actions,
        notes: month_notes(inp),
        month_notes: notes_by_month(inp, &f),
        misses,
        tickets: inp.tickets.map(|t| {
            tickets::view(
                def,
                inp.client.tz,
                period,
                &f.chart,
                t,
                inp.ticket_spans,
                inp.skipped_rows,
                inp.ticket_rows,
                inp.locale,
            )
        }),
    })
}

/// The renewal proposal (a renewal pack only) and the decisions list built from the
/// sections already evaluated.
fn decisions_and_renewal(
    inp: &Inputs,
    renewal_pack: bool,
    contract: &ContractView,
    summary: &Summary,
    slas: &[SlaResult],
    initiatives: &[crate::model::Initiative],
) -> (Vec<Decision>, Option<RenewalView>) {
    let def = &inp.client.def;
    let end = inp.period.last().last_day();
    let renewal = sections::renewal::build(
        inp.narrative.and_then(|n| n.renewal.as_ref()),
        &def.contract,
        contract,
        slas,
        end,
        inp.locale,
    )
    .filter(|_| renewal_pack);
    let decisions = sections::decisions::build(
        &sections::decisions::Sources {
            contract,
            notice_shown: contract.renewal_due || renewal_pack,
            summary,
            slas,
            initiatives,
            renewal: renewal.as_ref(),
            narrative: inp.narrative,
            end,
        },
        def,
        inp.currency(),
        inp.locale,
    );
    (decisions, renewal)
}

/// Every note the SDM wrote for the period: each month's, and what was written for the
/// review itself.
fn notes_of_period(inp: &Inputs, f: &Frame) -> String {
    f.months
        .iter()
        .filter_map(|m| inp.periods.get(m)?.notes.as_deref())
        .chain(inp.narrative.and_then(|n| n.notes.as_deref()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Decimals of an amount of money as a reader wants it: whole units when it has no
/// cents (£222,000, not £222,000.00), else cents.
pub fn money_decimals(x: f64) -> usize {
    if (x * 100.0).round() % 100.0 == 0.0 {
        0
    } else {
        2
    }
}

/// An amount of money, in whole units where cents say nothing.
pub fn money_text(loc: &Locale, x: f64, currency: Option<&str>) -> String {
    loc.money(x, money_decimals(x), currency)
}

/// The period reviewed, with its labels in the client's language.
fn period_info(inp: &Inputs, f: &Frame) -> PeriodInfo {
    let period = f.period;
    PeriodInfo {
        id: period,
        label: inp.locale.period(&period),
        start: period.first().first_day().to_string(),
        end: period.last().last_day().to_string(),
        month_labels: f.trend.iter().map(|p| inp.locale.period_short(p)).collect(),
        months: f.trend.clone(),
        in_period: f
            .months
            .iter()
            .map(|m| inp.locale.month_short(*m))
            .collect(),
        previous_label: inp.locale.period(&f.previous),
        year_ago_label: inp.locale.period(&f.year_ago),
        chart_months: f.chart.iter().map(|m| inp.locale.month_short(*m)).collect(),
        chart_in_period: f.chart.iter().map(|m| f.months.contains(m)).collect(),
        next_label: inp.locale.period(&period.plus(1)),
        issued: inp.issued.to_string(),
        issued_text: inp.locale.date(inp.issued),
        figures_as_of_text: (inp.issued > period.last().last_day()).then(|| {
            inp.locale.say(
                "figures-as-of",
                &[("date", inp.locale.date(inp.issued).into())],
            )
        }),
    }
}

/// The MSP as every document shows it.
pub fn provider_info(p: &Provider) -> ProviderInfo {
    ProviderInfo {
        name: p.name.clone(),
        primary: p.colours.primary.clone(),
        accent: p.colours.accent.clone(),
        contact: p.contact.clone(),
        logo: p.logo.as_deref().map(logo_virtual_path),
    }
}

/// The client and its contract, with the fee in force at the period's end.
fn client_info(inp: &Inputs, currency: Option<&str>) -> ClientInfo {
    let def = &inp.client.def;
    let period = inp.period;
    ClientInfo {
        name: def.client.name.clone(),
        slug: inp.client.slug.clone(),
        sdm: def.client.sdm.clone(),
        timezone: def.client.timezone.clone(),
        locale: def.client.locale.clone(),
        contract_id: def.contract.id.clone(),
        contract_start: def.contract.start.0.to_string(),
        contract_end: def.contract.end.0.to_string(),
        contract_start_text: inp.locale.date(def.contract.start.0),
        contract_end_text: inp.locale.date(def.contract.end.0),
        monthly_fee: def
            .contract
            .fee
            .as_ref()
            .map(|f| f.monthly_on(period.last().last_day())),
        currency: currency.map(str::to_string),
    }
}

/// A month's notes belong to its monthly review; a quarter or year has the notes
/// written for it (`narrative`).
fn month_notes(inp: &Inputs) -> Option<String> {
    match inp.period {
        Period::Month(m) => inp
            .periods
            .get(&m)
            .and_then(|d| d.notes.clone())
            .filter(|n| !n.trim().is_empty()),
        _ => None,
    }
}

/// The typed KPIs that the ticket exports measure differently over `period`; `typed`
/// gives a KPI's typed figure and its text (by its index in `client.yaml`).
pub fn reconciliation(
    inp: &Inputs,
    period: Period,
    typed: impl Fn(usize, &crate::model::Kpi) -> Option<(f64, String)>,
) -> Vec<Reconciliation> {
    let loc = inp.locale;
    let mut out = Vec::new();
    for (i, k) in inp.client.def.kpis.iter().enumerate() {
        let Some(measure) = reconcile::measure_of(k) else {
            continue;
        };
        let as_ticket_kpi = crate::model::Kpi {
            from: measure,
            ..k.clone()
        };
        let (Some((typed, typed_text)), Some((measured, tickets))) =
            (typed(i, k), inp.kpi_over(&as_ticket_kpi, period))
        else {
            continue;
        };
        let scale = reconcile::to_measure_unit(k.unit);
        if reconcile::agrees(measure, typed * scale, measured) {
            continue;
        }
        // Shown in the KPI's own unit (the tickets give hours).
        let measured = measured / scale;
        let measured_text = loc.with_unit(
            measured,
            crate::text::format::default_decimals(k.unit),
            k.unit,
            inp.currency(),
        );
        let mut args = vec![
            ("name", crate::text::Arg::from(&k.name)),
            ("typed", (&typed_text).into()),
            ("measured", (&measured_text).into()),
        ];
        let text = match tickets {
            Some(n) => {
                args.push(("tickets", n.into()));
                loc.say("reconcile-differs", &args)
            }
            None => loc.say("reconcile-differs-plain", &args),
        };
        out.push(Reconciliation {
            kpi: k.id.clone(),
            name: k.name.clone(),
            typed,
            typed_text,
            measured,
            measured_text,
            tickets,
            text,
        });
    }
    out
}

/// The notes of each month of a quarter or year, oldest first; none for a month (its
/// review has them in `notes`).
fn notes_by_month(inp: &Inputs, f: &Frame) -> Vec<MonthNote> {
    if matches!(inp.period, Period::Month(_)) {
        return Vec::new();
    }
    f.months
        .iter()
        .filter_map(|m| {
            let text = inp.periods.get(m)?.notes.as_deref()?.trim();
            (!text.is_empty()).then(|| MonthNote {
                month: m.to_string(),
                label: inp.locale.period(&Period::Month(*m)),
                text: text.to_string(),
            })
        })
        .collect()
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

/// Where the provider's logo is served to the templates: `/logo.<ext>`.
pub fn logo_virtual_path(file: &str) -> String {
    let ext = std::path::Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_else(|| "png".into());
    format!("/logo.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(year: i32, month: u32) -> Month {
        Month { year, month }
    }

    #[test]
    fn a_frame_charts_the_twelve_months_ending_with_the_period() {
        // Q1 2026: its three months; charts from April 2025 to March 2026 (across the
        // year end); compared with Q4 2025 and Q1 2025.
        let f = Frame::new(Period::Quarter { year: 2026, q: 1 });
        assert_eq!(f.months, [m(2026, 1), m(2026, 2), m(2026, 3)]);
        assert_eq!(f.chart.len(), 12);
        assert_eq!(f.chart[0], m(2025, 4));
        assert_eq!(f.chart[11], m(2026, 3));
        assert_eq!(f.previous, Period::Quarter { year: 2025, q: 4 });
        assert_eq!(f.year_ago, Period::Quarter { year: 2025, q: 1 });
        assert_eq!(f.trend.len(), 5);
        // A contract year from November: charts are exactly its twelve months.
        let y = Frame::new(Period::Year { first: m(2025, 11) });
        assert_eq!(y.chart, y.months);
        // A month: itself, with the eleven before it on the chart.
        let mo = Frame::new(Period::Month(m(2026, 1)));
        assert_eq!(mo.months, [m(2026, 1)]);
        assert_eq!(mo.chart[0], m(2025, 2));
    }
}
