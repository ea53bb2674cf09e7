//! PHQ-9 and its first two items, the PHQ-2.
//!
//! Item texts are the published English form (Pfizer's PHQ-9 sheet, as reproduced by NHS
//! practices and eMentalHealth.ca), including the question mark and dashes in item 8 and
//! the wording of item 9 without a comma. LOINC's item names differ slightly in
//! punctuation; the form's wording is what a person reads, so that is what is shown.

use super::scoring::Band;
use super::{notices, AnswerOption, Definition, FollowUp, Instrument, Item, FREQUENCY_OPTIONS};

/// The stem printed above the items.
pub const STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

/// 1-based number of the item about thoughts of death or self-harm.
pub const SELF_HARM_ITEM: usize = 9;

/// The nine items, in published order.
pub static ITEMS: [Item; 9] = [
    Item {
        number: 1,
        text: "Little interest or pleasure in doing things",
    },
    Item {
        number: 2,
        text: "Feeling down, depressed, or hopeless",
    },
    Item {
        number: 3,
        text: "Trouble falling or staying asleep, or sleeping too much",
    },
    Item {
        number: 4,
        text: "Feeling tired or having little energy",
    },
    Item {
        number: 5,
        text: "Poor appetite or overeating",
    },
    Item {
        number: 6,
        text: "Feeling bad about yourself — or that you are a failure or have let yourself \
or your family down",
    },
    Item {
        number: 7,
        text: "Trouble concentrating on things, such as reading the newspaper or watching \
television",
    },
    Item {
        number: 8,
        text: "Moving or speaking so slowly that other people could have noticed? Or the \
opposite — being so fidgety or restless that you have been moving around a lot more \
than usual",
    },
    Item {
        number: 9,
        text: "Thoughts that you would be better off dead or of hurting yourself in some way",
    },
];

/// Answers to the difficulty question, in published order.
pub static DIFFICULTY_OPTIONS: [AnswerOption; 4] = [
    AnswerOption {
        value: 0,
        label: "Not difficult at all",
    },
    AnswerOption {
        value: 1,
        label: "Somewhat difficult",
    },
    AnswerOption {
        value: 2,
        label: "Very difficult",
    },
    AnswerOption {
        value: 3,
        label: "Extremely difficult",
    },
];

/// The functional-difficulty question at the foot of the PHQ-9. Recorded, never scored.
pub static DIFFICULTY: FollowUp = FollowUp {
    id: "difficulty",
    text: "If you checked off any problems, how difficult have these problems made it for \
you to do your work, take care of things at home, or get along with other people?",
    options: &DIFFICULTY_OPTIONS,
};

/// The PHQ-9 definition.
pub static PHQ9: Definition = Definition {
    instrument: Instrument::Phq9,
    id: "phq9",
    title: "Patient Health Questionnaire (PHQ-9)",
    short_title: "PHQ-9",
    stem: STEM,
    instructions: None,
    items: &ITEMS,
    options: &FREQUENCY_OPTIONS,
    follow_up: Some(&DIFFICULTY),
    min_score: 0,
    max_score: 27,
    notice: notices::PHQ_GAD,
    citation: notices::PHQ9_CITATION,
};

/// The PHQ-2 definition: the same stem and first two items.
pub static PHQ2: Definition = Definition {
    instrument: Instrument::Phq2,
    id: "phq2",
    title: "Patient Health Questionnaire (PHQ-2)",
    short_title: "PHQ-2",
    stem: STEM,
    instructions: None,
    items: ITEMS.split_at(2).0,
    options: &FREQUENCY_OPTIONS,
    follow_up: None,
    min_score: 0,
    max_score: 6,
    notice: notices::PHQ_GAD,
    citation: notices::PHQ2_CITATION,
};

/// PHQ-9 severity band for a total of 0–27: 0–4 minimal, 5–9 mild, 10–14 moderate,
/// 15–19 moderately severe, 20–27 severe (Kroenke et al. 2001).
pub fn band(total: u8) -> Band {
    match total {
        0..=4 => Band::Minimal,
        5..=9 => Band::Mild,
        10..=14 => Band::Moderate,
        15..=19 => Band::ModeratelySevere,
        _ => Band::Severe,
    }
}

/// PHQ-2 band for a total of 0–6: a total of 3 or more reaches the published cutoff.
pub fn phq2_band(total: u8) -> Band {
    super::scoring::two_item_band(total)
}
