//! Reading ticket exports (CSV) into [`Ticket`]s: columns by profile or mapping, times
//! read with their offset or in the export's time zone, priorities mapped, bad rows
//! reported with file, line, column and value.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

use super::profile::{self, layout};
use super::{SkippedRow, Ticket, Tickets};
use crate::calendar::local_to_utc;
use crate::error::{Problem, Problems};
use crate::model::{BadRows, TicketsDef};

/// At most this many bad rows are listed; the rest are counted.
const MAX_LISTED: usize = 50;

/// How to read a client's exports.
pub struct Options<'a> {
    /// The client's `tickets:` section.
    pub def: &'a TicketsDef,
    /// The zone of times without an offset.
    pub tz: Tz,
    /// Priorities that are known (SLA priorities and mapped values).
    pub known_priorities: BTreeSet<String>,
    /// Whether a resolved column is required (some SLA or KPI needs it).
    pub needs_resolved: bool,
    /// Tickets resolved before this instant cannot matter to the review: left out, so
    /// memory follows the review window, not the length of the export history.
    pub keep_from: Option<DateTime<Utc>>,
}

/// The export files a `files:` entry names: a file, or the `.csv` files of a directory.
pub fn files(client_dir: &Path, def: &TicketsDef) -> Result<Vec<PathBuf>, Problems> {
    let mut out = Vec::new();
    let mut problems = Problems::default();
    for entry in def.files.to_vec() {
        let path = client_dir.join(&entry);
        if path.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(&path)
                .min_depth(1)
                .max_depth(1)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
                .map(|e| e.into_path())
                .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")))
                .collect();
            if found.is_empty() {
                problems.push(Problem::file(
                    &path,
                    "no .csv ticket exports in this directory",
                ));
            }
            out.append(&mut found);
        } else if path.is_file() {
            out.push(path);
        } else {
            problems.push(
                Problem::file(
                    &client_dir.join("client.yaml"),
                    format!("ticket export `{entry}` not found"),
                )
                .with_hint(format!(
                    "`tickets.files` is relative to {}",
                    client_dir.display()
                )),
            );
        }
    }
    problems.into_result()?;
    Ok(out)
}

/// Reads every export of a client. Later files win when a ticket id repeats (a newer
/// export of the same ticket).
pub fn load(client_dir: &Path, opts: &Options) -> Result<Tickets, Problems> {
    let mut out = Tickets::default();
    let mut problems = Problems::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut bad = 0usize;
    for path in files(client_dir, opts.def)? {
        if let Err(p) = read_file(&path, opts, &mut out, &mut index, &mut problems, &mut bad) {
            problems.push(p);
        }
    }
    if let Some(h) = &opts.def.hold {
        let path = client_dir.join(&h.file);
        if let Err(p) = read_holds(&path, h, opts, &mut out, &index, &mut problems) {
            problems.push(p);
        }
    }
    if bad > MAX_LISTED {
        let first = problems
            .0
            .first()
            .map(|p| p.file.clone())
            .unwrap_or_default();
        problems.push(Problem::file(
            &first,
            format!("… and {} more bad rows", bad - MAX_LISTED),
        ));
    }
    problems.into_result()?;
    Ok(out)
}

/// Column positions of one file.
struct Cols {
    id: usize,
    opened: usize,
    responded: Option<usize>,
    response_minutes: Option<usize>,
    resolved: Option<usize>,
    priority: usize,
    kind: Option<usize>,
    on_hold: Option<usize>,
    escalated: Option<usize>,
    first_contact: Option<usize>,
    reopened: Option<usize>,
}

fn find_columns(path: &Path, headers: &csv::StringRecord, opts: &Options) -> Result<Cols, Problem> {
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let wanted = profile::columns(opts.def.profile, &opts.def.columns);
    let mut pos: HashMap<&str, Option<usize>> = HashMap::new();
    for (field, column) in &wanted {
        let Some(column) = column else {
            pos.insert(field, None);
            continue;
        };
        let at = names.iter().position(|n| n.eq_ignore_ascii_case(column));
        let explicit = explicit(opts, field);
        let required = matches!(*field, "id" | "opened" | "priority")
            || (*field == "resolved" && opts.needs_resolved);
        if at.is_none() && (required || explicit) {
            let hint = match crate::model::did_you_mean(column, names.iter().map(String::as_str)) {
                Some(s) => format!(
                    "did you mean `{s}`? Set `tickets.columns.{field}` to the export's column name"
                ),
                None => format!(
                    "the export's columns are: {}; set `tickets.columns.{field}`",
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            return Err(Problem {
                line: Some(1),
                field: Some(column.clone()),
                ..Problem::file(path, format!("missing column `{column}` ({field})"))
            }
            .with_hint(hint));
        }
        pos.insert(field, at);
    }
    Ok(Cols {
        id: pos["id"].expect("required"),
        opened: pos["opened"].expect("required"),
        responded: pos["responded"],
        response_minutes: pos["response_minutes"],
        resolved: pos["resolved"],
        priority: pos["priority"].expect("required"),
        kind: pos["type"],
        on_hold: pos["on_hold_minutes"],
        escalated: pos["escalated"],
        first_contact: pos["first_contact"],
        reopened: pos["reopened"],
    })
}

fn explicit(opts: &Options, field: &str) -> bool {
    let c = &opts.def.columns;
    match field {
        "id" => c.id.is_some(),
        "opened" => c.opened.is_some(),
        "responded" => c.responded.is_some(),
        "response_minutes" => c.response_minutes.is_some(),
        "resolved" => c.resolved.is_some(),
        "priority" => c.priority.is_some(),
        "type" => c.kind.is_some(),
        "on_hold_minutes" => c.on_hold_minutes.is_some(),
        "escalated" => c.escalated.is_some(),
        "first_contact" => c.first_contact.is_some(),
        "reopened" => c.reopened.is_some(),
        _ => false,
    }
}

fn read_file(
    path: &Path,
    opts: &Options,
    out: &mut Tickets,
    index: &mut HashMap<String, usize>,
    problems: &mut Problems,
    bad: &mut usize,
) -> Result<(), Problem> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| Problem::file(path, format!("cannot read the export: {e}")))?;
    let headers = rdr
        .headers()
        .map_err(|e| Problem::file(path, format!("cannot read the header row: {e}")))?
        .clone();
    let header_names: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let cols = find_columns(path, &headers, opts)?;
    let formats: Vec<String> = match &opts.def.date_format {
        Some(f) => vec![f.clone()],
        None => layout(opts.def.profile)
            .formats
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut record = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line());
                return Err(Problem {
                    line: line.map(|l| l as usize),
                    ..Problem::file(path, format!("not a readable CSV row: {e}"))
                });
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        out.rows += 1;
        match parse_row(&record, &cols, &formats, opts) {
            Ok(t) => {
                if let Some(from) = opts.keep_from
                    && t.resolved.is_some_and(|r| r < from)
                {
                    continue;
                }
                match index.get(&t.id) {
                    Some(&i) => out.tickets[i] = t,
                    None => {
                        index.insert(t.id.clone(), out.tickets.len());
                        out.tickets.push(t);
                    }
                }
            }
            Err(RowError {
                column,
                message,
                hint,
            }) => match opts.def.bad_rows {
                BadRows::Skip => out.skipped.push(SkippedRow {
                    file: file_name.clone(),
                    line,
                    reason: format!(
                        "{}: {message}",
                        header_names.get(column).map_or("?", String::as_str)
                    ),
                }),
                BadRows::Fail => {
                    *bad += 1;
                    if *bad <= MAX_LISTED {
                        problems.push(
                            Problem {
                                line: Some(line as usize),
                                field: header_names.get(column).cloned(),
                                ..Problem::file(path, message)
                            }
                            .with_hint(hint),
                        );
                    }
                }
            },
        }
    }
    Ok(())
}

/// Reads on-hold intervals (`ticket`, `status`, `from`, `to`; an empty `to` is still on
/// hold) and attaches those whose status pauses the clock to their tickets.
fn read_holds(
    path: &Path,
    h: &crate::model::HoldDef,
    opts: &Options,
    out: &mut Tickets,
    index: &HashMap<String, usize>,
    problems: &mut Problems,
) -> Result<(), Problem> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| {
            Problem::file(path, format!("cannot read the status history: {e}"))
                .with_hint("`tickets.hold.file` is relative to the client directory")
        })?;
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Problem::file(path, format!("cannot read the header row: {e}")))?
        .iter()
        .map(|x| x.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
        .collect();
    let col = |name: &str| {
        headers.iter().position(|x| x == name).ok_or_else(|| {
            Problem {
                line: Some(1),
                field: Some(name.into()),
                ..Problem::file(path, format!("missing column `{name}`"))
            }
            .with_hint("a status history has the columns `ticket`, `status`, `from`, `to`")
        })
    };
    let (ti, si, fi, toi) = (col("ticket")?, col("status")?, col("from")?, col("to")?);
    let formats: Vec<String> = match &opts.def.date_format {
        Some(f) => vec![f.clone()],
        None => layout(opts.def.profile)
            .formats
            .iter()
            .map(|s| s.to_string())
            .collect(),
    };
    let far = DateTime::<Utc>::MAX_UTC;
    for record in rdr.records() {
        let record =
            record.map_err(|e| Problem::file(path, format!("not a readable CSV row: {e}")))?;
        let line = record.position().map_or(0, |p| p.line()) as usize;
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        if !h.statuses.iter().any(|s| s.eq_ignore_ascii_case(get(si))) {
            continue;
        }
        let Some(&i) = index.get(get(ti)) else {
            continue;
        };
        let parse = |c: usize, open_ok: bool| -> Result<DateTime<Utc>, Problem> {
            let v = get(c);
            if v.is_empty() && open_ok {
                return Ok(far);
            }
            parse_time(v, &formats, opts.tz).ok_or_else(|| {
                Problem {
                    line: Some(line),
                    field: Some(headers[c].clone()),
                    ..Problem::file(path, format!("`{v}` is not a date-time"))
                }
                .with_hint("the status history uses the export's date format")
            })
        };
        match (parse(fi, false), parse(toi, true)) {
            (Ok(a), Ok(b)) if b >= a => out.tickets[i].holds.push((a, b)),
            (Ok(_), Ok(_)) => problems.push(Problem {
                line: Some(line),
                field: Some("to".into()),
                ..Problem::file(
                    path,
                    format!("ticket {}: the hold ends before it starts", get(ti)),
                )
            }),
            (Err(p), _) | (_, Err(p)) => problems.push(p),
        }
    }
    Ok(())
}

struct RowError {
    column: usize,
    message: String,
    hint: String,
}

fn parse_row(
    r: &csv::StringRecord,
    c: &Cols,
    formats: &[String],
    opts: &Options,
) -> Result<Ticket, RowError> {
    let get = |i: usize| r.get(i).unwrap_or("").trim();
    let id = get(c.id);
    if id.is_empty() {
        return Err(RowError {
            column: c.id,
            message: "the ticket id is empty".into(),
            hint: "every row needs a ticket id; remove the row or fill it in".into(),
        });
    }
    let time =
        |col: usize, required: bool| -> Result<Option<DateTime<Utc>>, RowError> {
            let v = get(col);
            if v.is_empty() {
                return if required {
                    Err(RowError {
                        column: col,
                        message: format!("ticket {id}: the date-time is empty"),
                        hint: "the opened date-time is required".into(),
                    })
                } else {
                    Ok(None)
                };
            }
            parse_time(v, formats, opts.tz).map(Some).ok_or_else(|| RowError {
            column: col,
            message: format!("ticket {id}: `{v}` is not a date-time"),
            hint: format!(
                "expected {}; set `tickets.date_format` if the export writes dates differently",
                formats.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(" or ")
            ),
        })
        };
    let opened = time(c.opened, true)?.expect("required");
    let mut responded = c.responded.map(|i| time(i, false)).transpose()?.flatten();
    if responded.is_none()
        && let Some(col) = c.response_minutes
        && !get(col).is_empty()
    {
        let v = get(col);
        let minutes: f64 = v
            .parse()
            .ok()
            .filter(|m: &f64| m.is_finite() && *m >= 0.0)
            .ok_or_else(|| RowError {
                column: col,
                message: format!("ticket {id}: `{v}` is not a number of minutes"),
                hint: "the first-reply time is a number of minutes, e.g. `42`".into(),
            })?;
        responded = Some(opened + chrono::Duration::seconds((minutes * 60.0).round() as i64));
    }
    let resolved = c.resolved.map(|i| time(i, false)).transpose()?.flatten();
    for (col, t, what) in [
        (c.responded, responded, "responded"),
        (c.resolved, resolved, "resolved"),
    ] {
        if let (Some(col), Some(t)) = (col, t)
            && t < opened
        {
            return Err(RowError {
                column: col,
                message: format!(
                    "ticket {id}: {what} at {} before it was opened at {}",
                    get(col),
                    get(c.opened)
                ),
                hint: "check the export's time zone (`tickets.timezone`) or the row".into(),
            });
        }
    }
    let raw_priority = get(c.priority);
    let priority = opts
        .def
        .priorities
        .get(raw_priority)
        .cloned()
        .unwrap_or_else(|| raw_priority.to_string());
    if !opts.known_priorities.contains(&priority) {
        let known: Vec<&str> = opts.known_priorities.iter().map(String::as_str).collect();
        return Err(RowError {
            column: c.priority,
            message: format!("ticket {id}: unknown priority `{raw_priority}`"),
            hint: format!(
                "known priorities: {}; map export values under `tickets.priorities` (e.g. `\"{raw_priority}\": P4`)",
                known
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    let on_hold_seconds = match c.on_hold.map(get).filter(|v| !v.is_empty()) {
        None => 0,
        Some(v) => match v.parse::<f64>() {
            Ok(m) if m.is_finite() && m >= 0.0 => (m * 60.0).round() as i64,
            _ => {
                return Err(RowError {
                    column: c.on_hold.expect("present"),
                    message: format!("ticket {id}: `{v}` is not a number of minutes"),
                    hint: "on-hold time is a number of minutes, e.g. `90`".into(),
                });
            }
        },
    };
    let flag = |col: Option<usize>, tier: bool| -> Result<Option<bool>, RowError> {
        let Some(col) = col else { return Ok(None) };
        let v = get(col);
        parse_flag(v, tier).map_err(|_| RowError {
            column: col,
            message: format!("ticket {id}: `{v}` is not yes/no"),
            hint: "write yes/no, true/false or 1/0 (or a number: a tier above 1 or a reopen count)"
                .into(),
        })
    };
    Ok(Ticket {
        id: id.to_string(),
        opened,
        responded,
        resolved,
        priority,
        kind: c
            .kind
            .map(get)
            .filter(|v| !v.is_empty())
            .map(str::to_string),
        on_hold_seconds,
        holds: Vec::new(),
        escalated: flag(c.escalated, true)?,
        first_contact: flag(c.first_contact, false)?,
        reopened: flag(c.reopened, false)?,
    })
}

/// yes/no, true/false, y/n, 1/0; numbers count as true above 0 (a reopen count) or, for
/// a tier, above 1. Empty is unknown.
pub fn parse_flag(v: &str, tier: bool) -> Result<Option<bool>, NotAFlag> {
    let l = v.trim().to_ascii_lowercase();
    match l.as_str() {
        "" => Ok(None),
        "yes" | "y" | "true" | "t" => Ok(Some(true)),
        "no" | "n" | "false" | "f" => Ok(Some(false)),
        _ => match l.parse::<f64>() {
            Ok(n) if tier => Ok(Some(n > 1.0)),
            Ok(n) => Ok(Some(n > 0.0)),
            Err(_) => Err(NotAFlag),
        },
    }
}

/// A value that is neither yes/no nor a number.
#[derive(Debug, PartialEq, Eq)]
pub struct NotAFlag;

/// Reads a date-time: with its offset when the format has one, else in `tz`.
pub fn parse_time(v: &str, formats: &[String], tz: Tz) -> Option<DateTime<Utc>> {
    for f in formats {
        if f.contains("%z") || f.contains("%:z") || f.contains("%#z") {
            if let Ok(t) = DateTime::parse_from_str(v, f) {
                return Some(t.with_timezone(&Utc));
            }
        } else if f.ends_with('Z') {
            if let Ok(t) = NaiveDateTime::parse_from_str(v, f) {
                return Some(t.and_utc());
            }
        } else if let Ok(t) = NaiveDateTime::parse_from_str(v, f) {
            return Some(local_to_utc(tz, t));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmts(p: crate::model::TicketProfile) -> Vec<String> {
        layout(p).formats.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn times_with_and_without_offsets() {
        let ldn: Tz = "Europe/London".parse().unwrap();
        let g = fmts(crate::model::TicketProfile::Generic);
        // With an offset: taken as written.
        let t = parse_time("2026-10-25T01:30:00+01:00", &g, ldn).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-10-25T00:30:00+00:00");
        assert_eq!(parse_time("2026-10-25T00:30:00Z", &g, ldn).unwrap(), t);
        // Without: in the export's zone. 1 July 10:00 BST = 09:00 UTC.
        assert_eq!(
            parse_time("2026-07-01 10:00", &g, ldn)
                .unwrap()
                .to_rfc3339(),
            "2026-07-01T09:00:00+00:00"
        );
        // Autotask's US layout with AM/PM, read in New York (EDT until 1 November).
        let at = fmts(crate::model::TicketProfile::Autotask);
        let ny: Tz = "America/New_York".parse().unwrap();
        assert_eq!(
            parse_time("10/31/2026 2:30 PM", &at, ny)
                .unwrap()
                .to_rfc3339(),
            "2026-10-31T18:30:00+00:00"
        );
        // ConnectWise API times are UTC.
        let cw = fmts(crate::model::TicketProfile::Connectwise);
        assert_eq!(
            parse_time("2026-10-31T18:30:00Z", &cw, ny)
                .unwrap()
                .to_rfc3339(),
            "2026-10-31T18:30:00+00:00"
        );
        // Jira: 31/Oct/26 2:30 PM.
        let j = fmts(crate::model::TicketProfile::Jira);
        assert_eq!(
            parse_time("31/Oct/26 2:30 PM", &j, ny)
                .unwrap()
                .to_rfc3339(),
            "2026-10-31T18:30:00+00:00"
        );
        assert_eq!(parse_time("31/13/2026", &g, ldn), None);
    }

    #[test]
    fn flags() {
        assert_eq!(parse_flag("Yes", false), Ok(Some(true)));
        assert_eq!(parse_flag("0", false), Ok(Some(false)));
        assert_eq!(parse_flag("2", false), Ok(Some(true)));
        assert_eq!(parse_flag("1", true), Ok(Some(false))); // tier 1: not escalated
        assert_eq!(parse_flag("2", true), Ok(Some(true)));
        assert_eq!(parse_flag("", false), Ok(None));
        assert_eq!(parse_flag("maybe", false), Err(NotAFlag));
    }
}
