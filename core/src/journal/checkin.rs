//! Check-ins: a mood, optionally energy, emotions, tags and a note, at an exact time
//! with its UTC offset.

use chrono::{DateTime, FixedOffset, Local};
use serde::{Deserialize, Serialize};

use super::entry::StoredEntry;
use super::limits::{self, MAX_NOTE_CHARS};
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::{local_day, DayRange};

/// Where an entry was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The full app.
    #[default]
    App,
    /// A home-screen widget tap.
    Widget,
    /// A reminder notification's action.
    Reminder,
    /// Imported from a file.
    Import,
}

/// A saved check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Stable random id.
    pub id: String,
    /// When it happened, with the UTC offset in force for the person at that moment.
    pub at: DateTime<FixedOffset>,
    /// Mood (valence), 1 = very low … 5 = very good.
    pub mood: u8,
    /// Energy (arousal), 1–5, if given.
    pub energy: Option<u8>,
    /// Emotion labels, lower case.
    #[serde(default)]
    pub emotions: Vec<String>,
    /// Context tags, lower case.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Free text.
    #[serde(default)]
    pub note: Option<String>,
    /// Where it was recorded.
    #[serde(default)]
    pub source: Source,
}

/// What a caller supplies to record or replace a check-in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInDraft {
    /// When; `None` means now, in the device's offset.
    pub at: Option<DateTime<FixedOffset>>,
    /// 1–5.
    pub mood: u8,
    /// 1–5 or none.
    pub energy: Option<u8>,
    /// Emotion labels.
    pub emotions: Vec<String>,
    /// Context tags.
    pub tags: Vec<String>,
    /// Optional note (blank means none).
    pub note: Option<String>,
    /// Where it is being recorded.
    pub source: Source,
}

impl CheckInDraft {
    /// Validates and normalises into a check-in with the given id.
    pub fn into_checkin(self, id: String) -> Result<CheckIn> {
        Ok(CheckIn {
            id,
            at: self.at.unwrap_or_else(|| Local::now().fixed_offset()),
            mood: limits::rating("mood", self.mood)?,
            energy: self
                .energy
                .map(|e| limits::rating("energy", e))
                .transpose()?,
            emotions: limits::labels("emotions", &self.emotions)?,
            tags: limits::labels("tags", &self.tags)?,
            note: limits::text("note", self.note.as_deref(), MAX_NOTE_CHARS)?,
            source: self.source,
        })
    }
}

/// Check-ins of a range plus the ids of records that could not be read.
#[derive(Debug, Clone)]
pub struct Listing<T> {
    /// Readable entries, newest first.
    pub items: Vec<T>,
    /// Ids of damaged records that were skipped (see `Store::verify`).
    pub damaged: Vec<String>,
}

impl Store {
    /// Validates and saves a new check-in. Returns it as stored.
    pub fn record_checkin(&mut self, draft: CheckInDraft) -> Result<CheckIn> {
        let c = draft.into_checkin(Store::new_id()?)?;
        self.put(
            Table::Entries,
            &c.id,
            local_day(&c.at),
            &StoredEntry::CheckIn(c.clone()),
        )?;
        Ok(c)
    }

    /// The check-in `id`.
    pub fn checkin(&mut self, id: &str) -> Result<CheckIn> {
        let row = self
            .get::<StoredEntry>(Table::Entries, id)?
            .ok_or_else(|| not_found(id))?;
        match row.value {
            Ok(StoredEntry::CheckIn(c)) => Ok(c),
            Err(reason) => Err(HearthError::Damaged {
                id: id.into(),
                reason,
            }),
        }
    }

    /// Replaces every field of check-in `id` (the id is kept).
    pub fn update_checkin(&mut self, id: &str, draft: CheckInDraft) -> Result<CheckIn> {
        self.checkin(id)?;
        let c = draft.into_checkin(id.to_owned())?;
        self.put(
            Table::Entries,
            id,
            local_day(&c.at),
            &StoredEntry::CheckIn(c.clone()),
        )?;
        Ok(c)
    }

    /// Deletes check-in `id`.
    pub fn delete_checkin(&mut self, id: &str) -> Result<()> {
        match self.checkin(id) {
            // A damaged record can still be deleted: that is how a person clears it.
            Ok(_) | Err(HearthError::Damaged { .. }) => {}
            Err(other) => return Err(other),
        }
        if self.remove(Table::Entries, id)? {
            Ok(())
        } else {
            Err(not_found(id))
        }
    }

    /// Check-ins whose local day lies in `range`, newest first.
    pub fn checkins(&mut self, range: DayRange) -> Result<Listing<CheckIn>> {
        let range = range.validated()?;
        let mut out = Listing {
            items: Vec::new(),
            damaged: Vec::new(),
        };
        for row in self.scan::<StoredEntry>(Table::Entries, range)? {
            match row.value {
                Ok(StoredEntry::CheckIn(c)) if range.contains(local_day(&c.at)) => {
                    out.items.push(c)
                }
                Ok(_) => {}
                Err(_) => out.damaged.push(row.id),
            }
        }
        out.items
            .sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id)));
        out.damaged.sort();
        Ok(out)
    }
}

fn not_found(id: &str) -> HearthError {
    HearthError::NotFound {
        kind: "check-in".into(),
        id: id.into(),
    }
}
