//! Paged history across the FFI: a page of every kind of entry and the cursor of the
//! next, reusing `Entry`.

use chrono::Utc;

use crate::error::HearthError;
use crate::hearth::Hearth;
use crate::journal::Entry;

/// A page of history and where the next one starts.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HistoryPage {
    /// Newest first: by local day, then time, then id.
    pub entries: Vec<Entry>,
    /// Pass as `before` for the next page; null/nil once history is exhausted.
    pub next: Option<String>,
}

#[uniffi::export]
impl Hearth {
    /// Up to `limit` (1–500) entries of every kind after the cursor `before` (null/nil:
    /// the newest). Entries present throughout the paging are each visited once.
    #[uniffi::method(default(before = None))]
    pub fn history_page(
        &self,
        before: Option<String>,
        limit: u32,
    ) -> Result<HistoryPage, HearthError> {
        self.with(|s| s.history_page(before.as_deref(), limit, Utc::now()))
            .map(|p| HistoryPage {
                entries: p.entries.into_iter().map(Entry::from).collect(),
                next: p.next,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::file_key_vault;

    #[test]
    fn pages_end_and_bad_input_names_the_field() {
        let dir = tempfile::tempdir().unwrap();
        let vault = file_key_vault(dir.path().join("hearth.key").display().to_string());
        let h = Hearth::open(dir.path().display().to_string(), vault).unwrap();
        h.with(|s| {
            s.record_checkin(hearth_core::CheckInDraft {
                mood: 3,
                ..Default::default()
            })
        })
        .unwrap();
        let page = h.history_page(None, 10).unwrap();
        assert_eq!((page.entries.len(), page.next), (1, None));
        for (before, limit, field) in [
            (None, 0, "limit"),
            (None, 501, "limit"),
            (Some("not a cursor".to_owned()), 10, "before"),
        ] {
            match h.history_page(before, limit) {
                Err(HearthError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{other:?}"),
            }
        }
    }
}
