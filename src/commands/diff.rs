//! `diff`: what changed in a review's figures, evaluated now against its published
//! snapshot or against another review's JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::RenderConfig;
use super::review::evaluate_period;
use crate::error::Error;
use crate::evaluate::compare;
use crate::load::history;
use crate::period::PeriodSpec;
use crate::terminal::{Label, Style};

/// Runs `diff`: the table of changed figures on standard output.
pub fn run(
    client: &Path,
    spec: &PeriodSpec,
    against: Option<PathBuf>,
    cfg: &RenderConfig,
) -> Result<ExitCode, Error> {
    let (loaded, review) = evaluate_period(client, spec, cfg)?;
    super::print_warnings(&loaded.warnings);
    let now = serde_json::to_value(&review).expect("a Review serialises");
    let (file, then) = match against {
        Some(file) => {
            let then = history::load_file(&file).map_err(Error::Invalid)?;
            (file, then)
        }
        None => {
            let file = history::path(client, loaded.period);
            let then = history::load(client, loaded.period)
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
    let changes = compare::changes(&then, &now);
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
        let then = format!("{then_label}, then");
        let now = format!("{}, now", review.period.label);
        print!("{}", compare::table(&changes, &then, &now));
    }
    Ok(ExitCode::SUCCESS)
}
