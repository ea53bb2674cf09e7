//! Standard questionnaires: PHQ-9, GAD-7 and WHO-5 (plus the PHQ-2 and GAD-2 short
//! forms), with their published item texts, answer options and scoring.
//!
//! Principles, from the design brief:
//!
//! - **Scored exactly as published.** Item texts are the published English wording, not
//!   paraphrases; totals and bands follow the original papers (see each definition's
//!   `citation`).
//! - **Never a diagnosis.** Every [`AssessmentResult::summary`] says so in plain words and
//!   names no condition. A low score is never called "safe".
//! - **Risk brings up people and resources.** Any answer above 0 on PHQ-9 item 9 sets
//!   [`AssessmentResult::safety`], whatever the total. Shells must then show the safety
//!   plan and crisis lines ([`crate::safety`]). Nothing is ever blocked.
//!
//! WHO-5 never sets `safety`: it asks nothing about self-harm, so a flag from it would
//! claim more than it measures. A low or very low WHO-5 instead carries a gentle
//! suggestion in its summary to talk with someone and with a professional. Sustained low
//! mood is the insights module's signal, not this one's.
//!
//! Languages: the items and answer labels are shown as published, in English, unless a
//! validated translation is included ([`translations`]); a reader of another language
//! then sees a short notice saying so. Summaries and band words are Hearth's own and come
//! from the catalogue (`core/l10n/<lang>/assessments.ftl`).
//!
//! Copyright and credit: the PHQ and GAD instruments need no permission to reproduce
//! ([`notices::PHQ_GAD`]); WHO-5 carries its own notice ([`notices::WHO5`]). Each
//! [`Definition`] has the notice to display beside the questions.

pub mod fhir;
pub mod gad7;
pub mod notices;
pub mod phq9;
pub mod scoring;
mod summary;
pub mod translations;
pub mod who5;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{HearthError, Result};

pub use scoring::{parse_answers, score, AssessmentResult, Band};
pub use translations::{original_language_notice, presented, validated_translation};

/// The words for a band in the reader's language ("moderately severe"); the stable id is
/// [`Band::as_str`].
pub fn band_word(band: Band) -> String {
    crate::tr!("assessment-band", "band" => band.as_str())
}

/// A questionnaire Hearth can score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Instrument {
    /// Patient Health Questionnaire, 9 items (Kroenke, Spitzer & Williams 2001).
    Phq9,
    /// Generalized Anxiety Disorder scale, 7 items (Spitzer et al. 2006).
    Gad7,
    /// WHO-Five Well-Being Index, 1998 version.
    Who5,
    /// The first two PHQ-9 items (Kroenke, Spitzer & Williams 2003).
    Phq2,
    /// The first two GAD-7 items (Kroenke et al. 2007).
    Gad2,
}

impl Instrument {
    /// Every instrument, in the order a menu would list them.
    pub const ALL: [Instrument; 5] = [
        Instrument::Phq9,
        Instrument::Gad7,
        Instrument::Who5,
        Instrument::Phq2,
        Instrument::Gad2,
    ];

    /// Parses an instrument id such as `phq9`. Case, `-`, `_` and spaces are ignored,
    /// so `PHQ-9` works too. Errors name the field `instrument`.
    pub fn parse(s: &str) -> Result<Self> {
        let key: String = s
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        Instrument::ALL
            .into_iter()
            .find(|i| i.id() == key)
            .ok_or_else(|| {
                let known: Vec<&str> = Instrument::ALL.iter().map(|i| i.id()).collect();
                HearthError::invalid(
                    "instrument",
                    format!(
                        "\"{}\" is not a questionnaire Hearth knows; use one of {}",
                        s.chars().take(30).collect::<String>(),
                        known.join(", ")
                    ),
                )
            })
    }

    /// The stable id used in storage, the CLI and JSON, e.g. `phq9`.
    pub fn id(self) -> &'static str {
        match self {
            Instrument::Phq9 => "phq9",
            Instrument::Gad7 => "gad7",
            Instrument::Who5 => "who5",
            Instrument::Phq2 => "phq2",
            Instrument::Gad2 => "gad2",
        }
    }

    /// The published definition: items, answer options, notice and citation.
    pub fn definition(self) -> &'static Definition {
        match self {
            Instrument::Phq9 => &phq9::PHQ9,
            Instrument::Gad7 => &gad7::GAD7,
            Instrument::Who5 => &who5::WHO5,
            Instrument::Phq2 => &phq9::PHQ2,
            Instrument::Gad2 => &gad7::GAD2,
        }
    }
}

impl fmt::Display for Instrument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.definition().short_title)
    }
}

impl FromStr for Instrument {
    type Err = HearthError;
    fn from_str(s: &str) -> Result<Self> {
        Instrument::parse(s)
    }
}

/// One question of a questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Item {
    /// 1-based position on the published form.
    pub number: u8,
    /// The published English wording.
    pub text: &'static str,
}

/// One answer a person can choose, with the value it scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AnswerOption {
    /// The value it adds to the total.
    pub value: u8,
    /// The published label, e.g. `Several days`.
    pub label: &'static str,
}

/// A question on the form that is recorded but not scored (PHQ-9's difficulty question).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    /// Short id used in errors and exports, e.g. `difficulty`.
    pub id: &'static str,
    /// The published wording.
    pub text: &'static str,
    /// Its answers, in the published order.
    pub options: &'static [AnswerOption],
}

/// Everything a shell needs to present a questionnaire exactly as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Definition {
    /// Which instrument this is.
    pub instrument: Instrument,
    /// Stable id, same as [`Instrument::id`].
    pub id: &'static str,
    /// Full name, e.g. `Patient Health Questionnaire (PHQ-9)`.
    pub title: &'static str,
    /// Short name for headings and buttons, e.g. `PHQ-9`.
    pub short_title: &'static str,
    /// The question stem shown above the items.
    pub stem: &'static str,
    /// Further published instructions, if the form has any.
    pub instructions: Option<&'static str>,
    /// The scored items, in published order.
    pub items: &'static [Item],
    /// The answer options for every item, in the order the published form shows them
    /// (WHO-5 lists "All of the time" = 5 first).
    pub options: &'static [AnswerOption],
    /// An optional question after the items that is recorded but never scored.
    pub follow_up: Option<&'static FollowUp>,
    /// Lowest possible total.
    pub min_score: u8,
    /// Highest possible total (raw, before any percentage).
    pub max_score: u8,
    /// Copyright / permission notice to display with the questions.
    pub notice: &'static str,
    /// The paper(s) the items and scoring come from.
    pub citation: &'static str,
}

impl Definition {
    /// The highest value any single item can take.
    pub fn max_answer(&self) -> u8 {
        self.options.iter().map(|o| o.value).max().unwrap_or(0)
    }

    /// The label for an item answer value, if it is valid.
    pub fn label_for(&self, value: u8) -> Option<&'static str> {
        self.options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label)
    }
}

/// The four frequency answers shared by the PHQ and GAD forms.
pub(crate) static FREQUENCY_OPTIONS: [AnswerOption; 4] = [
    AnswerOption {
        value: 0,
        label: "Not at all",
    },
    AnswerOption {
        value: 1,
        label: "Several days",
    },
    AnswerOption {
        value: 2,
        label: "More than half the days",
    },
    AnswerOption {
        value: 3,
        label: "Nearly every day",
    },
];
