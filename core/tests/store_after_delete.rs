//! What a delete leaves on disk. With app and widget both holding the store open, the
//! deleted entry's ciphertext used to stay in `hearth.db-wal`, where a copy of the file
//! still opened with the key.

use std::path::Path;

use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, Store};

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn on_disk(dir: &Path, needle: &[u8]) -> Vec<String> {
    ["hearth.db", "hearth.db-wal"]
        .iter()
        .filter(|f| {
            std::fs::read(dir.join(f))
                .map(|b| contains(&b, needle))
                .unwrap_or(false)
        })
        .map(|f| f.to_string())
        .collect()
}

#[test]
fn a_deleted_entry_leaves_no_ciphertext_while_another_process_holds_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let vault = FileKeyVault::new(dir.path().join("hearth.key"));
    // "The app": open the whole time.
    let mut app = Store::open(dir.path(), &vault).unwrap();
    app.record_checkin(CheckInDraft {
        mood: 3,
        ..Default::default()
    })
    .unwrap();
    // "The widget": another connection writes and deletes.
    let mut widget = Store::open(dir.path(), &vault).unwrap();
    let saved = widget
        .record_checkin(CheckInDraft {
            mood: 2,
            note: Some("something private".into()),
            ..Default::default()
        })
        .unwrap();
    let sealed: Vec<u8> = rusqlite::Connection::open(dir.path().join("hearth.db"))
        .unwrap()
        .query_row(
            "SELECT payload FROM entries WHERE id = ?1",
            [&saved.id],
            |r| r.get(0),
        )
        .unwrap();
    // Its nonce and tag are enough to find it.
    let (nonce, tag) = (&sealed[..12], &sealed[sealed.len() - 16..]);
    assert!(
        !on_disk(dir.path(), nonce).is_empty(),
        "the row was written"
    );
    widget.delete_entry(&saved.id).unwrap();
    for part in [nonce, tag] {
        let found = on_disk(dir.path(), part);
        assert!(found.is_empty(), "the deleted row is still in {found:?}");
    }
    // Both connections go on working.
    assert_eq!(app.checkins(Default::default()).unwrap().items.len(), 1);
    assert!(widget.verify().unwrap().is_clean());
}

#[test]
fn a_delete_does_not_wait_for_a_reader_and_reports_success() {
    // The app may be in the middle of a long read (an all-time scan) when the widget or
    // another screen deletes: the delete must neither hang on the WAL checkpoint nor
    // report a failure for a delete that committed.
    let dir = tempfile::tempdir().unwrap();
    let vault = FileKeyVault::new(dir.path().join("hearth.key"));
    let mut s = Store::open(dir.path(), &vault).unwrap();
    let saved = s
        .record_checkin(CheckInDraft {
            mood: 2,
            ..Default::default()
        })
        .unwrap();
    let reader = rusqlite::Connection::open(dir.path().join("hearth.db")).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
        .unwrap();
    let started = std::time::Instant::now();
    s.delete_entry(&saved.id).unwrap();
    let waited = started.elapsed();
    assert!(
        waited.as_secs() < 5,
        "the delete waited {waited:?} for the reader"
    );
    reader.execute_batch("COMMIT").unwrap();
    drop(reader);
    assert!(s.checkins(Default::default()).unwrap().items.is_empty());
    // The wipe missed while the reader was there happens with the next delete.
    let other = s
        .record_checkin(CheckInDraft {
            mood: 3,
            ..Default::default()
        })
        .unwrap();
    s.delete_entry(&other.id).unwrap();
    let wal = std::fs::metadata(dir.path().join("hearth.db-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(wal, 0, "the WAL still holds pages");
}
