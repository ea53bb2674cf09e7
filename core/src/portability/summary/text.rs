//! Words and date formats shared by the summary page and chart.

use chrono::NaiveDate;

/// Mood words without judgement, as the app uses them.
pub fn mood_word(m: u8) -> &'static str {
    match m {
        1 => "very low",
        2 => "low",
        3 => "okay",
        4 => "good",
        _ => "very good",
    }
}

/// A date that reads the same everywhere: `10 Mar 2024`.
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}
