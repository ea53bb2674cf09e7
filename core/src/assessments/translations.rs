//! Which questionnaires may be shown in which language.
//!
//! A clinical questionnaire is only valid in a language through a published, validated
//! translation (forward and back translation, cognitive debriefing, and for scores
//! comparable across languages, a validation study). Hearth never machine-translates or
//! paraphrases items. Until a validated translation is added to [`VALIDATED`] — its
//! wording checked against the source named in its citation — a reader in another
//! language is shown the original English items and answer labels, with a one-line
//! notice in their own language saying why ([`original_language_notice`]). Scoring is
//! the same either way.
//!
//! Hearth's own words around a questionnaire (band words, summaries) are ordinary
//! catalogue messages (`core/l10n/<lang>/assessments.ftl`) and are translated.

use super::{Definition, Instrument};
use crate::l10n;
use crate::tr;

/// A validated translation of one instrument into one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValidatedTranslation {
    /// The instrument.
    pub instrument: Instrument,
    /// Language subtag, e.g. `de`.
    pub language: &'static str,
    /// The translated form, items and answer labels exactly as published.
    pub definition: &'static Definition,
    /// Where the wording and its validation were published.
    pub citation: &'static str,
}

/// Every validated translation Hearth includes. Empty for now: none could be checked
/// against its published source yet (issue #22). Add one only with its citation, the
/// wording copied from that source, and a test comparing scores with the English form.
pub static VALIDATED: &[ValidatedTranslation] = &[];

/// The validated translation of `instrument` into `language` (a tag or POSIX name), if
/// Hearth includes one.
pub fn validated_translation(
    instrument: Instrument,
    language: &str,
) -> Option<&'static ValidatedTranslation> {
    let lang = l10n::language_of(language);
    VALIDATED
        .iter()
        .find(|t| t.instrument == instrument && t.language == lang)
}

/// The form to show to a reader of the current language: a validated translation if
/// Hearth has one, else the original English.
pub fn presented(instrument: Instrument) -> &'static Definition {
    validated_translation(instrument, &l10n::current_language())
        .map(|t| t.definition)
        .unwrap_or_else(|| instrument.definition())
}

/// When the current language is not English and Hearth has no validated translation of
/// `instrument` into it: a one-line notice, in that language, that the questionnaire is
/// shown in its original English. `None` for English readers (the pseudo-locales are
/// English too) and for validated translations.
pub fn original_language_notice(instrument: Instrument) -> Option<String> {
    let lang = l10n::language_of(&l10n::current_language());
    if lang == "en" || validated_translation(instrument, &lang).is_some() {
        return None;
    }
    Some(tr!("assessment-original-language-notice"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_languages_get_the_english_form_and_a_notice_english_gets_neither() {
        for i in Instrument::ALL {
            let (en, xa) = (
                l10n::with_languages(&["en_GB.UTF-8"], || original_language_notice(i)),
                l10n::with_languages(&["en-XA"], || original_language_notice(i)),
            );
            assert_eq!((en, xa), (None, None), "{i:?}");
            // Whatever the language, with no validated translation the published English
            // form is the one shown.
            for lang in ["de", "es"] {
                if validated_translation(i, lang).is_none() {
                    let form = l10n::with_languages(&[lang], || presented(i));
                    assert_eq!(form, i.definition(), "{i:?} {lang}");
                }
            }
        }
        // Without `all-languages` only English is compiled in; add German as a shell would.
        l10n::add_catalogue("de", include_str!("../../l10n/de/assessments.ftl"))
            .expect("the German catalogue parses");
        let de = l10n::with_languages(&["de_DE.UTF-8"], || {
            original_language_notice(Instrument::Phq9)
        });
        assert!(de.is_some_and(|n| n.contains("englischen Original")));
    }
}
