//! A store whose directory name is not UTF-8 works for every command, not just the first.

mod common;
use common::{hearth, json};

#[cfg(unix)]
#[test]
fn a_store_in_a_directory_whose_name_is_not_utf8_keeps_working() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let store = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"journal-\xff\xfe-%3F?#"));
    json(hearth(&store).args(["checkin", "--mood", "3", "--json"]));
    json(hearth(&store).args(["checkin", "--mood", "4", "--json"]));
    let listed = json(hearth(&store).args(["list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let v = json(hearth(&store).args(["verify", "--json"]));
    assert_eq!(v["damaged"], serde_json::json!([]));
}
