//! Reading ticket exports (CSV and Excel workbooks) into [`Ticket`]s: columns found by
//! profile or mapping, the order of day and month read off the file, times read with their
//! offset or in the export's time zone, priorities mapped, bad rows reported with file,
//! line, column and value; and everything that would silently change a figure (a column
//! empty in every row, a mapped priority or hold status that never occurs, a repeated
//! ticket) said as a warning.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::dates::{self, Evidence, Formats, Order, Verdict};
use super::index::{Index, Lookup};
use super::profile::{Field, Layout, Meaning, layout};
use super::{SkippedRow, Ticket, Tickets};
use crate::error::{Problem, Problems};
use crate::model::{BadRows, TicketsDef};

/// At most this many bad rows are listed; the rest are counted.
const MAX_LISTED: usize = 50;

/// Longest duration a minutes or hours column may give: ten years. Anything longer is a
/// typo or a corrupt export, never a ticket.
const MAX_MINUTES: f64 = 10.0 * 366.0 * 24.0 * 60.0;

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
    /// The names of the response SLAs: they need a first-response column.
    pub response_slas: Vec<String>,
    /// Whether some ticket SLA or the ticket KPIs count business hours.
    pub business_calendar: bool,
    /// Tickets resolved before this instant cannot matter to the review: left out, so
    /// memory follows the review window, not the length of the export history.
    pub keep_from: Option<DateTime<Utc>>,
}

/// The export files a `files:` entry names: a file, or the `.csv` and `.xlsx` files of a
/// directory.
pub fn files(client_dir: &Path, def: &TicketsDef) -> Result<Vec<PathBuf>, Problems> {
    let mut out = Vec::new();
    let mut problems = Problems::default();
    let yaml = client_dir.join("client.yaml");
    for entry in def.files.to_vec() {
        // `workspace:exports/all.csv`: an export every client shares, under the
        // workspace (two levels up: `clients/<slug>/`), confined to it.
        let (base, rel) = match entry.strip_prefix(WORKSPACE_PREFIX) {
            Some(rel) => (workspace_of(client_dir), rel.to_string()),
            None => (client_dir.to_path_buf(), entry.clone()),
        };
        let client_dir = base.as_path();
        let path = match crate::load::workspace::inside(client_dir, &rel) {
            Ok(p) => p,
            Err(e) => {
                problems.push(Problem {
                    field: Some("tickets.files".into()),
                    ..Problem::file(&yaml, e)
                }.at_text(&entry).with_hint("give the export's path relative to the client directory (or `workspace:` and a path in the workspace), and keep the file there"));
                continue;
            }
        };
        if path.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(&path)
                .min_depth(1)
                .max_depth(1)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
                .map(|e| e.into_path())
                .filter(|p| is_export(p))
                .collect();
            // A symlink in the directory leads nowhere else either.
            found.retain(|f| {
                let rel = f
                    .strip_prefix(client_dir)
                    .unwrap_or(f)
                    .to_string_lossy()
                    .into_owned();
                match crate::load::workspace::inside(client_dir, &rel) {
                    Ok(_) => true,
                    Err(e) => {
                        problems.push(Problem::file(f, e));
                        false
                    }
                }
            });
            if found.is_empty() {
                problems.push(Problem::file(
                    &path,
                    "no .csv or .xlsx ticket exports in this directory",
                ));
            }
            out.append(&mut found);
        } else if path.is_file() {
            out.push(path);
        } else {
            problems.push(
                Problem {
                    field: Some("tickets.files".into()),
                    ..Problem::file(&yaml, format!("ticket export `{entry}` not found"))
                }
                .at_text(&entry)
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

/// The prefix of a `tickets.files` entry relative to the workspace, not the client.
pub const WORKSPACE_PREFIX: &str = "workspace:";

/// The workspace of a client directory (`<workspace>/clients/<slug>`).
fn workspace_of(client_dir: &Path) -> PathBuf {
    client_dir
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| client_dir.to_path_buf(), Path::to_path_buf)
}

fn is_export(p: &Path) -> bool {
    p.extension().is_some_and(|e| {
        e.eq_ignore_ascii_case("csv")
            || e.eq_ignore_ascii_case("xlsx")
            || e.eq_ignore_ascii_case("xls")
            || e.eq_ignore_ascii_case("json")
    })
}

fn is_json(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

fn is_workbook(p: &Path) -> bool {
    p.extension().is_some_and(|e| {
        ["xlsx", "xlsm", "xls", "xlsb", "ods"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// A table of strings: a CSV file streamed, or the first sheet of a workbook.
pub struct Table {
    /// Header names, trimmed, without a BOM.
    pub headers: Vec<String>,
    rows: Rows,
}

enum Rows {
    /// A CSV reader, and how many lines its positions are short: csv counts a CRLF
    /// file's lines one short.
    Csv(Box<csv::Reader<std::fs::File>>, u64),
    Sheet(std::vec::IntoIter<(u64, csv::StringRecord)>),
}

impl Table {
    /// Opens an export (by its extension: a workbook or CSV).
    pub fn open(path: &Path) -> Result<Table, Problem> {
        if is_workbook(path) {
            return open_workbook(path);
        }
        if is_json(path) {
            return super::json::open(path).map(|(headers, rows)| Table {
                headers,
                rows: Rows::Sheet(rows.into_iter()),
            });
        }
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .from_path(path)
            .map_err(|e| Problem::file(path, format!("cannot read the export: {e}")))?;
        let headers = rdr
            .headers()
            .map_err(|e| {
                Problem::file(path, format!("cannot read the header row: {e}"))
                    .with_hint("a ticket export is a CSV file (UTF-8) or an Excel workbook (.xlsx)")
            })?
            .iter()
            .map(clean_header)
            .collect();
        Ok(Table {
            headers,
            rows: Rows::Csv(Box::new(rdr), u64::from(crlf(path))),
        })
    }

    /// The next row into `record`, with its 1-based line; `None` at the end.
    pub fn next(
        &mut self,
        path: &Path,
        record: &mut csv::StringRecord,
    ) -> Result<Option<u64>, Problem> {
        match &mut self.rows {
            Rows::Csv(r, short) => match r.read_record(record) {
                Ok(false) => Ok(None),
                Ok(true) => Ok(Some(record.position().map_or(0, |p| p.line()) + *short)),
                Err(e) => {
                    let utf8 = matches!(e.kind(), csv::ErrorKind::Utf8 { .. });
                    let p = Problem {
                        line: e.position().map(|p| (p.line() + *short) as usize),
                        ..Problem::file(
                            path,
                            if utf8 {
                                "not UTF-8 text: the export was saved in another encoding"
                                    .to_string()
                            } else {
                                format!("not a readable CSV row: {e}")
                            },
                        )
                    };
                    Err(if utf8 {
                        p.with_hint("save the export as CSV UTF-8 (Excel: Save As > CSV UTF-8)")
                    } else {
                        p.with_hint("check the quoting of this row: a quote opened and not closed runs into the next rows")
                    })
                }
            },
            Rows::Sheet(it) => Ok(it.next().map(|(line, r)| {
                *record = r;
                line
            })),
        }
    }
}

/// Whether the file's first line ends in CRLF.
fn crlf(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    let _ = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    head.iter()
        .position(|&b| b == b'\n')
        .is_some_and(|i| i > 0 && head[i - 1] == b'\r')
}

fn clean_header(h: &str) -> String {
    h.trim_start_matches('\u{feff}').trim().to_string()
}

/// The first sheet of a workbook as strings. Date cells become ISO date-times; the header
/// row is the first with two or more cells (Zammad puts a title above it); a trailing
/// `Timezone:` line (Zammad's footer) is not a row.
fn open_workbook(path: &Path) -> Result<Table, Problem> {
    use calamine::{Data, Reader};
    let bad = |e: String| {
        Problem::file(path, format!("cannot read the workbook: {e}"))
            .with_hint("save the export as .xlsx, or as CSV (UTF-8)")
    };
    let mut wb = calamine::open_workbook_auto(path).map_err(|e| bad(e.to_string()))?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or_else(|| bad("it has no sheet".into()))?
        .map_err(|e| bad(e.to_string()))?;
    let text = |c: &Data| -> String {
        match c {
            Data::Empty => String::new(),
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
            Data::Int(i) => i.to_string(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            Data::Float(f) => f.to_string(),
            Data::Bool(b) => b.to_string(),
            Data::DateTime(d) if d.is_duration() => format!("{}", d.as_f64() * 24.0 * 60.0),
            Data::DateTime(d) => d
                .as_datetime()
                .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_default(),
            Data::Error(e) => format!("#{e:?}"),
        }
    };
    let first_row = range.start().map_or(0, |(r, _)| r as u64);
    let mut rows = range.rows().enumerate().map(|(i, r)| {
        (
            first_row + i as u64 + 1,
            r.iter().map(text).collect::<Vec<String>>(),
        )
    });
    let headers = loop {
        match rows.next() {
            None => return Err(bad("the first sheet has no header row".into())),
            Some((_, r)) if r.iter().filter(|c| !c.is_empty()).count() >= 2 => break r,
            Some(_) => {}
        }
    };
    let mut body: Vec<(u64, csv::StringRecord)> = rows
        .map(|(line, r)| (line, csv::StringRecord::from(r)))
        .collect();
    while body.last().is_some_and(|(_, r)| {
        r.iter().skip(1).all(str::is_empty)
            && (r.get(0).unwrap_or("").is_empty()
                || r.get(0).unwrap_or("").starts_with("Timezone:"))
    }) {
        body.pop();
    }
    Ok(Table {
        headers: headers.iter().map(|h| clean_header(h)).collect(),
        rows: Rows::Sheet(body.into_iter()),
    })
}

/// Reads every export of a client. A ticket repeated in a later file is its newer export
/// (the later row wins); repeated in one file it is said (or, for exports with one row per
/// update, the latest update is the ticket).
pub fn load(client_dir: &Path, opts: &Options) -> Result<Tickets, Problems> {
    let mut st = State::default();
    let mut problems = Problems::default();
    for path in files(client_dir, opts.def)? {
        if let Err(p) = read_file(&path, opts, &mut st, &mut problems) {
            problems.0.extend(p.0);
        }
    }
    let yaml = client_dir.join("client.yaml");
    // A mapped export value that no row has: a misspelt key maps nothing, silently.
    if st.rows > 0 {
        for key in opts.def.priorities.keys() {
            if !st.priorities_seen.contains_key(&key.to_lowercase()) {
                let seen: Vec<&str> = st
                    .priorities_seen
                    .values()
                    .map(|(s, _)| s.as_str())
                    .collect();
                st.warnings.push(
                    Problem {
                        field: Some(format!("tickets.priorities.{key}")),
                        ..Problem::file(
                            &yaml,
                            match opts.def.company {
                                None => format!("the export priority `{key}` occurs in no row of the exports"),
                                Some(_) => format!("the export priority `{key}` occurs in none of the client's rows of the exports"),
                            },
                        )
                    }
                    .with_hint(format!("the exports' priorities are {}", list(&seen))),
                );
            }
        }
    }
    company_checks(&yaml, opts, &st.companies, &mut problems, &mut st.notes);
    st.notes.extend(filtered_note(&yaml, &st.filtered));
    if let Some(h) = &opts.def.hold {
        let path = match crate::load::workspace::inside(client_dir, &h.file) {
            Ok(p) => p,
            Err(e) => {
                problems.push(
                    Problem {
                        field: Some("tickets.hold.file".into()),
                        ..Problem::file(&yaml, e)
                    }
                    .at_text(&h.file),
                );
                return Err(problems);
            }
        };
        if let Err(p) = read_holds(&path, h, opts, &mut st, &mut problems) {
            problems.push(p);
        }
    }
    if st.bad > MAX_LISTED {
        let first = problems
            .0
            .first()
            .map(|p| p.file.clone())
            .unwrap_or_default();
        problems.push(Problem::file(
            &first,
            format!("… and {} more bad rows", st.bad - MAX_LISTED),
        ));
    }
    problems.into_result()?;
    Ok(Tickets {
        // In place (a `filter_map` over a vector's own items reuses its memory, where
        // `flatten` copied half a million tickets into a new one).
        #[allow(clippy::filter_map_identity)]
        tickets: st.slots.into_iter().filter_map(|t| t).collect(),
        skipped: st.skipped,
        rows: st.rows,
        notes: st.notes,
        warnings: st.warnings,
        first: st.first,
        newest: st.newest,
        companies: st.companies,
    })
}

/// The rows the client's filters left out, by status or type, as a note.
fn filtered_note(yaml: &Path, filtered: &BTreeMap<(Field, String), u64>) -> Option<Problem> {
    if filtered.is_empty() {
        return None;
    }
    let parts: Vec<String> = filtered
        .iter()
        .map(|((f, v), n)| {
            let v = if v.is_empty() { "(empty)" } else { v.as_str() };
            match f {
                Field::Status => format!("{n} with status `{v}`"),
                Field::Queue => format!("{n} in queue `{v}`"),
                _ => format!("{n} of type `{v}`"),
            }
        })
        .collect();
    Some(Problem {
        field: Some("tickets.leave_out".into()),
        ..Problem::file(
            yaml,
            format!(
                "rows left out as no tickets of the client's: {} (`tickets.leave_out` and \
                 `tickets.only` say which)",
                parts.join(", ")
            ),
        )
    })
}

/// A header and no tickets: every ticket figure would be "no data", silently. (With a
/// company named, a company without rows is said by the company checks.)
fn no_rows(path: &Path, opts: &Options, rows: u64) -> Option<Problem> {
    (rows == 0 && opts.def.company.is_none()).then(|| {
        Problem {
            line: Some(1),
            ..Problem::file(path, "the export has a header and no ticket rows")
        }
        .with_hint(
            "export again with the period's tickets (a filter or a date range may have \
             left none), or remove the file from `tickets.files`",
        )
    })
}

/// The `n` busiest companies of an export with their rows, for a message.
pub fn busiest<'a>(companies: impl IntoIterator<Item = (&'a str, u64)>, n: usize) -> String {
    let mut by_rows: Vec<(&str, u64)> = companies.into_iter().collect();
    by_rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = by_rows
        .iter()
        .take(n)
        .map(|(c, rows)| format!("`{c}` ({rows} rows)"))
        .collect();
    let more = by_rows.len().saturating_sub(n);
    format!(
        "{}{}",
        shown.join(", "),
        if more > 0 {
            format!(" and {more} more (`svcreview tickets inspect FILE` lists them)")
        } else {
            String::new()
        }
    )
}

/// An export of several companies for a client that names none.
fn no_company_named(yaml: &Path, seen: &BTreeMap<&str, u64>) -> Problem {
    let top = seen
        .iter()
        .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
        .map_or("", |(c, _)| *c);
    Problem {
        field: Some("tickets.company".into()),
        ..Problem::file(
            yaml,
            format!(
                "the exports hold the tickets of {} companies, and every one would count as \
                 this client's",
                seen.len()
            ),
        )
    }
    .with_hint(format!(
        "name the client's company as the export writes it, e.g. `company: \"{top}\"` under \
         `tickets:`; the companies are {}",
        busiest(seen.iter().map(|(c, r)| (*c, *r)), 5)
    ))
}

/// The companies of the exports against the client's: a company named that no row has is
/// an error (a warning while another named one has rows); an export of several
/// companies for a client that names none is an error, since every company's tickets
/// would count as the client's; the rows of other companies left out are a note.
fn company_checks(
    yaml: &Path,
    opts: &Options,
    seen: &BTreeMap<String, u64>,
    problems: &mut Problems,
    notes: &mut Vec<Problem>,
) {
    let seen: BTreeMap<&str, u64> = seen
        .iter()
        .filter(|(c, _)| !c.is_empty())
        .map(|(c, n)| (c.as_str(), *n))
        .collect();
    let Some(wanted) = &opts.def.company else {
        if seen.len() > 1 {
            problems.push(no_company_named(yaml, &seen));
        }
        return;
    };
    let wanted = wanted.to_vec();
    let found = wanted
        .iter()
        .filter(|w| seen.contains_key(w.trim()))
        .count();
    for (i, w) in wanted.iter().enumerate() {
        if seen.contains_key(w.trim()) {
            continue;
        }
        let field = match &opts.def.company {
            Some(crate::model::OneOrMany::Many(_)) => format!("tickets.company[{i}]"),
            _ => "tickets.company".into(),
        };
        let hint = match crate::load::yaml::did_you_mean(w, seen.keys().copied()) {
            Some(best) => format!("did you mean `{best}`? The exports write it so"),
            None if seen.is_empty() => "the exports' company column is empty in every row".into(),
            None => format!(
                "the exports' companies are {}",
                busiest(seen.iter().map(|(c, r)| (*c, *r)), 5)
            ),
        };
        let p = Problem {
            field: Some(field),
            ..Problem::file(
                yaml,
                format!("no row of the exports is for the company `{w}`"),
            )
        }
        .with_hint(hint);
        if found == 0 {
            problems.push(p);
        } else {
            notes.push(p);
        }
    }
    let others: u64 = seen
        .iter()
        .filter(|(c, _)| !wanted.iter().any(|w| w.trim() == **c))
        .map(|(_, n)| n)
        .sum();
    let other_companies = seen.len() - found;
    if others > 0 && found > 0 {
        notes.push(Problem::file(
            yaml,
            format!(
                "{others} rows of {other_companies} other {} left out: they are not this client's",
                if other_companies == 1 {
                    "company"
                } else {
                    "companies"
                }
            ),
        ));
    }
}

/// A field without the spaces around it: `str::trim`, with a fast path for the usual
/// field, which has none at either end (a byte above space and below 128 is no
/// whitespace).
#[inline]
fn field(v: &str) -> &str {
    let clean = |b: u8| b > b' ' && b < 0x80;
    match v.as_bytes() {
        [] => v,
        [a, .., b] | [a @ b] if clean(*a) && clean(*b) => v,
        _ => v.trim(),
    }
}

/// Gives a kept ticket a slot; returns the slot.
fn keep(slots: &mut Vec<Option<Ticket>>, t: Ticket) -> usize {
    slots.push(Some(t));
    slots.len() - 1
}

/// What reading the files has gathered so far.
/// The slot of a ticket whose rows so far were all left out.
const NO_SLOT: usize = usize::MAX;

#[derive(Default)]
struct State {
    /// Tickets by position; `None` where the latest row of a ticket was left out.
    slots: Vec<Option<Ticket>>,
    /// Ticket id → (slot, file number, line, update key).
    index: Index<(usize, usize, u64, Option<UpdateKey>)>,
    files: usize,
    rows: u64,
    bad: usize,
    skipped: Vec<SkippedRow>,
    /// Lowercased export priority → (as written, rows).
    priorities_seen: BTreeMap<String, (String, u64)>,
    notes: Vec<Problem>,
    warnings: Vec<Problem>,
    /// The order of day and month the exports showed, for a status history whose own
    /// dates cannot tell.
    order: Option<Order>,
    /// Rows by company, in exports with a company column.
    companies: BTreeMap<String, u64>,
    /// Rows left out by the client's filters: (column, value) → rows.
    filtered: BTreeMap<(Field, String), u64>,
    /// The first opening of all rows read.
    first: Option<DateTime<Utc>>,
    /// The newest opening of all rows read.
    newest: Option<DateTime<Utc>>,
}

/// A map keyed by what an export holds (ids, priorities, types), hashed with foldhash:
/// fast, and seeded per process so that crafted ids cannot make it slow.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// Orders the rows of one ticket in an export with one row per update.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum UpdateKey {
    Time(DateTime<Utc>),
    Count(f64),
}

/// Where each field is in one file.
#[derive(Debug, Clone, Default)]
pub struct Cols {
    /// Column per field (`Field as usize`).
    at: [Option<usize>; Field::ALL.len()],
    /// Whether the column holds UTC times (`..._UTC`).
    utc: [bool; Field::ALL.len()],
}

impl Cols {
    /// The column of a field.
    pub fn get(&self, f: Field) -> Option<usize> {
        self.at[f as usize]
    }
}

/// The column of each field in `headers`: the client's override (which must be there) or
/// the first of the profile's names that is there. Missing required columns (every one
/// of them, at once), and response SLAs on an export with no first-response column, are
/// errors.
pub fn find_columns(path: &Path, headers: &[String], opts: &Options) -> Result<Cols, Problems> {
    let l = layout(opts.def.profile);
    // Zendesk's ticket table as Fivetran lands it has no solved times: refused unless
    // the client maps them (joined in from ticket_metrics) under `tickets.columns`.
    if headers.iter().any(|h| h == "_fivetran_synced")
        && opts.def.profile == crate::model::TicketProfile::Zendesk
        && opts.def.columns.resolved.is_none()
    {
        return Err(Problem {
            line: Some(1),
            ..Problem::file(
                path,
                "this is Zendesk's ticket table as Fivetran or the API lands it: it has no solved \
                 or first-reply times (they are in the ticket_metrics table)",
            )
        }
        .with_hint(
            "export the tickets from Zendesk with Admin Center > Account > Tools > Reports > \
             Export (CSV), which has `Solved at` and `First reply time in minutes`; or join \
             ticket_metrics' `solved_at` and `reply_time_in_minutes` into this table and map \
             them under `tickets.columns`",
        )
        .into());
    }
    let mut cols = Cols::default();
    let mut absent = Problems::default();
    for f in Field::ALL {
        let (at, name) = match f.column_in(&opts.def.columns) {
            Some(over) => (position(headers, over), over.to_string()),
            None => {
                let found = l
                    .names(f)
                    .iter()
                    .find_map(|n| position(headers, n).map(|i| (i, *n)));
                match found {
                    Some((i, n)) => (Some(i), n.to_string()),
                    None => (
                        None,
                        l.names(f).first().copied().unwrap_or(f.key()).to_string(),
                    ),
                }
            }
        };
        let explicit = f.column_in(&opts.def.columns).is_some();
        let required = matches!(f, Field::Id | Field::Opened | Field::Priority)
            || (f == Field::Resolved && opts.needs_resolved)
            || (f == Field::Company && opts.def.company.is_some())
            || (f == Field::Queue && opts.def.only.queues.is_some());
        if at.is_none() && (required || explicit) {
            absent.push(missing(path, headers, f, &name, &l));
        }
        cols.at[f as usize] = at;
        cols.utc[f as usize] = at.is_some_and(|i| headers[i].to_ascii_lowercase().ends_with("utc"));
    }
    if !opts.response_slas.is_empty()
        && cols.get(Field::Responded).is_none()
        && cols.get(Field::ResponseMinutes).is_none()
        && cols.get(Field::ResponseHours).is_none()
    {
        let hint = match l.lacks {
            Some(why) => why.to_string(),
            None => "map the export's first-response date-time under `tickets.columns.responded` \
                     (or minutes to first response under `tickets.columns.response_minutes`)"
                .to_string(),
        };
        absent.push(
            Problem {
                line: Some(1),
                field: Some("responded".into()),
                ..Problem::file(
                    path,
                    format!(
                        "{} cannot be measured: the export has no first-response column",
                        list(&opts.response_slas)
                    ),
                )
            }
            .with_hint(format!(
                "{hint}; or remove the response SLA from `slas:` (a resolution time is never \
             reported under a response name)"
            )),
        );
    }
    absent.into_result()?;
    Ok(cols)
}

fn position(headers: &[String], name: &str) -> Option<usize> {
    headers.iter().position(|h| h.eq_ignore_ascii_case(name))
}

/// A missing column, with a suggestion only of a column that means the same thing.
fn missing(path: &Path, headers: &[String], f: Field, name: &str, l: &Layout) -> Problem {
    let same_meaning = headers
        .iter()
        .find(|h| super::profile::names_of_field_anywhere(f).any(|n| n.eq_ignore_ascii_case(h)));
    let close = crate::load::yaml::did_you_mean(
        name,
        headers
            .iter()
            .map(String::as_str)
            .filter(|h| match super::profile::meaning(h) {
                Meaning::Unknown => true,
                Meaning::Field(g) => g == f,
                Meaning::Other => false,
            }),
    );
    let key = f.key();
    let hint = match same_meaning.map(String::as_str).or(close) {
        Some(s) => format!(
            "did you mean `{s}`? Set `tickets.columns.{key}: \"{s}\"` if it is the {}",
            f.describe()
        ),
        None => format!(
            "the export's columns are: {}; set `tickets.columns.{key}` to the column with the {}",
            list(headers),
            f.describe()
        ),
    };
    let hint = if l.names(f).len() > 1 {
        format!("{hint} ({} exports name it {})", l.tool, list(l.names(f)))
    } else {
        hint
    };
    Problem {
        line: Some(1),
        field: Some(name.to_string()),
        ..Problem::file(path, format!("missing column `{name}` ({key})"))
    }
    .with_hint(hint)
}

/// `a`, `b` and `c`, each in backticks (at most 30 listed).
fn list<S: AsRef<str>>(items: &[S]) -> String {
    let mut out: Vec<String> = items
        .iter()
        .take(30)
        .map(|s| format!("`{}`", s.as_ref()))
        .collect();
    if items.len() > 30 {
        out.push(format!("… ({} in all)", items.len()));
    }
    out.join(", ")
}

/// The formats a file's dates are read with: the user's, checked against what the dates
/// allow, or the order the dates show. Notes what was detected.
fn formats_for(
    path: &Path,
    opts: &Options,
    evidence: &Evidence,
    known: Option<Order>,
    notes: &mut Vec<Problem>,
) -> Result<(Formats, Option<Order>), Problem> {
    let verdict = match (evidence.verdict(), known) {
        (Verdict::Ambiguous, Some(o)) => return Ok((Formats::detected(Some(o)), Some(o))),
        (v, _) => v,
    };
    let example = |i: usize| example(evidence, i);
    if let Some(f) = &opts.def.date_format {
        return Ok((given_format(path, opts, f, evidence, &verdict)?, None));
    }
    match verdict {
        Verdict::NotNumeric => Ok((Formats::detected(None), None)),
        Verdict::Only(o) => {
            notes.push(Problem::file(
                path,
                format!(
                    "dates read {} ({}): the only order that reads every date",
                    o.describe(),
                    example(if o == Order::DayFirst { 2 } else { 1 })
                ),
            ));
            Ok((Formats::detected(Some(o)), Some(o)))
        }
        // Dates in both orders: one file, two settings. Reading either way would read
        // some rows with day and month swapped.
        Verdict::Mostly(_) => Err(Problem {
            field: Some("tickets.date_format".into()),
            ..Problem::file(
                path,
                format!(
                    "the dates are in both orders: {} can only be day-first, {} only month-first",
                    example(2),
                    example(1)
                ),
            )
        }
        .with_hint(
            "export the file again with one date setting (the exporting user's date format), \
             or split it by the order its dates are in",
        )),
        Verdict::Ambiguous => Err(undecidable(path, opts, evidence)),
    }
}

/// The line and text of the evidence's `i`th example date.
fn example(evidence: &Evidence, i: usize) -> String {
    evidence.examples[i]
        .as_ref()
        .map(|(line, v)| format!("line {line}: `{v}`"))
        .unwrap_or_default()
}

/// The formats of a `tickets.date_format` the user gave, refused when the dates rule its
/// order out (whatever `bad_rows` says: skipping would keep only the rows it reads
/// wrongly).
fn given_format(
    path: &Path,
    opts: &Options,
    f: &str,
    evidence: &Evidence,
    verdict: &Verdict,
) -> Result<Formats, Problem> {
    let example = |i: usize| example(evidence, i);
    let formats = initial_formats(path, opts)?;
    // A numeric format whose order the dates rule out: refused whatever `bad_rows`
    // says, since skipping would keep only the rows it reads wrongly.
    let says = if f.starts_with("%m") {
        Some(Order::MonthFirst)
    } else if f.starts_with("%d") && f.get(3..5) == Some("%m") {
        Some(Order::DayFirst)
    } else {
        None
    };
    if let (Some(says), Verdict::Only(only)) = (says, verdict)
        && says != *only
    {
        let (ruled_out, i) = match says {
            Order::MonthFirst => (evidence.not_month_first, 2),
            Order::DayFirst => (evidence.not_day_first, 1),
        };
        let sample = evidence.examples[i]
            .as_ref()
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let better = dates::suggest(&sample, *only, opts.tz);
        return Err(Problem {
            field: Some("tickets.date_format".into()),
            ..Problem::file(
                path,
                format!(
                    "`date_format: \"{f}\"` reads dates {}, but {ruled_out} dates cannot be \
                     read that way ({}) and every date reads {}",
                    says.describe(),
                    example(i),
                    only.describe()
                ),
            )
        }
        .with_hint(match better {
            Some(b) => format!(
                "set `tickets.date_format: \"{b}\"`, or remove `date_format` to have the order read off the file"
            ),
            None => "remove `tickets.date_format` to have the order read off the file".into(),
        }));
    }
    Ok(formats)
}

/// Dates that read both day-first and month-first: the two formats to choose from.
fn undecidable(path: &Path, opts: &Options, evidence: &Evidence) -> Problem {
    let example = |i: usize| example(evidence, i);
    let sample = evidence.examples[0]
        .as_ref()
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let d = dates::suggest(&sample, Order::DayFirst, opts.tz).unwrap_or("%d/%m/%Y %H:%M".into());
    let m = dates::suggest(&sample, Order::MonthFirst, opts.tz).unwrap_or("%m/%d/%Y %H:%M".into());
    Problem {
        field: Some("tickets.date_format".into()),
        ..Problem::file(
            path,
            format!(
                "every date reads both day-first and month-first ({}): the file cannot \
                 tell which it is",
                example(0)
            ),
        )
    }
    .with_hint(format!(
        "set `tickets.date_format: \"{d}\"` (day-first) or `\"{m}\"` (month-first), as \
         the exporting user's settings write dates"
    ))
}

/// An export opened: its table, its header row (refused when empty) and the columns
/// of every meaning its profile reads.
fn open_export(path: &Path, opts: &Options) -> Result<(Table, Vec<String>, Cols), Problems> {
    let table = Table::open(path)?;
    let headers = table.headers.clone();
    if headers.iter().all(String::is_empty) {
        return Err(Problem::file(path, "the export is empty: no header row")
            .with_hint(
                "export the tickets again; a ticket export starts with a row of column names",
            )
            .into());
    }
    let cols = find_columns(path, &headers, opts)?;
    Ok((table, headers, cols))
}

/// Rows that cannot be read: skipped and listed on the report (`bad_rows: skip`), or
/// problems (the first MAX_LISTED of them listed) that fail the client.
struct Rejects<'a> {
    path: &'a Path,
    file_name: String,
    headers: &'a [String],
    policy: BadRows,
    skipped: &'a mut Vec<SkippedRow>,
    bad: &'a mut usize,
    problems: &'a mut Problems,
}

impl Rejects<'_> {
    fn row(&mut self, e: RowError, line: u64) {
        let RowError {
            column,
            message,
            hint,
        } = e;
        let header = self.headers.get(column);
        match self.policy {
            BadRows::Skip => self.skipped.push(SkippedRow {
                file: self.file_name.clone(),
                line,
                reason: format!("{}: {message}", header.map_or("?", String::as_str)),
            }),
            BadRows::Fail => {
                *self.bad += 1;
                if *self.bad <= MAX_LISTED {
                    self.problems.push(
                        Problem {
                            line: Some(line as usize),
                            field: header.cloned(),
                            ..Problem::file(self.path, message)
                        }
                        .with_hint(hint),
                    );
                }
            }
        }
    }
}

/// The parser's thread: each batch of records parsed in two halves at once (each half
/// by its own context), sent on with the parsed rows; the contexts (with what they
/// counted) returned at the end.
fn parse_batches<'a>(
    mut ctxs: [RowContext<'a>; 2],
    rx: std::sync::mpsc::Receiver<Batch>,
    parsed_tx: std::sync::mpsc::SyncSender<(Batch, [Vec<Parsed>; 2])>,
    empty_rx: std::sync::mpsc::Receiver<[Vec<Parsed>; 2]>,
) -> [RowContext<'a>; 2] {
    for mut batch in rx {
        if let Some(f) = batch.formats.take() {
            ctxs[1].formats = f.clone();
            ctxs[0].formats = f;
        }
        let rows = &batch.rows[..batch.len];
        let (left, right) = rows.split_at(rows.len() / 2);
        let [a, b] = &mut ctxs;
        let [mut pa, mut pb] = empty_rx.try_recv().unwrap_or_default();
        parse_pool().join(
            || parse_rows(a, left, &mut pa),
            || parse_rows(b, right, &mut pb),
        );
        if parsed_tx.send((batch, [pa, pb])).is_err() {
            break;
        }
    }
    ctxs
}

fn read_file(
    path: &Path,
    opts: &Options,
    st: &mut State,
    problems: &mut Problems,
) -> Result<(), Problems> {
    let (table, headers, cols) = open_export(path, opts)?;
    let l = layout(opts.def.profile);
    // The index is made about the size the rows need (a ticket takes 64 bytes of export
    // or more) rather than rehashed as it fills; at most a million entries ahead, so that
    // a large export of few tickets reserves little.
    let estimate = (std::fs::metadata(path).map_or(0, |m| m.len() / 64)).min(1_000_000) as usize;
    st.index.reserve(estimate);
    st.files += 1;
    let file_no = st.files;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The mapping and the SLAs' priorities, looked up in lower case.
    let priority_map: HashMap<String, &String> = (opts.def.priorities.iter())
        .map(|(k, v)| (k.to_lowercase(), v))
        .collect();
    let known: HashMap<String, &String> = (opts.known_priorities.iter())
        .map(|k| (k.to_lowercase(), k))
        .collect();
    let wanted: Option<std::collections::HashSet<String>> = opts.def.company.as_ref().map(|c| {
        c.to_vec()
            .into_iter()
            .map(|x| x.trim().to_string())
            .collect()
    });
    let left_out = opts.def.leave_out.statuses();
    // Two parsers of rows: each batch is parsed in two halves at once.
    let new_ctx = |formats: Formats| RowContext {
        wanted: wanted.as_ref(),
        left_out: &left_out,
        cols: &cols,
        formats,
        opts,
        priority_map: &priority_map,
        known: &known,
        rows_per_update: l.rows_per_update,
        resolved: RefCell::default(),
        kinds: RefCell::default(),
        no_id: Arc::from(""),
        counts: RowsRead::default(),
    };
    let formats = initial_formats(path, opts)?;
    let ctxs = [new_ctx(formats.clone()), new_ctx(formats)];
    let id_col = cols.get(Field::Id).expect("find_columns requires it");
    let State {
        notes,
        order,
        index,
        slots,
        skipped,
        bad,
        ..
    } = st;
    let mut merge = Merge {
        index,
        slots,
        file_no,
        rows_per_update: l.rows_per_update,
        repeats: 0,
        repeated: None,
    };
    let mut rejects = Rejects {
        path,
        file_name,
        headers: &headers,
        policy: opts.def.bad_rows,
        skipped,
        bad,
        problems,
    };
    let reader = Reader {
        table,
        path,
        opts,
        cols: &cols,
        notes,
        order,
    };
    let read = stream(reader, ctxs, id_col, &mut merge, &mut rejects)?;
    let (repeats, repeated) = (merge.repeats, merge.repeated);
    let (filled, rows) = tally(read, st);
    st.warnings
        .extend(repeated_warning(path, repeated, repeats));
    st.warnings.extend(no_rows(path, opts, rows));
    column_checks(path, &headers, &cols, opts, &filled, rows, &mut st.warnings)?;
    Ok(())
}

/// What the reader thread of one file needs.
struct Reader<'a> {
    table: Table,
    path: &'a Path,
    opts: &'a Options<'a>,
    cols: &'a Cols,
    notes: &'a mut Vec<Problem>,
    order: &'a mut Option<Order>,
}

/// Streams one file's rows through the reader and the two parsers into the index:
/// reader → parser (each batch in two halves at once, on a pool of its own) → this
/// thread. Returns the parsers, with what their rows showed.
fn stream<'a>(
    r: Reader,
    ctxs: [RowContext<'a>; 2],
    id_col: usize,
    merge: &mut Merge,
    rejects: &mut Rejects,
) -> Result<[RowContext<'a>; 2], Problem> {
    std::thread::scope(|scope| {
        // Not on rayon's global pool: a batch runs imports on its threads, which would
        // then wait on halves queued behind themselves.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(4);
        let (back_tx, back_rx) = std::sync::mpsc::channel::<Batch>();
        let (parsed_tx, parsed_rx) = std::sync::mpsc::sync_channel::<(Batch, [Vec<Parsed>; 2])>(4);
        // Emptied vectors of parsed rows go back to the parser too: new ones would be
        // fresh memory (pages faulted in) for every batch.
        let (empty_tx, empty_rx) = std::sync::mpsc::channel::<[Vec<Parsed>; 2]>();
        let reader = scope.spawn(|| read_rows(r, tx, back_rx));
        let parser = scope.spawn(move || parse_batches(ctxs, rx, parsed_tx, empty_rx));
        for (batch, mut parsed) in parsed_rx {
            let rows = &batch.rows[..batch.len];
            let [pa, pb] = &mut parsed;
            for ((line, record), parsed) in rows.iter().zip(pa.drain(..).chain(pb.drain(..))) {
                let id = field(record.get(id_col).unwrap_or(""));
                match parsed {
                    Parsed::Row(ticket, key) => merge.row(id, *line, ticket, key),
                    Parsed::Blank | Parsed::Other => {}
                    Parsed::Bad(e) => rejects.row(e, *line),
                }
            }
            // The reader or the parser may have finished: then these are not needed.
            let _ = back_tx.send(batch);
            let _ = empty_tx.send(parsed);
        }
        let ctxs = parser
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        reader
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
            .map(|()| ctxs)
    })
}

/// Merges the parsed rows of one file into the index of tickets: a ticket's later row
/// (or, for exports with a row per update, its newest update) replaces the earlier.
struct Merge<'a> {
    index: &'a mut Index<(usize, usize, u64, Option<UpdateKey>)>,
    slots: &'a mut Vec<Option<Ticket>>,
    file_no: usize,
    rows_per_update: bool,
    /// Rows of a ticket already seen in the same file (an export of a row per ticket).
    repeats: usize,
    /// The first such: (id, its earlier line, the later line).
    repeated: Option<(String, u64, u64)>,
}

impl Merge<'_> {
    fn row(&mut self, id: &str, line: u64, ticket: Option<Ticket>, key: Option<UpdateKey>) {
        let slots = &mut *self.slots;
        match self.index.lookup(id) {
            // A ticket left out has no slot, only its id (a later row of it may still
            // bring it back): memory follows the review's window.
            Lookup::New(v) => {
                let slot = match ticket {
                    Some(t) => keep(slots, t),
                    None => NO_SLOT,
                };
                v.insert((slot, self.file_no, line, key));
            }
            Lookup::Seen((slot, seen_file, seen_line, seen_key)) => {
                let newer = if self.rows_per_update {
                    match (&key, &*seen_key) {
                        (Some(a), Some(b)) => a >= b,
                        _ => true,
                    }
                } else {
                    if *seen_file == self.file_no {
                        self.repeats += 1;
                        if self.repeated.is_none() {
                            self.repeated = Some((id.to_string(), *seen_line, line));
                        }
                    }
                    true
                };
                if newer {
                    match (ticket, *slot) {
                        (None, NO_SLOT) => {}
                        (None, at) => slots[at] = None,
                        (Some(t), NO_SLOT) => *slot = keep(slots, t),
                        (Some(t), at) => slots[at] = Some(t),
                    }
                    *seen_file = self.file_no;
                    *seen_line = line;
                    *seen_key = key;
                }
            }
        }
    }
}

/// What the two parsers counted: rows filled per field and rows read; the rows and the
/// priorities seen are added to the state.
fn tally(read: [RowContext<'_>; 2], st: &mut State) -> ([u64; Field::ALL.len()], u64) {
    let mut filled = [0u64; Field::ALL.len()];
    let mut rows = 0;
    let mut priorities_here: FastMap<String, u64> = FastMap::default();
    for c in read {
        rows += c.counts.rows;
        for (why, n) in c.counts.filtered {
            *st.filtered.entry(why).or_default() += n;
        }
        if let Some(f) = c.counts.first {
            st.first = Some(st.first.map_or(f, |g| g.min(f)));
        }
        st.newest = st.newest.max(c.counts.newest);
        for (name, n) in c.counts.companies {
            *st.companies.entry(name).or_default() += n;
        }
        for (all, n) in filled.iter_mut().zip(c.counts.filled) {
            *all += n;
        }
        for (p, n) in c.counts.priorities {
            *priorities_here.entry(p).or_default() += n;
        }
    }
    st.rows += rows;
    // In order of spelling, so that the first spelling seen of a priority is the same
    // from run to run.
    let mut spelt: Vec<(String, u64)> = priorities_here.into_iter().collect();
    spelt.sort_unstable();
    for (raw, n) in spelt {
        st.priorities_seen
            .entry(raw.to_lowercase())
            .or_insert_with(|| (raw, 0))
            .1 += n;
    }
    (filled, rows)
}

/// The warning for a ticket on two rows of an export of one row per ticket.
fn repeated_warning(
    path: &Path,
    repeated: Option<(String, u64, u64)>,
    repeats: usize,
) -> Option<Problem> {
    let (id, a, b) = repeated?;
    let more = if repeats > 1 {
        format!(" ({repeats} repeated rows in all)")
    } else {
        String::new()
    };
    Some(
        Problem {
            line: Some(b as usize),
            ..Problem::file(
                path,
                format!("ticket {id} is on lines {a} and {b}{more}: the later row is used"),
            )
        }
        .with_hint("export each ticket once, or check that the export was not appended to twice"),
    )
}

/// What the columns' fill says about the export: response SLAs that cannot be measured
/// (an error), elapsed hold time on a business clock and columns empty in every row
/// (warnings).
fn column_checks(
    path: &Path,
    headers: &[String],
    cols: &Cols,
    opts: &Options,
    filled: &[u64; Field::ALL.len()],
    rows: u64,
    warnings: &mut Vec<Problem>,
) -> Result<(), Problem> {
    // Response SLAs with no response in any row: every response would be the
    // resolution, a resolution figure under a response name.
    let responses = filled[Field::Responded as usize]
        + filled[Field::ResponseMinutes as usize]
        + filled[Field::ResponseHours as usize];
    if rows > 0 && responses == 0 && !opts.response_slas.is_empty() {
        let c = cols
            .get(Field::Responded)
            .or(cols.get(Field::ResponseMinutes))
            .or(cols.get(Field::ResponseHours))
            .expect("find_columns requires one");
        return Err(Problem {
            line: Some(1),
            field: Some(headers[c].clone()),
            ..Problem::file(
                path,
                format!(
                    "{} cannot be measured: the first-response column `{}` is empty in every row",
                    list(&opts.response_slas),
                    headers[c]
                ),
            )
        }
        .with_hint(
            "check the export's settings (the column may need adding to the report), or \
             remove the response SLA from `slas:`",
        ));
    }
    hold_warning(path, headers, cols, opts, filled, warnings);
    if rows > 0 {
        empty_columns(path, headers, cols, filled, responses, warnings);
    }
    Ok(())
}

/// Elapsed hold minutes on a business clock over-deduct (a night on hold is not a night
/// of business hours): said where the export gives no business-hours figure.
fn hold_warning(
    path: &Path,
    headers: &[String],
    cols: &Cols,
    opts: &Options,
    filled: &[u64; Field::ALL.len()],
    warnings: &mut Vec<Problem>,
) {
    if let Some(c) = cols.get(Field::OnHoldMinutes)
        && filled[Field::OnHoldMinutes as usize] > 0
        && cols.get(Field::OnHoldBusinessMinutes).is_none()
        && opts.business_calendar
    {
        warnings.push(
            Problem {
                line: Some(1),
                field: Some(headers[c].clone()),
                ..Problem::file(
                    path,
                    format!(
                        "`{}` is hold time in elapsed minutes: business-calendar clocks subtract it as it is, more than the business hours it covered",
                        headers[c]
                    ),
                )
            }
            .with_hint(
                "map the export's business-hours hold under `tickets.columns.on_hold_business_minutes`, or give the status history under `tickets.hold`",
            ),
        );
    }
}

/// A column that is there but empty in every row reads as "never": said (one of the
/// response columns filled is enough).
fn empty_columns(
    path: &Path,
    headers: &[String],
    cols: &Cols,
    filled: &[u64; Field::ALL.len()],
    responses: u64,
    warnings: &mut Vec<Problem>,
) {
    for f in Field::ALL {
        if let Some(c) = cols.get(f)
            && filled[f as usize] == 0
            && !matches!(f, Field::Id | Field::Opened | Field::Priority)
                            // One of the response columns filled is enough.
            && !(matches!(f, Field::Responded | Field::ResponseMinutes | Field::ResponseHours)
                && responses > 0)
        {
            let consequence = match f {
                Field::Resolved => "; every ticket then counts as still open",
                _ => "",
            };
            warnings.push(
                Problem {
                    line: Some(1),
                    field: Some(headers[c].clone()),
                    ..Problem::file(
                        path,
                        format!(
                            "the column `{}` ({}) is empty in every row{consequence}",
                            headers[c],
                            f.key()
                        ),
                    )
                }
                .with_hint(format!(
                    "check the export's settings, or map another column under `tickets.columns.{}`",
                    f.key()
                )),
            );
        }
    }
}

/// Rows as read, in file order, a batch at a time: each with its line. `formats`, when
/// set, are those to read this batch's rows and the rest of the file with.
struct Batch {
    rows: Vec<(u64, csv::StringRecord)>,
    /// Rows filled (the rest are records kept for their buffers).
    len: usize,
    formats: Option<Formats>,
}

const BATCH_ROWS: usize = 4096;

/// A row parsed.
enum Parsed {
    /// A blank row.
    Blank,
    /// A row of another company than the client's.
    Other,
    /// A ticket (`None`: left out, resolved before the review's window) and its update
    /// key.
    Row(Option<Ticket>, Option<UpdateKey>),
    /// What is wrong with the row.
    Bad(RowError),
}

/// The threads that parse rows: two (the halves of a batch), doing nothing else.
fn parse_pool() -> &'static rayon::ThreadPool {
    static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .thread_name(|i| format!("svcreview-parse-{i}"))
            .build()
            .expect("threads can be started")
    })
}

/// Parses `rows` into `out`, and counts what they show. A ticket kept gets its own copy of its id;
/// one left out is dropped here, on the parser's thread.
fn parse_rows(ctx: &mut RowContext, rows: &[(u64, csv::StringRecord)], out: &mut Vec<Parsed>) {
    let cols = ctx.cols;
    let id_col = cols.get(Field::Id).expect("find_columns requires it");
    for (_, r) in rows {
        if r.iter().all(|f| field(f).is_empty()) {
            out.push(Parsed::Blank);
            continue;
        }
        // In an export of several companies, the client's rows only; every company
        // counted, for what `validate` and `tickets inspect` say of them.
        if let Some(c) = cols.get(Field::Company) {
            let company = field(r.get(c).unwrap_or(""));
            match ctx.counts.companies.get_mut(company) {
                Some(n) => *n += 1,
                None => {
                    ctx.counts.companies.insert(company.to_string(), 1);
                }
            }
            if ctx.wanted.is_some_and(|w| !w.contains(company)) {
                // Another company's ticket: not the client's, but it shows where the
                // export begins and ends.
                if let Ok((t, _)) = ctx.parse_row(r) {
                    ctx.counts.saw_opening(t.opened);
                }
                out.push(Parsed::Other);
                continue;
            }
        }
        let n = &mut ctx.counts;
        n.rows += 1;
        for f in Field::ALL {
            if let Some(c) = cols.get(f)
                && !field(r.get(c).unwrap_or("")).is_empty()
            {
                n.filled[f as usize] += 1;
            }
        }
        if let Some(c) = cols.get(Field::Priority) {
            let raw = field(r.get(c).unwrap_or(""));
            // Counted by the priority as written (no allocation a row), merged without
            // case by the caller.
            match n.priorities.get_mut(raw) {
                Some(n) => *n += 1,
                None => {
                    n.priorities.insert(raw.to_string(), 1);
                }
            }
        }
        out.push(match ctx.parse_row(r) {
            Err(e) => Parsed::Bad(e),
            Ok((mut t, key)) => {
                // What the export spans, from every row read (kept or not).
                ctx.counts.saw_opening(t.opened);
                // A deleted or merged ticket, or a type not kept: left out as if never
                // exported (its latest row still decides, so that a ticket deleted
                // later is gone).
                let filtered = ctx.filtered(r);
                let left_out = filtered.is_some()
                    || ctx
                        .opts
                        .keep_from
                        .is_some_and(|from| t.resolved.is_some_and(|r| r < from));
                if let Some(why) = filtered {
                    *ctx.counts.filtered.entry(why).or_default() += 1;
                }
                if left_out {
                    Parsed::Row(None, key)
                } else {
                    t.id = Arc::from(field(r.get(id_col).unwrap_or("")));
                    Parsed::Row(Some(t), key)
                }
            }
        });
    }
}

/// What the rows of one file showed.
#[derive(Default)]
struct RowsRead {
    /// Rows that are not blank.
    rows: u64,
    /// Rows in which each field is filled (`Field as usize`).
    filled: [u64; Field::ALL.len()],
    /// Rows by priority as written.
    priorities: FastMap<String, u64>,
    /// Rows by company as written (every company's, the client's or not).
    companies: FastMap<String, u64>,
    /// Rows left out by `tickets.leave_out` or `tickets.only`: (column, value) → rows.
    filtered: BTreeMap<(Field, String), u64>,
    /// The first opening of the rows read (every company's).
    first: Option<DateTime<Utc>>,
    /// Their newest opening.
    newest: Option<DateTime<Utc>>,
}

impl RowsRead {
    fn saw_opening(&mut self, at: DateTime<Utc>) {
        self.first = Some(self.first.map_or(at, |f| f.min(at)));
        self.newest = Some(self.newest.map_or(at, |f| f.max(at)));
    }
}

/// The formats to read a file with before its dates have been looked at: the user's, or
/// those of a file without numeric dates.
fn initial_formats(path: &Path, opts: &Options) -> Result<Formats, Problem> {
    match &opts.def.date_format {
        Some(f) => Formats::explicit(f).map_err(|e| {
            Problem {
                field: Some("tickets.date_format".into()),
                ..Problem::file(path, e)
            }
            .with_hint("a chrono format such as `%d/%m/%Y %H:%M`")
        }),
        None => Ok(Formats::detected(None)),
    }
}

/// Reads the rows of one export, and sends them on in batches. Dates
/// are read in one pass while they are ISO or name their month, as most exports' are,
/// with the formats of a file without numeric dates. At the first numeric date, the rest
/// of the file is read for the order of day and month (`formats_for`), and reading goes
/// on from that row with the formats it allows (the rows before it had no numeric date,
/// and read the same with either).
#[allow(clippy::too_many_arguments)]
fn read_rows(
    r: Reader,
    tx: std::sync::mpsc::SyncSender<Batch>,
    back: std::sync::mpsc::Receiver<Batch>,
) -> Result<(), Problem> {
    let Reader {
        mut table,
        path,
        opts,
        cols,
        notes,
        order,
    } = r;
    let time_cols: Vec<usize> = Field::ALL
        .into_iter()
        .filter(|f| f.is_time())
        .filter_map(|f| cols.get(f))
        .collect();
    let next_batch = || {
        let mut b = back.try_recv().unwrap_or_else(|_| Batch {
            rows: Vec::with_capacity(BATCH_ROWS),
            len: 0,
            formats: None,
        });
        b.len = 0;
        b
    };
    let mut batch = next_batch();
    // The receiver stops early only by panicking, which the scope passes on.
    let send = |b: Batch| {
        let _ = tx.send(b);
    };
    let mut evidence = Evidence::default();
    let mut decided = false;
    let mut read = 0u64;
    let mut spare = csv::StringRecord::new();
    loop {
        if batch.rows.len() == batch.len {
            batch.rows.push((0, csv::StringRecord::new()));
        }
        let (line, record) = &mut batch.rows[batch.len];
        let Some(at) = table.next(path, record)? else {
            break;
        };
        *line = at;
        read += 1;
        if !decided {
            for &c in &time_cols {
                evidence.see(field(record.get(c).unwrap_or("")), at);
            }
            if evidence.numeric > 0 {
                // The order of day and month from every date of the file.
                while let Some(later) = table.next(path, &mut spare)? {
                    for &c in &time_cols {
                        evidence.see(field(spare.get(c).unwrap_or("")), later);
                    }
                }
                let (formats, o) = formats_for(path, opts, &evidence, None, notes)?;
                *order = order.or(o);
                decided = true;
                table = reopen_past(path, read)?;
                // The rows before this one go with the formats they were read with; this
                // one starts a batch with the new ones.
                let current = std::mem::take(&mut batch.rows[batch.len]);
                if batch.len > 0 {
                    send(std::mem::replace(&mut batch, next_batch()));
                }
                batch.formats = Some(formats);
                match batch.rows.first_mut() {
                    Some(first) => *first = current,
                    None => batch.rows.push(current),
                }
            }
        }
        batch.len += 1;
        if batch.len == BATCH_ROWS {
            send(std::mem::replace(&mut batch, next_batch()));
        }
    }
    if batch.len > 0 {
        send(batch);
    }
    Ok(())
}

/// The file opened again, past its first `read` rows.
fn reopen_past(path: &Path, read: u64) -> Result<Table, Problem> {
    let mut table = Table::open(path)?;
    let mut spare = csv::StringRecord::new();
    for _ in 0..read {
        if table.next(path, &mut spare)?.is_none() {
            return Err(Problem::file(path, "the export changed while it was read"));
        }
    }
    Ok(table)
}

/// Reads on-hold intervals (`ticket`, `status`, `from`, `to`; an empty `to` is still on
/// hold) and attaches those whose status pauses the clock to their tickets. A hold status
/// that no row has is said: it would drop every hold without a word.
fn read_holds(
    path: &Path,
    h: &crate::model::HoldDef,
    opts: &Options,
    st: &mut State,
    problems: &mut Problems,
) -> Result<(), Problem> {
    let (headers, [ti, si, fi, toi], formats) = hold_columns(path, opts, st)?;
    let mut record = csv::StringRecord::new();
    let mut table = Table::open(path)?;
    let far = DateTime::<Utc>::MAX_UTC;
    let mut statuses: BTreeMap<String, u64> = BTreeMap::new();
    let mut matched = vec![0u64; h.statuses.len()];
    while let Some(line) = table.next(path, &mut record)? {
        let line = line as usize;
        let get = |i: usize| field(record.get(i).unwrap_or(""));
        *statuses.entry(get(si).to_string()).or_default() += 1;
        let Some(k) = h
            .statuses
            .iter()
            .position(|s| s.eq_ignore_ascii_case(get(si)))
        else {
            continue;
        };
        matched[k] += 1;
        let Some(&(i, ..)) = st.index.get(get(ti)) else {
            continue;
        };
        let parse = |c: usize, open_ok: bool| -> Result<DateTime<Utc>, Problem> {
            let v = get(c);
            if v.is_empty() && open_ok {
                return Ok(far);
            }
            formats.parse(v, opts.tz, false).ok_or_else(|| {
                Problem {
                    line: Some(line),
                    field: Some(headers[c].clone()),
                    ..Problem::file(path, format!("`{v}` is not a date-time"))
                }
                .with_hint("the status history uses the export's date format")
            })
        };
        match (parse(fi, false), parse(toi, true)) {
            (Ok(a), Ok(b)) if b >= a => {
                if let Some(Some(t)) = st.slots.get_mut(i) {
                    t.holds.push((a, b));
                }
            }
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
    st.warnings
        .extend(unused_statuses(path, h, &statuses, &matched));
    Ok(())
}

/// A status history's columns (ticket, status, from, to; headers in lower case) and the
/// date formats its dates are in.
fn hold_columns(
    path: &Path,
    opts: &Options,
    st: &mut State,
) -> Result<(Vec<String>, [usize; 4], Formats), Problem> {
    let mut table = Table::open(path)
        .map_err(|p| p.with_hint("`tickets.hold.file` is relative to the client directory"))?;
    let headers: Vec<String> = table
        .headers
        .iter()
        .map(|x| x.to_ascii_lowercase())
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
    let cols = [col("ticket")?, col("status")?, col("from")?, col("to")?];
    let [_, _, fi, toi] = cols;
    let mut evidence = Evidence::default();
    let mut record = csv::StringRecord::new();
    while let Some(line) = table.next(path, &mut record)? {
        for c in [fi, toi] {
            evidence.see(field(record.get(c).unwrap_or("")), line);
        }
    }
    let (formats, _) = formats_for(path, opts, &evidence, st.order, &mut st.notes)?;
    Ok((headers, cols, formats))
}

/// The hold statuses that occur in no row of the status history (they pause no clock),
/// with the statuses the history has.
fn unused_statuses(
    path: &Path,
    h: &crate::model::HoldDef,
    statuses: &BTreeMap<String, u64>,
    matched: &[u64],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let seen: Vec<&str> = statuses.keys().map(String::as_str).collect();
    for (k, s) in h.statuses.iter().enumerate() {
        if matched[k] == 0 {
            let hint = match crate::load::yaml::did_you_mean(s, seen.iter().copied()) {
                Some(m) => format!(
                    "did you mean `{m}`? The history's statuses are {}",
                    list(&seen)
                ),
                None => format!("the history's statuses are {}", list(&seen)),
            };
            out.push(
                Problem {
                    field: Some(format!("tickets.hold.statuses[{k}]")),
                    ..Problem::file(
                        path,
                        format!("the hold status `{s}` occurs in no row of the status history: it pauses no clock"),
                    )
                }
                .with_hint(hint),
            );
        }
    }
    out
}

struct RowError {
    column: usize,
    message: String,
    hint: String,
}

/// What reading one row needs.
struct RowContext<'a> {
    cols: &'a Cols,
    formats: Formats,
    opts: &'a Options<'a>,
    /// Lowercased export priority → SLA priority.
    priority_map: &'a HashMap<String, &'a String>,
    /// Lowercased SLA priority → as the SLAs write it.
    known: &'a HashMap<String, &'a String>,
    /// The export has one row per update.
    rows_per_update: bool,
    /// Export priority as written → the SLA priority (`None`: unknown), worked out once
    /// per spelling rather than lowercased twice a row.
    resolved: RefCell<FastMap<String, Option<Arc<str>>>>,
    /// Ticket types, one shared copy of each.
    kinds: RefCell<FastMap<String, Arc<str>>>,
    /// The id of a ticket as read (empty): the caller gives a ticket it keeps its id.
    no_id: Arc<str>,
    /// What the rows parsed showed.
    counts: RowsRead,
    /// The client's companies (`tickets.company`): only their rows are read.
    wanted: Option<&'a std::collections::HashSet<String>>,
    /// Statuses whose rows are left out, lower-cased.
    left_out: &'a [String],
}

impl RowContext<'_> {
    /// Why the row is left out by the client's filters: (the column, its value).
    fn filtered(&self, r: &csv::StringRecord) -> Option<(Field, String)> {
        let value = |f: Field| self.cols.get(f).map(|c| field(r.get(c).unwrap_or("")));
        if let Some(status) = value(Field::Status)
            && !status.is_empty()
            && self.left_out.iter().any(|s| s.eq_ignore_ascii_case(status))
        {
            return Some((Field::Status, status.to_string()));
        }
        let only = &self.opts.def.only;
        for (f, kept) in [(Field::Kind, &only.types), (Field::Queue, &only.queues)] {
            if let Some(kept) = kept {
                let v = value(f).unwrap_or("");
                if !kept.iter().any(|t| t.trim().eq_ignore_ascii_case(v)) {
                    return Some((f, v.to_string()));
                }
            }
        }
        None
    }

    /// The shared copy of a ticket type.
    fn kind(&self, v: &str) -> Arc<str> {
        if let Some(k) = self.kinds.borrow().get(v) {
            return Arc::clone(k);
        }
        let k: Arc<str> = Arc::from(v);
        self.kinds
            .borrow_mut()
            .insert(v.to_string(), Arc::clone(&k));
        k
    }

    /// The SLA priority of an export priority, through the client's mapping, without
    /// regard to case.
    fn priority(&self, raw: &str) -> Option<Arc<str>> {
        if let Some(p) = self.resolved.borrow().get(raw) {
            return p.clone();
        }
        let lower = raw.to_lowercase();
        let mapped = self
            .priority_map
            .get(&lower)
            .map_or(lower.clone(), |p| p.to_lowercase());
        let p: Option<Arc<str>> = self.known.get(&mapped).map(|p| Arc::from(p.as_str()));
        self.resolved
            .borrow_mut()
            .insert(raw.to_string(), p.clone());
        p
    }

    fn parse_row(&self, r: &csv::StringRecord) -> Result<(Ticket, Option<UpdateKey>), RowError> {
        let id_col = self.cols.get(Field::Id).expect("required");
        let row = Row {
            ctx: self,
            r,
            id: self.checked_id(r, id_col)?,
        };
        let opened = row.time(Field::Opened, true)?.expect("required");
        let responded = match row.time(Field::Responded, false)? {
            Some(t) => Some(t),
            None => row.response_time(opened)?,
        };
        let resolved = row.time(Field::Resolved, false)?;
        row.after_opening(opened, responded, resolved)?;
        let p_col = self.cols.get(Field::Priority).expect("required");
        let raw_priority = row.get(p_col);
        let Some(priority) = self.priority(raw_priority) else {
            return Err(self.unknown_priority(p_col, row.id, raw_priority));
        };
        let open_secs = resolved.map(|r| (r - opened).num_seconds());
        let on_hold_seconds = row.hold(Field::OnHoldMinutes, open_secs)?.unwrap_or(0);
        let on_hold_business_seconds = row.hold(Field::OnHoldBusinessMinutes, open_secs)?;
        let key = self.update_key(r, row.id)?;
        Ok((
            Ticket {
                id: Arc::clone(&self.no_id),
                opened,
                responded,
                resolved,
                priority,
                kind: row.text(Field::Kind).map(|v| self.kind(v)),
                on_hold_seconds,
                on_hold_business_seconds,
                holds: Vec::new(),
                escalated: row.flag(Field::Escalated, true)?,
                first_contact: row.flag(Field::FirstContact, false)?,
                reopened: row.flag(Field::Reopened, false)?,
            },
            key,
        ))
    }

    /// The row's ticket id: not empty; it and the type bounded and printable (they reach
    /// the report).
    fn checked_id<'r>(&self, r: &'r csv::StringRecord, id_col: usize) -> Result<&'r str, RowError> {
        let get = |i: usize| field(r.get(i).unwrap_or(""));
        let id = get(id_col);
        if id.is_empty() {
            return Err(RowError {
                column: id_col,
                message: "the ticket id is empty".into(),
                hint: "every row needs a ticket id; remove the row or fill it in".into(),
            });
        }
        // Ids and types reach the report: bounded and printable.
        for (f, limit) in [(Field::Id, 100), (Field::Kind, 200)] {
            if let Some(i) = self.cols.get(f) {
                let v = get(i);
                if v.chars().count() > limit
                    || v.chars()
                        .any(|c| c.is_control() || !crate::fonts::printable(c))
                {
                    return Err(RowError {
                        column: i,
                        message: format!(
                            "the {} is longer than {limit} characters, or holds a control character or one the report's fonts cannot print",
                            f.describe()
                        ),
                        hint: "check that the file is a ticket export and the column the right one"
                            .into(),
                    });
                }
            }
        }
        Ok(id)
    }

    /// The row's update key (its update time, or a count), which orders the rows of a
    /// ticket.
    fn update_key(&self, r: &csv::StringRecord, id: &str) -> Result<Option<UpdateKey>, RowError> {
        let (c, col) = (self.cols, |f: Field| self.cols.get(f));
        let get = |i: usize| field(r.get(i).unwrap_or(""));
        Ok(
            match col(Field::Updated).map(get).filter(|v| !v.is_empty()) {
                None => None,
                Some(v) => match self
                    .formats
                    .parse(v, self.opts.tz, c.utc[Field::Updated as usize])
                {
                    Some(t) => Some(UpdateKey::Time(t)),
                    // With one row per update, the update time decides which row is the
                    // ticket: one that cannot be read is a bad row, not file order.
                    None => match v.parse::<f64>() {
                        Ok(n) => Some(UpdateKey::Count(n)),
                        Err(_) if self.rows_per_update => {
                            return Err(RowError {
                            column: col(Field::Updated).expect("read"),
                            message: format!("ticket {id}: `{v}` is not a date-time"),
                            hint: "the update time orders the rows of a ticket; fix the row or `tickets.date_format`".into(),
                        });
                        }
                        Err(_) => None,
                    },
                },
            },
        )
    }

    /// A priority neither mapped nor an SLA's.
    fn unknown_priority(&self, p_col: usize, id: &str, raw_priority: &str) -> RowError {
        let known: Vec<&str> = self
            .opts
            .known_priorities
            .iter()
            .map(String::as_str)
            .collect();
        RowError {
            column: p_col,
            message: format!("ticket {id}: unknown priority `{raw_priority}`"),
            hint: format!(
                "known priorities: {}; map export values under `tickets.priorities` by what they \
                 mean (e.g. `\"{raw_priority}\": {}`)",
                list(&known),
                // By its words or number (`Critical` is P1), never the lowest by default.
                super::profile::guess_priority(raw_priority)
            ),
        }
    }
}

/// One row being parsed: its fields by meaning, and its ticket id for the messages.
struct Row<'c, 'a, 'r> {
    ctx: &'c RowContext<'a>,
    r: &'r csv::StringRecord,
    id: &'r str,
}

impl Row<'_, '_, '_> {
    fn get(&self, i: usize) -> &str {
        field(self.r.get(i).unwrap_or(""))
    }

    /// A field's text, when the export has the column and the row a value.
    fn text(&self, f: Field) -> Option<&str> {
        self.ctx
            .cols
            .get(f)
            .map(|i| self.get(i))
            .filter(|v| !v.is_empty())
    }

    /// A date-time field in the export's formats and time zone.
    fn time(&self, f: Field, required: bool) -> Result<Option<DateTime<Utc>>, RowError> {
        let (c, id) = (self.ctx, self.id);
        let Some(i) = c.cols.get(f) else {
            return Ok(None);
        };
        let v = self.get(i);
        if v.is_empty() {
            return if required {
                Err(RowError {
                    column: i,
                    message: format!("ticket {id}: the date-time is empty"),
                    hint: "the opened date-time is required".into(),
                })
            } else {
                Ok(None)
            };
        }
        c.formats
            .parse(v, c.opts.tz, c.cols.utc[f as usize])
            .map(Some)
            .ok_or_else(|| RowError {
                column: i,
                message: format!("ticket {id}: `{v}` is not a date-time"),
                hint: if c.formats.explicit {
                    format!(
                        "`tickets.date_format` is `{}`; fix the row or the format",
                        c.formats.texts().join("")
                    )
                } else {
                    "expected a date-time such as `2026-10-31 14:30`, `31/10/2026 14:30` or \
                     `31/Oct/26 2:30 PM`; set `tickets.date_format` if the export writes \
                     dates differently"
                        .into()
                },
            })
    }

    /// A duration field in seconds, read in units of `per_unit` minutes.
    fn seconds(&self, f: Field, per_unit: f64, what: &str) -> Result<Option<i64>, RowError> {
        let Some(i) = self.ctx.cols.get(f) else {
            return Ok(None);
        };
        let v = self.get(i);
        if v.is_empty() {
            return Ok(None);
        }
        let minutes = parse_duration(v, per_unit).ok_or_else(|| RowError {
            column: i,
            message: format!("ticket {}: `{v}` is not {what}", self.id),
            hint: format!("{what}, e.g. `42`, at most ten years"),
        })?;
        Ok(Some((minutes * 60.0).round() as i64))
    }

    /// The first response from a response time in minutes or hours after opening.
    fn response_time(&self, opened: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, RowError> {
        let secs = match self.seconds(Field::ResponseMinutes, 1.0, "a number of minutes")? {
            Some(s) => Some(s),
            None => self.seconds(Field::ResponseHours, 60.0, "a number of hours (or h:mm:ss)")?,
        };
        Ok(secs.map(|s| opened + chrono::Duration::seconds(s)))
    }

    /// Responded and resolved are not before opened.
    fn after_opening(
        &self,
        opened: DateTime<Utc>,
        responded: Option<DateTime<Utc>>,
        resolved: Option<DateTime<Utc>>,
    ) -> Result<(), RowError> {
        let col = |f: Field| self.ctx.cols.get(f);
        for (f, t, what) in [
            (Field::Responded, responded, "responded"),
            (Field::Resolved, resolved, "resolved"),
        ] {
            if t.is_some_and(|t| t < opened) {
                let i = col(f)
                    .or(col(Field::ResponseMinutes))
                    .or(col(Field::ResponseHours))
                    .unwrap_or(col(Field::Id).expect("required"));
                return Err(RowError {
                    column: i,
                    message: format!(
                        "ticket {}: {what} at {} before it was opened at {}",
                        self.id,
                        self.get(i),
                        self.get(col(Field::Opened).expect("required"))
                    ),
                    hint: "check the export's time zone (`tickets.timezone`) or the row".into(),
                });
            }
        }
        Ok(())
    }

    /// Hold time in seconds. It cannot exceed the time the ticket was open: a bigger
    /// figure is a corrupt row, and would turn a breach into a met ticket.
    fn hold(&self, f: Field, open_secs: Option<i64>) -> Result<Option<i64>, RowError> {
        let s = self.seconds(f, 1.0, "a number of minutes")?;
        if let (Some(s), Some(open)) = (s, open_secs)
            && s > open + 60
        {
            let i = self.ctx.cols.get(f).expect("read");
            return Err(RowError {
                column: i,
                message: format!(
                    "ticket {}: on hold for {} minutes, longer than it was open ({} minutes)",
                    self.id,
                    self.get(i),
                    open / 60
                ),
                hint: "check the row: hold time is part of the time a ticket is open".into(),
            });
        }
        Ok(s)
    }

    /// A yes/no field (with `tier`, a tier number above 1 is yes).
    fn flag(&self, f: Field, tier: bool) -> Result<Option<bool>, RowError> {
        let Some(i) = self.ctx.cols.get(f) else {
            return Ok(None);
        };
        let v = self.get(i);
        parse_flag(v, tier).map_err(|_| RowError {
            column: i,
            message: format!("ticket {}: `{v}` is not yes/no", self.id),
            hint: "write yes/no, true/false or 1/0 (or a number: a tier above 1 or a reopen count)"
                .into(),
        })
    }
}

/// A duration in minutes from a number of `per_unit`-minute units (minutes: 1, hours: 60)
/// or `h:mm:ss` / `h:mm`; at most ten years.
pub fn parse_duration(v: &str, per_unit: f64) -> Option<f64> {
    let minutes = if v.contains(':') {
        let parts: Vec<f64> = v
            .split(':')
            .map(|p| p.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .ok()?;
        match parts[..] {
            [h, m] => h * 60.0 + m,
            [h, m, s] => h * 60.0 + m + s / 60.0,
            _ => return None,
        }
    } else {
        v.parse::<f64>().ok()? * per_unit
    };
    (minutes.is_finite() && (0.0..=MAX_MINUTES).contains(&minutes)).then_some(minutes)
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

/// Reads an ISO date-time (with an offset, `Z`, or in `tz`), as `tickets.as_of` is written.
pub fn parse_iso(v: &str, tz: Tz) -> Option<DateTime<Utc>> {
    Formats::detected(None).parse(v, tz, false)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn durations_in_minutes_hours_and_clock_time() {
        assert_eq!(parse_duration("42", 1.0), Some(42.0));
        assert_eq!(parse_duration("1.5", 60.0), Some(90.0));
        assert_eq!(parse_duration("2:30:30", 60.0), Some(150.5));
        assert_eq!(parse_duration("-1", 1.0), None);
        assert_eq!(parse_duration("1e20", 1.0), None);
        assert_eq!(parse_duration("1000000000000", 1.0), None);
        assert_eq!(parse_duration("1e300", 1.0), None);
        assert_eq!(parse_duration("NaN", 1.0), None);
    }
}
