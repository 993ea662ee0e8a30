//! Presenting a review: its charts, the data handed to typst, the PDF, and writing the
//! outputs so that a failed run leaves nothing behind.

pub mod charts;
pub mod email;
pub mod portfolio;
pub mod render;
mod world;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use self::charts::{BarChart, LineChart};
use self::render::Templates;
use crate::error::Error;
use crate::model::Unit;
use crate::model::parse_colour;
use crate::review::Review;
use crate::text::Locale;
use crate::text::format as fmt;

/// The default templates, embedded in the binary.
pub static DEFAULT_TEMPLATES: &[(&str, &[u8])] = &[
    (
        "monthly.typ",
        include_bytes!("../../report-templates/monthly.typ"),
    ),
    ("qbr.typ", include_bytes!("../../report-templates/qbr.typ")),
    (
        "annual.typ",
        include_bytes!("../../report-templates/annual.typ"),
    ),
    (
        "deck.typ",
        include_bytes!("../../report-templates/deck.typ"),
    ),
    (
        "report.typ",
        include_bytes!("../../report-templates/report.typ"),
    ),
    (
        "components.typ",
        include_bytes!("../../report-templates/components.typ"),
    ),
    (
        "portfolio.typ",
        include_bytes!("../../report-templates/portfolio.typ"),
    ),
    (
        "portfolio-deck.typ",
        include_bytes!("../../report-templates/portfolio-deck.typ"),
    ),
];

/// What typst receives as `/data.json` for the portfolio review.
#[derive(Serialize)]
struct PortfolioData<'a> {
    portfolio: &'a crate::present::portfolio::View,
    provider: &'a crate::review::ProviderInfo,
    labels: &'a BTreeMap<String, String>,
    issued: String,
    lang: &'a str,
    region: Option<&'a str>,
    upper: BTreeMap<String, String>,
    page_of: String,
}

/// Each label in upper case by the language's rules, by the label's text.
fn upper_labels(loc: &Locale) -> BTreeMap<String, String> {
    loc.labels
        .values()
        .map(|v| (v.clone(), loc.upper(v)))
        .collect()
}

/// The page footer with `{page}` and `{pages}` where the numbers go.
fn page_of(loc: &Locale) -> String {
    loc.say(
        "page-of",
        &[("page", "{page}".into()), ("pages", "{pages}".into())],
    )
}

/// The portfolio review's PDF, A4 or a 16:9 deck (and page images with `png_scale`).
#[allow(clippy::too_many_arguments)]
pub fn portfolio_document(
    view: &crate::present::portfolio::View,
    deck: bool,
    provider: &crate::review::ProviderInfo,
    loc: &Locale,
    logo: Option<Vec<u8>>,
    templates: Option<&Path>,
    date: chrono::NaiveDate,
    png_scale: Option<f32>,
) -> Result<render::Rendered, Error> {
    let data = PortfolioData {
        portfolio: view,
        provider,
        labels: &loc.labels,
        issued: loc.date(date),
        lang: &loc.lang,
        region: loc.region.as_deref(),
        upper: upper_labels(loc),
        page_of: page_of(loc),
    };
    let mut files = BTreeMap::new();
    files.insert(
        "/data.json".to_string(),
        serde_json::to_vec(&data).expect("serialises"),
    );
    if let (Some(bytes), Some(path)) = (logo, &provider.logo) {
        files.insert(path.clone(), bytes);
    }
    let mut t = Templates::embedded(DEFAULT_TEMPLATES);
    if let Some(dir) = templates {
        t = t.with_dir(dir.to_path_buf());
    }
    let main = if deck {
        "portfolio-deck.typ"
    } else {
        "portfolio.typ"
    };
    render::render_as(&t, main, files, date, &[], false, png_scale)
        .map_err(|e| Error::Template(e.to_string()))
}

/// What typst receives as `/data.json`: the review, the labels, and where the charts are.
#[derive(Serialize)]
struct TypstData<'a> {
    review: &'a Review,
    labels: &'a BTreeMap<String, String>,
    charts: ChartFiles,
    /// The issue date, shown (the document date).
    issued: String,
    /// typst's `lang` (`de`) and `region` (`AT`): hyphenation, quotes, line breaking.
    lang: &'a str,
    region: Option<&'a str>,
    /// Each label in upper case by the language's rules (typst's `upper` is not
    /// language-aware: Turkish `i` is `İ`), by the label's text.
    upper: BTreeMap<String, String>,
    /// The page footer with `{page}` and `{pages}` where the numbers go.
    page_of: String,
    /// How many breaches are not listed (beyond `max_breaches`), in words.
    more_breaches: Option<String>,
    /// Breaches listed in the PDF; the rest are counted (all are in the JSON).
    max_breaches: usize,
}

/// Breaches listed in the PDF; the rest are counted (all are in the JSON).
const MAX_BREACHES: usize = 60;

/// Virtual paths of the chart files, aligned with `review.kpis` and `review.slas`.
#[derive(Serialize, Default)]
struct ChartFiles {
    kpis: Vec<String>,
    slas: Vec<String>,
    /// Tickets opened per month, when the client has ticket exports.
    volume: Option<String>,
    /// Backlog at each month end.
    backlog: Option<String>,
    /// The budget forecast by quarter, when the review has a plan.
    budget: Option<String>,
}

/// Chart canvas in SVG pixels. On A4 a chart is drawn about 240 pt wide; on a slide
/// about 430 pt, where its 13 px text must come out at 12 pt or more, so the deck's
/// canvas is no wider than the space it fills.
const CHART_W: u32 = 420;
const CHART_H: u32 = 220;
const DECK_CHART_W: u32 = 420;
const DECK_CHART_H: u32 = 235;

fn rgb(hex: &str) -> (u8, u8, u8) {
    parse_colour(hex).unwrap_or((0x2A, 0x7A, 0xB0))
}

/// What every chart of a review shares: its size, colours and months.
struct Frame<'a> {
    width: u32,
    height: u32,
    accent: (u8, u8, u8),
    miss: (u8, u8, u8),
    labels: &'a [String],
    highlight: Option<&'a [bool]>,
    loc: &'a Locale,
}

impl Frame<'_> {
    /// The chart's months with their values.
    fn points(&self, values: impl Iterator<Item = Option<f64>>) -> Vec<(String, Option<f64>)> {
        self.labels.iter().cloned().zip(values).collect()
    }
}

/// The charts of a review as SVG files by virtual path, and their paths for the template.
/// Every chart is month by month over `period.chart_months` (the twelve months ending
/// with the period), with the monthly target, and the period's months shaded.
fn charts(review: &Review, loc: &Locale, deck: bool) -> (BTreeMap<String, Vec<u8>>, ChartFiles) {
    let (width, height) = if deck {
        (DECK_CHART_W, DECK_CHART_H)
    } else {
        (CHART_W, CHART_H)
    };
    let f = Frame {
        width,
        height,
        accent: rgb(&review.provider.accent),
        miss: (0xC6, 0x28, 0x28),
        labels: &review.period.chart_months,
        highlight: Some(&review.period.chart_in_period[..]),
        loc,
    };
    let mut files = BTreeMap::new();
    let mut paths = ChartFiles::default();
    let currency = review.client.currency.as_deref();
    for (i, k) in review.kpis.iter().enumerate() {
        let path = format!("/charts/kpi-{i}.svg");
        files.insert(path.clone(), kpi_chart(&f, k, currency).into_bytes());
        paths.kpis.push(path);
    }
    for (i, s) in review.slas.iter().enumerate() {
        let path = format!("/charts/sla-{i}.svg");
        files.insert(path.clone(), sla_chart(&f, s).into_bytes());
        paths.slas.push(path);
    }
    if let Some(t) = &review.tickets {
        let volume = volume_chart(&f, &t.history_opened);
        files.insert("/charts/volume.svg".into(), volume.into_bytes());
        paths.volume = Some("/charts/volume.svg".into());
        let backlog = backlog_chart(&f, &t.history_backlog, rgb(&review.provider.primary));
        files.insert("/charts/backlog.svg".into(), backlog.into_bytes());
        paths.backlog = Some("/charts/backlog.svg".into());
    }
    if let Some(plan) = &review.plan {
        let budget = budget_chart(&f, plan, currency);
        files.insert("/charts/budget.svg".into(), budget.into_bytes());
        paths.budget = Some("/charts/budget.svg".into());
    }
    (files, paths)
}

/// The budget forecast: each quarter's total, labelled as the table shows it.
fn budget_chart(f: &Frame, plan: &crate::review::Plan, currency: Option<&str>) -> String {
    let bars: Vec<(String, Option<f64>)> = plan
        .quarters
        .iter()
        .map(|q| (q.label.clone(), Some(q.total)))
        .collect();
    let labels: Vec<Option<String>> = plan
        .quarters
        .iter()
        .map(|q| Some(q.total_text.clone()))
        .collect();
    let money = |v: f64, _: usize| f.loc.money(v, 0, currency);
    amount_bars(f, &bars, &money, Some(&labels), None, false)
}

/// Bars of amounts from zero in the accent colour, with no goal (tickets opened, the
/// budget of each quarter).
fn amount_bars(
    f: &Frame,
    bars: &[(String, Option<f64>)],
    y_text: &dyn Fn(f64, usize) -> String,
    labels: Option<&[Option<String>]>,
    highlight: Option<&[bool]>,
    emphasise_last: bool,
) -> String {
    charts::bar_chart(&BarChart {
        bars,
        goal: None,
        goal_label: None,
        y_text,
        y_decimals: 0,
        y_min_floor: Some(0.0),
        y_max_cap: None,
        colour: f.accent,
        miss_colour: f.accent,
        width: f.width,
        height: f.height,
        no_data_label: f.loc.label("no_data"),
        labels,
        highlight,
        emphasise_last,
    })
}

/// A KPI month by month against its monthly target; months off target in red.
fn kpi_chart(f: &Frame, k: &crate::review::KpiResult, currency: Option<&str>) -> String {
    let loc = f.loc;
    let points = f.points(k.monthly.iter().copied());
    let (floor, cap) = match k.unit {
        Unit::Percent => (Some(0.0), Some(100.0)),
        Unit::Hours | Unit::Minutes | Unit::Days | Unit::Count | Unit::Currency => {
            (Some(0.0), None)
        }
        Unit::Score | Unit::Number => (None, None),
    };
    let y_text = |v: f64, d: usize| loc.with_unit(v, d, k.unit, currency);
    charts::line_chart(&LineChart {
        points: &points,
        target: Some(k.monthly_target),
        target_label: Some(loc.say(
            "chart-target",
            &[("value", (&k.monthly_target_text).into())],
        )),
        y_text: &y_text,
        y_decimals: match k.unit {
            Unit::Hours | Unit::Days | Unit::Score => 1,
            // Small ratios (tickets per device: 0.29) need their decimals.
            Unit::Number => k.decimals,
            _ => 0,
        },
        y_min_floor: floor,
        y_max_cap: cap,
        colour: f.accent,
        width: f.width,
        height: f.height,
        no_data_label: loc.label("no_data"),
        last_label: k.monthly_text.iter().rev().flatten().next().cloned(),
        // Months off the monthly target in red, as on the SLA charts.
        miss_below: Some(k.monthly_target),
        lower_is_better: k.better == crate::model::Better::Lower,
        warn_at: k.monthly_warning,
        miss_colour: f.miss,
        highlight: f.highlight,
    })
}

/// An SLA's attainment month by month: a zoomed axis around the goal and the results,
/// points rather than bars (a bar on a cut-off axis misstates its length), missed
/// months in red.
fn sla_chart(f: &Frame, s: &crate::review::SlaResult) -> String {
    let loc = f.loc;
    let points = f.points(s.monthly.iter().map(|m| m.attainment.map(|a| a * 100.0)));
    let percent = |v: f64, d: usize| loc.percent(v, d);
    charts::line_chart(&LineChart {
        points: &points,
        target: Some(s.goal * 100.0),
        target_label: Some(loc.say("chart-goal", &[("value", (&s.goal_text).into())])),
        y_text: &percent,
        y_decimals: fmt::sla_decimals(s.goal).min(2),
        y_min_floor: None,
        y_max_cap: Some(100.0),
        colour: f.accent,
        width: f.width,
        height: f.height,
        no_data_label: loc.label("no_data"),
        last_label: s
            .monthly
            .iter()
            .rev()
            .find_map(|m| m.attainment_text.clone()),
        miss_below: Some(s.goal * 100.0),
        lower_is_better: false,
        warn_at: None,
        miss_colour: f.miss,
        highlight: f.highlight,
    })
}

/// Tickets opened each month, as bars.
fn volume_chart(f: &Frame, opened: &[Option<usize>]) -> String {
    let bars = f.points(opened.iter().map(|x| x.map(|n| n as f64)));
    let count = |v: f64, d: usize| f.loc.number(v, d);
    amount_bars(f, &bars, &count, None, f.highlight, true)
}

/// Tickets open at each month's end, as a line in the provider's primary colour.
fn backlog_chart(f: &Frame, backlog: &[Option<usize>], colour: (u8, u8, u8)) -> String {
    let points = f.points(backlog.iter().map(|x| x.map(|n| n as f64)));
    let count = |v: f64, d: usize| f.loc.number(v, d);
    charts::line_chart(&LineChart {
        points: &points,
        target: None,
        target_label: None,
        y_text: &count,
        y_decimals: 0,
        y_min_floor: Some(0.0),
        y_max_cap: None,
        colour,
        width: f.width,
        height: f.height,
        no_data_label: f.loc.label("no_data"),
        last_label: None,
        miss_below: None,
        lower_is_better: false,
        warn_at: None,
        miss_colour: f.miss,
        highlight: f.highlight,
    })
}

/// Renders a review's PDF in memory with the template of its kind (`monthly.typ`,
/// `qbr.typ`, `annual.typ`; the annual review and its deck are PDF/A-2b for archiving), or with `deck`
/// a QBR or annual review as a 16:9 slide deck (`deck.typ`). `date` is the document date
/// (typst's `today` and the PDF timestamp).
pub fn review_pdf(
    review: &Review,
    loc: &Locale,
    logo: Option<Vec<u8>>,
    templates: Option<&Path>,
    date: chrono::NaiveDate,
    deck: bool,
) -> Result<Vec<u8>, Error> {
    review_document(review, loc, logo, templates, date, deck, None).map(|r| r.pdf)
}

/// As [`review_pdf`], with the pages as PNG at `png_scale` pixels per point.
pub fn review_document(
    review: &Review,
    loc: &Locale,
    logo: Option<Vec<u8>>,
    templates: Option<&Path>,
    date: chrono::NaiveDate,
    deck: bool,
    png_scale: Option<f32>,
) -> Result<render::Rendered, Error> {
    let (mut files, chart_paths) = charts(review, loc, deck);
    let data = TypstData {
        review,
        labels: &loc.labels,
        charts: chart_paths,
        issued: review.period.issued_text.clone(),
        lang: &loc.lang,
        region: loc.region.as_deref(),
        upper: upper_labels(loc),
        more_breaches: review
            .tickets
            .as_ref()
            .map(|t| t.breaches.len().saturating_sub(MAX_BREACHES))
            .filter(|&n| n > 0)
            .map(|n| loc.say("more-breaches", &[("count", n.into())])),
        page_of: page_of(loc),
        max_breaches: MAX_BREACHES,
    };
    files.insert(
        "/data.json".into(),
        serde_json::to_vec(&data).expect("serialises"),
    );
    if let (Some(bytes), Some(path)) = (logo, &review.provider.logo) {
        files.insert(path.clone(), bytes);
    }
    let mut t = Templates::embedded(DEFAULT_TEMPLATES);
    if let Some(dir) = templates {
        t = t.with_dir(dir.to_path_buf());
    }
    // The renewal pack is a record, its deck too: both PDF/A-2b.
    let (main, archival) = match review.kind {
        crate::review::Kind::Annual if deck => ("deck.typ", true),
        _ if deck => ("deck.typ", false),
        crate::review::Kind::Monthly => ("monthly.typ", false),
        crate::review::Kind::Qbr => ("qbr.typ", false),
        crate::review::Kind::Annual => ("annual.typ", true),
    };
    render::render_as(&t, main, files, date, &[], archival, png_scale)
        .map_err(|e| Error::Template(e.to_string()))
}
