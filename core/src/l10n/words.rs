//! Small words the other messages are built around: mood levels, weekday and month
//! names, decimals. Each comes from the catalogue, so word order, a decimal comma or a
//! month's grammatical case is the translator's call, not the code's.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{plain, Arg};
use crate::tr;

/// The word for a mood level 1–5 ("okay"); anything else reads as the nearest level.
pub fn mood_word(mood: u8) -> String {
    tr!("mood-word", "mood" => mood.clamp(1, 5))
}

/// The short name of a weekday ("Mon", "Mo", "lun").
pub fn weekday_short(day: Weekday) -> String {
    tr!("weekday-short", "day" => day.number_from_monday())
}

/// The full name of a weekday ("Monday").
pub fn weekday_long(day: Weekday) -> String {
    tr!("weekday-long", "day" => day.number_from_monday())
}

/// The name of a month 1–12 as it stands alone ("December", "Dezember", "diciembre").
pub fn month_name(month: u32) -> String {
    tr!("month-name", "month" => month.clamp(1, 12))
}

/// A date with its weekday, in the language's order ("Sunday, 6 December 2026",
/// "Sonntag, 6. Dezember 2026").
pub fn date_long(date: NaiveDate) -> String {
    tr!("date-long",
        "weekday" => weekday_long(date.weekday()),
        "day" => date.day(),
        "month" => month_name(date.month()),
        "year" => date.year())
}

/// A decimal with `places` digits after the separator the language uses ("3.4", "3,4").
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match text.split_once('.') {
        Some((whole, fraction)) => plain(
            "number-decimal",
            &[
                ("whole", Arg::from(whole)),
                ("fraction", Arg::from(fraction)),
            ],
        ),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::super::with_languages;
    use super::*;

    #[test]
    fn english_words_and_numbers() {
        with_languages(&["en"], || {
            assert_eq!(mood_word(3), "okay");
            assert_eq!(mood_word(9), "very good");
            assert_eq!(weekday_short(Weekday::Mon), "Mon");
            assert_eq!(month_name(12), "December");
            assert_eq!(decimal(3.06, 1), "3.1");
            let d = NaiveDate::from_ymd_opt(2026, 12, 6).expect("date");
            assert_eq!(date_long(d), "Sunday, 6 December 2026");
        });
    }
}
