//! The JSON export importer must never panic on any input: parsing, the unknown-field
//! check, every validation rule and the questionnaire re-scoring all return errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hearth_core::portability::fuzz::fuzz_import_json(data);
});
