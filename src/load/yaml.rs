//! YAML documents with positions: every key and value's line and column by its field
//! path (`kpis[2].target`), and typed deserialisation that reports every problem it can
//! find in one pass, each located and with a did-you-mean where one fits.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_yaml::Value;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::{Problem, Problems};

/// A parsed YAML file that can say where each of its fields is.
pub(crate) struct YamlDoc {
    /// The file, as shown in messages.
    pub file: PathBuf,
    /// The document as a value tree.
    pub value: Value,
    /// Position of each value by path.
    values: HashMap<String, (usize, usize)>,
    /// Position of each mapping key by the path of its value.
    keys: HashMap<String, (usize, usize)>,
}

/// The outcome of reading a document into a type.
pub(crate) struct Typed<T> {
    /// The value, if one could be made (possibly without the parts in error).
    pub value: Option<T>,
    /// Whether whole list items had to be left out to get a value: cross-reference
    /// checks on such a value would report consequences, not causes.
    pub pruned: bool,
}

/// The longest text a field may hold (a review's notes run to a few paragraphs).
pub const MAX_TEXT: usize = 10_000;
/// The largest YAML file read.
const MAX_FILE: usize = 4 * 1024 * 1024;
/// The deepest nesting of `[` and `{` (a review's files need three or four).
const MAX_DEPTH: usize = 64;

/// What is refused before parsing: a file too large, nesting too deep (parsing cost grows
/// with depth squared), and control characters (they reach the PDF).
fn check_text(file: &Path, text: &str) -> Result<(), Problem> {
    if text.len() > MAX_FILE {
        return Err(Problem::file(
            file,
            format!(
                "the file is {} MB; at most 4 MB is read",
                text.len() / (1024 * 1024)
            ),
        )
        .with_hint("a client's definition and a month's figures fit in a few kilobytes"));
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let at = |col: usize| Problem {
            line: Some(i + 1),
            column: Some(col + 1),
            ..Problem::file(file, String::new())
        };
        if indent > 4 * MAX_DEPTH {
            return Err(Problem {
                message: format!("indented {indent} spaces: nested too deeply"),
                ..at(indent)
            });
        }
        let mut comment = false;
        for (col, ch) in line.chars().enumerate() {
            if ch.is_control() && ch != '\t' && ch != '\r' {
                return Err(Problem {
                    message: format!("a control character (U+{:04X}) in the text", ch as u32),
                    ..at(col)
                }
                .with_hint("remove it: it cannot be printed on a page"));
            }
            if comment {
                continue;
            }
            if !crate::fonts::printable(ch) {
                return Err(Problem {
                    message: format!(
                        "the character `{ch}` (U+{:04X}) cannot be printed: the report's fonts have no glyph for it",
                        ch as u32
                    ),
                    ..at(col)
                }
                .with_hint("write it another way (emoji and CJK script are not in the embedded fonts)"));
            }
            match (quote, ch) {
                (None, '#') => comment = true,
                (None, '"' | '\'') => quote = Some(ch),
                (Some(q), c) if c == q => quote = None,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Problem {
                            message: format!("nested more than {MAX_DEPTH} levels deep"),
                            ..at(col)
                        }
                        .with_hint("a review's files need only a few levels of `[` and `{`"));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        // Quotes are counted within a line only (an apostrophe in plain text opens
        // none); a quote left open is YAML's own error to locate.
        quote = None;
    }
    Ok(())
}

/// Texts longer than [`MAX_TEXT`], with their paths.
fn long_texts(v: &Value, path: &str, out: &mut Vec<(String, usize)>) {
    match v {
        Value::String(s) => {
            let n = s.chars().count();
            if n > MAX_TEXT {
                out.push((path.to_string(), n));
            }
        }
        Value::Sequence(items) => {
            for (i, x) in items.iter().enumerate() {
                long_texts(x, &format!("{path}[{i}]"), out);
            }
        }
        Value::Mapping(m) => {
            for (k, x) in m {
                let key = k.as_str().map_or_else(|| format!("{k:?}"), str::to_string);
                long_texts(x, &join(path, &key), out);
            }
        }
        Value::Tagged(t) => long_texts(&t.value, path, out),
        _ => {}
    }
}

impl YamlDoc {
    /// Parses text; a syntax error or an empty file is a located problem.
    pub fn parse(file: &Path, text: &str) -> Result<Self, Problem> {
        check_text(file, text)?;
        let value: Value = serde_yaml::from_str(text).map_err(|e| {
            let message = e.to_string();
            if message.contains("repetition limit exceeded") || message.contains("recursion limit exceeded") {
                return Problem::file(file, "the document expands to too much: its anchors and aliases (`&name`, `*name`) or its nesting are too deep")
                    .with_hint("write the values out; a review's files need neither deep nesting nor aliases of aliases");
            }
            let mut p = Problem::file(file, clean_message(&message));
            if let Some(loc) = e.location() {
                p.line = Some(loc.line());
                p.column = Some(loc.column());
            }
            p.with_hint("check the indentation and the quoting around this place")
        })?;
        if value.is_null() {
            return Err(Problem::file(file, "the file is empty")
                .with_hint("a YAML mapping is expected here; see README.md, \"Input format\""));
        }
        let mut too_long = Vec::new();
        long_texts(&value, "", &mut too_long);
        let mut rec = PositionRecorder::default();
        // serde_yaml accepted the text, so this parser does too; positions are best effort.
        let _ = Parser::new_from_str(text).load(&mut rec, false);
        let doc = Self {
            file: file.to_path_buf(),
            value,
            values: rec.values,
            keys: rec.keys,
        };
        if let Some((path, len)) = too_long.into_iter().next() {
            return Err(doc
                .problem(
                    &path,
                    format!("a text of {len} characters; at most {MAX_TEXT} are allowed"),
                )
                .with_hint("shorten it: names and notes are read on a page, not stored here"));
        }
        Ok(doc)
    }

    /// A problem located at a field path (or the nearest enclosing field found).
    pub fn problem(&self, path: &str, message: impl Into<String>) -> Problem {
        let mut p = Problem::file(&self.file, message);
        p.field = (!path.is_empty() && path != ".").then(|| path.to_string());
        if let Some((line, col)) = self.position(path) {
            p.line = Some(line);
            p.column = Some(col);
        }
        p
    }

    /// The position of a field: its key if it has one, else its value, else its parent's.
    pub fn position(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path.to_string();
        loop {
            if let Some(pos) = self.keys.get(&path).or_else(|| self.values.get(&path)) {
                return Some(*pos);
            }
            path = parent_path(&path)?;
        }
    }

    /// The problem for an unknown field (or value, a `variant`) `field` met at `cur_path`
    /// (`orig_path` as written), with the path of the mapping that holds it as read now.
    fn unknown(
        &self,
        field: &str,
        expected: &[String],
        variant: bool,
        cur_path: &str,
        orig_path: &str,
    ) -> (Problem, String) {
        // The path points at the mapping holding the unknown key.
        let (cur_map, orig_map) = if last_segment(cur_path) == Some(field) {
            (
                parent_path(cur_path).unwrap_or_default(),
                parent_path(orig_path).unwrap_or_default(),
            )
        } else {
            (cur_path.to_string(), orig_path.to_string())
        };
        let kind = if variant { "value" } else { "field" };
        let mut p = self.problem(&join(&orig_map, field), format!("unknown {kind} `{field}`"));
        if variant {
            p.field = Some(orig_path.to_string());
            if let Some(pos) = self.position(orig_path) {
                p.line = Some(pos.0);
                p.column = Some(pos.1);
            }
        }
        p.hint = Some(suggest(field, expected));
        (p, cur_map)
    }

    /// Deserialises the whole document into `T`, collecting every problem: unknown
    /// fields are reported and dropped, list items in error are reported and left out,
    /// and reading goes on until nothing more can be found.
    pub fn typed<T: DeserializeOwned>(&self, problems: &mut Problems) -> Typed<T> {
        let mut value = self.value.clone();
        // Original indices removed so far, per list path (as written in the file).
        let mut removed: HashMap<String, Vec<usize>> = HashMap::new();
        let mut pruned = false;
        // A typo'd key that was dropped makes its item miss the real key: that second
        // message is a consequence of the first, so it is not repeated.
        let mut typo_of: Option<(String, String)> = None;
        let mut dropped: Vec<(String, String)> = Vec::new();
        for _ in 0..200 {
            let result: Result<T, _> = serde_path_to_error::deserialize(value.clone());
            let err = match result {
                Ok(v) => {
                    return Typed {
                        value: Some(v),
                        pruned,
                    };
                }
                Err(e) => e,
            };
            let cur_path = err.path().to_string();
            let inner = err.into_inner();
            let message = clean_message(&inner.to_string());
            let orig_path = to_original(&cur_path, &removed);
            if let Some((field, expected)) = unknown_name(&message) {
                let variant = message.starts_with("unknown variant");
                let (p, cur_map) = self.unknown(&field, &expected, variant, &cur_path, &orig_path);
                problems.push(p);
                typo_of = did_you_mean(&field, expected.iter().map(String::as_str))
                    .map(|best| (cur_map.clone(), best.to_string()));
                if !variant && remove_key(&mut value, &cur_map, &field) {
                    continue;
                }
            } else {
                // The document's root is `.` in an error's path, `` as a parent.
                let same =
                    |map: &str| map.trim_start_matches('.') == cur_path.trim_start_matches('.');
                let consequence = typo_of.as_ref().is_some_and(|(map, best)| {
                    same(map) && message == format!("missing field `{best}`")
                }) || dropped
                    .iter()
                    .any(|(map, key)| same(map) && message == format!("missing field `{key}`"));
                if !consequence {
                    let mut p = self.problem(&orig_path, readable(&message));
                    p.hint = fix_for(&message);
                    problems.push(p);
                }
            }
            // Leave out the innermost list item holding the error and read on.
            match innermost_item(&cur_path) {
                Some((list, index)) if remove_item(&mut value, &list, index) => {
                    let orig_list = to_original(&list, &removed);
                    let orig_index = original_index(index, removed.get(&orig_list));
                    removed.entry(orig_list).or_default().push(orig_index);
                    pruned = true;
                }
                _ => {
                    // Not inside a list item: drop the offending key itself (a later
                    // "missing field" for it is a consequence, not news) and read on, so
                    // that every problem of the file is reported at once.
                    let key = last_segment(&cur_path).map(str::to_string);
                    let parent = parent_path(&cur_path).unwrap_or_default();
                    match key {
                        Some(k) if remove_key(&mut value, &parent, &k) => {
                            dropped.push((parent, k));
                            pruned = true;
                        }
                        _ => {
                            return Typed {
                                value: None,
                                pruned: true,
                            };
                        }
                    }
                }
            }
        }
        Typed {
            value: None,
            pruned: true,
        }
    }
}

/// The fix for a type error, where one is plain: the missing field to add, the kind of
/// value to write.
fn fix_for(message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return Some(format!(
            "add `{field}:` here; README.md \"Input format\" shows every field"
        ));
    }
    if message.contains("expected u64")
        || message.contains("expected u32")
        || message.contains("expected u8")
    {
        return Some("write a whole number such as `0` or `90`, without quotes or units".into());
    }
    if message.contains("expected f64") {
        return Some("write a number such as `75` or `99.5`, without quotes, units or `%`".into());
    }
    if message.contains("expected a sequence") {
        return Some("write a list: `[a, b]`, or one `- a` line per item".into());
    }
    if message.contains("expected a string") {
        return Some("write text, quoted if it holds `:` or `#`".into());
    }
    None
}

/// serde's type names in words: "expected f64" → "expected a number".
fn readable(m: &str) -> String {
    let mut out = m.to_string();
    for (from, to) in [
        ("expected f64", "expected a number"),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected u32", "expected a whole number, 0 or more"),
        ("expected u8", "expected a whole number, 0 or more"),
        (
            "expected a sequence",
            "expected a list (`[a, b]` or `- a` lines)",
        ),
        ("expected a map", "expected a mapping (`key: value` lines)"),
        ("invalid type: string", "invalid type: the text"),
        ("invalid type: floating point", "invalid type: the number"),
        ("invalid type: integer", "invalid type: the number"),
    ] {
        out = out.replace(from, to);
    }
    if let Some(i) = out.find("expected struct ") {
        out.replace_range(i.., "expected a mapping (`key: value` lines)");
    }
    out
}

/// serde_yaml messages end with " at line N column M", which the problem shows already.
fn clean_message(m: &str) -> String {
    let m = match m.find(" at line ") {
        Some(i) => &m[..i],
        None => m,
    };
    // serde's words for an untagged enum name a Rust type, not what to write.
    if m.contains("untagged enum KpiValue") {
        return "not a KPI value: write a number (`78.4`), `{ num: 392, den: 500 }`, \
                `{ value: 4.2, count: 130 }`, or `~` for a month without data"
            .into();
    }
    if m.contains("untagged enum OneOrMany") {
        return "write a file name, or a list of them (`[a.csv, b.csv]`)".into();
    }
    m.to_string()
}

/// `unknown field `x`, expected one of `a`, `b`` → ("x", ["a", "b"]).
fn unknown_name(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let end = rest.find('`')?;
    let name = rest[..end].to_string();
    let expected = rest[end + 1..]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((name, expected))
}

/// "did you mean `target`?" or the list of what is allowed.
pub(crate) fn suggest(name: &str, candidates: &[String]) -> String {
    match did_you_mean(name, candidates.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`?"),
        None if candidates.is_empty() => "remove it".to_string(),
        None => format!(
            "expected one of {}",
            candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The closest candidate, if it is close enough to be a typo.
pub(crate) fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = name.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4) && *d < c.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() || parent == "." {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn last_segment(path: &str) -> Option<&str> {
    if path.ends_with(']') {
        return None;
    }
    Some(path.rsplit('.').next().unwrap_or(path))
}

/// `a.b[2].c` → `a.b[2]` → `a.b` → `a` → none.
fn parent_path(path: &str) -> Option<String> {
    if path.is_empty() || path == "." {
        return None;
    }
    if path.ends_with(']') {
        return Some(path[..path.rfind('[')?].to_string());
    }
    Some(match path.rfind('.') {
        Some(i) => path[..i].to_string(),
        None => String::new(),
    })
}

/// Splits a path into segments: keys and indices.
fn segments(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    if path == "." {
        return out;
    }
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Seg::Key(key.to_string()));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let end = stripped.find(']').unwrap_or(stripped.len());
            if let Ok(i) = stripped[..end].parse() {
                out.push(Seg::Index(i));
            }
            rest = stripped.get(end + 1..).unwrap_or("");
        }
    }
    out
}

#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

fn render(segs: &[Seg]) -> String {
    let mut s = String::new();
    for seg in segs {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// The innermost list item on a path: (the list's path, the index).
fn innermost_item(path: &str) -> Option<(String, usize)> {
    let segs = segments(path);
    let pos = segs.iter().rposition(|s| matches!(s, Seg::Index(_)))?;
    let Seg::Index(i) = segs[pos] else {
        unreachable!()
    };
    Some((render(&segs[..pos]), i))
}

/// Maps a path in the pruned value back to the path as written in the file.
fn to_original(path: &str, removed: &HashMap<String, Vec<usize>>) -> String {
    let segs = segments(path);
    let mut out: Vec<Seg> = Vec::new();
    for seg in segs {
        match seg {
            Seg::Index(i) => {
                let list = render(&out);
                out.push(Seg::Index(original_index(i, removed.get(&list))));
            }
            key => out.push(key),
        }
    }
    render(&out)
}

fn original_index(i: usize, removed: Option<&Vec<usize>>) -> usize {
    let mut sorted = removed.cloned().unwrap_or_default();
    sorted.sort_unstable();
    let mut orig = i;
    for r in sorted {
        if r <= orig {
            orig += 1;
        }
    }
    orig
}

fn navigate<'a>(value: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut v = value;
    for seg in segments(path) {
        v = match (seg, v) {
            (Seg::Key(k), Value::Mapping(m)) => m.get_mut(k.as_str())?,
            (Seg::Index(i), Value::Sequence(s)) => s.get_mut(i)?,
            _ => return None,
        };
    }
    Some(v)
}

fn remove_key(value: &mut Value, map_path: &str, key: &str) -> bool {
    match navigate(value, map_path) {
        Some(Value::Mapping(m)) => m.remove(key).is_some(),
        _ => false,
    }
}

fn remove_item(value: &mut Value, list_path: &str, index: usize) -> bool {
    match navigate(value, list_path) {
        Some(Value::Sequence(s)) if index < s.len() => {
            s.remove(index);
            true
        }
        _ => false,
    }
}

/// Records the position of every node by its path while the parser walks the text.
#[derive(Default)]
struct PositionRecorder {
    values: HashMap<String, (usize, usize)>,
    keys: HashMap<String, (usize, usize)>,
    stack: Vec<Frame>,
}

enum Frame {
    Map {
        path: String,
        key: Option<String>,
        keys_seen: usize,
    },
    Seq {
        path: String,
        next: usize,
    },
}

impl PositionRecorder {
    /// The path of the node that starts now, or None if it is a mapping key.
    fn node_path(&mut self, ev_scalar: Option<&str>, mark: Marker) -> Option<String> {
        let pos = (mark.line(), mark.col() + 1);
        match self.stack.last_mut() {
            None => Some(".".to_string()),
            Some(Frame::Seq { path, next }) => {
                let p = format!("{}[{}]", if path == "." { "" } else { path }, next);
                *next += 1;
                Some(p)
            }
            Some(Frame::Map {
                path,
                key,
                keys_seen,
            }) => match key.take() {
                Some(k) => Some(join(path, &k)),
                None => {
                    // A block mapping's start mark lies after its first key; place the
                    // mapping itself (where missing fields are reported) at that key.
                    if *keys_seen == 0 {
                        self.values.insert(path.clone(), pos);
                    }
                    *keys_seen += 1;
                    let k = ev_scalar.unwrap_or("").to_string();
                    self.keys.insert(join(path, &k), pos);
                    *key = Some(k);
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for PositionRecorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = (mark.line(), mark.col() + 1);
        match ev {
            Event::Scalar(ref s, ..) => {
                if let Some(p) = self.node_path(Some(s), mark) {
                    self.values.insert(p, pos);
                }
            }
            Event::Alias(_) => {
                if let Some(p) = self.node_path(None, mark) {
                    self.values.insert(p, pos);
                }
            }
            Event::MappingStart(..) => {
                let p = self.node_path(None, mark).unwrap_or_default();
                self.values.insert(p.clone(), pos);
                self.stack.push(Frame::Map {
                    path: p,
                    key: None,
                    keys_seen: 0,
                });
            }
            Event::SequenceStart(..) => {
                let p = self.node_path(None, mark).unwrap_or_default();
                self.values.insert(p.clone(), pos);
                self.stack.push(Frame::Seq { path: p, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        items: Vec<Item>,
    }
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        target: f64,
    }

    #[test]
    fn positions_are_one_based() {
        let d = YamlDoc::parse(
            Path::new("x.yaml"),
            "name: a\nitems:\n  - id: x\n    target: 3\n",
        )
        .unwrap();
        assert_eq!(d.position("name"), Some((1, 1)));
        assert_eq!(d.position("items[0].target"), Some((4, 5)));
        assert_eq!(d.position("items[0].nothing"), Some((3, 5)));
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let text = "name: a\nitems:\n  - id: x\n    tagret: 3\n  - id: y\n    target: abc\n  - id: z\n    target: 4\n    colour: red\n";
        let d = YamlDoc::parse(Path::new("x.yaml"), text).unwrap();
        let mut problems = Problems::default();
        let t: Typed<Doc> = d.typed(&mut problems);
        let shown: Vec<String> = problems.0.iter().map(|p| p.to_string()).collect();
        assert_eq!(problems.0.len(), 3, "{shown:#?}");
        assert_eq!(
            shown[0],
            "x.yaml:4:5: `items[0].tagret`: unknown field `tagret`\n  hint: did you mean `target`?"
        );
        // Dropping the typo'd key leaves item 0 without `target`: not reported twice.
        assert!(
            shown[1].starts_with("x.yaml:6:5: `items[1].target`: invalid type"),
            "{}",
            shown[1]
        );
        assert!(
            shown[2].starts_with("x.yaml:9:5: `items[2].colour`: unknown field"),
            "{}",
            shown[2]
        );
        assert_eq!(t.value.unwrap().items.len(), 1);
    }

    #[test]
    fn empty_and_broken_files() {
        let e = YamlDoc::parse(Path::new("e.yaml"), "  \n").err().unwrap();
        assert!(e.to_string().contains("the file is empty"));
        let e = YamlDoc::parse(Path::new("b.yaml"), "a: [1, 2\nb: 3\n")
            .err()
            .unwrap();
        assert!(e.line.is_some(), "{e}");
    }

    #[test]
    fn suggestions() {
        let c = [
            "target".to_string(),
            "warning".to_string(),
            "unit".to_string(),
        ];
        assert_eq!(suggest("tagret", &c), "did you mean `target`?");
        assert_eq!(
            suggest("xyz", &c),
            "expected one of `target`, `warning`, `unit`"
        );
    }
}
