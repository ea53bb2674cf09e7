//! The catalogues against each other and against the reference Fluent implementation.
//!
//! - every message id of English exists in every shipped language, with the same
//!   variables, and every plural select has each category CLDR requires there;
//! - `fluent-bundle` (the reference) reads every file and formats every message to the
//!   same text as Hearth's own reader (`hearth_core::l10n::ftl`), for numbers that reach
//!   each plural category and for each key of a select on text;
//! - the compiled-in English is exactly the files on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use hearth_core::l10n::{self, plural, Arg, Resource, SHIPPED};

/// Every catalogue root of the project: the core's, and the CLI's own messages.
fn roots() -> Vec<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    [here.join("l10n"), here.join("../bindings/cli/l10n")]
        .into_iter()
        .filter(|p| p.is_dir())
        .collect()
}

/// The `.ftl` files of one language under one root, sorted by name.
fn files(root: &Path, lang: &str) -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = std::fs::read_dir(root.join(lang))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .map(|p| {
                    let text = std::fs::read_to_string(&p).expect("readable catalogue");
                    (p, text)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn resource(root: &Path, lang: &str) -> Resource {
    let mut r = Resource::default();
    for (path, text) in files(root, lang) {
        r.add(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    r
}

const PLURAL_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn every_language_has_every_message_with_the_same_variables_and_plural_forms() {
    let mut problems = Vec::new();
    for root in roots() {
        let en = resource(&root, "en");
        assert!(!en.ids().is_empty(), "{}: no English", root.display());
        for lang in &SHIPPED[1..] {
            let tr = resource(&root, lang);
            for id in en.ids() {
                if !tr.has(id) {
                    problems.push(format!("{lang}: {id} is missing ({})", root.display()));
                    continue;
                }
                if en.variables(id) != tr.variables(id) {
                    problems.push(format!(
                        "{lang}: {id} uses {:?}, English {:?}",
                        tr.variables(id),
                        en.variables(id)
                    ));
                }
                for (var, keys) in tr.selects(id) {
                    // A plural select names only CLDR categories (and exact numbers); a
                    // select on text (a kind, an emotion id) is not one.
                    let plural = keys.iter().any(|k| PLURAL_NAMES.contains(&k.as_str()))
                        && keys.iter().all(|k| {
                            PLURAL_NAMES.contains(&k.as_str()) || k.parse::<i64>().is_ok()
                        });
                    if !plural {
                        continue;
                    }
                    for need in plural::required_categories(lang) {
                        if !keys.iter().any(|k| k == need) {
                            problems.push(format!("{lang}: {id} (${var}) has no [{need}]"));
                        }
                    }
                }
            }
            for id in tr.ids() {
                if !en.has(id) {
                    problems.push(format!("{lang}: {id} is not an English message"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Values to try for a variable: numbers reaching every category in every shipped
/// language, and each text key its selects name.
fn candidates(r: &Resource, id: &str, var: &str) -> Vec<Arg> {
    let mut out: Vec<Arg> = [0, 1, 2, 3, 5, 7, 12, 21, 1_000_000]
        .into_iter()
        .map(Arg::Num)
        .collect();
    for (v, keys) in r.selects(id) {
        if v == var {
            out.extend(
                keys.into_iter()
                    .filter(|k| k.parse::<i64>().is_err())
                    .map(Arg::Str),
            );
        }
    }
    out.push(Arg::Str("Ada".into()));
    out
}

#[test]
fn the_reference_implementation_reads_and_formats_every_message_alike() {
    for root in roots() {
        for lang in SHIPPED {
            let langid: unic_langid::LanguageIdentifier = lang.parse().expect("tag");
            let mut bundle = FluentBundle::new(vec![langid]);
            bundle.set_use_isolating(false);
            for (path, text) in files(&root, lang) {
                let res = FluentResource::try_new(text.clone())
                    .unwrap_or_else(|(_, e)| panic!("{}: reference: {e:?}", path.display()));
                bundle
                    .add_resource(res)
                    .unwrap_or_else(|e| panic!("{}: reference: {e:?}", path.display()));
                l10n::add_catalogue(lang, &text).expect("ours reads it too");
            }
            let ours = resource(&root, lang);
            for id in ours.ids() {
                let vars = ours.variables(id);
                // One variable varied at a time, the others held at their first value.
                let base: BTreeMap<String, Arg> = vars
                    .iter()
                    .map(|v| (v.clone(), candidates(&ours, id, v)[0].clone()))
                    .collect();
                let mut cases = vec![base.clone()];
                for v in &vars {
                    for c in candidates(&ours, id, v) {
                        let mut case = base.clone();
                        case.insert(v.clone(), c);
                        cases.push(case);
                    }
                }
                let msg = bundle.get_message(id).expect("reference has it");
                let pattern = msg.value().expect("a value");
                for case in cases {
                    // CLDR 42 gave Spanish a `many` form for whole millions ("1000000 de
                    // registros"); the reference's plural tables predate it, so those
                    // numbers are checked by `plural`'s own tests instead.
                    let million = case
                        .values()
                        .any(|v| matches!(v, Arg::Num(n) if *n != 0 && n % 1_000_000 == 0));
                    if lang == "es" && million {
                        continue;
                    }
                    let mut fargs = FluentArgs::new();
                    for (k, v) in &case {
                        match v {
                            Arg::Num(n) => fargs.set(k.clone(), FluentValue::from(*n)),
                            Arg::Str(s) => fargs.set(k.clone(), FluentValue::from(s.clone())),
                        }
                    }
                    let mut errors = vec![];
                    let want = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                    assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
                    let args: Vec<(&str, Arg)> =
                        case.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                    let got = l10n::with_languages(&[lang], || l10n::message(id, &args));
                    assert_eq!(got, want, "{lang} {id} {case:?} ({})", root.display());
                }
            }
        }
    }
}

#[test]
fn the_compiled_in_english_is_the_core_files_on_disk() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("l10n");
    let disk = resource(&root, "en");
    let built = l10n::catalogue("en").expect("English");
    for id in disk.ids() {
        assert!(built.has(id), "{id} is on disk but not compiled in");
    }
}

/// Every message id the code asks for exists in English (so a typo can never put a raw
/// id on screen): `tr!("id"…)`, `message("id"…)`, `plain("id"…)`, and the ids the copy
/// tables name (`m("gentle.1", "reminder-gentle-1")`, `line(…)`, `message: "…"`).
#[test]
fn every_id_the_code_uses_is_an_english_message() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut en = Resource::default();
    for root in roots() {
        for (_, text) in files(&root, "en") {
            en.add(&text).expect("English parses");
        }
    }
    let mut used = Vec::new();
    let mut stack = vec![
        here.join("src"),
        here.join("../bindings/cli/src"),
        here.join("../bindings/ffi/src"),
    ];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("source dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let src = std::fs::read_to_string(&p).expect("source");
                for id in ids_in(&src) {
                    used.push((p.display().to_string(), id));
                }
            }
        }
    }
    assert!(used.len() > 100, "the scan found only {} uses", used.len());
    let missing: Vec<_> = used.iter().filter(|(_, id)| !en.has(id)).collect();
    assert!(
        missing.is_empty(),
        "ids with no English message: {missing:?}"
    );
}

/// The message ids in one source file (see the test above for the shapes).
fn ids_in(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for opener in ["tr!(", "message(", "plain(", "message: ", "m(\"", "line(\""] {
        let mut rest = src;
        while let Some(i) = rest.find(opener) {
            rest = &rest[i + opener.len()..];
            // The copy tables: the first literal is the stable id, the second the message.
            let mut s = rest.trim_start();
            if opener.ends_with('"') {
                match s.find("\",") {
                    Some(j) => s = s[j + 2..].trim_start(),
                    None => continue,
                }
            }
            let Some(lit) = s.strip_prefix('"') else {
                continue;
            };
            let Some(end) = lit.find('"') else { continue };
            let id = &lit[..end];
            let shaped = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && id.contains('-');
            if shaped {
                out.push(id.to_owned());
            }
        }
    }
    out
}
