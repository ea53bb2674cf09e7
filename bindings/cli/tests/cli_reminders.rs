//! Reminder settings and planning through the CLI.

mod common;
use common::{hearth, json, run};

#[test]
fn a_checkin_at_0815_removes_the_rest_of_that_days_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    json(hearth(s).args(["reminders", "set", "--times", "09:00,20:30", "--json"]));
    let plan = |s: &std::path::Path| {
        json(hearth(s).args([
            "reminders",
            "plan",
            "--tz",
            "America/New_York",
            "--now",
            "2026-11-28T08:00:00-05:00",
            "--count",
            "4",
            "--json",
        ]))
    };
    let before = plan(s);
    assert_eq!(before[0]["local"], "2026-11-28T09:00:00-05:00");
    assert_eq!(before[1]["local"], "2026-11-28T20:30:00-05:00");
    json(hearth(s).args([
        "checkin",
        "--mood",
        "3",
        "--at",
        "2026-11-28T08:15:00-05:00",
        "--json",
    ]));
    let after = plan(s);
    for r in after.as_array().unwrap() {
        assert_ne!(r["local_date"], "2026-11-28", "{r}");
        assert!(r["at"].is_string() && r["message"].is_string());
    }
    assert_eq!(after[0]["local"], "2026-11-29T09:00:00-05:00");
}

#[test]
fn settings_validate_and_quiet_hours_and_pause_hold() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    for (args, expect) in [
        (
            vec!["reminders", "set", "--times", "25:00"],
            "invalid times",
        ),
        (
            vec!["reminders", "set", "--days", "mon,funday"],
            "invalid days",
        ),
        (
            vec!["reminders", "set", "--quiet", "22:00"],
            "invalid quiet",
        ),
        (
            vec!["reminders", "set", "--pause-until", "soon"],
            "invalid pause_until",
        ),
        (vec!["reminders", "plan", "--tz", "Mars/Base"], "invalid tz"),
    ] {
        let out = run(hearth(s).args(&args));
        assert!(!out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(expect),
            "{args:?}"
        );
    }
    json(hearth(s).args([
        "reminders",
        "set",
        "--times",
        "06:30,21:00",
        "--quiet",
        "22:00-07:00",
        "--pause-until",
        "2026-12-24",
        "--json",
    ]));
    let p = json(hearth(s).args([
        "reminders",
        "plan",
        "--tz",
        "Europe/Berlin",
        "--now",
        "2026-12-20T12:00:00+01:00",
        "--count",
        "6",
        "--json",
    ]));
    for r in p.as_array().unwrap() {
        let local = r["local"].as_str().unwrap();
        assert!(local > "2026-12-25", "paused until the 24th: {local}");
        assert!(
            !local.contains("T06:30"),
            "06:30 is inside quiet hours: {local}"
        );
    }
    json(hearth(s).args(["reminders", "set", "--off", "--json"]));
    let p = json(hearth(s).args(["reminders", "plan", "--tz", "UTC", "--json"]));
    assert_eq!(p, serde_json::json!([]));
}
