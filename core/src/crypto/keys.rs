//! The key hierarchy: one random 256-bit data key, held by the platform vault, from which
//! HKDF-SHA256 derives a separate sub-key per purpose. A leak of one purpose's key (say
//! the day-tag key, which is used for index lookups) says nothing about the others.

use ring::hkdf;
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{HearthError, Result};

/// Length in bytes of every key in the hierarchy.
pub const KEY_LEN: usize = 32;

/// The root secret of a store. Zeroized when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_LEN]);

impl DataKey {
    /// A fresh key from the operating system's CSPRNG.
    pub fn generate() -> Result<Self> {
        let mut bytes = [0u8; KEY_LEN];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| HearthError::Vault("the system random generator failed".into()))?;
        Ok(DataKey(bytes))
    }

    /// Rebuilds a key from bytes a vault returned. Rejects any other length.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let arr: [u8; KEY_LEN] = bytes.try_into().map_err(|_| {
            HearthError::WrongKey(format!(
                "the vault returned a {}-byte key; a Hearth key is {KEY_LEN} bytes",
                bytes.len()
            ))
        })?;
        Ok(DataKey(arr))
    }

    /// The raw bytes, for handing to a vault. The copy is zeroized when dropped.
    pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(self.0.to_vec())
    }

    /// Derives the per-purpose sub-keys.
    pub fn derive(&self) -> SubKeys {
        SubKeys {
            record: hkdf_expand(&self.0, b"hearth/v1/record-aead"),
            day_tag: hkdf_expand(&self.0, b"hearth/v1/day-tag"),
            canary: hkdf_expand(&self.0, b"hearth/v1/canary"),
            integrity: hkdf_expand(&self.0, b"hearth/v1/integrity"),
        }
    }
}

/// The per-purpose keys of an open store. Raw bytes are kept (and zeroized on drop);
/// `ring` key schedules are built per operation so none outlives a call.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct SubKeys {
    record: [u8; KEY_LEN],
    day_tag: [u8; KEY_LEN],
    canary: [u8; KEY_LEN],
    integrity: [u8; KEY_LEN],
}

impl SubKeys {
    /// AEAD key for journal records.
    pub fn record(&self) -> &[u8; KEY_LEN] {
        &self.record
    }

    /// AEAD key for the canary that detects a wrong key.
    pub fn canary(&self) -> &[u8; KEY_LEN] {
        &self.canary
    }

    /// Keyed tag for a local calendar day, so "entries of day D" is an index lookup
    /// without a plaintext date on disk. Truncated to 128 bits, which is ample for a
    /// lookup key that is never used for authentication.
    pub fn day_tag(&self, iso_date: &str) -> Vec<u8> {
        let key = hmac::Key::new(hmac::HMAC_SHA256, &self.day_tag);
        let tag = hmac::sign(&key, iso_date.as_bytes());
        tag.as_ref()[..16].to_vec()
    }
}

impl SubKeys {
    /// HMAC key for the store's integrity summary and its row digests.
    pub fn integrity(&self) -> hmac::Key {
        hmac::Key::new(hmac::HMAC_SHA256, &self.integrity)
    }

    /// The stored id of a settings document named `name` (`reminders`, `safety_plan`):
    /// a keyed hash, so the file does not say which settings a person has.
    pub fn settings_id(&self, name: &str) -> String {
        let tag = hmac::sign(&self.integrity(), format!("settings-id\0{name}").as_bytes());
        super::hex(&tag.as_ref()[..16])
    }
}

struct OutLen;

impl hkdf::KeyType for OutLen {
    fn len(&self) -> usize {
        KEY_LEN
    }
}

fn hkdf_expand(ikm: &[u8; KEY_LEN], info: &[u8]) -> [u8; KEY_LEN] {
    // The data key is already uniformly random, so a constant salt is sound here.
    let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, b"hearth");
    let prk = salt.extract(ikm);
    let infos = [info];
    let okm = prk
        .expand(&infos, OutLen)
        .expect("HKDF output of 32 bytes is always within the SHA-256 limit");
    let mut out = [0u8; KEY_LEN];
    okm.fill(&mut out)
        .expect("fill length equals the requested HKDF length");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_keys_differ_by_purpose_and_by_data_key() {
        let a = DataKey::generate().unwrap().derive();
        let b = DataKey::generate().unwrap().derive();
        assert_ne!(a.record(), a.canary());
        assert_ne!(a.record(), b.record());
        assert_ne!(a.day_tag("2026-11-28"), a.day_tag("2026-11-29"));
        assert_ne!(a.day_tag("2026-11-28"), b.day_tag("2026-11-28"));
        assert_eq!(a.day_tag("2026-11-28"), a.day_tag("2026-11-28"));
    }

    #[test]
    fn from_bytes_rejects_wrong_length() {
        assert!(matches!(
            DataKey::from_bytes(&[1, 2, 3]),
            Err(HearthError::WrongKey(_))
        ));
    }
}
