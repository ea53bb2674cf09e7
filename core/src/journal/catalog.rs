//! The person's own catalogs: tags and activities, custom emotions and custom scales.
//! Each is a small encrypted table read whole. Names are the person's words: they are
//! matched case-insensitively and stored lower-cased.

use serde::{Deserialize, Serialize};

use super::limits;
use super::vocabulary::{quadrant_of, DEFAULT_TAGS};
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};

/// Whether a tag describes context ("work") or something the person did ("running").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TagKind {
    /// A context or association.
    #[default]
    Context,
    /// An activity.
    Activity,
}

/// A tag or activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// Stable id; the name can change.
    pub id: String,
    /// Current name, lower case.
    pub name: String,
    /// Context or activity.
    #[serde(default)]
    pub kind: TagKind,
    /// Archived tags are hidden from pickers but stay on old entries.
    #[serde(default)]
    pub archived: bool,
}

/// A custom numeric scale such as "sleep quality" 0–10.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    /// Stable id.
    pub id: String,
    /// Name, lower case.
    pub name: String,
    /// Smallest allowed value.
    pub min: i32,
    /// Largest allowed value.
    pub max: i32,
    /// Hidden from pickers.
    #[serde(default)]
    pub archived: bool,
}

/// A custom emotion the person added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomEmotion {
    /// Stable id.
    pub id: String,
    /// Name, lower case.
    pub name: String,
}

const TAGS_SEEDED: &str = "tags-seeded";

impl Store {
    /// All tags, defaults included, sorted by name.
    pub fn tags(&mut self) -> Result<Vec<Tag>> {
        self.seed_default_tags()?;
        let version: i64 = self
            .conn()?
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?;
        if let Some((v, tags)) = &self.tag_cache {
            if *v == version {
                return Ok(tags.clone());
            }
        }
        let mut tags: Vec<Tag> = self.catalog(Table::Tags)?;
        tags.sort_by(|a, b| a.name.cmp(&b.name));
        self.tag_cache = Some((version, tags.clone()));
        Ok(tags)
    }

    /// Creates a tag (or returns the existing one with that name, un-archived).
    pub fn create_tag(&mut self, name: &str, kind: TagKind) -> Result<Tag> {
        // A default tag typed in the reader's language is that default, not a new tag.
        let name = super::vocabulary::tag_id(&label("name", name)?);
        if let Some(mut t) = self.tags()?.into_iter().find(|t| t.name == name) {
            if t.archived {
                t.archived = false;
                self.put_undated(Table::Tags, &t.id.clone(), &t)?;
            }
            return Ok(t);
        }
        let t = Tag {
            id: Store::new_id()?,
            name,
            kind,
            archived: false,
        };
        self.put_undated(Table::Tags, &t.id, &t)?;
        Ok(t)
    }

    /// Renames a tag. Every entry that carries it shows the new name (history follows),
    /// rewritten in one transaction.
    pub fn rename_tag(&mut self, id: &str, new_name: &str) -> Result<Tag> {
        let new_name = label("name", new_name)?;
        let tags = self.tags()?;
        let mut tag = tags
            .iter()
            .find(|t| t.id == id)
            .cloned()
            .ok_or_else(|| not_found("tag", id))?;
        if tags.iter().any(|t| t.name == new_name && t.id != id) {
            return Err(HearthError::invalid(
                "name",
                format!("a tag called {new_name:?} already exists"),
            ));
        }
        let old = std::mem::replace(&mut tag.name, new_name.clone());
        self.in_transaction(|s| {
            s.put_undated(Table::Tags, id, &tag)?;
            s.rewrite_tag_on_entries(&old, &new_name)
        })?;
        Ok(tag)
    }

    /// Archives or restores a tag.
    pub fn set_tag_archived(&mut self, id: &str, archived: bool) -> Result<Tag> {
        let mut tag = self
            .tags()?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| not_found("tag", id))?;
        tag.archived = archived;
        self.put_undated(Table::Tags, id, &tag)?;
        Ok(tag)
    }

    /// Custom emotions, sorted by name.
    pub fn custom_emotions(&mut self) -> Result<Vec<CustomEmotion>> {
        let mut v: Vec<CustomEmotion> = self.catalog(Table::Emotions)?;
        v.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(v)
    }

    /// Custom scales, sorted by name.
    pub fn scales(&mut self) -> Result<Vec<Scale>> {
        let mut v: Vec<Scale> = self.catalog(Table::Scales)?;
        v.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(v)
    }

    /// Creates a custom scale with an inclusive range.
    pub fn create_scale(&mut self, name: &str, min: i32, max: i32) -> Result<Scale> {
        let name = label("name", name)?;
        if min >= max {
            return Err(HearthError::invalid(
                "max",
                format!("must be greater than min ({min}), got {max}"),
            ));
        }
        if self.scales()?.iter().any(|s| s.name == name) {
            return Err(HearthError::invalid(
                "name",
                format!("a scale called {name:?} already exists"),
            ));
        }
        let s = Scale {
            id: Store::new_id()?,
            name,
            min,
            max,
            archived: false,
        };
        self.put_undated(Table::Scales, &s.id, &s)?;
        Ok(s)
    }

    /// Makes sure every name in `emotions` is a built-in or existing custom emotion,
    /// adding the ones listed in `custom` to the catalog. Unknown, unmarked names are an
    /// error naming `emotions`.
    pub(crate) fn resolve_emotions(
        &mut self,
        emotions: &[String],
        custom: &[String],
    ) -> Result<Vec<String>> {
        if emotions.is_empty() && custom.is_empty() {
            // Most check-ins (every widget tap) name no emotion: no catalog read.
            return Ok(Vec::new());
        }
        // The person's own emotions are only needed for names that are not built in.
        let known: Vec<String> =
            if custom.is_empty() && emotions.iter().all(|n| quadrant_of(n).is_some()) {
                Vec::new()
            } else {
                self.custom_emotions()?
                    .into_iter()
                    .map(|e| e.name)
                    .collect()
            };
        let mut out = Vec::new();
        for name in emotions {
            if quadrant_of(name).is_none() && !known.contains(name) && !custom.contains(name) {
                return Err(HearthError::invalid(
                    "emotions",
                    format!("{name:?} is not in the emotion list; mark it as custom to add it"),
                ));
            }
            if !out.contains(name) {
                out.push(name.clone());
            }
        }
        for name in custom {
            if quadrant_of(name).is_none() && !known.contains(name) {
                let e = CustomEmotion {
                    id: Store::new_id()?,
                    name: name.clone(),
                };
                self.put_undated(Table::Emotions, &e.id, &e)?;
            }
            if !out.contains(name) {
                out.push(name.clone());
            }
        }
        Ok(out)
    }

    /// Creates tags named at check-in that don't exist yet (tags are the person's words),
    /// and brings back archived ones named anew; those in `kept` were already on the
    /// entry being edited and stay as they are.
    pub(crate) fn ensure_tags(&mut self, names: &[String], kept: &[String]) -> Result<()> {
        if names.is_empty() {
            // No tags named: nothing to create, so no catalog read (and no default-tag
            // seeding, which `tags()` still does the first time the catalog is read).
            return Ok(());
        }
        let existing: Vec<Tag> = self.tags()?;
        for n in names {
            match existing.iter().find(|t| &t.name == n) {
                Some(t) if t.archived && !kept.contains(n) => {
                    self.set_tag_archived(&t.id.clone(), false)?;
                }
                Some(_) => {}
                None => {
                    let t = Tag {
                        id: Store::new_id()?,
                        name: n.clone(),
                        kind: TagKind::Context,
                        archived: false,
                    };
                    self.put_undated(Table::Tags, &t.id, &t)?;
                }
            }
        }
        Ok(())
    }

    pub(crate) fn catalog<T: serde::de::DeserializeOwned>(
        &mut self,
        table: Table,
    ) -> Result<Vec<T>> {
        // A damaged catalog row is skipped here; `verify` reports it.
        Ok(self
            .scan::<T>(table, crate::time::DayRange::all())?
            .into_iter()
            .filter_map(|r| r.value.ok())
            .collect())
    }

    /// Marks the default tags as offered without adding them, if they never were (a new
    /// store): used by an import that brings its own tags.
    pub(crate) fn skip_default_tags_if_new(&mut self) -> Result<()> {
        // Whether any tag row exists: the index alone, nothing decrypted.
        let any: bool = self
            .conn()?
            .query_row("SELECT EXISTS(SELECT 1 FROM tags)", [], |r| r.get(0))?;
        if !any {
            self.conn()?.execute(
                "INSERT OR IGNORE INTO meta (k, v) VALUES (?1, x'01')",
                [TAGS_SEEDED],
            )?;
        }
        Ok(())
    }

    fn seed_default_tags(&mut self) -> Result<()> {
        let seeded: bool = self
            .conn()?
            .prepare_cached("SELECT EXISTS(SELECT 1 FROM meta WHERE k = ?1)")?
            .query_row([TAGS_SEEDED], |r| r.get(0))?;
        // A read-only journal is shown as it is, without the defaults it never got.
        if seeded || self.is_read_only() {
            return Ok(());
        }
        self.in_transaction(|s| {
            let have: Vec<Tag> = s.catalog(Table::Tags)?;
            for name in DEFAULT_TAGS {
                if !have.iter().any(|t| t.name == name) {
                    let t = Tag {
                        id: Store::new_id()?,
                        name: name.into(),
                        kind: TagKind::Context,
                        archived: false,
                    };
                    s.put_undated(Table::Tags, &t.id, &t)?;
                }
            }
            s.conn()?.execute(
                "INSERT OR IGNORE INTO meta (k, v) VALUES (?1, x'01')",
                [TAGS_SEEDED],
            )?;
            Ok(())
        })
    }
}

/// Normalises a catalog name, naming `field` in errors.
pub(crate) fn label(field: &str, raw: &str) -> Result<String> {
    let mut v = limits::labels(field, &[raw.to_owned()])?;
    Ok(v.remove(0))
}

pub(crate) fn not_found(kind: &str, id: &str) -> HearthError {
    HearthError::NotFound {
        kind: kind.into(),
        id: id.into(),
    }
}
