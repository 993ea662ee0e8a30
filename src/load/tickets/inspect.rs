//! `svcreview tickets inspect FILE`: what a user runs first on an unknown export. The
//! columns found, the profile that fits best and the mapping it would use, the order of
//! day and month the dates show, the priorities, statuses and types seen with counts, and
//! a `tickets:` block to paste into `client.yaml`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use chrono_tz::Tz;

use super::dates::{self, Evidence, Order, Verdict};
use super::import::Table;
use super::profile::{Field, PROFILES, guess_priority, layout, profile_key};
use crate::error::Problem;
use crate::model::TicketProfile;

/// How well a profile's names fit an export's headers.
#[derive(Debug, Clone)]
pub struct Fit {
    /// The profile.
    pub profile: TicketProfile,
    /// Field → the header it would read.
    pub mapping: Vec<(Field, Option<String>)>,
    /// Required fields (id, opened, priority, resolved) found, of 4.
    pub required: usize,
    /// Fields found in all.
    pub found: usize,
}

/// The fit of `p` to `headers`.
pub fn fit(p: TicketProfile, headers: &[String]) -> Fit {
    let l = layout(p);
    let mapping: Vec<(Field, Option<String>)> = Field::ALL
        .into_iter()
        .map(|f| {
            let h = l
                .names(f)
                .iter()
                .find_map(|n| headers.iter().find(|h| h.eq_ignore_ascii_case(n)).cloned());
            (f, h)
        })
        .collect();
    let has = |f: Field| mapping.iter().any(|(g, h)| *g == f && h.is_some());
    let required = [Field::Id, Field::Opened, Field::Priority, Field::Resolved]
        .into_iter()
        .filter(|&f| has(f))
        .count();
    let found = mapping.iter().filter(|(_, h)| h.is_some()).count();
    Fit {
        profile: p,
        mapping,
        required,
        found,
    }
}

/// The profile that fits best: most required fields, then most fields; ties go to the
/// first in [`PROFILES`] order.
pub fn best(headers: &[String]) -> Fit {
    PROFILES
        .into_iter()
        .map(|p| fit(p, headers))
        .fold(None::<Fit>, |best, f| match best {
            Some(b) if (b.required, b.found) >= (f.required, f.found) => Some(b),
            _ => Some(f),
        })
        .expect("profiles")
}

/// The report on one export, as text.
pub fn inspect(path: &Path, profile: Option<TicketProfile>, tz: Tz) -> Result<String, Problem> {
    let (mut report, block) = report_and_block(path, profile, tz, None)?;
    let every = tickets_block(path, tz, None)
        .ok()
        .map(|b| b.companies.into_iter().map(|(c, _)| c).collect());
    if let Some(t) = read_with_block(path, &block, tz, every) {
        report.push_str(&months_report(&t, tz));
    }
    report.push_str("\npaste into client.yaml (check the priority mapping):\n\n");
    report.push_str(&block);
    Ok(report)
}

/// The `tickets:` block for an export (`files:` names it under `tickets/`), as `inspect`
/// prints it to paste into `client.yaml`.
/// With `company`, the block is that company's: its priorities only, and its name.
pub fn tickets_block(path: &Path, tz: Tz, company: Option<&str>) -> Result<Block, Problem> {
    let mut table = Table::open(path)?;
    let headers = table.headers.clone();
    let fit = best(&headers);
    let col = |f: Field| column_of(&fit, &headers, f);
    let seen = scan(&mut table, path, &col, company)?;
    let verdict = seen.evidence.verdict();
    let companies: Vec<(String, u64)> = seen.counts[3]
        .iter()
        .filter(|(c, _)| !c.is_empty())
        .map(|(c, n)| (c.clone(), *n))
        .collect();
    let mut text = block(path, &fit, &col, &seen, &verdict, tz);
    if let Some(c) = company {
        // The company chosen, in place of the busiest the block proposes.
        text = text
            .lines()
            .map(|l| match l.trim_start().starts_with("company:") {
                true => format!("  company: {}", yaml_str(c)),
                false => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n";
        if !text.contains("  company: ") {
            text = text.replacen(
                &format!("  profile: {}\n", profile_key(fit.profile)),
                &format!(
                    "  profile: {}\n  company: {}\n",
                    profile_key(fit.profile),
                    yaml_str(c)
                ),
                1,
            );
        }
    }
    let priorities = seen.counts[0]
        .keys()
        .filter(|v| !v.is_empty())
        .map(|v| guess_priority(v))
        .collect();
    Ok(Block {
        text,
        companies,
        priorities,
    })
}

/// A `tickets:` block read off an export, with what `init` needs to know of it.
pub struct Block {
    /// The block, to paste into `client.yaml`.
    pub text: String,
    /// The export's companies with their rows (none without a company column).
    pub companies: Vec<(String, u64)>,
    /// The SLA priorities the block maps the (chosen company's) rows to.
    pub priorities: std::collections::BTreeSet<&'static str>,
}

fn column_of(fit: &Fit, headers: &[String], f: Field) -> Option<usize> {
    fit.mapping
        .iter()
        .find(|(g, _)| *g == f)
        .and_then(|(_, h)| h.as_ref())
        .and_then(|h| headers.iter().position(|x| x == h))
}

fn report_and_block(
    path: &Path,
    profile: Option<TicketProfile>,
    tz: Tz,
    company: Option<&str>,
) -> Result<(String, String), Problem> {
    let mut table = Table::open(path)?;
    let headers = table.headers.clone();
    let fit = match profile {
        Some(p) => self::fit(p, &headers),
        None => best(&headers),
    };
    // Zendesk's table as Fivetran lands it is Zendesk's, whatever fits its columns best:
    // the block names the profile that says what it lacks.
    let fit = match profile.is_none() && headers.iter().any(|h| h == "_fivetran_synced") {
        true => self::fit(TicketProfile::Zendesk, &headers),
        false => fit,
    };
    let col = |f: Field| column_of(&fit, &headers, f);
    let seen = scan(&mut table, path, &col, company)?;
    let verdict = seen.evidence.verdict();
    let out = report(path, profile, &fit, &headers, &col, &seen, &verdict);
    let block = block(path, &fit, &col, &seen, &verdict, tz);
    Ok((out, block))
}

/// What a pass over an export saw: its dates, its priorities, statuses and types, its
/// rows.
#[derive(Default)]
struct Seen {
    evidence: Evidence,
    /// Priorities, statuses, types and companies by value, with their rows.
    counts: [BTreeMap<String, u64>; 4],
    rows: u64,
    /// The first date of the export, as written.
    first_dates: Option<String>,
}

/// Reads every row of an export for what `inspect` reports; with `company`, the
/// priorities, statuses and types of its rows only.
fn scan(
    table: &mut Table,
    path: &Path,
    col: &dyn Fn(Field) -> Option<usize>,
    company: Option<&str>,
) -> Result<Seen, Problem> {
    let mut seen = Seen::default();
    let mut record = csv::StringRecord::new();
    while let Some(line) = table.next(path, &mut record)? {
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        seen.rows += 1;
        for f in Field::ALL.into_iter().filter(|f| f.is_time()) {
            if let Some(c) = col(f) {
                let v = record.get(c).unwrap_or("").trim();
                seen.evidence.see(v, line);
                if seen.first_dates.is_none() && !v.is_empty() {
                    seen.first_dates = Some(v.to_string());
                }
            }
        }
        let others = company.is_some_and(|want| {
            col(Field::Company).is_some_and(|c| record.get(c).unwrap_or("").trim() != want)
        });
        for (i, f) in [Field::Priority, Field::Status, Field::Kind, Field::Company]
            .into_iter()
            .enumerate()
        {
            if others && f != Field::Company {
                continue;
            }
            if let Some(c) = col(f) {
                *seen.counts[i]
                    .entry(record.get(c).unwrap_or("").trim().to_string())
                    .or_default() += 1;
            }
        }
    }
    Ok(seen)
}

/// The report: rows and columns, the profile and its fit, the columns found, the dates'
/// order and the values seen.
fn report(
    path: &Path,
    profile: Option<TicketProfile>,
    fit: &Fit,
    headers: &[String],
    col: &dyn Fn(Field) -> Option<usize>,
    seen: &Seen,
    verdict: &Verdict,
) -> String {
    let rows = seen.rows;
    let l = layout(fit.profile);
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "{}: {rows} rows, {} columns",
        path.display(),
        headers.len()
    );
    let _ = writeln!(
        w,
        "profile: {} ({}; {} of {} fields found{})",
        profile_key(fit.profile),
        l.tool,
        fit.found,
        Field::ALL.len(),
        if profile.is_some() {
            ""
        } else {
            ", the best fit"
        }
    );
    if headers.iter().any(|h| h == "_fivetran_synced") {
        let _ = writeln!(
            w,
            "\nthis is Zendesk's ticket table as Fivetran or the API lands it: it has no solved \
             or first-reply times (they are in ticket_metrics). Export the tickets from Zendesk \
             (Admin Center > Reports > Export, CSV) and read that with `--profile zendesk`."
        );
    } else if fit.required < 4 {
        let _ = writeln!(
            w,
            "\nno profile reads this export as it is: map the columns marked `-` that it has \
             under `tickets.columns`"
        );
    }
    columns(w, fit, col, l.lacks);
    let date_line = date_line(verdict, &seen.evidence, seen.first_dates.as_deref());
    let _ = writeln!(w, "\ndates: {date_line}");
    values_seen(w, seen);
    out
}

/// The columns each field reads, and what is missing.
fn columns(w: &mut String, fit: &Fit, col: &dyn Fn(Field) -> Option<usize>, lacks: Option<&str>) {
    let _ = writeln!(w, "\ncolumns:");
    for (f, h) in &fit.mapping {
        let _ = writeln!(
            w,
            "  {:<26} {}",
            f.key(),
            h.as_deref().map_or("-".to_string(), |h| format!("`{h}`"))
        );
    }
    let missing: Vec<&str> = [Field::Id, Field::Opened, Field::Priority, Field::Resolved]
        .into_iter()
        .filter(|&f| col(f).is_none())
        .map(Field::key)
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(
            w,
            "  not found: {}; map them under `tickets.columns`",
            missing.join(", ")
        );
    }
    if col(Field::Responded).is_none()
        && col(Field::ResponseMinutes).is_none()
        && col(Field::ResponseHours).is_none()
    {
        let _ = writeln!(
            w,
            "  no first-response column: response SLAs cannot be measured from this export{}",
            lacks.map(|s| format!(" ({s})")).unwrap_or_default()
        );
    }
}

/// The priorities, statuses and types seen, most frequent first.
fn values_seen(w: &mut String, seen: &Seen) {
    let names = ["priorities", "statuses", "types", "companies"];
    for (i, name) in names.iter().enumerate() {
        if seen.counts[i].is_empty() {
            continue;
        }
        let mut seen: Vec<(&String, &u64)> = seen.counts[i].iter().collect();
        seen.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        match i {
            3 => {
                let _ = writeln!(w, "\ncompanies seen ({}):", seen.len());
            }
            _ => {
                let _ = writeln!(w, "\n{name} seen:");
            }
        }
        for (v, n) in seen.iter().take(25) {
            let shown = if v.is_empty() { "(empty)" } else { v.as_str() };
            // A status that means the row is no ticket: said, with what happens to it.
            let left_out = i == 1
                && crate::model::LeaveOut::DEFAULT
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(v.trim()));
            let note = if left_out {
                "   (left out: no ticket; `tickets.leave_out` to change)"
            } else {
                ""
            };
            let _ = writeln!(w, "  {n:>7}  {shown}{note}");
        }
        if seen.len() > 25 {
            let _ = writeln!(w, "  … and {} more", seen.len() - 25);
        }
    }
}

/// What the dates say about the order of day and month.
fn date_line(verdict: &Verdict, evidence: &Evidence, first_dates: Option<&str>) -> String {
    match verdict {
        Verdict::NotNumeric => format!(
            "ISO dates or month names: nothing to detect{}",
            first_dates
                .map(|v| format!(", e.g. `{v}`"))
                .unwrap_or_default()
        ),
        Verdict::Only(o) => format!("{}: the only order that reads every date", o.describe()),
        Verdict::Mostly(o) => format!(
            "mostly {}, but {} dates read neither way: look at them",
            o.describe(),
            evidence.not_day_first.min(evidence.not_month_first)
        ),
        Verdict::Ambiguous => "every date reads both day-first and month-first: set \
                               `date_format` (see below)"
            .to_string(),
    }
}

/// The `tickets:` block to paste into client.yaml.
fn block(
    path: &Path,
    fit: &Fit,
    col: &dyn Fn(Field) -> Option<usize>,
    seen: &Seen,
    verdict: &Verdict,
    tz: Tz,
) -> String {
    let sample = seen.evidence.examples[0].as_ref().map(|(_, v)| v.clone());
    let mut block = String::new();
    let w = &mut block;
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _ = writeln!(w, "tickets:");
    let _ = writeln!(w, "  files: {}", yaml_str(&format!("tickets/{file}")));
    let _ = writeln!(w, "  profile: {}", profile_key(fit.profile));
    // An export of several companies: the client is one of them, said by name.
    let companies: Vec<&String> = seen.counts[3].keys().filter(|c| !c.is_empty()).collect();
    if companies.len() > 1 {
        let busiest = seen.counts[3]
            .iter()
            .filter(|(c, _)| !c.is_empty())
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(c, _)| c.as_str())
            .unwrap_or_default();
        let _ = writeln!(
            w,
            "  company: {}   # the client's, as the export writes it: one of {} companies (see above)",
            yaml_str(busiest),
            companies.len()
        );
    }
    if *verdict == Verdict::Ambiguous {
        let s = sample.unwrap_or_default();
        let d = dates::suggest(&s, Order::DayFirst, tz).unwrap_or_default();
        let m = dates::suggest(&s, Order::MonthFirst, tz).unwrap_or_default();
        let _ = writeln!(
            w,
            "  # date_format: {}   # the file cannot tell: day-first, or month-first {}",
            yaml_str(&d),
            yaml_str(&m)
        );
    }
    for f in [Field::Id, Field::Opened, Field::Priority, Field::Resolved] {
        if col(f).is_none() {
            let _ = writeln!(w, "  # columns: {{ {}: \"...\" }}   # not found", f.key());
        }
    }
    if !seen.counts[0].is_empty() {
        let _ = writeln!(w, "  priorities:");
        for v in seen.counts[0].keys() {
            if v.is_empty() {
                let _ = writeln!(
                    w,
                    "    # \"\": P4   # rows with no priority: map them, or fix the export"
                );
            } else {
                let _ = writeln!(w, "    {}: {}", yaml_str(v), guess_priority(v));
            }
        }
    }
    block
}

/// A YAML double-quoted string.
pub fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The export read as its block says (with `every` company's rows, when given), or `None`
/// when the block does not read it (the report says why).
pub fn read_with_block(
    path: &Path,
    block: &str,
    tz: Tz,
    every: Option<Vec<String>>,
) -> Option<super::Tickets> {
    #[derive(serde::Deserialize)]
    struct Wrapper {
        tickets: crate::model::TicketsDef,
    }
    let mut def = serde_yaml::from_str::<Wrapper>(block).ok()?.tickets;
    def.files = crate::model::OneOrMany::One(path.file_name()?.to_string_lossy().into_owned());
    if let Some(all) = every.filter(|a| a.len() > 1) {
        def.company = Some(crate::model::OneOrMany::Many(all));
    }
    let opts = super::import::Options {
        def: &def,
        tz,
        known_priorities: ["P1", "P2", "P3", "P4"].map(String::from).into(),
        needs_resolved: false,
        response_slas: Vec::new(),
        business_calendar: false,
        keep_from: None,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    super::import::load(&dir, &opts).ok()
}

/// Tickets opened per month, and the months the export covers.
fn months_report(t: &super::Tickets, tz: Tz) -> String {
    let mut by_month: BTreeMap<crate::model::Month, u64> = BTreeMap::new();
    for x in &t.tickets {
        *by_month
            .entry(crate::model::Month::of(
                x.opened.with_timezone(&tz).date_naive(),
            ))
            .or_default() += 1;
    }
    let mut w = String::new();
    let Some(span) = t.span(None) else {
        return w;
    };
    let (full, partial) = span.months(tz);
    let _ = writeln!(w, "\ntickets opened by month:");
    for (m, n) in &by_month {
        let mark = if partial.contains(m) {
            "   (in part: no figures)"
        } else {
            ""
        };
        let _ = writeln!(w, "  {m}  {n:>7}{mark}");
    }
    let range = match (full.first(), full.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "no month".to_string(),
    };
    let _ = writeln!(
        w,
        "covers {range} in full (from its first ticket to its newest opening; set `as_of` to when it was taken)"
    );
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priorities_are_guessed_from_numbers_then_words() {
        assert_eq!(guess_priority("1 - Critical"), "P1");
        assert_eq!(guess_priority("Priority 3 - Normal Response"), "P3");
        assert_eq!(guess_priority("Urgent"), "P1");
        assert_eq!(guess_priority("Major"), "P2");
        assert_eq!(guess_priority("Normal"), "P3");
        assert_eq!(guess_priority("Low"), "P4");
        assert_eq!(guess_priority("1 low"), "P4");
        assert_eq!(guess_priority("3 high"), "P2");
        assert_eq!(guess_priority("2"), "P2");
    }

    #[test]
    fn the_best_fit_is_the_tool_that_wrote_the_headers() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let at = h(&[
            "Autotask Ticket Number (updates only)",
            "[required] Priority",
            "Create Date/Time",
            "Complete Date/Time",
            "First Response Date/Time",
        ]);
        assert_eq!(best(&at).profile, TicketProfile::Autotask);
        let sn = h(&[
            "number",
            "opened_at",
            "resolved_at",
            "priority",
            "sys_updated_at",
        ]);
        assert_eq!(best(&sn).profile, TicketProfile::Servicenow);
        let cw = h(&["id", "_info.dateEntered", "dateResolved", "priority.name"]);
        assert_eq!(best(&cw).profile, TicketProfile::Connectwise);
    }
}
