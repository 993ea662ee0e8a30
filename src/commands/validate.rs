//! `validate`: a client directory or a whole workspace checked, every problem at once.

use std::path::Path;
use std::process::ExitCode;

use crate::error::{Error, Problem, Problems};
use crate::load::{files, locale, workspace};
use crate::terminal::{Label, Style};

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
    let mut shared: std::collections::BTreeMap<std::path::PathBuf, Vec<SharedBy>> =
        std::collections::BTreeMap::new();
    if let Err(p) = files::provider(ws.root.as_deref()) {
        out.problems.0.extend(p.0);
    }
    for dir in &ws.clients {
        out.clients += 1;
        let client = match files::client(dir) {
            Ok(c) => c,
            Err(p) => {
                out.problems.0.extend(p.0);
                // The period files' own problems too, in the same run.
                let (found, bad_names) = workspace::period_files(dir);
                out.problems.0.extend(bad_names);
                for (_, file) in found {
                    out.problems.0.extend(files::period_form(&file).0);
                }
                continue;
            }
        };
        match locale::client_locale(&client, templates) {
            Ok(l) => out.warnings.extend(locale::warnings(&l)),
            Err(p) => out.problems.0.extend(p.0),
        }
        match crate::load::tickets::check(&client) {
            Ok(c) => {
                out.notes.extend(c.notes);
                out.warnings.extend(c.warnings);
                for file in &c.shared {
                    shared.entry(file.clone()).or_default().push(SharedBy {
                        yaml: dir.join("client.yaml"),
                        companies: client
                            .def
                            .tickets
                            .as_ref()
                            .and_then(|t| t.company.as_ref())
                            .map(|c| c.to_vec())
                            .unwrap_or_default(),
                        seen: c.companies.clone(),
                    });
                }
            }
            Err(p) => out.problems.0.extend(p.0),
        }
        if let Err(p) = crate::load::devices::for_client(&client) {
            out.problems.0.extend(p.0);
        }
        for notes in workspace::review_files(dir) {
            if let Err(p) = files::review_notes_file(&client, &notes) {
                out.problems.0.extend(p.0);
            }
        }
        let (files, bad_names) = workspace::period_files(dir);
        out.problems.0.extend(bad_names);
        // What needs the figures: typed KPIs the ticket exports measure differently,
        // month by month, and the latest month's misses that nothing answers.
        if let Some((latest, _)) = files.last() {
            out.warnings
                .extend(super::review::review_warnings(dir, *latest));
        }
        for (_, file) in files {
            out.periods += 1;
            if let Err(p) = files::period_file(&client, &file) {
                out.problems.0.extend(p.0);
            }
        }
    }
    for (file, clients) in &shared {
        let (problems, warnings) = shared_export_checks(file, clients);
        out.problems.0.extend(problems);
        out.warnings.extend(warnings);
    }
    // A workspace's clients share the user's message files: each warning about them once.
    let mut seen = std::collections::HashSet::new();
    out.warnings.retain(|w| seen.insert(w.to_string()));
    Ok(out)
}

/// A client reading a shared export: its `client.yaml`, the companies it names, and the
/// rows by company it saw in the export.
struct SharedBy {
    yaml: std::path::PathBuf,
    companies: Vec<String>,
    seen: std::collections::BTreeMap<String, u64>,
}

/// One export the clients share: a company two clients name is an error (its tickets
/// would count twice); the companies no client names are a warning (their tickets are
/// nobody's review), never dropped without a word.
fn shared_export_checks(
    file: &Path,
    clients: &[SharedBy],
) -> (Vec<crate::error::Problem>, Vec<crate::error::Problem>) {
    use crate::error::Problem;
    let mut problems = Vec::new();
    let mut named: std::collections::BTreeMap<&str, &Path> = std::collections::BTreeMap::new();
    for c in clients {
        for company in &c.companies {
            if let Some(first) = named.insert(company.trim(), &c.yaml) {
                problems.push(
                    Problem {
                        field: Some("tickets.company".into()),
                        ..Problem::file(
                            &c.yaml,
                            format!(
                                "the company `{company}` of {} is also {}'s: its tickets would count for both",
                                file.display(),
                                first.display()
                            ),
                        )
                    }
                    .with_hint("name each company for one client only"),
                );
            }
        }
    }
    let seen = clients.iter().map(|c| &c.seen).max_by_key(|s| s.len());
    let nobody: Vec<(&String, &u64)> = seen
        .into_iter()
        .flatten()
        .filter(|(c, _)| !c.is_empty() && !named.contains_key(c.trim()))
        .collect();
    let mut warnings = Vec::new();
    if !nobody.is_empty() {
        let rows: u64 = nobody.iter().map(|(_, n)| **n).sum();
        let listed: Vec<String> = nobody
            .iter()
            .take(10)
            .map(|(c, n)| format!("`{c}` ({n} rows)"))
            .collect();
        warnings.push(
            Problem::file(
                file,
                format!(
                    "{rows} rows of {} belong to no client: {}{}",
                    match nobody.len() {
                        1 => "1 company".to_string(),
                        n => format!("{n} companies"),
                    },
                    listed.join(", "),
                    if nobody.len() > 10 { " …" } else { "" }
                ),
            )
            .with_hint("add their clients (`svcreview init WORKSPACE --client SLUG`), or name the company under a client's `tickets.company`"),
        );
    }
    (problems, warnings)
}

/// Runs `validate`: notes and warnings on standard error, `ok: …` or every problem.
pub fn run(path: &Path, strict: bool, templates: Option<&Path>) -> Result<ExitCode, Error> {
    let mut checked = validate(path, templates)?;
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
    if !checked.problems.is_empty() {
        return Err(Error::Invalid(checked.problems));
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let w = checked.warnings.len();
    println!(
        "ok: {} client{}, {} period file{}{}",
        checked.clients,
        plural(checked.clients),
        checked.periods,
        plural(checked.periods),
        if w == 0 {
            String::new()
        } else {
            format!(", {w} warning{}", plural(w))
        }
    );
    Ok(ExitCode::SUCCESS)
}
