//! Charts for the review documents: month-by-month line and bar charts, rendered with
//! plotters to SVG text that the typst templates embed.
//!
//! This module owns:
//! - the chart look shared by every review (light horizontal grid, no frame, dashed
//!   target/goal line labelled at its right end, point markers, the latest value
//!   emphasised and printed, bars below the goal in a second colour);
//! - the layout: margins are measured from the actual label text, x labels are all shown
//!   when they fit, split over two lines ("Nov" over "25", the second part printed only
//!   when it changes) when that makes them fit, and thinned out otherwise, always keeping
//!   the latest month;
//! - the y range and ticks ([`nice_range`]): padded, on round steps, including the
//!   target, within the caller's floor and cap, and starting at the floor when the data
//!   come close to it;
//! - missing values: `None` (and non-finite numbers) leave a gap, never a zero; a series
//!   with no value at all draws only the caller's "no data" text.
//!
//! It formats and localises nothing: callers pass labels ready to print and the
//! function that writes a y value in the report's locale.
//!
//! Text is real SVG `<text>` in the "Inter" family, which typst draws with its own copy
//! of Inter. The same font files are registered with plotters (once per process) only to
//! measure labels. Output is deterministic: integer coordinates, no clock, no randomness.

use std::sync::Once;

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{
    Color, FontDesc, FontFamily, FontStyle, RGBColor, ShapeStyle, TextStyle, register_font,
};

/// The family name written into the SVG and used to measure text.
const FAMILY: &str = "Inter";
use crate::fonts::{INTER_REGULAR, INTER_SEMIBOLD};
static REGISTER_FONTS: Once = Once::new();

/// plotters writes `font-size = size / 1.24` into the SVG; sizes here are in SVG pixels.
const PLOTTERS_FONT_SCALE: f64 = 1.24;
const TICK_PX: f64 = 13.0;
const VALUE_PX: f64 = 13.0;
const BAR_VALUE_PX: f64 = 12.0;
const REF_PX: f64 = 13.0;
const NO_DATA_PX: f64 = 14.0;
/// Height of one line of 13 px text, for stacking x labels.
const LINE_H: i32 = 16;

const TEXT: RGBColor = RGBColor(96, 103, 112);
const TEXT_DARK: RGBColor = RGBColor(55, 65, 81);
const GRID: RGBColor = RGBColor(229, 231, 235);
const BASELINE: RGBColor = RGBColor(178, 184, 192);
const REFERENCE: RGBColor = RGBColor(75, 85, 99);
const WHITE: RGBColor = RGBColor(255, 255, 255);
const HIGHLIGHT: RGBColor = RGBColor(241, 244, 248);
/// The report's amber (near target).
const AMBER: RGBColor = RGBColor(224, 161, 0);

/// The canvas is never smaller than this, whatever the caller asks for.
const MIN_WIDTH: u32 = 200;
const MIN_HEIGHT: u32 = 120;

/// A line chart: one series over months, oldest first.
pub struct LineChart<'a> {
    /// x labels (already formatted, e.g. "Nov 25") and values, oldest first.
    pub points: &'a [(String, Option<f64>)],
    pub target: Option<f64>,
    /// e.g. "Target 75%"; already localised. Without it the target line is unlabelled.
    pub target_label: Option<String>,
    /// A y value as the report writes it, with its unit, at the given decimals
    /// (`94.9%`, `%94,9`, `3.2 hrs`): y ticks and the printed latest value.
    pub y_text: &'a dyn Fn(f64, usize) -> String,
    /// Decimals of the printed latest value; y ticks use at most this many.
    pub y_decimals: usize,
    /// The y axis never goes below this (unless a value does), e.g. `Some(0.0)`.
    pub y_min_floor: Option<f64>,
    /// The y axis never goes above this (unless a value does), e.g. `Some(100.0)`.
    pub y_max_cap: Option<f64>,
    /// Series colour.
    pub colour: (u8, u8, u8),
    pub width: u32,
    pub height: u32,
    /// Drawn centred when every value is `None`.
    pub no_data_label: &'a str,
    /// The latest value's label as the report shows it (so the chart never rounds
    /// differently from the table); `None`: formatted from the value.
    pub last_label: Option<String>,
    /// Markers on the wrong side of this value are drawn in `miss_colour` (an SLA's
    /// missed months, a KPI's months off target); `None`: all in the series colour.
    pub miss_below: Option<f64>,
    /// With `miss_below`: values above it are the misses (lower is better).
    pub lower_is_better: bool,
    /// A warning threshold: misses still within it are drawn in amber, as the
    /// report's "near target" status is.
    pub warn_at: Option<f64>,
    /// Colour of missed markers.
    pub miss_colour: (u8, u8, u8),
    /// Slots shaded as the period reviewed (aligned with `points`); `None`: none.
    pub highlight: Option<&'a [bool]>,
}

/// A bar chart of e.g. monthly ticket counts or SLA attainment per month; bars start at
/// the floor (0 when there is none).
pub struct BarChart<'a> {
    /// x labels (already formatted) and values, oldest first.
    pub bars: &'a [(String, Option<f64>)],
    pub goal: Option<f64>,
    /// e.g. "Target 95%"; already localised. Without it the goal line is unlabelled.
    pub goal_label: Option<String>,
    pub y_text: &'a dyn Fn(f64, usize) -> String,
    pub y_decimals: usize,
    pub y_min_floor: Option<f64>,
    pub y_max_cap: Option<f64>,
    /// Colour of bars meeting the goal (all bars when there is no goal).
    pub colour: (u8, u8, u8),
    /// Colour of bars below the goal.
    pub miss_colour: (u8, u8, u8),
    pub width: u32,
    pub height: u32,
    /// Drawn centred when every value is `None`.
    pub no_data_label: &'a str,
    /// Bar labels as the report shows them, aligned with `bars`; `None`: formatted.
    pub labels: Option<&'a [Option<String>]>,
    /// Slots shaded as the period reviewed (aligned with `bars`); `None`: none.
    pub highlight: Option<&'a [bool]>,
    /// Whether the last bar is the period reviewed, drawn full and labelled bold (a
    /// history); not for a forecast, whose quarters are all ahead.
    pub emphasise_last: bool,
}

/// Shades the slots of the period reviewed behind the data.
fn draw_highlight(root: &Area, plot: &Plot, highlight: Option<&[bool]>) -> DrawResult {
    let Some(h) = highlight else { return Ok(()) };
    if h.iter().all(|x| *x) {
        return Ok(());
    }
    let slot = plot.slot();
    for (i, on) in h.iter().enumerate() {
        if *on {
            let a = (f64::from(plot.x0) + slot * i as f64).round() as i32;
            let b = (f64::from(plot.x0) + slot * (i + 1) as f64).round() as i32;
            root.draw(&Rectangle::new(
                [(a, plot.y0), (b, plot.y1)],
                HIGHLIGHT.filled(),
            ))?;
        }
    }
    Ok(())
}

/// The SVG document of a line chart.
pub fn line_chart(c: &LineChart) -> String {
    let values: Vec<Option<f64>> = c.points.iter().map(|(_, v)| finite(*v)).collect();
    let labels: Vec<&str> = c.points.iter().map(|(l, _)| l.as_str()).collect();
    let colour = rgb(c.colour);
    render(c.width, c.height, |root| {
        if values.iter().all(Option::is_none) {
            return draw_no_data(root, c.no_data_label);
        }
        let target = finite(c.target);
        let axis = axis(
            values.iter().flatten().copied(),
            target,
            c.y_min_floor,
            c.y_max_cap,
            min_step(c.y_decimals),
        );
        let reference = target.map(|t| (t, c.target_label.as_deref()));
        let plot = draw_frame(
            root,
            &Frame {
                labels: &labels,
                axis,
                y_text: c.y_text,
                y_decimals: c.y_decimals,
                reference,
                // Room above the top gridline for the latest value's label.
                top: 30,
            },
        )?;
        draw_highlight(root, &plot, c.highlight)?;

        let runs = runs(&values);
        // The area under the line only where the axis starts at zero: shading down to a
        // cut-off axis would exaggerate the differences.
        if axis.lo.abs() < 1e-9 {
            draw_areas(root, &plot, &runs, colour)?;
        }
        if let Some((t, label)) = reference {
            draw_reference(root, &plot, t, label)?;
        }
        for run in runs.iter().filter(|r| r.len() >= 2) {
            let line: Vec<(i32, i32)> = run.iter().map(|&(i, v)| (plot.x(i), plot.y(v))).collect();
            root.draw(&PathElement::new(line, colour.stroke_width(2)))?;
        }

        let last = values.iter().rposition(Option::is_some);
        draw_points(root, &plot, c, &values, last)?;
        if let Some((t, label)) = reference {
            draw_reference_label_inside(root, &plot, t, label)?;
        }

        if let Some(i) = last {
            draw_last_label(root, &plot, c, &values, i, reference)?;
        }
        Ok(())
    })
}

/// The shaded area under each run of the line.
fn draw_areas(
    root: &Area,
    plot: &Plot,
    runs: &[Vec<(usize, f64)>],
    colour: RGBColor,
) -> DrawResult {
    for run in runs.iter().filter(|r| r.len() >= 2) {
        let mut area: Vec<(i32, i32)> = Vec::with_capacity(run.len() + 2);
        area.push((plot.x(run[0].0), plot.y1));
        area.extend(run.iter().map(|&(i, v)| (plot.x(i), plot.y(v))));
        area.push((plot.x(run[run.len() - 1].0), plot.y1));
        root.draw(&Polygon::new(area, colour.mix(0.07).filled()))?;
    }
    Ok(())
}

/// A marker at each month: missed months in red (amber within the warning threshold),
/// the latest one larger.
fn draw_points(
    root: &Area,
    plot: &Plot,
    c: &LineChart,
    values: &[Option<f64>],
    last: Option<usize>,
) -> DrawResult {
    let (colour, miss) = (rgb(c.colour), rgb(c.miss_colour));
    for (i, v) in values.iter().enumerate() {
        let Some(v) = *v else { continue };
        let p = (plot.x(i), plot.y(v));
        let missed = c.miss_below.is_some_and(|g| {
            if c.lower_is_better {
                v > g + 1e-9
            } else {
                v < g - 1e-9
            }
        });
        let within_warning = c.warn_at.is_some_and(|w| {
            if c.lower_is_better {
                v <= w + 1e-9
            } else {
                v >= w - 1e-9
            }
        });
        let dot = match (missed, within_warning) {
            (true, true) => AMBER,
            (true, false) => miss,
            _ => colour,
        };
        if Some(i) == last {
            root.draw(&Circle::new(p, 9, dot.mix(0.18).filled()))?;
            root.draw(&Circle::new(p, 6, WHITE.filled()))?;
            root.draw(&Circle::new(p, 5, dot.filled()))?;
        } else if dot != colour {
            root.draw(&Circle::new(p, 6, WHITE.filled()))?;
            root.draw(&Circle::new(p, 4, dot.filled()))?;
        } else {
            root.draw(&Circle::new(p, 5, WHITE.filled()))?;
            root.draw(&Circle::new(p, 3, colour.filled()))?;
        }
    }
    Ok(())
}

/// The latest value, printed next to its marker: above it unless the line arrives from
/// above, then below; moved just past the target line rather than onto it, or to the
/// other side; on a white backdrop only if nothing else works.
fn draw_last_label(
    root: &Area,
    plot: &Plot,
    c: &LineChart,
    values: &[Option<f64>],
    i: usize,
    reference: Option<(f64, Option<&str>)>,
) -> DrawResult {
    let colour = rgb(c.colour);
    let v = values[i].unwrap_or_default();
    let text = c
        .last_label
        .clone()
        .unwrap_or_else(|| (c.y_text)(v, c.y_decimals));
    let style = text_style(VALUE_PX, true, &colour, HPos::Center, VPos::Top);
    let (w, h) = measure(root, &text, &style);
    let (x, y) = (plot.x(i), plot.y(v));
    let previous = i.checked_sub(1).and_then(|p| values[p]);
    let target_y = reference.map(|(t, _)| plot.y(t));
    let fits = |ty: i32| ty >= 1 && ty + h <= plot.y1;
    let crosses = |ty: i32| target_y.is_some_and(|t| (ty - 3..=ty + h + 3).contains(&t));
    let near = |above: bool| if above { y - 12 - h } else { y + 12 };
    let past_target = |above: bool| {
        let t = target_y?;
        let ty = if above { t - 4 - h } else { t + 4 };
        let extra = if above {
            near(true) - ty
        } else {
            ty - near(false)
        };
        (extra <= 16).then_some(ty)
    };
    let preferred = previous.is_none_or(|p| p <= v);
    let placed = [preferred, !preferred].into_iter().find_map(|above| {
        let ty = near(above);
        if fits(ty) && !crosses(ty) {
            Some(ty)
        } else {
            past_target(above).filter(|ty| fits(*ty) && !crosses(*ty))
        }
    });
    let ty = placed.unwrap_or_else(|| {
        let ty = near(preferred);
        if fits(ty) {
            ty
        } else {
            near(!preferred).clamp(1, (plot.y1 - h).max(1))
        }
    });
    // First choice: right of the point, level with it, in the margin the
    // target label leaves: there it cannot be read as another month's value.
    let side_ty = (y - h / 2).clamp(1, (plot.y1 - h).max(1));
    let side_clear = target_y.is_none_or(|t| !(side_ty - 4..=side_ty + h + 4).contains(&t));
    if x + 10 + w <= root_width(root) - 2 && side_clear {
        root.draw_text(&text, &style, (x + 10 + w / 2, side_ty))?;
        return Ok(());
    }
    // Else above or below it, centred; pulled back over the plot area only
    // where it would run into a target label right of the plot.
    let centred = clamp_centre(x, w, root_width(root));
    let clashes =
        plot.ref_label_outside && target_y.is_some_and(|t| (ty - 10..=ty + h + 10).contains(&t));
    let tx = if clashes {
        centred.min(plot.x1 + 2 - w / 2)
    } else {
        centred
    };
    if crosses(ty) {
        draw_halo(root, tx - w / 2, ty, w, h)?;
    }
    root.draw_text(&text, &style, (tx, ty))?;
    Ok(())
}

/// The SVG document of a bar chart.
pub fn bar_chart(c: &BarChart) -> String {
    let values: Vec<Option<f64>> = c.bars.iter().map(|(_, v)| finite(*v)).collect();
    let labels: Vec<&str> = c.bars.iter().map(|(l, _)| l.as_str()).collect();
    let colour = rgb(c.colour);
    let miss_colour = rgb(c.miss_colour);
    render(c.width, c.height, |root| {
        if values.iter().all(Option::is_none) {
            return draw_no_data(root, c.no_data_label);
        }
        let goal = finite(c.goal);
        let base = c.y_min_floor.filter(|f| f.is_finite()).unwrap_or(0.0);
        let axis = axis(
            values
                .iter()
                .flatten()
                .copied()
                .chain(std::iter::once(base)),
            goal,
            c.y_min_floor,
            c.y_max_cap,
            min_step(c.y_decimals),
        );
        let base = base.clamp(axis.lo, axis.hi);
        let reference = goal.map(|g| (g, c.goal_label.as_deref()));
        let plot = draw_frame(
            root,
            &Frame {
                labels: &labels,
                axis,
                y_text: c.y_text,
                y_decimals: c.y_decimals,
                reference,
                top: 22,
            },
        )?;
        draw_highlight(root, &plot, c.highlight)?;

        let slot = plot.slot();
        let bar_w = ((slot * 0.6).round() as i32).clamp(2, 56);
        let last = values
            .iter()
            .rposition(Option::is_some)
            .filter(|_| c.emphasise_last);
        let texts = bar_texts(c, &values);
        let show_values = fits_bars(root, &texts, slot);

        let y_base = plot.y(base);
        let mut value_labels = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let Some(v) = *v else { continue };
            let missed = goal.is_some_and(|g| v < g - 1e-9);
            let fill = if missed { miss_colour } else { colour };
            let alpha = if Some(i) == last { 1.0 } else { 0.8 };
            let x = plot.x(i);
            let y_val = plot.y(v);
            let (top, bottom) = if y_val == y_base {
                (y_base - 2, y_base) // a zero still shows, unlike a missing month
            } else {
                (y_val.min(y_base), y_val.max(y_base))
            };
            root.draw(&Rectangle::new(
                [(x - bar_w / 2, top), (x - bar_w / 2 + bar_w, bottom)],
                fill.mix(alpha).filled(),
            ))?;
            if show_values && let Some(text) = &texts[i] {
                let bold = Some(i) == last;
                let fg = if bold { TEXT_DARK } else { TEXT };
                let style = text_style(BAR_VALUE_PX, bold, &fg, HPos::Center, VPos::Top);
                let (w, h) = measure(root, text, &style);
                let ty = if v >= base { top - 4 - h } else { bottom + 4 };
                value_labels.push((text.as_str(), style, (x, ty.max(1)), w, h));
            }
        }
        if let Some((g, label)) = reference {
            draw_reference(root, &plot, g, label)?;
        }
        // Values go over the goal line, on a white backdrop where they cross it.
        let goal_y = reference.map(|(g, _)| plot.y(g));
        draw_value_labels(root, &value_labels, goal_y)?;
        if let Some((g, label)) = reference {
            draw_reference_label_inside(root, &plot, g, label)?;
        }
        Ok(())
    })
}

/// Each bar's value as printed: the chart's own labels, or the value formatted.
fn bar_texts(c: &BarChart, values: &[Option<f64>]) -> Vec<Option<String>> {
    match c.labels {
        Some(l) => values
            .iter()
            .zip(l)
            .map(|(v, t)| v.and(t.clone()))
            .collect(),
        None => values
            .iter()
            .map(|v| v.map(|v| (c.y_text)(v, c.y_decimals)))
            .collect(),
    }
}

/// Whether every value fits over its bar (slots `slot` pixels wide).
fn fits_bars(root: &Area, texts: &[Option<String>], slot: f64) -> bool {
    let style = text_style(BAR_VALUE_PX, true, &TEXT_DARK, HPos::Center, VPos::Top);
    let widest = (texts.iter().flatten())
        .map(|t| measure(root, t, &style).0)
        .max()
        .unwrap_or(0);
    f64::from(widest + 4) <= slot
}

/// A bar's value ready to draw: text, style, position, width and height.
type ValueLabel<'a> = (&'a str, TextStyle<'a>, (i32, i32), i32, i32);

/// The bars' values, each on a white backdrop where it crosses the goal line at `goal_y`.
fn draw_value_labels(root: &Area, labels: &[ValueLabel], goal_y: Option<i32>) -> DrawResult {
    for (text, style, (x, y), w, h) in labels {
        if goal_y.is_some_and(|gy| (y - 2..=y + h + 2).contains(&gy)) {
            draw_halo(root, x - w / 2, *y, *w, *h)?;
        }
        root.draw_text(text, style, (*x, *y))?;
    }
    Ok(())
}

/// A y range for `values` (non-finite ones ignored) that is padded, on round steps,
/// includes `target`, and stays within `floor` and `cap` unless a value lies beyond
/// them. When the padded data come close to `floor` the range starts at `floor`.
/// Never degenerate: the result always has `lo < hi`.
pub fn nice_range(
    values: impl Iterator<Item = f64>,
    target: Option<f64>,
    floor: Option<f64>,
    cap: Option<f64>,
) -> (f64, f64) {
    let a = axis(values, target, floor, cap, 0.0);
    (a.lo, a.hi)
}

/// A y axis: bounds and the tick step (ticks are the multiples of `step` within bounds).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    lo: f64,
    hi: f64,
    step: f64,
}

impl Axis {
    fn ticks(&self) -> Vec<f64> {
        let first = (self.lo / self.step - 1e-9).ceil() as i64;
        let last = (self.hi / self.step + 1e-9).floor() as i64;
        (first..=last).map(|k| k as f64 * self.step).collect()
    }
}

/// The smallest tick step that keeps ticks distinct when printed with `decimals`.
fn min_step(decimals: usize) -> f64 {
    10f64.powi(-(decimals.min(12) as i32))
}

/// The smallest of 1, 2, 5 × 10ⁿ that is at least `raw` (and at least `min`).
fn nice_step(raw: f64, min: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return min.max(1.0);
    }
    let mag = 10f64.powi(raw.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * mag);
    step.max(min)
}

fn axis(
    values: impl Iterator<Item = f64>,
    target: Option<f64>,
    floor: Option<f64>,
    cap: Option<f64>,
    min_step: f64,
) -> Axis {
    let floor = floor.filter(|f| f.is_finite());
    let cap = cap.filter(|c| c.is_finite());
    let mut min = f64::INFINITY;
    let mut max = f64::NEG_INFINITY;
    for v in values.chain(target).filter(|v| v.is_finite()) {
        min = min.min(v);
        max = max.max(v);
    }

    let (lo_raw, mut hi_raw) = if min > max {
        // Nothing to show: the full allowed range, or 0..1.
        let lo = floor.unwrap_or(0.0);
        (lo, cap.filter(|c| *c > lo).unwrap_or(lo + 1.0))
    } else {
        let span = max - min;
        let pad = if span > 1e-9 * max.abs().max(1.0) {
            span * 0.1
        } else if max.abs() > 0.0 {
            max.abs() * 0.05
        } else {
            1.0
        };
        let mut lo = min - pad;
        let mut hi = max + pad;
        if let Some(c) = cap {
            hi = hi.min(c.max(max));
        }
        if let Some(f) = floor {
            let f = f.min(min);
            lo = lo.max(f);
            // Close enough to the floor: show the floor rather than a truncated axis.
            if lo - f < (hi - lo) * 0.6 {
                lo = f;
            }
        }
        (lo, hi)
    };
    if hi_raw <= lo_raw {
        hi_raw = lo_raw + 1.0;
    }

    let step = nice_step((hi_raw - lo_raw) / 5.0, min_step);
    let mut lo = (lo_raw / step + 1e-9).floor() * step;
    let mut hi = (hi_raw / step - 1e-9).ceil() * step;
    if let Some(f) = floor {
        lo = lo.max(f.min(lo_raw));
    }
    if let Some(c) = cap {
        hi = hi.min(c.max(hi_raw));
    }
    if hi <= lo {
        hi = lo + step;
    }
    Axis { lo, hi, step }
}

// ---------------------------------------------------------------------------------------
// Drawing

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult<T = ()> = Result<T, DrawingAreaErrorKind<std::io::Error>>;

fn register_fonts() {
    REGISTER_FONTS.call_once(|| {
        let regular = register_font(FAMILY, FontStyle::Normal, INTER_REGULAR).is_ok();
        let bold = register_font(FAMILY, FontStyle::Bold, INTER_SEMIBOLD).is_ok();
        debug_assert!(regular && bold, "the embedded Inter fonts are invalid");
    });
}

fn render(width: u32, height: u32, draw: impl FnOnce(&Area) -> DrawResult) -> String {
    register_fonts();
    let size = (width.max(MIN_WIDTH), height.max(MIN_HEIGHT));
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let drawn = draw(&root);
        // The SVG backend only fails on text it cannot measure; what was drawn is kept.
        debug_assert!(drawn.is_ok(), "chart drawing failed: {drawn:?}");
        let _ = root.present();
    }
    tidy_font_sizes(&svg)
}

/// plotters divides font sizes by 1.24 when writing them, which leaves sizes such as
/// `13.000000000000002`; this rounds every `font-size` to at most two decimals.
fn tidy_font_sizes(svg: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(KEY) {
        let (head, tail) = rest.split_at(at + KEY.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        let (value, after) = tail.split_at(end);
        match value.parse::<f64>() {
            Ok(v) if v.is_finite() => {
                let v = format!("{v:.2}");
                out.push_str(v.trim_end_matches('0').trim_end_matches('.'));
            }
            _ => out.push_str(value),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn root_width(root: &Area) -> i32 {
    root.dim_in_pixel().0 as i32
}

fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

fn finite(v: Option<f64>) -> Option<f64> {
    v.filter(|v| v.is_finite())
}

fn text_style(px: f64, bold: bool, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    TextStyle {
        font: FontDesc::new(FontFamily::Name(FAMILY), px * PLOTTERS_FONT_SCALE, style),
        color: colour.to_backend_color(),
        pos: Pos::new(h, v),
    }
}

/// Width and height of `text` in pixels.
fn measure(root: &Area, text: &str, style: &TextStyle) -> (i32, i32) {
    match root.estimate_text_size(text, style) {
        Ok((w, h)) => (w as i32, h as i32),
        // Only if the font could not be registered: a generous estimate.
        Err(_) => {
            let px = style.font.get_size() / PLOTTERS_FONT_SCALE;
            ((text.chars().count() as f64 * px * 0.65) as i32, px as i32)
        }
    }
}

/// `v` with `decimals`, never "-0" (the tests' y values; reports pass their locale's).
#[cfg(test)]
fn fmt_num(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
        // A real minus sign, as in the report's figures.
        Some(rest) => format!("\u{2212}{rest}"),
        None => s,
    }
}

/// Decimals needed to print multiples of `step` exactly (at most 6).
fn step_decimals(step: f64) -> usize {
    (0..6)
        .find(|d| {
            let scaled = step * 10f64.powi(*d as i32);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.abs().max(1.0)
        })
        .unwrap_or(6)
}

/// Keeps a text of width `w` centred at `x` inside the canvas.
fn clamp_centre(x: i32, w: i32, canvas_w: i32) -> i32 {
    let half = w / 2 + 2;
    if canvas_w <= 2 * half {
        canvas_w / 2
    } else {
        x.clamp(half, canvas_w - half)
    }
}

/// A white backdrop behind a text, so it reads over lines.
fn draw_halo(root: &Area, x: i32, y: i32, w: i32, h: i32) -> DrawResult {
    root.draw(&Rectangle::new(
        [(x - 3, y - 1), (x + w + 3, y + h + 2)],
        WHITE.filled(),
    ))?;
    Ok(())
}

/// "No data": the caller's text centred over a light baseline.
fn draw_no_data(root: &Area, label: &str) -> DrawResult {
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let y = h - 30;
    root.draw(&PathElement::new(
        vec![(16, y), (w - 16, y)],
        BASELINE.stroke_width(1),
    ))?;
    let style = text_style(NO_DATA_PX, false, &TEXT, HPos::Center, VPos::Center);
    root.draw_text(label, &style, (w / 2, y / 2))?;
    Ok(())
}

/// What the frame (grid, axis labels) needs to know.
struct Frame<'a> {
    labels: &'a [&'a str],
    axis: Axis,
    y_text: &'a dyn Fn(f64, usize) -> String,
    y_decimals: usize,
    /// The target or goal and its label.
    reference: Option<(f64, Option<&'a str>)>,
    /// Space above the plot area, for printed values.
    top: i32,
}

/// The plot area in pixels and its value range; x positions are slot centres.
struct Plot {
    x0: i32,
    x1: i32,
    y0: i32,
    y1: i32,
    lo: f64,
    hi: f64,
    n: usize,
    /// Whether the reference label sits right of the plot area (else inside, above it).
    ref_label_outside: bool,
}

impl Plot {
    fn slot(&self) -> f64 {
        f64::from(self.x1 - self.x0) / self.n.max(1) as f64
    }

    fn x(&self, i: usize) -> i32 {
        (f64::from(self.x0) + self.slot() * (i as f64 + 0.5)).round() as i32
    }

    fn y(&self, v: f64) -> i32 {
        let t = (v - self.lo) / (self.hi - self.lo);
        (f64::from(self.y1) - t * f64::from(self.y1 - self.y0)).round() as i32
    }
}

/// How x labels are laid out.
enum XLabels {
    /// Whole labels on one line, every `every`-th one (counting back from the latest).
    OneLine { every: usize },
    /// Labels split at their last space: first part on top, second part below it only
    /// where it changes ("Nov" / "25", "Dec", "Jan" / "26").
    TwoLines,
}

/// Draws the grid, the y tick labels and the x labels; returns the plot area.
fn draw_frame(root: &Area, f: &Frame) -> DrawResult<Plot> {
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let n = f.labels.len().max(1);

    let tick_style = text_style(TICK_PX, false, &TEXT, HPos::Right, VPos::Center);
    let tick_decimals = step_decimals(f.axis.step).min(f.y_decimals);
    let ticks: Vec<(f64, String)> = f
        .axis
        .ticks()
        .into_iter()
        .map(|t| (t, (f.y_text)(t, tick_decimals)))
        .collect();
    let tick_w = ticks
        .iter()
        .map(|(_, s)| measure(root, s, &tick_style).0)
        .max()
        .unwrap_or(0);

    let ref_style = text_style(REF_PX, true, &REFERENCE, HPos::Left, VPos::Center);
    let ref_w = f
        .reference
        .and_then(|(_, l)| l)
        .map(|l| measure(root, l, &ref_style).0);
    // Right of the plot where it takes at most a quarter of the width: inside, the
    // label would hide the points under it.
    let ref_label_outside = ref_w.is_some_and(|rw| f64::from(rw + 12) <= f64::from(w) * 0.26);

    let x0 = (4 + tick_w + 10).min(w / 3);
    let x1 = match ref_w {
        Some(rw) if ref_label_outside => w - rw - 12,
        _ => w - 12,
    }
    .max(x0 + 10);
    let slot = f64::from(x1 - x0) / n as f64;

    let x_style = text_style(TICK_PX, false, &TEXT, HPos::Center, VPos::Top);
    let mode = x_label_mode(root, f.labels, &x_style, slot);
    let bottom = match mode {
        XLabels::OneLine { .. } => 8 + LINE_H + 6,
        XLabels::TwoLines => 8 + 2 * LINE_H + 6,
    };
    let y0 = f.top.min(h / 4);
    let y1 = (h - bottom).max(y0 + 10);

    let plot = Plot {
        x0,
        x1,
        y0,
        y1,
        lo: f.axis.lo,
        hi: f.axis.hi,
        n,
        ref_label_outside,
    };

    draw_grid(root, &plot, &ticks, &tick_style)?;
    draw_x_labels(root, &plot, f.labels, mode, &x_style)?;
    Ok(plot)
}

/// How the month labels fit under the plot: whole when they fit, else on two lines, else
/// thinned out.
fn x_label_mode(root: &Area, labels: &[&str], x_style: &TextStyle, slot: f64) -> XLabels {
    const GAP: i32 = 6;
    let widest = |parts: &mut dyn Iterator<Item = &str>| {
        parts
            .map(|s| measure(root, s, x_style).0)
            .max()
            .unwrap_or(0)
    };
    let whole_w = widest(&mut labels.iter().copied());
    let splittable = labels.iter().all(|l| l.trim().contains(' '));
    if f64::from(whole_w + GAP) <= slot {
        XLabels::OneLine { every: 1 }
    } else if splittable
        && f64::from(widest(&mut labels.iter().map(|l| split_label(l).0)) + GAP) <= slot
    {
        XLabels::TwoLines
    } else {
        XLabels::OneLine {
            every: (f64::from(whole_w + GAP) / slot).ceil().max(1.0) as usize,
        }
    }
}

/// The gridlines with their values, and the baseline.
fn draw_grid(
    root: &Area,
    plot: &Plot,
    ticks: &[(f64, String)],
    tick_style: &TextStyle,
) -> DrawResult {
    for (t, label) in ticks {
        let y = plot.y(*t);
        if y != plot.y1 {
            root.draw(&PathElement::new(
                vec![(plot.x0, y), (plot.x1, y)],
                GRID.stroke_width(1),
            ))?;
        }
        // One pixel down: `dy="0.5ex"` leaves digits slightly above centre.
        root.draw_text(label, tick_style, (plot.x0 - 10, y + 1))?;
    }
    root.draw(&PathElement::new(
        vec![(plot.x0, plot.y1), (plot.x1, plot.y1)],
        BASELINE.stroke_width(1),
    ))?;
    Ok(())
}

/// The month labels under the plot, in the chosen mode.
fn draw_x_labels(
    root: &Area,
    plot: &Plot,
    labels: &[&str],
    mode: XLabels,
    x_style: &TextStyle,
) -> DrawResult {
    let label_y = plot.y1 + 8;
    let w = root.dim_in_pixel().0 as i32;
    let count = labels.len();
    let mut previous_second: Option<&str> = None;
    for (i, label) in labels.iter().enumerate() {
        match mode {
            XLabels::OneLine { every } => {
                if !(count - 1 - i).is_multiple_of(every) {
                    continue;
                }
                let lw = measure(root, label, x_style).0;
                root.draw_text(label, x_style, (clamp_centre(plot.x(i), lw, w), label_y))?;
            }
            XLabels::TwoLines => {
                let (first, second) = split_label(label);
                let lw = measure(root, first, x_style).0;
                root.draw_text(first, x_style, (clamp_centre(plot.x(i), lw, w), label_y))?;
                if !second.is_empty() && previous_second != Some(second) {
                    let lw = measure(root, second, x_style).0;
                    let pos = (clamp_centre(plot.x(i), lw, w), label_y + LINE_H);
                    root.draw_text(second, x_style, pos)?;
                }
                previous_second = Some(second);
            }
        }
    }
    Ok(())
}

/// "Nov 25" → ("Nov", "25"); a label without a space stays whole.
fn split_label(label: &str) -> (&str, &str) {
    let label = label.trim();
    label
        .rsplit_once(' ')
        .map(|(a, b)| (a.trim_end(), b))
        .unwrap_or((label, ""))
}

/// The dashed target or goal line, and its label when it goes right of the plot area.
fn draw_reference(root: &Area, plot: &Plot, value: f64, label: Option<&str>) -> DrawResult {
    let y = plot.y(value);
    let style: ShapeStyle = REFERENCE.stroke_width(1);
    root.draw(&DashedPathElement::new(
        vec![(plot.x0, y), (plot.x1, y)],
        6,
        4,
        style,
    ))?;
    if let Some(label) = label
        && plot.ref_label_outside
    {
        let style = text_style(REF_PX, true, &REFERENCE, HPos::Left, VPos::Center);
        root.draw_text(label, &style, (plot.x1 + 8, y))?;
    }
    Ok(())
}

/// The reference label when it did not fit right of the plot area: inside, right-aligned,
/// just above the line (below it when the line is at the top).
fn draw_reference_label_inside(
    root: &Area,
    plot: &Plot,
    value: f64,
    label: Option<&str>,
) -> DrawResult {
    let Some(label) = label else { return Ok(()) };
    if plot.ref_label_outside {
        return Ok(());
    }
    let style = text_style(REF_PX, true, &REFERENCE, HPos::Left, VPos::Top);
    let (w, h) = measure(root, label, &style);
    let y = plot.y(value);
    let ty = if y - 4 - h >= plot.y0 - 4 {
        y - 4 - h
    } else {
        y + 4
    };
    let tx = (plot.x1 - w).max(plot.x0);
    draw_halo(root, tx, ty, w, h)?;
    root.draw_text(label, &style, (tx, ty))?;
    Ok(())
}

/// Runs of consecutive present values, as (index, value).
fn runs(values: &[Option<f64>]) -> Vec<Vec<(usize, f64)>> {
    let mut runs: Vec<Vec<(usize, f64)>> = Vec::new();
    let mut current = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => current.push((i, *v)),
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONTHS: [&str; 13] = [
        "Nov 24", "Dec 24", "Jan 25", "Feb 25", "Mar 25", "Apr 25", "May 25", "Jun 25", "Jul 25",
        "Aug 25", "Sep 25", "Oct 25", "Nov 25",
    ];

    fn points(values: &[Option<f64>]) -> Vec<(String, Option<f64>)> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (MONTHS[i % MONTHS.len()].to_string(), *v))
            .collect()
    }

    fn percent(v: f64, d: usize) -> String {
        format!("{}%", fmt_num(v, d))
    }

    fn plain(v: f64, d: usize) -> String {
        fmt_num(v, d)
    }

    fn line(points: &[(String, Option<f64>)]) -> LineChart<'_> {
        LineChart {
            points,
            target: Some(75.0),
            target_label: Some("Target 75%".to_string()),
            y_text: &percent,
            y_decimals: 1,
            y_min_floor: Some(0.0),
            y_max_cap: Some(100.0),
            colour: (37, 99, 235),
            width: 640,
            height: 260,
            no_data_label: "No data for this period",
            last_label: None,
            miss_below: None,
            lower_is_better: false,
            warn_at: None,
            miss_colour: (220, 38, 38),
            highlight: None,
        }
    }

    fn bars(bars: &[(String, Option<f64>)]) -> BarChart<'_> {
        BarChart {
            bars,
            goal: Some(95.0),
            goal_label: Some("Target 95%".to_string()),
            y_text: &percent,
            y_decimals: 1,
            y_min_floor: Some(0.0),
            y_max_cap: Some(100.0),
            colour: (37, 99, 235),
            miss_colour: (220, 38, 38),
            width: 640,
            height: 260,
            no_data_label: "No data for this period",
            labels: None,
            highlight: None,
            emphasise_last: true,
        }
    }

    fn has_text(svg: &str, text: &str) -> bool {
        svg.contains(&format!(">\n{text}\n</text>"))
    }

    fn assert_clean(svg: &str) {
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.trim_end().ends_with("</svg>"), "{svg}");
        for bad in ["NaN", "inf"] {
            assert!(!svg.contains(bad), "{bad} in {svg}");
        }
    }

    #[test]
    fn nice_range_pads_to_round_bounds_around_target() {
        let values = (71..=79).map(f64::from);
        assert_eq!(
            nice_range(values, Some(75.0), Some(0.0), Some(100.0)),
            (70.0, 80.0)
        );
    }

    #[test]
    fn nice_range_includes_a_distant_target() {
        let (lo, hi) = nice_range(
            [91.0, 93.0, 92.5].into_iter(),
            Some(99.0),
            Some(0.0),
            Some(100.0),
        );
        assert!(lo <= 91.0 && (99.0..=100.0).contains(&hi), "{lo}..{hi}");
        assert!(lo >= 80.0, "a 91–99% chart must not start at {lo}");
    }

    #[test]
    fn nice_range_equal_values_are_not_degenerate() {
        for v in [0.0, 1.0, 42.0, 99.5, 100.0, -3.0] {
            let (lo, hi) = nice_range([v, v, v].into_iter(), None, None, None);
            assert!(lo < hi && lo <= v && v <= hi, "{v}: {lo}..{hi}");
        }
        let (lo, hi) = nice_range([100.0, 100.0].into_iter(), None, Some(0.0), Some(100.0));
        assert!(lo < hi && hi == 100.0 && lo >= 80.0, "{lo}..{hi}");
        let (lo, hi) = nice_range([0.0].into_iter(), None, Some(0.0), Some(0.0));
        assert!(lo < hi && lo == 0.0, "{lo}..{hi}");
    }

    #[test]
    fn nice_range_single_point() {
        let (lo, hi) = nice_range(std::iter::once(50.0), None, None, None);
        assert!(lo < 50.0 && 50.0 < hi, "{lo}..{hi}");
        assert!(hi - lo <= 20.0, "{lo}..{hi}");
    }

    #[test]
    fn nice_range_respects_cap_and_floor() {
        let (lo, hi) = nice_range(
            [96.0, 99.0, 100.0].into_iter(),
            Some(95.0),
            Some(0.0),
            Some(100.0),
        );
        assert_eq!(hi, 100.0);
        assert!((90.0..95.0).contains(&lo), "{lo}");
        // Counts close to zero start at the floor, never below it.
        let (lo, hi) = nice_range([3.0, 12.0, 40.0].into_iter(), None, Some(0.0), None);
        assert_eq!(lo, 0.0);
        assert!((40.0..=50.0).contains(&hi), "{hi}");
        let (lo, _) = nice_range([0.0, 1.0, 2.0].into_iter(), None, Some(0.0), None);
        assert_eq!(lo, 0.0);
        // A value beyond the cap stays visible.
        let (_, hi) = nice_range([104.0].into_iter(), None, None, Some(100.0));
        assert!(hi >= 104.0);
    }

    #[test]
    fn nice_range_ignores_non_finite_and_handles_nothing() {
        let (lo, hi) = nice_range(
            [f64::NAN, 10.0, f64::INFINITY].into_iter(),
            None,
            None,
            None,
        );
        assert!(lo.is_finite() && hi.is_finite() && lo < 10.0 && 10.0 < hi);
        assert_eq!(
            nice_range(std::iter::empty(), None, Some(0.0), Some(100.0)),
            (0.0, 100.0)
        );
        let (lo, hi) = nice_range(std::iter::empty(), None, None, None);
        assert!(lo < hi);
    }

    #[test]
    fn ticks_are_round_and_printable() {
        let a = axis(
            [71.0, 79.0].into_iter(),
            Some(75.0),
            Some(0.0),
            Some(100.0),
            min_step(0),
        );
        assert_eq!(a.ticks(), vec![70.0, 72.0, 74.0, 76.0, 78.0, 80.0]);
        // With no decimals, ticks never fall between integers.
        let a = axis([0.0, 1.0].into_iter(), None, Some(0.0), None, min_step(0));
        assert!(a.ticks().iter().all(|t| t.fract() == 0.0), "{a:?}");
        assert_eq!(fmt_num(-0.01, 1), "0.0");
        assert_eq!(step_decimals(2.0), 0);
        assert_eq!(step_decimals(0.2), 1);
        assert_eq!(step_decimals(0.05), 2);
    }

    #[test]
    fn line_chart_has_real_text_labels() {
        let p = points(&[
            Some(71.0),
            Some(74.5),
            None,
            Some(78.0),
            Some(76.2),
            Some(79.0),
        ]);
        let svg = line_chart(&line(&p));
        assert_clean(&svg);
        assert!(has_text(&svg, "Target 75%"), "{svg}");
        for m in &MONTHS[..6] {
            assert!(has_text(&svg, m), "{m} missing in {svg}");
        }
        assert!(has_text(&svg, "79.0%"), "latest value printed: {svg}");
        assert!(
            svg.contains("font-family=\"Inter\" font-size=\"13\""),
            "{svg}"
        );
        assert!(!has_text(&svg, "No data for this period"));
    }

    #[test]
    fn line_chart_thirteen_months_all_labelled() {
        let values: Vec<Option<f64>> = (0..13)
            .map(|i| Some(90.0 + f64::from(i % 5) * 2.3))
            .collect();
        let p = points(&values);
        let svg = line_chart(&line(&p));
        assert_clean(&svg);
        for m in MONTHS {
            let (month, _) = split_label(m);
            assert!(
                has_text(&svg, m) || has_text(&svg, month),
                "{m} missing in {svg}"
            );
        }
    }

    #[test]
    fn missing_months_leave_a_gap() {
        let p = points(&[Some(80.0), Some(82.0), None, Some(81.0), Some(83.0)]);
        let svg = line_chart(&line(&p));
        assert_clean(&svg);
        // Two runs of two points: two series polylines, and no point at zero.
        let series = svg.matches("stroke=\"#2563EB\" stroke-width=\"2\"").count();
        assert_eq!(series, 2, "{svg}");
        assert!(!has_text(&svg, "0.0%"));
    }

    #[test]
    fn all_none_gives_the_no_data_label() {
        let p = points(&[None, None, None]);
        let svg = line_chart(&line(&p));
        assert_clean(&svg);
        assert!(has_text(&svg, "No data for this period"), "{svg}");
        let svg = bar_chart(&bars(&p));
        assert!(has_text(&svg, "No data for this period"), "{svg}");
        let svg = line_chart(&line(&[]));
        assert!(has_text(&svg, "No data for this period"), "{svg}");
    }

    #[test]
    fn output_is_deterministic() {
        let p = points(&[Some(71.0), Some(f64::NAN), Some(78.0), None, Some(76.2)]);
        assert_eq!(line_chart(&line(&p)), line_chart(&line(&p)));
        assert_eq!(bar_chart(&bars(&p)), bar_chart(&bars(&p)));
        assert_clean(&line_chart(&line(&p)));
    }

    #[test]
    fn bar_chart_colours_misses_and_labels() {
        let p = points(&[Some(97.0), Some(93.5), Some(99.1), Some(100.0)]);
        let svg = bar_chart(&bars(&p));
        assert_clean(&svg);
        assert!(has_text(&svg, "Target 95%"), "{svg}");
        assert!(
            svg.contains("fill=\"#DC2626\""),
            "missed bar in miss colour: {svg}"
        );
        assert!(svg.contains("fill=\"#2563EB\""), "{svg}");
        for m in &MONTHS[..4] {
            assert!(has_text(&svg, m), "{m} missing in {svg}");
        }
        assert!(has_text(&svg, "100.0%"), "{svg}");
    }

    #[test]
    fn bar_chart_counts_start_at_zero() {
        let p = points(&[Some(12.0), Some(0.0), None, Some(40.0)]);
        let mut c = bars(&p);
        c.goal = None;
        c.goal_label = None;
        c.y_text = &plain;
        c.y_decimals = 0;
        c.y_max_cap = None;
        let svg = bar_chart(&c);
        assert_clean(&svg);
        assert!(has_text(&svg, "0"), "{svg}");
        assert!(has_text(&svg, "40"), "{svg}");
    }

    #[test]
    fn text_is_escaped() {
        let p = vec![
            ("Q1 <&>".to_string(), Some(1.0)),
            ("Q2".to_string(), Some(2.0)),
        ];
        let mut c = line(&p);
        c.target_label = Some("Goal \"A&B\"".to_string());
        let svg = line_chart(&c);
        assert!(svg.contains("&lt;&amp;&gt;"), "{svg}");
        assert!(!svg.contains("<&>"));
    }
}
