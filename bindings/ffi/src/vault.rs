//! The `KeyVault` port across the FFI. Shells implement it (Android Keystore, iOS
//! Keychain); Rust provides file and passphrase vaults for desktop and tests.

use std::path::Path;
use std::sync::Arc;

use hearth_core::vault as core_vault;
use zeroize::Zeroizing;

use crate::error::HearthError;

/// Why a vault call failed.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum KeyVaultError {
    /// A key exists but could not be released (wrong passphrase, invalidated key).
    #[error("key rejected: {detail}")]
    Rejected {
        /// Explanation.
        detail: String,
    },
    /// The vault could not be reached or written.
    #[error("key vault unavailable: {detail}")]
    Unavailable {
        /// Explanation.
        detail: String,
    },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyVaultError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyVaultError::Unavailable { detail: e.reason }
    }
}

/// Keeps the store's 32-byte data key. Implemented by each platform.
#[uniffi::export(with_foreign)]
pub trait KeyVault: Send + Sync {
    /// The stored key, or null/nil when none has been stored yet.
    fn load_key(&self) -> Result<Option<Vec<u8>>, KeyVaultError>;
    /// Stores a newly generated key (called once, when a store is created).
    fn store_key(&self, key: Vec<u8>) -> Result<(), KeyVaultError>;
    /// Deletes the key (erasing the store).
    fn delete_key(&self) -> Result<(), KeyVaultError>;
}

/// Lets the core use a vault implemented on either side of the FFI.
pub(crate) struct Bridge(pub Arc<dyn KeyVault>);

impl core_vault::KeyVault for Bridge {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, core_vault::VaultError> {
        self.0
            .load_key()
            .map(|k| k.map(Zeroizing::new))
            .map_err(to_core)
    }
    fn store(&self, key: &[u8]) -> Result<(), core_vault::VaultError> {
        self.0.store_key(key.to_vec()).map_err(to_core)
    }
    fn delete(&self) -> Result<(), core_vault::VaultError> {
        self.0.delete_key().map_err(to_core)
    }
}

fn to_core(e: KeyVaultError) -> core_vault::VaultError {
    match e {
        KeyVaultError::Rejected { detail } => core_vault::VaultError::Rejected(detail),
        KeyVaultError::Unavailable { detail } => core_vault::VaultError::Unavailable(detail),
    }
}

/// A Rust-side vault handed to the shells (desktop and tests).
struct Native(Box<dyn core_vault::KeyVault>);

impl KeyVault for Native {
    fn load_key(&self) -> Result<Option<Vec<u8>>, KeyVaultError> {
        // The copy handed across the FFI cannot be zeroized by Rust; see README.
        self.0
            .load()
            .map(|k| k.map(|k| k.to_vec()))
            .map_err(from_core)
    }
    fn store_key(&self, key: Vec<u8>) -> Result<(), KeyVaultError> {
        let key = Zeroizing::new(key);
        self.0.store(&key).map_err(from_core)
    }
    fn delete_key(&self) -> Result<(), KeyVaultError> {
        self.0.delete().map_err(from_core)
    }
}

fn from_core(e: core_vault::VaultError) -> KeyVaultError {
    match e {
        core_vault::VaultError::Rejected(detail) => KeyVaultError::Rejected { detail },
        core_vault::VaultError::Unavailable(detail) => KeyVaultError::Unavailable { detail },
    }
}

/// A vault keeping the raw key in a 0600 file at `path`. For desktop and tests only:
/// on a phone use the platform vault.
#[uniffi::export]
pub fn file_key_vault(path: String) -> Arc<dyn KeyVault> {
    Arc::new(Native(Box::new(core_vault::FileKeyVault::new(path))))
}

/// A vault wrapping the key under `passphrase` (PBKDF2-HMAC-SHA256, 600,000 rounds) in
/// the file at `path`.
#[uniffi::export]
pub fn passphrase_key_vault(path: String, passphrase: String) -> Arc<dyn KeyVault> {
    let p = Zeroizing::new(passphrase);
    Arc::new(Native(Box::new(core_vault::PassphraseKeyVault::new(
        path, &p,
    ))))
}

/// The vault the `hearth` CLI uses for store directory `dir`: a passphrase vault if
/// `passphrase` is given, else the store's key file. Lets a shell open a CLI-made store.
#[uniffi::export]
pub fn desktop_key_vault(
    dir: String,
    passphrase: Option<String>,
) -> Result<Arc<dyn KeyVault>, HearthError> {
    let p = passphrase.map(Zeroizing::new);
    let v = core_vault::desktop_vault(Path::new(&dir), p.as_deref().map(|s| s.as_str()))?;
    Ok(Arc::new(Native(v)))
}
