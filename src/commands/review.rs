//! `monthly`, `qbr`, `annual` and `evaluate`: one client's review, a short chain of
//! load (the client read once, its period resolved) → evaluate → present → output.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{PNG_SCALE, RenderConfig, page_images, print_warnings, print_written, provider_logo};
use crate::error::{Error, Problem, Problems};
use crate::evaluate;
use crate::evaluate::tickets::figures::{self, ForReview};
use crate::load::{files, history, locale, workspace};
use crate::model::{Client, Month, PeriodData, Provider};
use crate::period::{Period, PeriodSpec};
use crate::present;
use crate::review::Review;
use crate::text::Locale;

/// A client with everything its review of one period needs, loaded and validated.
pub struct Loaded {
    /// The workspace root (where `provider.yaml` and the logo are).
    pub root: Option<PathBuf>,
    /// The MSP.
    pub provider: Provider,
    /// The client.
    pub client: Client,
    /// The period reviewed.
    pub period: Period,
    /// The period files of the trend window and the year-ago month.
    pub periods: BTreeMap<Month, PeriodData>,
    /// The locale of the client.
    pub locale: Locale,
    /// Figures from the ticket exports, when the client has them.
    pub tickets: Option<ForReview>,
    /// What the SDM wrote for this review (`reviews/<period>.yaml`).
    pub narrative: Option<crate::model::ReviewNotes>,
    /// The published snapshot of the previous review of the same kind.
    pub presented: Option<serde_json::Value>,
    /// The client's device list, when it keeps one.
    pub devices: Option<Vec<crate::model::Device>>,
    /// The issue date (see [`issue_date`]).
    pub issued: chrono::NaiveDate,
    /// What loading warned of (the ticket exports' warnings, as `validate` gives them).
    pub warnings: Vec<Problem>,
}

/// The moment the figures stand at when `--issued` names a date: the end of that day in
/// the client's time zone. The date may not fall before the period ends, nor after
/// today (SOURCE_DATE_EPOCH, when set).
fn issued_given(
    client: &Client,
    period: Period,
    cfg: &RenderConfig,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, Error> {
    let Some(d) = cfg.issued else {
        return Ok(None);
    };
    let end = period.last().last_day();
    let today = cfg
        .source_date
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    if d < end {
        return Err(Error::Usage(format!(
            "--issued {d}: before the period ends ({end}); a review is issued after its last day"
        )));
    }
    if d > today {
        return Err(Error::Usage(format!(
            "--issued {d}: after today ({today}); give the date the review is issued"
        )));
    }
    Ok(Some(crate::calendar::day_start(
        d.succ_opt().unwrap_or(d),
        client.tz,
    )))
}

/// The date a review is issued: `--issued` when given; else when its figures stand (the
/// ticket exports' `as_of`, or their newest timestamp, in the client's time zone) when
/// that is after the period; else the period's last day.
pub fn issue_date(
    client: &Client,
    period: Period,
    cfg: &RenderConfig,
    tickets: Option<&ForReview>,
) -> chrono::NaiveDate {
    let end = period.last().last_day();
    cfg.issued.unwrap_or_else(|| {
        tickets
            .and_then(|t| t.as_of)
            .map(|at| at.with_timezone(&client.tz).date_naive())
            .map_or(end, |d| d.max(end))
    })
}

/// The client directory's workspace root and provider, and the client, each read once.
pub fn client_of(client_dir: &Path) -> Result<(Option<PathBuf>, Provider, Client), Error> {
    is_client_dir(client_dir)?;
    let (root, provider) = provider_of(client_dir)?;
    let client = files::client(client_dir)?;
    Ok((root, provider, client))
}

/// A usage error unless `dir` holds a `client.yaml`.
pub fn is_client_dir(dir: &Path) -> Result<(), Error> {
    if dir.join("client.yaml").is_file() {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "{}: not a client directory (no client.yaml); `validate` accepts a workspace, the other commands one client",
        dir.display()
    )))
}

/// The workspace root of a client directory and its provider.
pub fn provider_of(client_dir: &Path) -> Result<(Option<PathBuf>, Provider), Error> {
    let ws = workspace::discover(client_dir)?;
    let provider = files::provider(ws.root.as_deref())?;
    Ok((ws.root, provider))
}

/// Loads a client and every file its review of `spec` reads.
pub fn load(client_dir: &Path, spec: &PeriodSpec, cfg: &RenderConfig) -> Result<Loaded, Error> {
    let (root, provider, client) = client_of(client_dir)?;
    let start = chrono::Datelike::month(&client.def.contract.start.0);
    let period = spec.resolve(start).map_err(Error::Usage)?;
    load_for(root, provider, client, period, cfg)
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

/// Loads what a review of `period` reads for a client read already: the period files
/// of every month compared (each month of the period itself must have its file), the
/// ticket exports and their figures, the locale.
pub fn load_for(
    root: Option<PathBuf>,
    provider: Provider,
    client: Client,
    period: Period,
    cfg: &RenderConfig,
) -> Result<Loaded, Error> {
    let compared = compared(period);
    let window: Vec<Month> = compared
        .iter()
        .flat_map(Period::months)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    // The period files and the device list are both checked before either stops the run.
    let (periods, devices) = match (
        period_files(&client, period, &window),
        crate::load::devices::for_client(&client),
    ) {
        (Ok(p), Ok(d)) => (p, d),
        (p, d) => {
            let mut all = p.err().unwrap_or_default();
            all.0.extend(d.err().unwrap_or_default().0);
            return Err(all.into());
        }
    };
    let mut spans: Vec<(Month, Month)> = compared
        .iter()
        .filter(|p| !matches!(p, Period::Month(_)))
        .map(|p| (p.first(), p.last()))
        .collect();
    // A year's first and last quarters, which its in-year comparison sets side by side.
    if let Period::Year { .. } = period {
        spans.extend(crate::evaluate::sections::kpis::year_quarters(period));
    }
    let issued_at = issued_given(&client, period, cfg)?;
    let tickets = match crate::load::tickets::for_window(&client, window[0])? {
        Some(imported) => Some(figures::for_review(
            &client, imported, &window, &spans, issued_at,
        )?),
        None => None,
    };
    let issued = issue_date(&client, period, cfg, tickets.as_ref());
    let warnings = tickets.iter().flat_map(|t| t.warnings.clone()).collect();
    let locale = locale::client_locale(&client, cfg.templates.as_deref())?;
    let narrative = files::review_notes(&client, &period.file_id())?;
    let presented = history::load(&client.dir, period.plus(-1))?;
    Ok(Loaded {
        warnings,
        issued,
        devices,
        root,
        provider,
        client,
        period,
        periods,
        locale,
        tickets,
        narrative,
        presented,
    })
}

/// The period files of the `window`'s months; every month of `period` that the
/// contract covers must have one.
fn period_files(
    client: &Client,
    period: Period,
    window: &[Month],
) -> Result<BTreeMap<Month, PeriodData>, Problems> {
    let mut problems = Problems::default();
    let mut periods = BTreeMap::new();
    let mut invalid = BTreeSet::new();
    for &m in window {
        match files::period(client, m) {
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
    for month in needed_months(client, period) {
        if !periods.contains_key(&month) && !invalid.contains(&month) {
            problems.push(missing_month(client, month));
        }
    }
    problems.into_result()?;
    Ok(periods)
}

/// The months of `period` that need a period file: those the contract covers (a client
/// that started in February has no January in its year); a period wholly outside the
/// contract asks for every month, and the hint says why.
fn needed_months(client: &Client, period: Period) -> Vec<Month> {
    let c = &client.def.contract;
    let inside = |m: &Month| m.last_day() >= c.start.0 && m.first_day() <= c.end.0;
    let needed: Vec<Month> = period.months().into_iter().filter(inside).collect();
    if needed.is_empty() {
        period.months()
    } else {
        needed
    }
}

/// "No period file for the month", with the likeliest fix.
fn missing_month(client: &Client, month: Month) -> Problem {
    let c = &client.def.contract;
    let (files, _) = workspace::period_files(&client.dir);
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
    Problem::file(
        &client.period_path(month),
        format!("no period file for {month}"),
    )
    .with_hint(hint)
}

/// Loads and evaluates one client's review of a period.
pub fn evaluate_period(
    client_dir: &Path,
    spec: &PeriodSpec,
    cfg: &RenderConfig,
) -> Result<(Loaded, Review), Error> {
    let l = load(client_dir, spec, cfg)?;
    let review = evaluate_in(&l, &l.locale)?;
    Ok((l, review))
}

/// Evaluates a loaded client's review in `locale`: the same figures and judgements in
/// another language's words (a contact's own e-mail). Everything is read already
/// (period files, ticket figures, notes, the previous snapshot): no file is read again.
pub fn evaluate_in(l: &Loaded, locale: &Locale) -> Result<Review, Error> {
    evaluate::review(&inputs(l, locale))
}

/// What evaluating a loaded client's review reads, in `locale`.
pub fn inputs<'a>(l: &'a Loaded, locale: &'a Locale) -> evaluate::Inputs<'a> {
    evaluate::Inputs {
        narrative: l.narrative.as_ref(),
        presented: l.presented.as_ref(),
        provider: &l.provider,
        client: &l.client,
        period: l.period,
        periods: &l.periods,
        locale,
        tickets: l.tickets.as_ref().map(|t| &t.months),
        ticket_spans: l.tickets.as_ref().map(|t| &t.spans),
        skipped_rows: l.tickets.as_ref().map_or(&[][..], |t| &t.skipped),
        ticket_rows: l.tickets.as_ref().map_or(0, |t| t.rows),
        devices: l.devices.as_deref(),
        issued: l.issued,
    }
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
) -> Result<present::render::Rendered, Error> {
    let logo = match &loaded.root {
        Some(root) => provider_logo(root, &loaded.provider)?,
        None => None,
    };
    // The PDF's timestamp: SOURCE_DATE_EPOCH for reproducible files, else the issue date.
    let date = cfg.source_date.unwrap_or_else(|| {
        chrono::NaiveDate::parse_from_str(&review.period.issued, "%Y-%m-%d")
            .unwrap_or_else(|_| review.period.id.last().last_day())
    });
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

/// One client's review to render: the checked settings of `monthly`, `qbr`, `annual`.
#[derive(Debug, Clone)]
pub struct Job {
    /// The client directory.
    pub client: PathBuf,
    /// The period, as named.
    pub period: PeriodSpec,
    /// Where the PDF (and JSON) go.
    pub out_dir: PathBuf,
    /// What else is written.
    pub outputs: Outputs,
    /// Templates and the document date.
    pub config: RenderConfig,
}

/// What a render produced.
pub struct Rendered {
    /// The evaluated review.
    pub review: Review,
    /// The files written.
    pub written: Vec<PathBuf>,
}

/// Renders one client's review (monthly, QBR or annual) into `job.out_dir`:
/// `<slug>-<kind>-<period>.pdf`. Nothing is written unless everything succeeded; the
/// annual review is PDF/A-2b.
pub fn render(job: &Job) -> Result<Rendered, Error> {
    let (loaded, review) = evaluate_period(&job.client, &job.period, &job.config)?;
    // Unattended runs see what `validate` warns of too.
    print_warnings(&warnings(&loaded, &review));
    let out = &job.outputs;
    let period = loaded.period;
    // The snapshot is made (and a refused publish refused) before rendering, and written
    // with the other files: a snapshot that cannot be written leaves no PDF claiming it
    // was published.
    let snapshot = match out.publish {
        true => Some(crate::output::snapshot(
            &loaded.client.dir,
            &review,
            out.force,
        )?),
        false => None,
    };
    let deck = out.deck && !matches!(period, Period::Month(_));
    let png = out.png.as_ref().map(|_| PNG_SCALE);
    let doc = document_of(&loaded, &review, deck, &job.config, png)?;
    let stem = format!(
        "{}-{}-{}{}",
        loaded.client.slug,
        period.kind(),
        period.file_id(),
        if deck { "-deck" } else { "" }
    );
    let mut files = vec![(format!("{stem}.pdf"), doc.pdf)];
    if out.json {
        files.push((format!("{stem}.json"), crate::output::review_json(&review)));
    }
    let pages = page_images(&stem, doc.pngs);
    // The PDF, the JSON, the page images and the published snapshot: all or none.
    let mut all = super::placed(&job.out_dir, &files, out.png.as_deref(), &pages);
    all.extend(
        snapshot
            .iter()
            .map(|s| (s.dir.as_path(), s.name.as_str(), s.bytes.as_slice())),
    );
    let written = crate::output::write_all_in(&all)?;
    Ok(Rendered { review, written })
}

/// Everything a review warns of, as `validate` does: the ticket exports', each typed
/// KPI the tickets measure differently, and missing SDM input.
pub fn warnings(loaded: &Loaded, review: &Review) -> Vec<Problem> {
    let mut all = loaded.warnings.clone();
    all.extend(fraction_warnings(loaded, &loaded.period.months()));
    all.extend(crate::load::validate::placeholders::left(
        &loaded.client,
        &loaded.periods,
        &loaded.period.months(),
    ));
    all.extend(reconcile_warnings(loaded, review));
    all.extend(missing_input(loaded));
    all.into_iter().map(located).collect()
}

/// A warning about a YAML field at the line and column of that field, as `validate`'s
/// errors are (one that cannot be placed stays as it is).
fn located(p: Problem) -> Problem {
    if p.line.is_some() {
        return p;
    }
    let Some(field) = p.field.clone() else {
        return p;
    };
    let at = std::fs::read_to_string(&p.file)
        .ok()
        .and_then(|t| crate::load::yaml::YamlDoc::parse(&p.file, &t).ok())
        .and_then(|doc| doc.position(&field));
    match at {
        Some((line, column)) => Problem {
            line: Some(line),
            column: Some(column),
            ..p
        },
        None => p,
    }
}

/// A warning for each typed KPI that the ticket exports measure differently, at the
/// period file of the period's last month.
pub fn reconcile_warnings(loaded: &Loaded, review: &Review) -> Vec<Problem> {
    let file = loaded.client.period_path(loaded.period.last());
    review
        .reconciliation
        .iter()
        .map(|x| reconcile_warning(&file, loaded.period, x))
        .collect()
}

/// What the SDM has not written for a QBR or annual review: its recommendations, or
/// the renewal recommendation, in `reviews/<period>.yaml`. The document says they are
/// missing; this tells the SDM where to write them.
pub fn missing_input(l: &Loaded) -> Vec<Problem> {
    let id = l.period.file_id();
    let (field, review, what) = match l.period {
        Period::Month(_) => return Vec::new(),
        Period::Quarter { .. } => ("recommendations", "QBR", "no recommendations"),
        Period::Year { .. } => (
            "recommendation",
            "annual review",
            "no renewal recommendation",
        ),
    };
    let n = l.narrative.as_ref();
    let written = match l.period {
        Period::Quarter { .. } => {
            n.is_some_and(|n| !n.recommendations.is_empty() || !n.focus.is_empty())
        }
        _ => n.is_some_and(|n| n.recommendation.is_some()),
    };
    if written {
        return Vec::new();
    }
    let file = l.client.dir.join("reviews").join(format!("{id}.yaml"));
    vec![
        Problem {
            field: Some(field.into()),
            ..Problem::file(&file, format!("the {review} {id} has {what}"))
        }
        .with_hint(format!(
            "write `{field}:` in {}; the document says none was recorded",
            file.display()
        )),
    ]
}

/// The warnings of `validate` that need the figures, from the client's latest month:
/// each month of its window with a period file and ticket figures reconciled at its own
/// period file, and each miss of the latest month that no action answers and its notes
/// do not mention. None when the latest review cannot be loaded (its problems are
/// reported by the other checks).
pub fn review_warnings(client_dir: &Path, latest: Month) -> Vec<Problem> {
    let Ok(l) = load(
        client_dir,
        &PeriodSpec::Month(latest),
        &RenderConfig::default(),
    ) else {
        return Vec::new();
    };
    let months: Vec<Month> = l.periods.keys().copied().collect();
    let mut out = fraction_warnings(&l, &months);
    out.extend(crate::load::validate::placeholders::left(
        &l.client, &l.periods, &months,
    ));
    out.extend(reconcile_months(&l));
    if let Ok(review) = evaluate_in(&l, &l.locale) {
        out.extend(unanswered(&l, &review));
    }
    out.into_iter().map(located).collect()
}

/// Each percentage of `months` that looks typed as a fraction (`0.961` for 96.1%), at its
/// period file.
fn fraction_warnings(l: &Loaded, months: &[Month]) -> Vec<Problem> {
    crate::load::validate::fractions::suspects(&l.client.def, &l.periods, months)
        .into_iter()
        .map(|s| {
            let d = |v: f64| format!("{}", (v * 1e6).round() / 1e6);
            Problem {
                field: Some(format!("kpis.{}", s.kpi)),
                ..Problem::file(
                    &l.client.period_path(s.month),
                    format!(
                        "{} is {}% as typed: a fraction of what the KPI usually reads ({}%)",
                        s.kpi,
                        d(s.typed),
                        d(s.usual)
                    ),
                )
            }
            .with_hint(format!(
                "a percentage is written as a percentage: `{}: {}` for {}%",
                s.kpi,
                d(s.intended()),
                d(s.intended())
            ))
        })
        .collect()
}

/// Reconciliation, month by month, over a loaded client's window.
fn reconcile_months(l: &Loaded) -> Vec<Problem> {
    let Some(t) = &l.tickets else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for m in l.periods.keys().filter(|m| t.months.contains_key(m)) {
        let period = Period::Month(*m);
        let inp = evaluate::Inputs {
            period,
            ..inputs(l, &l.locale)
        };
        let typed = |_: usize, k: &crate::model::Kpi| {
            let v = inp.kpi_over(k, period)?.0;
            let d = crate::text::format::default_decimals(k.unit);
            Some((v, l.locale.with_unit(v, d, k.unit, inp.currency())))
        };
        let file = l.client.period_path(*m);
        out.extend(
            evaluate::reconciliation(&inp, period, typed)
                .iter()
                .map(|x| reconcile_warning(&file, period, x)),
        );
    }
    out
}

/// The review's misses that no action answers and its notes do not name: the SDM has
/// not said what is being done about them.
fn unanswered(l: &Loaded, review: &Review) -> Vec<Problem> {
    let notes = review.notes.as_deref().unwrap_or_default().to_lowercase();
    let file = l.client.period_path(l.period.last());
    review
        .misses
        .iter()
        .filter(|m| m.actions.is_empty())
        .filter(|m| {
            !notes.contains(&m.name.to_lowercase()) && !notes.contains(&m.id.to_lowercase())
        })
        .map(|m| {
            let (what, link) = match m.kind.as_str() {
                "sla" => ("missed", "sla"),
                _ => ("off target", "kpi"),
            };
            Problem {
                field: Some("actions".into()),
                ..Problem::file(
                    &file,
                    format!(
                        "{} {what} in {} ({}), and no action answers it",
                        m.name,
                        l.period.file_id(),
                        m.figure_text
                    ),
                )
            }
            .with_hint(format!(
                "add an action with `{link}: {}` to the CSI register or an initiative with \
                 `{link}s: [{}]` to the roadmap, or name `{}` in the month's `notes` with why \
                 none is needed",
                m.id, m.id, m.name
            ))
        })
        .chain(unexplained_moves(l, review, &file))
        .collect()
}

/// The biggest moves for the worse that neither an action nor the notes explain (a miss
/// already warned of is not warned of twice).
fn unexplained_moves<'a>(
    l: &'a Loaded,
    review: &'a Review,
    file: &'a Path,
) -> impl Iterator<Item = Problem> + 'a {
    review
        .summary
        .top_changes
        .iter()
        .filter(|m| m.direction == crate::review::Direction::Worsening)
        .filter(|m| m.explained_text.is_none())
        .filter(|m| {
            !review
                .misses
                .iter()
                .any(|x| x.kind == "kpi" && x.id == m.kpi)
        })
        .map(move |m| {
            Problem {
                field: Some("notes".into()),
                ..Problem::file(
                    file,
                    format!(
                        "{} worsened in {} ({} → {}), and nothing explains it",
                        m.name,
                        l.period.file_id(),
                        m.from_text,
                        m.to_text
                    ),
                )
            }
            .with_hint(format!(
                "say why in the month's `notes` (naming `{}`), or link an action with `kpi: {}`",
                m.name, m.kpi
            ))
        })
}

/// The warning for one typed KPI the tickets measure differently, at its period file.
fn reconcile_warning(file: &Path, period: Period, x: &crate::review::Reconciliation) -> Problem {
    Problem {
        field: Some(format!("kpis.{}", x.kpi)),
        ..Problem::file(
            file,
            format!(
                "{} is typed as {} for {}, the ticket exports measure {}",
                x.name,
                x.typed_text,
                period.file_id(),
                x.measured_text
            ),
        )
    }
    .with_hint(
        "check what the typed figure counts; take it from the tickets (`from:` a \
         `tickets-…` measure in client.yaml), or set `reconcile: false` on the KPI if it \
         counts something else",
    )
}

/// Runs `monthly`, `qbr` or `annual` once (`--watch` runs in the watch module).
pub fn run(job: &Job) -> Result<ExitCode, Error> {
    print_written(render(job)?.written)
}

/// Runs `evaluate`: the review's JSON on standard output.
pub fn run_evaluate(
    client: &Path,
    spec: &PeriodSpec,
    cfg: &RenderConfig,
) -> Result<ExitCode, Error> {
    let (loaded, review) = evaluate_period(client, spec, cfg)?;
    print_warnings(&warnings(&loaded, &review));
    let json = serde_json::to_string_pretty(&review).expect("a Review serialises");
    println!("{json}");
    Ok(ExitCode::SUCCESS)
}
