//! The SLA section: each SLA over the period (ticket counts and minutes summed over its
//! months), its months met and missed, its credits month by month, the error budget of
//! availability SLAs, and the comparisons with complete earlier periods.

use super::{moved, round_to};
use crate::evaluate::{Frame, Inputs, sla};
use crate::model::{Better, Month, Sla, SlaKind, Unit};
use crate::period::Period;
use crate::review::{Budget, Credit, CreditMonth, Minutes, SlaKindOut, SlaMonthView, SlaResult};
use crate::text::format::{self as fmt, Threshold};
use crate::text::{Arg, Locale};

/// Every SLA, in the order of `client.yaml`.
pub fn build(inp: &Inputs, f: &Frame) -> Vec<SlaResult> {
    inp.client.def.slas.iter().map(|s| one(inp, f, s)).collect()
}

fn one(inp: &Inputs, f: &Frame, s: &Sla) -> SlaResult {
    let loc = inp.locale;
    let goal = s.goal.fraction();
    let now = inp.sla_over(s, f.period);
    let tickets_short = short(s, &now);
    let (prev, previous_note) = inp.compared_sla(s, f.previous);
    let (year_ago, year_ago_note) = inp.compared_sla(s, f.year_ago);

    let d = row_decimals(&now, &prev, goal, loc);
    let shown = |m: &sla::Month| m.judged.as_ref().map(|j| j.shown_at(d, loc));
    let (now_shown, prev_shown) = (shown(&now), shown(&prev));
    let (change_arrow, change_direction) = match (&now_shown, &prev_shown) {
        (Some((_, x, da)), Some((_, y, db))) => {
            let dd = (*da).max(*db);
            let (arrow, dir) = moved(round_to(x - y, dd), Better::Higher);
            (Some(arrow), Some(dir))
        }
        _ => (None, None),
    };

    let monthly: Vec<(Month, sla::Month)> = f
        .chart
        .iter()
        .map(|m| (*m, inp.sla_over(s, Period::Month(*m))))
        .collect();
    let in_period = &monthly[f.in_chart()];
    // Months met or missed: the period's months; a monthly review counts its chart.
    let counted = if f.months.len() > 1 {
        in_period
    } else {
        &monthly[..]
    };
    let months_met = counted.iter().filter(|(_, r)| r.met == Some(true)).count();
    let months_missed = counted.iter().filter(|(_, r)| r.met == Some(false)).count();
    let months_text = months_text(months_met, months_missed, f.months.len() == 1, loc);

    let history: Vec<sla::Month> = f.trend.iter().map(|p| inp.sla_over(s, *p)).collect();
    let view = |(m, r): &(Month, sla::Month)| month_view(*m, r, goal, loc);
    SlaResult {
        id: s.id.clone(),
        name: s.name.clone(),
        kind: match s.kind {
            SlaKind::Tickets => SlaKindOut::Tickets,
            SlaKind::Availability => SlaKindOut::Availability,
        },
        measure: sla::measure(s, inp.client.def.calendars.len(), loc),
        goal,
        attainment: now.attainment,
        met: now.met,
        margin: now.attainment.map(|a| a - goal),
        counts: now.counts,
        counts_text: now.counts.map(|c| counts_text(&c, loc)),
        tickets_short,
        tickets_short_text: tickets_short.map(|n| loc.say("tickets-short", &[("count", n.into())])),
        minutes: now.minutes,
        minutes_text: now.minutes.map(|m| minutes_text(&m, loc)),
        credit: credit(inp, f, in_period),
        previous: prev.attainment,
        change_direction,
        change_arrow,
        previous_note,
        year_ago_note,
        budget: now.minutes.map(|m| budget(goal, &m, now.met, loc)),
        history: history.iter().map(|h| h.attainment).collect(),
        history_text: history.iter().map(|h| h.text(loc)).collect(),
        months_met,
        months_missed,
        months_text,
        goal_text: loc.goal(goal),
        attainment_text: now_shown
            .as_ref()
            .map_or_else(|| loc.label("no_data").to_string(), |(t, _, _)| t.clone()),
        // The margin is the difference of the shown figures, so the table adds up:
        // 94.9% against 95% is −0.1 pts.
        margin_text: now_shown.as_ref().map(|(_, x, dd)| {
            loc.change(round_to(x - goal * 100.0, *dd), *dd, Unit::Percent, None)
        }),
        previous_text: prev_shown.map(|(t, _, _)| t),
        year_ago: year_ago.attainment,
        year_ago_text: year_ago.judged.as_ref().map(|j| j.shown_at(d, loc).0),
        by_month: if f.months.len() > 1 {
            in_period.iter().map(view).collect()
        } else {
            Vec::new()
        },
        monthly: monthly.iter().map(view).collect(),
    }
}

/// One month of an SLA as the month-by-month tables and charts show it.
fn month_view(m: Month, r: &sla::Month, goal: f64, loc: &Locale) -> SlaMonthView {
    SlaMonthView {
        period: m,
        month: loc.month_short(m),
        label: loc.month(m),
        attainment: r.attainment,
        attainment_text: r.text(loc),
        met: r.met,
        budget: r.minutes.map(|x| budget(goal, &x, r.met, loc)),
        credit: r.credit.map(|tier| tier.fraction()),
    }
}

/// One precision for an SLA's row: the fewest decimals at which the shown change
/// against last period moves the way the attainment did.
fn row_decimals(now: &sla::Month, prev: &sla::Month, goal: f64, loc: &Locale) -> usize {
    let d0 = fmt::sla_decimals(goal);
    match (&now.judged, &prev.judged) {
        (Some(a), Some(b)) => (d0..=d0 + 2)
            .find(|&d| {
                fmt::change_agrees(
                    a.fraction * 100.0,
                    b.fraction * 100.0,
                    a.shown_at(d, loc).1,
                    b.shown_at(d, loc).1,
                    d,
                )
            })
            .unwrap_or(d0 + 2),
        _ => d0,
    }
}

/// "Met in 11 of the last 12 months", or of the months with data, or of the period's.
fn months_text(met: usize, missed: usize, monthly: bool, loc: &Locale) -> String {
    let total = met + missed;
    let counts = [("met", Arg::from(met)), ("total", Arg::from(total))];
    match (total, monthly) {
        (0, _) => loc.say("months-met-none", &[]),
        (12, true) => loc.say("months-met-last-12", &counts[..1]),
        (_, true) => loc.say("months-met-with-data", &counts),
        (_, false) => loc.say("months-met", &counts),
    }
}

/// A missed ticket SLA: how many more tickets met would have met its goal.
fn short(s: &Sla, now: &sla::Month) -> Option<u64> {
    let c = now.counts.filter(|_| now.met == Some(false))?;
    Some(s.goal.short_by(c.met, c.met + c.breached))
}

/// Tickets met and breached (and pending at the cut-off, when there are any).
fn counts_text(c: &crate::review::Counts, loc: &Locale) -> String {
    let mut args = vec![
        ("met", Arg::from(c.met)),
        ("breached", Arg::from(c.breached)),
    ];
    if c.pending > 0 {
        args.push(("pending", Arg::from(c.pending)));
        loc.say("sla-counts-pending", &args)
    } else {
        loc.say("sla-counts", &args)
    }
}

/// Downtime and maintenance in minutes.
fn minutes_text(m: &Minutes, loc: &Locale) -> String {
    let minutes = |x: f64| loc.with_unit(x, 0, Unit::Minutes, None);
    loc.say(
        "availability-minutes",
        &[
            ("downtime", minutes(m.downtime).into()),
            ("maintenance", minutes(m.maintenance).into()),
        ],
    )
}

/// Credits are per month (a tier of that month's fee), totalled over the period; only
/// months within the contract earn one.
fn credit(inp: &Inputs, f: &Frame, months: &[(Month, sla::Month)]) -> Option<Credit> {
    let loc = inp.locale;
    let fee = inp.client.def.contract.fee.as_ref();
    let currency = inp.currency();
    let money = |a: f64| loc.money(a, 2, currency);
    let c = &inp.client.def.contract;
    let credited: Vec<CreditMonth> = months
        .iter()
        // No credit is owed for a month the contract does not cover (data from before
        // its start, or after its end).
        .filter(|(m, _)| m.last_day() >= c.start.0 && m.first_day() <= c.end.0)
        .filter_map(|(m, r)| {
            let tier = r.credit?;
            let fraction = tier.fraction();
            // A share of the fee in force at the end of the month credited.
            let amount = fee.map(|x| x.monthly_on(m.last_day()) * fraction);
            Some(CreditMonth {
                month: loc.month(*m),
                attainment_text: r.text(loc).unwrap_or_default(),
                fraction,
                amount,
                text: match amount {
                    Some(a) => loc.say(
                        "credit-share-amount",
                        &[
                            ("amount", money(a).into()),
                            ("share", loc.goal(fraction).into()),
                        ],
                    ),
                    None => loc.say("credit-share", &[("share", loc.goal(fraction).into())]),
                },
            })
        })
        .collect();
    if credited.is_empty() {
        return None;
    }
    let fraction: f64 = credited.iter().map(|c| c.fraction).sum();
    let amount = fee.map(|_| credited.iter().filter_map(|c| c.amount).sum());
    let share = if f.months.len() == 1 {
        loc.goal(fraction)
    } else {
        loc.say("months-credited", &[("count", credited.len().into())])
    };
    Some(Credit {
        fraction,
        amount,
        text: match amount {
            Some(a) => loc.say(
                "credit-total",
                &[("share", (&share).into()), ("amount", money(a).into())],
            ),
            None => share,
        },
        months: credited,
    })
}

/// The error budget of minutes: the downtime the goal allows over the measured minutes
/// (maintenance excluded, as in the uptime), and the share of it used. `met` is the
/// SLA's exact judgement, which the shown share agrees with (never 100% when missed).
pub fn budget(goal: f64, m: &Minutes, met: Option<bool>, loc: &Locale) -> Budget {
    let allowed = (1.0 - goal) * (m.scheduled - m.maintenance).max(0.0);
    let allowed = (allowed * 1e6).round() / 1e6;
    let used_fraction = (allowed > 0.0).then(|| m.downtime / allowed);
    let minutes = |x: f64| {
        let d = if (x - x.round()).abs() < 1e-9 { 0 } else { 1 };
        loc.with_unit(x, d, Unit::Minutes, None)
    };
    let used_fraction_text = used_fraction.map(|u| {
        let within = Threshold {
            at: 100.0,
            higher_meets: false,
            met: met.unwrap_or(u <= 1.0),
        };
        let (x, d) = fmt::shown(u * 100.0, 0, &[within]);
        loc.percent(x, d)
    });
    Budget {
        allowed_minutes: allowed,
        used_minutes: m.downtime,
        used_fraction,
        allowed_text: minutes(allowed),
        used_text: minutes(m.downtime),
        used_fraction_note: used_fraction_text
            .as_ref()
            .map(|t| loc.say("budget-used", &[("share", t.into())])),
        used_fraction_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_budget_by_hand() {
        // 99.9% of a 30-day month (43,200 min) allows 43.2 min; 22 min used is 51%.
        let m = Minutes {
            scheduled: 43_200.0,
            maintenance: 0.0,
            downtime: 22.0,
        };
        let en = Locale::english();
        let b = budget(0.999, &m, Some(true), &en);
        assert!((b.allowed_minutes - 43.2).abs() < 1e-9);
        assert_eq!(b.allowed_text, "43.2 mins");
        assert_eq!(b.used_fraction_text.as_deref(), Some("51%"));
        // Maintenance is outside the measured minutes: 180 min of it leaves 43,020,
        // which allows 43.02 min (shown 43.0); 43.1 min of downtime misses the goal and
        // shows as 101%, not 100%.
        let m = Minutes {
            scheduled: 43_200.0,
            maintenance: 180.0,
            downtime: 43.1,
        };
        let b = budget(0.999, &m, Some(false), &en);
        assert!((b.allowed_minutes - 43.02).abs() < 1e-9);
        assert_eq!(b.used_fraction_text.as_deref(), Some("101%"));
    }
}
