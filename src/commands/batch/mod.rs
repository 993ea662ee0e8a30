//! Batch runs: every client of a workspace (or a stable shard of them) rendered in
//! parallel, one client's failure failing that client only; outputs named from a tera
//! pattern, `.eml` messages and SMTP delivery, a manifest and a summary. The worker
//! processes that render the clients are in [`worker`].

pub mod worker;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde::Serialize;

pub use worker::Recycle;

use crate::commands::review;
use crate::commands::{self, RenderConfig};
use crate::error::Error;
use crate::load::workspace;
use crate::period::Period;
pub use crate::period::PeriodSpec;
use crate::present::email;
pub use crate::present::email::Smtp;
use crate::review::{Review, Status};

/// The default output name pattern.
pub const DEFAULT_PATTERN: &str = "{{client.slug}}/{{period}}-{{kind}}.pdf";

/// When a successful batch still exits non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    /// Only failures fail.
    #[default]
    Never,
    /// Any missed SLA.
    Breach,
    /// Any missed SLA or red KPI.
    Red,
}

/// A checked batch configuration.
#[derive(Debug, Clone)]
pub struct Batch {
    /// The workspace.
    pub workspace: PathBuf,
    /// The period.
    pub period: PeriodSpec,
    /// Where outputs go.
    pub out_dir: PathBuf,
    /// Parallel renders (0: one per core).
    pub jobs: usize,
    /// Shard `k` of `n` (1-based).
    pub shard: Option<(usize, usize)>,
    /// Gate.
    pub fail_on: FailOn,
    /// Output name pattern (tera).
    pub pattern: String,
    /// Write an `.eml` per client next to its PDF.
    pub email: bool,
    /// Also send them.
    pub send: Option<email::Smtp>,
    /// Slide decks instead of A4 (QBR, annual).
    pub deck: bool,
    /// Templates and date.
    pub render: RenderConfig,
    /// The svcreview executable: clients are rendered in warm worker processes of it
    /// (`batch-worker`: a crash stays with its client, memory is returned when a worker
    /// is replaced); `None` renders in this process.
    pub worker: Option<PathBuf>,
    /// When a worker process is replaced by a fresh one.
    pub recycle: Recycle,
    /// Also write the portfolio review of every client, from the reviews the batch
    /// renders (no client is evaluated twice).
    pub portfolio: bool,
}

impl Batch {
    /// The one period every client is reviewed for, which a portfolio needs (not each
    /// client's own contract year).
    pub fn common_period(&self) -> Option<Period> {
        self.period.common()
    }
}

/// What happened to one client.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Outcome {
    /// Directory name.
    pub client: String,
    /// `ok`, `failed`, or `skipped` (its contract does not run in the period).
    pub status: String,
    /// The period reviewed.
    pub period: Option<String>,
    /// SLAs missed.
    pub slas_missed: Vec<String>,
    /// KPIs red.
    pub kpis_red: Vec<String>,
    /// Files written, relative to the output directory.
    pub outputs: Vec<String>,
    /// Whether the e-mail was sent.
    pub sent: bool,
    /// The error, when failed.
    pub error: Option<String>,
    /// Why the client was skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What its review warns of, as `validate` would (file, field, hint), one a line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Seconds taken.
    pub seconds: f64,
    /// What the portfolio needs of the client (with `--portfolio`), from the review
    /// rendered; taken out before the manifest is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<crate::evaluate::portfolio::Facts>,
}

/// The run as a whole.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// `monthly`, `qbr` or `annual`.
    pub kind: String,
    /// Shard, `k/n`.
    pub shard: Option<String>,
    /// Clients rendered.
    pub ok: usize,
    /// Clients failed.
    pub failed: usize,
    /// Clients skipped: their contract does not run in the period.
    pub skipped: usize,
    /// Per client, by directory name.
    pub clients: Vec<Outcome>,
    /// The portfolio review's files (with `--portfolio`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub portfolio: Vec<String>,
}

/// A stable hash of a client's directory name (FNV-1a): its shard never changes as
/// other clients come and go.
pub fn shard_of(slug: &str, n: usize) -> usize {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in slug.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % n as u64) as usize + 1
}

/// Parses `K/N`.
pub fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let err = || format!("`{s}` is not a shard; write it as K/N, e.g. 2/3");
    let (k, n) = s.split_once('/').ok_or_else(err)?;
    let (k, n): (usize, usize) = (
        k.trim().parse().map_err(|_| err())?,
        n.trim().parse().map_err(|_| err())?,
    );
    if n == 0 || k == 0 || k > n {
        return Err(err());
    }
    Ok((k, n))
}

/// The variables a `--name` pattern may use.
const NAME_VARIABLES: &str = "`client.slug`, `client.name`, `period`, `kind`";

/// A `--name` pattern that tera refuses, in words: the causes, without tera's internals.
fn name_error(pattern: &str, e: &tera::Error) -> Error {
    let mut causes = Vec::new();
    let mut cur: Option<&dyn std::error::Error> = Some(e);
    while let Some(c) = cur {
        let text = c.to_string();
        if !text.starts_with("Failed to render") {
            causes.push(text.replace(" while rendering '__tera_one_off'", ""));
        }
        cur = c.source();
    }
    Error::Usage(format!(
        "--name `{pattern}`: {}; the variables are {NAME_VARIABLES}",
        if causes.is_empty() {
            "not a valid pattern".to_string()
        } else {
            causes.join(": ")
        }
    ))
}

/// Checks a `--name` pattern before any client is rendered: a typo fails the batch at
/// once (exit 2), not after every PDF is written.
pub fn check_name_pattern(pattern: &str) -> Result<(), Error> {
    let mut ctx = tera::Context::new();
    ctx.insert(
        "client",
        &serde_json::json!({ "slug": "client", "name": "Client Ltd" }),
    );
    ctx.insert("period", "2026-10");
    ctx.insert("kind", "monthly");
    tera::Tera::one_off(pattern, &ctx, false)
        .map(|_| ())
        .map_err(|e| name_error(pattern, &e))
}

/// The output path of a client's file from the pattern: relative, inside the output
/// directory.
fn output_name(pattern: &str, review: &Review, kind: &str) -> Result<String, Error> {
    let mut ctx = tera::Context::new();
    ctx.insert("client", &review.client);
    ctx.insert("period", &review.period.id.file_id());
    ctx.insert("kind", kind);
    let name = tera::Tera::one_off(pattern, &ctx, false).map_err(|e| name_error(pattern, &e))?;
    let p = Path::new(&name);
    if name.trim().is_empty()
        || p.is_absolute()
        || p.components()
            .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        return Err(Error::Usage(format!(
            "--name pattern gives `{name}`, which is not a path inside the output directory"
        )));
    }
    Ok(name)
}

/// The arguments of a `batch-worker` for this batch (the clients follow on its input).
fn worker_args(b: &Batch) -> Vec<OsString> {
    let mut a: Vec<OsString> = vec![
        b.workspace.clone().into(),
        "-o".into(),
        b.out_dir.clone().into(),
        "--name".into(),
        b.pattern.clone().into(),
    ];
    match &b.period {
        PeriodSpec::Month(m) => a.extend(["--period".into(), m.to_string().into()]),
        PeriodSpec::Quarter(q) => a.extend(["--quarter".into(), q.id().into()]),
        PeriodSpec::Year { year, contract } => {
            a.extend(["--year".into(), year.into()]);
            if *contract {
                a.push("--contract-year".into());
            }
        }
    }
    if b.email {
        a.push("--email".into());
    }
    if b.send.is_some() {
        a.push("--send".into());
    }
    if b.deck {
        a.extend(["--format".into(), "deck".into()]);
    }
    if let Some(t) = &b.render.templates {
        a.extend(["--templates".into(), t.clone().into()]);
    }
    if b.portfolio {
        a.push("--portfolio".into());
    }
    a
}

/// A client that failed before or outside its render.
fn failed(slug: &str, started: Instant, error: String) -> Outcome {
    Outcome {
        error: Some(error),
        ..pending(slug, started)
    }
}

/// A client's outcome before anything is known: failed, with no error yet.
fn pending(slug: &str, started: Instant) -> Outcome {
    Outcome {
        client: slug.to_string(),
        status: "failed".into(),
        period: None,
        slas_missed: Vec::new(),
        kpis_red: Vec::new(),
        outputs: Vec::new(),
        sent: false,
        error: None,
        note: None,
        warnings: Vec::new(),
        seconds: started.elapsed().as_secs_f64(),
        facts: None,
    }
}

/// In a worker: exits as soon as the batch that started it is gone (killed, even by
/// SIGKILL), so that no orphan renders on. Polls the parent process id (no unsafe code:
/// the crate forbids it, so no prctl).
pub fn die_with_parent() {
    #[cfg(unix)]
    {
        let parent = std::os::unix::process::parent_id();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(200));
                if std::os::unix::process::parent_id() != parent {
                    std::process::exit(137);
                }
            }
        });
    }
}

/// Why a client's render stopped: skipped on purpose, or an error.
enum SkipOr {
    Skip,
    Error(Error),
}

impl<E: Into<Error>> From<E> for SkipOr {
    fn from(e: E) -> Self {
        SkipOr::Error(e.into())
    }
}

/// Renders one client; every error stays with the client.
pub fn one(b: &Batch, dir: &Path, slug: &str) -> Outcome {
    let t = Instant::now();
    let mut o = pending(slug, t);
    match render_client(b, dir, slug, &mut o) {
        Ok(()) => o.status = "ok".into(),
        Err(SkipOr::Skip) => o.status = "skipped".into(),
        Err(SkipOr::Error(e)) => o.error = Some(e.to_string()),
    }
    o.seconds = t.elapsed().as_secs_f64();
    o
}

/// Renders one client's review, its e-mails and portfolio facts into `o`: loaded once,
/// evaluated once, written all or none, then sent.
fn render_client(b: &Batch, dir: &Path, slug: &str, o: &mut Outcome) -> Result<(), SkipOr> {
    // client.yaml (and provider.yaml) are read once for the client; the provider only
    // for a client under contract (one outside it is skipped whatever the provider).
    review::is_client_dir(dir)?;
    let c = crate::load::files::client(dir)?;
    let start = chrono::Datelike::month(&c.def.contract.start.0);
    let period = b.period.resolve(start).map_err(Error::Usage)?;
    o.period = Some(period.id());
    // A contract that ended before the period (or starts after it) has no service to
    // review: skipped, not failed (a churned client stays in the workspace).
    if !crate::evaluate::portfolio::under_contract(&c.def, period) {
        let k = &c.def.contract;
        o.note = Some(format!(
            "not under contract in {}: {} runs {} to {}",
            period.id(),
            k.id,
            k.start.0,
            k.end.0
        ));
        if b.portfolio {
            o.facts = Some(crate::evaluate::portfolio::facts_of(
                slug,
                &c.def,
                Ok(None),
                period,
            ));
        }
        return Err(SkipOr::Skip);
    }
    let (root, provider) = review::provider_of(dir)?;
    let loaded = review::load_for(root, provider, c, period, &b.render)?;
    let review = review::evaluate_in(&loaded, &loaded.locale)?;
    o.warnings = review::warnings(&loaded, &review)
        .iter()
        .map(|w| w.to_string())
        .collect();
    if b.portfolio {
        // As `portfolio` gathers them (the client is under contract in the period).
        let def = &loaded.client.def;
        o.facts = Some(crate::evaluate::portfolio::facts_of(
            slug,
            def,
            Ok(Some(&review)),
            period,
        ));
    }
    o.slas_missed = review
        .slas
        .iter()
        .filter(|s| s.met == Some(false))
        .map(|s| s.id.clone())
        .collect();
    o.kpis_red = review
        .kpis
        .iter()
        .filter(|k| k.status == Status::Red)
        .map(|k| k.id.clone())
        .collect();
    let deck = b.deck && !matches!(period, Period::Month(_));
    let pdf = review::pdf_of(&loaded, &review, deck, &b.render)?;
    let name = output_name(&b.pattern, &review, period.kind())?;
    let messages = if b.email || b.send.is_some() {
        emails(b, &loaded, &review, &name, &pdf)?
    } else {
        Vec::new()
    };
    let mut files = vec![(name, pdf)];
    if b.email {
        files.extend(
            messages
                .iter()
                .map(|(eml, draft, _)| (eml.clone(), draft.formatted())),
        );
    }
    write_client(&b.out_dir, &files)?;
    o.outputs.extend(files.iter().map(|(name, _)| name.clone()));
    if let Some(smtp) = &b.send {
        for (_, _, m) in &messages {
            smtp.send(m)
                .map_err(|e| Error::Usage(format!("sending the e-mail failed: {e}")))?;
            o.sent = true;
        }
    }
    Ok(())
}

/// A language (`None`: the client's own) and the contacts who read it.
type ContactGroup = (Option<String>, Vec<crate::model::Contact>);

/// The client's contacts by language: those who read the client's own language first,
/// then one group per other locale, in tag order.
fn contact_groups(loaded: &review::Loaded) -> Vec<ContactGroup> {
    let contacts = &loaded.client.def.contacts;
    let client_tag = loaded.client.def.client.locale.as_str();
    let own = |c: &crate::model::Contact| -> Option<String> {
        c.locale.clone().filter(|t| t != client_tag)
    };
    let mut tags: Vec<String> = contacts.iter().filter_map(own).collect();
    tags.sort_unstable();
    tags.dedup();
    let base = contacts
        .iter()
        .filter(|c| own(c).is_none())
        .cloned()
        .collect();
    let mut groups = vec![(None, base)];
    for t in tags {
        let these = contacts
            .iter()
            .filter(|c| own(c).as_deref() == Some(t.as_str()))
            .cloned()
            .collect();
        groups.push((Some(t), these));
    }
    groups
}

/// One message per language: contacts with a locale of their own get the review's
/// words in it (`<name>.<locale>.eml`, the review evaluated in their locale from what
/// was loaded once); the PDF attached is the client's. (file name, the unsent draft,
/// the message to send, dated now) each.
fn emails(
    b: &Batch,
    loaded: &review::Loaded,
    review: &Review,
    name: &str,
    pdf: &[u8],
) -> Result<Vec<(String, lettre::Message, lettre::Message)>, Error> {
    let from = loaded.provider.email_from.clone().ok_or_else(no_sender)?;
    let templates = b.render.templates.as_deref();
    let kind = loaded.period.kind();
    let mut out = Vec::new();
    for (tag, group) in contact_groups(loaded) {
        let (loc, localised);
        let (loc, r) = match tag.as_deref() {
            None => (&loaded.locale, review),
            Some(t) => {
                loc = crate::load::locale::locale_at(
                    &loaded.client,
                    t,
                    "contacts.locale",
                    templates,
                )?;
                localised = review::evaluate_in(loaded, &loc)?;
                (&loc, &localised)
            }
        };
        let build = |sending| email::message(r, &from, &group, kind, pdf, loc, templates, sending);
        if let (Some(draft), Some(m)) = (build(None)?, build(Some(std::time::SystemTime::now()))?) {
            let ext = tag
                .as_deref()
                .map_or("eml".to_string(), |t| format!("{t}.eml"));
            let eml = Path::new(name)
                .with_extension(ext)
                .to_string_lossy()
                .into_owned();
            out.push((eml, draft, m));
        }
    }
    Ok(out)
}

/// A client's PDF and e-mails, named relative to `out_dir` (the pattern may name
/// sub-directories), written all or none: staged together, then renamed.
fn write_client(out_dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), Error> {
    let placed: Vec<(PathBuf, String, &[u8])> = files
        .iter()
        .map(|(name, bytes)| {
            let full = out_dir.join(name);
            let parent = full.parent().unwrap_or(out_dir).to_path_buf();
            let file = full
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            (parent, file, bytes.as_slice())
        })
        .collect();
    let all: Vec<(&Path, &str, &[u8])> = placed
        .iter()
        .map(|(d, f, b)| (d.as_path(), f.as_str(), *b))
        .collect();
    crate::output::write_all_in(&all)?;
    Ok(())
}

/// Runs the batch; the manifest is written to `<out>/manifest.json`.
pub fn run(b: &Batch) -> Result<Manifest, Error> {
    check_name_pattern(&b.pattern)?;
    let manifest_name = remove_manifest(b)?;
    let ws = workspace::discover(&b.workspace)?;
    if b.email || b.send.is_some() {
        sender_of(ws.root.as_deref())?;
    }
    let clients = clients_of(&ws.clients, b.shard);
    let jobs = jobs(b.jobs)?;
    let mut outcomes = render_all(b, &clients, jobs)?;
    let portfolio = match b.common_period().filter(|_| b.portfolio) {
        None => Vec::new(),
        Some(period) => {
            let root = ws.root.as_deref().unwrap_or(&b.workspace);
            batch_portfolio(b, root, period, &mut outcomes, &clients)?
        }
    };
    let manifest = Manifest {
        kind: match &b.period {
            PeriodSpec::Month(_) => "monthly",
            PeriodSpec::Quarter(_) => "qbr",
            PeriodSpec::Year { .. } => "annual",
        }
        .into(),
        shard: b.shard.map(|(k, n)| format!("{k}/{n}")),
        ok: outcomes.iter().filter(|o| o.status == "ok").count(),
        failed: outcomes.iter().filter(|o| o.status == "failed").count(),
        skipped: outcomes.iter().filter(|o| o.status == "skipped").count(),
        clients: outcomes,
        portfolio,
    };
    let mut text = serde_json::to_vec_pretty(&manifest).expect("serialises");
    text.push(b'\n');
    crate::output::write_all(&b.out_dir, &[(manifest_name, text)])?;
    Ok(manifest)
}

/// The sender of the batch's e-mails, from `provider.yaml`: required before anything is
/// rendered (mail from `reviews@localhost` reaches no one, or a spam folder).
fn sender_of(root: Option<&Path>) -> Result<String, Error> {
    crate::load::files::provider(root)?
        .email_from
        .ok_or_else(no_sender)
}

fn no_sender() -> Error {
    Error::Usage(
        "--email and --send need a sender: set `email_from` in provider.yaml (e.g. \
         `email_from: Service Reviews <reviews@your-msp.example>`)"
            .into(),
    )
}

/// Removes a previous run's manifest first: a batch killed half way leaves none, never
/// an old one that reads as this run's. Returns its name.
fn remove_manifest(b: &Batch) -> Result<String, Error> {
    let name = match b.shard {
        Some((k, n)) => format!("manifest-{k}-of-{n}.json"),
        None => "manifest.json".into(),
    };
    match std::fs::remove_file(b.out_dir.join(&name)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::io(&b.out_dir.join(&name), e))
        }
        _ => Ok(name),
    }
}

/// The clients of the batch (of its shard), with their slugs, in slug order.
fn clients_of(dirs: &[PathBuf], shard: Option<(usize, usize)>) -> Vec<(PathBuf, String)> {
    let mut clients: Vec<(PathBuf, String)> = dirs
        .iter()
        .map(|d| {
            let slug = d.file_name().map(|n| n.to_string_lossy().into_owned());
            (d.clone(), slug.unwrap_or_default())
        })
        .filter(|(_, slug)| shard.is_none_or(|(k, n)| shard_of(slug, n) == k))
        .collect();
    clients.sort_by(|a, b| a.1.cmp(&b.1));
    clients
}

/// The number of parallel renders: `--jobs`, or one per core (0).
fn jobs(asked: usize) -> Result<usize, Error> {
    // Warm workers are busy rendering, not starting: one per core keeps every core
    // working (the batch's own threads only wait on pipes).
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Each worker holds a review's memory (tens of MB): more than 16 per core only
    // thrashes, and 10,000 would exhaust the machine.
    let max = 16 * cores;
    match asked {
        0 => Ok(cores),
        n if n > max => Err(Error::Usage(format!(
            "--jobs {n}: at most {max} on this machine ({cores} cores, 16 workers each)"
        ))),
        n => Ok(n),
    }
}

/// Progress on standard error: a bar on a terminal, else a line per client.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
}

impl Progress {
    fn new(total: usize) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let pb = indicatif::ProgressBar::new(total as u64);
            pb.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed} {msg}")
                    .expect("a valid template"),
            );
            pb
        });
        Progress { bar, total }
    }

    /// The `n`th client is done.
    fn report(&self, o: &Outcome, n: usize) {
        match &self.bar {
            Some(pb) => {
                pb.set_message(format!("{} {}", o.client, o.status));
                pb.inc(1);
            }
            None => {
                let error = o.error.as_deref();
                let why = error.map(|e| format!(" ({})", e.lines().next().unwrap_or("")));
                let (total, why) = (self.total, why.unwrap_or_default());
                eprintln!("[{n}/{total}] {}: {}{why}", o.client, o.status);
            }
        }
    }

    fn finish(self) {
        if let Some(pb) = self.bar {
            pb.finish_and_clear();
        }
    }
}

/// Every client rendered on `jobs` threads (each driving a warm worker process, or
/// rendering in this process without one); outcomes in slug order.
fn render_all(
    b: &Batch,
    clients: &[(PathBuf, String)],
    jobs: usize,
) -> Result<Vec<Outcome>, Error> {
    let total = clients.len();
    let progress = Progress::new(total);
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::with_capacity(total));
    let args = worker_args(b);
    std::thread::scope(|scope| -> Result<(), Error> {
        for _ in 0..jobs.min(total) {
            std::thread::Builder::new()
                // Rendering in this process, Typst layout and tera's parser recurse
                // deeply: the main thread's 8 MiB rather than the 2 MiB default.
                .stack_size(16 * 1024 * 1024)
                .spawn_scoped(scope, || {
                    let mut slot = b
                        .worker
                        .as_deref()
                        .map(|exe| worker::Slot::new(exe, &args, b.recycle));
                    while let Some((dir, slug)) = clients.get(next.fetch_add(1, Ordering::Relaxed))
                    {
                        let o = match slot.as_mut() {
                            Some(slot) => slot.render(dir, slug),
                            None => one(b, dir, slug),
                        };
                        let mut all = outcomes.lock().expect("not poisoned");
                        all.push(o);
                        progress.report(all.last().expect("just pushed"), all.len());
                    }
                })
                .map_err(|e| Error::Usage(format!("cannot start {jobs} batch threads: {e}")))?;
        }
        Ok(())
    })?;
    progress.finish();
    let mut outcomes = outcomes.into_inner().expect("not poisoned");
    outcomes.sort_by(|a, b| a.client.cmp(&b.client));
    Ok(outcomes)
}

/// The portfolio of the batch's reviews (each worker returned its client's facts; a
/// client not rendered is looked at once more, to tell churned from failed): the files
/// written.
fn batch_portfolio(
    b: &Batch,
    root: &Path,
    period: Period,
    outcomes: &mut [Outcome],
    clients: &[(PathBuf, String)],
) -> Result<Vec<String>, Error> {
    let facts = outcomes
        .iter_mut()
        .zip(clients)
        .map(|(o, (dir, _))| match o.facts.take() {
            Some(f) => f,
            None => commands::portfolio::facts_without_review(
                dir,
                period,
                o.error.as_deref().unwrap_or("not rendered"),
            ),
        })
        .collect();
    let outputs = commands::portfolio::PortfolioOutputs {
        deck: b.deck,
        ..Default::default()
    };
    let provider = crate::load::files::provider(Some(root))?;
    let (_, written) = commands::portfolio::render_portfolio(
        root, &provider, facts, period, &b.out_dir, &outputs, &b.render,
    )?;
    Ok(written
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect())
}

/// The summary table printed after a run.
pub fn summary(m: &Manifest) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        "client".into(),
        "status".into(),
        "SLAs missed".into(),
        "outputs".into(),
        "error".into(),
    ]];
    for o in &m.clients {
        rows.push([
            o.client.clone(),
            o.status.clone(),
            if o.slas_missed.is_empty() {
                "-".into()
            } else {
                o.slas_missed.join(", ")
            },
            o.outputs.join(", "),
            o.error
                .as_deref()
                .or(o.note.as_deref())
                .and_then(|e| e.lines().find(|l| !l.trim().is_empty()))
                .unwrap_or("")
                .to_string(),
        ]);
    }
    let widths: Vec<usize> = (0..4)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        for (i, w) in widths.iter().enumerate() {
            out.push_str(&format!("{:<w$}  ", r[i], w = *w));
        }
        out.push_str(&r[4]);
        out.push('\n');
    }
    out.push_str(&format!("{} ok, {} failed", m.ok, m.failed));
    if m.skipped > 0 {
        out.push_str(&format!(", {} skipped (not under contract)", m.skipped));
    }
    out.push('\n');
    out
}

/// Whether the gate fails the run (after everything was written).
pub fn gated(m: &Manifest, fail_on: FailOn) -> bool {
    match fail_on {
        FailOn::Never => false,
        FailOn::Breach => m.clients.iter().any(|o| !o.slas_missed.is_empty()),
        FailOn::Red => m
            .clients
            .iter()
            .any(|o| !o.slas_missed.is_empty() || !o.kpis_red.is_empty()),
    }
}

/// Runs `batch`: the summary and the portfolio's files on standard output; exit 1 when
/// a client failed or none was under contract, 5 when the gate (`--fail-on`) is hit,
/// each after writing everything.
pub fn run_printing(b: &Batch) -> Result<std::process::ExitCode, Error> {
    use std::process::ExitCode;
    if b.portfolio && b.shard.is_some() {
        return Err(Error::Usage(
            "--portfolio covers every client: not with --shard (run `svcreview portfolio` after the shards)".into(),
        ));
    }
    let m = run(b)?;
    print!("{}", summary(&m));
    // The clients' warnings, as `validate` gives them, after the table (on stderr, as a
    // single review prints them).
    let style = crate::terminal::Style::stderr();
    for w in m.clients.iter().flat_map(|o| &o.warnings) {
        eprintln!("{} {w}", style.label(crate::terminal::Label::Warning));
    }
    for p in &m.portfolio {
        println!("{p}");
    }
    // Every client skipped: most likely a mistyped period; CI should notice.
    let none = m.ok == 0 && m.failed == 0 && m.skipped > 0;
    if none {
        commands::say_none_under_contract();
    }
    Ok(if m.failed > 0 || none {
        ExitCode::from(1)
    } else if gated(&m, b.fail_on) {
        ExitCode::from(5)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_stable_and_cover_everything_once() {
        let slugs: Vec<String> = (0..200).map(|i| format!("client-{i:03}")).collect();
        let mut seen = vec![0; slugs.len()];
        for k in 1..=3 {
            for (i, s) in slugs.iter().enumerate() {
                if shard_of(s, 3) == k {
                    seen[i] += 1;
                }
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        assert_eq!(shard_of("harlow-fenwick", 3), shard_of("harlow-fenwick", 3));
        assert_eq!(parse_shard("2/3"), Ok((2, 3)));
        assert!(
            parse_shard("4/3").is_err() && parse_shard("0/3").is_err() && parse_shard("x").is_err()
        );
    }
}
