//! Words and date formats shared by the summary page and chart.

use chrono::{Datelike, NaiveDate};

pub use crate::insights::copy::mood_word;

/// A date that reads the same everywhere: `10 Mar 2024`.
pub fn day(d: NaiveDate) -> String {
    format!(
        "{} {} {}",
        d.day(),
        crate::time::MONTHS[d.month0() as usize],
        d.year()
    )
}
