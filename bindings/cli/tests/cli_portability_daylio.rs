//! `hearth import --format daylio` through the real binary.

mod common;
use std::path::{Path, PathBuf};

use common::{hearth, json, run};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../core/tests/fixtures/daylio")
        .join(name)
}

fn entries(s: &Path) -> Vec<serde_json::Value> {
    json(hearth(s).args(["list", "--json"]))
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn imports_with_zone_reports_counts_and_adds_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    let file = fixture("v3-scales.csv");
    let first = json(
        hearth(s)
            .args([
                "import",
                "--format",
                "daylio",
                "--tz",
                "Europe/Paris",
                "--json",
            ])
            .arg(&file),
    );
    assert_eq!(first["kinds"]["check_ins"]["created"], 3);
    assert_eq!(
        first["kinds"]["tags"]["created"], 2,
        "commute, gym (work exists)"
    );
    assert_eq!(first["kinds"]["scales"]["created"], 2);
    let list = entries(s);
    assert_eq!(list.len(), 3);
    let late = list.iter().find(|e| e["mood"] == 1).unwrap();
    assert_eq!(late["at"], "2024-05-02T21:15:00+02:00");
    assert_eq!(late["source"], "import");
    assert_eq!(
        late["note"],
        "Rough day\nDeadline & a late train\nSleep hours: 6.5"
    );

    let again = json(
        hearth(s)
            .args([
                "import",
                "--format",
                "daylio",
                "--tz",
                "Europe/Paris",
                "--json",
            ])
            .arg(&file),
    );
    assert_eq!(again["created"], 0);
    assert_eq!(again["updated"], 0);
    assert_eq!(entries(s).len(), 3);

    let text = run(hearth(s)
        .args(["import", "--format", "daylio", "--tz", "Europe/Paris"])
        .arg(&file));
    let out = String::from_utf8_lossy(&text.stdout);
    assert!(out.contains("nothing new"), "{out}");
}

#[test]
fn custom_moods_need_a_map_and_nothing_is_imported_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    let file = fixture("custom-moods.csv");
    let out = run(hearth(s)
        .args(["import", "--format", "daylio", "--tz", "UTC"])
        .arg(&file));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for label in [
        "\"Okayish\" (1 row)",
        "\"Super Rad\" (1 row)",
        "\"tired\" (2 rows)",
    ] {
        assert!(err.contains(label), "{err}");
    }
    assert!(err.contains("--mood-map"), "{err}");
    assert!(entries(s).is_empty());

    let ok = json(
        hearth(s)
            .args(["import", "--format", "daylio", "--tz", "UTC", "--json"])
            .args([
                "--mood-map",
                "super rad=5,tired=2",
                "--mood-map",
                "Okayish=3",
            ])
            .arg(&file),
    );
    assert_eq!(ok["kinds"]["check_ins"]["created"], 5);
}

#[test]
fn a_bad_zone_or_map_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    let file = fixture("v1-no-note-title.csv");
    let out = run(hearth(s)
        .args(["import", "--format", "daylio", "--tz", "Mars/Base"])
        .arg(&file));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid tz"));
    let out = run(hearth(s)
        .args(["import", "--format", "daylio", "--mood-map", "rad=9"])
        .arg(&file));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid mood_map"));
    let out = run(hearth(s)
        .args(["import", "--format", "daylio"])
        .arg("/nonexistent.csv"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not read"));
}
