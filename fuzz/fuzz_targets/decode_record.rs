//! Stored-record decoding must never panic, whatever bytes a damaged disk hands it:
//! both the AEAD envelope and the JSON document inside it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hearth_core::store::fuzz_decode(data);
});
