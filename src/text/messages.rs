//! The words of the reports: Fluent message files (`report-templates/locales/*.ftl`),
//! one per language, embedded, and the user's own files in `<templates>/locales/`.
//!
//! A locale is a stack of layers, searched in order: the user's file for the whole tag
//! (`pt-PT.ftl`), the user's file for the language (`pt.ftl`), the shipped file for the
//! language, and English. A message missing from a layer is taken from the next one, so
//! a user's file may override a single label, and a user's new language still renders
//! (its missing messages in English, listed by `validate`).
//!
//! Fluent was chosen over the YAML + tera tables of the first version because it is
//! what translators' tools (Pontoon, Weblate, Crowdin) read, it selects plural forms
//! by CLDR's rules and variants by a value, and each message is a whole sentence with
//! named placeholders, so word order is the translator's.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// The shipped message files, by language subtag. English is the reference: every
/// other file has exactly its messages (a test checks).
pub const SHIPPED: &[(&str, &str)] = &[
    ("en", include_str!("../../report-templates/locales/en.ftl")),
    ("de", include_str!("../../report-templates/locales/de.ftl")),
    ("es", include_str!("../../report-templates/locales/es.ftl")),
    ("fi", include_str!("../../report-templates/locales/fi.ftl")),
    ("fr", include_str!("../../report-templates/locales/fr.ftl")),
    ("id", include_str!("../../report-templates/locales/id.ftl")),
    ("it", include_str!("../../report-templates/locales/it.ftl")),
    ("nl", include_str!("../../report-templates/locales/nl.ftl")),
    ("pt", include_str!("../../report-templates/locales/pt.ftl")),
    ("tr", include_str!("../../report-templates/locales/tr.ftl")),
];

/// A value for a message's variable.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// A count: selects the plural form, and is written with the locale's digits.
    Count(f64),
    /// Text already formatted for the locale (a figure, a date, a name, a list).
    Text(Cow<'a, str>),
    /// A figure at a number of decimals, for plural selection only (French writes
    /// `1,2 pt` and `2,5 pts`: CLDR's plural of a decimal depends on its digits).
    Number(f64, usize),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Count(n as f64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Count(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Count(f64::from(n))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Count(n as f64)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

/// What can be wrong with a user's message file.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    /// Not readable.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Not Fluent.
    #[error("{}:{line}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first error.
        line: usize,
        /// What the parser found.
        message: String,
    },
}

/// One file of messages.
struct Layer {
    /// `locales/de.ftl` (shipped) or the user's path.
    source: String,
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    /// The variables each message uses (`$name`).
    vars: BTreeMap<String, BTreeSet<String>>,
    user: bool,
}

/// The layered messages of one locale.
pub struct Messages {
    layers: Vec<Layer>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.layers.iter().map(|l| l.source.as_str()).collect();
        write!(f, "Messages({names:?})")
    }
}

/// Counts written with the locale's digits and grouping (Fluent's own formatting of
/// numbers is plain `1225`).
struct Grouped(icu_decimal::DecimalFormatter);

impl Memoizable for Grouped {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let tag = lang.to_string();
        let locale = icu_locale_core::Locale::try_from_str(&tag).map_err(|_| ())?;
        icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(Grouped)
            .map_err(|_| ())
    }
}

fn format_number(
    v: &FluentValue,
    m: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let decimals = n.options.minimum_fraction_digits.unwrap_or(0);
    let text = format!("{:.*}", decimals, n.value);
    let d = fixed_decimal::Decimal::try_from_str(&text).ok()?;
    m.with_try_get::<Grouped, _, _>((), |g| {
        writeable::Writeable::write_to_string(&g.0.format(&d)).into_owned()
    })
    .ok()
}

/// The 1-based line of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

fn layer(
    source: String,
    text: String,
    lang: &LanguageIdentifier,
    user: bool,
) -> Result<Layer, (usize, String)> {
    let (resource, errors) = match FluentResource::try_new(text.clone()) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    if let Some(e) = errors.first() {
        let line = line_of(&text, e.pos.start);
        return Err((line, e.kind.to_string()));
    }
    let mut vars = BTreeMap::new();
    for e in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = e {
            let mut used = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut used);
            }
            vars.insert(m.id.name.to_string(), used);
        }
    }
    let ids = vars.keys().cloned().collect();
    let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    bundle.add_resource_overriding(resource);
    Ok(Layer {
        source,
        bundle,
        ids,
        vars,
        user,
    })
}

/// The variables (`$name`) a pattern prints, in its text and its variants; a variable
/// that only chooses a variant (a plural's count) is not printed.
fn pattern_vars(p: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, PatternElement};
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            match expression {
                Expression::Inline(i) => inline_vars(i, out),
                Expression::Select { variants, .. } => {
                    for v in variants {
                        pattern_vars(&v.value, out);
                    }
                }
            }
        }
    }
}

fn inline_vars(e: &fluent_syntax::ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression as I};
    match e {
        I::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        I::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        I::Placeable { expression } => match expression.as_ref() {
            Expression::Inline(i) => inline_vars(i, out),
            Expression::Select { variants, .. } => {
                for v in variants {
                    pattern_vars(&v.value, out);
                }
            }
        },
        _ => {}
    }
}

/// The locale tags available: the shipped languages and the user's files.
pub fn available(templates: Option<&Path>) -> Vec<String> {
    let mut out: BTreeSet<String> = SHIPPED.iter().map(|(l, _)| l.to_string()).collect();
    if let Some(dir) = templates
        && let Ok(rd) = std::fs::read_dir(dir.join("locales"))
    {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "ftl")
                && let Some(stem) = p.file_stem().and_then(|s| s.to_str())
            {
                out.insert(stem.to_string());
            }
        }
    }
    out.into_iter().collect()
}

impl Messages {
    /// The layers for `tag` (already a valid BCP 47 tag), or `Ok(None)` when neither
    /// the shipped files nor the user's have its language.
    pub fn load(tag: &str, templates: Option<&Path>) -> Result<Option<Messages>, MessageError> {
        let lang: LanguageIdentifier = tag.parse().unwrap_or_default();
        let language = lang.language.as_str().to_string();
        let mut layers = Vec::new();
        if let Some(dir) = templates {
            let mut names = vec![format!("{tag}.ftl")];
            if language != tag {
                names.push(format!("{language}.ftl"));
            }
            for name in names {
                let path = dir.join("locales").join(&name);
                if !path.is_file() {
                    continue;
                }
                let text = std::fs::read_to_string(&path).map_err(|source| MessageError::Io {
                    path: path.clone(),
                    source,
                })?;
                let l = layer(path.display().to_string(), text, &lang, true).map_err(
                    |(line, message)| MessageError::Syntax {
                        path: path.clone(),
                        line,
                        message,
                    },
                )?;
                layers.push(l);
            }
        }
        let shipped = SHIPPED.iter().find(|(l, _)| *l == language);
        if layers.is_empty() && shipped.is_none() {
            return Ok(None);
        }
        for (l, text) in shipped
            .into_iter()
            .chain(SHIPPED.iter().filter(|(l, _)| *l == "en"))
        {
            if layers
                .iter()
                .any(|x| x.source == format!("locales/{l}.ftl"))
            {
                continue;
            }
            let l = layer(format!("locales/{l}.ftl"), text.to_string(), &lang, false)
                .expect("shipped message files parse (tested)");
            layers.push(l);
        }
        Ok(Some(Messages { layers }))
    }

    /// The message `id` with `args`, from the first layer that has it; `None` when no
    /// layer has it or it cannot be formatted.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let layer = self.layers.iter().find(|l| l.ids.contains(id))?;
        let msg = layer.bundle.get_message(id)?;
        let pattern = msg.value()?;
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Count(n) => fa.set(*k, FluentValue::Number(FluentNumber::from(*n))),
                Arg::Text(t) => fa.set(*k, FluentValue::from(t.to_string())),
                Arg::Number(x, d) => {
                    let mut n = FluentNumber::from(*x);
                    n.options.minimum_fraction_digits = Some(*d);
                    n.options.maximum_fraction_digits = Some(*d);
                    fa.set(*k, FluentValue::Number(n))
                }
            }
        }
        let mut errors = Vec::new();
        let out =
            layer
                .bundle
                .format_pattern(pattern, (!args.is_empty()).then_some(&fa), &mut errors);
        errors.is_empty().then(|| out.into_owned())
    }

    /// Every message id of every layer.
    pub fn ids(&self) -> BTreeSet<&str> {
        self.layers
            .iter()
            .flat_map(|l| l.ids.iter().map(String::as_str))
            .collect()
    }

    /// The reference (English) messages a user's own language leaves out, which are
    /// shown in English. Empty when the language ships (a user's file there only
    /// overrides).
    pub fn missing(&self) -> Vec<String> {
        let Some(first) = self.layers.first() else {
            return Vec::new();
        };
        if !first.user
            || self
                .layers
                .iter()
                .any(|l| !l.user && l.source != "locales/en.ftl")
        {
            return Vec::new();
        }
        let en = self.layers.last().expect("English is the last layer");
        let user: BTreeSet<&String> = self
            .layers
            .iter()
            .filter(|l| l.user)
            .flat_map(|l| &l.ids)
            .collect();
        en.ids
            .iter()
            .filter(|id| !user.contains(id))
            .cloned()
            .collect()
    }

    /// Ids in a user's file that no shipped file has (a typo, or a message removed).
    pub fn unknown(&self) -> Vec<(String, String)> {
        let en = &self.layers.last().expect("English is the last layer").ids;
        self.layers
            .iter()
            .filter(|l| l.user)
            .flat_map(|l| l.ids.iter().map(move |id| (l.source.clone(), id.clone())))
            .filter(|(_, id)| !en.contains(id))
            .collect()
    }

    /// Messages of a user's file that leave out a variable the shipped message they
    /// replace prints (its figure would vanish from the sentence): (file, id, the
    /// variables left out).
    pub fn dropped(&self) -> Vec<(String, String, Vec<String>)> {
        let mut out = Vec::new();
        for l in self.layers.iter().filter(|l| l.user) {
            for (id, used) in &l.vars {
                let shipped = self.layers.iter().filter(|s| !s.user);
                let Some(needed) = shipped.filter_map(|s| s.vars.get(id)).next() else {
                    continue;
                };
                let left: Vec<String> = needed.difference(used).cloned().collect();
                if !left.is_empty() {
                    out.push((l.source.clone(), id.clone(), left));
                }
            }
        }
        out
    }

    /// The files, first searched first.
    pub fn sources(&self) -> Vec<&str> {
        self.layers.iter().map(|l| l.source.as_str()).collect()
    }
}
