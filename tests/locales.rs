//! Every sample document in every shipped locale, read back: the locale's number
//! format where a percentage is shown, no English word or sentence left in a document of
//! another language, and the same judgements as in English.

use super::*;
use rayon::prelude::*;
use svcreview::commands::{self, RenderConfig};
use svcreview::period::{Period, PeriodSpec};
use svcreview::review::Review;

/// A tag per shipped language, with regions where CLDR's formats differ.
const TAGS: &[&str] = &[
    "en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "fi-FI", "tr-TR",
    "id-ID",
];

/// The sample workspace with every client in `tag`.
fn workspace_in(tag: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let re = regex::Regex::new(r"locale: [A-Za-z_-]+").unwrap();
    for e in walkdir::WalkDir::new(sample()) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(sample()).unwrap();
        let to = dir.path().join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else if rel.file_name().is_some_and(|n| n == "client.yaml") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            std::fs::write(&to, re.replace(&text, format!("locale: {tag}")).as_ref()).unwrap();
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
    dir
}

/// The three sample documents of every client: (client, period, review, PDF text).
fn documents(ws: &Path) -> Vec<(String, String, Review, String)> {
    let cfg = RenderConfig::default();
    let periods = [
        Period::Month(svcreview::model::Month::parse("2026-10").unwrap()),
        Period::parse_quarter("2026-Q3").unwrap(),
        Period::parse_year("2025", 1).unwrap(),
    ];
    // Every document: the monthly review, and the QBR and annual review both as the
    // A4 report and as the deck.
    let mut jobs = Vec::new();
    for slug in ["harlow-fenwick", "kessler-precision", "riverside-health"] {
        for p in periods {
            jobs.push((slug, p, false));
            if !matches!(p, Period::Month(_)) {
                jobs.push((slug, p, true));
            }
        }
    }
    jobs.par_iter()
        .map(|(slug, p, deck)| {
            let dir = ws.join("clients").join(slug);
            // A calendar year (2025), a quarter or a month: each named as the CLI names it.
            let spec = match p {
                Period::Month(m) => PeriodSpec::Month(*m),
                Period::Quarter { .. } => PeriodSpec::Quarter(*p),
                Period::Year { first } => PeriodSpec::Year {
                    year: first.year.to_string(),
                    contract: false,
                },
            };
            let (loaded, review) = commands::review::evaluate_period(&dir, &spec, &cfg)
                .unwrap_or_else(|e| panic!("{slug} {}: {e}", p.id()));
            let pdf = commands::review::pdf_of(&loaded, &review, *deck, &cfg).unwrap();
            let text = pdf_extract::extract_text_from_mem(&pdf).expect("text extracts");
            let text = normal(&text);
            let what = if *deck {
                format!("{} deck", p.id())
            } else {
                p.id()
            };
            (slug.to_string(), what, review, text)
        })
        .collect()
}

/// Whitespace of any kind (no-break spaces too) as one space.
fn normal(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the review judged, without any text: must not depend on the locale.
fn judgements(r: &Review) -> serde_json::Value {
    let v = serde_json::to_value(r).unwrap();
    serde_json::json!({
        "slas": v["slas"].as_array().unwrap().iter().map(|s| serde_json::json!([
            s["id"], s["met"], s["attainment"], s["months_met"], s["months_missed"],
            s["credit"]["fraction"], s["credit"]["amount"],
        ])).collect::<Vec<_>>(),
        "kpis": v["kpis"].as_array().unwrap().iter().map(|k| serde_json::json!([
            k["id"], k["status"], k["value"], k["change_direction"],
        ])).collect::<Vec<_>>(),
        "csfs": v["csfs"].as_array().unwrap().iter().map(|c| c["status"].clone()).collect::<Vec<_>>(),
        "summary": [v["summary"]["slas_met"], v["summary"]["slas_missed"], v["summary"]["credits_total"]],
        // Dates in the JSON are ISO whatever the locale (their shown form is `*_text`).
        "dates": [v["client"]["contract_start"], v["client"]["contract_end"], v["period"]["start"],
            v["actions"]["open"].as_array().unwrap().iter().chain(v["actions"]["done"].as_array().unwrap())
                .map(|a| serde_json::json!([a["due"], a["opened"], a["closed"]])).collect::<Vec<_>>()],
    })
}

/// A percentage as `tag` writes it: (prefix, decimal separator, suffix), by hand from
/// CLDR's percent patterns (`#,##0 %` in de, fr, es, fi with a no-break space; `%#,##0`
/// in Turkish; `#,##0%` elsewhere).
fn percent_shape(tag: &str) -> regex::Regex {
    let (pre, sep, post) = match &tag[..2] {
        "en" => ("", r"\.", "%"),
        "de" | "fr" | "es" | "fi" => ("", ",", "[\u{a0}\u{202f}]%"),
        "tr" => ("%", ",", ""),
        _ => ("", ",", "%"),
    };
    regex::Regex::new(&format!(r"^{pre}\d{{1,3}}({sep}\d+)?{post}$")).unwrap()
}

#[test]
fn every_sample_document_in_every_locale() {
    let english = workspace_in("en-GB");
    let reference = documents(english.path());
    // English labels and sentences that must not survive translation: every label
    // of en.ftl that the other language words differently, longer than a short
    // word (`min`, `SLA`, `KPI` are the same in many languages).
    let en = svcreview::text::Locale::load("en-GB", None).unwrap();
    for tag in &TAGS[1..] {
        let ws = workspace_in(tag);
        let loc = svcreview::text::Locale::load(tag, None).unwrap();
        let foreign = !tag.starts_with("en");
        let english_words: Vec<&str> = en
            .labels
            .iter()
            .filter(|(k, v)| loc.labels.get(*k) != Some(*v) && v.len() >= 9 && v.contains(' '))
            .map(|(_, v)| v.as_str())
            .collect();
        let shape = percent_shape(tag);
        for ((slug, period, review, text), (_, _, en_review, en_text)) in
            documents(ws.path()).into_iter().zip(&reference)
        {
            let what = format!("{tag} {slug} {period}");
            // The same judgements, whatever the language.
            assert_eq!(judgements(&review), judgements(en_review), "{what}");
            // Every SLA's attainment in the locale's percent format, and in the PDF.
            for s in &review.slas {
                if s.attainment.is_none() {
                    continue;
                }
                assert!(
                    shape.is_match(&s.attainment_text),
                    "{what}: {:?}",
                    s.attainment_text
                );
                assert!(
                    text.contains(&normal(&s.attainment_text)),
                    "{what}: {} not in the PDF",
                    s.attainment_text
                );
            }
            if foreign {
                // The client's own words (names, notes) may be English: those are
                // not labels left untranslated.
                let client_text = client_words(&ws.path().join("clients").join(&slug));
                for w in &english_words {
                    if client_text.contains(&w.to_lowercase()) {
                        continue;
                    }
                    assert!(
                        !text.contains(w),
                        "{what}: English label {w:?} left in the PDF"
                    );
                }
                for s in &en_review.summary.sentences {
                    assert!(
                        !text.contains(&normal(s)),
                        "{what}: English sentence {s:?} left"
                    );
                }
                assert!(en_text != &text, "{what}");
            }
        }
    }
}

/// Everything the client's files say, lower case.
fn client_words(dir: &Path) -> String {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap().to_lowercase())
        .collect()
}

/// The hand-computed forms of the issue, in the documents' own figures.
#[test]
fn percentages_money_and_dates_as_the_language_writes_them() {
    use svcreview::text::Locale;
    let de = Locale::load("de-DE", None).unwrap();
    let tr = Locale::load("tr", None).unwrap();
    let fi = Locale::load("fi", None).unwrap();
    assert_eq!(de.percent(94.9, 1), "94,9\u{a0}%");
    assert_eq!(tr.percent(94.9, 1), "%94,9");
    assert_eq!(de.money(1225.0, 2, Some("EUR")), "1.225,00\u{a0}€");
    let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    assert_eq!(fi.date(d), "25. marraskuuta 2026");
    // Plurals by CLDR: Finnish one/other, Indonesian has one form.
    let n = |l: &Locale, k: usize| l.say("months-credited", &[("count", k.into())]);
    let en = Locale::english();
    assert_eq!(n(&en, 1), "1 month credited");
    assert_eq!(n(&en, 2), "2 months credited");
    assert_ne!(n(&fi, 1).replace('1', ""), n(&fi, 2).replace('2', ""));
    let id = Locale::load("id", None).unwrap();
    assert_eq!(n(&id, 1).replace('1', "N"), n(&id, 2).replace('2', "N"));
    // The rule that a shown figure never rounds across its goal holds in every
    // language: 94.96% against 95% shows as 94,9 %, not 95,0 %.
    let (v, d) = svcreview::text::format::attainment_parts(0.9496, 0.95, false, false, &[], 1);
    assert_eq!(de.percent(v, d), "94,9\u{a0}%");
    assert_eq!(tr.percent(v, d), "%94,9");
}

#[test]
fn every_locale_file_has_every_message() {
    use svcreview::text::messages::SHIPPED;
    let ids_and_vars =
        |text: &str| -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
            let res = match fluent_syntax::parser::parse(text) {
                Ok(r) => r,
                Err((_, e)) => panic!("does not parse: {e:?}"),
            };
            let var = regex::Regex::new(r"\$[a-z_]+").unwrap();
            let mut out = std::collections::BTreeMap::new();
            let lines: Vec<&str> = text.lines().collect();
            for e in res.body {
                if let fluent_syntax::ast::Entry::Message(m) = e {
                    // The message's source: from its id to the next unindented line.
                    let start = lines
                        .iter()
                        .position(|l| l.starts_with(&format!("{} =", m.id.name)))
                        .unwrap();
                    let body: String = lines[start..]
                        .iter()
                        .enumerate()
                        .take_while(|(i, l)| *i == 0 || l.starts_with(' ') || l.starts_with('}'))
                        .map(|(_, l)| *l)
                        .collect();
                    let vars = var
                        .find_iter(&body)
                        .map(|m| m.as_str().to_string())
                        .collect();
                    out.insert(m.id.name.to_string(), vars);
                }
            }
            out
        };
    let en = ids_and_vars(SHIPPED[0].1);
    assert!(en.len() > 200);
    for (lang, text) in &SHIPPED[1..] {
        let other = ids_and_vars(text);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
        for (id, vars) in &en {
            if id == "email-greeting" {
                // Full or first names, as the language's business e-mails do.
                let names = ["$name".to_string(), "$first_name".to_string()].into();
                assert!(
                    !other[id].is_empty() && other[id].is_subset(&names) && vars.is_subset(&names),
                    "{lang}: `{id}`"
                );
                continue;
            }
            assert_eq!(
                &other[id], vars,
                "{lang}: `{id}` uses other variables than English"
            );
        }
    }
}

/// A user's own language, dropped into the templates directory, renders without a
/// rebuild; what it leaves out is English and `validate` lists it; a label of a
/// shipped language can be overridden alone.
#[test]
fn a_users_own_locale_and_overrides() {
    let ws = workspace_in("pl-PL");
    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(templates.path().join("locales")).unwrap();
    std::fs::write(
        templates.path().join("locales/pl.ftl"),
        "monthly_title = Miesięczny przegląd usług\nexecutive_summary = Podsumowanie dla zarządu\n",
    )
    .unwrap();
    let client = ws.path().join("clients/harlow-fenwick");
    // Without the file: an unknown locale, named with those there are.
    let o = svcreview(&["validate", ws.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("client.yaml:3")
            && err.contains("pl-PL")
            && err.contains("de, en, es, fi, fr, id, it, nl, pt, tr"),
        "{err}"
    );
    // With it: valid, with a warning listing what is missing.
    let o = svcreview(&[
        "validate",
        ws.path().to_str().unwrap(),
        "--templates",
        templates.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("are missing and shown in English") && stderr(&o).contains("page-of"),
        "{}",
        stderr(&o)
    );
    let out = tempfile::tempdir().unwrap();
    let o = svcreview(&[
        "monthly",
        client.to_str().unwrap(),
        "--period",
        "2026-10",
        "-o",
        out.path().to_str().unwrap(),
        "--templates",
        templates.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&out.path().join("harlow-fenwick-monthly-2026-10.pdf"));
    // Polish CLDR formats: a comma decimal separator and Polish month names.
    assert!(
        text.contains("Podsumowanie dla zarządu") && text.contains("października 2026"),
        "{text}"
    );
    // An override of one German label.
    let de = workspace_in("de-DE");
    std::fs::write(
        templates.path().join("locales/de.ftl"),
        "executive_summary = Zusammenfassung für die Geschäftsleitung\n",
    )
    .unwrap();
    let o = svcreview(&[
        "monthly",
        de.path().join("clients/harlow-fenwick").to_str().unwrap(),
        "--period",
        "2026-10",
        "-o",
        out.path().to_str().unwrap(),
        "--templates",
        templates.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdf_text(&out.path().join("harlow-fenwick-monthly-2026-10.pdf"));
    assert!(
        text.contains("Zusammenfassung für die Geschäftsleitung")
            && text.contains("Kritische Erfolgsfaktoren"),
        "{text}"
    );
}

#[test]
fn a_misspelt_locale_gets_a_did_you_mean() {
    let ws = workspace_in("en_GB");
    let o = svcreview(&["validate", ws.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("did you mean `en-GB`"),
        "{}",
        stderr(&o)
    );
}

/// The review's figures with its words taken out: every key that holds text for the
/// reader (`*_text`, `*_note`, labels, month names, sentences, the measure's description) and the
/// locale's tag itself.
fn figures_only(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    let words = |k: &str| {
        k.ends_with("_text")
            || k.ends_with("_note")
            || k.ends_with("label")
            || k.ends_with("labels")
            || [
                "text",
                "sentences",
                "measure",
                "month",
                "in_period",
                "chart_months",
                "locale",
            ]
            .contains(&k)
    };
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !words(k))
                // A KPI's `by_month` is the shown text of each month of the period.
                .filter(|(k, v)| !(*k == "by_month" && v[0].is_string()))
                .map(|(k, v)| (k.clone(), figures_only(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(figures_only).collect()),
        _ => v.clone(),
    }
}

/// Counts the numbers in a JSON value.
fn numbers(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Number(_) => 1,
        serde_json::Value::Object(m) => m.values().map(numbers).sum(),
        serde_json::Value::Array(a) => a.iter().map(numbers).sum(),
        _ => 0,
    }
}

#[test]
fn the_figures_do_not_depend_on_the_language() {
    // The same QBR and annual review evaluated in English, German, French and Turkish:
    // the words differ (checked, so that the locale did change), every figure, status,
    // id and count is the same.
    for period in [["--quarter", "2026-Q3"], ["--year", "2025"]] {
        let mut english: Option<(serde_json::Value, serde_json::Value)> = None;
        for tag in ["en-GB", "de-DE", "fr-FR", "tr-TR"] {
            let ws = workspace_in(tag);
            let client = ws.path().join("clients/harlow-fenwick");
            let o = svcreview(&["evaluate", client.to_str().unwrap(), period[0], period[1]]);
            assert!(o.status.success(), "{tag}: {}", stderr(&o));
            let full: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            let figures = figures_only(&full);
            match &english {
                None => {
                    // Enough figures that the comparison means something: KPIs, SLAs,
                    // their months, tickets and the contract.
                    assert!(numbers(&figures) > 200, "{}", numbers(&figures));
                    english = Some((full, figures));
                }
                Some((en_full, en_figures)) => {
                    assert_ne!(
                        &full["summary"]["sentences"],
                        &en_full["summary"]["sentences"]
                    );
                    assert_ne!(
                        &full["kpis"][0]["target_text"],
                        &en_full["kpis"][0]["target_text"]
                    );
                    assert_eq!(&figures, en_figures, "{tag} {}", period[1]);
                }
            }
        }
    }
}
