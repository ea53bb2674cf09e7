//! The reader's language across the FFI. English is built in; a shell hands over the
//! other catalogues it bundles (`core/l10n/<lang>/*.ftl`, as app assets or bundle
//! resources) with [`add_catalogue`], then names the platform's preferred languages
//! with [`set_languages`]. Both apply to every `Hearth` in the process. See
//! `hearth_core::l10n`.

use hearth_core::journal::vocabulary;
use hearth_core::l10n;

use crate::error::HearthError;
use crate::guard::guard;

/// Adds one catalogue file's text for `language` (`de`, `es`, `de-AT`: its language
/// part counts). Several files for one language add up. Refused with the file's line
/// and the reason when it is not a catalogue Hearth can read; nothing is changed then.
#[uniffi::export]
pub fn add_catalogue(language: String, text: String) -> Result<(), HearthError> {
    guard(|| {
        if language.trim().is_empty() || language.len() > 35 {
            return Err(HearthError::invalid(
                "language",
                "must be a language tag such as \"de\" or \"es-419\"",
            ));
        }
        l10n::add_catalogue(&language, &text)
            .map_err(|e| HearthError::invalid("catalogue", e.to_string()))
    })
}

/// Chooses the language of every sentence Hearth produces from the platform's preferred
/// languages, most preferred first (Android: the resource configuration's locales; iOS:
/// `Locale.preferredLanguages`). The first with a catalogue wins, else English; a message
/// a catalogue lacks comes from English. `en-XA` and `ar-XB` are the pseudo-locales.
/// Returns the tag chosen.
#[uniffi::export]
pub fn set_languages(preferred: Vec<String>) -> String {
    l10n::set_languages(&preferred)
}

/// The languages with a catalogue in this process, English first.
#[uniffi::export]
pub fn available_languages() -> Vec<String> {
    l10n::available()
}

/// How an emotion stored as `name` reads now: a built-in in the reader's language, a
/// person's own emotion as written. Shells show this and send back either form.
#[uniffi::export]
pub fn emotion_label(name: String) -> String {
    vocabulary::emotion_label(&name)
}

/// How a tag stored as `name` reads now: a default tag in the reader's language, the
/// person's own (or a renamed default) as written.
#[uniffi::export]
pub fn tag_label(name: String) -> String {
    vocabulary::tag_label(&name)
}
