//! The svcreview command line: parse arguments, call the library, map errors to exit
//! codes (0 ok, 1 invalid input, 2 usage, 3 template, 4 I/O).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand};

use svcreview::commands::{self, RenderConfig};
use svcreview::error::Error;
use svcreview::model::Month;
use svcreview::model::schema::SchemaKind;
use svcreview::period::Period;
use svcreview::terminal::{Label, Style};

/// Service reviews for managed service providers: YAML in, PDF and JSON out.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start a workspace (provider.yaml and a first client), or add a client to one: valid
    /// as written, with every field commented; `monthly` renders it at once.
    Init {
        /// The workspace directory: new (or empty), or an existing one to add a client to.
        dir: PathBuf,
        /// The client's directory name under clients/ (lower-case, digits, dashes).
        #[arg(long, value_name = "SLUG", default_value = "example-client")]
        client: String,
        /// The client's name (default: from the slug, `acme-legal` → `Acme Legal`).
        #[arg(long)]
        name: Option<String>,
        /// The client's time zone (IANA, e.g. Europe/London).
        #[arg(long, default_value = "Europe/London")]
        timezone: String,
        /// The month of the first period file, YYYY-MM (default: last month).
        #[arg(long, value_parser = parse_month)]
        period: Option<Month>,
        /// A ticket export (.csv or .xlsx): copied into the client's tickets/, and its
        /// `tickets:` block (profile, priorities) read off it, as `tickets inspect` does.
        #[arg(long, value_name = "FILE")]
        from_tickets: Option<PathBuf>,
    },
    /// Check a client directory or a whole workspace; report every problem at once.
    Validate {
        /// A client directory (with client.yaml) or a workspace (with clients/).
        path: PathBuf,
        /// Fail on warnings too (a mapped value that never occurs, a column empty in
        /// every row, a repeated ticket): for CI.
        #[arg(long)]
        strict: bool,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Look at ticket exports before a client uses them.
    Tickets {
        #[command(subcommand)]
        command: TicketsCommand,
    },
    /// Print one client's evaluated review of a month, quarter or year as JSON.
    Evaluate {
        /// The client directory.
        client: PathBuf,
        #[command(flatten)]
        period: PeriodArgs,
        /// With --year: the contract year starting in it (from the contract's start
        /// month), as `annual --contract-year` reviews it.
        #[arg(long, requires = "year")]
        contract_year: bool,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// What changed in a review's figures: evaluated now against its published snapshot
    /// (history/), or against another review's JSON (--against).
    Diff {
        /// The client directory.
        client: PathBuf,
        #[command(flatten)]
        period: PeriodArgs,
        /// With --year: the contract year starting in it.
        #[arg(long, requires = "year")]
        contract_year: bool,
        /// Compare with this review JSON (a snapshot in history/, or what --json and
        /// `evaluate` write; another period's too) instead of the period's published
        /// snapshot.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Every client of a workspace in one PDF for the MSP's leadership: health, risk,
    /// credits, renewals, recurring revenue, satisfaction; clients with bad data listed.
    Portfolio {
        /// The workspace (with clients/).
        workspace: PathBuf,
        #[command(flatten)]
        period: PeriodArgs,
        /// The directory to write portfolio-<period>.pdf to (created if missing).
        #[arg(short = 'o', long = "out", default_value = "out")]
        out: PathBuf,
        /// Also write the portfolio's figures as JSON next to the PDF.
        #[arg(long)]
        json: bool,
        /// Also write each page as a PNG preview (144 dpi) into DIR.
        #[arg(long, value_name = "DIR")]
        png: Option<PathBuf>,
        #[command(flatten)]
        format: FormatArgs,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Write one client's monthly service review PDF.
    Monthly {
        /// The client directory.
        client: PathBuf,
        /// The month to review, YYYY-MM.
        #[arg(long, value_parser = parse_month)]
        period: Month,
        #[command(flatten)]
        output: OutputArgs,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Write one client's quarterly business review PDF.
    Qbr {
        /// The client directory.
        client: PathBuf,
        /// The quarter, YYYY-Qn.
        #[arg(long, value_parser = parse_quarter)]
        quarter: Period,
        #[command(flatten)]
        output: OutputArgs,
        #[command(flatten)]
        format: FormatArgs,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Render every client of a workspace, in parallel; one bad client fails only itself.
    Batch {
        /// The workspace (with clients/).
        workspace: PathBuf,
        /// monthly, qbr or annual.
        #[arg(long, value_enum)]
        kind: BatchKind,
        /// Parallel renders (default: one worker process per core).
        #[arg(long, default_value_t = 0)]
        jobs: usize,
        /// Replace a worker process after this many clients.
        #[arg(long, value_name = "N", default_value_t = svcreview::commands::batch::Recycle::default().clients)]
        worker_clients: usize,
        /// Replace a worker process once its memory passes this many MiB.
        #[arg(long, value_name = "MIB", default_value_t = svcreview::commands::batch::Recycle::default().memory_mib)]
        worker_memory: u64,
        /// Render only shard K of N (stable per client), for a CI matrix.
        #[arg(long, value_parser = svcreview::commands::batch::parse_shard, value_name = "K/N")]
        shard: Option<(usize, usize)>,
        /// Exit 5 (after writing everything) when an SLA was missed (breach) or also a KPI is red (red).
        #[arg(long, value_enum, default_value_t = FailOnArg::Never)]
        fail_on: FailOnArg,
        #[command(flatten)]
        job: BatchJobArgs,
    },
    /// A batch's worker process: reads clients (JSON lines) on stdin, renders each and
    /// prints its outcome as a JSON line.
    #[command(hide = true)]
    BatchWorker {
        workspace: PathBuf,
        #[command(flatten)]
        job: BatchJobArgs,
    },
    /// Write one client's annual review and renewal pack (PDF/A-2b).
    Annual {
        /// The client directory.
        client: PathBuf,
        /// The calendar year, YYYY (with --contract-year: the contract year starting in it).
        #[arg(long)]
        year: String,
        /// Use the contract year (starting in the contract's start month) instead of the
        /// calendar year.
        #[arg(long)]
        contract_year: bool,
        #[command(flatten)]
        output: OutputArgs,
        #[command(flatten)]
        format: FormatArgs,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Print the JSON Schema of an input file (for an editor's YAML language server), or
    /// write all four into a workspace's schemas/ (after an upgrade).
    Schema {
        /// client, period, review or provider.
        #[arg(value_enum, required_unless_present = "workspace")]
        kind: Option<SchemaArg>,
        /// Write the four schemas into this workspace's schemas/ instead (those that
        /// changed), where its files' `# yaml-language-server: $schema=` lines point.
        #[arg(long, value_name = "DIR", conflicts_with = "kind")]
        workspace: Option<PathBuf>,
    },
    /// Print a completion script for a shell (see README: Install).
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page svcreview(1), or write a page per command into --out.
    Man {
        /// Write svcreview.1 and svcreview-COMMAND.1 into this directory instead.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum TicketsCommand {
    /// What an export holds: columns, the profile that fits, the date order, the
    /// priorities and statuses seen, and a `tickets:` block to paste into client.yaml.
    Inspect {
        /// The export (.csv or .xlsx).
        file: PathBuf,
        /// Read it with this profile instead of the best fit (connectwise, autotask,
        /// halopsa, zendesk, jira, servicenow, freshservice, freshdesk, zammad, atera,
        /// syncro, generic).
        #[arg(long, value_parser = parse_profile)]
        profile: Option<svcreview::model::TicketProfile>,
        /// The time zone of times without an offset (for the sample times shown).
        #[arg(long, default_value = "UTC")]
        timezone: String,
    },
}

fn parse_profile(s: &str) -> Result<svcreview::model::TicketProfile, String> {
    svcreview::load::tickets::profile::PROFILES
        .into_iter()
        .find(|p| svcreview::load::tickets::profile::profile_key(*p).eq_ignore_ascii_case(s))
        .ok_or_else(|| {
            format!(
                "unknown profile `{s}`; one of: {}",
                svcreview::load::tickets::profile::PROFILES
                    .map(svcreview::load::tickets::profile::profile_key)
                    .join(", ")
            )
        })
}

#[derive(Args)]
#[group(required = true, multiple = false)]
struct PeriodArgs {
    /// A month, YYYY-MM.
    #[arg(long, value_parser = parse_month)]
    period: Option<Month>,
    /// A quarter, YYYY-Qn.
    #[arg(long, value_parser = parse_quarter)]
    quarter: Option<Period>,
    /// A calendar year, YYYY (with --contract-year: the contract year starting in it).
    #[arg(long)]
    year: Option<String>,
}

impl PeriodArgs {
    /// The period named: a month, a quarter, or a (contract) year of the client's.
    fn period(&self, client: &std::path::Path, contract_year: bool) -> Result<Period, Error> {
        Ok(match (self.period, self.quarter, &self.year) {
            (Some(m), _, _) => Period::Month(m),
            (_, Some(q), _) => q,
            (_, _, Some(y)) => year_period(client, y, contract_year)?,
            _ => unreachable!("clap requires one"),
        })
    }
}

#[derive(Args)]
struct OutputArgs {
    /// The directory to write to (created if missing).
    #[arg(short = 'o', long = "out", default_value = "out")]
    out: PathBuf,
    /// Also write the evaluated review as JSON next to the PDF.
    #[arg(long)]
    json: bool,
    /// Record the review in the client's history/ (an existing snapshot is kept).
    #[arg(long)]
    publish: bool,
    /// With --publish: replace an existing snapshot.
    #[arg(long, requires = "publish")]
    force: bool,
    /// Also write each page as a PNG preview (144 dpi) into DIR.
    #[arg(long, value_name = "DIR")]
    png: Option<PathBuf>,
    /// Keep running: render again whenever an input of the review changes (its period
    /// files, ticket exports, client.yaml, provider.yaml, templates), print what changed
    /// or what is wrong; a bad input leaves the last good PDF in place.
    #[arg(long, conflicts_with = "publish")]
    watch: bool,
}

/// The form of a QBR or annual review.
#[derive(Args)]
struct FormatArgs {
    /// `report` (A4) or `deck` (16:9 slides).
    #[arg(long, value_enum, default_value_t = Format::Report)]
    format: Format,
}

/// What every client of a batch gets: the period, where and how outputs are written.
#[derive(Args)]
struct BatchJobArgs {
    /// The month (monthly), YYYY-MM.
    #[arg(long, value_parser = parse_month)]
    period: Option<Month>,
    /// The quarter (qbr), YYYY-Qn.
    #[arg(long, value_parser = parse_quarter)]
    quarter: Option<Period>,
    /// The year (annual), YYYY.
    #[arg(long)]
    year: Option<String>,
    /// Annual: each client's contract year starting in --year.
    #[arg(long)]
    contract_year: bool,
    /// The directory to write to.
    #[arg(short = 'o', long = "out", default_value = "out")]
    out: PathBuf,
    /// Output file names (tera): variables client.slug, client.name, period, kind.
    #[arg(long = "name", default_value = svcreview::commands::batch::DEFAULT_PATTERN)]
    pattern: String,
    /// Write an .eml per client (to its contacts, PDF attached) next to the PDF.
    #[arg(long)]
    email: bool,
    /// Send the e-mails over SMTP (SVCREVIEW_SMTP_* from the environment).
    #[arg(long)]
    send: bool,
    /// QBR and annual as 16:9 slide decks.
    #[arg(long, value_enum, default_value_t = Format::Report)]
    format: Format,
    /// Also write the portfolio review (every client, for the MSP's leadership) from
    /// the same reviews: portfolio-<period>.pdf in the output directory.
    #[arg(long, conflicts_with = "contract_year")]
    portfolio: bool,
    #[command(flatten)]
    templates: TemplateArgs,
}

impl BatchJobArgs {
    /// The checked batch settings; `kind` (when given) must match the period option.
    fn batch(
        self,
        workspace: PathBuf,
        kind: Option<BatchKind>,
    ) -> Result<svcreview::commands::batch::Batch, Error> {
        use svcreview::commands::batch::{Batch, FailOn, PeriodSpec};
        let period = match (kind, self.period, self.quarter, self.year) {
            (None | Some(BatchKind::Monthly), Some(m), None, None) => PeriodSpec::Month(m),
            (None | Some(BatchKind::Qbr), None, Some(q), None) => PeriodSpec::Quarter(q),
            (None | Some(BatchKind::Annual), None, None, Some(year)) => PeriodSpec::Year {
                year,
                contract: self.contract_year,
            },
            _ => {
                return Err(Error::Usage(
                    "give --kind monthly with --period, qbr with --quarter, or annual with --year"
                        .into(),
                ));
            }
        };
        Ok(Batch {
            workspace,
            period,
            out_dir: self.out,
            jobs: 0,
            shard: None,
            fail_on: FailOn::Never,
            pattern: self.pattern,
            email: self.email,
            send: if self.send {
                Some(svcreview::present::email::Smtp::from_env()?)
            } else {
                None
            },
            deck: self.format == Format::Deck,
            render: self.templates.config()?,
            worker: None,
            recycle: Default::default(),
            portfolio: self.portfolio,
        })
    }
}

/// An input file with a schema.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SchemaArg {
    /// clients/<slug>/client.yaml
    Client,
    /// clients/<slug>/periods/YYYY-MM.yaml
    Period,
    /// clients/<slug>/reviews/<period>.yaml
    Review,
    /// provider.yaml
    Provider,
}

impl From<SchemaArg> for SchemaKind {
    fn from(a: SchemaArg) -> SchemaKind {
        match a {
            SchemaArg::Client => SchemaKind::Client,
            SchemaArg::Period => SchemaKind::Period,
            SchemaArg::Review => SchemaKind::Review,
            SchemaArg::Provider => SchemaKind::Provider,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum BatchKind {
    Monthly,
    Qbr,
    Annual,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOnArg {
    Breach,
    Red,
    Never,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// The A4 document.
    Report,
    /// A 16:9 slide deck.
    Deck,
}

impl OutputArgs {
    /// The checked output settings: `--png` must name a directory (or nothing yet).
    fn outputs(&self, format: Format) -> Result<commands::Outputs, Error> {
        if let Some(p) = &self.png
            && p.exists()
            && !p.is_dir()
        {
            return Err(Error::Usage(format!(
                "--png `{}` is a file; give a directory for the page images (it is created if missing)",
                p.display()
            )));
        }
        Ok(commands::Outputs {
            json: self.json,
            publish: self.publish,
            force: self.force,
            deck: format == Format::Deck,
            png: self.png.clone(),
        })
    }
}

#[derive(Args)]
struct TemplateArgs {
    /// A directory whose files override the embedded templates and locales, file by file.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
}

impl TemplateArgs {
    fn config(self) -> Result<RenderConfig, Error> {
        if let Some(d) = &self.templates
            && !d.is_dir()
        {
            return Err(Error::Usage(format!(
                "--templates {}: no such directory",
                d.display()
            )));
        }
        Ok(RenderConfig {
            templates: self.templates,
            source_date: commands::source_date_epoch()?,
        })
    }
}

fn parse_month(s: &str) -> Result<Month, String> {
    Month::parse(s)
}

fn parse_quarter(s: &str) -> Result<Period, String> {
    Period::parse_quarter(s)
}

/// The year a client's review covers: calendar, or contract year from its start month.
fn year_period(client: &std::path::Path, year: &str, contract_year: bool) -> Result<Period, Error> {
    let first_month = if contract_year {
        let c = svcreview::load::files::client(client)?;
        chrono::Datelike::month(&c.def.contract.start.0)
    } else {
        1
    };
    Period::parse_year(year, first_month).map_err(Error::Usage)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", Style::stderr().error(&e));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Renders a review once, or with `--watch` again after every change of its inputs.
fn render(
    client: &std::path::Path,
    period: Period,
    output: &OutputArgs,
    format: Format,
    cfg: RenderConfig,
) -> Result<ExitCode, Error> {
    let outputs = output.outputs(format)?;
    if !output.watch {
        return print_written(commands::render(
            client,
            period,
            &output.out,
            outputs,
            &cfg,
        )?);
    }
    let job = svcreview::commands::watch::Job {
        client: client.to_path_buf(),
        period,
        out_dir: output.out.clone(),
        outputs,
        render: cfg,
    };
    let mut good = false;
    let mut failed = false;
    let style = Style::stderr();
    eprintln!(
        "watching the inputs of {} for changes (Ctrl-C to stop)",
        period.label()
    );
    svcreview::commands::watch::run(&job, |round| {
        let time = chrono::Local::now().format("%H:%M:%S");
        match round {
            svcreview::commands::watch::Round::Rendered {
                written,
                changes,
                first,
            } => {
                for path in written {
                    println!("{time} {}", path.display());
                }
                if failed {
                    eprintln!("{time} the input is good again");
                    failed = false;
                }
                if *first {
                    // The first good render: nothing to compare with yet.
                } else if changes.is_empty() {
                    println!("no figure changed");
                } else {
                    print!(
                        "{}",
                        svcreview::evaluate::compare::table(changes, "before", "now")
                    );
                }
                good = true;
            }
            svcreview::commands::watch::Round::Failed(e) => {
                failed = true;
                eprintln!("{time} {}", style.error(e));
                if good {
                    eprintln!("the last good PDF is kept; fix the input and save again");
                } else {
                    eprintln!("nothing written yet; fix the input and save again");
                }
            }
        }
        true
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Nothing reviewed because no client is under contract in the period: most likely a
/// mistyped period; the run fails so that CI notices.
fn say_none_under_contract() {
    let style = svcreview::terminal::Style::stderr();
    eprintln!(
        "{} no client is under contract in this period: check the period",
        style.label(svcreview::terminal::Label::Error)
    );
}

fn print_written(written: Vec<PathBuf>) -> Result<ExitCode, Error> {
    for path in written {
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Init {
            dir,
            client,
            name,
            timezone,
            period,
            from_tickets,
        } => {
            let timezone: chrono_tz::Tz = timezone.parse().map_err(|_| {
                Error::Usage(format!(
                    "unknown time zone `{timezone}`; an IANA name such as Europe/London"
                ))
            })?;
            let init = svcreview::commands::init::Init {
                month: period.unwrap_or_else(|| {
                    svcreview::commands::init::last_month(chrono::Local::now().date_naive())
                }),
                dir,
                slug: client,
                name,
                timezone,
                tickets: from_tickets,
            };
            for path in svcreview::commands::init::run(&init)? {
                println!("{}", path.display());
            }
            let client = init.dir.join("clients").join(&init.slug);
            eprintln!(
                "next: edit {} (an editor with a YAML language server, such as VS Code's YAML
extension, completes its fields from schemas/ and underlines mistakes), then
  svcreview validate {}
  svcreview monthly {} --period {} -o out --watch",
                client.join("client.yaml").display(),
                init.dir.display(),
                client.display(),
                init.month
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate {
            path,
            strict,
            templates,
        } => {
            let mut checked = commands::validate(&path, templates.config()?.templates.as_deref())?;
            let style = Style::stderr();
            for n in &checked.notes {
                eprintln!("{}", style.problem(Label::Note, n));
            }
            if strict {
                checked.problems.0.append(&mut checked.warnings);
            }
            for w in &checked.warnings {
                eprintln!("{}", style.problem(Label::Warning, w));
            }
            if checked.problems.is_empty() {
                let w = checked.warnings.len();
                println!(
                    "ok: {} client{}, {} period file{}{}",
                    checked.clients,
                    if checked.clients == 1 { "" } else { "s" },
                    checked.periods,
                    if checked.periods == 1 { "" } else { "s" },
                    if w == 0 {
                        String::new()
                    } else {
                        format!(", {w} warning{}", if w == 1 { "" } else { "s" })
                    }
                );
                Ok(ExitCode::SUCCESS)
            } else {
                Err(Error::Invalid(checked.problems))
            }
        }
        Command::Tickets {
            command:
                TicketsCommand::Inspect {
                    file,
                    profile,
                    timezone,
                },
        } => {
            let tz: chrono_tz::Tz = timezone
                .parse()
                .map_err(|_| Error::Usage(format!("unknown time zone `{timezone}`")))?;
            if !file.is_file() {
                return Err(Error::Usage(format!("{}: no such file", file.display())));
            }
            let report = svcreview::load::tickets::inspect::inspect(&file, profile, tz)
                .map_err(|p| Error::Invalid(svcreview::error::Problems(vec![p])))?;
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Evaluate {
            client,
            period,
            contract_year,
            templates,
        } => {
            let p = period.period(&client, contract_year)?;
            let (_, review) = commands::evaluate_period(&client, p, &templates.config()?)?;
            let json = serde_json::to_string_pretty(&review).expect("a Review serialises");
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff {
            client,
            period,
            contract_year,
            against,
            templates,
        } => {
            let p = period.period(&client, contract_year)?;
            let (_, review) = commands::evaluate_period(&client, p, &templates.config()?)?;
            let now = serde_json::to_value(&review).expect("a Review serialises");
            let (file, then) = match against {
                Some(file) => {
                    let then =
                        svcreview::load::history::load_file(&file).map_err(Error::Invalid)?;
                    (file, then)
                }
                None => {
                    let file = svcreview::load::history::path(&client, p);
                    let then = svcreview::load::history::load(&client, p)
                        .map_err(Error::Invalid)?
                        .ok_or_else(|| {
                            Error::Usage(format!(
                                "{}: {} has not been published (render it with --publish), so there is nothing to compare with; give --against FILE for another review's JSON",
                                file.display(),
                                review.period.label
                            ))
                        })?;
                    (file, then)
                }
            };
            let changes = svcreview::evaluate::compare::changes(&then, &now);
            let then_label = then["period"]["label"].as_str().unwrap_or_default();
            if let Some(other) = then["client"]["name"].as_str()
                && other != review.client.name
            {
                eprintln!(
                    "{} {} is a review of {other}, not of {}",
                    Style::stderr().label(Label::Note),
                    file.display(),
                    review.client.name
                );
            }
            println!(
                "{}, {}: now, against {} ({})",
                review.client.name,
                review.period.label,
                then_label,
                file.display()
            );
            if changes.is_empty() {
                println!("No figure changed.");
            } else {
                print!(
                    "{}",
                    svcreview::evaluate::compare::table(
                        &changes,
                        &format!("{then_label}, then"),
                        &format!("{}, now", review.period.label)
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Portfolio {
            workspace,
            period,
            out,
            json,
            png,
            format,
            templates,
        } => {
            let p = match (period.period, period.quarter, &period.year) {
                (Some(m), _, _) => Period::Month(m),
                (_, Some(q), _) => q,
                // Calendar years: the clients' contract years differ.
                (_, _, Some(y)) => Period::parse_year(y, 1).map_err(Error::Usage)?,
                _ => unreachable!("clap requires one"),
            };
            let outputs = commands::portfolio::PortfolioOutputs {
                deck: format.format == Format::Deck,
                json,
                png,
            };
            let (portfolio, written) = commands::portfolio::portfolio(
                &workspace,
                p,
                &out,
                &outputs,
                &templates.config()?,
            )?;
            eprint!("{}", svcreview::evaluate::portfolio::summary(&portfolio));
            // Everything is written; a client whose data failed fails the run, as in a
            // batch, so that CI notices.
            let code = print_written(written)?;
            let reviewed = portfolio.clients.iter().any(|c| c.review.is_some());
            if !reviewed && portfolio.failed.is_empty() {
                say_none_under_contract();
            }
            Ok(if portfolio.failed.is_empty() && reviewed {
                code
            } else {
                ExitCode::from(1)
            })
        }
        Command::Monthly {
            client,
            period,
            output,
            templates,
        } => {
            let cfg = templates.config()?;
            render(&client, Period::Month(period), &output, Format::Report, cfg)
        }
        Command::Batch {
            workspace,
            kind,
            jobs,
            worker_clients,
            worker_memory,
            shard,
            fail_on,
            job,
        } => {
            use svcreview::commands::batch::{self, FailOn};
            let b = batch::Batch {
                jobs,
                shard,
                fail_on: match fail_on {
                    FailOnArg::Breach => FailOn::Breach,
                    FailOnArg::Red => FailOn::Red,
                    FailOnArg::Never => FailOn::Never,
                },
                // Clients render in warm worker processes: isolated crashes, flat memory.
                worker: std::env::current_exe().ok(),
                recycle: batch::Recycle {
                    clients: worker_clients,
                    memory_mib: worker_memory,
                },
                ..job.batch(workspace, Some(kind))?
            };
            if b.portfolio && b.shard.is_some() {
                return Err(Error::Usage(
                    "--portfolio covers every client: not with --shard (run `svcreview portfolio` after the shards)".into(),
                ));
            }
            let m = batch::run(&b)?;
            print!("{}", batch::summary(&m));
            for p in &m.portfolio {
                println!("{p}");
            }
            // Every client skipped: most likely a mistyped period; CI should notice.
            let none = m.ok == 0 && m.failed == 0 && m.skipped > 0;
            if none {
                say_none_under_contract();
            }
            Ok(if m.failed > 0 || none {
                ExitCode::from(1)
            } else if batch::gated(&m, b.fail_on) {
                ExitCode::from(5)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::BatchWorker { workspace, job } => {
            svcreview::commands::batch::die_with_parent();
            let b = job.batch(workspace, None)?;
            let stdin = std::io::stdin().lock();
            let stdout = std::io::stdout().lock();
            svcreview::commands::batch::worker::serve(&b, stdin, stdout)
                .map_err(|e| Error::Usage(format!("batch worker: {e}")))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Qbr {
            client,
            quarter,
            output,
            format,
            templates,
        } => {
            let cfg = templates.config()?;
            render(&client, quarter, &output, format.format, cfg)
        }
        Command::Annual {
            client,
            year,
            contract_year,
            output,
            format,
            templates,
        } => {
            let p = year_period(&client, &year, contract_year)?;
            let cfg = templates.config()?;
            render(&client, p, &output, format.format, cfg)
        }
        Command::Schema { kind, workspace } => match (kind, workspace) {
            (Some(kind), _) => {
                print!("{}", SchemaKind::from(kind).text());
                Ok(ExitCode::SUCCESS)
            }
            (None, Some(dir)) => {
                if !dir.join("provider.yaml").is_file() && !dir.join("clients").is_dir() {
                    return Err(Error::Usage(format!(
                        "{}: not a workspace (no provider.yaml, no clients/)",
                        dir.display()
                    )));
                }
                let written = svcreview::commands::init::write_schemas(&dir)?;
                if written.is_empty() {
                    eprintln!(
                        "the schemas in {} are current",
                        dir.join("schemas").display()
                    );
                }
                print_written(written)
            }
            (None, None) => unreachable!("clap requires a kind or --workspace"),
        },
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "svcreview", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man { out } => {
            man(out.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The manual: svcreview(1) on standard output, or with `dir` a page per command
/// (svcreview.1, svcreview-monthly.1, …) written there.
fn man(dir: Option<&std::path::Path>) -> Result<(), Error> {
    let cmd = Cli::command();
    let Some(dir) = dir else {
        let mut page = Vec::new();
        clap_mangen::Man::new(cmd)
            .render(&mut page)
            .map_err(|e| Error::Usage(format!("the manual page: {e}")))?;
        use std::io::Write;
        return std::io::stdout()
            .write_all(&page)
            .map_err(|e| Error::Usage(format!("standard output: {e}")));
    };
    let mut pages = vec![("svcreview".to_string(), cmd.clone())];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        // clap names are static strings (its `string` feature is off); a page per
        // command is made once per run.
        let name: &'static str =
            Box::leak(format!("svcreview-{}", sub.get_name()).into_boxed_str());
        pages.push((name.to_string(), sub.clone().name(name)));
    }
    let mut files = Vec::new();
    for (name, cmd) in pages {
        let mut page = Vec::new();
        clap_mangen::Man::new(cmd)
            .render(&mut page)
            .map_err(|e| Error::Usage(format!("the manual page {name}: {e}")))?;
        files.push((format!("{name}.1"), page));
    }
    for path in svcreview::output::write_all(dir, &files)? {
        println!("{}", path.display());
    }
    Ok(())
}
