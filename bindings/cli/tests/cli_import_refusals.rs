//! Imports that would quietly change the journal's meaning are refused, naming the place,
//! and nothing is written.

mod common;
use common::{hearth, json, run, snapshot};
use serde_json::json as j;

fn import(store: &std::path::Path, doc: &serde_json::Value) -> std::process::Output {
    let file = store.parent().unwrap().join("import.json");
    std::fs::write(&file, serde_json::to_vec(doc).unwrap()).unwrap();
    run(hearth(store)
        .args(["import", "--format", "json"])
        .arg(&file))
}

fn doc(entries: serde_json::Value, people: serde_json::Value) -> serde_json::Value {
    j!({"format": "hearth-export", "version": 1, "entries": entries, "people": people})
}

#[test]
fn an_entry_cannot_take_over_the_id_of_another_kind() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let saved = json(hearth(&store).args(["checkin", "--mood", "4", "--note", "a walk", "--json"]));
    let id = saved["id"].as_str().unwrap();
    let before = snapshot(&store);
    let out = import(
        &store,
        &doc(
            j!([{"kind": "reflection", "id": id, "at": "2026-11-01T20:00:00Z",
                 "prompt_id": null, "text": "over the top"}]),
            j!([]),
        ),
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("entries[0].id"), "{err}");
    assert!(err.contains("check-in"), "{err}");
    assert_eq!(snapshot(&store), before, "nothing may be written");
    let listed = json(hearth(&store).args(["list", "--json"]));
    assert_eq!(listed[0]["note"], "a walk");
}

#[test]
fn a_mood_label_mapped_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let csv = dir.path().join("daylio.csv");
    std::fs::write(
        &csv,
        "full_date,date,weekday,time,mood,activities,note_title,note\n\
         2024-06-03,June 3,Monday,9:00 pm,rad,,,\n",
    )
    .unwrap();
    for map in [
        vec!["--mood-map", "rad=3,rad=4"],
        vec!["--mood-map", "Rad=3", "--mood-map", " rad =3"],
    ] {
        let out = run(hearth(&store)
            .args(["import", "--format", "daylio", "--tz", "UTC"])
            .args(&map)
            .arg(&csv));
        assert!(!out.status.success(), "{map:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("invalid mood_map") && err.contains("twice"),
            "{err}"
        );
    }
    assert!(
        !store.join("hearth.db").exists()
            || json(hearth(&store).args(["list", "--json"])) == j!([])
    );
}
