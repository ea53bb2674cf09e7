//! Saved stores from every earlier schema open, migrate forward in one transaction and
//! keep every entry. Fixtures live in `tests/fixtures/schema-vN/` with their key file
//! (a throwaway key made for the fixture, never a real person's).

use std::path::Path;

use hearth_core::store::schema::CURRENT_VERSION;
use hearth_core::time::DayRange;
use hearth_core::vault::FileKeyVault;
use hearth_core::{Source, Store};

fn copy_fixture(version: u32, to: &Path) {
    let from =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-v{version}"));
    std::fs::create_dir_all(to).unwrap();
    for f in std::fs::read_dir(from).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), to.join(f.file_name())).unwrap();
    }
}

fn user_version(dir: &Path) -> u32 {
    rusqlite::Connection::open(dir.join("hearth.db"))
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

#[test]
fn schema_v1_store_opens_and_keeps_its_entries() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(1, dir.path());
    assert_eq!(user_version(dir.path()), 1);
    let mut s = Store::open(
        dir.path(),
        &FileKeyVault::new(dir.path().join("hearth.key")),
    )
    .unwrap();
    let all = s.checkins(DayRange::all()).unwrap();
    assert!(all.damaged.is_empty());
    assert_eq!(all.items.len(), 2);
    let first = all
        .items
        .iter()
        .find(|c| c.id == "a0bad71a32046a65f704892fe264670c")
        .unwrap();
    assert_eq!(first.at.to_rfc3339(), "2025-05-01T09:15:00+02:00");
    assert_eq!((first.mood, first.energy), (4, Some(3)));
    assert_eq!(first.note.as_deref(), Some("fixture note v1"));
    assert_eq!(first.emotions, vec!["calm"]);
    assert_eq!(first.tags, vec!["work"]);
    assert_eq!(first.source, Source::Widget);
    drop(s);
    assert_eq!(user_version(dir.path()), CURRENT_VERSION);
    let report = Store::open(
        dir.path(),
        &FileKeyVault::new(dir.path().join("hearth.key")),
    )
    .unwrap()
    .verify()
    .unwrap();
    assert!(report.is_clean(), "{report:?}");
}

#[test]
fn schema_v2_store_migrates_and_exports_exactly_as_before() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(2, dir.path());
    assert_eq!(user_version(dir.path()), 2);
    let expected = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v2.export.json"),
    )
    .unwrap();
    let vault = FileKeyVault::new(dir.path().join("hearth.key"));
    let mut s = Store::open(dir.path(), &vault).unwrap();
    assert_eq!(s.export_json().unwrap().trim_end(), expected.trim_end());
    drop(s);
    assert_eq!(user_version(dir.path()), CURRENT_VERSION);
    let c = rusqlite::Connection::open(dir.path().join("hearth.db")).unwrap();
    // No table keeps an insertion order, and settings ids name nothing.
    for table in [
        "entries", "tags", "people", "scales", "emotions", "settings",
    ] {
        let sql: String = c
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert!(sql.contains("WITHOUT ROWID"), "{table}: {sql}");
    }
    let named: i64 = c
        .query_row(
            "SELECT count(*) FROM settings WHERE id IN ('reminders', 'safety_plan')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(named, 0);
    drop(c);
    let report = Store::open(dir.path(), &vault).unwrap().verify().unwrap();
    assert!(report.is_clean(), "{report:?}");
}
