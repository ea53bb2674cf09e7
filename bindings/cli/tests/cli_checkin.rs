//! `checkin` → `list` round trip and boundary errors through the real binary.

mod common;
use common::{hearth, json, run};

#[test]
fn checkin_then_list_round_trips_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let saved = json(hearth(&store).args([
        "checkin",
        "--mood",
        "4",
        "--note",
        "hi",
        "--json",
        "--energy",
        "2",
        "--emotion",
        "Calm",
        "--emotion",
        "grateful",
        "--tag",
        "work",
        "--at",
        "2026-11-28T21:30:00+05:45",
        "--source",
        "widget",
    ]));
    assert_eq!(saved["mood"], 4);
    assert_eq!(saved["note"], "hi");
    assert_eq!(saved["energy"], 2);
    assert_eq!(saved["emotions"], serde_json::json!(["calm", "grateful"]));
    assert_eq!(saved["tags"], serde_json::json!(["work"]));
    assert_eq!(saved["at"], "2026-11-28T21:30:00+05:45");
    assert_eq!(saved["source"], "widget");
    let list = json(hearth(&store).args(["list", "--json"]));
    assert_eq!(list, serde_json::json!([saved.clone()]));
    let day = json(hearth(&store).args([
        "list",
        "--from",
        "2026-11-28",
        "--to",
        "2026-11-28",
        "--json",
    ]));
    assert_eq!(day, serde_json::json!([saved]));
    let other = json(hearth(&store).args(["list", "--from", "2026-11-29", "--json"]));
    assert_eq!(other, serde_json::json!([]));
}

#[test]
fn minimal_checkin_has_nulls_and_empty_lists() {
    let dir = tempfile::tempdir().unwrap();
    let saved = json(hearth(dir.path()).args(["checkin", "--mood", "3", "--json"]));
    for key in ["id", "at", "mood", "energy", "emotions", "tags", "note"] {
        assert!(saved.get(key).is_some(), "missing {key}");
    }
    assert!(saved["energy"].is_null());
    assert!(saved["note"].is_null());
    assert_eq!(saved["emotions"], serde_json::json!([]));
    chrono::DateTime::parse_from_rfc3339(saved["at"].as_str().unwrap())
        .expect("RFC 3339 with offset");
}

#[test]
fn bad_values_exit_non_zero_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    for (args, field) in [
        (vec!["--mood", "0"], "mood"),
        (vec!["--mood", "6"], "mood"),
        (vec!["--mood", "261"], "mood"),
        (vec!["--mood", "3", "--energy", "9"], "energy"),
        (vec!["--mood", "3", "--at", "yesterday"], "at"),
        (vec!["--mood", "3", "--source", "carrier-pigeon"], "source"),
    ] {
        let out = run(hearth(dir.path()).arg("checkin").args(&args));
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("invalid {field}")), "{args:?}: {err}");
    }
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "x".repeat(1_000_000)).unwrap();
    let out = run(hearth(dir.path())
        .args(["checkin", "--mood", "3", "--note-file"])
        .arg(&big));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid note"));
    let out = run(hearth(dir.path()).args(["list", "--from", "28/11/2026"]));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid from"));
    assert_eq!(
        json(hearth(dir.path()).args(["list", "--json"])),
        serde_json::json!([])
    );
}

#[test]
fn today_reports_whether_checked_in() {
    let dir = tempfile::tempdir().unwrap();
    let t = json(hearth(dir.path()).args(["today", "--tz", "UTC", "--json"]));
    assert_eq!(t["checked_in_today"], false);
    assert_eq!(t["quick_moods"].as_array().unwrap().len(), 5);
    let now = chrono::Utc::now().to_rfc3339();
    json(hearth(dir.path()).args(["checkin", "--mood", "5", "--at", &now, "--json"]));
    let t = json(hearth(dir.path()).args(["today", "--tz", "UTC", "--json"]));
    assert_eq!(t["checked_in_today"], true);
    assert_eq!(t["count_today"], 1);
    assert_eq!(t["checkins"].as_array().unwrap().len(), 1);
    let out = run(hearth(dir.path()).args(["today", "--tz", "Mars/Olympus"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid tz"));
}
