//! An independent check of the planner's instants against another tz implementation:
//! Python's `zoneinfo`, reading the system tz database (/usr/share/zoneinfo), the same
//! data the core's [`Zone`] reads through jiff; so what is checked is the planner and
//! the reading of the rules, not the data.
//!
//! For every zone the database lists, on every day in 2020–2030 on which its clocks change
//! (and on one ordinary day), the planner is asked for a day's worth of reminders at wall
//! times chosen to fall in and around the changes. Python then works out, on its own,
//! when each of those wall times should fire — its first occurrence, or the first valid
//! minute after a gap, with times that land on one instant firing once — and the two
//! must agree exactly. Any zone that does not is listed with the reason in
//! `KNOWN_DIFFERENCES`.

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use hearth_core::reminders::{plan, History, ReminderSettings};
use hearth_core::Zone;
use serde_json::{json, Value};

/// Zones where the two databases are known to disagree in 2020–2030, with why.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

const CHECK: &str = r#"
import json, sys
from datetime import datetime, date, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc

def wall_of(u, zi):
    return u.astimezone(zi).replace(tzinfo=None)

def resolve(zi, naive):
    """(utc, kind) for a wall time: first occurrence, or first valid minute after a gap."""
    found = []
    for fold in (0, 1):
        u = naive.replace(tzinfo=zi, fold=fold).astimezone(UTC)
        if wall_of(u, zi) == naive:
            found.append(u)
    if found:
        return min(found), ("overlap" if len(set(found)) > 1 else "exact")
    m = naive
    for _ in range(48 * 60):
        m = m + timedelta(minutes=1)
        for fold in (0, 1):
            u = m.replace(tzinfo=zi, fold=fold).astimezone(UTC)
            if wall_of(u, zi) == m:
                return u, "gap"
    raise RuntimeError("no valid minute after %s" % naive)

groups = json.load(sys.stdin)
stats = {"groups": 0, "reminders": 0, "gap": 0, "overlap": 0, "exact": 0, "merged": 0,
         "missing_zones": [], "mismatches": []}
zones = {}
for g in groups:
    name = g["zone"]
    if name not in zones:
        try:
            zones[name] = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            zones[name] = None
            stats["missing_zones"].append(name)
    zi = zones[name]
    if zi is None:
        continue
    stats["groups"] += 1
    day = date.fromisoformat(g["date"])
    now = datetime.fromisoformat(g["now"].replace("Z", "+00:00"))
    expected = {}
    for t in g["times"]:
        u, kind = resolve(zi, datetime.combine(day, time.fromisoformat(t)))
        if wall_of(u, zi).date() != day or u <= now:
            continue
        stats[kind] += 1
        key = u.strftime("%Y-%m-%dT%H:%M:%SZ")
        if key in expected:
            stats["merged"] += 1
        else:
            expected[key] = t  # times are sorted, so the earlier time names the slot
    got = {p["at"]: p["time"] for p in g["planned"]}
    stats["reminders"] += len(got)
    if got != expected:
        stats["mismatches"].append({"zone": name, "date": g["date"],
                                    "expected": expected, "planned": got})
print(json.dumps(stats))
"#;

fn offset_secs(zone: Zone, u: DateTime<Utc>) -> i64 {
    i64::from(zone.offset_at(&u.naive_utc()).local_minus_utc())
}

/// Local days in 2020–2030 on which `zone` changes its UTC offset.
fn change_days(zone: Zone) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    let mut a = Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2031, 1, 1, 0, 0, 0).unwrap();
    while a < end {
        let b = a + Duration::days(7);
        if offset_secs(zone, a) != offset_secs(zone, b) {
            let (mut lo, mut hi) = (a, b);
            while hi - lo > Duration::minutes(1) {
                let mid = lo + Duration::minutes((hi - lo).num_minutes() / 2);
                if offset_secs(zone, mid) == offset_secs(zone, lo) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            for u in [lo, hi] {
                let d = u.with_timezone(&zone).date_naive();
                if !days.contains(&d) && d.format("%Y").to_string().as_str() < "2031" {
                    days.push(d);
                }
            }
        }
        a = b;
    }
    days
}

/// Wall times in and around the usual clock-change hours (00:00–04:00 in quarter hours,
/// plus the late evening, where some zones change at midnight), and midday.
fn probe_times() -> Vec<NaiveTime> {
    let mut ts: Vec<NaiveTime> = (0..=16)
        .map(|q| NaiveTime::from_hms_opt(q / 4, (q % 4) * 15, 0).unwrap())
        .collect();
    for (h, m) in [(12, 0), (22, 0), (23, 0), (23, 30), (23, 45)] {
        ts.push(NaiveTime::from_hms_opt(h, m, 0).unwrap());
    }
    ts
}

#[test]
fn instants_agree_with_python_zoneinfo() {
    let python = Command::new("python3")
        .arg("-c")
        .arg("import zoneinfo")
        .output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "NOTE: python3 with zoneinfo is not available; the independent tz check was skipped"
        );
        return;
    }

    let times = probe_times();
    let settings = ReminderSettings {
        times: times.clone(),
        back_off: false,
        ..ReminderSettings::default()
    };
    let time_strings: Vec<String> = times
        .iter()
        .map(|t| t.format("%H:%M").to_string())
        .collect();
    let mut groups: Vec<Value> = Vec::new();
    let mut change_day_count = 0;
    let names = Zone::names();
    for (i, zone) in names.iter().map(|n| Zone::parse(n).unwrap()).enumerate() {
        let mut days = change_days(zone);
        change_day_count += days.len();
        // One ordinary day per zone too, spread over the decade.
        days.push(
            NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Duration::days((i as i64 * 37) % 3900),
        );
        for day in days {
            // Early enough that every slot of `day` is still ahead (offsets are ≤ +14 h).
            let now =
                Utc.from_utc_datetime(&(day - Duration::days(1)).and_hms_opt(9, 0, 0).unwrap());
            let planned: Vec<Value> = plan(&settings, &History::default(), zone, now, 64)
                .into_iter()
                .filter(|r| r.local_date == day)
                .map(|r| {
                    let time = r.id.split('T').nth(1).unwrap()[..5].to_string();
                    json!({"at": r.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(), "time": time})
                })
                .collect();
            groups.push(json!({
                "zone": zone.name(),
                "date": day.to_string(),
                "now": now.to_rfc3339(),
                "times": time_strings,
                "planned": planned,
            }));
        }
    }

    let mut child = Command::new("python3")
        .arg("-c")
        .arg(CHECK)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("python3 runs");
    let input = serde_json::to_vec(&groups).unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the Python check failed to run");
    let stats: Value =
        serde_json::from_slice(&out.stdout).expect("Python prints its findings as JSON");
    let n = |k: &str| stats[k].as_u64().unwrap();
    eprintln!(
        "zoneinfo check: {} zones, {} clock-change days, {} day plans, {} reminders \
         ({} exact, {} after a gap, {} first of two, {} merged into another)",
        names.len(),
        change_day_count,
        n("groups"),
        n("reminders"),
        n("exact"),
        n("gap"),
        n("overlap"),
        n("merged"),
    );

    let missing = stats["missing_zones"].as_array().unwrap();
    assert!(
        missing.len() <= 5,
        "Python cannot read many zones the core lists: {missing:?}"
    );
    if !missing.is_empty() {
        eprintln!("NOTE: not in the system tz database, so not checked: {missing:?}");
    }
    let unexplained: Vec<&Value> = stats["mismatches"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| !KNOWN_DIFFERENCES.iter().any(|(z, _)| m["zone"] == *z))
        .collect();
    assert!(
        unexplained.is_empty(),
        "{} day plans disagree with zoneinfo, e.g. {:#}",
        unexplained.len(),
        unexplained[0]
    );
    // The check must have exercised what it is for.
    assert!(n("groups") > 5_000, "too few day plans checked");
    assert!(n("gap") > 1_000 && n("overlap") > 1_000 && n("merged") > 1_000);
}
