//! What a person records. Each kind of entry is sealed into the `entries` table as one
//! [`entry::StoredEntry`], so the kind itself is not visible on disk.

pub mod assessment;
pub mod calendar;
pub mod catalog;
pub mod checkin;
pub mod entry;
pub mod history;
pub mod limits;
pub mod people;
pub mod prompts;
pub mod reflection;
pub mod thought;
pub mod vocabulary;
