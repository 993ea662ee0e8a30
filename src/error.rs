//! Errors: located input problems (file, line, column, field, fix) and the run's error type.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in an input file, with everything a user needs to fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file, as the user named it (relative to the workspace where possible).
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column.
    pub column: Option<usize>,
    /// The field's path inside the document, e.g. `kpis[2].target`.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it, where that is obvious.
    pub hint: Option<String>,
}

impl Problem {
    /// A problem with the file as a whole (missing, unreadable, empty).
    pub fn file(file: &Path, message: impl Into<String>) -> Self {
        Self {
            file: file.to_path_buf(),
            line: None,
            column: None,
            field: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Locates the problem on the first line of its file that holds `text` (a path
    /// or value named in a field found wanting after parsing), when there is one.
    pub fn at_text(mut self, text: &str) -> Self {
        if self.line.is_none()
            && let Ok(body) = std::fs::read_to_string(&self.file)
            && let Some(i) = body.lines().position(|l| l.contains(text))
        {
            self.line = Some(i + 1);
        }
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": ")?;
        if let Some(field) = &self.field {
            write!(f, "`{field}`: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every problem found in a set of inputs; never empty when returned as an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Adds one problem.
    pub fn push(&mut self, p: Problem) {
        self.0.push(p);
    }
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Ok when empty, else the problems as an error.
    pub fn into_result(self) -> Result<(), Problems> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {p}")?;
        }
        let n = self.0.len();
        write!(f, "\n{n} problem{} found", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for Problems {}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The inputs are invalid; each problem is located.
    #[error("{0}")]
    Invalid(Problems),
    /// A template failed to compile (an overridden template, usually).
    #[error("template error:\n{0}")]
    Template(String),
    /// The command line names something that is not there or not well-formed.
    #[error("{0}")]
    Usage(String),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl From<Problem> for Problems {
    fn from(p: Problem) -> Self {
        Problems(vec![p])
    }
}

impl From<Problems> for Error {
    fn from(p: Problems) -> Self {
        Error::Invalid(p)
    }
}

impl Error {
    /// The process exit code for this error (documented in the README).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_) => 1,
            Error::Usage(_) => 2,
            Error::Template(_) => 3,
            Error::Io { .. } => 4,
        }
    }

    /// Wraps an I/O error with its path.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
