//! The locale of a client's documents (`client.locale`, each contact's), with the user's
//! message files; a bad tag or message file is a problem located in its file.

use std::path::Path;

use crate::error::{Problem, Problems};
use crate::model::Client;
use crate::text::{Locale, LocaleError};

/// The client's locale (`client.locale`), with the user's message files from
/// `templates/locales/`; an unknown tag is a problem located in `client.yaml`.
pub fn client_locale(client: &Client, templates: Option<&Path>) -> Result<Locale, Problems> {
    let mut problems = Problems::default();
    for (i, c) in client.def.contacts.iter().enumerate() {
        if let Some(tag) = &c.locale
            && let Err(p) = locale_at(client, tag, &format!("contacts[{i}].locale"), templates)
        {
            problems.0.extend(p.0);
        }
    }
    let l = locale_at(
        client,
        &client.def.client.locale,
        "client.locale",
        templates,
    );
    problems.into_result()?;
    l
}

/// The locale `tag`, or a problem at `field` of `client.yaml`.
pub fn locale_at(
    client: &Client,
    tag: &str,
    field: &str,
    templates: Option<&Path>,
) -> Result<Locale, Problems> {
    use crate::text::messages::MessageError;
    Locale::load(tag, templates).map_err(|e| {
        let p = match &e {
            LocaleError::Messages(MessageError::Syntax {
                path,
                line,
                message,
            }) => Problem {
                line: Some(*line),
                ..Problem::file(path, format!("not a Fluent message file: {message}"))
            }
            .with_hint("see report-templates/locales/en.ftl for the format of a message file"),
            LocaleError::Messages(MessageError::Io { path, source }) => {
                Problem::file(path, source.to_string())
            }
            _ => {
                let p = Problem {
                    field: Some(field.into()),
                    ..Problem::file(&client.dir.join("client.yaml"), e.to_string())
                }
                .at_text(tag);
                match e.hint() {
                    Some(h) => p.with_hint(h),
                    None => p,
                }
            }
        };
        Problems(vec![p])
    })
}

/// What a user's own message files leave out or do not need: the messages shown in
/// English, and ids svcreview does not use (a typo).
pub fn warnings(l: &Locale) -> Vec<Problem> {
    let mut out = Vec::new();
    let missing = l.missing();
    if !missing.is_empty() {
        out.push(
            Problem::file(
                Path::new(l.sources().first().copied().unwrap_or("locales")),
                format!(
                    "{} message(s) of `{}` are missing and shown in English: {}",
                    missing.len(),
                    l.tag,
                    missing.join(", ")
                ),
            )
            .with_hint("copy them from report-templates/locales/en.ftl and translate them"),
        );
    }
    for (file, id, vars) in l.dropped() {
        let list: Vec<String> = vars.iter().map(|v| format!("`{{ ${v} }}`")).collect();
        out.push(
            Problem::file(
                Path::new(&file),
                format!(
                    "message `{id}` leaves out {}: that figure would not appear in its sentence",
                    list.join(", ")
                ),
            )
            .at_text(&format!("{id} ="))
            .with_hint(format!(
                "write {} into the message, as report-templates/locales/en.ftl does",
                list.join(" and ")
            )),
        );
    }
    for (file, id) in l.unknown() {
        out.push(
            Problem::file(
                Path::new(&file),
                format!("message `{id}` is not one svcreview uses"),
            )
            .with_hint("check the id against report-templates/locales/en.ftl"),
        );
    }
    out
}

/// The provider's locale (`provider.locale`, `en-GB` when not given), the language of
/// the MSP's own documents; a bad tag is a problem at its line of `provider.yaml`.
pub fn provider_locale(
    root: &Path,
    provider: &crate::model::Provider,
    templates: Option<&Path>,
) -> Result<Locale, Problems> {
    let tag = provider.locale.as_deref().unwrap_or("en-GB");
    Locale::load(tag, templates).map_err(|e| {
        Problems(vec![
            Problem {
                field: Some("locale".into()),
                ..Problem::file(&root.join("provider.yaml"), e.to_string())
            }
            .at_text("locale:")
            .with_hint(
                e.hint().unwrap_or_else(|| {
                    "a locale tag such as `en-GB`, `de-DE` or `fr-CH`".to_string()
                }),
            ),
        ])
    })
}
