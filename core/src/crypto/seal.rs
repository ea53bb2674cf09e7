//! One sealed record: `nonce (12) || AES-256-GCM(padded plaintext) || tag (16)`.
//!
//! The plaintext is padded to a size bucket before sealing so that a note's length is
//! not visible on disk: `len (u32 LE) || payload || zeros`, rounded up to the next
//! bucket (256 bytes, then powers of two). The associated data binds the ciphertext to
//! the row it lives in, so ciphertexts swapped between rows fail to open.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use crate::crypto::keys::KEY_LEN;
use crate::error::{HearthError, Result};

/// Smallest padded plaintext size; most check-ins fit in it.
const MIN_BUCKET: usize = 256;
const TAG_LEN: usize = 16;

/// Why a sealed blob could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Too short to hold a nonce and tag.
    Truncated,
    /// The authentication tag did not verify: wrong key, tampering, or a swapped row.
    Authentication,
    /// Decrypted, but the padding header is inconsistent.
    Padding,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            OpenError::Truncated => "ciphertext is truncated",
            OpenError::Authentication => "authentication failed (tampered, damaged or moved)",
            OpenError::Padding => "padding is inconsistent",
        })
    }
}

/// The padded size a payload of `len` bytes occupies.
pub fn bucket_for(len: usize) -> usize {
    (len + 4).max(MIN_BUCKET).next_power_of_two()
}

/// Seals `plaintext` under `key`, binding it to `aad`.
pub fn seal(key: &[u8; KEY_LEN], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let len = u32::try_from(plaintext.len())
        .map_err(|_| HearthError::invalid("payload", "larger than 4 GiB"))?;
    let mut buf = Zeroizing::new(Vec::with_capacity(bucket_for(plaintext.len()) + TAG_LEN));
    buf.extend_from_slice(&len.to_le_bytes());
    buf.extend_from_slice(plaintext);
    buf.resize(bucket_for(plaintext.len()), 0);

    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| HearthError::Storage("the system random generator failed".into()))?;
    let sealing = aead_key(key);
    let mut out = Vec::with_capacity(NONCE_LEN + buf.len() + TAG_LEN);
    out.extend_from_slice(&nonce);
    let mut body = std::mem::take(&mut *buf);
    sealing
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut body,
        )
        .map_err(|_| HearthError::Storage("encryption failed".into()))?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Opens a blob made by [`seal`] with the same key and associated data.
pub fn open(
    key: &[u8; KEY_LEN],
    aad: &[u8],
    sealed: &[u8],
) -> std::result::Result<Zeroizing<Vec<u8>>, OpenError> {
    if sealed.len() < NONCE_LEN + TAG_LEN + 4 {
        return Err(OpenError::Truncated);
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| OpenError::Truncated)?;
    let mut body = Zeroizing::new(body.to_vec());
    let plain = aead_key(key)
        .open_in_place(nonce, Aad::from(aad), &mut body)
        .map_err(|_| OpenError::Authentication)?;
    let (len_bytes, rest) = plain.split_at(4);
    let len = u32::from_le_bytes(len_bytes.try_into().map_err(|_| OpenError::Padding)?) as usize;
    if len > rest.len() {
        return Err(OpenError::Padding);
    }
    Ok(Zeroizing::new(rest[..len].to_vec()))
}

fn aead_key(key: &[u8; KEY_LEN]) -> LessSafeKey {
    LessSafeKey::new(
        UnboundKey::new(&AES_256_GCM, key).expect("a 32-byte key is valid for AES-256-GCM"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const K1: [u8; 32] = [7; 32];
    const K2: [u8; 32] = [8; 32];

    proptest! {
        #[test]
        fn round_trips_any_payload(data in proptest::collection::vec(any::<u8>(), 0..3000), aad in proptest::collection::vec(any::<u8>(), 0..64)) {
            let sealed = seal(&K1, &aad, &data).unwrap();
            prop_assert_eq!(&open(&K1, &aad, &sealed).unwrap()[..], &data[..]);
        }

        #[test]
        fn any_flipped_bit_is_detected(data in proptest::collection::vec(any::<u8>(), 0..600), pos in any::<prop::sample::Index>(), bit in 0u8..8) {
            let mut sealed = seal(&K1, b"row", &data).unwrap();
            let i = pos.index(sealed.len());
            sealed[i] ^= 1 << bit;
            prop_assert!(open(&K1, b"row", &sealed).is_err());
        }

        #[test]
        fn other_key_or_row_is_refused(data in proptest::collection::vec(any::<u8>(), 0..300)) {
            let sealed = seal(&K1, b"row-a", &data).unwrap();
            prop_assert_eq!(open(&K2, b"row-a", &sealed).unwrap_err(), OpenError::Authentication);
            prop_assert_eq!(open(&K1, b"row-b", &sealed).unwrap_err(), OpenError::Authentication);
        }

        #[test]
        fn sizes_only_reveal_the_bucket(a in 0usize..250, b in 0usize..250) {
            let sa = seal(&K1, b"", &vec![b'x'; a]).unwrap();
            let sb = seal(&K1, b"", &vec![b'x'; b]).unwrap();
            prop_assert_eq!(sa.len(), sb.len());
        }
    }

    #[test]
    fn nonces_are_fresh() {
        let a = seal(&K1, b"", b"same").unwrap();
        let b = seal(&K1, b"", b"same").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn truncated_is_reported() {
        assert_eq!(
            open(&K1, b"", &[0u8; 10]).unwrap_err(),
            OpenError::Truncated
        );
    }
}
