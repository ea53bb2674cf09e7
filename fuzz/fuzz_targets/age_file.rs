//! Opening a backup must never panic, whatever file a person picks: the hand-built age
//! reader (`portability::age_file`) either decrypts or returns an error. A low work
//! factor cap keeps each run fast; headers asking for more are refused before scrypt.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = hearth_core::portability::age_file::decrypt(data, "fuzzing passphrase", 4);
});
