//! CBT thought records in the seven-column form: situation; moods with intensity;
//! automatic thoughts with the "hot" one marked; evidence for; evidence against; a
//! balanced thought with how much it is believed; moods re-rated.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::entry::StoredEntry;
use super::limits;
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::local_day;

/// Longest text of any one field of a thought record.
pub const MAX_FIELD_CHARS: usize = 5_000;
/// Most moods or thoughts in one list.
pub const MAX_ITEMS: usize = 12;

/// The ten common cognitive distortions. Descriptions are our own plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Distortion {
    /// Seeing things in only two categories.
    AllOrNothing,
    /// One event taken as a never-ending pattern.
    Overgeneralisation,
    /// Dwelling on one negative detail.
    MentalFilter,
    /// Good things "don't count".
    DisqualifyingThePositive,
    /// Mind reading or fortune telling without evidence.
    JumpingToConclusions,
    /// Blowing things up or shrinking them.
    MagnificationMinimisation,
    /// "I feel it, so it must be true."
    EmotionalReasoning,
    /// Rigid rules with "should" and "must".
    ShouldStatements,
    /// A fixed label instead of describing what happened.
    Labelling,
    /// Taking all the blame, or putting it all on others.
    PersonalisationAndBlame,
}

impl Distortion {
    /// All ten, in the usual teaching order.
    pub const ALL: [Distortion; 10] = [
        Distortion::AllOrNothing,
        Distortion::Overgeneralisation,
        Distortion::MentalFilter,
        Distortion::DisqualifyingThePositive,
        Distortion::JumpingToConclusions,
        Distortion::MagnificationMinimisation,
        Distortion::EmotionalReasoning,
        Distortion::ShouldStatements,
        Distortion::Labelling,
        Distortion::PersonalisationAndBlame,
    ];

    /// Stable snake_case id.
    pub fn id(self) -> &'static str {
        match self {
            Distortion::AllOrNothing => "all_or_nothing",
            Distortion::Overgeneralisation => "overgeneralisation",
            Distortion::MentalFilter => "mental_filter",
            Distortion::DisqualifyingThePositive => "disqualifying_the_positive",
            Distortion::JumpingToConclusions => "jumping_to_conclusions",
            Distortion::MagnificationMinimisation => "magnification_minimisation",
            Distortion::EmotionalReasoning => "emotional_reasoning",
            Distortion::ShouldStatements => "should_statements",
            Distortion::Labelling => "labelling",
            Distortion::PersonalisationAndBlame => "personalisation_and_blame",
        }
    }

    /// A short name, in the reader's language.
    pub fn title(self) -> String {
        crate::tr!("distortion-title", "id" => self.id())
    }

    /// One line in our own words, in the reader's language.
    pub fn description(self) -> String {
        crate::tr!("distortion-description", "id" => self.id())
    }

    /// Parses an id, naming `distortions` in errors.
    pub fn parse(s: &str) -> Result<Distortion> {
        let want = s.trim().to_lowercase().replace(['-', ' '], "_");
        Distortion::ALL
            .into_iter()
            .find(|d| d.id() == want)
            .ok_or_else(|| {
                HearthError::invalid(
                    "distortions",
                    format!("{s:?} is not one of the ten distortions"),
                )
            })
    }
}

/// A mood named with its intensity, 0–100.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoodRating {
    /// The mood word, e.g. "anxious".
    pub name: String,
    /// 0–100.
    pub intensity: u8,
}

/// An automatic thought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutomaticThought {
    /// The thought in the person's words.
    pub text: String,
    /// The "hot" thought: the one carrying the most feeling.
    #[serde(default)]
    pub hot: bool,
}

/// A saved thought record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThoughtRecord {
    /// Stable id.
    pub id: String,
    /// When.
    pub at: DateTime<FixedOffset>,
    /// 1. The situation.
    pub situation: String,
    /// 2. Moods and their intensity.
    #[serde(default)]
    pub moods: Vec<MoodRating>,
    /// 3. Automatic thoughts.
    #[serde(default)]
    pub thoughts: Vec<AutomaticThought>,
    /// 4. Evidence that supports the hot thought.
    #[serde(default)]
    pub evidence_for: Option<String>,
    /// 5. Evidence that does not support it.
    #[serde(default)]
    pub evidence_against: Option<String>,
    /// 6. A balanced thought …
    #[serde(default)]
    pub balanced_thought: Option<String>,
    /// … and how much it is believed, 0–100.
    #[serde(default)]
    pub balanced_belief: Option<u8>,
    /// 7. The moods re-rated.
    #[serde(default)]
    pub moods_after: Vec<MoodRating>,
    /// Distortions the person noticed.
    #[serde(default)]
    pub distortions: Vec<Distortion>,
}

/// Fields for a new or replaced thought record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThoughtDraft {
    /// When; `None` means now.
    pub at: Option<DateTime<FixedOffset>>,
    /// The situation (required, or at least one thought).
    pub situation: String,
    /// Moods with intensity.
    pub moods: Vec<MoodRating>,
    /// Automatic thoughts.
    pub thoughts: Vec<AutomaticThought>,
    /// Evidence for.
    pub evidence_for: Option<String>,
    /// Evidence against.
    pub evidence_against: Option<String>,
    /// Balanced thought.
    pub balanced_thought: Option<String>,
    /// Belief in the balanced thought, 0–100.
    pub balanced_belief: Option<u8>,
    /// Moods re-rated.
    pub moods_after: Vec<MoodRating>,
    /// Distortions noticed.
    pub distortions: Vec<Distortion>,
}

fn moods(field: &str, v: Vec<MoodRating>) -> Result<Vec<MoodRating>> {
    if v.len() > MAX_ITEMS {
        return Err(HearthError::invalid(
            field,
            format!("at most {MAX_ITEMS} moods"),
        ));
    }
    v.into_iter()
        .map(|m| {
            let name = limits::text(field, Some(&m.name), limits::MAX_LABEL_CHARS)?
                .ok_or_else(|| HearthError::invalid(field, "a mood needs a name"))?;
            Ok(MoodRating {
                name: name.trim().to_lowercase(),
                intensity: percent(&format!("{field}.intensity"), m.intensity)?,
            })
        })
        .collect()
}

fn percent(field: &str, v: u8) -> Result<u8> {
    if v <= 100 {
        Ok(v)
    } else {
        Err(HearthError::invalid(
            field,
            format!("must be between 0 and 100, got {v}"),
        ))
    }
}

impl ThoughtDraft {
    fn into_record(self, id: String) -> Result<ThoughtRecord> {
        let situation =
            limits::text("situation", Some(&self.situation), MAX_FIELD_CHARS)?.unwrap_or_default();
        let thoughts: Vec<AutomaticThought> = self
            .thoughts
            .into_iter()
            .filter_map(
                |t| match limits::text("thoughts", Some(&t.text), MAX_FIELD_CHARS) {
                    Ok(Some(text)) => Some(Ok(AutomaticThought { text, hot: t.hot })),
                    Ok(None) => None,
                    Err(e) => Some(Err(e)),
                },
            )
            .collect::<Result<_>>()?;
        if situation.is_empty() && thoughts.is_empty() {
            return Err(HearthError::invalid(
                "situation",
                "a thought record needs at least a situation or an automatic thought",
            ));
        }
        if thoughts.len() > MAX_ITEMS {
            return Err(HearthError::invalid(
                "thoughts",
                format!("at most {MAX_ITEMS} thoughts"),
            ));
        }
        if thoughts.iter().filter(|t| t.hot).count() > 1 {
            return Err(HearthError::invalid(
                "thoughts",
                "mark at most one thought as the hot thought",
            ));
        }
        let mut distortions: Vec<Distortion> = Vec::with_capacity(self.distortions.len());
        for d in self.distortions {
            if !distortions.contains(&d) {
                distortions.push(d);
            }
        }
        Ok(ThoughtRecord {
            id,
            at: self.at.unwrap_or_else(crate::zone::now_here),
            situation,
            moods: moods("moods", self.moods)?,
            thoughts,
            evidence_for: limits::text(
                "evidence_for",
                self.evidence_for.as_deref(),
                MAX_FIELD_CHARS,
            )?,
            evidence_against: limits::text(
                "evidence_against",
                self.evidence_against.as_deref(),
                MAX_FIELD_CHARS,
            )?,
            balanced_thought: limits::text(
                "balanced_thought",
                self.balanced_thought.as_deref(),
                MAX_FIELD_CHARS,
            )?,
            balanced_belief: self
                .balanced_belief
                .map(|b| percent("balanced_belief", b))
                .transpose()?,
            moods_after: moods("moods_after", self.moods_after)?,
            distortions,
        })
    }
}

impl Store {
    /// Saves a new thought record.
    pub fn add_thought(&mut self, draft: ThoughtDraft) -> Result<ThoughtRecord> {
        let t = draft.into_record(Store::new_id()?)?;
        self.put(
            Table::Entries,
            &t.id,
            local_day(&t.at),
            &StoredEntry::Thought(t.clone()),
        )?;
        Ok(t)
    }

    /// The thought record `id`.
    pub fn thought(&mut self, id: &str) -> Result<ThoughtRecord> {
        match self.entry(id).map_err(|e| match e {
            HearthError::NotFound { .. } => HearthError::NotFound {
                kind: "thought record".into(),
                id: id.into(),
            },
            other => other,
        })? {
            StoredEntry::Thought(t) => Ok(t),
            _ => Err(HearthError::NotFound {
                kind: "thought record".into(),
                id: id.into(),
            }),
        }
    }

    /// Replaces thought record `id`.
    pub fn update_thought(&mut self, id: &str, draft: ThoughtDraft) -> Result<ThoughtRecord> {
        self.thought(id)?;
        let t = draft.into_record(id.to_owned())?;
        self.put(
            Table::Entries,
            id,
            local_day(&t.at),
            &StoredEntry::Thought(t.clone()),
        )?;
        Ok(t)
    }
}
