//! `hearth calendar` and `hearth list --limit/--before` through the real binary: the
//! calendar agrees day by day with `list --json` on a two-year demo store, paging visits
//! every entry once, a backfilled check-in lands on its own day, and bad input is
//! refused naming the field.

mod common;
use std::collections::{BTreeMap, BTreeSet};

use common::{hearth, json, run};
use serde_json::Value;

/// `list --json`'s entries grouped by local date (the first ten characters of `at`,
/// which carries the offset it was recorded in).
fn by_day(list: &Value) -> BTreeMap<String, Vec<Value>> {
    let mut days: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for e in list.as_array().unwrap() {
        let day = e["at"].as_str().unwrap()[..10].to_owned();
        days.entry(day).or_default().push(e.clone());
    }
    days
}

#[test]
fn calendar_year_agrees_day_by_day_with_list_json_on_a_two_year_demo_store() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    json(hearth(s).args(["demo", "--days", "730", "--json"]));
    json(hearth(s).args([
        "reflect",
        "--text",
        "A long walk.",
        "--at",
        "2025-07-14T23:40:00-06:00",
        "--json",
    ]));
    json(hearth(s).args([
        "thought",
        "--situation",
        "Exam",
        "--at",
        "2025-01-02T07:00:00+09:00",
        "--json",
    ]));
    let list = json(hearth(s).args(["list", "--json"]));
    let days = by_day(&list);
    let first: i32 = days.keys().next().unwrap()[..4].parse().unwrap();
    let last: i32 = days.keys().last().unwrap()[..4].parse().unwrap();
    assert!(last - first >= 2, "two years span three calendar years");
    let mut counted = 0;
    for year in first..=last {
        let cal = json(hearth(s).args(["calendar", "--year", &year.to_string(), "--json"]));
        let cal = cal.as_array().unwrap();
        let leap = chrono::NaiveDate::from_ymd_opt(year, 2, 29).is_some();
        assert_eq!(cal.len(), if leap { 366 } else { 365 });
        for day in cal {
            let date = day["date"].as_str().unwrap();
            assert!(date.starts_with(&year.to_string()));
            let es = days.get(date).cloned().unwrap_or_default();
            let moods: Vec<f64> = es
                .iter()
                .filter(|e| e["kind"] == "check_in")
                .map(|e| e["mood"].as_f64().unwrap())
                .collect();
            assert_eq!(day["count"], moods.len(), "{date}");
            counted += moods.len();
            match day["mood"].as_f64() {
                None => assert!(moods.is_empty(), "{date}"),
                Some(m) => {
                    let mean = moods.iter().sum::<f64>() / moods.len() as f64;
                    assert!((m - mean).abs() < 0.006, "{date}: {m} vs {mean}");
                }
            }
            let has = |kind: &str| es.iter().any(|e| e["kind"] == kind);
            let note = es
                .iter()
                .any(|e| e["kind"] == "check_in" && e["note"].is_string());
            assert_eq!(day["note"], note, "{date}");
            assert_eq!(day["reflection"], has("reflection"), "{date}");
            assert_eq!(day["thought"], has("thought"), "{date}");
        }
    }
    let checkins = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "check_in")
        .count();
    assert_eq!(
        counted, checkins,
        "every check-in is on some day of the calendar"
    );
    let july = json(hearth(s).args(["calendar", "--month", "2025-07", "--json"]));
    assert_eq!(july.as_array().unwrap().len(), 31);
    assert_eq!(july[13]["date"], "2025-07-14");
    assert_eq!(july[13]["reflection"], true);
}

#[test]
fn the_year_in_pixels_has_a_row_per_month_a_glyph_per_level_and_a_legend() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    for (mood, at) in [
        ("1", "2025-01-01T09:00:00+00:00"),
        ("5", "2025-01-03T09:00:00+00:00"),
        ("3", "2025-12-31T22:00:00-05:00"),
    ] {
        json(hearth(s).args(["checkin", "--mood", mood, "--at", at, "--json"]));
    }
    let out = run(hearth(s).args(["calendar", "--year", "2025"]));
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 very low, 2 low, 3 okay, 4 good, 5 very good, · no check-in"));
    let jan = text.lines().find(|l| l.starts_with("Jan")).unwrap();
    let dec = text.lines().find(|l| l.starts_with("Dec")).unwrap();
    let feb = text.lines().find(|l| l.starts_with("Feb")).unwrap();
    assert!(jan.ends_with(&format!("1·5{}", "·".repeat(28))), "{jan:?}");
    assert!(dec.ends_with("·3"), "{dec:?}");
    assert_eq!(feb.chars().count(), 5 + 28);
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| months.iter().any(|m| l.starts_with(m)))
        .collect();
    assert_eq!(rows.len(), 12, "{text}");
    assert!(text.contains("3 of 365 days have a check-in."));

    let out = run(hearth(s).args(["calendar", "--month", "2025-01"]));
    let text = String::from_utf8(out.stdout).unwrap();
    // The month heading names the month in full (the row labels of the year view stay short).
    assert!(text.starts_with("January 2025"), "{text}");
    // 1 January 2025 was a Wednesday.
    let week = text.lines().nth(2).unwrap();
    assert_eq!(
        week,
        format!("{} 1:1   2:·   3:5   4:·   5:·", " ".repeat(12))
    );
}

#[test]
fn paging_with_limit_visits_every_entry_once_and_prints_the_next_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    json(hearth(s).args(["demo", "--days", "45", "--json"]));
    json(hearth(s).args(["reflect", "--text", "Quiet.", "--json"]));
    let all: BTreeSet<String> = json(hearth(s).args(["list", "--json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect();
    let mut seen = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let mut cmd = hearth(s);
        cmd.args(["list", "--limit", "7", "--json"]);
        if let Some(b) = &before {
            cmd.args(["--before", b]);
        }
        let page = json(&mut cmd);
        let entries = page["entries"].as_array().unwrap();
        assert!(entries.len() <= 7);
        seen.extend(entries.iter().map(|e| e["id"].as_str().unwrap().to_owned()));
        match page["next"].as_str() {
            Some(next) => before = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), all.len(), "nothing twice");
    assert_eq!(seen.iter().cloned().collect::<BTreeSet<_>>(), all);

    let out = run(hearth(s).args(["list", "--limit", "2"]));
    let text = String::from_utf8(out.stdout).unwrap();
    let hint = text.lines().last().unwrap();
    assert!(
        hint.starts_with("next page: hearth list --limit 2 --before "),
        "{text}"
    );
}

#[test]
fn a_backfilled_checkin_lands_on_its_own_day() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    json(hearth(s).args(["checkin", "--mood", "4", "--json"]));
    json(hearth(s).args([
        "checkin",
        "--mood",
        "2",
        "--energy",
        "4",
        "--at",
        "2025-02-10T22:30:00-08:00",
        "--json",
    ]));
    let feb = json(hearth(s).args(["calendar", "--month", "2025-02", "--json"]));
    let feb = feb.as_array().unwrap();
    assert_eq!(feb.len(), 28);
    assert_eq!(feb[9]["date"], "2025-02-10");
    assert_eq!(feb[9]["count"], 1);
    assert_eq!(feb[9]["mood"], 2.0);
    assert_eq!(feb[9]["quadrant"], "high_energy_unpleasant");
    assert_eq!(feb[10]["count"], 0, "not on the UTC day");
}

#[test]
fn bad_input_is_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    for (args, field) in [
        (vec!["calendar", "--month", "2026-13"], "invalid month"),
        (vec!["calendar", "--month", "2026"], "invalid month"),
        (vec!["calendar", "--year", "0"], "invalid year"),
        (vec!["calendar", "--year", "20260"], "invalid year"),
        (vec!["list", "--limit", "0"], "invalid limit"),
        (vec!["list", "--limit", "501"], "invalid limit"),
        (
            vec!["list", "--limit", "5", "--before", "garbage"],
            "invalid before",
        ),
    ] {
        let out = run(hearth(s).args(&args));
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(field), "{args:?}: {err}");
    }
}
