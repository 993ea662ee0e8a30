//! `portfolio`: every client of a workspace evaluated (in parallel, without drawing
//! their PDFs) into the portfolio review for the MSP's leadership; and the portfolio of
//! the reviews a batch rendered.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{PNG_SCALE, RenderConfig, page_images, provider_logo, review};
use crate::error::{Error, Problem, Problems};
use crate::evaluate::portfolio::{Facts, Portfolio, facts_of, under_contract};
use crate::load::{files, locale, workspace};
use crate::period::Period;
use crate::present;

/// What `portfolio` writes besides the PDF.
#[derive(Debug, Clone, Default)]
pub struct PortfolioOutputs {
    /// A 16:9 slide deck instead of the A4 report.
    pub deck: bool,
    /// Also write the portfolio's figures as JSON.
    pub json: bool,
    /// Also write each page as a PNG into this directory.
    pub png: Option<PathBuf>,
}

/// The portfolio review of every client of a workspace: `portfolio-<period>.pdf` (and
/// `.json`) in `out_dir`, in the provider's locale. A client whose data are bad is
/// listed as failed in it; returns the files written and the portfolio.
pub fn portfolio(
    workspace: &Path,
    period: Period,
    out_dir: &Path,
    out: &PortfolioOutputs,
    cfg: &RenderConfig,
) -> Result<(Portfolio, Vec<PathBuf>), Error> {
    let ws = workspace::discover(workspace)?;
    let Some(root) = ws.root.clone() else {
        return Err(Error::Usage(format!(
            "{}: not a workspace (no clients/); the portfolio covers every client of one",
            workspace.display()
        )));
    };
    // The provider's settings are checked before any client is evaluated, and read once
    // for all of them.
    let provider = files::provider(Some(&root))?;
    let facts = gather(&ws.clients, &root, &provider, period, cfg);
    render_portfolio(&root, &provider, facts, period, out_dir, out, cfg)
}

/// Writes the portfolio of clients' facts gathered already (by [`portfolio`], or by a
/// batch from the reviews it rendered).
pub fn render_portfolio(
    root: &Path,
    provider: &crate::model::Provider,
    facts: Vec<Facts>,
    period: Period,
    out_dir: &Path,
    out: &PortfolioOutputs,
    cfg: &RenderConfig,
) -> Result<(Portfolio, Vec<PathBuf>), Error> {
    let root = root.to_path_buf();
    let loc = locale::provider_locale(&root, provider, cfg.templates.as_deref())?;
    check_rates(&root, provider, &facts)?;
    let portfolio = crate::evaluate::portfolio::build(facts, period, provider.reporting.as_ref());
    let view = crate::present::portfolio::view(&portfolio, &loc, period);
    let logo = provider_logo(&root, provider)?;
    let info = crate::evaluate::provider_info(provider);
    let date = cfg.source_date.unwrap_or_else(|| period.last().last_day());
    let doc = present::portfolio_document(
        &view,
        out.deck,
        &info,
        &loc,
        logo,
        cfg.templates.as_deref(),
        date,
        out.png.as_ref().map(|_| PNG_SCALE),
    )?;
    let stem = format!(
        "portfolio-{}{}",
        period.file_id(),
        if out.deck { "-deck" } else { "" }
    );
    let mut files = vec![(format!("{stem}.pdf"), doc.pdf)];
    if out.json {
        let mut text = serde_json::to_vec_pretty(&portfolio).expect("a portfolio serialises");
        text.push(b'\n');
        files.push((format!("{stem}.json"), text));
    }
    let pages = page_images(&stem, doc.pngs);
    let all = super::placed(out_dir, &files, out.png.as_deref(), &pages);
    let written = crate::output::write_all_in(&all)?;
    Ok((portfolio, written))
}

/// Every client currency must have a rate into the reporting currency: a problem at
/// `reporting:` of provider.yaml otherwise.
fn check_rates(
    root: &Path,
    provider: &crate::model::Provider,
    facts: &[Facts],
) -> Result<(), Error> {
    let Some(r) = &provider.reporting else {
        return Ok(());
    };
    let missing = crate::evaluate::portfolio::missing_rates(facts, r);
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::Invalid(Problems(vec![
        Problem {
            field: Some("reporting.rates".into()),
            ..Problem::file(
                &root.join("provider.yaml"),
                format!(
                    "no rate into {} for {} (a client's fee is in it)",
                    r.currency,
                    missing.join(", ")
                ),
            )
        }
        .at_text("reporting:")
        .with_hint(format!(
            "add what one unit is worth in {} under `reporting.rates`, e.g. `{}: 0.86`",
            r.currency, missing[0]
        )),
    ])))
}

/// The facts of every client of a workspace, evaluated in parallel; a client whose data
/// are bad is a failed entry, never left out.
pub fn gather(
    clients: &[PathBuf],
    root: &Path,
    provider: &crate::model::Provider,
    period: Period,
    cfg: &RenderConfig,
) -> Vec<Facts> {
    clients
        .par_iter()
        .map(|dir| {
            let slug = slug_of(dir);
            let client = match files::client(dir) {
                Ok(c) => c,
                Err(p) => {
                    return Facts {
                        name: slug.clone(),
                        slug,
                        contract: None,
                        review: None,
                        error: Some(p.to_string()),
                    };
                }
            };
            let def = client.def.clone();
            if !under_contract(&def, period) {
                return facts_of(&slug, &def, Ok(None), period);
            }
            let reviewed = review::load_for(
                Some(root.to_path_buf()),
                provider.clone(),
                client,
                period,
                cfg,
            )
            .and_then(|l| {
                super::print_warnings(&l.warnings);
                review::evaluate_in(&l, &l.locale)
            });
            match reviewed {
                Ok(review) => facts_of(&slug, &def, Ok(Some(&review)), period),
                Err(e) => facts_of(&slug, &def, Err(e.to_string()), period),
            }
        })
        .collect()
}

/// The facts of a client a batch did not review (its render failed with `error`): not
/// under contract in the period (not a failure), or failed, with its contract when
/// client.yaml reads.
pub fn facts_without_review(dir: &Path, period: Period, error: &str) -> Facts {
    let slug = slug_of(dir);
    match files::client(dir) {
        Ok(c) if !under_contract(&c.def, period) => facts_of(&slug, &c.def, Ok(None), period),
        Ok(c) => facts_of(&slug, &c.def, Err(error.to_string()), period),
        Err(_) => Facts {
            name: slug.clone(),
            slug,
            contract: None,
            review: None,
            error: Some(error.to_string()),
        },
    }
}

fn slug_of(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs `portfolio`: the summary on standard error, the files written; exit 1 when a
/// client failed or none was under contract, after writing everything, as a batch does.
pub fn run_printing(
    workspace: &Path,
    period: Period,
    out_dir: &Path,
    outputs: &PortfolioOutputs,
    cfg: &RenderConfig,
) -> Result<std::process::ExitCode, Error> {
    let (portfolio, written) = self::portfolio(workspace, period, out_dir, outputs, cfg)?;
    eprint!("{}", crate::evaluate::portfolio::summary(&portfolio));
    let code = super::print_written(written)?;
    let reviewed = portfolio.clients.iter().any(|c| c.review.is_some());
    if !reviewed && portfolio.failed.is_empty() {
        super::say_none_under_contract();
    }
    Ok(if portfolio.failed.is_empty() && reviewed {
        code
    } else {
        std::process::ExitCode::from(1)
    })
}
