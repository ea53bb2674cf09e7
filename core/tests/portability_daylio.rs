//! Daylio CSV import: every header version, local times across DST, moods, activities,
//! cleaned notes, scales, custom moods refused atomically, re-import idempotent.

mod portability_support;

use std::path::Path;

use hearth_core::journal::catalog::TagKind;
use hearth_core::journal::checkin::{CheckIn, ScaleValue};
use hearth_core::portability::daylio::{parse_mood_map, DaylioOptions};
use hearth_core::time::DayRange;
use hearth_core::{HearthError, Source, Store};
use portability_support::open;

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/daylio")
        .join(name);
    std::fs::read(p).unwrap()
}

fn opts(zone: &str, map: &str) -> DaylioOptions {
    DaylioOptions {
        zone: zone.parse().unwrap(),
        moods: parse_mood_map(map).unwrap(),
    }
}

/// Check-ins oldest first, as (RFC 3339 time, mood, tags, note).
fn rows(s: &mut Store) -> Vec<(String, u8, Vec<String>, Option<String>)> {
    let mut v: Vec<CheckIn> = s.checkins(DayRange::all()).unwrap().items;
    v.sort_by_key(|c| c.at);
    v.into_iter()
        .map(|c| {
            assert_eq!(c.source, Source::Import);
            (c.at.to_rfc3339(), c.mood, c.tags, c.note)
        })
        .collect()
}

fn tags(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn older_header_without_note_title_in_new_york() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    let sum = s
        .import_daylio(
            &fixture("v1-no-note-title.csv"),
            &opts("America/New_York", ""),
        )
        .unwrap();
    assert_eq!(sum.get("check_ins").created, 5);
    assert_eq!(sum.get("tags").created, 4, "sleep, reading, walk, cooking");
    assert_eq!(
        sum.get("tags").unchanged,
        2,
        "friends and work already exist"
    );
    assert_eq!(
        rows(&mut s),
        vec![
            ("2024-03-09T23:59:00-05:00".into(), 2, tags(&["work"]), None),
            (
                // 2:30 does not exist that night: read with the offset before the jump.
                "2024-03-10T03:30:00-04:00".into(),
                1,
                vec![],
                Some("Couldn't sleep <3 \"quiet\" night".into())
            ),
            (
                "2024-03-10T18:50:00-04:00".into(),
                4,
                tags(&["walk"]),
                Some("Spring forward: lighter evenings".into())
            ),
            (
                "2024-11-02T10:04:00-04:00".into(),
                5,
                tags(&["friends", "walk", "cooking"]),
                Some("Lovely day\nDinner with Priya, Tom & Lou\nWe laughed a lot".into())
            ),
            (
                // 1:30 happens twice that night: the first one, still on daylight time.
                "2024-11-03T01:30:00-04:00".into(),
                3,
                tags(&["sleep", "reading"]),
                Some("Fell back an hour & still tired".into())
            ),
        ]
    );
    let all = s.tags().unwrap();
    let cooking = all.iter().find(|t| t.name == "cooking").unwrap();
    assert_eq!(cooking.kind, TagKind::Activity);
}

#[test]
fn current_header_with_note_title_in_london() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    let sum = s
        .import_daylio(&fixture("v2-note-title.csv"), &opts("Europe/London", ""))
        .unwrap();
    assert_eq!(
        sum.get("check_ins").created,
        5,
        "identical rows are both kept"
    );
    assert_eq!(
        rows(&mut s),
        vec![
            (
                "2024-03-31T02:15:00+01:00".into(),
                2,
                tags(&["work"]),
                Some("Odd hour\nThis hour doesn't exist in London".into())
            ),
            ("2024-07-01T07:05:00+01:00".into(), 3, vec![], None),
            ("2024-07-01T07:05:00+01:00".into(), 3, vec![], None),
            (
                "2024-07-01T18:50:00+01:00".into(),
                5,
                tags(&["swimming", "friends"]),
                Some("Beach day\nSea was cold, so cold".into())
            ),
            (
                "2024-10-27T01:30:00+01:00".into(),
                4,
                tags(&["family", "tea"]),
                Some("Clocks back\nTwo 1:30s today; this is the first.\n\nLong lunch.".into())
            ),
        ]
    );
}

#[test]
fn newer_header_with_scales() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    let sum = s
        .import_daylio(&fixture("v3-scales.csv"), &opts("UTC", ""))
        .unwrap();
    assert_eq!(sum.get("check_ins").created, 3);
    assert_eq!(sum.get("scales").created, 2);
    let scales: Vec<(String, i32, i32)> = s
        .scales()
        .unwrap()
        .into_iter()
        .map(|x| (x.name, x.min, x.max))
        .collect();
    assert_eq!(
        scales,
        vec![("sleep".into(), 0, 10), ("stress".into(), 0, 10)]
    );
    let mut v = s.checkins(DayRange::all()).unwrap().items;
    v.sort_by_key(|c| c.at);
    let late = &v[2];
    assert_eq!(late.at.to_rfc3339(), "2024-05-02T21:15:00+00:00");
    assert_eq!(late.mood, 1);
    assert_eq!(
        late.scales,
        vec![
            ScaleValue {
                scale: "sleep".into(),
                value: 4
            },
            ScaleValue {
                scale: "stress".into(),
                value: 9
            }
        ]
    );
    assert_eq!(
        late.note.as_deref(),
        Some("Rough day\nDeadline & a late train\nSleep hours: 6.5"),
        "the reading that is not a whole number is kept in the note"
    );
    assert_eq!(v[0].note.as_deref(), Some("No scales today"));
    assert!(v[0].scales.is_empty());
}

#[test]
fn unmapped_custom_moods_are_all_listed_and_nothing_is_imported() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    let tags_before = s.tags().unwrap();
    let err = s
        .import_daylio(&fixture("custom-moods.csv"), &opts("UTC", "super rad=5"))
        .unwrap_err();
    let HearthError::InvalidInput { field, reason } = err else {
        panic!("expected InvalidInput");
    };
    assert_eq!(field, "mood");
    assert!(reason.contains("\"Okayish\" (1 row)"), "{reason}");
    assert!(reason.contains("\"tired\" (2 rows)"), "{reason}");
    assert!(!reason.to_lowercase().contains("super rad"), "{reason}");
    assert!(s.entries(DayRange::all()).unwrap().items.is_empty());
    assert_eq!(s.tags().unwrap(), tags_before);

    let sum = s
        .import_daylio(
            &fixture("custom-moods.csv"),
            &opts("UTC", "Super Rad=5,tired=2,Okayish=3"),
        )
        .unwrap();
    assert_eq!(sum.get("check_ins").created, 5);
    let moods: Vec<u8> = rows(&mut s).into_iter().map(|r| r.1).collect();
    assert_eq!(moods, vec![2, 3, 4, 2, 5]);
}

#[test]
fn importing_the_same_file_again_adds_nothing() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    for name in ["v1-no-note-title.csv", "v2-note-title.csv", "v3-scales.csv"] {
        let o = opts("Europe/Berlin", "");
        let first = s.import_daylio(&fixture(name), &o).unwrap();
        assert!(first.get("check_ins").created > 0);
        let before = s.export_json().unwrap();
        let again = s.import_daylio(&fixture(name), &o).unwrap();
        let t = again.totals();
        assert_eq!((t.created, t.updated), (0, 0), "{name}: {again:?}");
        assert_eq!(s.export_json().unwrap(), before, "{name}");
    }
    // Another zone moves the same rows (same ids) instead of adding copies.
    let moved = s
        .import_daylio(&fixture("v3-scales.csv"), &opts("Asia/Tokyo", ""))
        .unwrap();
    assert_eq!(moved.get("check_ins").updated, 3);
    assert_eq!(s.checkins(DayRange::all()).unwrap().items.len(), 13);
}

#[test]
fn errors_name_the_line_and_column() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    let bad_time = "full_date,date,weekday,time,mood,activities,note\n\
                    2024-01-02,January 2,Tuesday,9:00 pm,good,,\n\
                    2024-01-01,January 1,Monday,25:00,good,,\n";
    let err = s
        .import_daylio(bad_time.as_bytes(), &opts("UTC", ""))
        .unwrap_err();
    assert_eq!(portability_support::field(err), "time (line 3)");
    let bad_date = "full_date,time,mood,activities,note\n01/02/2024,9:00,good,,\n";
    let err = s
        .import_daylio(bad_date.as_bytes(), &opts("UTC", ""))
        .unwrap_err();
    assert_eq!(portability_support::field(err), "full_date (line 2)");
    let not_daylio = "a,b,c\n1,2,3\n";
    let err = s
        .import_daylio(not_daylio.as_bytes(), &opts("UTC", ""))
        .unwrap_err();
    assert_eq!(portability_support::field(err), "header");
    assert!(s.entries(DayRange::all()).unwrap().items.is_empty());
}
