//! Keys on the desktop: a passphrase that can't be read, a short one, a hostile vault
//! file, a shared directory, loose permissions, and what erase leaves of a key file.

mod common;
#[cfg(unix)]
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::time::Instant;

use common::{hearth, json, run};

#[cfg(unix)]
fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn a_passphrase_that_is_not_utf8_is_refused_and_no_key_file_is_made() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let out = run(hearth(&store)
        .env(
            "HEARTH_PASSPHRASE",
            std::ffi::OsStr::from_bytes(b"caf\xe9 latte"),
        )
        .args(["checkin", "--mood", "3"]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("HEARTH_PASSPHRASE") && err.contains("UTF-8"),
        "{err}"
    );
    assert!(!store.join("hearth.key").exists());
    assert!(!store.join("hearth.db").exists());
}

#[test]
fn a_new_passphrase_needs_eight_characters() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let out = run(hearth(&store)
        .env("HEARTH_PASSPHRASE", "short")
        .args(["checkin", "--mood", "3"]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at least 8 characters"), "{err}");
    assert!(!store.join("vault.json").exists());
    assert!(!store.join("hearth.db").exists());
    // Eight characters, counted as characters rather than bytes, are enough.
    json(
        hearth(&store)
            .env("HEARTH_PASSPHRASE", "ñandú ok")
            .args(["checkin", "--mood", "3", "--json"]),
    );
}

#[test]
fn a_vault_asking_for_billions_of_iterations_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(
        hearth(&store)
            .env("HEARTH_PASSPHRASE", "correct horse")
            .args(["checkin", "--mood", "3", "--json"]),
    );
    let path = store.join("vault.json");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    v["iterations"] = serde_json::json!(4_000_000_000u64);
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let started = Instant::now();
    let out = run(hearth(&store)
        .env("HEARTH_PASSPHRASE", "correct horse")
        .args(["list"]));
    assert!(started.elapsed().as_secs_f64() < 5.0, "it tried the work");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("4000000000") && err.contains("iterations"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_key_file_is_made_fresh_and_private_even_if_a_temp_file_was_planted() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    std::fs::create_dir(&store).unwrap();
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o700)).unwrap();
    // What another user could have left for the old fixed temp name.
    for planted in ["hearth.tmp", "hearth.key.tmp"] {
        std::fs::write(store.join(planted), b"").unwrap();
        std::fs::set_permissions(store.join(planted), std::fs::Permissions::from_mode(0o666))
            .unwrap();
    }
    let planted_inodes: Vec<u64> = ["hearth.tmp", "hearth.key.tmp"]
        .iter()
        .map(|p| std::fs::metadata(store.join(p)).unwrap().ino())
        .collect();
    json(hearth(&store).args(["checkin", "--mood", "3", "--json"]));
    let key = store.join("hearth.key");
    assert_eq!(mode(&key), 0o600);
    assert!(!planted_inodes.contains(&std::fs::metadata(&key).unwrap().ino()));
    assert_eq!(mode(&store.join("hearth.db")), 0o600);
}

#[cfg(unix)]
#[test]
fn a_directory_others_can_write_to_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("shared");
    std::fs::create_dir(&store).unwrap();
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = run(hearth(&store).args(["checkin", "--mood", "3"]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("others can write"), "{err}");
    assert!(err.contains("chmod 700"), "{err}");
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), 0);
}

#[cfg(unix)]
#[test]
fn loose_permissions_get_a_warning_like_ssh_gives() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(hearth(&store).args(["checkin", "--mood", "3", "--json"]));
    let quiet = run(hearth(&store).args(["today"]));
    assert!(
        quiet.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );
    std::fs::set_permissions(
        store.join("hearth.key"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = run(hearth(&store).args(["today"]));
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning") && err.contains("hearth.key"),
        "{err}"
    );
    assert!(err.contains("chmod 600"), "{err}");
    assert!(err.contains("chmod 700"), "{err}");
    // A store directory created by Hearth is private from the start.
    let fresh = dir.path().join("fresh");
    json(hearth(&fresh).args(["checkin", "--mood", "3", "--json"]));
    assert_eq!(mode(&fresh), 0o700);
}

#[cfg(unix)]
#[test]
fn erase_overwrites_the_key_file_before_unlinking_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(hearth(&store).args(["checkin", "--mood", "3", "--json"]));
    let key = store.join("hearth.key");
    let before = std::fs::read(&key).unwrap();
    // A second name for the same inode shows what happened to its bytes.
    let link = dir.path().join("key-link");
    std::fs::hard_link(&key, &link).unwrap();
    assert!(run(hearth(&store).args(["erase", "--yes"]))
        .status
        .success());
    assert!(!key.exists());
    let after = std::fs::read(&link).unwrap();
    assert_eq!(after.len(), before.len());
    assert_ne!(after, before, "the key's bytes are still on disk");
}
