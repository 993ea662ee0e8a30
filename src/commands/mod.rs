//! The commands: the only place where the stages meet. Each takes the checked settings
//! the command line resolved (never clap's types), runs load → evaluate → present →
//! output as a short chain, and prints what the user should see; nothing below prints.

pub mod batch;
pub mod diff;
pub mod init;
pub mod manual;
pub mod portfolio;
pub mod review;
pub mod schema;
pub mod tickets;
pub mod validate;
pub mod watch;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::error::{Error, Problem, Problems};
use crate::load::workspace;
use crate::model::Provider;
use crate::terminal::{Label, Style};

/// Settings shared by the commands that render.
#[derive(Debug, Clone, Default)]
pub struct RenderConfig {
    /// A directory whose files override the embedded templates (and locales).
    pub templates: Option<PathBuf>,
    /// The document date from SOURCE_DATE_EPOCH, when set; else the period's last day.
    pub source_date: Option<chrono::NaiveDate>,
    /// `--issued`: the date the review is issued (its figures as they stood then).
    pub issued: Option<chrono::NaiveDate>,
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

/// Pixels per point of the page previews (144 dpi).
pub const PNG_SCALE: f32 = 2.0;

/// The provider's logo file, read from inside the workspace (checked when provider.yaml
/// was loaded; checked again where it is read).
pub(crate) fn provider_logo(root: &Path, provider: &Provider) -> Result<Option<Vec<u8>>, Error> {
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
pub(crate) fn page_images(stem: &str, pngs: Vec<Vec<u8>>) -> Vec<(String, Vec<u8>)> {
    pngs.into_iter()
        .enumerate()
        .map(|(i, png)| (format!("{stem}-{:02}.png", i + 1), png))
        .collect()
}

/// A document's files in `out_dir` and its page images in `png_dir`, as one set for
/// [`crate::output::write_all_in`].
pub(crate) fn placed<'a>(
    out_dir: &'a Path,
    files: &'a [(String, Vec<u8>)],
    png_dir: Option<&'a Path>,
    pages: &'a [(String, Vec<u8>)],
) -> Vec<(&'a Path, &'a str, &'a [u8])> {
    let files = files
        .iter()
        .map(move |(n, b)| (out_dir, n.as_str(), b.as_slice()));
    let pages = png_dir.into_iter().flat_map(move |dir| {
        pages
            .iter()
            .map(move |(n, b)| (dir, n.as_str(), b.as_slice()))
    });
    files.chain(pages).collect()
}

/// Prints warnings (what may make a figure wrong) on standard error: unattended runs
/// see what `validate` warns of too.
pub fn print_warnings<'a>(warnings: impl IntoIterator<Item = &'a Problem>) {
    let style = Style::stderr();
    for w in warnings {
        eprintln!("{}", style.problem(Label::Warning, w));
    }
}

/// Prints the files written, one a line.
pub fn print_written(written: Vec<PathBuf>) -> Result<ExitCode, Error> {
    for path in written {
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Nothing reviewed because no client is under contract in the period: most likely a
/// mistyped period; the run fails so that CI notices.
pub fn say_none_under_contract() {
    eprintln!(
        "{} no client is under contract in this period: check the period",
        Style::stderr().label(Label::Error)
    );
}
