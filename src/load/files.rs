//! Reading the input files into typed, validated values. Every problem in a file is
//! collected; a file that cannot be read at all is one problem naming it.

use std::path::Path;

use super::validate;
use super::yaml::YamlDoc;
use crate::error::{Problem, Problems};
use crate::model::{Client, ClientDef, Month, PeriodData, Provider};

fn read(path: &Path) -> Result<String, Problem> {
    if let Ok(bytes) = std::fs::read(path)
        && let Err(e) = std::str::from_utf8(&bytes)
    {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(Problem {
            line: Some(line),
            ..Problem::file(
                path,
                format!("not UTF-8 text: byte 0x{:02X} on line {line}", bytes[at]),
            )
        }
        .with_hint(
            "save the file as UTF-8 (Windows-1252 and Latin-1 editors write é as one byte)",
        ));
    }
    std::fs::read_to_string(path).map_err(|e| {
        let p = Problem::file(path, format!("cannot read the file: {e}"));
        if e.kind() == std::io::ErrorKind::NotFound {
            p.with_hint("check the path; see README.md for the workspace layout")
        } else {
            p
        }
    })
}

/// Loads `provider.yaml`; a workspace without one gets a neutral default.
pub fn provider(workspace: Option<&Path>) -> Result<Provider, Problems> {
    let Some(path) = workspace
        .map(|w| w.join("provider.yaml"))
        .filter(|p| p.exists())
    else {
        return Ok(Provider {
            name: "Service review".into(),
            logo: None,
            colours: Default::default(),
            contact: None,
            email_from: None,
            locale: None,
            reporting: None,
        });
    };
    let mut problems = Problems::default();
    let doc = read(&path)
        .and_then(|t| YamlDoc::parse(&path, &t))
        .map_err(|p| Problems(vec![p]))?;
    let typed = doc.typed::<Provider>(&mut problems);
    if let Some(p) = &typed.value {
        validate::provider(p, &doc, workspace.unwrap_or(Path::new(".")), &mut problems);
    }
    problems.into_result()?;
    Ok(typed.value.expect("no problems means a value"))
}

/// Loads and validates `client.yaml` in a client directory.
pub fn client(dir: &Path) -> Result<Client, Problems> {
    let path = dir.join("client.yaml");
    let doc = read(&path)
        .and_then(|t| YamlDoc::parse(&path, &t))
        .map_err(|p| Problems(vec![p]))?;
    let mut problems = Problems::default();
    let typed = doc.typed::<ClientDef>(&mut problems);
    let tz = match &typed.value {
        Some(def) if !typed.pruned => validate::client(def, &doc, &mut problems),
        _ => None,
    };
    problems.into_result()?;
    let mut def = typed.value.expect("no problems means a value");
    // Holidays from iCalendar files join the listed ones.
    for (name, cal) in def.calendars.iter_mut() {
        let Some(file) = &cal.holidays_ics else {
            continue;
        };
        let yaml = dir.join("client.yaml");
        let field = format!("calendars.{name}.holidays_ics");
        let ics = crate::load::workspace::inside(dir, file).map_err(|e| {
            Problems(vec![
                Problem {
                    field: Some(field.clone()),
                    ..Problem::file(&yaml, e)
                }
                .at_text(file),
            ])
        })?;
        if !ics.is_file() {
            return Err(Problems(vec![
                Problem {
                    field: Some(field.clone()),
                    ..Problem::file(
                        &yaml,
                        format!("the holiday calendar `{file}` does not exist"),
                    )
                }
                .at_text(file)
                .with_hint(format!("`{field}` is relative to the client directory")),
            ]));
        }
        let text = read(&ics).map_err(|p| {
            Problems(vec![p.with_hint(format!(
                "`{field}` is relative to the client directory"
            ))])
        })?;
        let days = crate::calendar::parse_ics(&text).map_err(|(line, msg)| {
            Problems(vec![Problem {
                line: Some(line),
                ..Problem::file(&ics, msg)
            }])
        })?;
        cal.holidays
            .extend(days.into_iter().map(crate::model::Date));
    }
    let slug = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "client".into());
    Ok(Client {
        slug,
        dir: dir.to_path_buf(),
        def,
        tz: tz.expect("validated"),
    })
}

/// Loads one month's period file, if there is one, validated against the client.
pub fn period(client: &Client, month: Month) -> Result<Option<PeriodData>, Problems> {
    let path = client.period_path(month);
    if !path.exists() {
        return Ok(None);
    }
    period_file(client, &path).map(Some)
}

/// A period file read for its own form only, when its client's `client.yaml` cannot be
/// read: its YAML and its fields (what it names is not checked against the client), so
/// that one run reports the problems of both.
pub fn period_form(path: &Path) -> Problems {
    let doc = match read(path).and_then(|t| YamlDoc::parse(path, &t)) {
        Ok(d) => d,
        Err(p) => return Problems(vec![p]),
    };
    let mut problems = Problems::default();
    let _ = doc.typed::<PeriodData>(&mut problems);
    problems
}

/// Loads and validates a period file at a path.
pub fn period_file(client: &Client, path: &Path) -> Result<PeriodData, Problems> {
    let doc = read(path)
        .and_then(|t| YamlDoc::parse(path, &t))
        .map_err(|p| Problems(vec![p]))?;
    let mut problems = Problems::default();
    let typed = doc.typed::<PeriodData>(&mut problems);
    if let Some(data) = &typed.value {
        let month = path
            .file_stem()
            .and_then(|s| crate::model::Month::parse(&s.to_string_lossy()).ok());
        let minutes = month.map(|m| crate::calendar::month_minutes(m, client.tz));
        validate::period(data, &client.def, &doc, month, minutes, &mut problems);
    }
    problems.into_result()?;
    Ok(typed.value.expect("no problems means a value"))
}

/// Loads `reviews/<id>.yaml` of a client, if there is one.
pub fn review_notes(
    client: &Client,
    id: &str,
) -> Result<Option<crate::model::ReviewNotes>, Problems> {
    let path = client.dir.join("reviews").join(format!("{id}.yaml"));
    if !path.exists() {
        return Ok(None);
    }
    review_notes_file(client, &path).map(Some)
}

/// Loads and checks one review-notes file of `client`.
pub fn review_notes_file(
    client: &Client,
    path: &Path,
) -> Result<crate::model::ReviewNotes, Problems> {
    let doc = read(path)
        .and_then(|t| YamlDoc::parse(path, &t))
        .map_err(|p| Problems(vec![p]))?;
    let mut problems = Problems::default();
    let typed = doc.typed::<crate::model::ReviewNotes>(&mut problems);
    if let Some(r) = typed.value.as_ref().and_then(|n| n.renewal.as_ref()) {
        validate::registers::renewal(r, &client.def.contract, &doc, &mut problems);
    }
    problems.into_result()?;
    Ok(typed.value.expect("no problems means a value"))
}
