//! The JSON export holds everything and imports back exactly, idempotently and
//! atomically.

mod portability_support;

use hearth_core::journal::entry::StoredEntry;
use hearth_core::portability::ExportDocument;
use hearth_core::time::DayRange;
use hearth_core::HearthError;
use portability_support::{field, fill, open};
use serde_json::Value;

fn doc(json: &str) -> ExportDocument {
    serde_json::from_str(json).unwrap()
}

#[test]
fn every_kind_and_field_survives_export_and_import() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut s = open(a.path());
    fill(&mut s);
    let json = s.export_json().unwrap();
    let d = doc(&json);
    assert_eq!((d.format.as_str(), d.version), ("hearth-export", 1));
    let kinds: Vec<&str> = d.entries.iter().map(|e| e.kind()).collect();
    for k in ["check_in", "reflection", "thought", "assessment"] {
        assert!(kinds.contains(&k), "{k} missing from {kinds:?}");
    }
    assert_eq!(d.entries.len(), 10);
    assert!(json.contains("\"at\": \"2026-11-01T01:30:00.123456789-04:00\""));
    assert!(json.contains("\"at\": \"2026-03-29T01:30:00+01:00\""));
    assert!(
        json.contains("\"difficulty\": 2"),
        "raw PHQ-9 difficulty answer"
    );
    assert!(json.contains("\"safety\": true"));
    assert!(d.tags.iter().any(|t| t.name == "old job" && t.archived));
    assert!(d.custom_emotions.iter().any(|e| e.name == "cosy"));
    assert_eq!(
        d.people.len(),
        1,
        "Alex was removed but stays on the check-in"
    );

    let mut t = open(b.path());
    let sum = t.import_json(json.as_bytes()).unwrap();
    assert_eq!(sum.get("check_ins").created, 3);
    assert_eq!(sum.get("assessments").created, 3);
    assert_eq!(
        t.export_json().unwrap(),
        json,
        "byte-for-byte the same export"
    );
    for e in &d.entries {
        assert_eq!(&t.entry(e.id()).unwrap(), e, "same id, same content");
    }

    let again = t.import_json(json.as_bytes()).unwrap();
    let tot = again.totals();
    assert_eq!((tot.created, tot.updated), (0, 0), "{again:?}");
    assert_eq!(t.entries(DayRange::all()).unwrap().items.len(), 10);
}

#[test]
fn a_changed_record_is_updated_in_place() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut s = open(a.path());
    fill(&mut s);
    let json = s.export_json().unwrap();
    let mut t = open(b.path());
    t.import_json(json.as_bytes()).unwrap();
    let mut v: Value = serde_json::from_str(&json).unwrap();
    let first = &mut v["entries"][0];
    let id = first["id"].as_str().unwrap().to_owned();
    first["mood"] = 5.into();
    let sum = t.import_json(v.to_string().as_bytes()).unwrap();
    assert_eq!(sum.get("check_ins").updated, 1);
    assert_eq!(sum.get("check_ins").unchanged, 2);
    match t.entry(&id).unwrap() {
        StoredEntry::CheckIn(c) => assert_eq!(c.mood, 5),
        other => panic!("{other:?}"),
    }
}

/// An error anywhere means nothing at all is written, and the error names the place.
#[test]
fn invalid_imports_change_nothing_and_name_the_path() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut s = open(a.path());
    fill(&mut s);
    let json = s.export_json().unwrap();
    let mut t = open(b.path());
    let before = t.export_json().unwrap();
    let base: Value = serde_json::from_str(&json).unwrap();
    let cases: Vec<(&str, Edit)> = vec![
        (
            "entries[9].mood",
            Box::new(|v| v["entries"][9] = check_in_with_mood(6)),
        ),
        ("entries[1].result.score", Box::new(bump_score)),
        (
            "entries[0].emotions",
            Box::new(|v| v["custom_emotions"] = Value::Array(vec![])),
        ),
        (
            "entries[0].scales[0].value",
            Box::new(|v| v["entries"][0]["scales"][0]["value"] = 11.into()),
        ),
        (
            "entries[3].id",
            Box::new(|v| v["entries"][3]["id"] = v["entries"][2]["id"].clone()),
        ),
        (
            "reminders.times",
            Box::new(|v| v["reminders"]["times"] = Value::Array(vec![])),
        ),
        (
            "people[0].phone",
            Box::new(|v| v["people"][0]["phone"] = "call me".into()),
        ),
        (
            "entries[0].moood",
            Box::new(|v| v["entries"][0]["moood"] = 3.into()),
        ),
        ("version", Box::new(|v| v["version"] = 2.into())),
    ];
    for (want, edit) in cases {
        let mut v = base.clone();
        edit(&mut v);
        let err = t.import_json(v.to_string().as_bytes()).unwrap_err();
        assert_eq!(field(err.clone()), want, "{err}");
        assert_eq!(
            t.export_json().unwrap(),
            before,
            "nothing written for {want}"
        );
    }
}

/// A change made to a valid export before importing it.
type Edit = Box<dyn Fn(&mut Value)>;

fn check_in_with_mood(mood: u8) -> Value {
    serde_json::json!({"kind": "check_in", "id": "late", "at": "2027-01-01T10:00:00Z",
                       "mood": mood, "energy": null})
}

fn bump_score(v: &mut Value) {
    let entries = v["entries"].as_array_mut().unwrap();
    let (i, _) = entries
        .iter()
        .enumerate()
        .find(|(_, e)| e["kind"] == "assessment")
        .unwrap();
    let score = entries[i]["result"]["score"].as_u64().unwrap();
    entries[i]["result"]["score"] = (score + 1).into();
    // Keep the path stable for the assertion: move it to index 1.
    let e = entries.remove(i);
    entries.insert(1, e);
}

#[test]
fn tags_scales_and_emotions_take_over_names_under_the_file_ids() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut s = open(a.path());
    fill(&mut s);
    let json = s.export_json().unwrap();
    let mut t = open(b.path());
    // The fresh store seeds its own "work" tag and gets its own "sleep quality" scale.
    t.create_scale("sleep quality", 1, 5).unwrap();
    let before: Vec<String> = t.tags().unwrap().into_iter().map(|x| x.name).collect();
    assert!(before.contains(&"work".to_string()));
    t.import_json(json.as_bytes()).unwrap();
    assert_eq!(t.tags().unwrap(), s.tags().unwrap());
    assert_eq!(t.scales().unwrap(), s.scales().unwrap());
}

#[test]
fn a_hand_written_minimal_file_imports_and_unknown_tags_are_created() {
    let d = tempfile::tempdir().unwrap();
    let mut s = open(d.path());
    let json = r#"{"format":"hearth-export","version":1,"entries":[
        {"kind":"check_in","id":"x1","at":"2026-01-01T09:00:00+01:00","mood":3,"energy":null,
         "tags":["Pottery"]}]}"#;
    let sum = s.import_json(json.as_bytes()).unwrap();
    assert_eq!(sum.get("check_ins").created, 1);
    assert_eq!(sum.get("tags").created, 1);
    assert!(s.tags().unwrap().iter().any(|t| t.name == "pottery"));
    let c = s.checkin("x1").unwrap();
    assert_eq!(c.tags, vec!["pottery"]);
    assert!(matches!(
        s.import_json(b"not json"),
        Err(HearthError::InvalidInput { ref field, .. }) if field == "json"
    ));
}
