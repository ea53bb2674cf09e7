//! WHO-Five Well-Being Index, 1998 version.
//!
//! Five positively worded statements about the last two weeks, each answered 0–5.
//! The raw score (0–25) times 4 gives a percentage (0–100). Higher is better.
//!
//! Cut points follow Topp et al. (2015): a percentage of 50 or below suggests looking
//! more closely ("low"); 28 or below is "very low". Because percentages come in steps
//! of 4, the nearest reachable values around the cut points are 28 | 32 and 48 | 52.

use super::scoring::Band;
use super::{notices, AnswerOption, Definition, Instrument, Item};

/// The heading the form prints above the statements.
pub const STEM: &str = "Over the last two weeks";

/// The form's instructions.
pub const INSTRUCTIONS: &str = "Please indicate for each of the five statements which is \
closest to how you have been feeling over the last two weeks. Notice that higher numbers \
mean better well-being.";

/// The five statements, in published order.
pub static ITEMS: [Item; 5] = [
    Item {
        number: 1,
        text: "I have felt cheerful and in good spirits",
    },
    Item {
        number: 2,
        text: "I have felt calm and relaxed",
    },
    Item {
        number: 3,
        text: "I have felt active and vigorous",
    },
    Item {
        number: 4,
        text: "I woke up feeling fresh and rested",
    },
    Item {
        number: 5,
        text: "My daily life has been filled with things that interest me",
    },
];

/// The six answers, in the order the form prints them (highest first).
pub static OPTIONS: [AnswerOption; 6] = [
    AnswerOption {
        value: 5,
        label: "All of the time",
    },
    AnswerOption {
        value: 4,
        label: "Most of the time",
    },
    AnswerOption {
        value: 3,
        label: "More than half of the time",
    },
    AnswerOption {
        value: 2,
        label: "Less than half of the time",
    },
    AnswerOption {
        value: 1,
        label: "Some of the time",
    },
    AnswerOption {
        value: 0,
        label: "At no time",
    },
];

/// The WHO-5 definition.
pub static WHO5: Definition = Definition {
    instrument: Instrument::Who5,
    id: "who5",
    title: "WHO-Five Well-Being Index (WHO-5)",
    short_title: "WHO-5",
    stem: STEM,
    instructions: Some(INSTRUCTIONS),
    items: &ITEMS,
    options: &OPTIONS,
    follow_up: None,
    min_score: 0,
    max_score: 25,
    notice: notices::WHO5,
    citation: notices::WHO5_CITATION,
};

/// Percentage score: raw (0–25) × 4.
pub fn percent(raw: u8) -> u8 {
    raw.saturating_mul(4)
}

/// Band for a percentage score: above 50 adequate, 50 or below low, 28 or below very low.
pub fn band_for_percent(percent: u8) -> Band {
    match percent {
        0..=28 => Band::VeryLow,
        29..=50 => Band::Low,
        _ => Band::Adequate,
    }
}
