//! Questionnaires, the safety plan and crisis lines through the CLI.

mod common;
use common::{hearth, json, run};
use serde_json::json;

#[test]
fn assess_prints_score_band_and_safety_and_keeps_history() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    let r = json(hearth(s).args(["assess", "phq9", "--answers", "2,2,2,2,2,2,2,1,0", "--json"]));
    assert_eq!(
        (
            r["score"].as_u64(),
            r["band"].as_str(),
            r["safety"].as_bool()
        ),
        (Some(15), Some("moderately_severe"), Some(false))
    );
    let r = json(hearth(s).args(["assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--json"]));
    assert_eq!(
        (
            r["score"].as_u64(),
            r["band"].as_str(),
            r["safety"].as_bool()
        ),
        (Some(1), Some("minimal"), Some(true))
    );
    let r = json(hearth(s).args(["assess", "who5", "--answers", "1,1,2,1,2", "--json"]));
    assert_eq!(
        (r["percent"].as_u64(), r["band"].as_str()),
        (Some(28), Some("very_low"))
    );
    let r = json(hearth(s).args(["assess", "gad7", "--answers", "3,3,3,3,3,0,0", "--json"]));
    assert_eq!(
        (r["score"].as_u64(), r["band"].as_str()),
        (Some(15), Some("severe"))
    );
    let h = json(hearth(s).args(["assess", "history", "--json"]));
    assert_eq!(h.as_array().unwrap().len(), 4);
    let text = run(hearth(s).args(["assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,2"]));
    let out = String::from_utf8_lossy(&text.stdout);
    assert!(
        out.contains("hearth crisis"),
        "safety result points to help: {out}"
    );
    let id = h[0]["id"].as_str().unwrap();
    let fhir = json(hearth(s).args(["assess", "fhir", id]));
    assert_eq!(fhir["resourceType"], "Bundle");
}

#[test]
fn invalid_answers_exit_non_zero_naming_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    for (args, expect) in [
        (vec!["assess", "phq9", "--answers", "1,2,3"], "9 answers"),
        (
            vec!["assess", "phq9", "--answers", "0,0,0,4,0,0,0,0,0"],
            "allowed 0–3",
        ),
        (
            vec!["assess", "who5", "--answers", "6,0,0,0,0"],
            "allowed 0–5",
        ),
        (
            vec!["assess", "gad7", "--answers", "1,x,0,0,0,0,0"],
            "invalid answers",
        ),
        (vec!["assess", "phq9"], "invalid answers"),
        (
            vec!["assess", "bdi", "--answers", "1"],
            "invalid instrument",
        ),
    ] {
        let out = run(hearth(dir.path()).args(&args));
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expect), "{args:?}: {err}");
    }
    assert_eq!(
        json(hearth(dir.path()).args(["assess", "history", "--json"])),
        json!([])
    );
}

#[test]
fn safety_plan_is_editable_and_crisis_lines_work_offline() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    json(hearth(s).args(["safety", "add", "warning_signs", "can't sleep", "--json"]));
    let plan = json(hearth(s).args([
        "safety",
        "add",
        "people_to_ask",
        "Sam",
        "--phone",
        "+44 7700 900123",
        "--json",
    ]));
    assert_eq!(plan["warning_signs"], json!(["can't sleep"]));
    assert_eq!(plan["people_to_ask"][0]["name"], "Sam");
    assert_eq!(json(hearth(s).args(["safety", "show", "--json"])), plan);
    let out = run(hearth(s).args(["safety", "add", "nonsense", "x"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid section"));
    let gb = json(hearth(s).args(["crisis", "--region", "GB", "--json"]));
    assert_eq!(gb["known"], true);
    assert!(gb["lines"].as_array().unwrap().iter().any(|l| l["phones"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "116 123")));
    assert!(gb["emergency_numbers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n == "999"));
    let xx = json(hearth(s).args(["crisis", "--region", "XX", "--json"]));
    assert_eq!(xx["known"], false);
    assert_eq!(xx["show_trusted_people"], true);
}
