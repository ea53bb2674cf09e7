//! Hearth's core: a private, encrypted mood journal.
//!
//! Everything a person records is sealed with AES-256-GCM under sub-keys derived from one
//! random data key, which a platform [`vault::KeyVault`] keeps. The shells (Android, iOS,
//! the CLI) only draw, schedule and hold the key; every decision lives here.
//!
//! The crate has no FFI types and no network code. `hearth-ffi` adapts it for uniffi.

pub mod assessments;
pub mod crypto;
pub mod demo;
pub mod error;
pub mod files;
pub mod insights;
pub mod journal;
pub mod l10n;
pub mod portability;
pub mod reminders;
pub mod safety;
pub mod shell_settings;
pub mod store;
pub mod time;
pub mod vault;
pub mod zone;

pub use error::{HearthError, Result};
pub use journal::checkin::{CheckIn, CheckInDraft, Source};
pub use store::{Store, VerifyReport};
pub use vault::{KeyVault, VaultError};
pub use zone::Zone;
