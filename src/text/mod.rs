//! Text a reader sees: the locale's words and formats, and the rounding rule every shown
//! figure follows.

pub mod cldr;
pub mod format;
pub mod locale;
pub mod messages;

pub use locale::{Locale, LocaleError};
pub use messages::Arg;
