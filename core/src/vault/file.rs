//! A vault that keeps the raw key in a 0600 file. Used by the CLI when no passphrase is
//! set, and by tests. On a phone the key lives in Keystore / Keychain instead.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

use super::{KeyVault, VaultError};
use crate::files::write_private;

/// A key file, hex-encoded, readable by the owner only.
pub struct FileKeyVault {
    path: PathBuf,
}

impl FileKeyVault {
    /// A vault backed by the file at `path` (created on first store).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileKeyVault { path: path.into() }
    }
}

impl KeyVault for FileKeyVault {
    fn load(&self) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(t) => Zeroizing::new(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(VaultError::Unavailable(format!("key file: {e}"))),
        };
        let key = crate::crypto::unhex(text.trim())
            .ok_or_else(|| VaultError::Rejected("the key file is not valid hex".into()))?;
        Ok(Some(key))
    }

    fn store(&self, key: &[u8]) -> Result<(), VaultError> {
        // Built in one exact-size allocation, so no stray copy of the key's digits is
        // left unzeroized.
        let hex = Zeroizing::new(crate::crypto::hex(key));
        write_private(&self.path, hex.as_bytes())
            .map_err(|e| VaultError::Unavailable(format!("key file: {e}")))
    }

    fn delete(&self) -> Result<(), VaultError> {
        shred(&self.path).map_err(|e| VaultError::Unavailable(format!("key file: {e}")))
    }
}

/// Overwrites a key file with random bytes of the same length, flushes that to the disk,
/// then unlinks it, so the key is not left in the file system's free blocks. On flash
/// storage the drive may still keep the old block elsewhere (wear levelling); that is
/// why phones keep the key in Keystore/Keychain, whose deletion is the real shredding.
/// A missing file is not an error.
pub fn shred(path: &Path) -> std::io::Result<()> {
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let mut noise = Zeroizing::new(vec![0u8; usize::try_from(len).unwrap_or(0).min(1 << 20)]);
    SystemRandom::new()
        .fill(&mut noise)
        .map_err(|_| std::io::Error::other("the system random generator failed"))?;
    let mut f = fs::OpenOptions::new().write(true).open(path)?;
    f.write_all(&noise)?;
    f.sync_all()?;
    drop(f);
    fs::remove_file(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_loads_deletes_with_private_mode() {
        let dir = tempfile::tempdir().unwrap();
        let v = FileKeyVault::new(dir.path().join("k"));
        assert!(v.load().unwrap().is_none());
        v.store(&[1, 2, 255]).unwrap();
        assert_eq!(&v.load().unwrap().unwrap()[..], &[1, 2, 255]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("k"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        v.delete().unwrap();
        assert!(v.load().unwrap().is_none());
    }
}
