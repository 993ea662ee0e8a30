//! The sandboxed Typst [`World`] that report templates compile in.
//!
//! It owns what a template can see: the standard library (built once per process,
//! no `sys.inputs`), the fonts (Typst's embedded fonts plus Inter, built once per
//! process, plus any extra fonts of one render), a fixed "today", and exactly two
//! kinds of files: the virtual files handed to one render (`/data.json`, charts,
//! logos) and the template files ([`Templates`]). There is no network, no package
//! resolution and no access to the file system beyond the template directory.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::files::{FileLoader, FileStore};

use crate::fonts;
use std::fmt::{self, Debug, Formatter};
use std::path::PathBuf;

/// The standard library, identical for every render.
static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// Templates: embedded defaults, overridable file by file from a directory.
///
/// A template is addressed by its path relative to the template root
/// (`monthly.typ`, `components.typ`, `img/logo.svg`); inside Typst it is at the same
/// path from the root (`/components.typ`).
#[derive(Clone)]
pub struct Templates {
    embedded: &'static [(&'static str, &'static [u8])],
    dir: Option<PathBuf>,
}

impl Templates {
    /// Only the given embedded files (`(name, contents)`, name like `monthly.typ`).
    pub fn embedded(defaults: &'static [(&'static str, &'static [u8])]) -> Self {
        Self {
            embedded: defaults,
            dir: None,
        }
    }

    /// Serves files from `dir` too: a file present in `dir` overrides the embedded
    /// one of the same relative path, and other files in `dir` (images, extra
    /// modules) are served as well. Nothing outside `dir` is readable, neither by
    /// `..` nor by a symbolic link pointing out of it. A missing `dir` overrides
    /// nothing; checking that it exists is the caller's business.
    pub fn with_dir(self, dir: PathBuf) -> Self {
        Self {
            dir: Some(dir),
            ..self
        }
    }

    /// The override directory, if any.
    pub fn dir(&self) -> Option<&std::path::Path> {
        self.dir.as_deref()
    }

    /// Names of the embedded templates, in the order given.
    pub fn embedded_names(&self) -> impl Iterator<Item = &'static str> {
        self.embedded.iter().map(|(name, _)| *name)
    }
}

impl Debug for Templates {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.debug_struct("Templates")
            .field("embedded", &self.embedded_names().collect::<Vec<_>>())
            .field("dir", &self.dir)
            .finish()
    }
}

/// The base fonts (Typst's embedded faces and Inter) with their book, once per process.
static BASE_FONTS: LazyLock<FontSet> = LazyLock::new(|| FontSet::new(fonts::base().to_vec()));

/// A list of loaded fonts and the book (metadata) describing them, index for index.
pub(super) struct FontSet {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl FontSet {
    fn new(fonts: Vec<Font>) -> Self {
        Self {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    }

    /// The base fonts plus every face found in `extra` (collections are expanded;
    /// data that is not a font is skipped).
    fn extended(extra: &[Vec<u8>]) -> Self {
        let mut list = BASE_FONTS.fonts.clone();
        for data in extra {
            list.extend(Font::iter(Bytes::new(data.clone())));
        }
        Self::new(list)
    }
}

/// The fonts of one world: usually the shared base set, rebuilt only when a render
/// brings its own fonts.
enum Fonts {
    Base(&'static FontSet),
    Extended(FontSet),
}

impl Fonts {
    fn get(&self) -> &FontSet {
        match self {
            Self::Base(set) => set,
            Self::Extended(set) => set,
        }
    }
}

/// Serves file bytes to the [`FileStore`]: the render's virtual files first, then
/// the templates. Package roots are refused.
struct Loader<'a> {
    /// Keyed by normalised absolute virtual path (`/charts/fcr.svg`).
    files: BTreeMap<String, Bytes>,
    templates: &'a Templates,
}

impl FileLoader for Loader<'_> {
    fn load(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Package(PackageError::Other(Some(
                format!("{spec}: packages are not available to report templates").into(),
            ))));
        }
        let vpath = id.vpath();
        if let Some(bytes) = self.files.get(vpath.get_with_slash()) {
            return Ok(bytes.clone());
        }
        load_template(self.templates, vpath)
    }
}

/// A template file: from the override directory if present there, else embedded.
fn load_template(templates: &Templates, vpath: &VirtualPath) -> FileResult<Bytes> {
    let name = vpath.get_without_slash();
    if let Some(dir) = &templates.dir
        && let Some(bytes) = read_within(dir, vpath)?
    {
        return Ok(bytes);
    }
    templates
        .embedded
        .iter()
        .find(|(embedded, _)| embedded.trim_start_matches('/') == name)
        .map(|(_, data)| Bytes::new(*data))
        .ok_or_else(|| FileError::NotFound(vpath.get_with_slash().into()))
}

/// Reads `vpath` below `dir`. `Ok(None)` when there is no such file (so the embedded
/// default applies); `AccessDenied` for anything that would leave `dir`, whether by
/// `..` or through a symbolic link.
fn read_within(dir: &Path, vpath: &VirtualPath) -> FileResult<Option<Bytes>> {
    let name = vpath.get_without_slash();
    if name.is_empty() {
        return Ok(None);
    }
    // Virtual paths are normalised, so this cannot happen; checked regardless since
    // it is the one property this function exists to guarantee.
    if name
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return Err(FileError::AccessDenied);
    }
    let path = vpath.realize(dir)?;
    let real = match path.canonicalize() {
        Ok(real) => real,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(FileError::from_io(err, Path::new(vpath.get_with_slash()))),
    };
    let root = dir
        .canonicalize()
        .map_err(|err| FileError::from_io(err, Path::new(vpath.get_with_slash())))?;
    if !real.starts_with(&root) {
        return Err(FileError::AccessDenied);
    }
    if real.is_dir() {
        return Err(FileError::IsDirectory);
    }
    fs::read(&real)
        .map(|data| Some(Bytes::new(data)))
        .map_err(|err| FileError::from_io(err, Path::new(vpath.get_with_slash())))
}

/// Turns a user-supplied path (`/data.json`, `charts/fcr.svg`) into a file id in the
/// project root.
pub(super) fn project_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|err| format!("{path}: invalid path ({err})"))?;
    if vpath.is_root() {
        return Err(format!("{path:?}: invalid path (names a directory)"));
    }
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// The world one render compiles in. Source and file results are cached for the
/// world's lifetime by the [`FileStore`].
pub(super) struct SandboxWorld<'a> {
    main: FileId,
    store: FileStore<Loader<'a>>,
    fonts: Fonts,
    today: Datetime,
}

impl<'a> SandboxWorld<'a> {
    /// `main` names a template (`monthly.typ`); `files` are keyed by absolute virtual
    /// path. Errors name a path that is not a valid virtual path or a date Typst
    /// cannot represent.
    pub(super) fn new(
        templates: &'a Templates,
        main: &str,
        files: BTreeMap<String, Vec<u8>>,
        date: NaiveDate,
        extra_fonts: &[Vec<u8>],
    ) -> Result<Self, String> {
        let main = project_id(main)?;
        let mut served = BTreeMap::new();
        for (path, data) in files {
            let id = project_id(&path)?;
            served.insert(id.vpath().get_with_slash().to_owned(), Bytes::new(data));
        }
        let today = to_date(date)?;
        let fonts = if extra_fonts.is_empty() {
            Fonts::Base(&BASE_FONTS)
        } else {
            Fonts::Extended(FontSet::extended(extra_fonts))
        };
        Ok(Self {
            main,
            store: FileStore::new(Loader {
                files: served,
                templates,
            }),
            fonts,
            today,
        })
    }
}

/// `date` as a date-only Typst datetime (what `datetime.today()` returns).
fn to_date(date: NaiveDate) -> Result<Datetime, String> {
    let (month, day) = month_day(date)?;
    Datetime::from_ymd(date.year(), month, day).ok_or_else(|| unrepresentable(date))
}

/// Midnight UTC of `date` as a Typst datetime (the PDF creation timestamp).
pub(super) fn to_midnight(date: NaiveDate) -> Result<Datetime, String> {
    let (month, day) = month_day(date)?;
    Datetime::from_ymd_hms(date.year(), month, day, 0, 0, 0).ok_or_else(|| unrepresentable(date))
}

fn month_day(date: NaiveDate) -> Result<(u8, u8), String> {
    let month = u8::try_from(date.month()).map_err(|_| unrepresentable(date))?;
    let day = u8::try_from(date.day()).map_err(|_| unrepresentable(date))?;
    Ok((month, day))
}

fn unrepresentable(date: NaiveDate) -> String {
    format!("date {date} cannot be represented in Typst")
}

impl World for SandboxWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.get().book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.store.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.store.file(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get().fonts.get(index).cloned()
    }

    /// The report date, whatever offset is asked for: a review is dated by its
    /// period, never by the clock.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_fonts_include_inter_and_typst_defaults() {
        let book = &BASE_FONTS.book;
        assert!(book.contains_family("inter"));
        assert!(book.contains_family("libertinus serif"));
        let inter = book.select_family("inter").count();
        assert_eq!(inter, 4, "regular, italic, semibold, bold");
    }

    #[test]
    fn extra_fonts_extend_the_base_set() {
        let extended = FontSet::extended(&[fonts::INTER_BOLD.to_vec(), b"not a font".to_vec()]);
        assert_eq!(extended.fonts.len(), BASE_FONTS.fonts.len() + 1);
    }

    #[test]
    fn virtual_paths_are_normalised_and_validated() {
        assert_eq!(
            project_id("data.json").unwrap(),
            project_id("/data.json").unwrap()
        );
        assert!(project_id("/../data.json").is_err());
        assert!(project_id("/").is_err());
        assert!(project_id("a\\b").is_err());
    }
}
