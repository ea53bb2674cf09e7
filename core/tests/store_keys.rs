//! Wrong keys, missing keys and newer schemas are refused without changing a byte.

use std::collections::BTreeMap;
use std::path::Path;

use hearth_core::vault::{FileKeyVault, KeyVault, PassphraseKeyVault};
use hearth_core::{CheckInDraft, HearthError, Store};

/// File name → SHA-256 of its bytes (hex), so a failure prints something readable.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            let d = ring::digest::digest(&ring::digest::SHA256, &std::fs::read(e.path()).unwrap());
            let hex: String = d.as_ref().iter().map(|b| format!("{b:02x}")).collect();
            (e.file_name().to_string_lossy().into_owned(), hex)
        })
        .collect()
}

fn seeded(dir: &Path, vault: &dyn KeyVault) {
    let mut s = Store::open(dir, vault).unwrap();
    s.record_checkin(CheckInDraft {
        mood: 4,
        ..Default::default()
    })
    .unwrap();
}

#[test]
fn wrong_key_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    seeded(&store, &FileKeyVault::new(dir.path().join("right")));
    let other = FileKeyVault::new(dir.path().join("other"));
    other.store(&[42u8; 32]).unwrap();
    let before = snapshot(&store);
    let err = Store::open(&store, &other).err().expect("must refuse");
    assert!(matches!(err, HearthError::WrongKey(_)), "{err:?}");
    assert_eq!(
        snapshot(&store),
        before,
        "store files changed after a wrong key"
    );
    let mut s = Store::open(&store, &FileKeyVault::new(dir.path().join("right"))).unwrap();
    assert_eq!(s.checkins(Default::default()).unwrap().items.len(), 1);
}

#[test]
fn wrong_passphrase_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let vault_file = dir.path().join("vault.json");
    seeded(
        dir.path(),
        &PassphraseKeyVault::with_iterations(&vault_file, "right", 100_000),
    );
    let before = snapshot(dir.path());
    let err = Store::open(dir.path(), &PassphraseKeyVault::new(&vault_file, "wrong"))
        .err()
        .unwrap();
    assert!(
        matches!(err, HearthError::WrongKey(ref m) if m.contains("passphrase")),
        "{err:?}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn key_of_wrong_length_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let v = FileKeyVault::new(dir.path().join("k"));
    seeded(&dir.path().join("s"), &v);
    v.store(&[1, 2, 3]).unwrap();
    assert!(matches!(
        Store::open(dir.path().join("s"), &v),
        Err(HearthError::WrongKey(_))
    ));
}

#[test]
fn existing_store_without_key_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    seeded(&store, &FileKeyVault::new(dir.path().join("k")));
    let before = snapshot(&store);
    let err = Store::open(&store, &FileKeyVault::new(dir.path().join("empty")))
        .err()
        .unwrap();
    assert!(matches!(err, HearthError::KeyMissing(_)), "{err:?}");
    assert_eq!(snapshot(&store), before);
}

#[test]
fn newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let vault = FileKeyVault::new(dir.path().join("k"));
    seeded(&store, &vault);
    {
        let c = rusqlite::Connection::open(store.join("hearth.db")).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = snapshot(&store);
    let err = Store::open(&store, &vault).err().unwrap();
    assert!(
        matches!(err, HearthError::NewerSchema { found: 99, .. }),
        "{err:?}"
    );
    assert_eq!(snapshot(&store), before);
}

#[test]
fn a_store_whose_creation_stopped_before_its_key_was_kept_starts_again() {
    // The database is written before the key is handed to the vault; if the process
    // dies in between (or the vault refuses), the next open finds a database that holds
    // nothing and no key, and makes a new store instead of refusing for ever.
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let first = FileKeyVault::new(dir.path().join("first"));
    drop(Store::open(&store, &first).unwrap());
    std::fs::remove_file(dir.path().join("first")).unwrap();
    let second = FileKeyVault::new(dir.path().join("second"));
    let mut s = Store::open(&store, &second).unwrap();
    s.record_checkin(CheckInDraft {
        mood: 3,
        ..Default::default()
    })
    .unwrap();
    assert!(s.verify().unwrap().is_clean());
    assert!(second.load().unwrap().is_some());
}

#[test]
fn a_vault_that_cannot_keep_the_key_leaves_no_usable_store_behind() {
    struct Refusing;
    impl KeyVault for Refusing {
        fn load(
            &self,
        ) -> Result<Option<zeroize::Zeroizing<Vec<u8>>>, hearth_core::vault::VaultError> {
            Ok(None)
        }
        fn store(&self, _: &[u8]) -> Result<(), hearth_core::vault::VaultError> {
            Err(hearth_core::vault::VaultError::Unavailable(
                "keychain locked".into(),
            ))
        }
        fn delete(&self) -> Result<(), hearth_core::vault::VaultError> {
            Ok(())
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    assert!(matches!(
        Store::open(&store, &Refusing),
        Err(HearthError::Vault(_))
    ));
    assert!(
        !store.join("hearth.db").exists(),
        "a store nothing can open"
    );
    // Later, with a working vault, the person simply starts.
    let v = FileKeyVault::new(dir.path().join("k"));
    Store::open(&store, &v).unwrap();
}

#[test]
fn a_malformed_key_is_wrong_even_where_there_is_no_store_yet() {
    let dir = tempfile::tempdir().unwrap();
    let v = FileKeyVault::new(dir.path().join("k"));
    v.store(&[1, 2, 3]).unwrap();
    assert!(matches!(
        Store::open(dir.path().join("s"), &v),
        Err(HearthError::WrongKey(ref m)) if m.contains("3-byte")
    ));
}
