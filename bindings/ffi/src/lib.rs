//! The uniffi boundary of Hearth. This crate holds only what crosses the FFI: records,
//! enums, the `Hearth` object and the `KeyVault` and `TimeZoneSource` foreign traits. Every decision lives in
//! `hearth-core`; functions here convert, call, and convert back.
//!
//! Panics never cross the boundary: each exported call runs under
//! [`guard::guard`], which turns a panic into `HearthError::Internal`.

uniffi::setup_scaffolding!("hearth");

mod assess;
mod calendar;
mod catalog;
mod checkin;
mod error;
mod guard;
mod hearth;
mod history;
mod insights;
mod journal;
mod language;
mod portability;
mod reminders;
mod safety;
mod shell_settings;
mod time;
mod vault;
mod zones;

pub use assess::{
    questionnaire, AnswerChoice, AssessmentResult, Instrument, QuestionnaireDefinition,
};
pub use calendar::CalendarDay;
pub use catalog::{
    emotion_vocabulary, EmotionInfo, Person, PersonInput, Quadrant, Scale, Tag, TagKind,
};
pub use checkin::{CheckIn, CheckInInput, EntrySource, ScaleValue};
pub use error::HearthError;
pub use hearth::{erase_store, DamagedRecord, Hearth, VerifyReport};
pub use history::HistoryPage;
pub use insights::{
    Association, ConnectionInsight, DayPoint, Insights, MoodBucket, QuadrantShare, QuickMood,
    SafetySuggestion, WidgetSnapshot,
};
pub use journal::{
    distortions, reflection_prompts, AutomaticThought, Distortion, DistortionInfo, Entry,
    MoodRating, Reflection, ReflectionInput, ReflectionPrompt, ThoughtInput, ThoughtRecord,
};
pub use language::{add_catalogue, available_languages, emotion_label, set_languages, tag_label};
pub use portability::{ImportCount, ImportSummary};
pub use reminders::{
    ios_max_pending_reminders, Cadence, PlannedReminder, ReminderSettings, Weekday,
};
pub use safety::{
    crisis_resources, safety_plan_sections, CrisisLine, CrisisResources, PlanContact, SafetyPlan,
    SafetyPlanSection,
};
pub use vault::{desktop_key_vault, file_key_vault, passphrase_key_vault, KeyVault, KeyVaultError};
pub use zones::{set_time_zone_source, time_zone_names, TimeZoneSource};
