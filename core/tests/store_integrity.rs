//! Someone who has the store file but not the key cannot remove, roll back or add rows
//! unnoticed, cannot date entries from the order of rows, and cannot tell which
//! settings exist. Each attack of the security review is repeated here with plain
//! SQLite on the file, as an attacker would.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::{DateTime, FixedOffset};
use hearth_core::journal::people::PersonDraft;
use hearth_core::time::{local_day, DayRange};
use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, HearthError, Store};
use rusqlite::Connection;

fn vault(dir: &Path) -> FileKeyVault {
    FileKeyVault::new(dir.join("hearth.key"))
}

fn open(dir: &Path) -> Store {
    Store::open(dir, &vault(dir)).unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn checkin(s: &mut Store, when: &str, mood: u8) -> String {
    s.record_checkin(CheckInDraft {
        at: Some(at(when)),
        mood,
        ..Default::default()
    })
    .unwrap()
    .id
}

/// A store with three check-ins, a person and a safety plan.
fn small_store(dir: &Path) -> Vec<String> {
    let mut s = open(dir);
    let ids = vec![
        checkin(&mut s, "2026-11-01T09:00:00+00:00", 3),
        checkin(&mut s, "2026-11-02T09:00:00+00:00", 4),
        checkin(&mut s, "2026-11-03T09:00:00+00:00", 2),
    ];
    s.add_person(PersonDraft {
        name: "Sam".into(),
        phone: None,
        how_they_help: None,
    })
    .unwrap();
    let mut plan = s.safety_plan().unwrap();
    plan.warning_signs.push("can't sleep".into());
    s.save_safety_plan(plan).unwrap();
    ids
}

fn raw(dir: &Path) -> Connection {
    Connection::open(dir.join("hearth.db")).unwrap()
}

fn problems(dir: &Path) -> Vec<String> {
    let r = open(dir).verify().unwrap();
    assert!(!r.is_clean(), "verify says intact: {r:?}");
    r.integrity.iter().map(|p| p.to_string()).collect()
}

#[test]
fn an_untouched_store_verifies_clean() {
    let dir = tempfile::tempdir().unwrap();
    small_store(dir.path());
    let r = open(dir.path()).verify().unwrap();
    assert!(r.is_clean(), "{r:?}");
    assert!(r.integrity.is_empty());
}

#[test]
fn a_deleted_row_is_reported_by_table() {
    let dir = tempfile::tempdir().unwrap();
    let ids = small_store(dir.path());
    raw(dir.path())
        .execute("DELETE FROM entries WHERE id = ?1", [&ids[1]])
        .unwrap();
    let p = problems(dir.path());
    assert!(
        p.iter()
            .any(|m| m.contains("entries") && m.contains("missing")),
        "{p:?}"
    );
}

#[test]
fn an_older_copy_of_a_settings_row_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    small_store(dir.path());
    let old: Vec<(String, Vec<u8>)> = raw(dir.path())
        .prepare("SELECT id, payload FROM settings")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    {
        let mut s = open(dir.path());
        let mut plan = s.safety_plan().unwrap();
        plan.people_to_ask
            .push(hearth_core::safety::plan::PlanContact::new(
                "Crisis team".to_string(),
                Some("0800 111 0 111"),
            ));
        s.save_safety_plan(plan).unwrap();
    }
    let c = raw(dir.path());
    for (id, payload) in &old {
        c.execute(
            "UPDATE settings SET payload = ?2 WHERE id = ?1",
            rusqlite::params![id, payload],
        )
        .unwrap();
    }
    drop(c);
    let p = problems(dir.path());
    assert!(
        p.iter()
            .any(|m| m.contains("settings") && m.contains("older copy")),
        "{p:?}"
    );
}

#[test]
fn rows_copied_in_from_another_store_with_the_same_key_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    small_store(&a);
    // Another store under the same key: a copy of this one that went its own way.
    std::fs::create_dir_all(&b).unwrap();
    for f in ["hearth.key", "hearth.db"] {
        std::fs::copy(a.join(f), b.join(f)).unwrap();
    }
    {
        let mut s = open(&b);
        checkin(&mut s, "2026-10-01T09:00:00+00:00", 5);
        s.add_person(PersonDraft {
            name: "Stranger".into(),
            phone: None,
            how_they_help: None,
        })
        .unwrap();
    }
    let c = raw(&a);
    c.execute(
        "ATTACH DATABASE ?1 AS other",
        [b.join("hearth.db").to_str().unwrap()],
    )
    .unwrap();
    c.execute_batch(
        "INSERT INTO entries SELECT * FROM other.entries WHERE id NOT IN (SELECT id FROM entries);
         INSERT INTO people SELECT * FROM other.people WHERE id NOT IN (SELECT id FROM people);",
    )
    .unwrap();
    drop(c);
    // Each foreign row opens with the shared key, so only the summary can tell.
    let listed = open(&a).checkins(DayRange::all()).unwrap();
    assert_eq!(listed.items.len(), 4);
    let p = problems(&a);
    assert!(
        p.iter()
            .any(|m| m.contains("entries") && m.contains("added")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|m| m.contains("people") && m.contains("added")),
        "{p:?}"
    );
}

#[test]
fn a_missing_or_emptied_database_next_to_its_key_is_an_error_not_a_new_store() {
    for how in ["deleted", "emptied"] {
        let dir = tempfile::tempdir().unwrap();
        small_store(dir.path());
        let db = dir.path().join("hearth.db");
        match how {
            "deleted" => std::fs::remove_file(&db).unwrap(),
            _ => std::fs::write(&db, b"").unwrap(),
        }
        let err = Store::open(dir.path(), &vault(dir.path()))
            .err()
            .expect(how);
        let msg = err.to_string();
        assert!(
            msg.contains("missing") || msg.contains("empty"),
            "{how}: {msg}"
        );
        // Nothing was created in its place.
        match how {
            "deleted" => assert!(!db.exists(), "a fresh store was created"),
            _ => assert_eq!(std::fs::metadata(&db).unwrap().len(), 0),
        }
    }
}

#[test]
fn a_store_whose_key_check_was_removed_is_not_taken_over_by_another_key() {
    let dir = tempfile::tempdir().unwrap();
    small_store(dir.path());
    raw(dir.path())
        .execute("DELETE FROM meta WHERE k = 'canary'", [])
        .unwrap();
    let other = FileKeyVault::new(dir.path().join("foreign.key"));
    hearth_core::vault::KeyVault::store(&other, &[7u8; 32]).unwrap();
    let err = Store::open(dir.path(), &other).err().expect("refused");
    assert!(
        matches!(err, HearthError::WrongKey(_) | HearthError::Storage(_)),
        "{err:?}"
    );
    // The person's own key still opens it, and verify says what happened.
    let r = open(dir.path()).verify().unwrap();
    assert!(!r.is_clean());
}

#[test]
fn settings_rows_have_no_readable_names() {
    let dir = tempfile::tempdir().unwrap();
    small_store(dir.path());
    open(dir.path())
        .save_reminder_settings(Default::default())
        .unwrap();
    let ids: Vec<String> = raw(dir.path())
        .prepare("SELECT id FROM settings")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    for id in &ids {
        assert!(
            id.len() == 32 && id.chars().all(|c| c.is_ascii_hexdigit()),
            "{id}"
        );
    }
    let bytes = std::fs::read(dir.path().join("hearth.db")).unwrap();
    for word in [&b"safety_plan"[..], b"reminders"] {
        assert!(!bytes.windows(word.len()).any(|w| w == word));
    }
}

/// The review's attack: order the day tags by the order rows were stored in (rowid, or
/// for a WITHOUT ROWID table the table's own order), give the
/// first-seen tag the first date, and so on (the attacker is even told the set of
/// dates). Returns the share of entries dated exactly.
fn dating_attack(dir: &Path, true_day: &HashMap<Vec<u8>, chrono::NaiveDate>) -> f64 {
    let c = raw(dir);
    // Insertion order where the table has one (rowid), else the table's own order.
    let sql = if c.prepare("SELECT rowid FROM entries").is_ok() {
        "SELECT day_tag FROM entries NOT INDEXED ORDER BY rowid"
    } else {
        "SELECT day_tag FROM entries NOT INDEXED"
    };
    let tags: Vec<Vec<u8>> = c
        .prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut order: Vec<Vec<u8>> = Vec::new();
    for t in &tags {
        if !order.contains(t) {
            order.push(t.clone());
        }
    }
    let mut days: Vec<chrono::NaiveDate> = true_day.values().copied().collect();
    days.sort();
    days.dedup();
    let guess: BTreeMap<Vec<u8>, chrono::NaiveDate> =
        order.iter().cloned().zip(days.iter().copied()).collect();
    let right = tags
        .iter()
        .filter(|t| guess.get(*t) == true_day.get(*t))
        .count();
    right as f64 / tags.len() as f64
}

#[test]
fn the_order_of_rows_does_not_date_the_entries() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let mut true_day = HashMap::new();
    // Written in time order, one or two a day for 60 days, as a journal grows.
    for d in 0..60u32 {
        for h in [9, 20].iter().take(1 + (d % 2) as usize) {
            let when = at("2026-09-01T00:00:00+00:00")
                + chrono::Duration::days(d.into())
                + chrono::Duration::hours(*h);
            checkin(&mut s, &when.to_rfc3339(), 3);
            true_day.insert(Vec::new(), local_day(&when)); // placeholder, replaced below
        }
    }
    drop(s);
    // The day tag of each day, from the store's own rows (the test may use the key).
    true_day.clear();
    let mut s = open(dir.path());
    let all = s.checkins(DayRange::all()).unwrap().items;
    drop(s);
    let c = raw(dir.path());
    for ch in &all {
        let tag: Vec<u8> = c
            .query_row("SELECT day_tag FROM entries WHERE id = ?1", [&ch.id], |r| {
                r.get(0)
            })
            .unwrap();
        true_day.insert(tag, local_day(&ch.at));
    }
    drop(c);
    let share = dating_attack(dir.path(), &true_day);
    // Chance is about 1 in 60; the attack on insertion order dated every entry.
    assert!(
        share < 0.15,
        "{:.0} % of entries dated from row order",
        share * 100.0
    );
}
