//! `batch` and its worker: their arguments and the checked batch they make.

use std::path::PathBuf;

use clap::Args;

use super::args::{Format, TemplateArgs, parse_month, parse_quarter};
use crate::commands::batch::{Batch, FailOn};
use crate::error::Error;
use crate::model::Month;
use crate::period::Period;

/// The arguments of `batch`.
#[derive(Args)]
pub struct BatchArgs {
    /// The workspace (with clients/).
    pub workspace: PathBuf,
    /// monthly, qbr or annual.
    #[arg(long, value_enum)]
    pub kind: BatchKind,
    /// Parallel renders (default: one worker process per core).
    #[arg(long, default_value_t = 0)]
    pub jobs: usize,
    /// Replace a worker process after this many clients.
    #[arg(long, value_name = "N", default_value_t = crate::commands::batch::Recycle::default().clients)]
    pub worker_clients: usize,
    /// Replace a worker process once its memory passes this many MiB.
    #[arg(long, value_name = "MIB", default_value_t = crate::commands::batch::Recycle::default().memory_mib)]
    pub worker_memory: u64,
    /// Render only shard K of N (stable per client), for a CI matrix.
    #[arg(long, value_parser = crate::commands::batch::parse_shard, value_name = "K/N")]
    pub shard: Option<(usize, usize)>,
    /// Exit 5 (after writing everything) when an SLA was missed (breach) or also a KPI is red (red).
    #[arg(long, value_enum, default_value_t = FailOnArg::Never)]
    pub fail_on: FailOnArg,
    #[command(flatten)]
    pub job: BatchJobArgs,
}

/// The arguments of `batch-worker`.
#[derive(Args)]
pub struct BatchWorkerArgs {
    pub workspace: PathBuf,
    #[command(flatten)]
    pub job: BatchJobArgs,
}

impl BatchArgs {
    /// The checked batch: worker processes of this executable, the gate and recycling.
    pub fn batch(self) -> Result<Batch, Error> {
        Ok(Batch {
            jobs: self.jobs,
            shard: self.shard,
            fail_on: match self.fail_on {
                FailOnArg::Breach => FailOn::Breach,
                FailOnArg::Red => FailOn::Red,
                FailOnArg::Never => FailOn::Never,
            },
            // Clients render in warm worker processes: isolated crashes, flat memory.
            worker: std::env::current_exe().ok(),
            recycle: crate::commands::batch::Recycle {
                clients: self.worker_clients,
                memory_mib: self.worker_memory,
            },
            ..self.job.batch(self.workspace, Some(self.kind))?
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BatchKind {
    Monthly,
    Qbr,
    Annual,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOnArg {
    Breach,
    Red,
    Never,
}
/// What every client of a batch gets: the period, where and how outputs are written.
#[derive(Args)]
pub struct BatchJobArgs {
    /// The month (monthly), YYYY-MM.
    #[arg(long, value_parser = parse_month)]
    pub period: Option<Month>,
    /// The quarter (qbr), YYYY-Qn.
    #[arg(long, value_parser = parse_quarter)]
    pub quarter: Option<Period>,
    /// The year (annual), YYYY.
    #[arg(long)]
    pub year: Option<String>,
    /// Annual: each client's contract year starting in --year.
    #[arg(long)]
    pub contract_year: bool,
    /// The directory to write to.
    #[arg(short = 'o', long = "out", default_value = "out")]
    pub out: PathBuf,
    /// Output file names (tera): variables client.slug, client.name, period, kind.
    #[arg(long = "name", default_value = crate::commands::batch::DEFAULT_PATTERN)]
    pub pattern: String,
    /// Write an .eml per client (to its contacts, PDF attached) next to the PDF.
    #[arg(long)]
    pub email: bool,
    /// Send the e-mails over SMTP (SVCREVIEW_SMTP_* from the environment).
    #[arg(long)]
    pub send: bool,
    /// QBR and annual as 16:9 slide decks.
    #[arg(long, value_enum, default_value_t = Format::Report)]
    pub format: Format,
    /// Also write the portfolio review (every client, for the MSP's leadership) from
    /// the same reviews: portfolio-<period>.pdf in the output directory.
    #[arg(long, conflicts_with = "contract_year")]
    pub portfolio: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}
impl BatchJobArgs {
    /// The checked batch settings; `kind` (when given) must match the period option.
    pub fn batch(
        self,
        workspace: PathBuf,
        kind: Option<BatchKind>,
    ) -> Result<crate::commands::batch::Batch, Error> {
        use crate::commands::batch::{Batch, FailOn, PeriodSpec};
        let period = match (kind, self.period, self.quarter, self.year) {
            (None | Some(BatchKind::Monthly), Some(m), None, None) => PeriodSpec::Month(m),
            (None | Some(BatchKind::Qbr), None, Some(q), None) => PeriodSpec::Quarter(q),
            (None | Some(BatchKind::Annual), None, None, Some(year)) => {
                super::args::year_spec(&year, self.contract_year)?
            }
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
                Some(crate::commands::batch::Smtp::from_env()?)
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
