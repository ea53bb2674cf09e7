//! The copy rules hold in every shipped language, not only in English: reminders stay
//! short and never raise their voice, and each language says them in its own words.

mod l10n_support;
use l10n_support::load_shipped;

use hearth_core::insights::copy::{DONE, LOW_MOOD, NOT_YET};
use hearth_core::l10n::{self, SHIPPED};
use hearth_core::reminders::copy::all_messages;

#[test]
fn reminders_and_widget_lines_are_short_calm_and_translated_everywhere() {
    load_shipped();
    let english: Vec<String> =
        l10n::with_languages(&["en"], || all_messages().map(|m| m.text()).collect());
    for lang in &SHIPPED[1..] {
        l10n::with_languages(&[lang], || {
            assert_eq!(l10n::current_language(), *lang);
            for (m, en) in all_messages().zip(&english) {
                let t = m.text();
                assert!(t.chars().count() <= 100, "{lang} {}: {t}", m.id);
                assert!(!t.contains(['!', '¡']), "{lang} {}: {t}", m.id);
                assert_ne!(&t, en, "{lang} {} is still English", m.id);
            }
            for l in NOT_YET.iter().chain(&DONE).chain([&LOW_MOOD]) {
                let t = l.text();
                assert!(!t.contains(['!', '¡']), "{lang} {}: {t}", l.id);
            }
        });
    }
}
