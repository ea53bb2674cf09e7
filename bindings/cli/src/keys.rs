//! Where the CLI finds its store and key: `--store` / `HEARTH_STORE` / a default data
//! dir, and `HEARTH_PASSPHRASE` or else a 0600 key file in the store dir.

use std::path::{Path, PathBuf};

use hearth_core::vault::{desktop_vault, KeyVault};
use hearth_core::{HearthError, Result, Store};
use zeroize::Zeroizing;

use crate::perms;

/// The store directory to use.
pub fn store_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.unwrap_or_else(|| {
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("hearth")
    })
}

/// The vault for `dir`, honouring `HEARTH_PASSPHRASE`.
pub fn vault(dir: &Path) -> Result<Box<dyn KeyVault>> {
    let pass = Zeroizing::new(passphrase()?);
    desktop_vault(dir, pass.as_deref())
}

/// `HEARTH_PASSPHRASE`, if set. One that is not UTF-8 is refused rather than ignored:
/// ignoring it would quietly make a plain key file instead of the vault the person
/// asked for.
fn passphrase() -> Result<Option<String>> {
    match std::env::var("HEARTH_PASSPHRASE") {
        Ok(p) => Ok(Some(p)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(HearthError::invalid(
            "passphrase",
            "HEARTH_PASSPHRASE is not valid UTF-8; set it in a UTF-8 locale, or unset it \
             to use a key file. Nothing was changed",
        )),
    }
}

/// Opens (or creates) the store in `dir`, after the desktop's permission checks
/// ([`perms::check`]).
pub fn open(dir: &Path) -> Result<Store> {
    perms::check(dir)?;
    let v = vault(dir)?;
    Store::open(dir, v.as_ref())
}

/// The zone for "today": `--tz`, else the device's zone (`TZ`, then the system
/// setting; see `Zone::device`), else UTC.
pub fn zone(flag: Option<&str>) -> Result<hearth_core::Zone> {
    match flag {
        Some(name) => hearth_core::Zone::parse(name),
        None => Ok(hearth_core::Zone::device()),
    }
}
