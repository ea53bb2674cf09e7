//! The language the CLI speaks: `--lang`, else the POSIX locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), else English. Chosen once, before any command runs.
//!
//! The core's catalogues are compiled in (feature `all-languages`); the CLI's own
//! sentences live in `bindings/cli/l10n/<lang>/*.ftl` and are added here.

use hearth_core::l10n;

/// The CLI's own catalogues, by language (English extends the compiled-in English).
const CATALOGUES: [(&str, &str); 3] = [
    ("en", include_str!("../l10n/en/cli.ftl")),
    ("de", include_str!("../l10n/de/cli.ftl")),
    ("es", include_str!("../l10n/es/cli.ftl")),
];

/// Registers the CLI's catalogues and chooses the language; returns the tag chosen.
pub fn init(flag: Option<&str>) -> String {
    for (lang, text) in CATALOGUES {
        // The l10n tests parse these files on every build; a broken one is a bug there.
        l10n::add_catalogue(lang, text).expect("the CLI's catalogues parse");
    }
    let preferred: Vec<String> = match flag {
        Some(tag) => vec![tag.to_owned()],
        None => crate::locale::from_env()
            .map(|l| vec![l.value])
            .unwrap_or_default(),
    };
    let chosen = l10n::set_languages(&preferred);
    // An explicit --lang that Hearth cannot speak is said once; a locale from the
    // environment is not (systems often name one Hearth has no catalogue for).
    if let Some(tag) = flag {
        if chosen == "en" && l10n::language_of(tag) != "en" {
            eprintln!("{}", hearth_core::tr!("cli-lang-unavailable", "tag" => tag));
        }
    }
    chosen
}
