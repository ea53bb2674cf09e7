//! Encrypted backups: the JSON export, encrypted to a passphrase in the age v1 format
//! (scrypt recipient), so any age implementation can open it. No key leaves the device
//! and nothing is sent anywhere; the person chooses where the file goes.

use std::path::Path;

use zeroize::Zeroizing;

use crate::error::{HearthError, Result};
use crate::store::Store;

use super::age_file::{self, OpenError};
use super::import::ImportSummary;

/// scrypt work factor (log2 N) for new backups: age's own default, about a second on a
/// laptop, and within what every age implementation accepts.
pub const WORK_FACTOR: u8 = 18;
/// Highest scrypt work factor accepted when opening a backup: 2^20 costs about 1 GiB of
/// memory (128 · r · N bytes, r = 8), already more than a widget-sized process may use,
/// and 2^22 (age's Go limit) would be 4 GiB, which gets an app killed. Checked before
/// any work, so a hostile header is refused at once. Callers on small phones pass a
/// lower limit to [`Store::restore_from_limited`].
pub const MAX_WORK_FACTOR: u8 = 20;
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
    decrypt_limited(file, passphrase, MAX_WORK_FACTOR)
}

/// [`decrypt`] accepting at most `max_work_factor` (and never more than
/// [`MAX_WORK_FACTOR`]).
pub fn decrypt_limited(
    file: &[u8],
    passphrase: &str,
    max_work_factor: u8,
) -> Result<Zeroizing<Vec<u8>>> {
    let cap = max_work_factor.min(MAX_WORK_FACTOR);
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
    age_file::decrypt(file, passphrase, cap).map_err(|e| match e {
        OpenError::NotAge => damaged("this is not a readable age backup"),
        OpenError::NotPassphrase => damaged(
            "this age file is encrypted to a key, not a passphrase; Hearth backups use a \
             passphrase",
        ),
        OpenError::TooMuchWork(asked) => HearthError::invalid(
            "backup",
            format!(
                "this backup asks for scrypt work factor {asked} (about {} MiB of memory); \
                 Hearth opens backups up to work factor {cap}, so it was not tried and \
                 nothing was changed",
                ((128u64 * 8) << asked) >> 20
            ),
        ),
        OpenError::WrongPassphrase => HearthError::invalid(
            "passphrase",
            "this passphrase does not open the backup; nothing was changed",
        ),
        OpenError::Damaged => damaged("the backup is damaged or incomplete; nothing was changed"),
    })
}

impl Store {
    /// Writes an encrypted backup of the full export to `path`, readable by its owner
    /// only, via a temporary file renamed into place (see [`crate::files`]): a crash or a
    /// full disk never leaves half a backup, or destroys the previous one.
    pub fn backup_to(&mut self, path: &Path, passphrase: &str) -> Result<()> {
        let json = Zeroizing::new(self.export_json()?);
        let sealed = encrypt(json.as_bytes(), passphrase)?;
        crate::files::write_output(path, &sealed)
    }

    /// Restores a backup made by [`Store::backup_to`] (or `age -p`), importing it as
    /// [`Store::import_json`] does. Nothing changes unless the whole file decrypts and
    /// checks out.
    pub fn restore_from(&mut self, path: &Path, passphrase: &str) -> Result<ImportSummary> {
        self.restore_from_limited(path, passphrase, MAX_WORK_FACTOR)
    }

    /// [`Store::restore_from`], refusing backups whose scrypt work factor is above
    /// `max_work_factor` (a shell passes what the phone's memory allows).
    pub fn restore_from_limited(
        &mut self,
        path: &Path,
        passphrase: &str,
        max_work_factor: u8,
    ) -> Result<ImportSummary> {
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
        let json = decrypt_limited(&file, passphrase, max_work_factor)?;
        self.import_json(&json)
    }
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
