//! The one object shells hold: an open store. Safe to share between threads; calls are
//! serialised by a mutex because a SQLite connection serves one caller at a time.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use hearth_core::Store;

use crate::error::HearthError;
use crate::guard::guard;
use crate::vault::{Bridge, KeyVault};

/// An open Hearth store.
#[derive(uniffi::Object)]
pub struct Hearth {
    store: Mutex<Store>,
}

/// A record that failed its integrity check.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DamagedRecord {
    /// Table the record lives in.
    pub table: String,
    /// The record's id.
    pub id: String,
    /// Why it failed.
    pub reason: String,
}

/// Result of [`Hearth::verify`].
#[derive(Debug, Clone, uniffi::Record)]
pub struct VerifyReport {
    /// Records examined.
    pub checked: u32,
    /// Records that failed.
    pub damaged: Vec<DamagedRecord>,
    /// True when SQLite's own structural check passed.
    pub sqlite_ok: bool,
    /// Rows missing, added or rolled back against the store's integrity summary, one
    /// plain sentence each (empty when the store is as Hearth left it).
    pub integrity: Vec<String>,
}

impl Hearth {
    /// Locks the store for one call. A poisoned mutex (a panic in an earlier call) is
    /// recovered: SQLite rolled back whatever that call had open.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> hearth_core::Result<T>,
    ) -> Result<T, HearthError> {
        guard(|| f(&mut self.store()).map_err(HearthError::from))
    }
}

#[uniffi::export]
impl Hearth {
    /// Opens the store in directory `dir` (created if missing), with its key from
    /// `vault`. A new store gets a fresh random key, handed to `vault.store_key`.
    #[uniffi::constructor]
    pub fn open(dir: String, vault: Arc<dyn KeyVault>) -> Result<Arc<Hearth>, HearthError> {
        guard(|| {
            if dir.trim().is_empty() {
                return Err(HearthError::invalid("dir", "is empty"));
            }
            let store = Store::open(Path::new(&dir), &Bridge(vault))?;
            Ok(Arc::new(Hearth {
                store: Mutex::new(store),
            }))
        })
    }

    /// Releases the database file (and its locks) but keeps the keys in memory; the next
    /// call reopens it. Call when an iOS app or widget moves to the background.
    pub fn suspend(&self) {
        self.store().suspend();
    }

    /// Forgets the keys (zeroized) and closes the file. Every later call fails with
    /// `Locked`; open a new `Hearth` to continue. (There is deliberately no separate
    /// `close`: Kotlin's `close()`/`use {}` and Swift's release of the last reference
    /// drop the store, which zeroizes the keys and closes the file too.)
    pub fn lock(&self) {
        self.store().lock();
    }

    /// True after `lock` or `close`.
    pub fn is_locked(&self) -> bool {
        self.store().is_locked()
    }

    /// Decrypts every record and reports the damaged ones; changes nothing.
    pub fn verify(&self) -> Result<VerifyReport, HearthError> {
        self.with(|s| {
            let r = s.verify()?;
            Ok(VerifyReport {
                checked: u32::try_from(r.checked).unwrap_or(u32::MAX),
                sqlite_ok: r.sqlite == "ok",
                integrity: r.integrity.iter().map(|p| p.to_string()).collect(),
                damaged: r
                    .damaged
                    .into_iter()
                    .map(|d| DamagedRecord {
                        table: d.table,
                        id: d.id,
                        reason: d.reason,
                    })
                    .collect(),
            })
        })
    }
}

/// Deletes the key from `vault` and every file of the store in `dir`
/// (crypto-shredding). Returns the removed paths. Close any open `Hearth` first.
#[uniffi::export]
pub fn erase_store(dir: String, vault: Arc<dyn KeyVault>) -> Result<Vec<String>, HearthError> {
    guard(|| {
        let removed = hearth_core::store::erase(Path::new(&dir), &Bridge(vault))?;
        Ok(removed
            .into_iter()
            .map(|p| p.display().to_string())
            .collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::file_key_vault;

    /// What the README promises the shells: `verify()` reports rows removed behind
    /// Hearth's back, in words, and a clean store has nothing to report.
    #[test]
    fn verify_reports_a_row_removed_from_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let open = || {
            let vault = file_key_vault(dir.path().join("hearth.key").display().to_string());
            Hearth::open(dir.path().display().to_string(), vault).unwrap()
        };
        let h = open();
        for mood in [3, 4] {
            h.with(|s| {
                s.record_checkin(hearth_core::CheckInDraft {
                    mood,
                    ..Default::default()
                })
            })
            .unwrap();
        }
        assert!(h.verify().unwrap().integrity.is_empty());
        drop(h);
        rusqlite::Connection::open(dir.path().join("hearth.db"))
            .unwrap()
            .execute(
                "DELETE FROM entries WHERE id = (SELECT id FROM entries LIMIT 1)",
                [],
            )
            .unwrap();
        let report = open().verify().unwrap();
        assert_eq!(report.damaged.len(), 0);
        assert!(
            report
                .integrity
                .iter()
                .any(|p| p.contains("entries") && p.contains("missing")),
            "{:?}",
            report.integrity
        );
    }
}
