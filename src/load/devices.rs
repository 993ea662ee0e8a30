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

/// Reads a device list; every row's problems are reported together.
pub fn read(path: &Path, l: &Lifecycle) -> Result<Vec<Device>, Problems> {
    let at = |line: Option<usize>, column: Option<usize>, m: String| Problem {
        line,
        column,
        ..Problem::file(path, m)
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| {
            Problems(vec![
                at(None, None, format!("cannot read the device list: {e}")).with_hint(
                    "`lifecycle.devices` in client.yaml names it, relative to the client directory",
                ),
            ])
        })?;
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| {
            Problems(vec![at(
                Some(1),
                None,
                format!("cannot read the header: {e}"),
            )])
        })?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let find = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let c = &l.columns;
    let mut problems = Problems::default();
    let mut need = |name: &str, field: &str| {
        let i = find(name);
        if i.is_none() {
            problems.push(
                at(Some(1), None, format!("no column `{name}` (the {field})")).with_hint(format!(
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
        need(&c.name, "name"),
        need(&c.kind, "type"),
        need(&c.purchased, "purchased"),
    );
    let (warranty, os) = (find(&c.warranty_end), find(&c.os));
    let (Some(name), Some(kind), Some(purchased)) = (name, kind, purchased) else {
        return Err(problems);
    };
    let mut out = Vec::new();
    for (i, row) in rdr.records().enumerate() {
        let line = i + 2;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                problems.push(at(Some(line), None, format!("unreadable row: {e}")));
                continue;
            }
        };
        let cell = |j: usize| row.get(j).unwrap_or("").trim();
        let date = |j: usize, what: &str, problems: &mut Problems| -> Option<NaiveDate> {
            let v = cell(j);
            match crate::model::Date::parse(v) {
                Ok(d) => Some(d.0),
                Err(_) => {
                    problems.push(
                        at(
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
        let t = cell(kind).to_string();
        if !l.refresh.contains_key(&t) {
            let known: Vec<&str> = l.refresh.keys().map(String::as_str).collect();
            problems.push(
                at(Some(line), Some(kind + 1), format!("device type `{t}` has no refresh policy"))
                    .with_hint(format!(
                        "add `{t}: {{ years: 5, price: 1000 }}` under `lifecycle.refresh` in client.yaml (it has {})",
                        known.join(", ")
                    )),
            );
        }
        let bought = date(purchased, "purchase date", &mut problems);
        let warranty_end = match warranty.filter(|&j| !cell(j).is_empty()) {
            Some(j) => date(j, "warranty end", &mut problems),
            None => None,
        };
        if let Some(bought) = bought {
            out.push(Device {
                name: cell(name).to_string(),
                kind: t,
                purchased: bought,
                warranty_end,
                os: os.map(cell).filter(|s| !s.is_empty()).map(str::to_string),
            });
        }
    }
    if problems.0.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
