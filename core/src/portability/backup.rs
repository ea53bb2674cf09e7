//! Encrypted backups: the JSON export, encrypted to a passphrase in the age v1 format
//! (scrypt recipient), so any age implementation can open it. No key leaves the device
//! and nothing is sent anywhere; the person chooses where the file goes.

use std::io::Write;
use std::path::Path;

use zeroize::Zeroizing;

use crate::error::{HearthError, Result};
use crate::store::Store;

use super::age_file::{self, OpenError};
use super::import::ImportSummary;

/// scrypt work factor (log2 N) for new backups: age's own default, about a second on a
/// laptop, and within what every age implementation accepts.
pub const WORK_FACTOR: u8 = 18;
/// Highest work factor accepted when opening a backup (age's Go implementation's limit),
/// so a hostile file cannot make a phone grind for minutes.
pub const MAX_WORK_FACTOR: u8 = 22;
/// Shortest passphrase accepted for a new backup.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Largest backup accepted (the export's own limit plus age's small overhead).
pub const MAX_BACKUP_BYTES: u64 = super::import::parse::MAX_BYTES as u64 + (1 << 20);

/// Encrypts `plaintext` to `passphrase` as an age file.
pub fn encrypt(plaintext: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(HearthError::invalid(
            "passphrase",
            format!("use at least {MIN_PASSPHRASE_CHARS} characters; a few words work well"),
        ));
    }
    age_file::encrypt(plaintext, passphrase, WORK_FACTOR)
        .ok_or_else(|| HearthError::Storage("could not start encryption".into()))
}

/// Decrypts an age file made with a passphrase. The whole payload is authenticated
/// before anything is returned: a wrong passphrase, a damaged byte or a cut-off file is
/// an error (field `passphrase` or `backup`).
pub fn decrypt(file: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>> {
    if file.len() as u64 > MAX_BACKUP_BYTES {
        return Err(HearthError::invalid(
            "backup",
            format!(
                "the file is {} bytes; the limit is {MAX_BACKUP_BYTES}",
                file.len()
            ),
        ));
    }
    let damaged = |why: &str| HearthError::invalid("backup", why);
    age_file::decrypt(file, passphrase, MAX_WORK_FACTOR).map_err(|e| match e {
        OpenError::NotAge => damaged("this is not a readable age backup"),
        OpenError::NotPassphrase => damaged(
            "this age file is encrypted to a key, not a passphrase; Hearth backups use a \
             passphrase",
        ),
        OpenError::TooMuchWork => {
            damaged("this backup asks for more passphrase-stretching work than a phone can do")
        }
        OpenError::WrongPassphrase => HearthError::invalid(
            "passphrase",
            "this passphrase does not open the backup; nothing was changed",
        ),
        OpenError::Damaged => damaged("the backup is damaged or incomplete; nothing was changed"),
    })
}

impl Store {
    /// Writes an encrypted backup of the full export to `path` (via a temporary file
    /// renamed into place, so a crash never leaves half a backup under that name).
    pub fn backup_to(&mut self, path: &Path, passphrase: &str) -> Result<()> {
        let json = Zeroizing::new(self.export_json()?);
        let sealed = encrypt(json.as_bytes(), passphrase)?;
        write_atomically(path, &sealed)
    }

    /// Restores a backup made by [`Store::backup_to`] (or `age -p`), importing it as
    /// [`Store::import_json`] does. Nothing changes unless the whole file decrypts and
    /// checks out.
    pub fn restore_from(&mut self, path: &Path, passphrase: &str) -> Result<ImportSummary> {
        let meta = std::fs::metadata(path).map_err(|e| {
            HearthError::invalid("backup", format!("could not read {}: {e}", path.display()))
        })?;
        if meta.len() > MAX_BACKUP_BYTES {
            return Err(HearthError::invalid(
                "backup",
                format!(
                    "the file is {} bytes; the limit is {MAX_BACKUP_BYTES}",
                    meta.len()
                ),
            ));
        }
        let file = std::fs::read(path).map_err(|e| {
            HearthError::invalid("backup", format!("could not read {}: {e}", path.display()))
        })?;
        let json = decrypt(&file, passphrase)?;
        self.import_json(&json)
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    let name = path
        .file_name()
        .ok_or_else(|| HearthError::invalid("out", "needs a file name"))?;
    let tmp = dir
        .map(|d| d.join(format!(".{}.tmp", name.to_string_lossy())))
        .unwrap_or_else(|| format!(".{}.tmp", name.to_string_lossy()).into());
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        HearthError::Storage(format!("could not write {}: {e}", path.display()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let sealed = encrypt(b"{\"format\":\"hearth-export\"}", "correct horse battery").unwrap();
        assert!(sealed.starts_with(b"age-encryption.org/v1\n-> scrypt "));
        let plain = decrypt(&sealed, "correct horse battery").unwrap();
        assert_eq!(&plain[..], b"{\"format\":\"hearth-export\"}");
        let wrong = decrypt(&sealed, "wrong horse battery").unwrap_err();
        assert!(
            matches!(wrong, HearthError::InvalidInput { ref field, .. } if field == "passphrase")
        );
        let mut flipped = sealed.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 1;
        let damaged = decrypt(&flipped, "correct horse battery").unwrap_err();
        assert!(
            matches!(damaged, HearthError::InvalidInput { ref field, .. } if field == "backup")
        );
        let cut = decrypt(&sealed[..sealed.len() - 5], "correct horse battery").unwrap_err();
        assert!(matches!(cut, HearthError::InvalidInput { ref field, .. } if field == "backup"));
        assert!(encrypt(b"x", "short").is_err());
    }
}
