//! The catalogue reader takes text a translator (or a shell's assets) hands over: on any
//! input it parses or refuses with a line number; it never panics, and whatever it
//! accepts formats without panicking, with or without arguments.

use hearth_core::l10n::{self, Arg, Resource};
use proptest::prelude::*;

/// Fragments of Fluent syntax, glued at random, reach the parser's corners far more
/// often than arbitrary characters would.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a = ".to_string()),
        Just("-t = ".to_string()),
        Just("{ $n ->".to_string()),
        Just("{ $n }".to_string()),
        Just("{ -t }".to_string()),
        Just("{ \"\\\"{\" }".to_string()),
        Just("[one] x".to_string()),
        Just("*[other] y { $n }".to_string()),
        Just("[0] zero".to_string()),
        Just("}".to_string()),
        Just("{".to_string()),
        Just("\n".to_string()),
        Just("\n    ".to_string()),
        Just("# c\n".to_string()),
        Just(".attr = v".to_string()),
        "[a-z\\-=\\[\\]*$\"{} \\\\]{0,6}",
        "\\PC{0,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics(parts in proptest::collection::vec(fragment(), 0..24)) {
        let text: String = parts.concat();
        match Resource::parse(&text) {
            Err(e) => prop_assert!(e.line >= 1 && e.line <= text.lines().count().max(1) + 1),
            Ok(r) => {
                // Registered as a language of its own, so messages render from it.
                prop_assert!(l10n::add_catalogue("zz", &text).is_ok());
                l10n::with_languages(&["zz"], || {
                    for id in r.ids() {
                        let _ = l10n::message(id, &[]);
                        let _ = l10n::message(id, &[("n", Arg::Num(1))]);
                        let _ = l10n::message(id, &[("n", Arg::Str("one".into()))]);
                    }
                });
            }
        }
    }
}
