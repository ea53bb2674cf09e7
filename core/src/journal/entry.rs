//! The sealed document stored per row of `entries`, and views that mix every kind.
//! New kinds are added as new variants; new fields use `#[serde(default)]` so older
//! rows keep decoding.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::de::{self, value::MapAccessDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::assessment::AssessmentRecord;
use super::checkin::{CheckIn, Listing};
use super::reflection::Reflection;
use super::thought::ThoughtRecord;
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::{local_day, DayRange};

/// One journal entry as sealed on disk: a JSON object whose first key is `kind`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StoredEntry {
    /// A mood check-in.
    CheckIn(CheckIn),
    /// A free reflection.
    Reflection(Reflection),
    /// A CBT thought record.
    Thought(ThoughtRecord),
    /// A questionnaire result.
    Assessment(AssessmentRecord),
}

/// The `kind` values of [`StoredEntry`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum EntryKind {
    CheckIn,
    Reflection,
    Thought,
    Assessment,
}

/// Decodes the `kind` first, then the rest of the same object straight into that kind's
/// type. serde's derived decoder for an internally tagged enum cannot assume the tag
/// comes first, so it buffers every entry into an intermediate tree: a third of the
/// time of an all-time scan, and a copy of every entry type's decoder in the library.
/// Hearth always writes `kind` first (serde writes the tag before the fields).
impl<'de> Deserialize<'de> for StoredEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_map(EntryVisitor)
    }
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = StoredEntry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a journal entry: an object starting with its `kind`")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<StoredEntry, A::Error> {
        match map.next_key::<std::borrow::Cow<'de, str>>()? {
            Some(key) if key == "kind" => {}
            _ => return Err(de::Error::custom("an entry must start with its `kind`")),
        }
        let kind: EntryKind = map.next_value()?;
        let rest = MapAccessDeserializer::new(map);
        Ok(match kind {
            EntryKind::CheckIn => StoredEntry::CheckIn(CheckIn::deserialize(rest)?),
            EntryKind::Reflection => StoredEntry::Reflection(Reflection::deserialize(rest)?),
            EntryKind::Thought => StoredEntry::Thought(ThoughtRecord::deserialize(rest)?),
            EntryKind::Assessment => StoredEntry::Assessment(AssessmentRecord::deserialize(rest)?),
        })
    }
}

impl StoredEntry {
    /// The entry's id.
    pub fn id(&self) -> &str {
        match self {
            StoredEntry::CheckIn(c) => &c.id,
            StoredEntry::Reflection(r) => &r.id,
            StoredEntry::Thought(t) => &t.id,
            StoredEntry::Assessment(a) => &a.id,
        }
    }

    /// When it happened.
    pub fn at(&self) -> &DateTime<FixedOffset> {
        match self {
            StoredEntry::CheckIn(c) => &c.at,
            StoredEntry::Reflection(r) => &r.at,
            StoredEntry::Thought(t) => &t.at,
            StoredEntry::Assessment(a) => &a.at,
        }
    }

    /// Stable kind name: `check_in`, `reflection`, `thought` or `assessment`.
    pub fn kind(&self) -> &'static str {
        match self {
            StoredEntry::CheckIn(_) => "check_in",
            StoredEntry::Reflection(_) => "reflection",
            StoredEntry::Thought(_) => "thought",
            StoredEntry::Assessment(_) => "assessment",
        }
    }

    /// Every piece of free text in the entry, for search.
    fn texts(&self) -> Vec<&str> {
        match self {
            StoredEntry::CheckIn(c) => c.note.iter().map(|s| s.as_str()).collect(),
            StoredEntry::Reflection(r) => vec![r.text.as_str()],
            StoredEntry::Assessment(_) => vec![],
            StoredEntry::Thought(t) => {
                let mut v = vec![t.situation.as_str()];
                v.extend(t.thoughts.iter().map(|x| x.text.as_str()));
                v.extend(
                    [&t.evidence_for, &t.evidence_against, &t.balanced_thought]
                        .into_iter()
                        .flatten()
                        .map(|s| s.as_str()),
                );
                v
            }
        }
    }
}

impl Store {
    /// Any entry by id.
    pub fn entry(&mut self, id: &str) -> Result<StoredEntry> {
        let row = self
            .get::<StoredEntry>(Table::Entries, id)?
            .ok_or_else(|| HearthError::NotFound {
                kind: "entry".into(),
                id: id.into(),
            })?;
        row.value.map_err(|reason| HearthError::Damaged {
            id: id.into(),
            reason,
        })
    }

    /// Deletes any entry (check-in, reflection or thought record). A damaged entry can
    /// be deleted too: that is how a person clears it.
    pub fn delete_entry(&mut self, id: &str) -> Result<()> {
        if self.remove(Table::Entries, id)? {
            Ok(())
        } else {
            Err(HearthError::NotFound {
                kind: "entry".into(),
                id: id.into(),
            })
        }
    }

    /// Every kind of entry whose local day is in `range`, newest first.
    pub fn entries(&mut self, range: DayRange) -> Result<Listing<StoredEntry>> {
        let range = range.validated()?;
        let mut items = Vec::new();
        let mut damaged = Vec::new();
        // Streamed: each row is decrypted and kept (or not) as it is read, so the peak
        // is the kept entries, not also every ciphertext and every decoded row.
        self.scan_each::<StoredEntry>(Table::Entries, range, |row| {
            match row.value {
                Ok(e) if range.contains(local_day(e.at())) => items.push(e),
                Ok(_) => {}
                Err(_) => damaged.push(row.id),
            }
            Ok(())
        })?;
        // Ids are unique, so an unstable sort gives the same order without a scratch
        // copy of every entry.
        items.sort_unstable_by(|a, b| b.at().cmp(a.at()).then_with(|| a.id().cmp(b.id())));
        damaged.sort();
        Ok(Listing { items, damaged })
    }

    /// Entries whose text contains `query` (case-insensitive), newest first. Entries are
    /// decrypted and filtered in memory: there is no plaintext index to search.
    pub fn search(&mut self, query: &str) -> Result<Vec<StoredEntry>> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Err(HearthError::invalid("query", "is empty"));
        }
        let all = self.entries(DayRange::all())?;
        Ok(all
            .items
            .into_iter()
            .filter(|e| e.texts().iter().any(|t| t.to_lowercase().contains(&q)))
            .collect())
    }

    pub(crate) fn rewrite_tag_on_entries(&mut self, old: &str, new: &str) -> Result<()> {
        self.rewrite_checkins(|c| {
            if !c.tags.iter().any(|t| t == old) {
                return false;
            }
            for t in c.tags.iter_mut().filter(|t| *t == old) {
                *t = new.to_owned();
            }
            c.tags.dedup();
            true
        })
    }

    /// Hands every readable check-in to `change` and writes back those it changed
    /// (it returns `true`). The caller holds the transaction.
    pub(crate) fn rewrite_checkins(
        &mut self,
        mut change: impl FnMut(&mut super::checkin::CheckIn) -> bool,
    ) -> Result<()> {
        for row in self.scan::<StoredEntry>(Table::Entries, DayRange::all())? {
            if let Ok(StoredEntry::CheckIn(mut c)) = row.value {
                if change(&mut c) {
                    let day = local_day(&c.at);
                    self.put(Table::Entries, &c.id.clone(), day, &StoredEntry::CheckIn(c))?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reflection() -> StoredEntry {
        StoredEntry::Reflection(
            serde_json::from_value(serde_json::json!({
                "id": "r1",
                "at": "2026-11-28T20:00:00+01:00",
                "text": "A walk with Sam helped.",
            }))
            .unwrap(),
        )
    }

    #[test]
    fn kind_first_decodes_without_buffering_and_anything_else_is_refused() {
        let entry = reflection();
        let bytes = serde_json::to_vec(&entry).unwrap();
        assert!(bytes.starts_with(br#"{"kind":"reflection","#));
        assert_eq!(
            serde_json::from_slice::<StoredEntry>(&bytes).unwrap(),
            entry
        );

        let late =
            br#"{"id":"r1","kind":"reflection","at":"2026-11-28T20:00:00+01:00","text":"x"}"#;
        let e = serde_json::from_slice::<StoredEntry>(late)
            .unwrap_err()
            .to_string();
        assert!(e.contains("must start with its `kind`"), "{e}");
        let unknown = br#"{"kind":"dream","id":"d1"}"#;
        let e = serde_json::from_slice::<StoredEntry>(unknown)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown variant `dream`"), "{e}");
        for bad in [&b"[]"[..], b"{}", b"\"kind\"", b"{\"kind\":3}"] {
            assert!(serde_json::from_slice::<StoredEntry>(bad).is_err());
        }
    }
}
