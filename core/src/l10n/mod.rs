//! Every sentence the core produces, in the reader's language.
//!
//! One Fluent catalogue per language under `core/l10n/<lang>/*.ftl` is the single source
//! for Android, iOS and the CLI: a sentence is translated once. Code asks for a message
//! by stable id with named arguments ([`tr!`]); which language answers is chosen once per
//! process from the platform's preferred languages ([`set_languages`]), message by
//! message falling back to English, so a raw id is never shown.
//!
//! English is compiled in (it is the fallback). The other catalogues reach the shipped
//! library through [`add_catalogue`]: the phones bundle the `.ftl` files as assets and
//! hand them over at start-up, as they do the time-zone rules, which keeps the library
//! within its size budget however many languages ship. The CLI has no such budget and
//! compiles every shipped language in (feature `all-languages`).
//!
//! Plural forms follow CLDR ([`plural`]); decimals and dates are formatted through the
//! catalogue too ([`words`]), so a decimal comma or a month name is a translator's call.

pub mod ftl;
pub mod plural;
mod pseudo;
pub mod words;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use ftl::{Key, Part};
pub use ftl::{ParseError, Resource};
use pseudo::Pseudo;

/// The languages whose catalogues ship with Hearth, English first.
pub const SHIPPED: [&str; 3] = ["en", "de", "es"];

/// The pseudo-locales Hearth understands (made from English, never shipped to people).
pub const PSEUDO: [&str; 2] = ["en-XA", "ar-XB"];

// `EN` (the English files) and, with `all-languages`, `BUILT_IN` (the others), listed
// from core/l10n by core/build.rs.
include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as given (names, already formatted dates and decimals).
    Str(String),
    /// A whole number: shown as digits, and selects plural forms.
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_arg!(i64, i32, u32, u16, u8, usize, u64);

/// A message in the current language: `tr!("id")` or `tr!("id", "name" => value, …)`.
/// Values are text or whole numbers (see [`Arg`]).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::l10n::message($id, &[])
    };
    ($id:literal, $($name:literal => $value:expr),+ $(,)?) => {
        $crate::l10n::message($id, &[$(($name, $crate::l10n::Arg::from($value))),+])
    };
}

/// The resolved language: a chain of catalogues, the chosen one first, English last.
struct Localizer {
    tag: String,
    pseudo: Option<Pseudo>,
    chain: Vec<(String, Arc<Resource>)>,
}

fn english() -> &'static Arc<Resource> {
    static EN_RES: OnceLock<Arc<Resource>> = OnceLock::new();
    EN_RES.get_or_init(|| {
        let mut r = Resource::default();
        for text in EN.iter().copied() {
            r.add(text)
                .expect("the English catalogue parses (l10n tests read it on every build)");
        }
        Arc::new(r)
    })
}

fn registry() -> &'static RwLock<HashMap<String, Arc<Resource>>> {
    static REG: OnceLock<RwLock<HashMap<String, Arc<Resource>>>> = OnceLock::new();
    REG.get_or_init(|| {
        #[allow(unused_mut)]
        let mut map: HashMap<String, Arc<Resource>> = HashMap::new();
        #[cfg(feature = "all-languages")]
        for &(lang, files) in BUILT_IN {
            let mut r = Resource::default();
            for text in files.iter().copied() {
                r.add(text)
                    .expect("the shipped catalogues parse (l10n tests read them)");
            }
            map.insert(lang.to_string(), Arc::new(r));
        }
        RwLock::new(map)
    })
}

static CURRENT: RwLock<Option<Arc<Localizer>>> = RwLock::new(None);

thread_local! {
    static OVERRIDE: RefCell<Option<Arc<Localizer>>> = const { RefCell::new(None) };
}

/// The language part of a tag or POSIX locale name, lower case: `de_DE.UTF-8` → `de`,
/// `es-419` → `es`, `C` and `POSIX` → `en`.
pub fn language_of(tag: &str) -> String {
    let name = tag.split(['.', '@']).next().unwrap_or("");
    let lang = name
        .split(['_', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match lang.as_str() {
        "" | "c" | "posix" => "en".to_owned(),
        _ => lang,
    }
}

/// Adds a catalogue's text for `language` (a tag such as `de` or `de-AT`; its language
/// part is what counts). Several files for one language add up; an id given twice keeps
/// the later text. Takes effect at the next [`set_languages`].
pub fn add_catalogue(language: &str, text: &str) -> Result<(), ParseError> {
    let lang = language_of(language);
    let mut reg = registry().write().unwrap_or_else(|e| e.into_inner());
    let mut r = match reg.get(&lang) {
        Some(existing) => (**existing).clone(),
        // English additions (a shell's own messages) extend the compiled-in catalogue.
        None if lang == "en" => (**english()).clone(),
        None => Resource::default(),
    };
    r.add(text)?;
    reg.insert(lang, Arc::new(r));
    Ok(())
}

/// The languages with a catalogue in this process, English first, then sorted.
pub fn available() -> Vec<String> {
    let reg = registry().read().unwrap_or_else(|e| e.into_inner());
    let mut langs: Vec<String> = reg.keys().filter(|l| *l != "en").cloned().collect();
    langs.sort();
    langs.insert(0, "en".to_owned());
    langs
}

/// The catalogue of a language as loaded in this process (English always), for tests
/// and tools that check catalogues against each other.
pub fn catalogue(language: &str) -> Option<Arc<Resource>> {
    let lang = language_of(language);
    let found = registry()
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&lang)
        .cloned();
    match found {
        None if lang == "en" => Some(english().clone()),
        other => other,
    }
}

fn resolve<S: AsRef<str>>(preferred: &[S]) -> Localizer {
    let en = (
        "en".to_owned(),
        catalogue("en").unwrap_or_else(|| english().clone()),
    );
    for tag in preferred {
        let tag = tag.as_ref();
        if let Some(p) = Pseudo::from_tag(tag) {
            return Localizer {
                tag: p.tag().to_owned(),
                pseudo: Some(p),
                chain: vec![en],
            };
        }
        let lang = language_of(tag);
        if lang == "en" {
            break;
        }
        if let Some(r) = catalogue(&lang) {
            return Localizer {
                tag: lang.clone(),
                pseudo: None,
                chain: vec![(lang, r), en],
            };
        }
    }
    Localizer {
        tag: "en".to_owned(),
        pseudo: None,
        chain: vec![en],
    }
}

/// Chooses the language for the whole process from the platform's preferred languages,
/// most preferred first (BCP 47 tags or POSIX names; `en-XA`/`ar-XB` are the
/// pseudo-locales). The first with a catalogue wins; none means English. Returns the
/// tag chosen (`de`, `en`, `en-XA`).
pub fn set_languages<S: AsRef<str>>(preferred: &[S]) -> String {
    let l = Arc::new(resolve(preferred));
    let tag = l.tag.clone();
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(l);
    tag
}

/// Runs `f` with messages in the first available of `preferred`, on this thread only
/// (tests run side by side in one process; a CLI run sets its language once).
pub fn with_languages<S: AsRef<str>, R>(preferred: &[S], f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Arc<Localizer>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let prev = self.0.take();
            OVERRIDE.with(|o| *o.borrow_mut() = prev);
        }
    }
    let l = Arc::new(resolve(preferred));
    let _restore = Restore(OVERRIDE.with(|o| o.borrow_mut().replace(l)));
    f()
}

fn current() -> Arc<Localizer> {
    if let Some(l) = OVERRIDE.with(|o| o.borrow().clone()) {
        return l;
    }
    if let Some(l) = CURRENT.read().unwrap_or_else(|e| e.into_inner()).clone() {
        return l;
    }
    Arc::new(resolve::<&str>(&[]))
}

/// The tag of the language messages are in right now (`en`, `de`, `en-XA`…).
pub fn current_language() -> String {
    current().tag.clone()
}

/// The message `id` in the current language with `args`; use [`tr!`]. A message missing
/// from the chosen catalogue comes from English; an id missing from English too (a bug
/// that the l10n tests catch) shows the id rather than nothing.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    let l = current();
    format(&l, id, args, true)
}

/// Like [`message`], but never pseudo-localized: for separators and patterns that
/// numbers are built from, which must stay usable inside other messages.
pub(crate) fn plain(id: &str, args: &[(&str, Arg)]) -> String {
    let l = current();
    format(&l, id, args, false)
}

fn format(l: &Localizer, id: &str, args: &[(&str, Arg)], wrap: bool) -> String {
    for (lang, res) in &l.chain {
        if let Some(pattern) = res.messages.get(id) {
            let mut r = Render {
                l,
                lang,
                res,
                args,
                out: String::new(),
                own: 0,
                pseudo: if wrap { l.pseudo } else { None },
            };
            r.parts(pattern, 0);
            return match r.pseudo {
                Some(p) => p.wrap(r.out, r.own),
                None => r.out,
            };
        }
    }
    id.to_owned()
}

struct Render<'a> {
    l: &'a Localizer,
    lang: &'a str,
    res: &'a Resource,
    args: &'a [(&'a str, Arg)],
    out: String,
    own: usize,
    pseudo: Option<Pseudo>,
}

impl<'a> Render<'a> {
    fn arg(&self, name: &str) -> Option<&'a Arg> {
        let args: &'a [(&'a str, Arg)] = self.args;
        args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    fn parts(&mut self, parts: &[Part], depth: u8) {
        for p in parts {
            match p {
                Part::Text(t) => {
                    self.own += t.chars().count();
                    match self.pseudo {
                        Some(ps) => self.out.push_str(&ps.text(t)),
                        None => self.out.push_str(t),
                    }
                }
                Part::Var(v) => match self.arg(v) {
                    Some(Arg::Str(s)) => self.out.push_str(s),
                    Some(Arg::Num(n)) => self.out.push_str(&n.to_string()),
                    None => {
                        self.out.push_str("{$");
                        self.out.push_str(v);
                        self.out.push('}');
                    }
                },
                Part::Term(t) => {
                    let term = self
                        .res
                        .terms
                        .get(t)
                        .or_else(|| self.l.chain.iter().find_map(|(_, r)| r.terms.get(t)));
                    match term {
                        // Terms do not refer to themselves in Hearth's files; the depth
                        // limit keeps a translator's mistake from recursing forever.
                        Some(term) if depth < 8 => self.parts(term, depth + 1),
                        _ => {
                            self.out.push_str("{-");
                            self.out.push_str(t);
                            self.out.push('}');
                        }
                    }
                }
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = self.choose(var, variants).unwrap_or(*default);
                    if let Some((_, v)) = variants.get(chosen) {
                        self.parts(v, depth);
                    }
                }
            }
        }
    }

    fn choose(&self, var: &str, variants: &[(Key, Vec<Part>)]) -> Option<usize> {
        match self.arg(var)? {
            Arg::Num(n) => variants
                .iter()
                .position(|(k, _)| *k == Key::Number(*n))
                .or_else(|| {
                    let cat = plural::category(self.lang, *n);
                    variants
                        .iter()
                        .position(|(k, _)| matches!(k, Key::Name(s) if s == cat))
                }),
            Arg::Str(s) => variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Name(x) if x == s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names_and_tags_give_their_language() {
        assert_eq!(language_of("de_DE.UTF-8"), "de");
        assert_eq!(language_of("es-419"), "es");
        assert_eq!(language_of("C.UTF-8"), "en");
        assert_eq!(language_of("POSIX"), "en");
        assert_eq!(language_of(""), "en");
    }

    #[test]
    fn unknown_languages_fall_back_to_english_and_pseudo_brackets_everything() {
        let en = with_languages(&["xx-YY"], || {
            (current_language(), tr!("mood-word", "mood" => 5))
        });
        assert_eq!(en.0, "en");
        let xa = with_languages(&["en_XA"], || tr!("mood-word", "mood" => 5));
        assert!(xa.starts_with('[') && xa.ends_with(']'), "{xa}");
        assert_ne!(xa, format!("[{}]", en.1));
        assert!(xa.chars().count() >= en.1.chars().count() * 13 / 10, "{xa}");
    }
}
