//! The shells' own settings: kept encrypted, checked at the boundary, exported and
//! restored with everything else.

use hearth_core::shell_settings::{MAX_SETTINGS, MAX_VALUE_BYTES};
use hearth_core::vault::FileKeyVault;
use hearth_core::{HearthError, Store};

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("hearth.key"))).unwrap()
}

fn field_of(e: HearthError) -> String {
    match e {
        HearthError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn set_read_remove_and_kept_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    assert_eq!(s.shell_setting("app-lock").unwrap(), None);
    s.set_shell_setting("app-lock", Some("on;60")).unwrap();
    s.set_shell_setting("first-run.widget", Some("offered"))
        .unwrap();
    drop(s);

    let mut s = open(dir.path());
    assert_eq!(
        s.shell_setting("app-lock").unwrap().as_deref(),
        Some("on;60")
    );
    s.set_shell_setting("app-lock", None).unwrap();
    // Removing what is not there is not an error.
    s.set_shell_setting("app-lock", None).unwrap();
    assert_eq!(s.shell_setting("app-lock").unwrap(), None);
    assert_eq!(
        s.shell_setting("first-run.widget").unwrap().as_deref(),
        Some("offered")
    );
}

#[test]
fn bad_names_and_values_are_refused_by_field_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.set_shell_setting("kept", Some("yes")).unwrap();
    for bad in ["", "App-Lock", "app lock", "ä", &"x".repeat(41)] {
        let e = s.set_shell_setting(bad, Some("v")).unwrap_err();
        assert_eq!(field_of(e), "name", "name {bad:?}");
        assert_eq!(field_of(s.shell_setting(bad).unwrap_err()), "name");
    }
    let big = "x".repeat(MAX_VALUE_BYTES + 1);
    assert_eq!(
        field_of(s.set_shell_setting("big", Some(&big)).unwrap_err()),
        "value"
    );
    s.set_shell_setting("big", Some(&big[1..])).unwrap();
    s.set_shell_setting("big", None).unwrap();

    for i in 1..MAX_SETTINGS {
        s.set_shell_setting(&format!("n{i}"), Some("1")).unwrap();
    }
    let e = s.set_shell_setting("one-too-many", Some("1")).unwrap_err();
    assert_eq!(field_of(e), "name");
    assert_eq!(s.shell_settings().unwrap().len(), MAX_SETTINGS);
    assert_eq!(s.shell_setting("kept").unwrap().as_deref(), Some("yes"));
}

#[test]
fn export_and_import_carry_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.set_shell_setting("app-lock", Some("on;300")).unwrap();
    let json = s.export_json().unwrap();
    assert!(json.contains("\"shell_settings\": {\n    \"app-lock\": \"on;300\"\n  }"));

    let other = tempfile::tempdir().unwrap();
    let mut t = open(other.path());
    t.set_shell_setting("only-here", Some("x")).unwrap();
    let summary = t.import_json(json.as_bytes()).unwrap();
    assert_eq!(summary.kinds["shell_settings"].updated, 1);
    // A restore brings the settings back as they were: the whole map is replaced.
    assert_eq!(t.shell_settings().unwrap(), s.shell_settings().unwrap());
    assert_eq!(t.export_json().unwrap(), json);
    // The same again changes nothing.
    let again = t.import_json(json.as_bytes()).unwrap();
    assert_eq!(again.kinds["shell_settings"].unchanged, 1);
}

#[test]
fn an_import_with_a_bad_setting_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.set_shell_setting("app-lock", Some("on")).unwrap();
    let before = s.export_json().unwrap();
    let bad = r#"{"format": "hearth-export", "version": 1,
        "shell_settings": {"app-lock": "off", "Bad Name": "x"}}"#;
    let e = s.import_json(bad.as_bytes()).unwrap_err();
    assert_eq!(field_of(e), "shell_settings.Bad Name");
    assert_eq!(s.export_json().unwrap(), before);
}

#[test]
fn values_are_not_on_disk_in_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let planted = "PLANTED-shell-value-4711";
    s.set_shell_setting("planted-name-0815", Some(planted))
        .unwrap();
    for f in ["hearth.db", "hearth.db-wal"] {
        let bytes = std::fs::read(dir.path().join(f)).unwrap_or_default();
        for needle in [planted.as_bytes(), b"planted-name-0815", b"shell_settings"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{f} holds {:?}",
                String::from_utf8_lossy(needle)
            );
        }
    }
}
