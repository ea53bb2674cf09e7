//! The JSON export document, format version 1 (see the [module docs](super)).

use serde::{Deserialize, Serialize};

use crate::error::{HearthError, Result};
use crate::journal::catalog::{CustomEmotion, Scale, Tag};
use crate::journal::entry::StoredEntry;
use crate::journal::people::Person;
use crate::reminders::settings::ReminderSettings;
use crate::safety::SafetyPlan;
use crate::shell_settings::ShellSettings;

/// The value of `"format"` in every export.
pub const FORMAT: &str = "hearth-export";
/// The newest export version this build writes and reads.
pub const VERSION: u32 = 1;

/// A whole journal as one document. Field order is the order written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportDocument {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`] when written by this build.
    pub version: u32,
    /// Every entry of every kind, oldest first.
    #[serde(default)]
    pub entries: Vec<StoredEntry>,
    /// Tags and activities, archived ones included.
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Custom scales.
    #[serde(default)]
    pub scales: Vec<Scale>,
    /// Custom emotions.
    #[serde(default)]
    pub custom_emotions: Vec<CustomEmotion>,
    /// Trusted people.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Reminder settings; absent on import means "leave as they are".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminders: Option<ReminderSettings>,
    /// The safety plan; absent on import means "leave as it is".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_plan: Option<SafetyPlan>,
    /// The shells' own settings (app lock and the like); absent on import means "leave
    /// them as they are", present replaces them all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shell_settings: Option<ShellSettings>,
}

impl ExportDocument {
    /// An empty document of the current version.
    pub fn empty() -> Self {
        ExportDocument {
            format: FORMAT.into(),
            version: VERSION,
            entries: Vec::new(),
            tags: Vec::new(),
            scales: Vec::new(),
            custom_emotions: Vec::new(),
            people: Vec::new(),
            reminders: None,
            safety_plan: None,
            shell_settings: None,
        }
    }

    /// The document as pretty JSON with a final newline: the export file's bytes.
    pub fn to_json(&self) -> Result<String> {
        let mut s =
            serde_json::to_string_pretty(self).map_err(|e| HearthError::Storage(e.to_string()))?;
        s.push('\n');
        Ok(s)
    }
}
