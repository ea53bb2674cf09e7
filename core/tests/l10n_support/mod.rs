//! Shared by the l10n tests: the shipped catalogues, read from `core/l10n` as a phone
//! would hand them over (the core compiles in only English unless `all-languages`).

use std::path::Path;

use hearth_core::l10n::{self, SHIPPED};

/// Registers every shipped language but English from the files on disk.
pub fn load_shipped() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("l10n");
    for lang in &SHIPPED[1..] {
        for e in std::fs::read_dir(root.join(lang)).expect("language dir") {
            let p = e.expect("entry").path();
            let text = std::fs::read_to_string(&p).expect("catalogue");
            l10n::add_catalogue(lang, &text).expect("parses");
        }
    }
}
