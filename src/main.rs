//! The svcreview command line: parse arguments, call the library, map errors to exit
//! codes (0 ok, 1 invalid input, 2 usage, 3 template, 4 I/O).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use svcreview::error::Error;
use svcreview::model::Month;
use svcreview::pipeline::{self, RenderConfig};

/// Service reviews for managed service providers: YAML in, PDF and JSON out.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a client directory or a whole workspace; report every problem at once.
    Validate {
        /// A client directory (with client.yaml) or a workspace (with clients/).
        path: PathBuf,
    },
    /// Print one client's evaluated monthly review as JSON.
    Evaluate {
        /// The client directory.
        client: PathBuf,
        #[command(flatten)]
        period: PeriodArgs,
        #[command(flatten)]
        templates: TemplateArgs,
    },
    /// Write one client's monthly service review PDF.
    Monthly {
        /// The client directory.
        client: PathBuf,
        #[command(flatten)]
        period: PeriodArgs,
        #[command(flatten)]
        output: OutputArgs,
        #[command(flatten)]
        templates: TemplateArgs,
    },
}

#[derive(Args)]
struct PeriodArgs {
    /// The month to review, YYYY-MM.
    #[arg(long, value_parser = parse_month)]
    period: Month,
}

#[derive(Args)]
struct OutputArgs {
    /// The directory to write to (created if missing).
    #[arg(short = 'o', long = "out", default_value = "out")]
    out: PathBuf,
    /// Also write the evaluated review as JSON next to the PDF.
    #[arg(long)]
    json: bool,
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
            source_date: pipeline::source_date_epoch()?,
        })
    }
}

fn parse_month(s: &str) -> Result<Month, String> {
    Month::parse(s)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Validate { path } => {
            let checked = pipeline::validate(&path)?;
            if checked.problems.is_empty() {
                println!(
                    "ok: {} client{}, {} period file{}",
                    checked.clients,
                    if checked.clients == 1 { "" } else { "s" },
                    checked.periods,
                    if checked.periods == 1 { "" } else { "s" }
                );
                Ok(ExitCode::SUCCESS)
            } else {
                Err(Error::Invalid(checked.problems))
            }
        }
        Command::Evaluate {
            client,
            period,
            templates,
        } => {
            let (_, review) =
                pipeline::evaluate_month(&client, period.period, &templates.config()?)?;
            let json = serde_json::to_string_pretty(&review).expect("a Review serialises");
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Monthly {
            client,
            period,
            output,
            templates,
        } => {
            let written = pipeline::monthly(
                &client,
                period.period,
                &output.out,
                output.json,
                &templates.config()?,
            )?;
            for path in written {
                println!("{}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
