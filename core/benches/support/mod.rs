//! What both bench targets share: a platform-style key vault in memory and a seeded
//! store directory opened with it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Mutex;

use hearth_core::vault::{KeyVault, VaultError};
use hearth_core::Store;
use zeroize::Zeroizing;

/// A platform-style vault: the raw key in memory.
#[derive(Default)]
pub struct MemVault(Mutex<Option<Vec<u8>>>);

impl MemVault {
    /// The key the store was created with.
    pub fn key(&self) -> Vec<u8> {
        self.0.lock().unwrap().clone().expect("store created")
    }
}

impl KeyVault for MemVault {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError> {
        Ok(self.0.lock().unwrap().clone().map(Zeroizing::new))
    }
    fn store(&self, key: &[u8]) -> Result<(), VaultError> {
        *self.0.lock().unwrap() = Some(key.to_vec());
        Ok(())
    }
    fn delete(&self) -> Result<(), VaultError> {
        *self.0.lock().unwrap() = None;
        Ok(())
    }
}

/// A seeded store directory and the vault holding its key.
pub struct Fixture {
    pub dir: PathBuf,
    pub vault: MemVault,
}

impl Fixture {
    /// Opens the store (panics: a bench cannot go on without it).
    pub fn open(&self) -> Store {
        Store::open(&self.dir, &self.vault).expect("open fixture")
    }
}
