//! Words and date formats shared by the summary page and chart.

use chrono::NaiveDate;

pub use crate::insights::copy::mood_word;

/// A date that reads the same everywhere: `10 Mar 2024`.
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}
