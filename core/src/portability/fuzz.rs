//! Pure entry points for fuzzing (`fuzz/`) and property tests: they read untrusted
//! bytes exactly as an import does, without a store, and must never panic.

use std::sync::OnceLock;

use super::daylio::{plan_daylio, DaylioOptions, MoodMap};
use super::ids::IdKey;
use super::import::{plan_import, Existing};

fn key() -> &'static IdKey {
    static KEY: OnceLock<IdKey> = OnceLock::new();
    KEY.get_or_init(|| IdKey::from_secret(&[0x42; 32]))
}

/// Parses and checks `data` as a Daylio CSV export (zone Europe/Paris, one custom mood
/// mapped). Returns whether it would import.
pub fn fuzz_daylio(data: &[u8]) -> bool {
    let opts = DaylioOptions {
        zone: crate::zone::Zone::parse("Europe/Paris").expect("a known zone"),
        moods: MoodMap::from([("sleepy".to_string(), 2)]),
    };
    plan_daylio(data, &opts, key()).is_ok()
}

/// Parses and checks `data` as a Hearth JSON export against an empty store. Returns
/// whether it would import.
pub fn fuzz_import_json(data: &[u8]) -> bool {
    plan_import(data, &Existing::default()).is_ok()
}
