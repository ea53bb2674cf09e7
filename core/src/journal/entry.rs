//! The sealed document stored per row of `entries`. New kinds are added as new variants;
//! new fields use `#[serde(default)]` so older rows keep decoding.

use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;

/// One journal entry as sealed on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StoredEntry {
    /// A mood check-in.
    CheckIn(CheckIn),
}
