//! The Inter font family, compiled into the binary.
//!
//! Owned here so that the PDF renderer (which registers these bytes with Typst) and
//! the charts (which register the same bytes with plotters) draw with one typeface.
//! Inter is licensed under the SIL Open Font License (see
//! `report-templates/fonts/LICENSE-Inter.txt`).

/// Inter Regular (weight 400, upright).
pub static INTER_REGULAR: &[u8] = include_bytes!("../../report-templates/fonts/Inter-Regular.otf");
/// Inter Italic (weight 400, italic).
pub static INTER_ITALIC: &[u8] = include_bytes!("../../report-templates/fonts/Inter-Italic.otf");
/// Inter SemiBold (weight 600, upright).
pub static INTER_SEMIBOLD: &[u8] =
    include_bytes!("../../report-templates/fonts/Inter-SemiBold.otf");
/// Inter Bold (weight 700, upright).
pub static INTER_BOLD: &[u8] = include_bytes!("../../report-templates/fonts/Inter-Bold.otf");

/// The family name under which these faces are registered (Typst's `font: "Inter"`).
pub const INTER_FAMILY: &str = "Inter";

/// All four Inter faces: regular, italic, semibold, bold.
pub fn inter_fonts() -> [&'static [u8]; 4] {
    [INTER_REGULAR, INTER_ITALIC, INTER_SEMIBOLD, INTER_BOLD]
}

/// Whether the report's fonts (Typst's embedded faces and Inter) can print `ch`.
pub fn printable(ch: char) -> bool {
    super::world::printable(ch)
}
