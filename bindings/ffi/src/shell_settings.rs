//! The shells' own settings (app lock, widget privacy, first-run progress), kept
//! encrypted in the store. The core checks names and sizes; the shells own the meaning.

use crate::error::HearthError;
use crate::hearth::Hearth;

#[uniffi::export]
impl Hearth {
    /// The value of shell setting `name`, or null if it was never set. `name` is 1–40
    /// characters of `a-z 0-9 . _ -`.
    pub fn shell_setting(&self, name: String) -> Result<Option<String>, HearthError> {
        self.with(|s| s.shell_setting(&name))
    }

    /// Sets shell setting `name` to `value` (at most 4096 bytes), or removes it when
    /// `value` is null. At most 64 settings are kept. Included in exports and backups.
    pub fn set_shell_setting(
        &self,
        name: String,
        value: Option<String>,
    ) -> Result<(), HearthError> {
        self.with(|s| s.set_shell_setting(&name, value.as_deref()))
    }
}
