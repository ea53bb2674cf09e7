//! Insights and today through the CLI on seeded demo data.

mod common;
use common::{hearth, json, run};

#[test]
fn insights_json_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    json(hearth(dir.path()).args(["demo", "--days", "60", "--json"]));
    let i = json(hearth(dir.path()).args(["insights", "--days", "30", "--tz", "UTC", "--json"]));
    for key in [
        "from",
        "to",
        "checkins",
        "mean_mood",
        "highlights",
        "connection",
        "daily",
        "weekly",
        "monthly",
        "by_weekday",
        "by_time_of_day",
        "associations",
        "quadrants",
        "suggestion",
        "note",
    ] {
        assert!(i.get(key).is_some(), "missing {key}");
    }
    assert_eq!(i["daily"].as_array().unwrap().len(), 30);
    assert!(i["checkins"].as_u64().unwrap() > 30);
    assert_eq!(
        i["connection"]["enough_data"], true,
        "the demo notes contact on many days"
    );
    assert_eq!(i["highlights"][0], i["connection"]["text"]);
    for a in i["associations"].as_array().unwrap() {
        if a["enough_data"] == false {
            assert!(a["text"]
                .as_str()
                .unwrap()
                .starts_with("Not enough data yet"));
            assert!(a["effect_size"].is_null());
        }
    }
    let text = run(hearth(dir.path()).args(["insights", "--tz", "UTC"]));
    let out = String::from_utf8_lossy(&text.stdout);
    assert!(
        out.chars().any(|c| ('▁'..='█').contains(&c)),
        "sparkline drawn: {out}"
    );
    let out = run(hearth(dir.path()).args(["insights", "--days", "0"]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid days"));
}

#[test]
fn day_counts_beyond_a_century_are_refused_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    json(hearth(dir.path()).args(["checkin", "--mood", "3", "--json"]));
    for args in [
        vec!["insights", "--days", "4000000000"],
        vec!["demo", "--days", "4000000000"],
        vec!["demo", "--days", "0"],
    ] {
        let out = run(hearth(dir.path()).args(&args));
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?} must fail cleanly, not panic"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("invalid days"), "{args:?}: {err}");
    }
}
