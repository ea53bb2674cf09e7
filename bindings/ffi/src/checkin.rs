//! Check-ins across the FFI.

use std::time::SystemTime;

use hearth_core::journal::checkin as core;
use hearth_core::time::DayRange;

use crate::error::HearthError;
use crate::hearth::Hearth;
use crate::time;

/// Where an entry was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum EntrySource {
    /// The full app.
    App,
    /// A home-screen widget tap.
    Widget,
    /// A reminder notification's action.
    Reminder,
    /// Imported from a file.
    Import,
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CheckIn {
    /// Stable random id.
    pub id: String,
    /// The instant it happened.
    pub at: SystemTime,
    /// The person's UTC offset at that instant, in seconds (e.g. 3600 for UTC+1).
    pub utc_offset_seconds: i32,
    /// Mood 1 (very low) … 5 (very good).
    pub mood: i32,
    /// Energy 1–5, if given.
    pub energy: Option<i32>,
    /// Emotion labels, lower case.
    pub emotions: Vec<String>,
    /// Context tags, lower case.
    pub tags: Vec<String>,
    /// Free text.
    pub note: Option<String>,
    /// Where it was recorded.
    pub source: EntrySource,
    /// Custom scale readings.
    pub scales: Vec<ScaleValue>,
    /// Connected with someone.
    pub connected: bool,
    /// Ids of trusted people they connected with.
    pub with_people: Vec<String>,
}

/// One custom scale reading.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScaleValue {
    /// Scale name (case-insensitive).
    pub scale: String,
    /// Value within the scale's range.
    pub value: i32,
}

/// What a shell passes to record or replace a check-in.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CheckInInput {
    /// Mood 1–5 (required).
    pub mood: i32,
    /// Where it is being recorded (app, widget, reminder, import).
    pub source: EntrySource,
    /// Energy 1–5.
    #[uniffi(default = None)]
    pub energy: Option<i32>,
    /// Emotion labels.
    #[uniffi(default = [])]
    pub emotions: Vec<String>,
    /// Context tags.
    #[uniffi(default = [])]
    pub tags: Vec<String>,
    /// Optional note; blank means none.
    #[uniffi(default = None)]
    pub note: Option<String>,
    /// When; null/nil means now.
    #[uniffi(default = None)]
    pub at: Option<SystemTime>,
    /// UTC offset in seconds; null/nil means the device's offset at `at`.
    #[uniffi(default = None)]
    pub utc_offset_seconds: Option<i32>,
    /// Emotions of the person's own to add to their list (anything not built in).
    #[uniffi(default = [])]
    pub custom_emotions: Vec<String>,
    /// Custom scale readings (the scale must exist).
    #[uniffi(default = [])]
    pub scales: Vec<ScaleValue>,
    /// Connected with someone.
    #[uniffi(default = false)]
    pub connected: bool,
    /// Trusted people (ids) they connected with; implies `connected`.
    #[uniffi(default = [])]
    pub with_people: Vec<String>,
}

impl From<EntrySource> for core::Source {
    fn from(s: EntrySource) -> Self {
        match s {
            EntrySource::App => core::Source::App,
            EntrySource::Widget => core::Source::Widget,
            EntrySource::Reminder => core::Source::Reminder,
            EntrySource::Import => core::Source::Import,
        }
    }
}

impl From<core::Source> for EntrySource {
    fn from(s: core::Source) -> Self {
        match s {
            core::Source::App => EntrySource::App,
            core::Source::Widget => EntrySource::Widget,
            core::Source::Reminder => EntrySource::Reminder,
            core::Source::Import => EntrySource::Import,
        }
    }
}

impl From<core::CheckIn> for CheckIn {
    fn from(c: core::CheckIn) -> Self {
        let (at, utc_offset_seconds) = time::from_core(&c.at);
        CheckIn {
            id: c.id,
            at,
            utc_offset_seconds,
            mood: c.mood.into(),
            energy: c.energy.map(i32::from),
            emotions: c.emotions,
            tags: c.tags,
            note: c.note,
            source: c.source.into(),
            scales: c
                .scales
                .into_iter()
                .map(|v| ScaleValue {
                    scale: v.scale,
                    value: v.value,
                })
                .collect(),
            connected: c.connected,
            with_people: c.with_people,
        }
    }
}

impl CheckInInput {
    fn into_draft(self) -> Result<core::CheckInDraft, HearthError> {
        Ok(core::CheckInDraft {
            at: time::to_core(self.at, self.utc_offset_seconds)?,
            mood: rating("mood", self.mood)?,
            energy: self.energy.map(|e| rating("energy", e)).transpose()?,
            emotions: self.emotions,
            tags: self.tags,
            note: self.note,
            source: self.source.into(),
            custom_emotions: self.custom_emotions,
            scales: self
                .scales
                .into_iter()
                .map(|v| core::ScaleValue {
                    scale: v.scale,
                    value: v.value,
                })
                .collect(),
            connected: self.connected,
            with_people: self.with_people,
        })
    }
}

/// Narrows a 1–5 rating. Out-of-range values keep their real value in the message
/// instead of wrapping (a Kotlin `Int` of 261 must not become mood 5).
fn rating(field: &str, v: i32) -> Result<u8, HearthError> {
    Ok(hearth_core::journal::limits::rating_wide(field, v.into())?)
}

#[uniffi::export]
impl Hearth {
    /// Validates and saves a check-in; returns it as stored. From a widget, pass
    /// `source = Widget`: this one call is all a tap needs.
    pub fn record_checkin(&self, input: CheckInInput) -> Result<CheckIn, HearthError> {
        let draft = input.into_draft()?;
        self.with(|s| s.record_checkin(draft)).map(CheckIn::from)
    }

    /// The check-in with this id.
    pub fn get_checkin(&self, id: String) -> Result<CheckIn, HearthError> {
        self.with(|s| s.checkin(&id)).map(CheckIn::from)
    }

    /// Check-ins whose local day is within `from`..=`to` (`YYYY-MM-DD`, either may be
    /// null for an open end), newest first. Damaged records are skipped; `verify`
    /// names them.
    #[uniffi::method(default(from = None, to = None))]
    pub fn list_checkins(
        &self,
        from: Option<String>,
        to: Option<String>,
    ) -> Result<Vec<CheckIn>, HearthError> {
        let range = DayRange {
            from: time::date("from", from)?,
            to: time::date("to", to)?,
        };
        self.with(|s| s.checkins(range))
            .map(|l| l.items.into_iter().map(CheckIn::from).collect())
    }

    /// Replaces every field of check-in `id`; the id stays.
    pub fn update_checkin(&self, id: String, input: CheckInInput) -> Result<CheckIn, HearthError> {
        let draft = input.into_draft()?;
        self.with(|s| s.update_checkin(&id, draft))
            .map(CheckIn::from)
    }

    /// Deletes check-in `id`.
    pub fn delete_checkin(&self, id: String) -> Result<(), HearthError> {
        self.with(|s| s.delete_checkin(&id))
    }

    /// Check-ins of the local day `date` (`YYYY-MM-DD`).
    pub fn checkins_on(&self, date: String) -> Result<Vec<CheckIn>, HearthError> {
        self.list_checkins(Some(date.clone()), Some(date))
    }
}
