//! The Daylio CSV importer must never panic, whatever file a person (or anyone else)
//! hands it: it either plans an import or returns an error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hearth_core::portability::fuzz::fuzz_daylio(data);
});
