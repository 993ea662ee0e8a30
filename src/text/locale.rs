//! Locale tables: the labels and sentence templates of the reports, by language.
//!
//! English is embedded; a templates directory may hold `locales/<lang>.yaml` that
//! overrides any key. Sentences are tera templates rendered with data from the Review.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Problem, Problems};

const EN: &str = include_str!("../../report-templates/locales/en.yaml");

/// The labels and sentence templates of one language.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Locale {
    /// Label key → text.
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Sentence key → tera template.
    #[serde(default)]
    pub sentences: BTreeMap<String, String>,
}

impl Locale {
    /// The locale for a client's locale tag (`en-GB` → `en`), with overrides from
    /// `templates_dir/locales/<lang>.yaml` when that file exists.
    pub fn load(tag: &str, templates_dir: Option<&Path>) -> Result<Locale, Error> {
        let lang = tag.split('-').next().unwrap_or("en");
        // Only English ships for now; validation restricts tags to English ones.
        let mut base: Locale = serde_yaml::from_str(EN).expect("embedded locale parses");
        if let Some(dir) = templates_dir {
            let path = dir.join("locales").join(format!("{lang}.yaml"));
            if path.is_file() {
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                let over: Locale = serde_yaml::from_str(&text).map_err(|e| {
                    let mut p = Problem::file(&path, e.to_string());
                    if let Some(l) = e.location() {
                        p.line = Some(l.line());
                        p.column = Some(l.column());
                    }
                    Error::Invalid(Problems(vec![p.with_hint(
                        "a locale file has `labels:` and `sentences:` maps of text; see report-templates/locales/en.yaml",
                    )]))
                })?;
                base.labels.extend(over.labels);
                base.sentences.extend(over.sentences);
            }
        }
        Ok(base)
    }

    /// A label, or its key when missing (so a gap is visible, not fatal).
    pub fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map_or(key, String::as_str)
    }

    /// Renders a sentence template with a context; whitespace runs collapse to one space.
    pub fn sentence(&self, key: &str, ctx: &tera::Context) -> Result<String, Error> {
        let Some(tpl) = self.sentences.get(key) else {
            return Ok(String::new());
        };
        let out = tera::Tera::one_off(tpl, ctx, false).map_err(|e| {
            Error::Template(format!("locale sentence `{key}`: {}", error_chain(&e)))
        })?;
        Ok(out.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_render() {
        let l = Locale::load("en-GB", None).unwrap();
        let mut ctx = tera::Context::new();
        for (k, v) in [
            ("total", 3),
            ("green", 1),
            ("amber", 1),
            ("red", 1),
            ("no_data", 0),
        ] {
            ctx.insert(k, &v);
        }
        assert_eq!(
            l.sentence("csfs", &ctx).unwrap(),
            "Of 3 critical success factors, 1 is on target, 1 near target, 1 off target."
        );
        assert_eq!(l.label("no_data"), "no data");
    }
}
