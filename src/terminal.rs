//! How messages look on a terminal: `error:`, `warning:`, `note:` and `hint:` in colour,
//! and each problem's `file:line:column` a hyperlink (OSC 8) that opens the file, at the
//! line where the terminal or editor can, when standard error is a terminal that shows
//! them. Plain text when piped, in CI (`CI` set), with `NO_COLOR` set or `TERM=dumb`;
//! `CLICOLOR_FORCE` forces colour. The words are the same either way: only escape codes
//! are added.
//!
//! Links: `SVCREVIEW_HYPERLINK` chooses the target, as ripgrep's `--hyperlink-format`
//! does: `none`, `file` (`file://HOST/PATH`), `vscode` (`vscode://file/PATH:LINE:COL`),
//! `kitty` (`file://HOST/PATH#LINE`), or a pattern with `{host}`, `{path}`, `{line}` and
//! `{column}`. Without it: `vscode` in VS Code's terminal, `kitty` in kitty, else `file`.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::{Error, Problem};

/// What a message of this kind is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// Stops the run.
    Error,
    /// May make a figure wrong.
    Warning,
    /// Was detected and used.
    Note,
}

impl Label {
    fn word(self) -> &'static str {
        match self {
            Label::Error => "error",
            Label::Warning => "warning",
            Label::Note => "note",
        }
    }
    /// SGR: bold red, bold yellow, bold cyan.
    fn sgr(self) -> &'static str {
        match self {
            Label::Error => "1;31",
            Label::Warning => "1;33",
            Label::Note => "1;36",
        }
    }
}

/// Whether and how messages are decorated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Style {
    /// ANSI colours.
    pub colour: bool,
    /// The hyperlink pattern, when locations are links.
    pub links: Option<String>,
}

impl Style {
    /// Plain text.
    pub fn plain() -> Style {
        Style::default()
    }

    /// The style for this process's standard error.
    pub fn stderr() -> Style {
        use std::io::IsTerminal;
        Style::decide(
            &|k| std::env::var(k).ok(),
            std::io::stderr().is_terminal(),
            &hostname(),
        )
    }

    /// The style for a stream that is (or is not) a terminal, given the environment.
    pub fn decide(var: &dyn Fn(&str) -> Option<String>, is_terminal: bool, host: &str) -> Style {
        let set = |k: &str| var(k).is_some_and(|v| !v.is_empty());
        let forced = var("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0");
        let colour = !set("NO_COLOR")
            && (forced
                || (is_terminal
                    && var("CLICOLOR").as_deref() != Some("0")
                    && var("TERM").as_deref() != Some("dumb")
                    && !set("CI")));
        let chosen = var("SVCREVIEW_HYPERLINK").filter(|v| !v.is_empty());
        let pattern = match chosen.as_deref() {
            Some("none") => None,
            Some("file") | Some("default") => Some(FILE.to_string()),
            Some("vscode") => Some(VSCODE.to_string()),
            Some("kitty") => Some(KITTY.to_string()),
            Some(custom) => Some(custom.to_string()),
            None if !colour || !is_terminal || !links_shown(var) => None,
            None if var("TERM_PROGRAM").as_deref() == Some("vscode") => Some(VSCODE.to_string()),
            None if var("TERM").is_some_and(|t| t.contains("kitty")) => Some(KITTY.to_string()),
            None => Some(FILE.to_string()),
        };
        Style {
            colour,
            // An explicit choice still needs a terminal: links in a log are noise.
            links: pattern
                .filter(|_| colour && is_terminal)
                .map(|p| p.replace("{host}", host)),
        }
    }

    /// `error:` (or another label) in its colour.
    pub fn label(&self, label: Label) -> String {
        self.paint(label.sgr(), &format!("{}:", label.word()))
    }

    fn paint(&self, sgr: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A problem as `error: FILE:LINE:COL: `field`: message` with its hint below.
    pub fn problem(&self, label: Label, p: &Problem) -> String {
        let mut place = p.file.display().to_string();
        if let Some(line) = p.line {
            let _ = write!(place, ":{line}");
            if let Some(col) = p.column {
                let _ = write!(place, ":{col}");
            }
        }
        let place = self.paint("1", &place);
        let place = match &self.links {
            Some(pattern) => link(pattern, &p.file, p.line, p.column, &place),
            None => place,
        };
        let mut s = format!("{} {place}: ", self.label(label));
        if let Some(field) = &p.field {
            let _ = write!(s, "`{field}`: ");
        }
        s.push_str(&p.message);
        if let Some(hint) = &p.hint {
            let _ = write!(s, "\n  {} {hint}", self.paint("1;32", "hint:"));
        }
        s
    }

    /// A run's error as it is printed: every problem of an invalid input, or the one
    /// message of another error.
    pub fn error(&self, e: &Error) -> String {
        match e {
            Error::Invalid(problems) => {
                let mut s = String::new();
                for p in &problems.0 {
                    s.push_str(&self.problem(Label::Error, p));
                    s.push('\n');
                }
                let n = problems.0.len();
                let _ = write!(s, "{n} problem{} found", if n == 1 { "" } else { "s" });
                s
            }
            other => format!("{} {other}", self.label(Label::Error)),
        }
    }
}

const FILE: &str = "file://{host}{path}";
const VSCODE: &str = "vscode://file{path}:{line}:{column}";
const KITTY: &str = "file://{host}{path}#{line}";

/// Whether the terminal is known to show OSC 8 links (others may print them as text).
fn links_shown(var: &dyn Fn(&str) -> Option<String>) -> bool {
    if let Some(v) = var("FORCE_HYPERLINK") {
        return v != "0";
    }
    let program = var("TERM_PROGRAM").unwrap_or_default();
    let term = var("TERM").unwrap_or_default();
    matches!(
        program.as_str(),
        "vscode" | "iTerm.app" | "WezTerm" | "ghostty" | "Hyper" | "rio"
    ) || ["kitty", "alacritty", "foot", "wezterm", "ghostty"]
        .iter()
        .any(|t| term.contains(t))
        || var("WT_SESSION").is_some()
        || var("KONSOLE_VERSION").is_some()
        || var("DOMTERM").is_some()
        || var("VTE_VERSION")
            .and_then(|v| v.parse::<u32>().ok())
            .is_some_and(|v| v >= 5000)
}

/// `text` as an OSC 8 hyperlink to the file (absolute, percent-encoded where a URL
/// needs it) at a line and column.
fn link(
    pattern: &str,
    file: &Path,
    line: Option<usize>,
    column: Option<usize>,
    text: &str,
) -> String {
    let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    let mut path = String::new();
    for b in abs.to_string_lossy().bytes() {
        if b == b'\\' {
            // A Windows path's separators (C:\\x → /C:/x).
            path.push('/');
        } else if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            path.push(b as char);
        } else {
            let _ = write!(path, "%{b:02X}");
        }
    }
    if !path.starts_with('/') {
        // A Windows path (C:/...): URLs put a slash before the drive.
        path.insert(0, '/');
    }
    let url = pattern
        .replace("{path}", &path)
        .replace("{line}", &line.unwrap_or(1).to_string())
        .replace("{column}", &column.unwrap_or(1).to_string());
    format!("\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\")
}

/// This machine's name, for `file://` links (terminals open a link of another host's
/// file as remote); empty when unknown.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn style(vars: &[(&str, &str)], tty: bool) -> Style {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Style::decide(&|k| map.get(k).cloned(), tty, "box")
    }

    fn problem() -> Problem {
        Problem {
            line: Some(10),
            column: Some(5),
            field: Some("kpis[0].tagret".into()),
            ..Problem::file(Path::new("/ws/client.yaml"), "unknown field `tagret`")
                .with_hint("did you mean `target`?")
        }
    }

    #[test]
    fn plain_when_piped_in_ci_with_no_color_or_a_dumb_terminal() {
        let term = ("TERM", "xterm-256color");
        assert_eq!(style(&[term], false), Style::plain());
        assert_eq!(style(&[term, ("CI", "true")], true), Style::plain());
        assert_eq!(style(&[term, ("NO_COLOR", "1")], true), Style::plain());
        assert_eq!(style(&[("TERM", "dumb")], true), Style::plain());
        assert_eq!(style(&[term, ("CLICOLOR", "0")], true), Style::plain());
        // NO_COLOR wins over CLICOLOR_FORCE; an empty NO_COLOR is unset.
        assert_eq!(
            style(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], true),
            Style::plain()
        );
        assert!(style(&[term, ("NO_COLOR", "")], true).colour);
        // Forced colour when piped, but no links in what is not a terminal.
        let forced = style(&[("CLICOLOR_FORCE", "1")], false);
        assert!(forced.colour && forced.links.is_none());
    }

    #[test]
    fn links_where_the_terminal_shows_them() {
        let plain_xterm = style(&[("TERM", "xterm-256color")], true);
        assert!(plain_xterm.colour);
        assert_eq!(plain_xterm.links, None);
        let vscode = style(
            &[("TERM", "xterm-256color"), ("TERM_PROGRAM", "vscode")],
            true,
        );
        assert_eq!(vscode.links.as_deref(), Some(VSCODE));
        let kitty = style(&[("TERM", "xterm-kitty")], true);
        assert_eq!(kitty.links.as_deref(), Some("file://box{path}#{line}"));
        let gnome = style(&[("TERM", "xterm-256color"), ("VTE_VERSION", "7600")], true);
        assert_eq!(gnome.links.as_deref(), Some("file://box{path}"));
        let chosen = style(
            &[("TERM", "xterm"), ("SVCREVIEW_HYPERLINK", "vscode")],
            true,
        );
        assert_eq!(chosen.links.as_deref(), Some(VSCODE));
        let off = style(
            &[("TERM_PROGRAM", "vscode"), ("SVCREVIEW_HYPERLINK", "none")],
            true,
        );
        assert!(off.colour && off.links.is_none());
    }

    #[test]
    fn the_words_are_the_same_with_and_without_decoration() {
        let p = problem();
        let plain = Style::plain().problem(Label::Error, &p);
        assert_eq!(
            plain,
            "error: /ws/client.yaml:10:5: `kpis[0].tagret`: unknown field `tagret`\n  hint: did you mean `target`?"
        );
        assert_eq!(plain, format!("error: {p}"));
        let rich = style(&[("TERM_PROGRAM", "vscode")], true).problem(Label::Error, &p);
        assert!(
            rich.contains("\x1b]8;;vscode://file/ws/client.yaml:10:5\x1b\\"),
            "{rich:?}"
        );
        let stripped = regex_lite_strip(&rich);
        assert_eq!(stripped, plain);
    }

    /// The text without its escape sequences (SGR and OSC 8).
    fn regex_lite_strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\x1b' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() {
                            break;
                        }
                    }
                }
                Some(']') => {
                    while let Some(c) = chars.next() {
                        if c == '\x1b' && chars.peek() == Some(&'\\') {
                            chars.next();
                            break;
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn link_paths_are_absolute_and_encoded() {
        let l = link(FILE, Path::new("/a b/ü.yaml"), Some(3), None, "t");
        assert_eq!(
            l,
            "\x1b]8;;file://{host}/a%20b/%C3%BC.yaml\x1b\\t\x1b]8;;\x1b\\"
        );
    }
}
