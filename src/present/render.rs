//! PDF rendering: compiles a Typst report template into PDF bytes.
//!
//! This module owns
//! - [`Templates`]: the report templates, embedded in the binary and overridable
//!   file by file from a directory;
//! - [`pdf`]: one deterministic compilation (same inputs, same bytes: the date is
//!   passed in, never read from the clock) in a sandboxed Typst world (see
//!   `world`) that sees only the templates and the virtual files of the render;
//! - [`fonts`]: the Inter family shared with the charts;
//! - the formatting of Typst diagnostics as `file:line:column: message` plus hints.
//!
//! Data reaches a template only as files (`json("/data.json")`), never spliced into
//! Typst source, so text in the data is always displayed literally.

use std::collections::BTreeMap;
use std::fmt::{Debug, Write as _};

use chrono::NaiveDate;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst::syntax::{DiagSpan, DiagSpanKind, FileId, VirtualRoot};
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use super::world::Templates;
use super::world::{self, SandboxWorld};

/// The PDF document identifier seed: stable across renders, so output is
/// reproducible (Typst hashes it; the string itself does not appear in the PDF).
const PDF_IDENT: &str = "svcreview";

/// How many compilations comemo's caches may keep entries unused for.
const CACHE_MAX_AGE: usize = 10;

/// Why a render produced no PDF.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The template did not compile (or was given unusable inputs). The text lists
    /// each error as `file:line:column: message`, followed by indented hints and
    /// call-site trace lines.
    #[error("the report template failed to compile:\n{0}")]
    Compile(String),
    /// The document compiled but could not be exported as PDF.
    #[error("PDF export failed:\n{0}")]
    Pdf(String),
}

/// Compiles `main` (e.g. "monthly.typ") to PDF. `files` are virtual files served at
/// the given absolute virtual paths (e.g. "/data.json", "/charts/fcr.svg",
/// "/logo.png"); they take precedence over templates of the same path. `date` is
/// what Typst's `datetime.today()` returns and the PDF creation timestamp (midnight
/// UTC). `extra_fonts` are font files (or collections) added to the embedded ones.
/// Returns the PDF bytes and the page count.
pub fn pdf(
    templates: &Templates,
    main: &str,
    files: BTreeMap<String, Vec<u8>>,
    date: NaiveDate,
    extra_fonts: &[Vec<u8>],
) -> Result<(Vec<u8>, usize), RenderError> {
    pdf_as(templates, main, files, date, extra_fonts, false)
}

/// As [`pdf`]; with `archival`, the PDF conforms to PDF/A-2b (typst enforces it and
/// fails the export where the document cannot).
pub fn pdf_as(
    templates: &Templates,
    main: &str,
    files: BTreeMap<String, Vec<u8>>,
    date: NaiveDate,
    extra_fonts: &[Vec<u8>],
    archival: bool,
) -> Result<(Vec<u8>, usize), RenderError> {
    let r = render_as(templates, main, files, date, extra_fonts, archival, None)?;
    Ok((r.pdf, r.pages))
}

/// A compiled document: its PDF, its page count and, when asked, its pages as PNG.
pub struct Rendered {
    /// The PDF bytes.
    pub pdf: Vec<u8>,
    /// Pages.
    pub pages: usize,
    /// Each page as a PNG, when `png_scale` was given.
    pub pngs: Vec<Vec<u8>>,
}

/// As [`pdf_as`], and with `png_scale` (pixels per point) each page rendered as a PNG
/// from the same compiled document (typst-render).
pub fn render_as(
    templates: &Templates,
    main: &str,
    files: BTreeMap<String, Vec<u8>>,
    date: NaiveDate,
    extra_fonts: &[Vec<u8>],
    archival: bool,
    png_scale: Option<f32>,
) -> Result<Rendered, RenderError> {
    let timestamp = world::to_midnight(date).map_err(RenderError::Compile)?;
    let world = SandboxWorld::new(templates, main, files, date, extra_fonts)
        .map_err(RenderError::Compile)?;
    let result = export(&world, Timestamp::new_utc(timestamp), archival, png_scale);
    drop(world);
    comemo::evict(CACHE_MAX_AGE);
    result
}

/// The pages of a document as PNG images at `scale` pixels per point.
fn pngs(document: &PagedDocument, scale: f32) -> Result<Vec<Vec<u8>>, RenderError> {
    let opts = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(scale)),
        ..Default::default()
    };
    document
        .pages()
        .iter()
        .map(|page| {
            typst_render::render(page, &opts)
                .encode_png()
                .map_err(|e| RenderError::Pdf(format!("PNG export failed: {e}")))
        })
        .collect()
}

/// Compiles and exports; diagnostics are formatted while the world is alive.
fn export(
    world: &SandboxWorld,
    timestamp: Timestamp,
    archival: bool,
    png_scale: Option<f32>,
) -> Result<Rendered, RenderError> {
    let document = typst::compile::<PagedDocument>(world)
        .output
        .map_err(|diags| RenderError::Compile(format_diagnostics(world, &diags)))?;
    let standards = if archival {
        PdfStandards::new(&[PdfStandard::A_2b])
            .map_err(|e| RenderError::Pdf(e.message().to_string()))?
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions {
        ident: Smart::Custom(PDF_IDENT.to_owned()),
        timestamp: Some(timestamp),
        standards,
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options)
        .map_err(|diags| RenderError::Pdf(format_diagnostics(world, &diags)))?;
    Ok(Rendered {
        pdf: bytes,
        pages: document.pages().len(),
        pngs: match png_scale {
            Some(scale) => pngs(&document, scale)?,
            None => Vec::new(),
        },
    })
}

/// One line per error (`file:line:column: message`), then its hints and trace,
/// indented. Warnings are left out.
fn format_diagnostics(world: &dyn World, diagnostics: &[SourceDiagnostic]) -> String {
    let mut out = String::new();
    for diag in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        match locate(world, diag.span) {
            Some(at) => _ = writeln!(out, "{at}: {}", diag.message),
            None => _ = writeln!(out, "{}", diag.message),
        }
        for hint in diag.hints.iter().filter(|hint| !is_cli_hint(&hint.v)) {
            match locate(world, hint.span) {
                Some(at) => _ = writeln!(out, "  hint: {} ({at})", hint.v),
                None => _ = writeln!(out, "  hint: {}", hint.v),
            }
        }
        for point in &diag.trace {
            if let Some(at) = locate(world, point.span.into()) {
                _ = writeln!(out, "  {} at {at}", point.v);
            }
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Hints that only make sense for the `typst` command line (there is no `--root`
/// or `--input` here).
fn is_cli_hint(hint: &str) -> bool {
    hint.contains("`--")
}

/// `file:line:column` (1-based; the column counts characters) of the start of
/// `span`, or just the file when the position is unknown; `None` when detached.
fn locate(world: &dyn World, span: DiagSpan) -> Option<String> {
    let id = span.id()?;
    let name = file_name(id);
    let position = || {
        let range = world.range(span)?;
        let lines = match span.get() {
            DiagSpanKind::Range { .. } => world.file(id).ok()?.lines().ok()?,
            _ => world.source(id).ok()?.lines().clone(),
        };
        lines.byte_to_line_column(range.start)
    };
    Some(match position() {
        Some((line, column)) => format!("{name}:{}:{}", line + 1, column + 1),
        None => name,
    })
}

/// The path a template author knows a file by: relative to the template root
/// (`monthly.typ`, `data.json`).
fn file_name(id: FileId) -> String {
    let path = id.vpath().get_without_slash();
    match id.root() {
        VirtualRoot::Project => path.to_owned(),
        VirtualRoot::Package(spec) => format!("{spec}/{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates(main: &'static str) -> Templates {
        let files: &'static [(&'static str, &'static [u8])] =
            Box::leak(Box::new([("main.typ", main.as_bytes())]));
        Templates::embedded(files)
    }

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 3, 5).unwrap()
    }

    fn render(
        templates: &Templates,
        files: &[(&str, &[u8])],
    ) -> Result<(Vec<u8>, usize), RenderError> {
        let files = files
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.to_vec()))
            .collect();
        pdf(templates, "main.typ", files, date(), &[])
    }

    fn text_of(pdf: &[u8]) -> String {
        pdf_extract::extract_text_from_mem(pdf).unwrap()
    }

    fn compile_error(result: Result<(Vec<u8>, usize), RenderError>) -> String {
        match result {
            Err(RenderError::Compile(message)) => message,
            other => panic!("expected a compile error, got {other:?}"),
        }
    }

    #[test]
    fn same_input_gives_identical_bytes() {
        let t = templates(
            "#set text(font: \"Inter\")\n= Review\nToday is #datetime.today().display().\n\
             #pagebreak()\nSecond page.",
        );
        let (first, pages) = render(&t, &[]).unwrap();
        // Drop every memoised result so the second render recomputes from scratch.
        comemo::evict(0);
        let (second, _) = render(&t, &[]).unwrap();
        assert_eq!(pages, 2);
        assert!(first.starts_with(b"%PDF-"));
        assert!(first == second, "two renders of the same input differ");
        let uses_inter = first.windows(6).any(|w| w == b"+Inter");
        assert!(uses_inter, "the embedded Inter font is not used");
        assert!(text_of(&first).contains("Today is 2024-03-05."));
    }

    #[test]
    fn data_is_displayed_literally() {
        let t = templates("#let data = json(\"/data.json\")\n#data.name");
        let data = br##"{"name": "#panic(\"boom\")] $x$ \\"}"##;
        let (bytes, pages) = render(&t, &[("/data.json", data)]).unwrap();
        assert_eq!(pages, 1);
        let text = text_of(&bytes);
        assert!(text.contains(r##"#panic("boom")] $x$ \"##), "{text}");
    }

    #[test]
    fn virtual_files_and_templates_are_served() {
        let files: &'static [(&'static str, &'static [u8])] = &[
            (
                "main.typ",
                b"#import \"components.typ\": hello\n#hello(read(\"/notes/a.txt\"))",
            ),
            ("components.typ", b"#let hello(x) = [Hello #x]"),
        ];
        let (bytes, _) = render(&Templates::embedded(files), &[("notes/a.txt", b"world")]).unwrap();
        assert!(text_of(&bytes).contains("Hello world"));
    }

    #[test]
    fn packages_are_refused() {
        let t = templates("#import \"@preview/x:0.1.0\": *\nHi");
        let message = compile_error(render(&t, &[]));
        assert!(message.contains("packages are not available"), "{message}");
        assert!(message.starts_with("main.typ:1:9: "), "{message}");
    }

    #[test]
    fn files_outside_the_served_set_are_not_found() {
        let t = templates("#read(\"/etc/passwd\")");
        let message = compile_error(render(&t, &[]));
        assert!(message.contains("file not found"), "{message}");
        let t = templates("#read(\"../../../../etc/passwd\")");
        let message = compile_error(render(&t, &[]));
        assert!(
            message.contains("would escape the project root"),
            "{message}"
        );
        assert!(!message.contains("--root"), "{message}");
    }

    #[test]
    fn diagnostics_name_file_line_column_and_hints() {
        let t = templates("Fine\n\n  #let x = 1\n  #undefined_thing");
        let message = compile_error(render(&t, &[]));
        assert!(
            message.starts_with("main.typ:4:4: unknown variable: undefined_thing"),
            "{message}"
        );

        let t = templates("#let d = json(\"/data.json\")");
        let message = compile_error(render(&t, &[("/data.json", b"{\n  \"a\": }")]));
        assert!(message.starts_with("data.json:2:"), "{message}");
    }

    #[test]
    fn missing_main_template_is_an_error() {
        let message = compile_error(pdf(
            &templates(""),
            "nope.typ",
            BTreeMap::new(),
            date(),
            &[],
        ));
        assert!(message.contains("file not found"), "{message}");
    }

    #[test]
    fn directory_overrides_embedded_and_stays_inside() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("main.typ"),
            "#import \"extra.typ\": v\nOverridden #v",
        )
        .unwrap();
        std::fs::write(dir.path().join("extra.typ"), "#let v = 42").unwrap();
        let t = templates("Embedded").with_dir(dir.path().to_path_buf());
        let (bytes, _) = render(&t, &[]).unwrap();
        assert!(text_of(&bytes).contains("Overridden 42"));

        #[cfg(unix)]
        {
            let outside = tempfile::tempdir().unwrap();
            std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
            std::os::unix::fs::symlink(
                outside.path().join("secret.txt"),
                dir.path().join("link.txt"),
            )
            .unwrap();
            std::fs::write(dir.path().join("main.typ"), "#read(\"link.txt\")").unwrap();
            let message = compile_error(render(&t, &[]));
            assert!(message.contains("access denied"), "{message}");
        }
    }
}
