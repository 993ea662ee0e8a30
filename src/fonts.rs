//! The Inter font family, compiled into the binary.
//!
//! Owned here so that the PDF renderer (which registers these bytes with Typst) and
//! the charts (which register the same bytes with plotters) draw with one typeface.
//! Inter is licensed under the SIL Open Font License (see
//! `report-templates/fonts/LICENSE-Inter.txt`).

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::Font;

/// Inter Regular (weight 400, upright).
pub static INTER_REGULAR: &[u8] = include_bytes!("../report-templates/fonts/Inter-Regular.otf");
/// Inter Italic (weight 400, italic).
pub static INTER_ITALIC: &[u8] = include_bytes!("../report-templates/fonts/Inter-Italic.otf");
/// Inter SemiBold (weight 600, upright).
pub static INTER_SEMIBOLD: &[u8] = include_bytes!("../report-templates/fonts/Inter-SemiBold.otf");
/// Inter Bold (weight 700, upright).
pub static INTER_BOLD: &[u8] = include_bytes!("../report-templates/fonts/Inter-Bold.otf");

/// The family name under which these faces are registered (Typst's `font: "Inter"`).
pub const INTER_FAMILY: &str = "Inter";

/// All four Inter faces: regular, italic, semibold, bold.
pub fn inter_fonts() -> [&'static [u8]; 4] {
    [INTER_REGULAR, INTER_ITALIC, INTER_SEMIBOLD, INTER_BOLD]
}

/// Typst's embedded fonts followed by the Inter family, loaded once per process.
static BASE: LazyLock<Vec<Font>> = LazyLock::new(|| {
    let mut list: Vec<Font> = typst_kit::fonts::embedded().map(|(font, _)| font).collect();
    for data in inter_fonts() {
        list.extend(Font::iter(Bytes::new(data)));
    }
    list
});

/// The fonts every document can use: Typst's embedded faces, then Inter.
pub fn base() -> &'static [Font] {
    &BASE
}

/// Whether some embedded face has a glyph for `ch`: what Typst's fallback can print. A
/// PDF/A document refuses anything else, and other documents would show a missing-glyph
/// box, so inputs are checked against this when they are read.
pub fn printable(ch: char) -> bool {
    ch.is_ascii() || BASE.iter().any(|f| f.info().coverage.contains(ch as u32))
}
