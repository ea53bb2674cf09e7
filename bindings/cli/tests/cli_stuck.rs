//! The places a person gets stuck: `hearth crisis` with no arguments, errors that say
//! how to fix them, a person's own labels quoted as written, and the demo cleaning up.

mod common;
use std::path::Path;
use std::process::Command;

use common::{hearth, json, run};

/// `hearth crisis` with the locale variables set exactly as given (the others removed).
fn crisis(store: &Path, vars: &[(&str, &str)], extra: &[&str]) -> std::process::Output {
    let mut c = hearth(store);
    c.arg("crisis").args(extra);
    for (k, v) in vars {
        c.env(k, v);
    }
    run(&mut c)
}

fn text(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn crisis_without_a_region_takes_it_from_the_locale_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = crisis(dir.path(), &[("LANG", "de_DE.UTF-8")], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = text(&out);
    assert!(t.contains("TelefonSeelsorge"), "{t}");
    assert!(t.contains("0800 111 0 111"), "{t}");
    assert!(t.contains("112"), "{t}");
    // It says which region it chose, from where, and how to pick another.
    assert!(t.contains("Deutschland (DE)"), "{t}");
    assert!(t.contains("LANG=de_DE.UTF-8"), "{t}");
    assert!(t.contains("--region"), "{t}");
    // Nothing from another region.
    assert!(!t.contains("Samaritans"), "{t}");
}

#[test]
fn crisis_follows_the_posix_order_of_locale_variables() {
    let dir = tempfile::tempdir().unwrap();
    // LC_ALL wins over LANG; an empty variable is skipped.
    let out = crisis(
        dir.path(),
        &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "de_DE.UTF-8")],
        &["--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["region"], "GB");
    let out = crisis(
        dir.path(),
        &[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "en_NZ@euro"),
            ("LANG", "de_DE"),
        ],
        &["--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["region"], "NZ");
    // --region still decides when given.
    let v = json(
        hearth(dir.path())
            .env("LANG", "de_DE.UTF-8")
            .args(["crisis", "--region", "AU", "--json"]),
    );
    assert_eq!(v["region"], "AU");
}

#[test]
fn crisis_with_no_usable_locale_lists_every_region() {
    let dir = tempfile::tempdir().unwrap();
    for vars in [vec![("LANG", "C")], vec![("LC_ALL", "POSIX")], vec![]] {
        let out = crisis(dir.path(), &vars, &[]);
        assert!(out.status.success(), "{vars:?}");
        let t = text(&out);
        for name in [
            "United States",
            "Canada",
            "United Kingdom",
            "Ireland",
            "Australia",
            "New Zealand",
            "Germany",
        ] {
            assert!(t.contains(name), "{vars:?} lacks {name}: {t}");
        }
        for line in ["988", "116 123", "13 11 14", "1737", "0800 111 0 111"] {
            assert!(t.contains(line), "{vars:?} lacks {line}");
        }
        assert!(t.contains("--region"), "{t}");
    }
    let out = crisis(dir.path(), &[("LANG", "C.UTF-8")], &["--json"]);
    assert!(out.status.success());
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let regions: Vec<&str> = all
        .as_array()
        .expect("every region, as an array")
        .iter()
        .map(|r| r["region"].as_str().unwrap())
        .collect();
    assert_eq!(regions, ["US", "CA", "GB", "IE", "AU", "NZ", "DE"]);
}

#[test]
fn crisis_in_a_region_without_lines_still_shows_every_region_and_the_advice() {
    let dir = tempfile::tempdir().unwrap();
    let out = crisis(dir.path(), &[("LANG", "fr_FR.UTF-8")], &[]);
    assert!(out.status.success());
    let t = text(&out);
    assert!(t.contains("local emergency number"), "{t}");
    assert!(t.contains("FR"), "{t}");
    assert!(
        t.contains("Samaritans") && t.contains("TelefonSeelsorge"),
        "{t}"
    );
}

#[test]
fn an_unknown_emotion_names_the_flag_that_adds_your_own() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(hearth(dir.path()).args(["checkin", "--mood", "3", "--emotion", "blah"]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--custom-emotion \"blah\""), "{err}");
    // And that advice works.
    let saved = json(hearth(dir.path()).args([
        "checkin",
        "--mood",
        "3",
        "--custom-emotion",
        "blah",
        "--json",
    ]));
    assert_eq!(saved["emotions"], serde_json::json!(["blah"]));
}

#[test]
fn unmapped_daylio_moods_are_quoted_as_the_file_writes_them() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("daylio.csv");
    std::fs::write(
        &csv,
        "full_date,date,weekday,time,mood,activities,note_title,note\n\
         2024-06-03,June 3,Monday,9:00 pm,Calm,,,\n\
         2024-06-02,June 2,Sunday,9:00 pm,calm,,,\n\
         2024-06-01,June 1,Saturday,9:00 pm,Très  Fatigué,,,\n\
         2024-05-31,May 31,Friday,9:00 pm,good,,,\n",
    )
    .unwrap();
    let store = dir.path().join("store");
    let out = run(hearth(&store)
        .args(["import", "--format", "daylio", "--tz", "UTC"])
        .arg(&csv));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("\"Calm\""), "{err}");
    assert!(err.contains("\"Très  Fatigué\""), "{err}");
    // Two spellings of one label are one mood, and both are shown.
    assert!(err.contains("\"Calm\" / \"calm\" (2 rows)"), "{err}");
    assert!(!err.contains("\"très fatigué\""), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
}

#[test]
fn the_demo_removes_its_throwaway_store_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = common::clear_locale(&mut Command::new(env!("CARGO_BIN_EXE_hearth")))
        .args(["demo", "--days", "20"])
        .env("TMPDIR", tmp.path())
        .env_remove("HEARTH_STORE")
        .env_remove("HEARTH_PASSPHRASE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = String::from_utf8_lossy(&out.stdout);
    assert!(
        t.contains("The sample store in") && t.contains("has been deleted"),
        "{t}"
    );
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert!(left.is_empty(), "the demo left {left:?}");
}
