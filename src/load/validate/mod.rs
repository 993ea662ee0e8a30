//! Checks that need more than one field: unique ids, references between CSFs, KPIs,
//! SLAs and calendars, thresholds that agree with their direction, and period data that
//! names only what the client defines. Every problem is located in its file.

pub mod fractions;
pub mod placeholders;
pub(crate) mod registers;

use std::collections::HashMap;
use std::path::Path;

use chrono_tz::Tz;

use super::yaml::{YamlDoc, did_you_mean};
use crate::calendar::{CALENDAR_24X7, parse_days, parse_intervals, parse_tz};
use crate::error::Problems;
use crate::model::{
    Better, ClientDef, KpiSource, KpiValue, Month, PeriodData, Provider, SlaKind, Unit,
    parse_colour,
};

/// Checks the provider file.
pub(crate) fn provider(p: &Provider, doc: &YamlDoc, workspace: &Path, problems: &mut Problems) {
    if let Some(f) = &p.email_from
        && f.parse::<lettre::message::Mailbox>().is_err()
    {
        problems.push(
            doc.problem("email_from", format!("`{f}` is not a sender address"))
                .with_hint("write it like `Service Reviews <reviews@example.com>`"),
        );
    }
    for (field, colour) in [
        ("primary", &p.colours.primary),
        ("accent", &p.colours.accent),
    ] {
        if parse_colour(colour).is_none() {
            problems.push(
                doc.problem(
                    &format!("colours.{field}"),
                    format!("`{colour}` is not a colour"),
                )
                .with_hint("write it as `#RRGGBB`, e.g. `#1F3A5F`"),
            );
        }
    }
    if let Some(r) = &p.reporting {
        reporting(r, doc, problems);
    }
    if let Some(logo) = &p.logo {
        logo_file(logo, doc, workspace, problems);
    }
}

/// The reporting currency and its rates: ISO codes, positive rates.
fn reporting(r: &crate::model::Reporting, doc: &YamlDoc, problems: &mut Problems) {
    let iso = |c: &str| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase());
    if !iso(&r.currency) {
        problems.push(
            doc.problem(
                "reporting.currency",
                format!("`{}` is not an ISO 4217 currency code", r.currency),
            )
            .with_hint("use a three-letter code such as `GBP`, `EUR` or `USD`"),
        );
    }
    for (code, rate) in &r.rates {
        let field = format!("reporting.rates.{code}");
        if !iso(code) {
            problems.push(
                doc.problem(&field, format!("`{code}` is not an ISO 4217 currency code"))
                    .with_hint("use a three-letter code such as `EUR` or `USD`"),
            );
        } else if !(rate.is_finite() && *rate > 0.0) {
            problems.push(
                doc.problem(&field, format!("the rate {rate} is not a positive number"))
                    .with_hint(format!(
                        "give what one {code} is worth in {}, e.g. `{code}: 0.86`",
                        r.currency
                    )),
            );
        }
    }
}

/// The provider's logo: inside the workspace, an SVG, PNG or JPEG file that decodes.
fn logo_file(logo: &str, doc: &YamlDoc, workspace: &Path, problems: &mut Problems) {
    let path = match crate::load::workspace::inside(workspace, logo) {
        Ok(p) => p,
        Err(e) => {
            problems.push(doc.problem("logo", e).with_hint(
                "keep the logo in the workspace (the folder of provider.yaml) and give its path from there",
            ));
            return;
        }
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    if !path.is_file() {
        problems.push(
            doc.problem("logo", format!("the logo file `{logo}` does not exist"))
                .with_hint("give the path relative to the workspace (the folder of provider.yaml)"),
        );
    } else if !matches!(ext.as_str(), "svg" | "png" | "jpg" | "jpeg") {
        problems.push(
            doc.problem("logo", format!("`{logo}` is not an SVG, PNG or JPEG file"))
                .with_hint("use an .svg, .png or .jpg logo"),
        );
    } else if !looks_like_image(&path, &ext) {
        // What the render would refuse ("failed to decode image"), said here.
        problems.push(
            doc.problem(
                "logo",
                format!("`{logo}` is not a {} image inside", ext.to_uppercase()),
            )
            .with_hint(
                "export the logo again from the design tool, or point `logo:` at the right file",
            ),
        );
    }
}

/// Whether the image decodes as the render will decode it (Typst's SVG and raster
/// readers): a file that passes here draws in the PDF.
fn looks_like_image(path: &Path, ext: &str) -> bool {
    use typst::foundations::Bytes;
    use typst::visualize::{ExchangeFormat, RasterImage, SvgImage};
    let Ok(data) = std::fs::read(path) else {
        return false;
    };
    let data = Bytes::new(data);
    match ext {
        "png" => RasterImage::plain(data, ExchangeFormat::Png).is_ok(),
        "jpg" | "jpeg" => RasterImage::plain(data, ExchangeFormat::Jpg).is_ok(),
        _ => SvgImage::new(data).is_ok(),
    }
}

fn tz_hint(name: &str) -> String {
    let names = chrono_tz::TZ_VARIANTS.iter().map(|t| t.name());
    match did_you_mean(name, names) {
        Some(best) => format!("did you mean `{best}`?"),
        None => "use an IANA time zone name such as `Europe/London` or `America/New_York`".into(),
    }
}

fn unknown_id(kind: &str, id: &str, known: &[&str]) -> (String, String) {
    let message = format!("unknown {kind} `{id}`");
    let hint = match did_you_mean(id, known.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None if known.is_empty() => format!("no {kind}s are defined in client.yaml"),
        None => format!(
            "the {kind}s defined in client.yaml are {}",
            known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    (message, hint)
}

/// Checks a client definition; returns its time zone when that is valid.
pub(crate) fn client(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) -> Option<Tz> {
    let tz = parse_tz(&def.client.timezone);
    if tz.is_none() {
        problems.push(
            doc.problem(
                "client.timezone",
                format!("unknown time zone `{}`", def.client.timezone),
            )
            .with_hint(tz_hint(&def.client.timezone)),
        );
    }
    contract(def, doc, problems);
    calendars(def, doc, problems);
    csfs(def, doc, problems);
    kpis(def, doc, problems);
    contacts(def, doc, problems);
    tickets(def, doc, problems);
    slas(def, doc, problems);
    registers::client(def, doc, problems);
    tz
}

/// The contract: its dates, notice period, counts covered and fee.
fn contract(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    let c = &def.contract;
    if c.end.0 <= c.start.0 {
        problems.push(
            doc.problem(
                "contract.end",
                format!(
                    "the contract ends ({}) before it starts ({})",
                    c.end.0, c.start.0
                ),
            )
            .with_hint("check `start` and `end`: the end is the contract's last day"),
        );
    }
    // Range-checked where read: a notice period is days, not millennia; device and user
    // counts are an estate, not a typo's worth of zeros.
    if let Some(d) = c.notice_days
        && d > 3650
    {
        problems.push(
            doc.problem(
                "contract.notice_days",
                format!("a notice period of {d} days (over ten years)"),
            )
            .with_hint("give the notice period in days, e.g. `notice_days: 90`"),
        );
    }
    if let Some(m) = c.auto_renew_months
        && !(1..=120).contains(&m)
    {
        problems.push(
            doc.problem(
                "contract.auto_renew_months",
                format!("an automatic renewal of {m} months"),
            )
            .with_hint(
                "give the months the contract renews for when no notice is given, 1 to 120 \
                 (e.g. `auto_renew_months: 12`); leave it out if the contract simply ends",
            ),
        );
    }
    for (field, v) in [
        ("devices_covered", c.devices_covered),
        ("users_covered", c.users_covered),
    ] {
        if let Some(n) = v
            && n > 10_000_000
        {
            problems.push(
                doc.problem(
                    &format!("contract.{field}"),
                    format!("{n} is more than ten million"),
                )
                .with_hint("give the number covered by the contract"),
            );
        }
    }
    if let Some(fee) = &c.fee {
        fee_terms(fee, c, doc, problems);
    }
    prices(c, doc, problems);
}

/// The prices of devices and users beyond the contract: 0 or more, in the fee's
/// currency (so the contract needs a fee), each beside the count it prices.
fn prices(c: &crate::model::Contract, doc: &YamlDoc, problems: &mut Problems) {
    for (field, price, covered, counted) in [
        (
            "price_per_device",
            c.price_per_device,
            c.devices_covered,
            "devices_covered",
        ),
        (
            "price_per_user",
            c.price_per_user,
            c.users_covered,
            "users_covered",
        ),
    ] {
        let Some(p) = price else { continue };
        let at = format!("contract.{field}");
        if !(p.is_finite() && (0.0..1e9).contains(&p)) {
            problems.push(
                doc.problem(&at, format!("a monthly price of {p}"))
                    .with_hint("give the monthly price of one, 0 or more, e.g. `35`"),
            );
        }
        if c.fee.is_none() {
            problems.push(
                doc.problem(&at, "a price without a fee: its currency is the fee's")
                    .with_hint("add `fee: { monthly: …, currency: … }` to the contract"),
            );
        }
        if covered.is_none() {
            problems.push(
                doc.problem(
                    &at,
                    format!("a price beyond the covered count, without `{counted}`"),
                )
                .with_hint(format!("add `{counted}`: the number the fee covers")),
            );
        }
    }
}

/// The fee: a number of 0 or more, changes inside the contract and in date order, an
/// ISO currency.
fn fee_terms(
    fee: &crate::model::Fee,
    c: &crate::model::Contract,
    doc: &YamlDoc,
    problems: &mut Problems,
) {
    if !(fee.monthly.is_finite() && fee.monthly >= 0.0 && fee.monthly < 1e12) {
        problems.push(doc.problem(
            "contract.fee.monthly",
            "the monthly fee must be a number of 0 or more",
        ));
    }
    for (i, change) in fee.changes.iter().enumerate() {
        let field = format!("contract.fee.changes[{i}]");
        if !(change.monthly.is_finite() && change.monthly >= 0.0 && change.monthly < 1e12) {
            problems.push(doc.problem(
                &format!("{field}.monthly"),
                "the monthly fee must be a number of 0 or more",
            ));
        }
        if change.from.0 <= c.start.0 || change.from.0 > c.end.0 {
            problems.push(
                doc.problem(
                    &format!("{field}.from"),
                    format!(
                        "the fee changes on {}, outside the contract ({} to {}) or on its first day",
                        change.from.0, c.start.0, c.end.0
                    ),
                )
                .with_hint("the fee from the start is `monthly:`; a change falls after the start and by the end"),
            );
        }
        if i > 0 && change.from.0 <= fee.changes[i - 1].from.0 {
            problems.push(
                doc.problem(
                    &format!("{field}.from"),
                    format!(
                        "{} is not after the change before it ({})",
                        change.from.0,
                        fee.changes[i - 1].from.0
                    ),
                )
                .with_hint("list the fee changes in date order, one per date"),
            );
        }
    }
    if fee.currency.len() != 3 || !fee.currency.chars().all(|ch| ch.is_ascii_uppercase()) {
        problems.push(
            doc.problem(
                "contract.fee.currency",
                format!("`{}` is not an ISO 4217 currency code", fee.currency),
            )
            .with_hint("use a three-letter code such as `GBP`, `EUR` or `USD`"),
        );
    }
}

/// Business-hours calendars: names, time zones, days and hours, exceptions.
fn calendars(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    for (id, cal) in &def.calendars {
        let base = format!("calendars.{id}");
        if id == CALENDAR_24X7 {
            problems.push(
                doc.problem(&base, "`24x7` is built in and cannot be redefined")
                    .with_hint("give this calendar another name"),
            );
        }
        if parse_tz(&cal.timezone).is_none() {
            problems.push(
                doc.problem(
                    &format!("{base}.timezone"),
                    format!("unknown time zone `{}`", cal.timezone),
                )
                .with_hint(tz_hint(&cal.timezone)),
            );
        }
        for (date, hours) in &cal.exceptions {
            if let Err(e) = parse_intervals(hours) {
                problems.push(
                    doc.problem(&format!("{base}.exceptions.{}", date.0), e)
                        .with_hint("write the day's hours as `09:00-13:00`, or `closed`"),
                );
            }
        }
        // Overlaps between day keys, once every key and interval reads.
        let each_reads = cal
            .hours
            .iter()
            .all(|(d, h)| parse_days(d).is_ok() && parse_intervals(h).is_ok());
        if each_reads && let Err(e) = crate::calendar::week_hours(&cal.hours) {
            problems.push(doc.problem(&format!("{base}.hours"), e).with_hint(
                "give each day its hours once: a day named by two keys gets both sets of hours, and they must not overlap",
            ));
        }
        for (days, hours) in &cal.hours {
            if let Err(e) = parse_days(days) {
                problems.push(doc.problem(&format!("{base}.hours.{days}"), e).with_hint(
                    "name days as `mon`, `tue`, ... `sun`, ranges as `mon-fri`, lists as `sat,sun`",
                ));
            }
            if let Err(e) = parse_intervals(hours) {
                problems.push(doc.problem(&format!("{base}.hours.{days}"), e).with_hint(
                    "write opening hours as `08:00-18:00`, or `08:00-12:00, 13:00-17:30`",
                ));
            }
        }
    }
}

/// Unique ids of KPIs, SLAs and CSFs, and the KPIs and SLAs each CSF names.
fn csfs(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    let kpi_ids = check_unique(
        doc,
        "kpis",
        def.kpis.iter().map(|k| k.id.as_str()),
        problems,
    );
    let sla_ids = check_unique(
        doc,
        "slas",
        def.slas.iter().map(|s| s.id.as_str()),
        problems,
    );
    check_unique(
        doc,
        "csfs",
        def.csfs.iter().map(|c| c.id.as_str()),
        problems,
    );

    for (i, csf) in def.csfs.iter().enumerate() {
        for (j, k) in csf.kpis.iter().enumerate() {
            if !kpi_ids.contains(&k.as_str()) {
                let (m, h) = unknown_id("KPI", k, &kpi_ids);
                problems.push(doc.problem(&format!("csfs[{i}].kpis[{j}]"), m).with_hint(h));
            }
        }
        for (j, s) in csf.slas.iter().enumerate() {
            if !sla_ids.contains(&s.as_str()) {
                let (m, h) = unknown_id("SLA", s, &sla_ids);
                problems.push(doc.problem(&format!("csfs[{i}].slas[{j}]"), m).with_hint(h));
            }
        }
    }
}

/// Each KPI: thresholds that agree with its direction and unit, its source.
fn kpis(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    for (i, k) in def.kpis.iter().enumerate() {
        let base = format!("kpis[{i}]");
        for (f, v) in [("target", k.target), ("warning", k.warning)] {
            if let Some(v) = v
                && !v.is_finite()
            {
                problems.push(doc.problem(&format!("{base}.{f}"), "must be a finite number"));
            } else if let Some(v) = v
                && k.unit == Unit::Percent
                && !(0.0..=100.0).contains(&v)
            {
                problems.push(
                    doc.problem(
                        &format!("{base}.{f}"),
                        format!("{v} is out of range: a percentage is between 0 and 100"),
                    )
                    .with_hint("give the share as a percentage, e.g. `95`"),
                );
            }
        }
        thresholds(k, &base, doc, problems);
        if let Some(want) = unit_wanted(k) {
            problems.push(
                doc.problem(
                    &format!("{base}.unit"),
                    "this unit does not fit where the value comes from (`from`)",
                )
                .with_hint(format!("use `unit: {want}`")),
            );
        }
        if k.from.is_tickets() && def.tickets.is_none() {
            problems.push(
                doc.problem(&format!("{base}.from"), "this KPI comes from ticket exports, but the client has no `tickets:` section")
                    .with_hint("add `tickets: { files: tickets/, profile: generic }`, or take the value from the period file"),
            );
        }
        if let Some(d) = k.decimals
            && d > 4
        {
            problems.push(doc.problem(&format!("{base}.decimals"), "at most 4 decimals are shown"));
        }
    }
}

/// A KPI's target (which it must have) and a warning threshold on the right side of it.
fn thresholds(k: &crate::model::Kpi, base: &str, doc: &YamlDoc, problems: &mut Problems) {
    match (k.target, k.warning) {
        // The RAG status is judged against the target; a KPI without one has no status.
        (None, _) => problems.push(
            doc.problem(base, format!("KPI `{}` has no `target`", k.id))
                .with_hint(
                    "add `target:` (and optionally `warning:`), the value that counts as met",
                ),
        ),
        (Some(t), Some(w)) => {
            let wrong = match k.better {
                Better::Higher => w > t,
                Better::Lower => w < t,
            };
            if wrong {
                let (side, dir) = match k.better {
                    Better::Higher => ("above", "higher"),
                    Better::Lower => ("below", "lower"),
                };
                problems.push(
                    doc.problem(
                        &format!("{base}.warning"),
                        format!("the warning threshold {w} is {side} the target {t}, but {dir} is better"),
                    )
                    .with_hint(
                        "the warning threshold lies between the target and red; swap them or set `better:`",
                    ),
                );
            }
        }
        _ => {}
    }
}

/// The unit a KPI's source needs, when its unit is another (`None` when it fits).
fn unit_wanted(k: &crate::model::Kpi) -> Option<&'static str> {
    let unit_ok = match k.from {
        KpiSource::Csat
        | KpiSource::TicketsFcr
        | KpiSource::TicketsEscalation
        | KpiSource::TicketsReopen => k.unit == Unit::Percent,
        KpiSource::Nps | KpiSource::Ces => matches!(k.unit, Unit::Score | Unit::Number),
        KpiSource::TicketsResponseMean
        | KpiSource::TicketsResolutionMean
        | KpiSource::TicketsResolutionMedian
        | KpiSource::TicketsResolutionP90 => k.unit == Unit::Hours,
        KpiSource::TicketsOpened | KpiSource::TicketsClosed | KpiSource::TicketsBacklog => {
            k.unit == Unit::Count
        }
        KpiSource::Period | KpiSource::TicketsPerDevice | KpiSource::TicketsPerUser => true,
    };
    (!unit_ok).then_some(match k.from {
        KpiSource::Nps | KpiSource::Ces => "score",
        KpiSource::TicketsResponseMean
        | KpiSource::TicketsResolutionMean
        | KpiSource::TicketsResolutionMedian
        | KpiSource::TicketsResolutionP90 => "hours",
        KpiSource::TicketsOpened | KpiSource::TicketsClosed | KpiSource::TicketsBacklog => "count",
        _ => "percent",
    })
}

/// Each contact: a name and address on one line, the review kinds they receive.
fn contacts(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    for (i, c) in def.contacts.iter().enumerate() {
        // A line break in a name or address would start a new header of the e-mail.
        for (field, value) in [("name", &c.name), ("email", &c.email)] {
            if let Some(ch) = value.chars().find(|ch| ch.is_control()) {
                problems.push(
                    doc.problem(
                        &format!("contacts[{i}].{field}"),
                        format!(
                            "a control character (U+{:04X}) in `{}`",
                            ch as u32,
                            value.escape_debug()
                        ),
                    )
                    .with_hint("write it on one line, without escapes such as `\\n` or `\\r`"),
                );
            }
        }
        if c.email.parse::<lettre::Address>().is_err() {
            problems.push(
                doc.problem(
                    &format!("contacts[{i}].email"),
                    format!("`{}` is not an e-mail address", c.email),
                )
                .with_hint("write it like `name@example.com`"),
            );
        }
        for (j, r) in c.reviews.iter().enumerate() {
            if !["monthly", "qbr", "annual"].contains(&r.as_str()) {
                problems.push(
                    doc.problem(
                        &format!("contacts[{i}].reviews[{j}]"),
                        format!("unknown review kind `{r}`"),
                    )
                    .with_hint("use monthly, qbr or annual"),
                );
            }
        }
    }
}

/// The `tickets:` section: time zone, calendar, cut-off, date formats.
fn tickets(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    if let Some(t) = &def.tickets {
        if let Some(z) = &t.timezone
            && parse_tz(z).is_none()
        {
            problems.push(
                doc.problem("tickets.timezone", format!("unknown time zone `{z}`"))
                    .with_hint("an IANA name such as `Europe/London`"),
            );
        }
        let mut seen_keys: std::collections::BTreeMap<String, &str> = Default::default();
        for k in t.priorities.keys() {
            if let Some(other) = seen_keys.insert(k.to_lowercase(), k) {
                problems.push(
                    doc.problem(
                        &format!("tickets.priorities.{k}"),
                        format!("`{other}` and `{k}` name the same export priority (priorities match without regard to case)"),
                    )
                    .with_hint("keep one of them"),
                );
            }
        }
        if let Some(v) = &t.as_of
            && crate::load::tickets::import::parse_iso(v, chrono_tz::UTC).is_none()
        {
            problems.push(
                doc.problem("tickets.as_of", format!("`{v}` is not a date-time"))
                    .with_hint("when the export was taken, e.g. `2026-11-02T08:00:00Z` or `2026-11-02 08:00`"),
            );
        }
        if let Some(f) = &t.date_format
            && let Err(e) = crate::load::tickets::dates::Format::new(f)
        {
            problems.push(
                doc.problem("tickets.date_format", e)
                    .with_hint("a chrono format such as `%d/%m/%Y %H:%M`, or leave it out to have the order read off the export"),
            );
        }
        if let Some(c) = &t.calendar
            && c != CALENDAR_24X7
            && !def.calendars.contains_key(c)
        {
            let names: Vec<&str> = def
                .calendars
                .keys()
                .map(String::as_str)
                .chain([CALENDAR_24X7])
                .collect();
            let (m, h) = unknown_id("calendar", c, &names);
            problems.push(doc.problem("tickets.calendar", m).with_hint(h));
        }
    }
}

/// Each SLA: what its kind needs, its calendar, goal and credit tiers.
fn slas(def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    let calendars: Vec<&str> = (def.calendars.keys().map(String::as_str))
        .chain([CALENDAR_24X7])
        .collect();
    for (i, s) in def.slas.iter().enumerate() {
        let base = format!("slas[{i}]");
        match s.kind {
            SlaKind::Tickets => ticket_sla(s, &base, &calendars, doc, problems),
            SlaKind::Availability => availability_sla(s, &base, doc, problems),
        }
        let mut last: Option<u32> = None;
        for (j, t) in s.credits.iter().enumerate() {
            if let Some(prev) = last
                && t.below.0 >= prev
            {
                problems.push(
                    doc.problem(
                        &format!("{base}.credits[{j}].below"),
                        "credit tiers must go down: each `below` lower than the one before",
                    )
                    .with_hint(
                        "list the tiers from the goal downwards, e.g. below 99.9% then below 99%",
                    ),
                );
            }
            last = Some(t.below.0);
        }
    }
}

/// What a tickets SLA needs: a priority, a clock and a target, a known calendar, and
/// a target in hours on a business calendar.
fn ticket_sla(
    s: &crate::model::Sla,
    base: &str,
    calendars: &[&str],
    doc: &YamlDoc,
    problems: &mut Problems,
) {
    for (field, missing, example) in [
        ("priority", s.priority.is_none(), "priority: P1"),
        ("clock", s.clock.is_none(), "clock: response"),
        ("within", s.within.is_none(), "within: 4h"),
    ] {
        if missing {
            problems.push(
                doc.problem(base, format!("a tickets SLA needs `{field}`"))
                    .with_hint(format!(
                        "add `{example}`, or `kind: availability` for an uptime SLA"
                    )),
            );
        }
    }
    if s.service.is_some() {
        problems.push(
            doc.problem(
                &format!("{base}.service"),
                "`service` belongs to availability SLAs",
            )
            .with_hint("add `kind: availability`, or remove `service`"),
        );
    }
    if let Some(cal) = &s.calendar
        && !calendars.contains(&cal.as_str())
    {
        let (m, h) = unknown_id("calendar", cal, calendars);
        problems.push(doc.problem(&format!("{base}.calendar"), m).with_hint(h));
    }
    // On a business calendar, a target in days would count 24 business hours
    // per day (2d = 48 h of opening: about a working week), which nobody means.
    let business = s.calendar.as_deref().is_some_and(|c| c != CALENDAR_24X7);
    if business
        && let Some(w) = s.within
        && w.in_days
    {
        let hours = w.minutes / 60;
        problems.push(
                doc.problem(&format!("{base}.within"), format!("`{w}` on a business calendar would count {hours} business hours"))
                    .with_hint("give business targets in hours of opening time: two 10-hour days are `within: 20h`"),
            );
    }
}

/// What an availability SLA needs (a service) and must not have (ticket fields).
fn availability_sla(s: &crate::model::Sla, base: &str, doc: &YamlDoc, problems: &mut Problems) {
    if s.service.is_none() {
        problems.push(
            doc.problem(base, "an availability SLA needs `service`")
                .with_hint(
                    "add `service: ERP`; the period files give `availability: { ERP: {...} }`",
                ),
        );
    }
    for (field, present) in [
        ("priority", s.priority.is_some()),
        ("clock", s.clock.is_some()),
        ("within", s.within.is_some()),
        ("calendar", s.calendar.is_some()),
    ] {
        if present {
            problems.push(
                doc.problem(
                    &format!("{base}.{field}"),
                    format!("`{field}` belongs to tickets SLAs"),
                )
                .with_hint("remove it; an availability SLA has `service`, `goal` and `credits`"),
            );
        }
    }
}

/// Reports duplicate ids in a list; returns the ids.
fn check_unique<'a>(
    doc: &YamlDoc,
    list: &str,
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Problems,
) -> Vec<&'a str> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            problems.push(doc.problem(&format!("{list}[{i}].id"), "the id is empty"));
        }
        if let Some(first) = seen.insert(id, i) {
            problems.push(
                doc.problem(
                    &format!("{list}[{i}].id"),
                    format!("duplicate id `{id}` (also {list}[{first}])"),
                )
                .with_hint("ids must be unique: rename one of them"),
            );
        } else {
            out.push(id);
        }
    }
    out
}

/// Checks a period file against the client it belongs to.
/// `month_minutes`: the real minutes of the file's month in the client's time zone, when
/// the file is named after a month (the default of `scheduled_minutes`).
pub(crate) fn period(
    data: &PeriodData,
    def: &ClientDef,
    doc: &YamlDoc,
    month: Option<Month>,
    month_minutes: Option<f64>,
    problems: &mut Problems,
) {
    // Problems found while reading the file, before any of the checks below.
    let risks_whole = !problems
        .0
        .iter()
        .any(|p| p.field.as_deref().is_some_and(|f| f.starts_with("risks")));
    period_kpis(data, def, doc, problems);
    period_slas(data, def, doc, problems);
    period_availability(data, def, doc, month_minutes, problems);
    period_surveys(data, doc, problems);
    period_actions(data, def, doc, problems);
    registers::events(data, month, doc, problems);
    registers::risks(data, doc, problems);
    registers::initiatives(data, def, risks_whole, doc, problems);
}

/// The KPI values: each KPI defined, each value in its unit's range.
fn period_kpis(data: &PeriodData, def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    let kpis: Vec<&str> = def.kpis.iter().map(|k| k.id.as_str()).collect();
    for (id, v) in &data.kpis {
        match def.kpis.iter().find(|k| &k.id == id) {
            None => {
                let (m, h) = unknown_id("KPI", id, &kpis);
                problems.push(doc.problem(&format!("kpis.{id}"), m).with_hint(h));
            }
            Some(k) if k.from != KpiSource::Period => problems.push(
                doc.problem(
                    &format!("kpis.{id}"),
                    format!("`{id}` is computed from the survey responses"),
                )
                .with_hint("give the raw scores under `surveys:` instead of a value here"),
            ),
            Some(k) => {
                let ok = match v {
                    None => true,
                    Some(KpiValue::Number(x)) => x.is_finite(),
                    Some(KpiValue::Ratio { num, den }) => {
                        num.is_finite() && den.is_finite() && *den > 0.0 && *num >= 0.0
                    }
                    Some(KpiValue::Weighted { value, count }) => {
                        value.is_finite() && count.is_finite() && *count >= 0.0
                    }
                };
                if !ok {
                    problems.push(
                        doc.problem(&format!("kpis.{id}"), "must be a finite number, `{ num, den }` with den > 0, or `{ value, count }`")
                            .with_hint("e.g. `78.4`, `{ num: 392, den: 500 }` or `{ value: 4.2, count: 130 }`"),
                    );
                }
                // The value's range follows the unit: a share is 0-100 %, a count is a
                // whole number of things, never negative.
                let shown = match v {
                    Some(KpiValue::Number(x)) => Some(*x),
                    Some(KpiValue::Ratio { num, den }) if *den > 0.0 => Some(num / den * 100.0),
                    Some(KpiValue::Weighted { value, .. }) => Some(*value),
                    _ => None,
                };
                if ok && let Some(x) = shown {
                    let range = match k.unit {
                        Unit::Percent => (!(0.0..=100.0).contains(&x))
                            .then_some("a percentage is between 0 and 100"),
                        Unit::Count => (x < 0.0 || x.fract() != 0.0)
                            .then_some("a count is a whole number, 0 or more"),
                        Unit::Hours | Unit::Minutes | Unit::Days | Unit::Currency => {
                            (x < 0.0).then_some("this unit cannot be negative")
                        }
                        _ => None,
                    };
                    if let Some(why) = range {
                        problems.push(
                            doc.problem(
                                &format!("kpis.{id}"),
                                format!("{x} is out of range: {why}"),
                            )
                            .with_hint(format!(
                                "check the value of `{id}` (unit: {})",
                                format!("{:?}", k.unit).to_lowercase()
                            )),
                        );
                    }
                }
                if matches!(v, Some(KpiValue::Ratio { .. }))
                    && k.aggregate
                        .is_some_and(|a| a != crate::model::Aggregate::Ratio)
                {
                    problems.push(
                        doc.problem(
                            &format!("kpis.{id}"),
                            "a ratio's parts are given, but the KPI does not aggregate as a ratio",
                        )
                        .with_hint("set `aggregate: ratio` on the KPI, or give a plain value"),
                    );
                }
            }
        }
    }
}

/// The ticket counts of SLAs measured without an export.
fn period_slas(data: &PeriodData, def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    let ticket_slas: Vec<&str> = def
        .slas
        .iter()
        .filter(|s| s.kind == SlaKind::Tickets)
        .map(|s| s.id.as_str())
        .collect();
    for (id, c) in &data.slas {
        // A month has at most millions of tickets; bigger counts are typos.
        const MAX: u64 = 1_000_000_000;
        if c.met > MAX || c.breached > MAX || c.pending > MAX {
            problems.push(
                doc.problem(&format!("slas.{id}"), "a ticket count above a billion")
                    .with_hint("check the counts of met, breached and pending tickets"),
            );
        }
        if def.tickets.is_some() {
            problems.push(
                doc.problem(
                    &format!("slas.{id}"),
                    "SLA counts are computed from the ticket exports for this client",
                )
                .with_hint(
                    "remove `slas:` from the period file, or remove `tickets:` from client.yaml",
                ),
            );
        }
        if !ticket_slas.contains(&id.as_str()) {
            let is_avail = def.slas.iter().any(|s| &s.id == id);
            let (m, h) = if is_avail {
                (
                    format!("`{id}` is an availability SLA"),
                    "give its service's minutes under `availability:` instead".to_string(),
                )
            } else {
                unknown_id("tickets SLA", id, &ticket_slas)
            };
            problems.push(doc.problem(&format!("slas.{id}"), m).with_hint(h));
        }
    }
}

/// Availability minutes: each service defined, downtime within the month.
fn period_availability(
    data: &PeriodData,
    def: &ClientDef,
    doc: &YamlDoc,
    month_minutes: Option<f64>,
    problems: &mut Problems,
) {
    let services: Vec<&str> = def
        .slas
        .iter()
        .filter_map(|s| s.service.as_deref())
        .collect();
    for (service, a) in &data.availability {
        let base = format!("availability.{service}");
        if !services.contains(&service.as_str()) {
            let (m, h) = unknown_id("service", service, &services);
            problems.push(doc.problem(&base, m).with_hint(h));
        }
        for (f, v) in [
            ("downtime_minutes", Some(a.downtime_minutes)),
            ("maintenance_minutes", Some(a.maintenance_minutes)),
            ("scheduled_minutes", a.scheduled_minutes),
        ] {
            if let Some(v) = v
                && !(v.is_finite() && v >= 0.0)
            {
                problems.push(doc.problem(
                    &format!("{base}.{f}"),
                    "must be a number of minutes, 0 or more",
                ));
            }
        }
        if let Some(s) = a.scheduled_minutes.or(month_minutes)
            && a.downtime_minutes + a.maintenance_minutes > s
        {
            problems.push(
                doc.problem(
                    &base,
                    format!(
                        "downtime ({}) and maintenance ({}) add up to more than the scheduled {s} minutes",
                        a.downtime_minutes, a.maintenance_minutes
                    ),
                )
                .with_hint("check the minutes; scheduled_minutes is the time the service is due"),
            );
        }
    }
}

/// Survey scores on their scales.
fn period_surveys(data: &PeriodData, doc: &YamlDoc, problems: &mut Problems) {
    for (name, scores, lo, hi) in [
        ("csat", &data.surveys.csat, 1u8, 5u8),
        ("nps", &data.surveys.nps, 0, 10),
        ("ces", &data.surveys.ces, 1, 7),
    ] {
        for (i, s) in scores.iter().enumerate() {
            if *s < lo || *s > hi {
                problems.push(
                    doc.problem(
                        &format!("surveys.{name}[{i}]"),
                        format!("score {s} is outside the {lo}–{hi} scale"),
                    )
                    .with_hint(format!(
                        "{} scores run from {lo} to {hi}",
                        name.to_uppercase()
                    )),
                );
            }
        }
    }
}

/// The CSI register: unique ids, the CSFs and KPIs named, dates in order.
fn period_actions(data: &PeriodData, def: &ClientDef, doc: &YamlDoc, problems: &mut Problems) {
    let kpis: Vec<&str> = def.kpis.iter().map(|k| k.id.as_str()).collect();
    let csfs: Vec<&str> = def.csfs.iter().map(|c| c.id.as_str()).collect();
    let slas: Vec<&str> = def.slas.iter().map(|s| s.id.as_str()).collect();
    let mut seen = HashMap::new();
    for (i, a) in data.actions.iter().enumerate() {
        let base = format!("actions[{i}]");
        if let Some(first) = seen.insert(a.id.as_str(), i) {
            problems.push(
                doc.problem(
                    &format!("{base}.id"),
                    format!("duplicate action `{}` (also actions[{first}])", a.id),
                )
                .with_hint("each action appears once in a period file"),
            );
        }
        if let Some(c) = &a.csf
            && !csfs.contains(&c.as_str())
        {
            let (m, h) = unknown_id("CSF", c, &csfs);
            problems.push(doc.problem(&format!("{base}.csf"), m).with_hint(h));
        }
        if let Some(k) = &a.kpi
            && !kpis.contains(&k.as_str())
        {
            let (m, h) = unknown_id("KPI", k, &kpis);
            problems.push(doc.problem(&format!("{base}.kpi"), m).with_hint(h));
        }
        if let Some(x) = &a.sla
            && !slas.contains(&x.as_str())
        {
            let (m, h) = unknown_id("SLA", x, &slas);
            problems.push(doc.problem(&format!("{base}.sla"), m).with_hint(h));
        }
        if let (Some(o), Some(c)) = (&a.opened, &a.closed)
            && c.0 < o.0
        {
            problems.push(doc.problem(&format!("{base}.closed"), "closed before it was opened"));
        }
        if matches!(
            a.status,
            crate::model::ActionStatus::Done | crate::model::ActionStatus::Cancelled
        ) && a.closed.is_none()
        {
            problems.push(
                doc.problem(
                    &format!("{base}.closed"),
                    "a done or cancelled action needs the date it closed",
                )
                .with_hint("add `closed: YYYY-MM-DD`"),
            );
        }
    }
}
