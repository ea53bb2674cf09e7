//! CLDR cardinal plural categories for whole numbers, for the languages Hearth ships.
//!
//! Only whole numbers are ever selected on (counts of days, check-ins, people); a
//! decimal reaches a message as text, already formatted. Rules from CLDR 46
//! (`plurals.xml`), reduced to integers (v = 0, e = 0):
//! - en, de: one if n = 1, else other;
//! - es: one if n = 1; many if n ≠ 0 and n mod 1,000,000 = 0 ("un millón de"); else other;
//! - any other language: other (a catalogue for it must say so by its default variant).
//!
//! `core/tests/l10n_reference.rs` compares these with `intl_pluralrules`.

/// A plural category name as Fluent variant keys spell it.
pub(crate) fn category(language: &str, n: i64) -> &'static str {
    let n = n.unsigned_abs();
    match (language, n) {
        ("en" | "de" | "es", 1) => "one",
        ("es", n) if n != 0 && n.is_multiple_of(1_000_000) => "many",
        _ => "other",
    }
}

/// The categories CLDR defines for whole numbers in `language`, so a test can require
/// every one of them in every plural message.
pub fn required_categories(language: &str) -> &'static [&'static str] {
    match language {
        "en" | "de" => &["one", "other"],
        "es" => &["one", "many", "other"],
        _ => &["other"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_has_many_for_whole_millions_only() {
        assert_eq!(category("es", 1), "one");
        assert_eq!(category("es", 0), "other");
        assert_eq!(category("es", 2_000_000), "many");
        assert_eq!(category("es", 1_000_001), "other");
        assert_eq!(category("de", 1), "one");
        assert_eq!(category("en", -1), "one");
        assert_eq!(category("fi", 1), "other");
    }
}
