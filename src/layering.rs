//! The layout stays true: a test reads every `crate::` and `super::` path of `src/` and
//! fails on an arrow that points up the stages or on a circle between files.
//!
//! The stages, top to bottom: `cli` → `commands` → `output` → `present` → `evaluate` →
//! `load` → the leaves shared by all (model types, review, period, calendar, fonts,
//! text, error, terminal). A module may use its own stage and those below it. Within a
//! stage, files may use each other but never in a circle; a parent module and its
//! children (`mod.rs` re-exports, `super::`) are one module's inside and not counted.
//! The command line (`cli`) reaches the stages only through `commands`: it may use
//! `commands` and the leaves, nothing between.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The stage of each top-level module, from the bottom (0) up.
const STAGES: &[(&str, u8)] = &[
    ("error", 0),
    ("terminal", 0),
    ("text", 0),
    ("fonts", 0),
    ("calendar", 0),
    ("period", 0),
    ("model", 0),
    ("review", 0),
    ("load", 1),
    ("evaluate", 2),
    ("present", 3),
    ("output", 4),
    ("commands", 5),
    ("cli", 6),
];

type Module = Vec<String>;

/// The module path of a file under `src/` (`load/tickets/mod.rs` → `load::tickets`).
fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).expect("a file under src");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its test modules (`#[cfg(test)] mod x
/// { .. }`, braces matched, whatever follows them kept).
fn without_tests(text: &str) -> String {
    let code = code_only(text);
    let mut out = String::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("#[cfg(test)]") {
        let after = rest[i + "#[cfg(test)]".len()..].trim_start();
        out.push_str(&rest[..i]);
        if !(after.starts_with("mod ") || after.starts_with("pub mod ")) {
            out.push_str("#[cfg(test)]");
            rest = &rest[i + "#[cfg(test)]".len()..];
            continue;
        }
        // `mod tests;` (its file is another module) or `mod tests { .. }`.
        let (semi, open) = (after.find(';'), after.find('{'));
        let Some(open) = open.filter(|&o| semi.is_none_or(|s| o < s)) else {
            rest = semi.map_or("", |s| &after[s + 1..]);
            continue;
        };
        let mut depth = 0;
        let mut end = after.len();
        for (j, ch) in after[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + j + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The code of a file with its comments gone and its string and character literals
/// emptied (`"https://x"` is neither a comment nor a path), line breaks kept.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
        } else if c == 'r' && matches!(next, Some('"' | '#')) && raw_string_at(&chars, i) {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            i += 2 + hashes;
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while i < chars.len() && !chars[i..].starts_with(&close) {
                i += 1;
            }
            i += close.len();
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && next == Some('\\') {
            // '\n', '\'', '\u{..}': up to the closing quote.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3; // 'x'
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Whether a raw string (`r"..."`, `r#"..."#`) starts at `i` (not an identifier ending
/// in `r`).
fn raw_string_at(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| chars[j]);
    if before.is_some_and(|b| b.is_alphanumeric() || b == '_') {
        return false;
    }
    let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
    chars.get(i + 1 + hashes) == Some(&'"')
}

/// `a as b` → `a`: a renamed import names what it renames.
fn without_renames(tree: &str) -> String {
    let words: Vec<&str> = tree.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i] == "as" && i + 1 < words.len() {
            // The new name ends at the first `,` or `}` it carries.
            let name = words[i + 1];
            let tail = name.find([',', '}']).map_or("", |k| &name[k..]);
            out.push(tail.to_string());
            i += 2;
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.concat()
}

/// Expands `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.to_string()];
    };
    let head = &tree[..open];
    let body = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut cur) = (Vec::new(), 0, String::new());
    for ch in body.chars() {
        match ch {
            ',' if depth == 0 => parts.push(std::mem::take(&mut cur)),
            '{' => {
                depth += 1;
                cur.push(ch);
            }
            '}' => {
                depth -= 1;
                cur.push(ch);
            }
            _ => cur.push(ch),
        }
    }
    parts.push(cur);
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| expand(p.trim()))
        .map(|p| format!("{head}{p}"))
        .collect()
}

/// Every path a file names that starts at `crate`, `super` or `self`.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `use` statements, with their braces expanded.
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let before = rest[..i].chars().last();
        rest = &rest[i + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(end) = rest.find(';') else { break };
        let tree = without_renames(&rest[..end]);
        if ["crate::", "super::", "self::"]
            .iter()
            .any(|p| tree.starts_with(p))
        {
            out.extend(expand(&tree));
        }
    }
    // Paths written out in the code (`crate::text::format::percent(..)`).
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        for (i, _) in code.match_indices(start) {
            let prev = i.checked_sub(1).map(|j| bytes[j] as char);
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let len = code[i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(code.len() - i);
            out.push(code[i..i + len].trim_end_matches(':').to_string());
        }
    }
    out
}

/// The module a path names: the longest prefix that is a module of the crate.
fn resolve(path: &str, here: &Module, modules: &BTreeSet<Module>) -> Option<Module> {
    let mut parts: Vec<&str> = path
        .split("::")
        .filter(|p| !p.is_empty() && *p != "*")
        .collect();
    let mut base: Module = match parts.first() {
        Some(&"crate") => {
            parts.remove(0);
            Vec::new()
        }
        Some(&"super" | &"self") => {
            let mut b = here.clone();
            while let Some(&p) = parts.first() {
                match p {
                    "super" => {
                        b.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                parts.remove(0);
            }
            b
        }
        _ => return None,
    };
    let mut best = modules.contains(&base).then(|| base.clone());
    for p in parts {
        base.push(p.to_string());
        if modules.contains(&base) {
            best = Some(base.clone());
        }
    }
    best
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module → the modules it uses (outside its own family).
fn graph(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    // main.rs is the binary; this test's own file is compiled only for tests.
    files.retain(|f| {
        f.file_name()
            .is_some_and(|n| n != "main.rs" && n != "layering.rs")
    });
    let modules: BTreeSet<Module> = files.iter().map(|f| module_of(src, f)).collect();
    let family = |a: &Module, b: &Module| a.starts_with(b) || b.starts_with(a);
    files
        .iter()
        .map(|f| {
            let here = module_of(src, f);
            let text = std::fs::read_to_string(f).expect("a readable source file");
            let used = paths(&without_tests(&text))
                .iter()
                .filter_map(|p| resolve(p, &here, &modules))
                .filter(|m| !family(m, &here))
                .collect();
            (here, used)
        })
        .collect()
}

fn stage(m: &Module) -> Option<u8> {
    let top = m.first()?;
    STAGES.iter().find(|(n, _)| n == top).map(|&(_, s)| s)
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

/// The circles of a graph (its strongly connected groups of two or more modules).
fn circles(g: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    // A module is in a circle with another when each reaches the other.
    let reach = |from: &Module| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for n in g.get(&m).into_iter().flatten() {
                if seen.insert(n.clone()) {
                    todo.push(n.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&Module, BTreeSet<Module>> = g.keys().map(|m| (m, reach(m))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for (m, r) in &reached {
        let mut group: Vec<String> = r
            .iter()
            .filter(|n| n != m && reached.get(n).is_some_and(|rn| rn.contains(*m)))
            .map(name)
            .collect();
        if group.is_empty() {
            continue;
        }
        group.push(name(m));
        group.sort();
        if !out.contains(&group) {
            out.push(group);
        }
    }
    out
}

/// What is wrong with the layout of the crate whose sources are in `src`.
fn check(src: &Path) -> Vec<String> {
    let g = graph(src);
    let mut wrong = Vec::new();
    for (from, used) in &g {
        if from.is_empty() {
            continue; // lib.rs declares the modules
        }
        let Some(s) = stage(from) else {
            wrong.push(format!("{}: give it a stage in STAGES", name(from)));
            continue;
        };
        for to in used {
            let t = stage(to);
            if t.is_some_and(|t| t > s) {
                wrong.push(format!(
                    "{} uses {}, a stage above it",
                    name(from),
                    name(to)
                ));
            } else if from[0] == "cli" && t.is_some_and(|t| t > 0 && t < 5) {
                wrong.push(format!(
                    "{} uses {}: the command line goes through commands",
                    name(from),
                    name(to)
                ));
            }
        }
    }
    for c in circles(&g) {
        wrong.push(format!("a circle: {}", c.join(" <-> ")));
    }
    wrong
}

#[test]
fn arrows_point_down_the_stages_and_never_in_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // Not vacuous: the graph is the crate's, with an arrow every review takes.
    let g = graph(&src);
    assert!(g.len() > 40, "{} modules read", g.len());
    let m = |s: &str| s.split("::").map(String::from).collect::<Module>();
    assert!(
        g[&m("commands::review")].contains(&m("evaluate")),
        "{:?}",
        g[&m("commands::review")]
    );
    let wrong = check(&src);
    assert!(
        wrong.is_empty(),
        "the layout is broken:\n{}",
        wrong.join("\n")
    );
}

/// A crate with an arrow up (load uses present), a circle (two leaves), a renamed
/// import and an arrow hidden after a test module: each is found.
#[test]
fn a_wrong_layout_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write(
        "lib.rs",
        "pub mod load; pub mod present; pub mod text; pub mod period; pub mod cli;",
    );
    write(
        "load/mod.rs",
        "fn f() {}\n#[cfg(test)]\nmod tests { use crate::present; }\nuse crate::{present as p};\n",
    );
    write("present/mod.rs", "use crate::load;\n// use crate::cli;\n");
    write("text/mod.rs", "use crate::period::Month;");
    write("period.rs", "fn f() { crate::text::say(); }");
    write("cli/mod.rs", "use crate::load::files;");
    let wrong = check(dir.path());
    for want in [
        "load uses present, a stage above it",
        "a circle: period <-> text",
        "cli uses load: the command line goes through commands",
    ] {
        assert!(wrong.iter().any(|w| w == want), "{want} in {wrong:?}");
    }
    assert!(
        !wrong.iter().any(|w| w.contains("present uses cli")),
        "a comment is not code: {wrong:?}"
    );
}

#[test]
fn the_reader_sees_paths_and_circles() {
    // The reader itself: braces, nested braces, `super::` and paths in code.
    let p = paths("use crate::a::{b, c::{d, e}};\nfn f() { super::x::y(); crate::z::w(); }");
    for want in [
        "crate::a::b",
        "crate::a::c::d",
        "crate::a::c::e",
        "super::x::y",
        "crate::z::w",
    ] {
        assert!(p.iter().any(|x| x == want), "{want} in {p:?}");
    }
    let m = |s: &str| s.split("::").map(String::from).collect::<Module>();
    let modules: BTreeSet<Module> = [m("a"), m("a::c"), m("x")].into();
    assert_eq!(
        resolve("crate::a::c::d", &m("x"), &modules),
        Some(m("a::c"))
    );
    assert_eq!(resolve("super::x::y", &m("a::c"), &modules), Some(m("a")));
    assert_eq!(
        resolve("super::super::x::y", &m("a::c"), &modules),
        Some(m("x"))
    );
    let g: BTreeMap<Module, BTreeSet<Module>> = [
        (m("a"), [m("x")].into()),
        (m("x"), [m("a")].into()),
        (m("y"), [m("a")].into()),
    ]
    .into();
    assert_eq!(circles(&g), vec![vec!["a".to_string(), "x".to_string()]]);
    assert_eq!(
        without_tests("fn a() {}\n#[cfg(test)]\nmod tests { use crate::b; }"),
        "fn a() {}\n"
    );
}
