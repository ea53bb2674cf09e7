//! Typed errors as the shells see them. Field names avoid `message`, which would clash
//! with `Throwable.message` in Kotlin.

use hearth_core::HearthError as CoreError;

/// Every failure a `Hearth` call can report.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum HearthError {
    /// An input value was rejected; `field` names it.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// The rejected input field, e.g. `mood`.
        field: String,
        /// Why, e.g. `must be between 1 and 5, got 6`.
        reason: String,
    },
    /// The key or passphrase does not unlock this store. Nothing was changed.
    #[error("wrong key: {detail}")]
    WrongKey {
        /// Explanation.
        detail: String,
    },
    /// The store exists but the vault has no key for it.
    #[error("missing key: {detail}")]
    KeyMissing {
        /// Explanation.
        detail: String,
    },
    /// The store is locked or closed; open a new `Hearth`.
    #[error("locked: {detail}")]
    Locked {
        /// Explanation.
        detail: String,
    },
    /// No record has this id.
    #[error("no {kind} with id {id}")]
    NotFound {
        /// Kind of record, e.g. `check-in`.
        kind: String,
        /// The id looked up.
        id: String,
    },
    /// The store is from a newer Hearth and was left untouched.
    #[error("store schema {found} is newer than supported {supported}")]
    NewerSchema {
        /// Version on disk.
        found: u32,
        /// Newest version this library understands.
        supported: u32,
    },
    /// One record failed its integrity check.
    #[error("damaged record {id}: {reason}")]
    Damaged {
        /// Id of the damaged record.
        id: String,
        /// Why.
        reason: String,
    },
    /// The platform key vault failed.
    #[error("key vault: {detail}")]
    Vault {
        /// Explanation.
        detail: String,
    },
    /// SQLite or the file system failed.
    #[error("storage: {detail}")]
    Storage {
        /// Explanation.
        detail: String,
    },
    /// A bug in Hearth (a caught panic). Please report it.
    #[error("internal error: {detail}")]
    Internal {
        /// Explanation.
        detail: String,
    },
}

impl From<CoreError> for HearthError {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::InvalidInput { field, reason } => {
                HearthError::InvalidInput { field, reason }
            }
            CoreError::WrongKey(detail) => HearthError::WrongKey { detail },
            CoreError::KeyMissing(detail) => HearthError::KeyMissing { detail },
            CoreError::Locked => HearthError::Locked {
                detail: "the store is locked; open it again to continue".into(),
            },
            CoreError::NotFound { kind, id } => HearthError::NotFound { kind, id },
            CoreError::NewerSchema { found, supported } => {
                HearthError::NewerSchema { found, supported }
            }
            CoreError::Damaged { id, reason } => HearthError::Damaged { id, reason },
            CoreError::Vault(detail) => HearthError::Vault { detail },
            CoreError::Storage(detail) => HearthError::Storage { detail },
        }
    }
}

impl HearthError {
    pub(crate) fn invalid(field: &str, reason: impl Into<String>) -> Self {
        HearthError::InvalidInput {
            field: field.into(),
            reason: reason.into(),
        }
    }
}
