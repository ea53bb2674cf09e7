//! Building the full export from a store. Reads only; the order is fixed so the same
//! journal always exports to the same bytes.

use crate::error::Result;
use crate::journal::entry::StoredEntry;
use crate::store::Store;
use crate::time::DayRange;

use super::document::ExportDocument;

/// An export plus the ids of records that could not be read and so are missing from it.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The document.
    pub document: ExportDocument,
    /// Ids of damaged entries that were skipped (see `Store::verify`).
    pub damaged: Vec<String>,
}

impl Store {
    /// Everything the person recorded, as one document (see [`super`] for the schema).
    pub fn export_document(&mut self) -> Result<Exported> {
        let listing = self.entries(DayRange::all())?;
        let mut entries = listing.items;
        sort_entries(&mut entries);
        let mut people = self.people()?;
        people.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        let document = ExportDocument {
            entries,
            tags: self.tags()?,
            scales: self.scales()?,
            custom_emotions: self.custom_emotions()?,
            people,
            reminders: Some(self.reminder_settings()?),
            safety_plan: Some(self.safety_plan()?),
            // Left out when empty, so a journal that never set one exports exactly as
            // before shell settings existed.
            shell_settings: Some(self.shell_settings()?).filter(|m| !m.is_empty()),
            ..ExportDocument::empty()
        };
        Ok(Exported {
            document,
            damaged: listing.damaged,
        })
    }

    /// The full export as JSON text: exactly the bytes of an export file.
    pub fn export_json(&mut self) -> Result<String> {
        self.export_document()?.document.to_json()
    }
}

/// Oldest first; ties (same instant) by id, so the order never depends on the disk.
pub(crate) fn sort_entries(entries: &mut [StoredEntry]) {
    entries.sort_by(|a, b| a.at().cmp(b.at()).then_with(|| a.id().cmp(b.id())));
}
