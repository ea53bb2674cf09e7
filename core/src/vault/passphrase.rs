//! A vault that wraps the data key under a passphrase: PBKDF2-HMAC-SHA256 (OWASP 2023:
//! 600,000 iterations) derives a wrapping key, and AES-256-GCM seals the data key.
//! The salt and iteration count are stored beside the wrapped key, so they can be
//! raised later without breaking old stores.

use std::fs;
use std::num::NonZeroU32;
use std::path::PathBuf;

use ring::pbkdf2;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::file::shred;
use super::{KeyVault, VaultError};
use crate::crypto::seal;
use crate::files::write_private;

/// Iterations used for newly created passphrase vaults (OWASP 2023 minimum).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
const _: () = assert!(PBKDF2_ITERATIONS >= 600_000, "below the OWASP 2023 minimum");
/// The iteration counts a vault file may ask for. The count is read from the file, so
/// without a bound a damaged or hostile file could make unlocking hang for hours
/// (4,000,000,000 iterations) or be uselessly weak; outside these it is not tried.
pub const ITERATIONS_ACCEPTED: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;
/// The shortest passphrase accepted for a new vault, in characters (as for backups).
pub const MIN_PASSPHRASE_CHARS: usize = 8;
const AAD: &[u8] = b"hearth/v1/passphrase-vault";

#[derive(Serialize, Deserialize)]
struct Wrapped {
    version: u32,
    kdf: String,
    iterations: u32,
    salt: Vec<u8>,
    wrapped_key: Vec<u8>,
}

/// A passphrase-protected key file.
pub struct PassphraseKeyVault {
    path: PathBuf,
    passphrase: Zeroizing<String>,
    iterations: u32,
}

impl PassphraseKeyVault {
    /// A vault at `path` unlocked by `passphrase`.
    pub fn new(path: impl Into<PathBuf>, passphrase: &str) -> Self {
        Self::with_iterations(path, passphrase, PBKDF2_ITERATIONS)
    }

    /// As [`new`](Self::new) with a custom work factor for *new* vaults, kept within
    /// [`ITERATIONS_ACCEPTED`] so the vault can be opened again. Existing vaults always
    /// use the count stored in the file. Meant for tests.
    pub fn with_iterations(path: impl Into<PathBuf>, passphrase: &str, iterations: u32) -> Self {
        PassphraseKeyVault {
            path: path.into(),
            passphrase: Zeroizing::new(passphrase.to_owned()),
            iterations: iterations.clamp(*ITERATIONS_ACCEPTED.start(), *ITERATIONS_ACCEPTED.end()),
        }
    }

    fn wrapping_key(&self, salt: &[u8], iterations: u32) -> Zeroizing<[u8; 32]> {
        let mut out = Zeroizing::new([0u8; 32]);
        let n = NonZeroU32::new(iterations.max(1)).expect("max(1) is non-zero");
        pbkdf2::derive(
            pbkdf2::PBKDF2_HMAC_SHA256,
            n,
            salt,
            self.passphrase.as_bytes(),
            &mut *out,
        );
        out
    }
}

impl KeyVault for PassphraseKeyVault {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(VaultError::Unavailable(format!("passphrase vault: {e}"))),
        };
        let w: Wrapped = serde_json::from_str(&text)
            .map_err(|e| VaultError::Unavailable(format!("passphrase vault is unreadable: {e}")))?;
        if !ITERATIONS_ACCEPTED.contains(&w.iterations) {
            return Err(VaultError::Unavailable(format!(
                "the passphrase vault asks for {} iterations, outside the accepted {} to {}; \
                 it was not tried (the file is damaged or was altered)",
                w.iterations,
                ITERATIONS_ACCEPTED.start(),
                ITERATIONS_ACCEPTED.end()
            )));
        }
        let kek = self.wrapping_key(&w.salt, w.iterations);
        let key = seal::open(&kek, AAD, &w.wrapped_key).map_err(|_| {
            VaultError::Rejected("the passphrase does not unlock this store".into())
        })?;
        Ok(Some(key))
    }

    fn store(&self, key: &[u8]) -> Result<(), VaultError> {
        let mut salt = vec![0u8; 16];
        SystemRandom::new()
            .fill(&mut salt)
            .map_err(|_| VaultError::Unavailable("the system random generator failed".into()))?;
        let kek = self.wrapping_key(&salt, self.iterations);
        let wrapped_key = seal::seal(&kek, AAD, key)
            .map_err(|e| VaultError::Unavailable(format!("wrapping failed: {e}")))?;
        let w = Wrapped {
            version: 1,
            kdf: "pbkdf2-hmac-sha256".into(),
            iterations: self.iterations,
            salt,
            wrapped_key,
        };
        let text = serde_json::to_vec(&w)
            .map_err(|e| VaultError::Unavailable(format!("passphrase vault: {e}")))?;
        write_private(&self.path, &text)
            .map_err(|e| VaultError::Unavailable(format!("passphrase vault: {e}")))
    }

    fn delete(&self) -> Result<(), VaultError> {
        shred(&self.path).map_err(|e| VaultError::Unavailable(format!("passphrase vault: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_passphrase_unlocks_wrong_one_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("vault.json");
        PassphraseKeyVault::with_iterations(&p, "correct horse", 100_000)
            .store(&[9; 32])
            .unwrap();
        let ok = PassphraseKeyVault::new(&p, "correct horse")
            .load()
            .unwrap()
            .unwrap();
        assert_eq!(&ok[..], &[9; 32]);
        let err = PassphraseKeyVault::new(&p, "wrong").load().unwrap_err();
        assert!(matches!(err, VaultError::Rejected(_)));
    }
}
