//! The port through which a platform keeps the data key: Android Keystore, iOS Keychain,
//! or (for the CLI and tests) a key file or a passphrase-wrapped file.
//!
//! The core never decides where a key lives; it only asks a vault to load, store or
//! delete the 32 raw bytes.

mod file;
mod passphrase;

pub use file::{shred, FileKeyVault};
pub use passphrase::{
    PassphraseKeyVault, ITERATIONS_ACCEPTED, MIN_PASSPHRASE_CHARS, PBKDF2_ITERATIONS,
};

use thiserror::Error;
use zeroize::Zeroizing;

/// A failure reported by a vault.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum VaultError {
    /// The vault holds a key but refused to release it: wrong passphrase, or the
    /// wrapping key no longer matches.
    #[error("the key could not be unlocked: {0}")]
    Rejected(String),
    /// The vault could not be reached or written.
    #[error("the key vault is unavailable: {0}")]
    Unavailable(String),
}

/// Keeps the store's data key. Implementations must be safe to call from any thread.
pub trait KeyVault: Send + Sync {
    /// The stored key, or `None` when the vault has never stored one.
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError>;
    /// Stores a newly generated key. Called once, when a store is created.
    fn store(&self, key: &[u8]) -> Result<(), VaultError>;
    /// Forgets the key (crypto-shredding on erase).
    fn delete(&self) -> Result<(), VaultError>;
}

/// The vault the desktop CLI (and tests that share its stores) use for a store
/// directory: a passphrase-wrapped `vault.json` when a passphrase is given, else a 0600
/// `hearth.key` file. Refuses to silently create a key file beside a passphrase vault,
/// since that would look like a wrong-key error later.
pub fn desktop_vault(
    dir: &std::path::Path,
    passphrase: Option<&str>,
) -> crate::Result<Box<dyn KeyVault>> {
    let wrapped = dir.join(PASSPHRASE_VAULT_FILE);
    let plain = dir.join(KEY_FILE);
    match passphrase {
        Some("") => Err(crate::HearthError::invalid(
            "passphrase",
            "is empty; choose a passphrase or unset HEARTH_PASSPHRASE to use a key file",
        )),
        Some(p) => {
            if plain.exists() && !wrapped.exists() {
                return Err(crate::HearthError::WrongKey(format!(
                    "{} is protected by a key file, not a passphrase; unset HEARTH_PASSPHRASE",
                    dir.display()
                )));
            }
            // Only a new vault is held to the length rule: an existing one opens with
            // whatever passphrase made it.
            let chars = p.chars().count();
            if !wrapped.exists() && chars < MIN_PASSPHRASE_CHARS {
                return Err(crate::HearthError::invalid(
                    "passphrase",
                    format!(
                        "a new store's passphrase must be at least {MIN_PASSPHRASE_CHARS} \
                         characters, got {chars}; nothing was created"
                    ),
                ));
            }
            Ok(Box::new(PassphraseKeyVault::new(wrapped, p)))
        }
        None => {
            if wrapped.exists() {
                return Err(crate::HearthError::KeyMissing(format!(
                    "{} is protected by a passphrase; set HEARTH_PASSPHRASE",
                    dir.display()
                )));
            }
            Ok(Box::new(FileKeyVault::new(plain)))
        }
    }
}

/// File name of the desktop key file inside a store directory.
pub const KEY_FILE: &str = "hearth.key";
/// File name of the desktop passphrase vault inside a store directory.
pub const PASSPHRASE_VAULT_FILE: &str = "vault.json";
