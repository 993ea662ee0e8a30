//! `svcreview init`: a new workspace, or a new client in one, written so that it is valid
//! as it stands and renders at once; every field commented, so that the files teach their
//! own format. With a ticket export, the client's `tickets:` block is read off the export
//! (`tickets inspect`) and the export copied in beside it.

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;

use crate::error::Error;
use crate::load::tickets::inspect::yaml_str;
use crate::model::Month;
use crate::model::schema::SchemaKind;

/// What to create.
#[derive(Debug, Clone)]
pub struct Init {
    /// The workspace: created (with `provider.yaml`) unless it has one already.
    pub dir: PathBuf,
    /// The new client's directory name under `clients/`.
    pub slug: String,
    /// The client's name (default: from the slug).
    pub name: Option<String>,
    /// The client's time zone.
    pub timezone: Tz,
    /// The month of the first period file.
    pub month: Month,
    /// Whether the month was given (else, with an export, the export's last full month).
    pub month_given: bool,
    /// A ticket export to start the client's tickets from.
    pub tickets: Option<PathBuf>,
    /// The client's company in an export of several.
    pub company: Option<String>,
    /// One client per company of the export (kept once under `exports/`).
    pub all_companies: bool,
}

/// A name from a slug: `acme-legal` → `Acme Legal`.
pub fn name_of(slug: &str) -> String {
    slug.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `slug` can name a client directory (and its output files): lower-case letters,
/// digits and dashes, starting with a letter or digit.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 64
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
}

/// The new workspace's `provider.yaml` (after its schema line).
pub const PROVIDER_YAML: &str = "\
# The MSP presenting the reviews: printed on every page and in every e-mail.
name: Your MSP Ltd                        # your company's name
colours: { primary: \"#17324D\", accent: \"#1F7A8C\" }   # headings and charts (hex)
# logo: logo.svg                          # an SVG or PNG beside this file, on the cover
contact: service.desk@your-msp.example    # printed on the cover
# email_from: Service Reviews <reviews@your-msp.example>   # for --email and --send
";

/// SLAs counted in the period files (met, breached, pending), until exports come in.
const SLAS_COUNTED: &str = "\
slas:                                # counted in the period files until ticket exports come in
  - { id: p1-response, name: P1 response, priority: P1, clock: response, within: 30m, calendar: 24x7, goal: 95% }
";

/// SLAs judged ticket by ticket from an export: a resolution SLA (which every export
/// can measure; not every one has a first-response time) for each of the two most urgent
/// priorities the export's rows are mapped to, so that no SLA waits for tickets that
/// never come. Their ids, and the `slas:` text.
fn slas_from_tickets(mapped: &std::collections::BTreeSet<&str>) -> (Vec<String>, String) {
    const TARGETS: [(&str, &str, &str); 4] = [
        ("P1", "4h", "95%"),
        ("P2", "8h", "90%"),
        ("P3", "3d", "90%"),
        ("P4", "5d", "90%"),
    ];
    let mut ids = Vec::new();
    let mut text =
        "slas:                                # judged ticket by ticket from the export below\n"
            .to_string();
    for (p, within, goal) in TARGETS.iter().filter(|(p, ..)| mapped.contains(p)).take(2) {
        let id = format!("{}-resolution", p.to_lowercase());
        text.push_str(&format!(
            "  - {{ id: {id}, name: {p} resolution, priority: {p}, clock: resolution, within: {within}, calendar: 24x7, goal: {goal} }}\n"
        ));
        ids.push(id);
    }
    (ids, text)
}

/// The new client's `client.yaml`: one critical success factor with two KPIs and an SLA
/// read from the period files; with a ticket export, ticket SLAs and KPIs from it.
pub fn client_yaml(init: &Init, export: Option<&Export>) -> String {
    let tickets_block = export.map(|e| e.block.text.as_str());
    let slas = export.map(|e| slas_from_tickets(&e.block.priorities));
    let name = init.name.clone().unwrap_or_else(|| name_of(&init.slug));
    let start =
        NaiveDate::from_ymd_opt(init.month.year, init.month.month, 1).expect("a month's first day");
    let end = NaiveDate::from_ymd_opt(start.year() + 1, start.month(), 1)
        .expect("a month's first day")
        .pred_opt()
        .expect("a day before");
    let mut y = format!(
        "\
{modeline}
# {name}: what the reviews measure, and against what (README: client.yaml).
client:
  name: {qname}
  timezone: {tz}                     # the client's local time: months, dates, clocks
  locale: en-GB                      # the language and formats of its reviews
  # sdm: Your Name                   # the service delivery manager, on the cover
contract:
  id: {id}-001                       # as on the signed contract
  start: {start}
  end: {end}
  notice_days: 90                    # the renewal pack shows the notice deadline
  # auto_renew_months: 12            # renews by itself unless notice is given; absent: it ends
  # fee: {{ monthly: 12000, currency: GBP }}
  # devices_covered: 150
  # price_per_device: 35               # a month, for each device beyond those covered
contacts:                            # who receives the review by e-mail (--email)
  - {{ name: Client Contact, email: it.lead@client.example }}
csfs:                                # critical success factors: what the client cares about
  - {{ id: reliable, name: Reliable IT for the business, kpis: [backup_success, patch_compliance],
      slas: [{sla_ids}] }}
kpis:                                # each with its target; values in periods/YYYY-MM.yaml
  - {{ id: backup_success, name: Backup success rate, unit: percent, better: higher, target: 99, warning: 97 }}
  - {{ id: patch_compliance, name: Patch compliance, unit: percent, better: higher, target: 95, warning: 90 }}
{slas}",
        modeline = SchemaKind::Client.modeline(),
        qname = yaml_str(&name),
        tz = init.timezone.name(),
        id = init.slug.to_uppercase(),
        sla_ids = match &slas {
            Some((ids, _)) => ids.join(", "),
            None => "p1-response".into(),
        },
        slas = match &slas {
            Some((_, text)) => text.as_str(),
            None => SLAS_COUNTED,
        },
    );
    if let Some(block) = tickets_block {
        y.push_str(
            "# Read off the export by `svcreview tickets inspect`: check the priority mapping.\n",
        );
        y.push_str(block);
    }
    y
}

/// The first period file.
pub fn period_yaml(init: &Init, with_tickets: bool) -> String {
    let sla = if with_tickets {
        "# Ticket SLAs are counted from the export; nothing to enter for them here.\n".to_string()
    } else {
        "slas:                                # tickets of the month against each SLA\n  p1-response: { met: 9, breached: 0, pending: 0 }\n".to_string()
    };
    format!(
        "\
{modeline}
# {month}: the month's figures (README: period files). Replace the examples.
kpis:
  backup_success: 99.4
  patch_compliance: 96.1
{sla}notes: |
  What happened this month, in a sentence or two, for the summary page.
",
        modeline = SchemaKind::Period.modeline(),
        month = init.month,
    )
}

/// Creates the workspace (if new) and the client; returns the files written.
pub fn run(init: &Init) -> Result<(Vec<PathBuf>, Month), Error> {
    if init.all_companies {
        return run_all_companies(init);
    }
    let new_workspace = check_target(init)?;
    let tickets = read_export(init)?;
    // Without --period, a client started from an export is reviewed for the export's
    // last full month (last month may be after it: an empty review).
    let mut init = init.clone();
    if let Some(m) = tickets
        .as_ref()
        .and_then(|t| t.last_full)
        .filter(|_| !init.month_given)
    {
        init.month = m;
    }
    let init = &init;
    let dir = &init.dir;
    let client = dir.join("clients").join(&init.slug);
    let mut written = Vec::new();
    if new_workspace {
        written.extend(crate::output::write_all(
            dir,
            &[(
                "provider.yaml".to_string(),
                format!("{}\n{PROVIDER_YAML}", SchemaKind::Provider.modeline()).into_bytes(),
            )],
        )?);
    }
    written.extend(write_schemas(dir)?);
    // The client's files go in together: the period file and the export first, the
    // client.yaml that makes it a client last.
    written.extend(crate::output::write_all(
        &client.join("periods"),
        &[(
            format!("{}.yaml", init.month),
            period_yaml(init, tickets.is_some()).into_bytes(),
        )],
    )?);
    if let Some(t) = &tickets {
        written.extend(crate::output::write_all(
            &client.join("tickets"),
            &[(t.name.clone(), t.bytes.clone())],
        )?);
    }
    written.extend(crate::output::write_all(
        &client,
        &[(
            "client.yaml".to_string(),
            client_yaml(init, tickets.as_ref()).into_bytes(),
        )],
    )?);
    Ok((written, init.month))
}

/// `init --all-companies`: the export kept once under the workspace's `exports/`, and a
/// client per company (its slug and name from the company's), each reading its own
/// company's rows of it (`workspace:exports/FILE`). Every client is checked before any
/// file is written.
fn run_all_companies(init: &Init) -> Result<(Vec<PathBuf>, Month), Error> {
    let file = init
        .tickets
        .clone()
        .ok_or_else(|| Error::Usage("--all-companies needs --from-tickets FILE".into()))?;
    let all = crate::load::tickets::inspect::tickets_block(&file, init.timezone, None)
        .map_err(|p| Error::Invalid(crate::error::Problems(vec![p])))?;
    if all.companies.len() < 2 {
        return Err(Error::Usage(format!(
            "{}: --all-companies needs an export of several companies (it has {})",
            file.display(),
            all.companies.len()
        )));
    }
    let plans: Vec<Init> = all
        .companies
        .iter()
        .map(|(c, _)| Init {
            slug: slug_of(c),
            name: Some(c.clone()),
            company: Some(c.clone()),
            all_companies: false,
            ..init.clone()
        })
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    for p in &plans {
        if !seen.insert(p.slug.clone()) {
            return Err(Error::Usage(format!(
                "two companies make the client `{}`: add them one at a time with --company",
                p.slug
            )));
        }
    }
    for p in &plans {
        check_target(p)?;
    }
    let exports = plans
        .iter()
        .map(|p| read_export(p).map(|e| e.expect("an export")))
        .collect::<Result<Vec<_>, _>>()?;
    let mut written = Vec::new();
    let mut month = init.month;
    for (i, (p, mut export)) in plans.iter().zip(exports).enumerate() {
        // The clients share the file: kept once, read by each for its company.
        let shared = format!(
            "{}exports/{}",
            crate::load::tickets::import::WORKSPACE_PREFIX,
            export.name
        );
        export.block.text = export.block.text.replacen(
            &format!("files: {}", yaml_str(&format!("tickets/{}", export.name))),
            &format!("files: {}", yaml_str(&shared)),
            1,
        );
        let mut p = p.clone();
        if let Some(m) = export.last_full.filter(|_| !p.month_given) {
            p.month = m;
        }
        month = p.month;
        if i == 0 {
            if !p.dir.join("provider.yaml").exists() {
                written.extend(crate::output::write_all(
                    &p.dir,
                    &[(
                        "provider.yaml".to_string(),
                        format!("{}\n{PROVIDER_YAML}", SchemaKind::Provider.modeline())
                            .into_bytes(),
                    )],
                )?);
            }
            written.extend(write_schemas(&p.dir)?);
            written.extend(crate::output::write_all(
                &p.dir.join("exports"),
                &[(export.name.clone(), export.bytes.clone())],
            )?);
        }
        let client = p.dir.join("clients").join(&p.slug);
        written.extend(crate::output::write_all(
            &client.join("periods"),
            &[(
                format!("{}.yaml", p.month),
                period_yaml(&p, true).into_bytes(),
            )],
        )?);
        written.extend(crate::output::write_all(
            &client,
            &[(
                "client.yaml".to_string(),
                client_yaml(&p, Some(&export)).into_bytes(),
            )],
        )?);
    }
    Ok((written, month))
}

/// A client's directory name from a company's: `Harlow & Fenwick LLP` → `harlow-fenwick-llp`.
pub fn slug_of(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "client".into() } else { out }
}

/// The slug, the directory (new or empty, or a workspace) and the client (new) are
/// checked before anything is written; whether a new workspace is made.
fn check_target(init: &Init) -> Result<bool, Error> {
    if !valid_slug(&init.slug) {
        return Err(Error::Usage(format!(
            "--client `{}`: a client's directory name is lower-case letters, digits and dashes (e.g. `acme-legal`)",
            init.slug
        )));
    }
    let dir = &init.dir;
    let provider = dir.join("provider.yaml");
    let new_workspace = !provider.exists();
    if new_workspace
        && dir.is_dir()
        && std::fs::read_dir(dir)
            .map_err(|e| Error::io(dir, e))?
            .next()
            .is_some()
    {
        return Err(Error::Usage(format!(
            "{}: not empty and not a workspace (no provider.yaml); give a new directory, or an existing workspace to add a client to",
            dir.display()
        )));
    }
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Usage(format!("{}: a file is there", dir.display())));
    }
    let client = dir.join("clients").join(&init.slug);
    if client.exists() {
        return Err(Error::Usage(format!(
            "{}: the client exists already; choose another --client",
            client.display()
        )));
    }
    Ok(new_workspace)
}

/// A ticket export to start a client from.
pub struct Export {
    /// Its `tickets:` block, the companies and the priorities it maps.
    pub block: crate::load::tickets::inspect::Block,
    /// Its file name.
    pub name: String,
    /// Its bytes, copied into the client's `tickets/`.
    pub bytes: Vec<u8>,
    /// The last month it covers in full (the month a first review is for).
    pub last_full: Option<Month>,
}

/// The ticket export to start from, read as the new client will read it: in an export of
/// several companies, the one `--company` names (required: the companies are listed).
fn read_export(init: &Init) -> Result<Option<Export>, Error> {
    let Some(file) = &init.tickets else {
        return Ok(None);
    };
    if !file.is_file() {
        return Err(Error::Usage(format!("{}: no such file", file.display())));
    }
    let inspect = |company| {
        crate::load::tickets::inspect::tickets_block(file, init.timezone, company)
            .map_err(|p| Error::Invalid(crate::error::Problems(vec![p])))
    };
    let all = inspect(None)?;
    let listed = || {
        crate::load::tickets::import::busiest(
            all.companies.iter().map(|(c, n)| (c.as_str(), *n)),
            10,
        )
    };
    let block = match &init.company {
        None if all.companies.len() > 1 => {
            return Err(Error::Usage(format!(
                "{}: the export holds the tickets of {} companies; choose the client's with --company NAME: {}",
                file.display(),
                all.companies.len(),
                listed()
            )));
        }
        None => all,
        Some(c) if !all.companies.iter().any(|(x, _)| x == c) => {
            return Err(Error::Usage(format!(
                "--company `{c}`: no row of {} is for it; its companies are {}",
                file.display(),
                listed()
            )));
        }
        Some(c) => inspect(Some(c))?,
    };
    let bytes = std::fs::read(file).map_err(|e| Error::io(file, e))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tickets.csv".into());
    let last_full = last_full_month(file, &block.text, init.timezone);
    Ok(Some(Export {
        block,
        name,
        bytes,
        last_full,
    }))
}

/// The last month an export covers in full, read with its `tickets:` block (`None` when
/// the block does not read it: `validate` then says why).
fn last_full_month(file: &std::path::Path, block: &str, tz: Tz) -> Option<Month> {
    let tickets = crate::load::tickets::inspect::read_with_block(file, block, tz, None)?;
    tickets.span(None)?.months(tz).0.last().copied()
}

/// Writes the four schemas into the workspace's `schemas/` where they are missing or
/// differ from this version's (the files' first lines point at them); returns the files
/// written.
pub fn write_schemas(workspace: &std::path::Path) -> Result<Vec<PathBuf>, Error> {
    let dir = workspace.join(crate::model::schema::SCHEMA_DIR);
    let files: Vec<(String, Vec<u8>)> = SchemaKind::ALL
        .into_iter()
        .map(|k| (k.file_name(), k.text().into_bytes()))
        .filter(|(name, text)| std::fs::read(dir.join(name)).ok().as_ref() != Some(text))
        .collect();
    if files.is_empty() {
        return Ok(Vec::new());
    }
    crate::output::write_all(&dir, &files)
}

/// Runs `init`: the files written, then the next steps.
pub fn run_printing(init: &Init) -> Result<std::process::ExitCode, Error> {
    let (written, month) = run(init)?;
    for path in written {
        println!("{}", path.display());
    }
    if init.all_companies {
        eprintln!(
            "next: check each client's client.yaml (its contract, contacts and SLAs), then
  svcreview validate {0}
  svcreview batch {0} --kind monthly --period {month} -o out",
            init.dir.display()
        );
        return Ok(std::process::ExitCode::SUCCESS);
    }
    let client = init.dir.join("clients").join(&init.slug);
    eprintln!(
        "next: edit {} (an editor with a YAML language server, such as VS Code's YAML
extension, completes its fields from schemas/ and underlines mistakes), then
  svcreview validate {}
  svcreview monthly {} --period {} -o out --watch",
        client.join("client.yaml").display(),
        init.dir.display(),
        client.display(),
        month
    );
    Ok(std::process::ExitCode::SUCCESS)
}

/// The month before the one `today` is in: the month a review is usually prepared for.
pub fn last_month(today: NaiveDate) -> Month {
    Month {
        year: today.year(),
        month: today.month(),
    }
    .plus(-1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_slugs() {
        assert_eq!(name_of("acme-legal"), "Acme Legal");
        assert_eq!(name_of("st_olaf--school"), "St Olaf School");
        assert!(valid_slug("acme-legal-2"));
        for bad in ["", "Acme", "acme legal", "-acme", "acme/legal", "ä"] {
            assert!(!valid_slug(bad), "{bad}");
        }
        let d = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        assert_eq!(last_month(d).to_string(), "2025-12");
    }
}
