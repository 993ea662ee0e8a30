//! Ticket exports saved from a REST API as JSON: the ConnectWise PSA `service/tickets`
//! response (an array of ticket objects) or one ticket object (`service/tickets/{id}`).
//! Each object is flattened with `.` (`priority.name`, `_info.dateEntered`), as the
//! JSON-to-CSV tools do, so that the profile that reads the flattened CSV reads it; each
//! row keeps the line its object starts on, for the messages.

use std::path::Path;

use serde_json::Value;

use crate::error::Problem;

/// A row and the line its object starts on.
pub type Row = (u64, csv::StringRecord);

/// ConnectWise's ticket times that its API leaves out while they are null.
const OMITTED_WHEN_NULL: [&str; 3] = ["dateResolved", "dateResponded", "dateResplan"];

/// The headers (in order of first appearance, an object's keys in sorted order) and the
/// rows, each with its line.
pub fn open(path: &Path) -> Result<(Vec<String>, Vec<Row>), Problem> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Problem::file(path, format!("cannot read the export: {e}")))?;
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        Problem {
            line: Some(e.line()),
            column: Some(e.column()),
            ..Problem::file(path, format!("not JSON: {e}"))
        }
        .with_hint(
            "a JSON export is the API's response as saved: an array of tickets, or one ticket",
        )
    })?;
    let objects: Vec<&serde_json::Map<String, Value>> = match &value {
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        Value::Object(one) => vec![one],
        _ => Vec::new(),
    };
    if objects.is_empty() && !matches!(&value, Value::Array(a) if a.is_empty()) {
        return Err(Problem::file(path, "not a ticket export: no ticket objects").with_hint(
            "save the API's response to `service/tickets` (an array of tickets) or to one ticket",
        ));
    }
    let lines = object_lines(&text, matches!(value, Value::Array(_)));
    let flat: Vec<Vec<(String, String)>> = objects
        .iter()
        .map(|o| {
            let mut out = Vec::new();
            flatten("", o, &mut out);
            out
        })
        .collect();
    let mut headers: Vec<String> = Vec::new();
    // The API leaves out a field that is null: an open ticket has no `dateResolved`. A
    // response of open tickets only still has the column, empty.
    for (i, row) in flat.iter().enumerate() {
        if i == 0 && row.iter().any(|(k, _)| k == "_info.dateEntered") {
            for k in OMITTED_WHEN_NULL {
                if !row.iter().any(|(h, _)| h == k) {
                    headers.push(k.to_string());
                }
            }
        }
    }
    for row in &flat {
        for (k, _) in row {
            if !headers.contains(k) {
                headers.push(k.clone());
            }
        }
    }
    let rows = flat
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut fields = vec![String::new(); headers.len()];
            for (k, v) in row {
                let at = headers.iter().position(|h| h == k).expect("collected");
                fields[at] = v.clone();
            }
            (
                lines.get(i).copied().unwrap_or(1),
                csv::StringRecord::from(fields),
            )
        })
        .collect();
    Ok((headers, rows))
}

/// An object's fields as `a.b` keys with text values; arrays of plain values joined
/// with `, ` (an array of objects, such as custom fields, is left out).
fn flatten(prefix: &str, o: &serde_json::Map<String, Value>, out: &mut Vec<(String, String)>) {
    for (k, v) in o {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(inner) => flatten(&key, inner, out),
            Value::Array(items) if items.iter().all(|x| !x.is_object() && !x.is_array()) => {
                let parts: Vec<String> = items.iter().map(scalar).collect();
                out.push((key, parts.join(", ")));
            }
            Value::Array(_) => {}
            _ => out.push((key, scalar(v))),
        }
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The line each ticket object starts on: the `{` at depth one of an array (or the
/// document's own `{`), strings skipped.
fn object_lines(text: &str, array: bool) -> Vec<u64> {
    let want = if array { 1 } else { 0 };
    let (mut depth, mut line, mut in_string, mut escaped) = (0usize, 1u64, false, false);
    let mut out = Vec::new();
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                if c == '{' && depth == want {
                    out.push(line);
                }
                depth += 1;
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_flatten_with_dots_and_keep_their_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.json");
        std::fs::write(
            &path,
            "[\n  {\"id\": 1, \"priority\": {\"id\": 3, \"name\": \"P {1}\"},\n   \"dateResolved\": null, \"tags\": [\"a\", \"b\"]},\n  {\"id\": 2, \"_info\": {\"dateEntered\": \"2026-10-05T08:00:00Z\"},\n   \"customFields\": [{\"id\": 1}]}\n]\n",
        )
        .unwrap();
        let (headers, rows) = open(&path).unwrap();
        assert_eq!(
            headers,
            [
                "dateResolved",
                "id",
                "priority.id",
                "priority.name",
                "tags",
                "_info.dateEntered"
            ]
        );
        assert_eq!(rows[0].0, 2);
        assert_eq!(rows[1].0, 4);
        assert_eq!(rows[0].1.get(3), Some("P {1}"));
        assert_eq!(rows[0].1.get(0), Some(""));
        assert_eq!(rows[0].1.get(4), Some("a, b"));
        assert_eq!(rows[1].1.get(5), Some("2026-10-05T08:00:00Z"));
        // Not JSON: located.
        std::fs::write(&path, "id,opened\n1,2026-10-01\n").unwrap();
        assert_eq!(open(&path).unwrap_err().line, Some(1));
    }
}
