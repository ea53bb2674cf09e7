//! GAD-7 and its first two items, the GAD-2.
//!
//! Item texts are the published English form (Spitzer et al. 2006; the Pfizer sheet),
//! which has no comma after "anxious" in item 1.

use super::scoring::Band;
use super::{notices, Definition, Instrument, Item, FREQUENCY_OPTIONS};

/// The stem printed above the items.
pub const STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";

/// The seven items, in published order.
pub static ITEMS: [Item; 7] = [
    Item {
        number: 1,
        text: "Feeling nervous, anxious or on edge",
    },
    Item {
        number: 2,
        text: "Not being able to stop or control worrying",
    },
    Item {
        number: 3,
        text: "Worrying too much about different things",
    },
    Item {
        number: 4,
        text: "Trouble relaxing",
    },
    Item {
        number: 5,
        text: "Being so restless that it is hard to sit still",
    },
    Item {
        number: 6,
        text: "Becoming easily annoyed or irritable",
    },
    Item {
        number: 7,
        text: "Feeling afraid as if something awful might happen",
    },
];

/// The GAD-7 definition.
pub static GAD7: Definition = Definition {
    instrument: Instrument::Gad7,
    id: "gad7",
    title: "Generalized Anxiety Disorder 7-item scale (GAD-7)",
    short_title: "GAD-7",
    stem: STEM,
    instructions: None,
    items: &ITEMS,
    options: &FREQUENCY_OPTIONS,
    follow_up: None,
    min_score: 0,
    max_score: 21,
    notice: notices::PHQ_GAD,
    citation: notices::GAD7_CITATION,
};

/// The GAD-2 definition: the same stem and first two items.
pub static GAD2: Definition = Definition {
    instrument: Instrument::Gad2,
    id: "gad2",
    title: "Generalized Anxiety Disorder 2-item scale (GAD-2)",
    short_title: "GAD-2",
    stem: STEM,
    instructions: None,
    items: ITEMS.split_at(2).0,
    options: &FREQUENCY_OPTIONS,
    follow_up: None,
    min_score: 0,
    max_score: 6,
    notice: notices::PHQ_GAD,
    citation: notices::GAD2_CITATION,
};

/// GAD-7 severity band for a total of 0–21: 0–4 minimal, 5–9 mild, 10–14 moderate,
/// 15–21 severe (Spitzer et al. 2006).
pub fn band(total: u8) -> Band {
    match total {
        0..=4 => Band::Minimal,
        5..=9 => Band::Mild,
        10..=14 => Band::Moderate,
        _ => Band::Severe,
    }
}

/// GAD-2 band for a total of 0–6: a total of 3 or more reaches the published cutoff.
pub fn gad2_band(total: u8) -> Band {
    super::scoring::two_item_band(total)
}
