//! Every kind of entry through the CLI's JSON, tag renames, and boundary errors.

mod common;
use common::{hearth, json, run};
use serde_json::json;

#[test]
fn every_kind_round_trips_through_cli_json() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    json(hearth(s).args([
        "scales",
        "create",
        "sleep quality",
        "--min",
        "0",
        "--max",
        "10",
        "--json",
    ]));
    let sam = json(hearth(s).args([
        "people",
        "add",
        "Sam",
        "--phone",
        "+1 555 0100",
        "--how",
        "listens",
        "--json",
    ]));
    let c = json(hearth(s).args([
        "checkin",
        "--mood",
        "2",
        "--energy",
        "4",
        "--emotion",
        "anxious",
        "--custom-emotion",
        "wistful",
        "--tag",
        "work",
        "--tag",
        "Bouldering",
        "--scale",
        "sleep quality=6",
        "--with",
        "sam",
        "--note",
        "long day",
        "--at",
        "2026-11-20T18:05:00-05:00",
        "--source",
        "reminder",
        "--json",
    ]));
    assert_eq!(c["kind"], "check_in");
    assert_eq!(c["emotions"], json!(["anxious", "wistful"]));
    assert_eq!(c["scales"], json!([{"scale": "sleep quality", "value": 6}]));
    assert_eq!(c["connected"], true);
    assert_eq!(c["with_people"], json!([sam["id"]]));
    let r = json(hearth(s).args([
        "reflect",
        "--prompt",
        "people.close",
        "--text",
        "Sam called",
        "--at",
        "2026-11-20T21:00:00-05:00",
        "--json",
    ]));
    assert_eq!(r["prompt"], "Who did you feel close to today?");
    let t = json(hearth(s).args([
        "thought",
        "--situation",
        "No reply",
        "--mood",
        "anxious=80",
        "--thought",
        "They're upset",
        "--thought",
        "I ruin things",
        "--hot",
        "1",
        "--for",
        "quiet all day",
        "--against",
        "said busy",
        "--balanced",
        "Probably busy",
        "--belief",
        "70",
        "--after",
        "anxious=30",
        "--distortion",
        "jumping_to_conclusions",
        "--distortion",
        "labelling",
        "--at",
        "2026-11-20T22:00:00-05:00",
        "--json",
    ]));
    assert_eq!(
        t["thoughts"],
        json!([{"text": "They're upset", "hot": true}, {"text": "I ruin things", "hot": false}])
    );
    assert_eq!(
        t["distortions"],
        json!(["jumping_to_conclusions", "labelling"])
    );
    let listed = json(hearth(s).args(["list", "--json"]));
    assert_eq!(
        listed,
        json!([t, r, c]),
        "list mixes kinds, newest first, every field intact"
    );
    for e in [&c, &r, &t] {
        assert_eq!(
            &json(hearth(s).args(["show", e["id"].as_str().unwrap(), "--json"])),
            e
        );
    }
    let found = json(hearth(s).args(["search", "BUSY", "--json"]));
    assert_eq!(found, json!([t]));
    json(hearth(s).args(["delete", t["id"].as_str().unwrap(), "--json"]));
    assert_eq!(
        json(hearth(s).args(["list", "--json"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let people = json(hearth(s).args(["people", "list", "--json"]));
    assert_eq!(people, json!([sam]));
}

#[test]
fn renaming_a_tag_renames_it_on_old_entries() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    let c = json(hearth(s).args(["checkin", "--mood", "4", "--tag", "running", "--json"]));
    let tags = json(hearth(s).args(["tags", "list", "--json"]));
    assert!(
        tags.as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "running"),
        "created on the fly"
    );
    json(hearth(s).args(["tags", "rename", "running", "Jogging", "--json"]));
    let back = json(hearth(s).args(["show", c["id"].as_str().unwrap(), "--json"]));
    assert_eq!(back["tags"], json!(["jogging"]));
    run(hearth(s).args(["tags", "archive", "jogging"]));
    let visible = json(hearth(s).args(["tags", "list", "--json"]));
    assert!(!visible
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == "jogging"));
    let all = json(hearth(s).args(["tags", "list", "--all", "--json"]));
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == "jogging" && t["archived"] == true));
}

#[test]
fn invalid_values_are_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    let big = s.join("big.txt");
    std::fs::write(&big, "x".repeat(1_000_000)).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["checkin", "--mood", "0"], "invalid mood"),
        (vec!["checkin", "--mood", "6"], "invalid mood"),
        (
            vec!["checkin", "--mood", "3", "--emotion", "wistful"],
            "invalid emotions",
        ),
        (
            vec!["checkin", "--mood", "3", "--scale", "sleep=4"],
            "invalid scales",
        ),
        (vec!["thought"], "invalid situation"),
        (
            vec!["thought", "--situation", "x", "--mood", "sad=101"],
            "invalid moods.intensity",
        ),
        (
            vec!["thought", "--situation", "x", "--belief", "101"],
            "invalid balanced_belief",
        ),
        (
            vec!["thought", "--situation", "x", "--distortion", "doom"],
            "invalid distortions",
        ),
        (
            vec!["reflect", "--text", "x", "--prompt", "nope"],
            "invalid prompt_id",
        ),
        (vec!["show", "0000"], "not found"),
        (vec!["delete", "0000"], "not found"),
        (vec!["tags", "rename", "nope", "x"], "not found"),
        (
            vec!["people", "add", "X", "--phone", "call me"],
            "invalid phone",
        ),
    ];
    for (args, expect) in cases {
        let out = run(hearth(s).args(&args));
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(expect),
            "{args:?}: expected {expect:?} in {err}"
        );
    }
    let out = run(hearth(s).args(["reflect", "--text-file"]).arg(&big));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid text"));
    assert_eq!(
        json(hearth(s).args(["list", "--json"])),
        json!([]),
        "nothing saved by any refusal"
    );
}
