//! Export, import, encrypted backup and the clinician summary across the FFI. Files and
//! passphrases come from the shell; no method here touches the network.

use std::path::Path;

use hearth_core::portability::{Counts, ImportSummary as CoreSummary};
use hearth_core::time::DayRange;
use zeroize::Zeroizing;

use crate::error::HearthError;
use crate::hearth::Hearth;
use crate::time;

/// What an import or restore did for one kind of record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportCount {
    /// `check_ins`, `reflections`, `thoughts`, `assessments`, `tags`, `scales`,
    /// `custom_emotions`, `people`, `reminders` or `safety_plan`.
    pub kind: String,
    /// Records with a new id.
    pub created: u32,
    /// Known ids whose content changed.
    pub updated: u32,
    /// Known ids with identical content (nothing written).
    pub unchanged: u32,
}

/// What an import or restore did: totals, and the same per kind.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportSummary {
    /// Records created, over every kind.
    pub created: u32,
    /// Records updated, over every kind.
    pub updated: u32,
    /// Records found identical, over every kind.
    pub unchanged: u32,
    /// Per kind, in name order.
    pub kinds: Vec<ImportCount>,
    /// What was changed to fit Hearth's limits, in plain sentences to show the person
    /// (empty when everything came in as written).
    pub notes: Vec<String>,
}

fn n(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

impl From<CoreSummary> for ImportSummary {
    fn from(s: CoreSummary) -> Self {
        let Counts {
            created,
            updated,
            unchanged,
        } = s.totals();
        ImportSummary {
            created: n(created),
            updated: n(updated),
            unchanged: n(unchanged),
            kinds: s
                .kinds
                .into_iter()
                .map(|(kind, c)| ImportCount {
                    kind,
                    created: n(c.created),
                    updated: n(c.updated),
                    unchanged: n(c.unchanged),
                })
                .collect(),
            notes: s.notes,
        }
    }
}

#[uniffi::export]
impl Hearth {
    /// Everything, as the versioned JSON export (`"format": "hearth-export"`).
    pub fn export_json(&self) -> Result<String, HearthError> {
        self.with(|s| s.export_json())
    }

    /// Check-ins as CSV, one row each (multi-value cells joined with " | ").
    pub fn export_csv(&self) -> Result<String, HearthError> {
        self.with(|s| s.export_csv())
    }

    /// Imports a JSON export: everything is checked first, then written at once; on
    /// any error (`InvalidInput` naming the place, e.g. `entries[3].mood`) nothing
    /// changes. Importing the same file again changes nothing.
    pub fn import_json(&self, json: String) -> Result<ImportSummary, HearthError> {
        let json = Zeroizing::new(json);
        self.with(|s| s.import_json(json.as_bytes()))
            .map(ImportSummary::from)
    }

    /// Writes an encrypted backup (age format, passphrase) of the JSON export to `path`.
    pub fn backup(&self, path: String, passphrase: String) -> Result<(), HearthError> {
        let passphrase = Zeroizing::new(passphrase);
        if path.trim().is_empty() {
            return Err(HearthError::invalid("path", "is empty"));
        }
        self.with(|s| s.backup_to(Path::new(&path), &passphrase))
    }

    /// Restores a backup from `path`. A wrong passphrase (`InvalidInput` on
    /// `passphrase`) or a damaged file (`InvalidInput` on `backup`) changes nothing.
    /// A backup asking for an scrypt work factor above `max_work_factor` (at most 20,
    /// about 1 GiB of memory; 18 is about 256 MiB) is refused before any work, naming
    /// the work factor: a shell passes what the phone's memory allows.
    #[uniffi::method(default(max_work_factor = 20))]
    pub fn restore(
        &self,
        path: String,
        passphrase: String,
        max_work_factor: u8,
    ) -> Result<ImportSummary, HearthError> {
        let passphrase = Zeroizing::new(passphrase);
        self.with(|s| s.restore_from_limited(Path::new(&path), &passphrase, max_work_factor))
            .map(ImportSummary::from)
    }

    /// A printable, self-contained HTML summary for a clinician over the local days
    /// `from`..=`to` (`YYYY-MM-DD`; open ends mean from the first or to the last entry).
    /// Notes and reflections appear only with `include_notes`.
    #[uniffi::method(default(from = None, to = None, include_notes = false))]
    pub fn therapist_summary(
        &self,
        from: Option<String>,
        to: Option<String>,
        include_notes: bool,
    ) -> Result<String, HearthError> {
        let range = DayRange {
            from: time::date("from", from)?,
            to: time::date("to", to)?,
        };
        self.with(|s| s.therapist_summary(range, include_notes))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::vault::file_key_vault;

    fn open(dir: &Path) -> Arc<Hearth> {
        let vault = file_key_vault(dir.join("hearth.key").display().to_string());
        Hearth::open(dir.display().to_string(), vault).unwrap()
    }

    #[test]
    fn export_import_backup_and_summary_round_trip() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let h = open(a.path());
        h.with(|s| {
            s.record_checkin(hearth_core::CheckInDraft {
                mood: 4,
                note: Some("tea with Sam".into()),
                ..Default::default()
            })
        })
        .unwrap();
        let json = h.export_json().unwrap();
        assert!(json.contains("\"format\": \"hearth-export\""));
        assert!(h
            .export_csv()
            .unwrap()
            .starts_with("id,date,time,utc_offset,"));

        let g = open(b.path());
        let first = g.import_json(json.clone()).unwrap();
        assert!(first.created > 0);
        let again = g.import_json(json.clone()).unwrap();
        assert_eq!((again.created, again.updated), (0, 0));
        assert_eq!(g.export_json().unwrap(), json);

        let bad = g.import_json(
            "{\"format\":\"hearth-export\",\"version\":1,\"entries\":[{\"kind\":\"check_in\"}]}"
                .into(),
        );
        assert!(
            matches!(bad, Err(HearthError::InvalidInput { ref field, .. }) if field == "entries[0]")
        );

        let file = a.path().join("backup.age").display().to_string();
        h.backup(file.clone(), "a long passphrase".into()).unwrap();
        // A phone that allows less than the file asks for refuses it at once, by name.
        let capped = g.restore(file.clone(), "a long passphrase".into(), 16);
        assert!(
            matches!(capped, Err(HearthError::InvalidInput { ref field, ref reason })
                if field == "backup" && reason.contains("work factor 18")),
            "{capped:?}"
        );
        let wrong = g.restore(file.clone(), "not the passphrase".into(), 20);
        assert!(
            matches!(wrong, Err(HearthError::InvalidInput { ref field, .. }) if field == "passphrase")
        );
        let restored = g.restore(file, "a long passphrase".into(), 18).unwrap();
        assert_eq!((restored.created, restored.updated), (0, 0));

        let html = h.therapist_summary(None, None, false).unwrap();
        assert!(html.contains("<svg") && !html.contains("tea with Sam"));
        assert!(h
            .therapist_summary(None, None, true)
            .unwrap()
            .contains("tea with Sam"));
        let range = h.therapist_summary(Some("2026-13-01".into()), None, false);
        assert!(
            matches!(range, Err(HearthError::InvalidInput { ref field, .. }) if field == "from")
        );
    }
}
