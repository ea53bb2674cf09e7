//! Panic containment. uniffi would also catch a panic, but as an untyped internal
//! error; this turns it into `HearthError::Internal` so shells handle one error type.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::error::HearthError;

/// Runs `f`, converting a panic into [`HearthError::Internal`]. The store's state after
/// a panic is still consistent: SQLite rolls back any open transaction.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T, HearthError>) -> Result<T, HearthError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(HearthError::Internal { detail: what })
        }
    }
}
