//! The KPI section: each KPI over the period (aggregated by its nature), against the
//! previous period and the same period a year before when those are complete, its
//! trend, and its value in each charted month against the monthly target.
//!
//! The value, the previous value and the year-ago value of a row are shown at one
//! precision, the fewest decimals at which every shown figure is on its judged side of
//! target and warning and every shown change (the difference of the shown figures)
//! moves the way the true change does.

use super::{moved, round_to};
use crate::evaluate::{Frame, Inputs, aggregate, kpi, trend};
use crate::model::{Better, Kpi, KpiSource, Month, Unit};
use crate::period::Period;
use crate::review::{Arrow, Direction, InYear, KpiResult, SameMonths, Status};
use crate::text::Locale;
use crate::text::format::{self as fmt, Threshold};

/// How a KPI's figures are judged and shown against one target.
struct Judge<'a> {
    target: f64,
    warning: Option<f64>,
    better: Better,
    unit: Unit,
    currency: Option<&'a str>,
    loc: &'a Locale,
}

impl Judge<'_> {
    /// The number shown for `v` at `d` decimals or more, and the decimals used.
    fn shown(&self, v: f64, d: usize) -> (f64, usize) {
        let thresholds: Vec<Threshold> = std::iter::once(self.target)
            .chain(self.warning)
            .map(|at| Threshold {
                at,
                higher_meets: self.better == Better::Higher,
                met: kpi::meets(v, at, self.better),
            })
            .collect();
        fmt::shown(v, d, &thresholds)
    }

    fn text(&self, v: f64, d: usize) -> String {
        let (x, dd) = self.shown(v, d);
        self.loc.with_unit(x, dd, self.unit, self.currency)
    }

    /// The shown change from `then` to `now`: its text, direction and arrow.
    fn change(&self, now: f64, then: f64, d: usize) -> (String, Direction, Arrow) {
        let (a, da) = self.shown(now, d);
        let (b, db) = self.shown(then, d);
        let dd = da.max(db);
        let delta = round_to(a - b, dd);
        let (arrow, direction) = moved(delta, self.better);
        (
            self.loc.change(delta, dd, self.unit, self.currency),
            direction,
            arrow,
        )
    }

    /// The fewest decimals from `d0` (up to two more) at which every comparison's shown
    /// change agrees with its true change.
    fn row_decimals(&self, d0: usize, now: Option<f64>, others: &[Option<f64>]) -> usize {
        let Some(v) = now else { return d0 };
        (d0..=d0 + 2)
            .find(|&d| {
                others.iter().flatten().all(|&p| {
                    let (a, _) = self.shown(v, d);
                    let (b, _) = self.shown(p, d);
                    fmt::change_agrees(v, p, a, b, d)
                })
            })
            .unwrap_or(d0 + 2)
    }
}

/// Every KPI, in the order of `client.yaml`.
pub fn build(inp: &Inputs, f: &Frame) -> Vec<KpiResult> {
    inp.client
        .def
        .kpis
        .iter()
        .map(|k| KpiResult {
            in_year: in_year(inp, f, k),
            same_months: same_months(inp, f, k),
            ..one(inp, f, k)
        })
        .collect()
}

/// The decimals a KPI is shown with at least: its own, else its unit's.
fn base_decimals(k: &Kpi) -> usize {
    k.decimals
        .map_or(fmt::default_decimals(k.unit), |d| d.min(4) as usize)
}

/// A year's first and last quarters (three months each, from the year's first month:
/// a contract year's too).
pub fn year_quarters(p: Period) -> [(Month, Month); 2] {
    [
        (p.first(), p.first().plus(2)),
        (p.last().plus(-2), p.last()),
    ]
}

/// An annual review whose year before has data for only some months: the same months
/// of both years, when those months are one run of three or more (a client whose data
/// began mid-year). Ticket KPIs need their spans' figures, which a review does not
/// evaluate for such runs: they are not compared.
fn same_months(inp: &Inputs, f: &Frame, k: &Kpi) -> Option<SameMonths> {
    if !matches!(f.period, Period::Year { .. }) {
        return None;
    }
    let months = f.year_ago.months();
    let have: Vec<Month> = months
        .iter()
        .copied()
        .filter(|m| inp.kpi_has(k, *m))
        .collect();
    let (from, to) = (*have.first()?, *have.last()?);
    let run = have.len() == (0..).take_while(|i| from.plus(*i) <= to).count();
    if !run || have.len() < 3 || have.len() == months.len() {
        return None;
    }
    let then = inp.kpi_over_months(k, from, to)?.0;
    let now = inp.kpi_over_months(k, from.plus(12), to.plus(12))?.0;
    let (judge, _) = judges(k, f, inp.currency(), inp.locale);
    let d0 = base_decimals(k);
    let dd = judge.row_decimals(d0, Some(now), &[Some(then)]);
    let (change_text, direction, arrow) = judge.change(now, then, dd);
    let loc = inp.locale;
    Some(SameMonths {
        from,
        to,
        months: have.len(),
        then,
        now,
        then_text: judge.text(then, dd),
        now_text: judge.text(now, dd),
        change_text,
        arrow,
        direction,
        note: loc.say(
            "same-months-note",
            &[
                ("count", have.len().into()),
                ("from", loc.month(from).into()),
                ("to", loc.month(to).into()),
                ("period", loc.period(&f.year_ago).into()),
            ],
        ),
    })
}

/// An annual review's first quarter against its last, when both have a value.
fn in_year(inp: &Inputs, f: &Frame, k: &Kpi) -> Option<InYear> {
    if !matches!(f.period, Period::Year { .. }) {
        return None;
    }
    let [(a, b), (c, d)] = year_quarters(f.period);
    let first = inp.kpi_over_months(k, a, b)?.0;
    let last = inp.kpi_over_months(k, c, d)?.0;
    let (judge, _) = judges(k, f, inp.currency(), inp.locale);
    let d0 = base_decimals(k);
    let dd = judge.row_decimals(d0, Some(last), &[Some(first)]);
    let (change_text, direction, arrow) = judge.change(last, first, dd);
    Some(InYear {
        first,
        last,
        first_text: judge.text(first, dd),
        last_text: judge.text(last, dd),
        change_text,
        arrow,
        direction,
    })
}

fn one(inp: &Inputs, f: &Frame, k: &Kpi) -> KpiResult {
    let currency = inp.currency();
    let monthly_target = k.target.expect("validated: every KPI has a target");
    let (judge, month_judge) = judges(k, f, currency, inp.locale);
    let d0 = base_decimals(k);

    let now = inp.kpi_over(k, f.period);
    let value = now.map(|v| v.0);
    let (previous, previous_note) = inp.compared_kpi(k, f.previous);
    let (year_ago, year_ago_note) = inp.compared_kpi(k, f.year_ago);
    let d = judge.row_decimals(d0, value, &[previous, year_ago]);
    let against = |then: Option<f64>| match (value, then) {
        (Some(v), Some(p)) => {
            let (t, dir, arrow) = judge.change(v, p, d);
            (Some(t), Some(dir), Some(arrow))
        }
        _ => (None, None, None),
    };
    let (change_text, change_direction, change_arrow) = against(previous);
    let (change_year_text, change_year_direction, change_year_arrow) = against(year_ago);

    let value_of = |p: Period| inp.kpi_over(k, p).map(|v| v.0);
    let history: Vec<Option<f64>> = f.trend.iter().map(|p| value_of(*p)).collect();
    let slope = trend::slope(&history);
    let steady = 0.5 * 10f64.powi(-(d0 as i32));
    let monthly: Vec<Option<f64>> = f
        .chart
        .iter()
        .map(|m| value_of(Period::Month(*m)))
        .collect();
    let by_month_values = if f.months.len() > 1 {
        monthly[f.in_chart()].to_vec()
    } else {
        Vec::new()
    };
    // Survey KPIs say how many answered; a ticket KPI's tickets are in its section.
    let level = f.months.len() > 1 && k.aggregate == Some(crate::model::Aggregate::Last);
    let (off, months_judged) = months_off_target(level, &by_month_values, &month_judge);
    let survey = matches!(k.from, KpiSource::Csat | KpiSource::Nps | KpiSource::Ces);
    let responses = now.and_then(|v| v.1).filter(|_| survey);
    KpiResult {
        in_year: None,     // set by `build`
        same_months: None, // set by `build`
        id: k.id.clone(),
        name: k.name.clone(),
        unit: k.unit,
        better: k.better,
        decimals: d0,
        value,
        target: judge.target,
        warning: judge.warning,
        status: kpi::status(value, judge.target, judge.warning, k.better),
        previous_status: kpi::status(previous, judge.target, judge.warning, k.better),
        previous,
        change: trend::change(value, previous),
        change_direction,
        change_arrow,
        previous_note,
        year_ago,
        change_year: trend::change(value, year_ago),
        change_year_direction,
        change_year_arrow,
        year_ago_note,
        trend_per_month: slope,
        trend_direction: slope.map(|s| trend::direction(s, k.better, steady / 2.0)),
        history_text: texts(&history, &judge, d0),
        history,
        by_month: texts(&by_month_values, &month_judge, d0),
        by_month_values,
        monthly_text: texts(&monthly, &month_judge, d0),
        monthly,
        monthly_target,
        monthly_warning: k.warning,
        monthly_target_text: target_text(monthly_target, k.unit, currency, inp.locale),
        monthly_target_note: (aggregate::sums(k) && f.months.len() > 1).then(|| {
            let t = target_text(monthly_target, k.unit, currency, inp.locale);
            inp.locale.say("target-per-month", &[("target", t.into())])
        }),
        responses,
        responses_text: responses.map(|n| super::surveys::responses(inp.locale, n)),
        at_period_end: level,
        months_off_target: off,
        months_off_target_text: off.map(|n| {
            inp.locale.say(
                "kpi-months-off-target",
                &[("off", n.into()), ("total", months_judged.into())],
            )
        }),
        value_text: value.map_or_else(
            || inp.locale.label("no_data").to_string(),
            |v| judge.text(v, d),
        ),
        target_text: target_text(judge.target, k.unit, currency, inp.locale),
        previous_text: previous.map(|v| judge.text(v, d)),
        change_text,
        year_ago_text: year_ago.map(|v| judge.text(v, d)),
        change_year_text,
    }
}

/// A level's months of the period not on target (amber or red) against the monthly
/// target, when any was, and the months with a value.
fn months_off_target(level: bool, values: &[Option<f64>], judge: &Judge) -> (Option<usize>, usize) {
    let judged: Vec<f64> = values.iter().flatten().copied().collect();
    let off = judged
        .iter()
        .filter(|&&v| {
            kpi::status(Some(v), judge.target, judge.warning, judge.better) != Status::Green
        })
        .count();
    ((level && off > 0).then_some(off), judged.len())
}

/// Values as shown by `judge` at `d` decimals or more.
fn texts(values: &[Option<f64>], judge: &Judge, d: usize) -> Vec<Option<String>> {
    values.iter().map(|v| v.map(|v| judge.text(v, d))).collect()
}

/// How a KPI is judged over the period and in each month: a summed KPI's target is per
/// month, so over a quarter or year it adds up too.
fn judges<'a>(
    k: &Kpi,
    f: &Frame,
    currency: Option<&'a str>,
    loc: &'a Locale,
) -> (Judge<'a>, Judge<'a>) {
    let monthly_target = k.target.expect("validated: every KPI has a target");
    let scale = if aggregate::sums(k) {
        f.months.len() as f64
    } else {
        1.0
    };
    let judge = Judge {
        target: monthly_target * scale,
        warning: k.warning.map(|w| w * scale),
        better: k.better,
        unit: k.unit,
        currency,
        loc,
    };
    let month_judge = Judge {
        target: monthly_target,
        warning: k.warning,
        ..judge
    };
    (judge, month_judge)
}

fn target_text(t: f64, unit: Unit, currency: Option<&str>, loc: &Locale) -> String {
    loc.with_unit(t, fmt::exact_decimals(t), unit, currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    static EN: std::sync::LazyLock<Locale> = std::sync::LazyLock::new(Locale::english);

    fn hours(target: f64) -> Judge<'static> {
        Judge {
            target,
            warning: None,
            better: Better::Lower,
            unit: Unit::Hours,
            currency: None,
            loc: &EN,
        }
    }

    #[test]
    fn a_row_gains_a_decimal_when_rounding_hides_the_move() {
        // 6.03 h against 6 h (lower is better) is missed, so at one decimal it shows
        // 6.1 h, the same as last quarter's 6.08 h: the row goes to two decimals,
        // 6.03 h against 6.08 h, −0.05 h, improving.
        let j = hours(6.0);
        let d = j.row_decimals(1, Some(6.03), &[Some(6.08)]);
        assert_eq!(d, 2);
        assert_eq!(j.text(6.03, d), "6.03 hrs");
        let (t, dir, arrow) = j.change(6.03, 6.08, d);
        assert_eq!(t, "-0.05 hrs");
        assert_eq!(dir, Direction::Improving);
        assert_eq!(arrow, Arrow::Down);
    }

    #[test]
    fn the_shown_change_is_the_difference_of_the_shown_figures() {
        // 55.4 → 37.6 at 0 decimals shows 55 → 38: the change is −17, not −18.
        let j = Judge {
            target: 0.0,
            warning: None,
            better: Better::Lower,
            unit: Unit::Count,
            currency: None,
            loc: &EN,
        };
        assert_eq!(j.row_decimals(0, Some(37.6), &[Some(55.4)]), 0);
        assert_eq!(j.change(37.6, 55.4, 0).0, "-17");
        // A move below half a unit stays at the KPI's precision and shows ±0.
        let p = Judge {
            target: 70.0,
            warning: None,
            better: Better::Higher,
            unit: Unit::Percent,
            currency: None,
            loc: &EN,
        };
        assert_eq!(p.row_decimals(1, Some(78.43), &[Some(78.41)]), 1);
        assert_eq!(p.change(78.43, 78.41, 1).0, "±0.0 points");
    }
}
