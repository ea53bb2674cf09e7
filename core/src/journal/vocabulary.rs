//! The default emotion vocabulary and context tags.
//!
//! Emotions start from the 38 labels of Apple's HealthKit State of Mind, each placed on
//! the mood circumplex (pleasantness × energy). The placement is our own reading of
//! each word, meant for grouping in insights, not a clinical classification.

use serde::{Deserialize, Serialize};

/// A quadrant of the mood circumplex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// Pleasant, high energy (e.g. excited).
    HighEnergyPleasant,
    /// Pleasant, low energy (e.g. calm).
    LowEnergyPleasant,
    /// Unpleasant, high energy (e.g. anxious).
    HighEnergyUnpleasant,
    /// Unpleasant, low energy (e.g. drained).
    LowEnergyUnpleasant,
}

impl Quadrant {
    /// Stable snake_case id.
    pub fn id(self) -> &'static str {
        match self {
            Quadrant::HighEnergyPleasant => "high_energy_pleasant",
            Quadrant::LowEnergyPleasant => "low_energy_pleasant",
            Quadrant::HighEnergyUnpleasant => "high_energy_unpleasant",
            Quadrant::LowEnergyUnpleasant => "low_energy_unpleasant",
        }
    }

    /// The quadrant of a mood (1–5) and energy (1–5) pair; 3 counts as the upper half.
    pub fn of(mood: u8, energy: u8) -> Quadrant {
        match (mood >= 3, energy >= 3) {
            (true, true) => Quadrant::HighEnergyPleasant,
            (true, false) => Quadrant::LowEnergyPleasant,
            (false, true) => Quadrant::HighEnergyUnpleasant,
            (false, false) => Quadrant::LowEnergyUnpleasant,
        }
    }
}

use Quadrant::*;

/// The built-in emotions with their quadrant, alphabetical.
pub const EMOTIONS: [(&str, Quadrant); 38] = [
    ("amazed", HighEnergyPleasant),
    ("amused", HighEnergyPleasant),
    ("angry", HighEnergyUnpleasant),
    ("annoyed", HighEnergyUnpleasant),
    ("anxious", HighEnergyUnpleasant),
    ("ashamed", LowEnergyUnpleasant),
    ("brave", HighEnergyPleasant),
    ("calm", LowEnergyPleasant),
    ("confident", HighEnergyPleasant),
    ("content", LowEnergyPleasant),
    ("disappointed", LowEnergyUnpleasant),
    ("discouraged", LowEnergyUnpleasant),
    ("disgusted", HighEnergyUnpleasant),
    ("drained", LowEnergyUnpleasant),
    ("embarrassed", HighEnergyUnpleasant),
    ("excited", HighEnergyPleasant),
    ("frustrated", HighEnergyUnpleasant),
    ("grateful", LowEnergyPleasant),
    ("guilty", LowEnergyUnpleasant),
    ("happy", HighEnergyPleasant),
    ("hopeful", HighEnergyPleasant),
    ("hopeless", LowEnergyUnpleasant),
    ("indifferent", LowEnergyUnpleasant),
    ("irritated", HighEnergyUnpleasant),
    ("jealous", HighEnergyUnpleasant),
    ("joyful", HighEnergyPleasant),
    ("lonely", LowEnergyUnpleasant),
    ("overwhelmed", HighEnergyUnpleasant),
    ("passionate", HighEnergyPleasant),
    ("peaceful", LowEnergyPleasant),
    ("proud", HighEnergyPleasant),
    ("relieved", LowEnergyPleasant),
    ("sad", LowEnergyUnpleasant),
    ("satisfied", LowEnergyPleasant),
    ("scared", HighEnergyUnpleasant),
    ("stressed", HighEnergyUnpleasant),
    ("surprised", HighEnergyPleasant),
    ("worried", HighEnergyUnpleasant),
];

/// The default context tags (Apple's 18 State of Mind associations).
pub const DEFAULT_TAGS: [&str; 18] = [
    "community",
    "current events",
    "dating",
    "education",
    "family",
    "fitness",
    "friends",
    "health",
    "hobbies",
    "identity",
    "money",
    "partner",
    "self-care",
    "spirituality",
    "tasks",
    "travel",
    "weather",
    "work",
];

/// The quadrant of a built-in emotion, or `None` for a custom one.
pub fn quadrant_of(emotion: &str) -> Option<Quadrant> {
    EMOTIONS
        .binary_search_by(|(name, _)| name.cmp(&emotion))
        .ok()
        .map(|i| EMOTIONS[i].1)
}

/// How a built-in emotion reads in the reader's language (`core/l10n/*/vocabulary.ftl`);
/// a person's own emotion is shown as written.
pub fn emotion_label(name: &str) -> String {
    if quadrant_of(name).is_some() {
        crate::tr!("emotion-name", "emotion" => name)
    } else {
        name.to_owned()
    }
}

/// How a default tag reads in the reader's language; a person's own tag (or a default
/// they renamed) is shown as written.
pub fn tag_label(name: &str) -> String {
    if DEFAULT_TAGS.contains(&name) {
        crate::tr!("tag-name", "tag" => name.replace(' ', "-"))
    } else {
        name.to_owned()
    }
}

/// The stored id for an emotion a person picked or typed: a built-in's label in the
/// reader's language ("besorgt") is stored as its id ("worried"), so history relabels
/// when the language changes; anything else is the person's own word.
pub fn emotion_id(input: &str) -> String {
    builtin_for(
        input,
        quadrant_of(input).is_some(),
        EMOTIONS.iter().map(|(n, _)| *n),
        emotion_label,
    )
}

/// The stored id for a tag a person picked or typed (see [`emotion_id`]).
pub fn tag_id(input: &str) -> String {
    builtin_for(
        input,
        DEFAULT_TAGS.contains(&input),
        DEFAULT_TAGS.into_iter(),
        tag_label,
    )
}

fn builtin_for<'a>(
    input: &str,
    is_id: bool,
    ids: impl Iterator<Item = &'a str>,
    label: fn(&str) -> String,
) -> String {
    // In English every built-in reads as its id (a test below holds that), so a word
    // that is not an id is the person's own: no need to format 18 or 38 labels on the
    // check-in path to find that out.
    if is_id || crate::l10n::current_language() == "en" {
        return input.to_owned();
    }
    let wanted = input.trim().to_lowercase();
    ids.into_iter()
        .find(|id| label(id).to_lowercase() == wanted)
        .map_or_else(|| input.to_owned(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_english_every_built_in_reads_as_its_id() {
        crate::l10n::with_languages(&["en"], || {
            for (e, _) in EMOTIONS {
                assert_eq!(emotion_label(e), e);
            }
            for t in DEFAULT_TAGS {
                assert_eq!(tag_label(t), t);
            }
            assert_eq!(tag_id("choir"), "choir");
        });
    }

    #[test]
    fn vocabulary_is_sorted_complete_and_balanced() {
        assert!(
            EMOTIONS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for binary search"
        );
        assert_eq!(quadrant_of("calm"), Some(LowEnergyPleasant));
        assert_eq!(quadrant_of("worried"), Some(HighEnergyUnpleasant));
        assert_eq!(quadrant_of("vorpal"), None);
        for q in [
            HighEnergyPleasant,
            LowEnergyPleasant,
            HighEnergyUnpleasant,
            LowEnergyUnpleasant,
        ] {
            assert!(
                EMOTIONS.iter().filter(|(_, x)| *x == q).count() >= 6,
                "{q:?}"
            );
        }
    }
}
