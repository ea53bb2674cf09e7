//! The one error type of the core. Every variant says what went wrong in words a
//! developer can act on; none of them carries user content or key material.

use thiserror::Error;

/// Convenience alias used across the core.
pub type Result<T> = std::result::Result<T, HearthError>;

/// Everything that can go wrong in the core.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum HearthError {
    /// A value supplied by the caller was rejected. `field` names the input field.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// The input field that was rejected, e.g. `mood`.
        field: String,
        /// Why it was rejected, e.g. `must be between 1 and 5, got 6`.
        reason: String,
    },
    /// The key (or passphrase) does not unlock this store. Nothing was changed.
    #[error("wrong key: {0}")]
    WrongKey(String),
    /// The store exists but the vault holds no key for it.
    #[error("missing key: {0}")]
    KeyMissing(String),
    /// The store was locked or closed; reopen it to continue.
    #[error("the store is locked; open it again to continue")]
    Locked,
    /// No entry has this id.
    #[error("not found: no {kind} with id {id}")]
    NotFound {
        /// The kind of record looked up, e.g. `check-in`.
        kind: String,
        /// The id that was not found.
        id: String,
    },
    /// The store was written by a newer version of Hearth; it is left untouched.
    #[error("this store uses schema version {found}, newer than the {supported} this version understands; it was not modified")]
    NewerSchema {
        /// The schema version found on disk.
        found: u32,
        /// The newest schema version this build understands.
        supported: u32,
    },
    /// A single record failed its integrity check.
    #[error("damaged record {id}: {reason}")]
    Damaged {
        /// Id of the damaged record.
        id: String,
        /// Why it is considered damaged.
        reason: String,
    },
    /// The platform key vault failed.
    #[error("key vault: {0}")]
    Vault(String),
    /// SQLite or the file system failed.
    #[error("storage: {0}")]
    Storage(String),
}

impl HearthError {
    /// Shorthand for [`HearthError::InvalidInput`].
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        HearthError::InvalidInput {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

impl From<rusqlite::Error> for HearthError {
    fn from(e: rusqlite::Error) -> Self {
        const FULL: &str = "the disk is full; nothing was saved";
        match &e {
            // Said plainly: SQLite's own words are "database or disk is full".
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DiskFull => {
                HearthError::Storage(FULL.into())
            }
            // With no byte free SQLite fails earlier, growing its shared-memory or WAL
            // file, and reports only "disk I/O error". The failing system call's errno is
            // still this thread's last one (SQLite's clean-up calls succeed and leave it),
            // so ENOSPC there means the disk is full; anything else keeps SQLite's words.
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::SystemIoFailure
                    && std::io::Error::last_os_error().raw_os_error() == Some(28) =>
            {
                HearthError::Storage(FULL.into())
            }
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ReadOnly => {
                HearthError::Storage(
                    "the journal is read-only here (its file or folder cannot be written); \
                     nothing was saved"
                        .into(),
                )
            }
            _ => HearthError::Storage(e.to_string()),
        }
    }
}

impl From<std::io::Error> for HearthError {
    fn from(e: std::io::Error) -> Self {
        HearthError::Storage(e.to_string())
    }
}
