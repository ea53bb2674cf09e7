//! Key sources: passphrase vs key file, and wrong passphrases changing nothing.

mod common;
use common::{hearth, json, run, snapshot};

#[test]
fn wrong_passphrase_exits_non_zero_and_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(
        hearth(&store)
            .env("HEARTH_PASSPHRASE", "right one")
            .args(["checkin", "--mood", "4", "--json"]),
    );
    let before = snapshot(&store);
    let out = run(hearth(&store)
        .env("HEARTH_PASSPHRASE", "wrong one")
        .args(["list", "--json"]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("passphrase"), "{err}");
    assert!(out.stdout.is_empty());
    assert_eq!(
        snapshot(&store),
        before,
        "store files changed after a wrong passphrase"
    );
    let ok = json(
        hearth(&store)
            .env("HEARTH_PASSPHRASE", "right one")
            .args(["list", "--json"]),
    );
    assert_eq!(ok.as_array().unwrap().len(), 1);
}

#[test]
fn passphrase_store_without_passphrase_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    json(
        hearth(dir.path())
            .env("HEARTH_PASSPHRASE", "a passphrase")
            .args(["checkin", "--mood", "2", "--json"]),
    );
    let out = run(hearth(dir.path()).args(["list"]));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("HEARTH_PASSPHRASE"));
}

#[test]
fn key_file_is_private() {
    let dir = tempfile::tempdir().unwrap();
    json(hearth(dir.path()).args(["checkin", "--mood", "2", "--json"]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("hearth.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "key file readable by others: {mode:o}");
    }
}

#[test]
fn erase_needs_yes_then_removes_key_and_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(hearth(&store).args(["checkin", "--mood", "2", "--json"]));
    let out = run(hearth(&store).args(["erase"]));
    assert!(!out.status.success());
    assert!(store.join("hearth.db").exists());
    let out = run(hearth(&store).args(["erase", "--yes"]));
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("hearth.key") && said.contains("hearth.db"),
        "{said}"
    );
    let left: Vec<_> = std::fs::read_dir(&store).unwrap().collect();
    assert!(left.is_empty(), "files left after erase: {left:?}");
}
