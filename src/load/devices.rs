//! The client's device list for lifecycle planning (`lifecycle.devices` in
//! `client.yaml`): a CSV with a name, type and purchase date per device, read with every
//! problem located by file, line and column. Dates are YYYY-MM-DD, never guessed.

use std::path::Path;

use chrono::NaiveDate;

use crate::error::{Problem, Problems};
use crate::model::{Client, Device, Lifecycle};

/// The device list of a client with `lifecycle:`; none without.
pub fn for_client(client: &Client) -> Result<Option<Vec<Device>>, Problems> {
    let Some(l) = &client.def.lifecycle else {
        return Ok(None);
    };
    let path = crate::load::workspace::inside(&client.dir, &l.devices).map_err(|m| {
        Problems(vec![
            Problem::file(&client.dir.join("client.yaml"), m).at_text(&l.devices),
        ])
    })?;
    read(&path, l).map(Some)
}

/// Where each column of a device list is, by its heading.
struct Cols {
    name: usize,
    kind: usize,
    purchased: usize,
    warranty: Option<usize>,
    os: Option<usize>,
}

/// A problem at a place in the device list.
fn at(path: &Path, line: Option<usize>, column: Option<usize>, m: String) -> Problem {
    Problem {
        line,
        column,
        ..Problem::file(path, m)
    }
}

/// Finds the columns by their headings (as `lifecycle.columns` names them).
fn columns(path: &Path, headers: &[String], l: &Lifecycle) -> Result<Cols, Problems> {
    let find = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let c = &l.columns;
    let mut problems = Problems::default();
    let mut need = |name: &str, field: &str, what: &str| {
        let i = find(name);
        if i.is_none() {
            problems.push(
                at(
                    path,
                    Some(1),
                    None,
                    format!("no column `{name}` (the {what})"),
                )
                .with_hint(format!(
                    "the columns are {}; map yours with `lifecycle.columns.{field}`",
                    headers
                        .iter()
                        .map(|h| format!("`{h}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
        i
    };
    let (name, kind, purchased) = (
        need(&c.name, "name", "device name"),
        need(&c.kind, "type", "device type"),
        need(&c.purchased, "purchased", "purchase date"),
    );
    match (name, kind, purchased) {
        (Some(name), Some(kind), Some(purchased)) => Ok(Cols {
            name,
            kind,
            purchased,
            warranty: find(&c.warranty_end),
            os: find(&c.os),
        }),
        _ => Err(problems),
    }
}

/// One row as a device; its problems (a date that is not one, a type without a refresh
/// policy) go to `problems`.
fn device(
    path: &Path,
    line: usize,
    row: &csv::StringRecord,
    cols: &Cols,
    l: &Lifecycle,
    problems: &mut Problems,
) -> Option<Device> {
    let cell = |j: usize| row.get(j).unwrap_or("").trim();
    let mut date = |j: usize, what: &str| -> Option<NaiveDate> {
        let v = cell(j);
        match crate::model::Date::parse(v) {
            Ok(d) => Some(d.0),
            Err(_) => {
                problems.push(
                    at(
                        path,
                        Some(line),
                        Some(j + 1),
                        format!("{what} `{v}` is not a date"),
                    )
                    .with_hint("write dates as YYYY-MM-DD, e.g. `2023-04-17`"),
                );
                None
            }
        }
    };
    let bought = date(cols.purchased, "purchase date");
    let warranty_end = match cols.warranty.filter(|&j| !cell(j).is_empty()) {
        Some(j) => date(j, "warranty end"),
        None => None,
    };
    let t = cell(cols.kind).to_string();
    if !l.refresh.contains_key(&t) {
        let known: Vec<&str> = l.refresh.keys().map(String::as_str).collect();
        problems.push(
            at(path, Some(line), Some(cols.kind + 1), format!("device type `{t}` has no refresh policy"))
                .with_hint(format!(
                    "add `{t}: {{ years: 5, price: 1000 }}` under `lifecycle.refresh` in client.yaml (it has {})",
                    known.join(", ")
                )),
        );
    }
    Some(Device {
        name: cell(cols.name).to_string(),
        kind: t,
        purchased: bought?,
        warranty_end,
        os: cols
            .os
            .map(cell)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
    })
}

/// Reads a device list; every row's problems are reported together.
pub fn read(path: &Path, l: &Lifecycle) -> Result<Vec<Device>, Problems> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| {
            Problems(vec![
                at(
                    path,
                    None,
                    None,
                    format!("cannot read the device list: {e}"),
                )
                .with_hint(
                    "`lifecycle.devices` in client.yaml names it, relative to the client directory",
                ),
            ])
        })?;
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| {
            Problems(vec![at(
                path,
                Some(1),
                None,
                format!("cannot read the header: {e}"),
            )])
        })?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(Problems(vec![
            at(path, None, None, "the device list is empty".into()).with_hint(
                "its first line names the columns, e.g. `name,type,purchased,warranty_end,os`, \
                 then one device a line",
            ),
        ]));
    }
    let cols = columns(path, &headers, l)?;
    let mut problems = Problems::default();
    let mut out = Vec::new();
    for (i, row) in rdr.records().enumerate() {
        let line = i + 2;
        match row {
            Ok(r) => out.extend(device(path, line, &r, &cols, l, &mut problems)),
            Err(e) => problems.push(at(path, Some(line), None, format!("unreadable row: {e}"))),
        }
    }
    if problems.0.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
