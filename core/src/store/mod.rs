//! The encrypted store: one SQLite file per person, opened with a key from a vault.
//!
//! Durability: WAL with `synchronous=FULL`, so a write that returned has reached the
//! disk. Every write is one short transaction, so an app and a widget process can share
//! the file. `suspend` drops the connection (and its file locks) but keeps the keys, for
//! iOS, where a suspended process must not hold a lock in a shared container.

mod open;
mod records;
pub mod schema;
mod summary;
mod verify;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use records::{fuzz_decode, Row, Table};
pub use verify::{DamagedRecord, IntegrityProblem, VerifyReport};

use crate::crypto::SubKeys;
use crate::error::{HearthError, Result};
use crate::vault::KeyVault;

/// File name of the database inside a store directory.
pub const DB_FILE: &str = "hearth.db";

/// An open, unlocked store.
pub struct Store {
    dir: PathBuf,
    keys: Option<SubKeys>,
    conn: Option<Connection>,
    /// Decrypted tag catalog with the connection's `PRAGMA data_version` it was read at.
    /// Every check-in with tags needs the catalog; another process's commit changes the
    /// version, and this connection's own tag writes clear the cache.
    pub(crate) tag_cache: Option<(i64, Vec<crate::journal::catalog::Tag>)>,
    /// A delete committed whose page images may still be in the WAL (see
    /// `Store::wipe_deleted`).
    wipe_pending: bool,
    read_only: bool,
}

impl Store {
    /// Opens (or creates) the store in `dir`, getting the key from `vault`.
    ///
    /// A new store gets a fresh random key, which is handed to the vault. An existing
    /// store whose canary does not open with the vault's key is refused with
    /// [`HearthError::WrongKey`] and left byte-for-byte unchanged.
    pub fn open(dir: impl AsRef<Path>, vault: &dyn KeyVault) -> Result<Store> {
        let dir = dir.as_ref().to_path_buf();
        let opened = open::open_or_create(&dir, vault)?;
        Ok(Store {
            dir,
            keys: Some(opened.keys),
            conn: Some(opened.conn),
            tag_cache: None,
            wipe_pending: false,
            read_only: opened.read_only,
        })
    }

    /// Whether this store was opened read-only (its file cannot be written here):
    /// reads work, writes fail with a clear error and change nothing.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The directory this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Releases the database connection and its file locks but keeps the keys, so the
    /// next call reopens transparently. For iOS background transitions.
    pub fn suspend(&mut self) {
        self.conn = None;
        self.forget_caches();
    }

    /// Drops what was cached from the database: after a rollback, or when the
    /// connection goes (`data_version` is per connection, so an older one means nothing).
    pub(crate) fn forget_caches(&mut self) {
        self.tag_cache = None;
    }

    /// Drops the keys (zeroized) and the connection. Every later call returns
    /// [`HearthError::Locked`] until the store is opened again.
    pub fn lock(&mut self) {
        self.conn = None;
        self.forget_caches();
        self.keys = None;
    }

    /// True once [`lock`](Self::lock) has been called.
    pub fn is_locked(&self) -> bool {
        self.keys.is_none()
    }

    pub(crate) fn keys(&self) -> Result<&SubKeys> {
        self.keys.as_ref().ok_or(HearthError::Locked)
    }

    /// The live connection, reopening it after a `suspend`.
    pub(crate) fn conn(&mut self) -> Result<&mut Connection> {
        if self.keys.is_none() {
            return Err(HearthError::Locked);
        }
        if self.conn.is_none() {
            self.forget_caches();
            self.conn = Some(open::reconnect(&self.dir, self.read_only)?);
        }
        self.conn.as_mut().ok_or(HearthError::Locked)
    }
}

/// Removes every file of the store in `dir` and deletes its key from `vault`
/// (crypto-shredding: even a copy of the database made earlier cannot be read once the
/// key is gone). Returns the paths removed.
pub fn erase(dir: impl AsRef<Path>, vault: &dyn KeyVault) -> Result<Vec<PathBuf>> {
    let dir = dir.as_ref();
    vault
        .delete()
        .map_err(|e| HearthError::Vault(e.to_string()))?;
    let mut removed = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = dir.join(format!("{DB_FILE}{suffix}"));
        match std::fs::remove_file(&p) {
            Ok(()) => removed.push(p),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(removed)
}

impl Store {
    /// Runs `f` inside one write transaction (committed if `f` succeeds). For bulk work
    /// such as imports and seeding; ordinary writes are their own short transactions.
    /// Nested calls join the outer transaction.
    pub fn in_transaction<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if !self.conn()?.is_autocommit() {
            return f(self);
        }
        // Cached statements: a check-in is one short transaction, and parsing BEGIN and
        // COMMIT each time showed in its profile.
        self.conn()?
            .prepare_cached("BEGIN IMMEDIATE")?
            .execute([])?;
        match f(self) {
            Ok(v) => {
                self.conn()?.prepare_cached("COMMIT")?.execute([])?;
                self.wipe_deleted();
                Ok(v)
            }
            Err(e) => {
                // The rollback error, if any, matters less than the original failure.
                let _ = self.conn().and_then(|c| Ok(c.execute_batch("ROLLBACK")?));
                // The caches may hold what the rolled-back transaction wrote.
                self.forget_caches();
                Err(e)
            }
        }
    }
}
