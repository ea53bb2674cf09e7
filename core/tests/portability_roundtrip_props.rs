//! One rule, as a property: anything the store holds can leave and come back. Stores are
//! built by random sequences of every public write path (the API, JSON import, Daylio
//! import, removals and renames in between); then export → import into a fresh store,
//! and backup → restore, must both give byte-identical exports.
//!
//! Daylio files here include what the API would refuse: 60-character scale names and
//! rows with more readings than a check-in holds. Before those were mapped, such a file
//! imported, but its export was then refused by the JSON importer.

mod portability_support;

use chrono::{Duration, FixedOffset, TimeZone};
use hearth_core::journal::checkin::ScaleValue;
use hearth_core::journal::people::PersonDraft;
use hearth_core::journal::reflection::ReflectionDraft;
use hearth_core::portability::age_file;
use hearth_core::portability::daylio::{DaylioOptions, MoodMap};
use hearth_core::{CheckInDraft, Source, Store, Zone};
use proptest::collection::vec;
use proptest::prelude::*;

/// A Daylio row: minutes into the test's span, mood word, activities, readings.
type DaylioRow = (i64, &'static str, Vec<String>, Vec<(String, i32)>);

/// One write through a public path.
#[derive(Debug, Clone)]
enum Op {
    CheckIn {
        minutes: i64,
        offset_h: i32,
        mood: u8,
        note: Option<String>,
        tag: Option<String>,
        with_person: Option<usize>,
        scale: Option<(usize, i32)>,
    },
    Person(String),
    RemovePerson(usize),
    Scale(String),
    RenameTag(usize, String),
    ArchiveTag(usize),
    Reflection(i64, String),
    Delete(usize),
    Setting(String, String),
    /// Rows of a Daylio file.
    Daylio(Vec<DaylioRow>),
    /// A JSON fragment: one check-in naming one of the file's people.
    Json(i64, String),
}

fn word() -> impl Strategy<Value = String> {
    "[a-z]{1,8}( [a-z]{1,8})?"
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{1,40}",
        Just("Tee & Toast <b>\"zitiert\"</b>\nzweite Zeile ✨ ünïcödé".to_owned()),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let minutes = 0i64..(3 * 365 * 24 * 60);
    prop_oneof![
        4 => (
            minutes.clone(),
            -11i32..=13,
            1u8..=5,
            proptest::option::of(text()),
            proptest::option::of(word()),
            proptest::option::of(0usize..8),
            proptest::option::of((0usize..8, 0i32..=10)),
        )
            .prop_map(|(minutes, offset_h, mood, note, tag, with_person, scale)| Op::CheckIn {
                minutes,
                offset_h,
                mood,
                note,
                tag,
                with_person,
                scale,
            }),
        1 => word().prop_map(Op::Person),
        1 => (0usize..8).prop_map(Op::RemovePerson),
        1 => word().prop_map(Op::Scale),
        1 => (0usize..8, word()).prop_map(|(i, n)| Op::RenameTag(i, n)),
        1 => (0usize..8).prop_map(Op::ArchiveTag),
        1 => (minutes.clone(), text()).prop_map(|(m, t)| Op::Reflection(m, t)),
        1 => (0usize..16).prop_map(Op::Delete),
        1 => ("[a-z]{1,10}", "[ -~]{0,20}").prop_map(|(n, v)| Op::Setting(n, v)),
        2 => vec(
            (
                minutes.clone(),
                prop_oneof![Just("rad"), Just("good"), Just("meh"), Just("bad"), Just("awful")],
                vec(word(), 0..3),
                vec(
                    (
                        prop_oneof![
                            3 => word(),
                            // Longer than a label may be (50 characters).
                            1 => "[a-z]{60}",
                        ],
                        0i32..=10
                    ),
                    0..30
                ),
            ),
            1..4
        )
        .prop_map(Op::Daylio),
        1 => (minutes, word()).prop_map(|(m, n)| Op::Json(m, n)),
    ]
}

fn at(minutes: i64, offset_h: i32) -> chrono::DateTime<FixedOffset> {
    let off = FixedOffset::east_opt(offset_h * 3600).unwrap();
    off.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap() + Duration::minutes(minutes)
}

/// Applies `op`. Refusals by the API are part of the game (a scale value out of range,
/// a duplicate name): they must change nothing, which the round trip then checks too.
fn apply(s: &mut Store, op: Op) {
    match op {
        Op::CheckIn {
            minutes,
            offset_h,
            mood,
            note,
            tag,
            with_person,
            scale,
        } => {
            let people = s.people().unwrap();
            let scales = s.scales().unwrap();
            let _ = s.record_checkin(CheckInDraft {
                at: Some(at(minutes, offset_h)),
                mood,
                note,
                tags: tag.into_iter().collect(),
                with_people: with_person
                    .and_then(|i| people.get(i % people.len().max(1)))
                    .map(|p| vec![p.id.clone()])
                    .unwrap_or_default(),
                scales: scale
                    .and_then(|(i, v)| {
                        scales.get(i % scales.len().max(1)).map(|x| ScaleValue {
                            scale: x.name.clone(),
                            value: v.clamp(x.min, x.max),
                        })
                    })
                    .into_iter()
                    .collect(),
                source: Source::App,
                ..Default::default()
            });
        }
        Op::Person(name) => {
            let _ = s.add_person(PersonDraft {
                name,
                phone: Some("+44 7700 900123".into()),
                how_they_help: None,
            });
        }
        Op::RemovePerson(i) => {
            let people = s.people().unwrap();
            if let Some(p) = people.get(i % people.len().max(1)) {
                s.remove_person(&p.id).unwrap();
            }
        }
        Op::Scale(name) => {
            let _ = s.create_scale(&name, 0, 10);
        }
        Op::RenameTag(i, name) => {
            let tags = s.tags().unwrap();
            if let Some(t) = tags.get(i % tags.len().max(1)) {
                let _ = s.rename_tag(&t.id, &name);
            }
        }
        Op::ArchiveTag(i) => {
            let tags = s.tags().unwrap();
            if let Some(t) = tags.get(i % tags.len().max(1)) {
                s.set_tag_archived(&t.id, true).unwrap();
            }
        }
        Op::Reflection(minutes, text) => {
            let _ = s.add_reflection(ReflectionDraft {
                at: Some(at(minutes, 1)),
                prompt_id: None,
                text,
            });
        }
        Op::Delete(i) => {
            let all = s.entries(hearth_core::time::DayRange::all()).unwrap().items;
            if let Some(e) = all.get(i % all.len().max(1)) {
                s.delete_entry(e.id()).unwrap();
            }
        }
        Op::Setting(name, value) => {
            s.set_shell_setting(&name, Some(&value)).unwrap();
        }
        Op::Daylio(rows) => {
            let mut csv = String::from(
                "full_date,date,weekday,time,mood,activities,scales,note_title,note\n",
            );
            for (minutes, mood, acts, readings) in rows {
                let local = at(minutes, 0).naive_local();
                let cell: Vec<String> = readings.iter().map(|(n, v)| format!("{n}: {v}")).collect();
                csv.push_str(&format!(
                    "{},,,{},{mood},\"{}\",\"{}\",,\n",
                    local.date(),
                    local.time().format("%H:%M"),
                    acts.join(" | "),
                    cell.join(" | ")
                ));
            }
            let opts = DaylioOptions {
                zone: Zone::parse("Europe/Berlin").unwrap(),
                moods: MoodMap::new(),
            };
            // A value outside an existing scale's range refuses the whole file.
            let _ = s.import_daylio(csv.as_bytes(), &opts);
        }
        Op::Json(minutes, name) => {
            let doc = serde_json::json!({
                "format": "hearth-export",
                "version": 1,
                "people": [{"id": "p-from-file", "name": name}],
                "entries": [{
                    "kind": "check_in",
                    "id": format!("c-from-file-{minutes}"),
                    "at": at(minutes, -5).to_rfc3339(),
                    "mood": 3,
                    "with_people": ["p-from-file"],
                }],
            });
            let _ = s.import_json(doc.to_string().as_bytes());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_store_built_through_public_paths_exports_imports_and_restores_identically(
        ops in vec(op(), 1..25)
    ) {
        let a = tempfile::tempdir().unwrap();
        let mut s = portability_support::open(a.path());
        for o in ops {
            apply(&mut s, o);
        }
        let export = s.export_json().unwrap();

        let b = tempfile::tempdir().unwrap();
        let mut t = portability_support::open(b.path());
        let summary = t.import_json(export.as_bytes()).unwrap();
        prop_assert!(summary.notes.is_empty(), "nothing needed mapping: {:?}", summary.notes);
        prop_assert_eq!(&t.export_json().unwrap(), &export, "export → import");

        // The backup path, with a small scrypt work factor so the test stays quick.
        let file = a.path().join("backup.age");
        let sealed = age_file::encrypt(export.as_bytes(), "a long passphrase", 10).unwrap();
        std::fs::write(&file, sealed).unwrap();
        let c = tempfile::tempdir().unwrap();
        let mut u = portability_support::open(c.path());
        u.restore_from(&file, "a long passphrase").unwrap();
        prop_assert_eq!(&u.export_json().unwrap(), &export, "backup → restore");
    }
}

/// The example the issue names, on its own: a Daylio file with a 60-character scale
/// name and a row of 30 readings comes in, says what it kept as text, and round-trips.
#[test]
fn a_daylio_file_beyond_the_api_limits_is_mapped_said_and_round_trips() {
    let a = tempfile::tempdir().unwrap();
    let mut s = portability_support::open(a.path());
    let long = "x".repeat(60);
    let many: Vec<String> = (0..30).map(|i| format!("s{i}: {}", i % 10)).collect();
    let csv = format!(
        "full_date,date,weekday,time,mood,activities,scales,note_title,note\n\
         2024-03-10,,,18:50,good,reading,\"{long}: 7 | sleep: 6\",,\n\
         2024-03-11,,,08:00,meh,,\"{}\",,\n",
        many.join(" | ")
    );
    let opts = DaylioOptions {
        zone: Zone::parse("Europe/Berlin").unwrap(),
        moods: MoodMap::new(),
    };
    let summary = s.import_daylio(csv.as_bytes(), &opts).unwrap();
    assert_eq!(summary.get("check_ins").created, 2);
    assert_eq!(summary.notes.len(), 1, "{:?}", summary.notes);
    // The long name and the six readings past 24 are in the notes, word for word.
    assert!(
        summary.notes[0].starts_with("7 scale reading(s)"),
        "{:?}",
        summary.notes
    );
    let export = s.export_json().unwrap();
    assert!(export.contains(&format!("{long}: 7")));
    assert!(export.contains("s29: 9"));

    let b = tempfile::tempdir().unwrap();
    let mut t = portability_support::open(b.path());
    t.import_json(export.as_bytes()).unwrap();
    assert_eq!(t.export_json().unwrap(), export);
}
