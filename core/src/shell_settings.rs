//! The shells' own settings (an app lock, the widget's privacy, how far a first run got),
//! kept encrypted in the store like every other setting, but not interpreted here.
//!
//! Why in the store and not in SharedPreferences or UserDefaults: those are plain files,
//! and even "the journal is locked with Face ID" says something about the person. Why
//! not typed records in the core: each shell owns the meaning of its switches, and the
//! shipped library has a size budget that every exported record costs against. The core
//! keeps the values safe, limited, exported and restored; the shells parse them.

use std::collections::BTreeMap;

use crate::error::{HearthError, Result};
use crate::store::Store;

/// The map as stored and exported: name → value, in name order.
pub type ShellSettings = BTreeMap<String, String>;

const ID: &str = "shell_settings";
/// Longest name, in bytes (names are ASCII).
pub const MAX_NAME_BYTES: usize = 40;
/// Longest value, in bytes of UTF-8.
pub const MAX_VALUE_BYTES: usize = 4096;
/// Most names held at once: a shell's handful of switches, with room to grow.
pub const MAX_SETTINGS: usize = 64;

/// Checks a name: 1 to [`MAX_NAME_BYTES`] of `a-z`, `0-9`, `.`, `_`, `-`.
pub fn check_name(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(HearthError::invalid(
            "name",
            format!(
                "must be 1 to {MAX_NAME_BYTES} characters, got {}",
                name.len()
            ),
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '.' | '_' | '-'))
    {
        return Err(HearthError::invalid(
            "name",
            format!("may hold only a-z, 0-9, '.', '_' and '-', not {c:?}"),
        ));
    }
    Ok(())
}

/// Checks a value's length.
pub fn check_value(value: &str) -> Result<()> {
    if value.len() > MAX_VALUE_BYTES {
        return Err(HearthError::invalid(
            "value",
            format!(
                "must be at most {MAX_VALUE_BYTES} bytes, got {}",
                value.len()
            ),
        ));
    }
    Ok(())
}

/// Checks a whole map (an import) by the same rules as single writes.
pub fn check_all(settings: &ShellSettings) -> Result<()> {
    if settings.len() > MAX_SETTINGS {
        return Err(too_many(settings.len()));
    }
    for (name, value) in settings {
        check_name(name)
            .and_then(|()| check_value(value))
            .map_err(|e| in_name(name, e))?;
    }
    Ok(())
}

fn too_many(n: usize) -> HearthError {
    HearthError::invalid(
        "name",
        format!("at most {MAX_SETTINGS} settings can be kept, this would make {n}"),
    )
}

fn in_name(name: &str, e: HearthError) -> HearthError {
    match e {
        HearthError::InvalidInput { reason, .. } => HearthError::invalid(name, reason),
        other => other,
    }
}

impl Store {
    /// Every shell setting (empty until one is set).
    pub fn shell_settings(&mut self) -> Result<ShellSettings> {
        Ok(self.setting(ID)?.unwrap_or_default())
    }

    /// One shell setting, or `None` if it was never set (or was removed).
    pub fn shell_setting(&mut self, name: &str) -> Result<Option<String>> {
        check_name(name)?;
        Ok(self.shell_settings()?.remove(name))
    }

    /// Sets (`Some`) or removes (`None`) one shell setting; others are kept.
    pub fn set_shell_setting(&mut self, name: &str, value: Option<&str>) -> Result<()> {
        check_name(name)?;
        let mut all = self.shell_settings()?;
        match value {
            Some(v) => {
                check_value(v)?;
                all.insert(name.to_owned(), v.to_owned());
                if all.len() > MAX_SETTINGS {
                    return Err(too_many(all.len()));
                }
            }
            None => {
                if all.remove(name).is_none() {
                    return Ok(());
                }
            }
        }
        self.save_shell_settings(&all)
    }

    /// Replaces the whole map (import and restore), after the same checks.
    pub fn save_shell_settings(&mut self, all: &ShellSettings) -> Result<()> {
        check_all(all)?;
        self.save_setting(ID, all)
    }
}
