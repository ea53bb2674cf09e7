//! `hearth export` and `hearth import` through the real binary: export → erase →
//! import gives the same export, imports are idempotent and atomic, CSV and summary.

mod common;
use std::path::Path;

use common::{hearth, json, run};
use serde_json::Value;

fn ok(cmd: &mut std::process::Command) -> String {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "hearth failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A store with every kind of entry and catalog, made with CLI commands only.
pub fn fill(s: &Path) {
    ok(hearth(s).args([
        "people",
        "add",
        "Sam",
        "--phone",
        "+1 555 0100",
        "--how",
        "listens",
    ]));
    ok(hearth(s).args(["people", "add", "Alex"]));
    ok(hearth(s).args([
        "scales",
        "create",
        "sleep quality",
        "--min",
        "0",
        "--max",
        "10",
    ]));
    ok(hearth(s).args(["tags", "create", "running", "--activity"]));
    ok(hearth(s).args(["tags", "create", "old job"]));
    ok(hearth(s).args([
        "checkin",
        "--mood",
        "4",
        "--energy",
        "2",
        "--emotion",
        "calm",
        "--custom-emotion",
        "cosy",
        "--scale",
        "sleep quality=7",
        "--with",
        "Sam",
        "--with",
        "Alex",
        "--tag",
        "running",
        "--tag",
        "old job",
        "--note",
        "Tea & toast\n<b>\"quoted\"</b>, second line",
        "--at",
        "2026-03-29T01:30:00+01:00",
        "--source",
        "widget",
    ]));
    ok(hearth(s).args(["tags", "archive", "old job"]));
    ok(hearth(s).args(["people", "remove", "Alex"]));
    ok(hearth(s).args([
        "checkin",
        "--mood",
        "1",
        "--at",
        "2026-11-01T01:30:00.25-04:00",
        "--source",
        "reminder",
    ]));
    ok(hearth(s).args([
        "reflect",
        "--text",
        "My sister, on the phone.",
        "--prompt",
        "people.close",
        "--at",
        "2026-11-02T21:00:00+05:30",
    ]));
    ok(hearth(s).args([
        "thought",
        "--situation",
        "Friend didn't reply",
        "--mood",
        "anxious=80",
        "--thought",
        "They're angry with me",
        "--thought",
        "I always mess up",
        "--hot",
        "1",
        "--for",
        "No reply",
        "--against",
        "Travelling",
        "--balanced",
        "They're busy",
        "--belief",
        "70",
        "--after",
        "anxious=30",
        "--distortion",
        "mental_filter",
        "--at",
        "2026-11-04T19:00:00Z",
    ]));
    ok(hearth(s).args([
        "assess",
        "phq9",
        "--answers",
        "1,2,1,0,3,1,0,2,1,2",
        "--at",
        "2026-11-06T10:00:00+01:00",
    ]));
    ok(hearth(s).args([
        "assess",
        "who5",
        "--answers",
        "3,3,2,4,1",
        "--at",
        "2026-11-07T10:00:00Z",
    ]));
    ok(hearth(s).args([
        "reminders",
        "set",
        "--times",
        "08:30,21:00",
        "--days",
        "mon,wed",
        "--quiet",
        "22:00-07:00",
        "--pause-until",
        "2026-12-24",
        "--no-backoff",
    ]));
    ok(hearth(s).args(["safety", "add", "warning_signs", "Can't sleep"]));
    ok(hearth(s).args([
        "safety",
        "add",
        "people_to_ask",
        "Sam",
        "--phone",
        "+1 555 0100",
    ]));
}

/// Sorts every array of objects by `id` (and arrays of strings), so two exports can be
/// compared whatever order a writer chose. Hearth's own order is already fixed, so the
/// test below compares the raw bytes too.
fn normalised(v: &mut Value) {
    match v {
        Value::Array(items) => {
            items.iter_mut().for_each(normalised);
            items.sort_by_key(|x| match x {
                Value::Object(o) => o.get("id").map(|i| i.to_string()).unwrap_or_default(),
                other => other.to_string(),
            });
        }
        Value::Object(o) => o.values_mut().for_each(normalised),
        _ => {}
    }
}

pub fn export(s: &Path) -> String {
    ok(hearth(s).args(["export", "--format", "json"]))
}

#[test]
fn export_erase_import_gives_the_same_export() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    fill(&s);
    let first = export(&s);
    let file = dir.path().join("export.json");
    ok(hearth(&s)
        .args(["export", "--format", "json", "--out"])
        .arg(&file));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the export is readable by its owner only");
    }
    let kinds: Vec<String> = serde_json::from_str::<Value>(&first).unwrap()["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds.len(), 6, "{kinds:?}");

    ok(hearth(&s).args(["erase", "--yes"]));
    let sum = json(
        hearth(&s)
            .args(["import", "--format", "json", "--json"])
            .arg(&file),
    );
    assert_eq!(sum["kinds"]["check_ins"]["created"], 2);
    assert_eq!(sum["kinds"]["thoughts"]["created"], 1);
    assert_eq!(sum["kinds"]["reminders"]["updated"], 1);
    let second = export(&s);

    let (mut a, mut b): (Value, Value) = (
        serde_json::from_str(&first).unwrap(),
        serde_json::from_str(&second).unwrap(),
    );
    normalised(&mut a);
    normalised(&mut b);
    assert_eq!(a, b);
    assert_eq!(first, second, "and byte-for-byte as written");

    let again = json(
        hearth(&s)
            .args(["import", "--format", "json", "--json"])
            .arg(&file),
    );
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(export(&s), first);
}

#[test]
fn a_bad_file_is_refused_whole_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    fill(&s);
    let mut v: Value = serde_json::from_str(&export(&s)).unwrap();
    let other = dir.path().join("other");
    ok(hearth(&other).args(["checkin", "--mood", "3"]));
    let before = export(&other);
    v["entries"][2]["text"] = Value::String(String::new());
    let file = dir.path().join("bad.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let out = run(hearth(&other)
        .args(["import", "--format", "json"])
        .arg(&file));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid entries[2].text: is empty"), "{err}");
    assert_eq!(export(&other), before, "nothing was written");
}

#[test]
fn csv_has_one_row_per_check_in() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    fill(s);
    let csv = ok(hearth(s).args(["export", "--format", "csv"]));
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "id,date,time,utc_offset,mood,energy,emotions,tags,scales,connected,with,note,source"
    );
    let first = lines.next().unwrap();
    assert!(
        first.contains(
            ",2026-03-29,01:30:00,+01:00,4,2,calm | cosy,running | old job,sleep quality=7,true,Sam,"
        ),
        // Alex, removed since, is no longer named (the check-in stays "connected").
        "{first}"
    );
    assert!(csv.contains("\"Tea & toast\n<b>\"\"quoted\"\"</b>, second line\",widget\r\n"));
    assert!(csv.contains(",2026-11-01,01:30:00,-04:00,1,,,,,false,,,reminder\r\n"));
}

#[test]
fn summary_goes_to_a_self_contained_file() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    fill(&s);
    let out = dir.path().join("summary.html");
    ok(hearth(&s)
        .args([
            "export",
            "--format",
            "summary",
            "--from",
            "2026-03-01",
            "--to",
            "2026-11-30",
            "--out",
        ])
        .arg(&out));
    let html = std::fs::read_to_string(&out).unwrap();
    let lower = html.to_lowercase();
    for banned in [
        "<script", "http:", "https:", "src=", "href=", "<link", "url(",
    ] {
        assert!(!lower.contains(banned), "{banned}");
    }
    assert!(html.contains("<svg") && html.contains("not a diagnosis"));
    assert!(!html.contains("Tea &amp; toast"));
    let with_notes = ok(hearth(&s).args(["export", "--format", "summary", "--include-notes"]));
    assert!(with_notes.contains("Tea &amp; toast"));
    let bad = run(hearth(&s).args(["export", "--format", "csv", "--from", "2026-01-01"]));
    assert!(!bad.status.success());
}
