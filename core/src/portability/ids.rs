//! Deterministic ids for imported rows, so importing the same file twice finds the same
//! rows instead of adding copies.
//!
//! Row ids are stored in plain text, so a plain hash of a row's content would let
//! someone holding the files confirm a guess ("mood rad at 18:50 on 10 March?"). The id
//! is therefore a keyed MAC: HMAC-SHA256 under a key derived with HKDF from the store's
//! record key (purpose `hearth/v1/import-id`), truncated to 128 bits and written as 32
//! hex digits like every other id. Without the store key it is indistinguishable from a
//! random id.

use ring::{hkdf, hmac};

use crate::error::Result;
use crate::store::Store;

/// A key for deriving import ids.
pub struct IdKey(hmac::Key);

impl IdKey {
    /// The import-id key of an open store.
    pub fn for_store(store: &Store) -> Result<IdKey> {
        Ok(IdKey::from_secret(store.keys()?.record()))
    }

    /// A key derived from arbitrary secret bytes (tests and fuzzing use a fixed one).
    pub fn from_secret(secret: &[u8]) -> IdKey {
        let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, b"hearth");
        let prk = salt.extract(secret);
        let info = [b"hearth/v1/import-id".as_slice()];
        let okm = prk
            .expand(&info, hmac::HMAC_SHA256)
            .expect("an HMAC-SHA256 key is within HKDF-SHA256's output limit");
        IdKey(hmac::Key::from(okm))
    }

    /// The id for a row described by `parts` (unambiguously joined).
    pub fn id(&self, parts: &[&str]) -> String {
        let mut ctx = hmac::Context::with_key(&self.0);
        for p in parts {
            ctx.update(&(p.len() as u64).to_be_bytes());
            ctx.update(p.as_bytes());
        }
        let tag = ctx.sign();
        crate::crypto::hex(&tag.as_ref()[..16])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_keyed_and_unambiguous() {
        let k = IdKey::from_secret(&[1; 32]);
        let a = k.id(&["2024-03-10T18:50", "rad"]);
        assert_eq!(a.len(), 32);
        assert_eq!(a, k.id(&["2024-03-10T18:50", "rad"]));
        assert_ne!(a, k.id(&["2024-03-10T18:5", "0rad"]));
        assert_ne!(
            a,
            IdKey::from_secret(&[2; 32]).id(&["2024-03-10T18:50", "rad"])
        );
    }
}
