//! Reflections: free writing, optionally answering a prompt.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::entry::StoredEntry;
use super::limits::{self, MAX_NOTE_CHARS};
use super::prompts::prompt;
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::local_day;

/// A saved reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    /// Stable id.
    pub id: String,
    /// When it was written, with the person's offset.
    pub at: DateTime<FixedOffset>,
    /// The built-in prompt it answers, if any.
    #[serde(default)]
    pub prompt_id: Option<String>,
    /// The text.
    pub text: String,
}

/// Fields for a new or replaced reflection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReflectionDraft {
    /// When; `None` means now.
    pub at: Option<DateTime<FixedOffset>>,
    /// A built-in prompt id.
    pub prompt_id: Option<String>,
    /// The text (required).
    pub text: String,
}

impl ReflectionDraft {
    fn into_reflection(self, id: String) -> Result<Reflection> {
        let text = limits::text("text", Some(&self.text), MAX_NOTE_CHARS)?
            .ok_or_else(|| HearthError::invalid("text", "is empty"))?;
        if let Some(p) = &self.prompt_id {
            if prompt(p).is_none() {
                return Err(HearthError::invalid(
                    "prompt_id",
                    format!("there is no prompt {p:?}"),
                ));
            }
        }
        Ok(Reflection {
            id,
            at: self.at.unwrap_or_else(crate::zone::now_here),
            prompt_id: self.prompt_id,
            text,
        })
    }
}

impl Store {
    /// Saves a new reflection.
    pub fn add_reflection(&mut self, draft: ReflectionDraft) -> Result<Reflection> {
        let r = draft.into_reflection(Store::new_id()?)?;
        self.put(
            Table::Entries,
            &r.id,
            local_day(&r.at),
            &StoredEntry::Reflection(r.clone()),
        )?;
        Ok(r)
    }

    /// The reflection `id`.
    pub fn reflection(&mut self, id: &str) -> Result<Reflection> {
        match self.entry(id).map_err(|e| match e {
            HearthError::NotFound { .. } => HearthError::NotFound {
                kind: "reflection".into(),
                id: id.into(),
            },
            other => other,
        })? {
            StoredEntry::Reflection(r) => Ok(r),
            _ => Err(HearthError::NotFound {
                kind: "reflection".into(),
                id: id.into(),
            }),
        }
    }

    /// Replaces reflection `id`.
    pub fn update_reflection(&mut self, id: &str, draft: ReflectionDraft) -> Result<Reflection> {
        self.reflection(id)?;
        let r = draft.into_reflection(id.to_owned())?;
        self.put(
            Table::Entries,
            id,
            local_day(&r.at),
            &StoredEntry::Reflection(r.clone()),
        )?;
        Ok(r)
    }
}
