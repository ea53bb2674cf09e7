//! Reflections, thought records and mixed entry views across the FFI.

use std::time::SystemTime;

use hearth_core::journal::entry::StoredEntry;
use hearth_core::journal::{prompts, reflection as refl, thought as th};
use hearth_core::time::DayRange;

use crate::checkin::CheckIn;
use crate::error::HearthError;
use crate::hearth::Hearth;
use crate::time;

/// A saved reflection.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Reflection {
    /// Stable id.
    pub id: String,
    /// When it was written.
    pub at: SystemTime,
    /// UTC offset at that moment, seconds.
    pub utc_offset_seconds: i32,
    /// The built-in prompt it answers.
    pub prompt_id: Option<String>,
    /// That prompt's text.
    pub prompt_text: Option<String>,
    /// The text.
    pub text: String,
}

/// Fields for a new or replaced reflection.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ReflectionInput {
    /// The text (required).
    pub text: String,
    /// A built-in prompt id (see `reflection_prompts`).
    #[uniffi(default = None)]
    pub prompt_id: Option<String>,
    /// When; null/nil means now.
    #[uniffi(default = None)]
    pub at: Option<SystemTime>,
    /// UTC offset in seconds; null/nil means the device's.
    #[uniffi(default = None)]
    pub utc_offset_seconds: Option<i32>,
}

/// A built-in reflection prompt.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReflectionPrompt {
    /// Stable id.
    pub id: String,
    /// English text.
    pub text: String,
}

/// A cognitive distortion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Distortion {
    /// Seeing things in only two categories.
    AllOrNothing,
    /// One event as a never-ending pattern.
    Overgeneralisation,
    /// Dwelling on one negative detail.
    MentalFilter,
    /// Good things "don't count".
    DisqualifyingThePositive,
    /// Mind reading or fortune telling.
    JumpingToConclusions,
    /// Blowing up or shrinking.
    MagnificationMinimisation,
    /// Feelings taken as facts.
    EmotionalReasoning,
    /// Rigid shoulds and musts.
    ShouldStatements,
    /// A harsh label.
    Labelling,
    /// All the blame on one side.
    PersonalisationAndBlame,
}

/// A distortion's name and our one-line description, for pickers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DistortionInfo {
    /// Which.
    pub distortion: Distortion,
    /// Stable id.
    pub id: String,
    /// Short name.
    pub title: String,
    /// One line, plain words.
    pub description: String,
}

/// A mood and its intensity 0–100.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MoodRating {
    /// Mood word.
    pub name: String,
    /// 0–100.
    pub intensity: i32,
}

/// An automatic thought.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AutomaticThought {
    /// The thought.
    pub text: String,
    /// The "hot" thought (at most one).
    pub hot: bool,
}

/// A saved seven-column thought record.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ThoughtRecord {
    /// Stable id.
    pub id: String,
    /// When.
    pub at: SystemTime,
    /// UTC offset, seconds.
    pub utc_offset_seconds: i32,
    /// 1. Situation.
    pub situation: String,
    /// 2. Moods with intensity.
    pub moods: Vec<MoodRating>,
    /// 3. Automatic thoughts.
    pub thoughts: Vec<AutomaticThought>,
    /// 4. Evidence for.
    pub evidence_for: Option<String>,
    /// 5. Evidence against.
    pub evidence_against: Option<String>,
    /// 6. Balanced thought.
    pub balanced_thought: Option<String>,
    /// Belief in it, 0–100.
    pub balanced_belief: Option<i32>,
    /// 7. Moods re-rated.
    pub moods_after: Vec<MoodRating>,
    /// Distortions noticed.
    pub distortions: Vec<Distortion>,
}

/// Fields for a new or replaced thought record.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ThoughtInput {
    /// 1. Situation (a record needs a situation or a thought).
    pub situation: String,
    /// 2. Moods.
    #[uniffi(default = [])]
    pub moods: Vec<MoodRating>,
    /// 3. Automatic thoughts.
    #[uniffi(default = [])]
    pub thoughts: Vec<AutomaticThought>,
    /// 4. Evidence for.
    #[uniffi(default = None)]
    pub evidence_for: Option<String>,
    /// 5. Evidence against.
    #[uniffi(default = None)]
    pub evidence_against: Option<String>,
    /// 6. Balanced thought.
    #[uniffi(default = None)]
    pub balanced_thought: Option<String>,
    /// Belief 0–100.
    #[uniffi(default = None)]
    pub balanced_belief: Option<i32>,
    /// 7. Moods re-rated.
    #[uniffi(default = [])]
    pub moods_after: Vec<MoodRating>,
    /// Distortions.
    #[uniffi(default = [])]
    pub distortions: Vec<Distortion>,
    /// When; null/nil means now.
    #[uniffi(default = None)]
    pub at: Option<SystemTime>,
    /// UTC offset seconds; null/nil means the device's.
    #[uniffi(default = None)]
    pub utc_offset_seconds: Option<i32>,
}

/// Any journal entry, for day and range views.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Entry {
    /// A check-in.
    CheckIn {
        /// The check-in.
        checkin: CheckIn,
    },
    /// A reflection.
    Reflection {
        /// The reflection.
        reflection: Reflection,
    },
    /// A thought record.
    Thought {
        /// The record.
        record: ThoughtRecord,
    },
    /// A questionnaire result.
    Assessment {
        /// The result.
        result: crate::assess::AssessmentResult,
    },
}

const DISTORTIONS: [(Distortion, th::Distortion); 10] = [
    (Distortion::AllOrNothing, th::Distortion::AllOrNothing),
    (
        Distortion::Overgeneralisation,
        th::Distortion::Overgeneralisation,
    ),
    (Distortion::MentalFilter, th::Distortion::MentalFilter),
    (
        Distortion::DisqualifyingThePositive,
        th::Distortion::DisqualifyingThePositive,
    ),
    (
        Distortion::JumpingToConclusions,
        th::Distortion::JumpingToConclusions,
    ),
    (
        Distortion::MagnificationMinimisation,
        th::Distortion::MagnificationMinimisation,
    ),
    (
        Distortion::EmotionalReasoning,
        th::Distortion::EmotionalReasoning,
    ),
    (
        Distortion::ShouldStatements,
        th::Distortion::ShouldStatements,
    ),
    (Distortion::Labelling, th::Distortion::Labelling),
    (
        Distortion::PersonalisationAndBlame,
        th::Distortion::PersonalisationAndBlame,
    ),
];

fn to_core_d(d: Distortion) -> th::Distortion {
    DISTORTIONS
        .iter()
        .find(|(f, _)| *f == d)
        .map(|(_, c)| *c)
        .unwrap_or(th::Distortion::AllOrNothing)
}

fn from_core_d(d: th::Distortion) -> Distortion {
    DISTORTIONS
        .iter()
        .find(|(_, c)| *c == d)
        .map(|(f, _)| *f)
        .unwrap_or(Distortion::AllOrNothing)
}

fn percent(field: &str, v: i32) -> Result<u8, HearthError> {
    Ok(hearth_core::journal::limits::percent_wide(field, v.into())?)
}

fn moods_in(field: &str, v: Vec<MoodRating>) -> Result<Vec<th::MoodRating>, HearthError> {
    v.into_iter()
        .map(|m| {
            Ok(th::MoodRating {
                name: m.name,
                intensity: percent(&format!("{field}.intensity"), m.intensity)?,
            })
        })
        .collect()
}

fn moods_out(v: Vec<th::MoodRating>) -> Vec<MoodRating> {
    v.into_iter()
        .map(|m| MoodRating {
            name: m.name,
            intensity: m.intensity.into(),
        })
        .collect()
}

impl From<refl::Reflection> for Reflection {
    fn from(r: refl::Reflection) -> Self {
        let (at, utc_offset_seconds) = time::from_core(&r.at);
        Reflection {
            id: r.id,
            at,
            utc_offset_seconds,
            prompt_text: r
                .prompt_id
                .as_deref()
                .and_then(prompts::prompt)
                .map(|p| p.text()),
            prompt_id: r.prompt_id,
            text: r.text,
        }
    }
}

impl From<th::ThoughtRecord> for ThoughtRecord {
    fn from(t: th::ThoughtRecord) -> Self {
        let (at, utc_offset_seconds) = time::from_core(&t.at);
        ThoughtRecord {
            id: t.id,
            at,
            utc_offset_seconds,
            situation: t.situation,
            moods: moods_out(t.moods),
            thoughts: t
                .thoughts
                .into_iter()
                .map(|x| AutomaticThought {
                    text: x.text,
                    hot: x.hot,
                })
                .collect(),
            evidence_for: t.evidence_for,
            evidence_against: t.evidence_against,
            balanced_thought: t.balanced_thought,
            balanced_belief: t.balanced_belief.map(i32::from),
            moods_after: moods_out(t.moods_after),
            distortions: t.distortions.into_iter().map(from_core_d).collect(),
        }
    }
}

impl From<StoredEntry> for Entry {
    fn from(e: StoredEntry) -> Self {
        match e {
            StoredEntry::CheckIn(c) => Entry::CheckIn { checkin: c.into() },
            StoredEntry::Reflection(r) => Entry::Reflection {
                reflection: r.into(),
            },
            StoredEntry::Thought(t) => Entry::Thought { record: t.into() },
            StoredEntry::Assessment(a) => Entry::Assessment { result: a.into() },
        }
    }
}

impl ReflectionInput {
    fn into_draft(self) -> Result<refl::ReflectionDraft, HearthError> {
        Ok(refl::ReflectionDraft {
            at: time::to_core(self.at, self.utc_offset_seconds)?,
            prompt_id: self.prompt_id,
            text: self.text,
        })
    }
}

impl ThoughtInput {
    fn into_draft(self) -> Result<th::ThoughtDraft, HearthError> {
        Ok(th::ThoughtDraft {
            at: time::to_core(self.at, self.utc_offset_seconds)?,
            situation: self.situation,
            moods: moods_in("moods", self.moods)?,
            thoughts: self
                .thoughts
                .into_iter()
                .map(|x| th::AutomaticThought {
                    text: x.text,
                    hot: x.hot,
                })
                .collect(),
            evidence_for: self.evidence_for,
            evidence_against: self.evidence_against,
            balanced_thought: self.balanced_thought,
            balanced_belief: self
                .balanced_belief
                .map(|b| percent("balanced_belief", b))
                .transpose()?,
            moods_after: moods_in("moods_after", self.moods_after)?,
            distortions: self.distortions.into_iter().map(to_core_d).collect(),
        })
    }
}

/// The built-in reflection prompts (some turn toward other people).
#[uniffi::export]
pub fn reflection_prompts() -> Vec<ReflectionPrompt> {
    prompts::PROMPTS
        .iter()
        .map(|p| ReflectionPrompt {
            id: p.id.into(),
            text: p.text(),
        })
        .collect()
}

/// The ten cognitive distortions with our plain-language descriptions.
#[uniffi::export]
pub fn distortions() -> Vec<DistortionInfo> {
    DISTORTIONS
        .iter()
        .map(|(f, c)| DistortionInfo {
            distortion: *f,
            id: c.id().into(),
            title: c.title(),
            description: c.description(),
        })
        .collect()
}

#[uniffi::export]
impl Hearth {
    /// Saves a reflection.
    pub fn add_reflection(&self, input: ReflectionInput) -> Result<Reflection, HearthError> {
        let d = input.into_draft()?;
        self.with(|s| s.add_reflection(d)).map(Reflection::from)
    }

    /// The reflection `id`.
    pub fn get_reflection(&self, id: String) -> Result<Reflection, HearthError> {
        self.with(|s| s.reflection(&id)).map(Reflection::from)
    }

    /// Replaces reflection `id`.
    pub fn update_reflection(
        &self,
        id: String,
        input: ReflectionInput,
    ) -> Result<Reflection, HearthError> {
        let d = input.into_draft()?;
        self.with(|s| s.update_reflection(&id, d))
            .map(Reflection::from)
    }

    /// Saves a thought record.
    pub fn add_thought(&self, input: ThoughtInput) -> Result<ThoughtRecord, HearthError> {
        let d = input.into_draft()?;
        self.with(|s| s.add_thought(d)).map(ThoughtRecord::from)
    }

    /// The thought record `id`.
    pub fn get_thought(&self, id: String) -> Result<ThoughtRecord, HearthError> {
        self.with(|s| s.thought(&id)).map(ThoughtRecord::from)
    }

    /// Replaces thought record `id`.
    pub fn update_thought(
        &self,
        id: String,
        input: ThoughtInput,
    ) -> Result<ThoughtRecord, HearthError> {
        let d = input.into_draft()?;
        self.with(|s| s.update_thought(&id, d))
            .map(ThoughtRecord::from)
    }

    /// Deletes an entry of any kind.
    pub fn delete_entry(&self, id: String) -> Result<(), HearthError> {
        self.with(|s| s.delete_entry(&id))
    }

    /// Every kind of entry in `from`..=`to` (local days, `YYYY-MM-DD`, either open),
    /// newest first.
    #[uniffi::method(default(from = None, to = None))]
    pub fn list_entries(
        &self,
        from: Option<String>,
        to: Option<String>,
    ) -> Result<Vec<Entry>, HearthError> {
        let range = DayRange {
            from: time::date("from", from)?,
            to: time::date("to", to)?,
        };
        self.with(|s| s.entries(range))
            .map(|l| l.items.into_iter().map(Entry::from).collect())
    }

    /// Entries whose text contains `query` (case-insensitive), newest first.
    pub fn search(&self, query: String) -> Result<Vec<Entry>, HearthError> {
        self.with(|s| s.search(&query))
            .map(|v| v.into_iter().map(Entry::from).collect())
    }
}
