//! Text a reader sees: number and date formatting, locale tables, narrative sentences.

pub mod format;
pub mod locale;

pub use locale::Locale;
