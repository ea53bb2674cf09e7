//! Check-ins: a mood, optionally energy, emotions, tags and a note, at an exact time
//! with its UTC offset.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::entry::StoredEntry;
use super::limits::{self, MAX_NOTE_CHARS};
use super::vocabulary;
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
    /// Values of the person's custom scales.
    #[serde(default)]
    pub scales: Vec<ScaleValue>,
    /// Whether the person connected with someone (in person, call, message).
    #[serde(default)]
    pub connected: bool,
    /// Ids of trusted people they connected with.
    #[serde(default)]
    pub with_people: Vec<String>,
}

/// One reading of a custom scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleValue {
    /// The scale's name, lower case.
    pub scale: String,
    /// The value, within the scale's range.
    pub value: i32,
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
    /// Emotions not in the built-in list that the person is adding as their own.
    pub custom_emotions: Vec<String>,
    /// Custom scale readings.
    pub scales: Vec<ScaleValue>,
    /// Connected with someone.
    pub connected: bool,
    /// Trusted people (ids) they connected with; implies `connected`.
    pub with_people: Vec<String>,
}

impl CheckInDraft {
    /// Validates and normalises into a check-in with the given id.
    pub fn into_checkin(self, id: String) -> Result<CheckIn> {
        Ok(CheckIn {
            id,
            at: self.at.unwrap_or_else(crate::zone::now_here),
            mood: limits::rating("mood", self.mood)?,
            energy: self
                .energy
                .map(|e| limits::rating("energy", e))
                .transpose()?,
            emotions: limits::labels("emotions", &self.emotions)?,
            tags: limits::labels("tags", &self.tags)?,
            note: limits::text("note", self.note.as_deref(), MAX_NOTE_CHARS)?,
            source: self.source,
            scales: scale_readings(self.scales)?,
            connected: self.connected || !self.with_people.is_empty(),
            with_people: self.with_people,
        })
    }
}

/// How far ahead of this device's clock a check-in's time may be: another device's clock
/// (a shell passing its own `now`) may run a little fast.
const FUTURE_SLACK_SECONDS: i64 = 120;

/// Refuses a time in the future: a check-in records a moment that has happened (a
/// backfilled one included). Imports are not held to this, so a file from a device
/// whose clock ran fast still comes back whole.
fn not_in_future(at: &DateTime<FixedOffset>) -> Result<()> {
    let now = chrono::Utc::now();
    if at.with_timezone(&chrono::Utc) > now + chrono::Duration::seconds(FUTURE_SLACK_SECONDS) {
        return Err(HearthError::invalid(
            "at",
            "is in the future; a check-in records a moment that has already happened",
        ));
    }
    Ok(())
}

/// Scale readings with their names trimmed and lower-cased: at most
/// [`limits::MAX_LABELS`], each scale once (a check-in is one moment, so one reading per
/// scale; two would make exports ambiguous).
fn scale_readings(mut values: Vec<ScaleValue>) -> Result<Vec<ScaleValue>> {
    if values.len() > limits::MAX_LABELS {
        return Err(HearthError::invalid(
            "scales",
            format!(
                "at most {} readings are allowed, got {}",
                limits::MAX_LABELS,
                values.len()
            ),
        ));
    }
    for i in 0..values.len() {
        values[i].scale = values[i].scale.trim().to_lowercase();
        if values[..i].iter().any(|v| v.scale == values[i].scale) {
            return Err(HearthError::invalid(
                "scales",
                format!("{:?} has more than one reading", values[i].scale),
            ));
        }
    }
    Ok(values)
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
        let id = Store::new_id()?;
        self.save_checkin(id, draft, None)
    }

    /// The check-in `id`.
    pub fn checkin(&mut self, id: &str) -> Result<CheckIn> {
        match self.entry(id) {
            Ok(StoredEntry::CheckIn(c)) => Ok(c),
            Ok(_) | Err(HearthError::NotFound { .. }) => Err(not_found(id)),
            Err(e) => Err(e),
        }
    }

    /// Replaces every field of check-in `id` (the id is kept).
    pub fn update_checkin(&mut self, id: &str, draft: CheckInDraft) -> Result<CheckIn> {
        let before = self.checkin(id)?;
        self.save_checkin(id.to_owned(), draft, Some(&before))
    }

    /// Deletes check-in `id`.
    pub fn delete_checkin(&mut self, id: &str) -> Result<()> {
        match self.checkin(id) {
            // A damaged record can still be deleted: that is how a person clears it.
            Ok(_) | Err(HearthError::Damaged { .. }) => self.delete_entry(id),
            Err(other) => Err(other),
        }
    }

    /// Check-ins whose local day lies in `range`, newest first.
    pub fn checkins(&mut self, range: DayRange) -> Result<Listing<CheckIn>> {
        let mut items = Vec::new();
        let damaged = self.each_checkin(range, |c| items.push(c))?;
        // Unstable sort: ids are unique, so the order is the same, and no scratch copy
        // of every check-in is allocated (a stable sort's buffer was 6 MB at 50 years).
        items.sort_unstable_by(|a: &CheckIn, b: &CheckIn| {
            b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id))
        });
        Ok(Listing { items, damaged })
    }

    /// Hands each check-in whose local day lies in `range` to `f` as it is decrypted, in
    /// storage order, and returns the ids of rows that could not be read (sorted).
    /// Other kinds of entry are skipped as they are read; nothing is held, so a caller
    /// that only counts (insights) needs no memory per check-in.
    pub fn each_checkin(
        &mut self,
        range: DayRange,
        mut f: impl FnMut(CheckIn),
    ) -> Result<Vec<String>> {
        let range = range.validated()?;
        let mut damaged = Vec::new();
        self.scan_each::<StoredEntry>(Table::Entries, range, |row| {
            match row.value {
                Ok(StoredEntry::CheckIn(c)) if range.contains(local_day(&c.at)) => f(c),
                Ok(_) => {}
                Err(_) => damaged.push(row.id),
            }
            Ok(())
        })?;
        damaged.sort();
        Ok(damaged)
    }

    /// Validates a draft against the catalogs (emotions, tags, scales, people) and
    /// writes it, all in one short transaction.
    /// `before` is `None` for a new check-in (a fresh id), or the entry being edited: an
    /// edit may keep someone a store from an older Hearth still names after their
    /// removal, and keeping a tag that was archived since does not bring it back (only
    /// naming it anew does).
    fn save_checkin(
        &mut self,
        id: String,
        draft: CheckInDraft,
        before: Option<&CheckIn>,
    ) -> Result<CheckIn> {
        let kept_people = before.map(|b| b.with_people.as_slice());
        let kept_tags = before.map_or(&[][..], |b| b.tags.as_slice());
        let custom: Vec<String> = limits::labels("custom_emotions", &draft.custom_emotions)?
            .iter()
            .map(|e| vocabulary::emotion_id(e))
            .collect();
        let mut c = draft.into_checkin(id)?;
        // Built-ins picked by their label in the reader's language are stored by id.
        for e in c.emotions.iter_mut() {
            *e = vocabulary::emotion_id(e);
        }
        let mut tags: Vec<String> = Vec::with_capacity(c.tags.len());
        for t in &c.tags {
            let t = vocabulary::tag_id(t);
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        c.tags = tags;
        not_in_future(&c.at)?;
        self.in_transaction(|s| {
            c.emotions = s.resolve_emotions(&c.emotions, &custom)?;
            if c.emotions.len() > limits::MAX_LABELS {
                return Err(HearthError::invalid(
                    "emotions",
                    format!("at most {} are allowed", limits::MAX_LABELS),
                ));
            }
            s.ensure_tags(&c.tags, kept_tags)?;
            s.check_scales(&mut c.scales)?;
            let new_people: Vec<String> = c
                .with_people
                .iter()
                .filter(|p| !kept_people.is_some_and(|k| k.contains(p)))
                .cloned()
                .collect();
            s.check_people(&new_people)?;
            let day = local_day(&c.at);
            let entry = StoredEntry::CheckIn(c.clone());
            match kept_people {
                None => s.put_new(Table::Entries, &c.id, day, &entry)?,
                Some(_) => s.put(Table::Entries, &c.id, day, &entry)?,
            }
            Ok(c)
        })
    }

    fn check_scales(&mut self, values: &mut [ScaleValue]) -> Result<()> {
        if values.is_empty() {
            return Ok(());
        }
        let scales = self.scales()?;
        for v in values.iter_mut() {
            v.scale = v.scale.trim().to_lowercase();
            let s = scales.iter().find(|s| s.name == v.scale).ok_or_else(|| {
                HearthError::invalid(
                    "scales",
                    format!("there is no scale called {:?}; create it first", v.scale),
                )
            })?;
            if v.value < s.min || v.value > s.max {
                return Err(HearthError::invalid(
                    "scales",
                    format!(
                        "{} must be between {} and {}, got {}",
                        s.name, s.min, s.max, v.value
                    ),
                ));
            }
        }
        Ok(())
    }

    fn check_people(&mut self, ids: &[String]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        // One lookup (and one decryption) per named person, by row id, instead of
        // decrypting the whole list: a check-in usually names one person. A row that
        // fails to decrypt counts as missing, as it did when the list was read whole.
        for id in ids {
            let found = self.get::<super::people::Person>(Table::People, id)?;
            if !found.is_some_and(|row| row.value.is_ok_and(|p| &p.id == id)) {
                return Err(HearthError::NotFound {
                    kind: "person".into(),
                    id: id.clone(),
                });
            }
        }
        Ok(())
    }
}

fn not_found(id: &str) -> HearthError {
    HearthError::NotFound {
        kind: "check-in".into(),
        id: id.into(),
    }
}
