//! The executive summary: counts by status, the biggest changes, the credits and the
//! months that cost them, written as the locale's sentences from the other sections.

use crate::error::Error;
use crate::evaluate::Frame;
use crate::review::*;
use crate::text::Locale;
use crate::text::format as fmt;

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

/// The biggest movements against the previous period, largest first, ties by KPI order.
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
                arrow: k.change_arrow.unwrap_or(Arrow::Flat),
                from_text: k.previous_text.clone().unwrap_or_default(),
                to_text: k.value_text.clone(),
                change_text: k.change_text.clone().unwrap_or_default(),
            }
        })
        .collect()
}

/// The summary of the evaluated sections.
pub fn build(
    f: &Frame,
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
    let longer = f.months.len() > 1;

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
    ctx.insert("longer", &longer);
    let names: Vec<String> = missed
        .iter()
        .map(|s| format!("{} ({})", s.name, s.attainment_text))
        .collect();
    ctx.insert("missed_names", &names.join(", "));
    sentences.push(loc.sentence("slas", &ctx)?);

    // An SLA met over a quarter or year can still have missed months: say which.
    for s in slas.iter().filter(|s| s.met == Some(true)) {
        let months: Vec<String> = s
            .by_month
            .iter()
            .filter(|m| m.met == Some(false))
            .map(|m| {
                format!(
                    "{} ({})",
                    m.month,
                    m.attainment_text.as_deref().unwrap_or("")
                )
            })
            .collect();
        if months.is_empty() {
            continue;
        }
        let mut ctx = tera::Context::new();
        ctx.insert("name", &s.name);
        ctx.insert("count", &months.len());
        ctx.insert("months", &months.join(", "));
        sentences.push(loc.sentence("missed_months", &ctx)?);
    }

    if let Some(t) = &credits_total_text
        && credits_total.is_some_and(|t| t > 0.0)
    {
        let detail: Vec<String> = slas
            .iter()
            .filter_map(|s| Some((s, s.credit.as_ref()?)))
            .flat_map(|(s, c)| {
                c.months.iter().map(move |m| {
                    let mut ctx = tera::Context::new();
                    ctx.insert("name", &s.name);
                    ctx.insert("month", &m.month);
                    ctx.insert("attainment", &m.attainment_text);
                    ctx.insert("longer", &longer);
                    loc.sentence("credit_item", &ctx).unwrap_or_default()
                })
            })
            .collect();
        let mut ctx = tera::Context::new();
        ctx.insert("amount", t);
        ctx.insert("detail", &detail.join("; "));
        sentences.push(loc.sentence("credits", &ctx)?);
    }
    // The KPIs that need attention, named with their figures, so that a summary of
    // improvements does not read as all good news.
    let attention = |status: Status| -> Vec<String> {
        kpis.iter()
            .filter(|k| k.status == status)
            .map(|k| {
                let mut ctx = tera::Context::new();
                ctx.insert("name", &k.name);
                ctx.insert("value", &k.value_text);
                ctx.insert("target", &k.target_text);
                loc.sentence("against_target", &ctx).unwrap_or_default()
            })
            .collect()
    };
    let (red, amber) = (attention(Status::Red), attention(Status::Amber));
    if !red.is_empty() || !amber.is_empty() {
        let mut ctx = tera::Context::new();
        ctx.insert("red", &red.join(", "));
        ctx.insert("amber", &amber.join(", "));
        sentences.push(loc.sentence("attention", &ctx)?);
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
