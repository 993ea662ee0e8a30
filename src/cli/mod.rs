//! The command line: clap's arguments, one file per command (and [`args`] for the
//! option groups they share), each turned into the checked settings its command in
//! [`crate::commands`] runs with. clap's types go no further than this module.

pub mod args;
pub mod batch;
pub mod evaluate;
pub mod init;
pub mod portfolio;
pub mod review;
pub mod schema;
pub mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use self::args::{Format, parse_profile};
use self::batch::{BatchArgs, BatchWorkerArgs};
use self::evaluate::{DiffArgs, EvaluateArgs};
use self::init::InitArgs;
use self::portfolio::PortfolioArgs;
use self::review::{AnnualArgs, MonthlyArgs, QbrArgs};
use self::schema::SchemaArgs;
use self::validate::ValidateArgs;
use crate::commands::{self, review::Job};
use crate::error::Error;
use crate::period::PeriodSpec;

/// Service reviews for managed service providers: YAML in, PDF and JSON out.
#[derive(Parser)]
#[command(name = "svcreview", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand)]
pub enum Command {
    /// Start a workspace (provider.yaml and a first client), or add a client to one: valid
    /// as written, with every field commented; `monthly` renders it at once.
    Init(InitArgs),
    /// Check a client directory or a whole workspace; report every problem at once.
    Validate(ValidateArgs),
    /// Look at ticket exports before a client uses them.
    Tickets {
        #[command(subcommand)]
        command: TicketsCommand,
    },
    /// Print one client's evaluated review of a month, quarter or year as JSON.
    Evaluate(EvaluateArgs),
    /// What changed in a review's figures: evaluated now against its published snapshot
    /// (history/), or against another review's JSON (--against).
    Diff(DiffArgs),
    /// Every client of a workspace in one PDF for the MSP's leadership: health, risk,
    /// credits, renewals, recurring revenue, satisfaction; clients with bad data listed.
    Portfolio(PortfolioArgs),
    /// Write one client's monthly service review PDF.
    Monthly(MonthlyArgs),
    /// Write one client's quarterly business review PDF.
    Qbr(QbrArgs),
    /// Render every client of a workspace, in parallel; one bad client fails only itself.
    Batch(BatchArgs),
    /// A batch's worker process: reads clients (JSON lines) on stdin, renders each and
    /// prints its outcome as a JSON line.
    #[command(hide = true)]
    BatchWorker(BatchWorkerArgs),
    /// Write one client's annual review and renewal pack (PDF/A-2b).
    Annual(AnnualArgs),
    /// Print the JSON Schema of an input file (for an editor's YAML language server), or
    /// write all four into a workspace's schemas/ (after an upgrade).
    Schema(SchemaArgs),
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
pub enum TicketsCommand {
    /// What an export holds: columns, the profile that fits, the date order, the
    /// priorities and statuses seen, and a `tickets:` block to paste into client.yaml.
    Inspect {
        /// The export (.csv or .xlsx).
        file: PathBuf,
        /// Read it with this profile instead of the best fit (connectwise, autotask,
        /// halopsa, zendesk, jira, servicenow, freshservice, freshdesk, zammad, atera,
        /// syncro, generic).
        #[arg(long, value_parser = parse_profile)]
        profile: Option<crate::model::TicketProfile>,
        /// The time zone of times without an offset (for the sample times shown).
        #[arg(long, default_value = "UTC")]
        timezone: String,
    },
}

/// A review command's job: the client, the period as named, where and what to write.
fn review_job(
    client: PathBuf,
    period: PeriodSpec,
    output: &args::OutputArgs,
    format: Format,
    templates: args::TemplateArgs,
) -> Result<Job, Error> {
    Ok(Job {
        client,
        period,
        out_dir: output.out.clone(),
        outputs: output.outputs(format)?,
        config: templates.config()?,
    })
}

/// Renders a review once, or with `--watch` again after every change of its inputs.
fn run_review(job: &Job, watch: bool) -> Result<ExitCode, Error> {
    match watch {
        true => commands::watch::run_printing(job),
        false => commands::review::run(job),
    }
}

impl Cli {
    /// Runs the command: each arm turns its arguments into checked settings and calls
    /// its command.
    pub fn run(self) -> Result<ExitCode, Error> {
        match self.command {
            Command::Init(a) => commands::init::run_printing(&a.init()?),
            Command::Validate(a) => {
                let cfg = a.templates.config()?;
                commands::validate::run(&a.path, a.strict, cfg.templates.as_deref())
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
                commands::tickets::inspect(&file, profile, tz)
            }
            Command::Evaluate(a) => {
                let spec = a.period.spec(a.contract_year)?;
                commands::review::run_evaluate(&a.client, &spec, &a.templates.config()?)
            }
            Command::Diff(a) => {
                let spec = a.period.spec(a.contract_year)?;
                commands::diff::run(&a.client, &spec, a.against, &a.templates.config()?)
            }
            Command::Portfolio(a) => {
                let (period, outputs) = (a.period()?, a.outputs());
                let cfg = a.templates.config()?;
                commands::portfolio::run_printing(&a.workspace, period, &a.out, &outputs, &cfg)
            }
            Command::Monthly(a) => {
                let spec = PeriodSpec::Month(a.period);
                let watch = a.output.watch;
                let job = review_job(a.client, spec, &a.output, Format::Report, a.templates)?;
                run_review(&job, watch)
            }
            Command::Qbr(a) => {
                let spec = PeriodSpec::Quarter(a.quarter);
                let watch = a.output.watch;
                let job = review_job(a.client, spec, &a.output, a.format.format, a.templates)?;
                run_review(&job, watch)
            }
            Command::Annual(a) => {
                let spec = args::year_spec(&a.year, a.contract_year)?;
                let watch = a.output.watch;
                let job = review_job(a.client, spec, &a.output, a.format.format, a.templates)?;
                run_review(&job, watch)
            }
            Command::Batch(a) => commands::batch::run_printing(&a.batch()?),
            Command::BatchWorker(a) => {
                commands::batch::die_with_parent();
                let b = a.job.batch(a.workspace, None)?;
                let (stdin, stdout) = (std::io::stdin().lock(), std::io::stdout().lock());
                commands::batch::worker::serve(&b, stdin, stdout)
                    .map_err(|e| Error::Usage(format!("batch worker: {e}")))?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Schema(a) => match (a.kind, a.workspace) {
                (Some(kind), _) => commands::schema::print(kind.into()),
                (None, Some(dir)) => commands::schema::write(&dir),
                (None, None) => unreachable!("clap requires a kind or --workspace"),
            },
            Command::Completions { shell } => {
                let mut script = Vec::new();
                clap_complete::generate(shell, &mut Cli::command(), "svcreview", &mut script);
                commands::manual::print(&script)
            }
            Command::Man { out } => man(out.as_deref()),
        }
    }
}

/// The manual: svcreview(1) on standard output, or with `dir` a page per command
/// (svcreview.1, svcreview-monthly.1, …) written there.
fn man(dir: Option<&std::path::Path>) -> Result<ExitCode, Error> {
    let cmd = Cli::command();
    let Some(dir) = dir else {
        return commands::manual::print(&man_page("svcreview", cmd)?);
    };
    let mut pages = vec![(
        "svcreview.1".to_string(),
        man_page("svcreview", cmd.clone())?,
    )];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        // clap names are static strings (its `string` feature is off); a page per
        // command is made once per run.
        let name: &'static str =
            Box::leak(format!("svcreview-{}", sub.get_name()).into_boxed_str());
        pages.push((format!("{name}.1"), man_page(name, sub.clone().name(name))?));
    }
    commands::manual::write(dir, &pages)
}

/// One manual page in roff.
fn man_page(name: &str, cmd: clap::Command) -> Result<Vec<u8>, Error> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page).map_err(|e| {
        let which = if name == "svcreview" {
            String::new()
        } else {
            format!(" {name}")
        };
        Error::Usage(format!("the manual page{which}: {e}"))
    })?;
    Ok(page)
}
