//! The commands as library functions, each a short chain: resolve a checked run config,
//! load, evaluate, present. The binary only parses arguments and calls these.

pub mod batch;
pub mod init;
pub mod portfolio;
pub mod watch;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Problem, Problems};
use crate::evaluate;
use crate::load::files;
use crate::load::history;
use crate::load::workspace;
use crate::model::Client;
use crate::model::{Month, PeriodData, Provider};
use crate::period::Period;
use crate::present;
use crate::review::Review;
use crate::text::{Locale, LocaleError};

/// What `validate` found.
#[derive(Debug, Default)]
pub struct Checked {
    /// Clients checked.
    pub clients: usize,
    /// Period files checked.
    pub periods: usize,
    /// Every problem, in file order.
    pub problems: Problems,
    /// What may make a figure wrong without being an error (`--strict` makes them errors).
    pub warnings: Vec<Problem>,
    /// What was detected and used (the order of day and month of an export).
    pub notes: Vec<Problem>,
}

/// Checks a client directory or a whole workspace, reporting every problem, with the
/// user's templates and message files when given.
pub fn validate(path: &Path, templates: Option<&Path>) -> Result<Checked, Error> {
    let ws = workspace::discover(path)?;
    let mut out = Checked::default();
    if let Err(p) = files::provider(ws.root.as_deref()) {
        out.problems.0.extend(p.0);
    }
    for dir in &ws.clients {
        out.clients += 1;
        let client = match files::client(dir) {
            Ok(c) => c,
            Err(p) => {
                out.problems.0.extend(p.0);
                continue;
            }
        };
        match client_locale(&client, templates) {
            Ok(l) => out.warnings.extend(locale_warnings(&l)),
            Err(p) => out.problems.0.extend(p.0),
        }
        match crate::load::tickets::check(&client) {
            Ok(c) => {
                out.notes.extend(c.notes);
                out.warnings.extend(c.warnings);
            }
            Err(p) => out.problems.0.extend(p.0),
        }
        for notes in workspace::review_files(dir) {
            if let Err(p) = files::review_notes_file(&notes) {
                out.problems.0.extend(p.0);
            }
        }
        let (files, bad_names) = workspace::period_files(dir);
        out.problems.0.extend(bad_names);
        for (_, file) in files {
            out.periods += 1;
            if let Err(p) = files::period_file(&client, &file) {
                out.problems.0.extend(p.0);
            }
        }
    }
    Ok(out)
}

/// Settings shared by the commands that render.
#[derive(Debug, Clone, Default)]
pub struct RenderConfig {
    /// A directory whose files override the embedded templates (and locales).
    pub templates: Option<PathBuf>,
    /// The document date from SOURCE_DATE_EPOCH, when set; else the period's last day.
    pub source_date: Option<chrono::NaiveDate>,
}

/// The date SOURCE_DATE_EPOCH (seconds since 1970, UTC) names, if it is set and valid.
pub fn source_date_epoch() -> Result<Option<chrono::NaiveDate>, Error> {
    let Ok(v) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    v.trim()
        .parse::<i64>()
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|d| Some(d.date_naive()))
        .ok_or_else(|| {
            Error::Usage(format!(
                "SOURCE_DATE_EPOCH={v}: not a number of seconds since 1970"
            ))
        })
}

/// A client with everything one monthly review needs, loaded and validated.
pub struct Loaded {
    /// The workspace root (where `provider.yaml` and the logo are).
    pub root: Option<PathBuf>,
    /// The MSP.
    pub provider: Provider,
    /// The client.
    pub client: Client,
    /// The period files of the trend window and the year-ago month.
    pub periods: BTreeMap<Month, PeriodData>,
    /// The locale of the client.
    pub locale: Locale,
    /// Figures from the ticket exports, when the client has them.
    pub tickets: Option<crate::evaluate::tickets::figures::ForReview>,
}

/// The periods a review of `period` compares with: its trend window, the previous
/// period and the same period a year before.
fn compared(period: Period) -> Vec<Period> {
    let n = period.trend_len();
    let mut out: Vec<Period> = (0..n).map(|i| period.plus(i - n + 1)).collect();
    out.push(period.plus(-1));
    out.push(period.year_ago());
    out.sort();
    out.dedup();
    out
}

/// Loads a client and every period file a review of `period` reads. Every month of the
/// period itself must have its file.
pub fn load(client_dir: &Path, period: Period, cfg: &RenderConfig) -> Result<Loaded, Error> {
    if !client_dir.join("client.yaml").is_file() {
        return Err(Error::Usage(format!(
            "{}: not a client directory (no client.yaml); `validate` accepts a workspace, the other commands one client",
            client_dir.display()
        )));
    }
    let ws = workspace::discover(client_dir)?;
    let provider = files::provider(ws.root.as_deref())?;
    let client = files::client(client_dir)?;
    let compared = compared(period);
    let mut window: Vec<Month> = compared.iter().flat_map(Period::months).collect();
    window.sort();
    window.dedup();
    let mut problems = Problems::default();
    let mut periods = BTreeMap::new();
    let mut invalid = std::collections::BTreeSet::new();
    for &m in &window {
        match files::period(&client, m) {
            Ok(Some(d)) => {
                periods.insert(m, d);
            }
            Ok(None) => {}
            Err(p) => {
                invalid.insert(m);
                problems.0.extend(p.0);
            }
        }
    }
    // A month whose file is there but wrong has its error already; "no period file"
    // would send the user looking for a file that exists.
    // Only the months the contract covers need a file (a client that started in
    // February has no January in its year); a period wholly outside the contract asks
    // for every month, and the hint says why.
    let c = &client.def.contract;
    let inside = |m: &Month| m.last_day() >= c.start.0 && m.first_day() <= c.end.0;
    let mut needed: Vec<Month> = period.months().into_iter().filter(inside).collect();
    if needed.is_empty() {
        needed = period.months();
    }
    for month in needed {
        if !periods.contains_key(&month) && !invalid.contains(&month) {
            let (files, _) = workspace::period_files(client_dir);
            let hint = match files.last() {
                // A month outside the contract: most likely the wrong client or period.
                _ if month.last_day() < c.start.0 || month.first_day() > c.end.0 => format!(
                    "the contract {} runs {} to {}: review a period within it",
                    c.id, c.start.0, c.end.0
                ),
                Some((latest, _)) => {
                    format!("create it, or review a period that has data (latest month: {latest})")
                }
                None => "create it; see README.md for the period file format".to_string(),
            };
            problems.push(
                Problem::file(
                    &client.period_path(month),
                    format!("no period file for {month}"),
                )
                .with_hint(hint),
            );
        }
    }
    problems.into_result()?;
    let spans: Vec<(Month, Month)> = compared
        .iter()
        .filter(|p| !matches!(p, Period::Month(_)))
        .map(|p| (p.first(), p.last()))
        .collect();
    let first = *window.first().expect("a window");
    let tickets = match crate::load::tickets::for_window(&client, first)? {
        Some(imported) => Some(crate::evaluate::tickets::figures::for_review(
            &client, imported, &window, &spans,
        )?),
        None => None,
    };
    let locale = client_locale(&client, cfg.templates.as_deref())?;
    Ok(Loaded {
        root: ws.root,
        provider,
        client,
        periods,
        locale,
        tickets,
    })
}

/// The client's locale (`client.locale`), with the user's message files from
/// `templates/locales/`; an unknown tag is a problem located in `client.yaml`.
pub fn client_locale(client: &Client, templates: Option<&Path>) -> Result<Locale, Problems> {
    let mut problems = Problems::default();
    for (i, c) in client.def.contacts.iter().enumerate() {
        if let Some(tag) = &c.locale
            && let Err(p) = locale_at(client, tag, &format!("contacts[{i}].locale"), templates)
        {
            problems.0.extend(p.0);
        }
    }
    let l = locale_at(
        client,
        &client.def.client.locale,
        "client.locale",
        templates,
    );
    problems.into_result()?;
    l
}

/// The locale `tag`, or a problem at `field` of `client.yaml`.
pub fn locale_at(
    client: &Client,
    tag: &str,
    field: &str,
    templates: Option<&Path>,
) -> Result<Locale, Problems> {
    use crate::text::messages::MessageError;
    Locale::load(tag, templates).map_err(|e| {
        let p = match &e {
            LocaleError::Messages(MessageError::Syntax {
                path,
                line,
                message,
            }) => Problem {
                line: Some(*line),
                ..Problem::file(path, format!("not a Fluent message file: {message}"))
            }
            .with_hint("see report-templates/locales/en.ftl for the format of a message file"),
            LocaleError::Messages(MessageError::Io { path, source }) => {
                Problem::file(path, source.to_string())
            }
            _ => {
                let p = Problem {
                    field: Some(field.into()),
                    ..Problem::file(&client.dir.join("client.yaml"), e.to_string())
                }
                .at_text(tag);
                match e.hint() {
                    Some(h) => p.with_hint(h),
                    None => p,
                }
            }
        };
        Problems(vec![p])
    })
}

/// What a user's own message files leave out or do not need: the messages shown in
/// English, and ids svcreview does not use (a typo).
fn locale_warnings(l: &Locale) -> Vec<Problem> {
    let mut out = Vec::new();
    let missing = l.missing();
    if !missing.is_empty() {
        out.push(
            Problem::file(
                Path::new(l.sources().first().copied().unwrap_or("locales")),
                format!(
                    "{} message(s) of `{}` are missing and shown in English: {}",
                    missing.len(),
                    l.tag,
                    missing.join(", ")
                ),
            )
            .with_hint("copy them from report-templates/locales/en.ftl and translate them"),
        );
    }
    for (file, id, vars) in l.dropped() {
        let list: Vec<String> = vars.iter().map(|v| format!("`{{ ${v} }}`")).collect();
        out.push(
            Problem::file(
                Path::new(&file),
                format!(
                    "message `{id}` leaves out {}: that figure would not appear in its sentence",
                    list.join(", ")
                ),
            )
            .at_text(&format!("{id} ="))
            .with_hint(format!(
                "write {} into the message, as report-templates/locales/en.ftl does",
                list.join(" and ")
            )),
        );
    }
    for (file, id) in l.unknown() {
        out.push(
            Problem::file(
                Path::new(&file),
                format!("message `{id}` is not one svcreview uses"),
            )
            .with_hint("check the id against report-templates/locales/en.ftl"),
        );
    }
    out
}

/// Loads and evaluates one client's monthly review.
pub fn evaluate_month(
    client_dir: &Path,
    month: Month,
    cfg: &RenderConfig,
) -> Result<(Loaded, Review), Error> {
    evaluate_period(client_dir, Period::Month(month), cfg)
}

/// Loads and evaluates one client's review of a period.
pub fn evaluate_period(
    client_dir: &Path,
    period: Period,
    cfg: &RenderConfig,
) -> Result<(Loaded, Review), Error> {
    let l = load(client_dir, period, cfg)?;
    let review = evaluate_in(&l, period, &l.locale)?;
    Ok((l, review))
}

/// Evaluates a loaded client's review of a period in `locale`: the same figures and
/// judgements in another language's words (a contact's own e-mail).
pub fn evaluate_in(l: &Loaded, period: Period, locale: &Locale) -> Result<Review, Error> {
    let narrative = files::review_notes(&l.client, &period.id().replace("..", "_"))?;
    let presented = history::load(&l.client.dir, period.plus(-1))?;
    evaluate::review(&evaluate::Inputs {
        narrative: narrative.as_ref(),
        presented: presented.as_ref(),
        provider: &l.provider,
        client: &l.client,
        period,
        periods: &l.periods,
        locale,
        tickets: l.tickets.as_ref().map(|t| &t.months),
        ticket_spans: l.tickets.as_ref().map(|t| &t.spans),
        skipped_rows: l.tickets.as_ref().map_or(&[][..], |t| &t.skipped),
        ticket_rows: l.tickets.as_ref().map_or(0, |t| t.rows),
    })
}

/// The PDF of an evaluated review (the logo read from the workspace).
pub fn pdf_of(
    loaded: &Loaded,
    review: &Review,
    deck: bool,
    cfg: &RenderConfig,
) -> Result<Vec<u8>, Error> {
    document_of(loaded, review, deck, cfg, None).map(|r| r.pdf)
}

/// The PDF and, with `png_scale`, the page images of an evaluated review.
pub fn document_of(
    loaded: &Loaded,
    review: &Review,
    deck: bool,
    cfg: &RenderConfig,
    png_scale: Option<f32>,
) -> Result<crate::present::render::Rendered, Error> {
    let logo = match &loaded.root {
        Some(root) => provider_logo(root, &loaded.provider)?,
        None => None,
    };
    let date = cfg
        .source_date
        .unwrap_or_else(|| review.period.id.last().last_day());
    present::review_document(
        review,
        &loaded.locale,
        logo,
        cfg.templates.as_deref(),
        date,
        deck,
        png_scale,
    )
}

/// What a render writes besides the PDF.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    /// Also write the Review as JSON next to the PDF.
    pub json: bool,
    /// Record the review in the client's `history/`.
    pub publish: bool,
    /// Replace an existing snapshot.
    pub force: bool,
    /// Render a QBR or annual review as a 16:9 slide deck instead of the A4 report.
    pub deck: bool,
    /// Also write each page as a PNG (`<stem>-NN.png`) into this directory.
    pub png: Option<PathBuf>,
}

/// Pixels per point of the page previews (144 dpi).
pub const PNG_SCALE: f32 = 2.0;

/// Renders one client's review of `period` (monthly, QBR or annual) into `out_dir`:
/// `<slug>-<kind>-<period>.pdf`. Nothing is written unless everything succeeded; the
/// annual review is PDF/A-2b.
pub fn render(
    client_dir: &Path,
    period: Period,
    out_dir: &Path,
    out: Outputs,
    cfg: &RenderConfig,
) -> Result<Vec<PathBuf>, Error> {
    render_review(client_dir, period, out_dir, out, cfg).map(|(_, written)| written)
}

/// As [`render`], returning the evaluated review with the files written.
pub fn render_review(
    client_dir: &Path,
    period: Period,
    out_dir: &Path,
    out: Outputs,
    cfg: &RenderConfig,
) -> Result<(Review, Vec<PathBuf>), Error> {
    let (loaded, review) = evaluate_period(client_dir, period, cfg)?;
    if out.publish && !out.force && history::path(&loaded.client.dir, period).exists() {
        // Checked before rendering so that a refused publish writes nothing at all.
        crate::output::publish(&loaded.client.dir, &review, false)?;
    }
    let deck = out.deck && !matches!(period, Period::Month(_));
    let doc = document_of(
        &loaded,
        &review,
        deck,
        cfg,
        out.png.as_ref().map(|_| PNG_SCALE),
    )?;
    let pdf = doc.pdf;
    let stem = format!(
        "{}-{}-{}{}",
        loaded.client.slug,
        period.kind(),
        period.id().replace("..", "_"),
        if deck { "-deck" } else { "" }
    );
    let mut files = vec![(format!("{stem}.pdf"), pdf)];
    if out.json {
        let mut text = serde_json::to_vec_pretty(&review).expect("a Review serialises");
        text.push(b'\n');
        files.push((format!("{stem}.json"), text));
    }
    let pages = page_images(&stem, doc.pngs);
    // The PDF, the JSON, the page images and the published snapshot are written all or
    // none: a snapshot that cannot be written leaves no PDF claiming it was published.
    let snapshot = if out.publish {
        Some(crate::output::snapshot(
            &loaded.client.dir,
            &review,
            out.force,
        )?)
    } else {
        None
    };
    let all: Vec<(&Path, &str, &[u8])> = files
        .iter()
        .map(|(n, b)| (out_dir, n.as_str(), b.as_slice()))
        .chain(out.png.iter().flat_map(|dir| {
            pages
                .iter()
                .map(move |(n, b)| (dir.as_path(), n.as_str(), b.as_slice()))
        }))
        .chain(
            snapshot
                .iter()
                .map(|s| (s.dir.as_path(), s.name.as_str(), s.bytes.as_slice())),
        )
        .collect();
    let written = crate::output::write_all_in(&all)?;
    Ok((review, written))
}

/// The provider's logo file, read from inside the workspace (checked when provider.yaml
/// was loaded; checked again where it is read).
fn provider_logo(root: &Path, provider: &Provider) -> Result<Option<Vec<u8>>, Error> {
    let Some(file) = &provider.logo else {
        return Ok(None);
    };
    let path = workspace::inside(root, file).map_err(|e| {
        Error::Invalid(Problems(vec![Problem {
            field: Some("logo".into()),
            ..Problem::file(&root.join("provider.yaml"), e)
        }]))
    })?;
    Ok(Some(std::fs::read(&path).map_err(|e| Error::io(&path, e))?))
}

/// Page images named after the document: `<stem>-01.png`, ...
fn page_images(stem: &str, pngs: Vec<Vec<u8>>) -> Vec<(String, Vec<u8>)> {
    pngs.into_iter()
        .enumerate()
        .map(|(i, png)| (format!("{stem}-{:02}.png", i + 1), png))
        .collect()
}
