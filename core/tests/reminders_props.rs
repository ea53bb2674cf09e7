//! Property tests of the reminder planner over every zone in the tz database.
//!
//! Expectations are checked against the zone's UTC → local mapping only
//! (`offset_from_utc_datetime`), never against `from_local_datetime`, which the planner
//! itself uses; so a wrong gap or overlap rule in the planner cannot hide behind the
//! same call in the test.

use std::collections::BTreeSet;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use hearth_core::reminders::{
    plan, Cadence, History, PlannedReminder, QuietHours, ReminderSettings,
};
use hearth_core::Zone;
use proptest::prelude::*;

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn local(zone: Zone, u: DateTime<Utc>) -> NaiveDateTime {
    u.with_timezone(&zone).naive_local()
}

fn offset_secs(zone: Zone, u: DateTime<Utc>) -> i64 {
    i64::from(zone.offset_at(&u.naive_utc()).local_minus_utc())
}

/// The first whole UTC minute whose local wall time is at or after `wall`: the wall time
/// itself at its first occurrence, or, in a gap, the first valid minute after it. Uses
/// only the UTC → local direction.
fn first_at_or_after(zone: Zone, wall: NaiveDateTime) -> DateTime<Utc> {
    // Offsets lie within ±15 h, so everything before this is at least an hour early.
    let mut u = Utc.from_utc_datetime(&(wall - Duration::hours(15)));
    loop {
        let l = local(zone, u);
        if l == wall {
            return u;
        }
        if l > wall {
            unreachable!("jumps never overshoot; see below");
        }
        let step = wall - l;
        let next = u + step;
        if local(zone, next) > wall {
            // The offset grew on the way (a gap): walk the minutes.
            let mut v = u + Duration::minutes(1);
            while local(zone, v) < wall {
                v += Duration::minutes(1);
            }
            return v;
        }
        u = next;
    }
}

/// Transitions (offset changes) of `zone` in `[from, to)`, to the minute.
fn transitions(zone: Zone, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let mut out = Vec::new();
    // Whole minutes, as clock changes are.
    let mut a = Utc.timestamp_opt(from.timestamp() / 60 * 60, 0).unwrap();
    while a < to {
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
            out.push(hi);
        }
        a = b;
    }
    out
}

#[derive(Debug, Clone)]
struct Case {
    zone: Zone,
    settings: ReminderSettings,
    history: History,
    now: DateTime<Utc>,
    count: usize,
}

fn minute_of_day() -> impl Strategy<Value = NaiveTime> {
    prop_oneof![
        // Where clocks change: around midnight to 04:00.
        (0u32..5, prop::sample::select(vec![0u32, 15, 30, 45, 59])),
        (0u32..24, 0u32..60),
        (22u32..24, prop::sample::select(vec![0u32, 30])),
    ]
    .prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

fn case() -> impl Strategy<Value = Case> {
    // Every zone, with extra weight on ones that change their clocks.
    let all: Vec<Zone> = Zone::names()
        .iter()
        .map(|n| Zone::parse(n).unwrap())
        .collect();
    let changing: Vec<Zone> = all
        .iter()
        .copied()
        .filter(|z| {
            let from = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
            offset_secs(*z, from) != offset_secs(*z, from + Duration::days(182))
        })
        .collect();
    let zone = prop_oneof![prop::sample::select(all), prop::sample::select(changing),];
    let settings = (
        prop::bool::weighted(0.95),
        prop::collection::vec(minute_of_day(), 1..5),
        prop_oneof![3 => Just(0u8), 1 => 1u8..128],
        prop::option::weighted(0.3, (minute_of_day(), minute_of_day())),
        prop::option::weighted(0.2, -5i64..25),
        prop::bool::weighted(0.7),
    );
    let when = (
        // Seconds since 2020-01-01, up to mid-2030.
        0i64..(10 * 365 + 150) * 86_400,
        prop::bool::weighted(0.6),
        0i64..86_400,
        // Minutes after the clock change's wall time for extra reminder times.
        prop::collection::vec(-20i64..150, 1..3),
    );
    let history = (
        prop::bool::weighted(0.7),
        prop::collection::vec(-25i64..30, 0..8),
    );
    (zone, settings, when, history, 1usize..50).prop_map(
        |(
            zone,
            (enabled, mut times, mask, quiet, pause, back_off),
            (secs, near_change, before, around),
            (has_history, days),
            count,
        )| {
            let base = Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap();
            let mut now = base + Duration::seconds(secs);
            if near_change {
                // Land shortly before the zone's next clock change, if it has one, and
                // put reminder times in and around its gap or overlap.
                if let Some(t) = transitions(zone, now, now + Duration::days(370)).first() {
                    now = *t - Duration::seconds(before);
                    let wall = local(zone, *t - Duration::minutes(1)) + Duration::minutes(1);
                    times.extend(around.iter().map(|m| (wall + Duration::minutes(*m)).time()));
                }
            }
            let today = local(zone, now).date();
            let weekdays: Vec<Weekday> = (0..7)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| WEEK[i])
                .collect();
            let quiet = quiet
                .filter(|(s, e)| s != e)
                .map(|(start, end)| QuietHours { start, end });
            let history = if has_history {
                History::from_days(days.iter().map(|d| today + Duration::days(*d)))
            } else {
                History::default()
            };
            Case {
                zone,
                settings: ReminderSettings {
                    enabled,
                    times,
                    weekdays,
                    quiet,
                    pause_until: pause.map(|p| today + Duration::days(p)),
                    back_off,
                },
                history,
                now,
                count,
            }
        },
    )
}

/// Every rule a plan must keep, checked through the UTC → local direction only.
fn check_rules(c: &Case, p: &[PlannedReminder]) -> Result<(), TestCaseError> {
    let s = &c.settings;
    let times: BTreeSet<NaiveTime> = s.times.iter().copied().collect();
    prop_assert!(p.len() <= c.count);
    if !s.enabled {
        prop_assert!(p.is_empty());
    }
    let mut prev = c.now;
    for (i, r) in p.iter().enumerate() {
        prop_assert!(r.at > prev, "#{i} {} not after {}", r.at, prev);
        prev = r.at;
        let wall = local(c.zone, r.at);
        let day = wall.date();
        prop_assert_eq!(day, r.local_date);
        prop_assert!(
            !c.history.checkin_days.contains(&day),
            "{} has a check-in",
            day
        );
        prop_assert!(s.pause_until.is_none_or(|p| day > p), "{} is paused", day);
        prop_assert!(
            s.weekdays.is_empty() || s.weekdays.contains(&day.weekday()),
            "{} is not a chosen weekday",
            day
        );
        prop_assert!(
            s.quiet.is_none_or(|q| !q.contains(wall.time())),
            "{} is quiet",
            wall
        );
        // Configured times of this day that a spring-forward gap ending exactly at this
        // instant skipped over (empty when the clock did not jump here).
        let gap_start = local(c.zone, r.at - Duration::minutes(1)) + Duration::minutes(1);
        let skipped: Vec<NaiveTime> = times
            .iter()
            .copied()
            .filter(|t| {
                let w = day.and_time(*t);
                gap_start <= w && w < wall
            })
            .collect();
        if times.contains(&wall.time()) {
            // A configured wall time, at its first occurrence: the same wall time did not
            // occur in the three hours before.
            if offset_secs(c.zone, r.at - Duration::hours(3)) != offset_secs(c.zone, r.at) {
                let mut u = r.at - Duration::hours(3);
                while u < r.at {
                    prop_assert_ne!(local(c.zone, u), wall, "{} is a second occurrence", r.at);
                    u += Duration::minutes(1);
                }
            }
        } else {
            // Otherwise the first valid minute after a gap that held a configured time.
            prop_assert!(
                !skipped.is_empty(),
                "{} is neither a configured time nor the end of a gap over one",
                wall
            );
        }
        // The id names the earliest configured time that fires here.
        let first = skipped.first().copied().unwrap_or(wall.time());
        let slot = format!("{}T{}@", day, first.format("%H:%M"));
        prop_assert!(r.id.starts_with(&slot), "{} is not slot {}", r.id, slot);
        prop_assert_eq!(r.id.split('@').nth(1), Some(c.zone.name()));
    }
    // Copy: never the same twice in a row; each notice at most once; notices only when
    // slowed.
    for w in p.windows(2) {
        prop_assert_ne!(&w[0].message_id, &w[1].message_id);
    }
    // (A check-in day inside the plan, possible only for a future-dated check-in,
    // starts the back-off afresh, so notices are counted per stretch between check-ins.)
    for notice in ["slower.every_other_day", "slower.weekly"] {
        let mut stretches: Vec<NaiveDate> = Vec::new();
        for r in p.iter().filter(|r| r.message_id == notice) {
            let last_checkin = c
                .history
                .checkin_days
                .range(..r.local_date)
                .next_back()
                .copied();
            let stretch = last_checkin.unwrap_or(NaiveDate::MIN);
            prop_assert!(!stretches.contains(&stretch), "{} said twice", notice);
            stretches.push(stretch);
        }
    }
    for r in p {
        if r.message_id.starts_with("slower.") {
            prop_assert!(r.cadence != Cadence::Daily);
        }
    }
    // Slowing needs the setting and an earlier check-in: no history means Daily.
    for r in p {
        if r.cadence != Cadence::Daily {
            prop_assert!(s.back_off);
            prop_assert!(c
                .history
                .checkin_days
                .range(..r.local_date)
                .next()
                .is_some());
        }
    }
    Ok(())
}

/// The plan a Daily cadence must give, built slot by slot from the UTC → local direction.
fn expected_daily(c: &Case) -> Vec<DateTime<Utc>> {
    let s = &c.settings;
    let mut times: Vec<NaiveTime> = s.times.clone();
    times.sort();
    times.dedup();
    let today = local(c.zone, c.now).date();
    let mut out: Vec<DateTime<Utc>> = Vec::new();
    if !s.enabled {
        return out;
    }
    for day in today.iter_days().take(401) {
        if out.len() >= c.count {
            break;
        }
        if c.history.checkin_days.contains(&day)
            || s.pause_until.is_some_and(|p| day <= p)
            || !(s.weekdays.is_empty() || s.weekdays.contains(&day.weekday()))
        {
            continue;
        }
        let mut todays: Vec<DateTime<Utc>> = times
            .iter()
            .map(|t| first_at_or_after(c.zone, day.and_time(*t)))
            .filter(|u| {
                let w = local(c.zone, *u);
                w.date() == day && s.quiet.is_none_or(|q| !q.contains(w.time())) && *u > c.now
            })
            .collect();
        todays.sort();
        todays.dedup();
        out.extend(todays);
    }
    out.truncate(c.count);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn plans_keep_every_rule(c in case()) {
        let p = plan(&c.settings, &c.history, c.zone, c.now, c.count);
        check_rules(&c, &p)?;
    }

    #[test]
    fn daily_plans_match_a_slot_by_slot_oracle(mut c in case()) {
        // Back-off off: every eligible slot must be there, and nothing else.
        c.settings.back_off = false;
        let p = plan(&c.settings, &c.history, c.zone, c.now, c.count);
        check_rules(&c, &p)?;
        let got: Vec<DateTime<Utc>> = p.iter().map(|r| r.at).collect();
        prop_assert_eq!(got, expected_daily(&c));
    }

    #[test]
    fn re_plans_agree_on_shared_slots(mut c in case(), later in 1i64..(3 * 86_400)) {
        // Nothing happens between the two plans (no check-in; history only in the past),
        // so every slot both plans contain must be identical: instant, copy, cadence.
        let today = local(c.zone, c.now).date();
        c.history.checkin_days.retain(|d| *d <= today);
        let a = plan(&c.settings, &c.history, c.zone, c.now, c.count);
        let b = plan(&c.settings, &c.history, c.zone, c.now + Duration::seconds(later), c.count);
        for r in &b {
            if let Some(q) = a.iter().find(|q| q.id == r.id) {
                prop_assert_eq!(q, r);
            }
        }
    }
}

#[test]
fn oracle_agrees_with_known_answers() {
    // The test's own oracle, on cases checked by hand against Python's zoneinfo.
    let ny = Zone::parse("America/New_York").unwrap();
    let w = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
    let u = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
    assert_eq!(
        first_at_or_after(ny, w("2026-03-08T02:30")),
        u("2026-03-08T07:00:00Z")
    );
    assert_eq!(
        first_at_or_after(ny, w("2026-11-01T01:30")),
        u("2026-11-01T05:30:00Z")
    );
    assert_eq!(
        first_at_or_after(ny, w("2026-06-01T12:00")),
        u("2026-06-01T16:00:00Z")
    );
    let troll = Zone::parse("Antarctica/Troll").unwrap();
    assert_eq!(
        first_at_or_after(troll, w("2026-03-29T02:00")),
        u("2026-03-29T01:00:00Z")
    );
    assert_eq!(
        first_at_or_after(troll, w("2026-10-25T02:00")),
        u("2026-10-25T00:00:00Z")
    );
    let lh = Zone::parse("Australia/Lord_Howe").unwrap();
    assert_eq!(
        first_at_or_after(lh, w("2026-10-04T02:15")),
        u("2026-10-03T15:30:00Z")
    );
    let t = transitions(ny, u("2026-01-01T00:00:00Z"), u("2027-01-01T00:00:00Z"));
    assert_eq!(t, [u("2026-03-08T07:00:00Z"), u("2026-11-01T06:00:00Z")]);
}

#[test]
fn the_generator_reaches_the_hard_cases() {
    // Guard against properties that pass because the cases are easy: sample the same
    // strategy and count what the plans contain.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = case();
    let (mut reminders, mut gaps, mut overlaps, mut slowed, mut odd, mut plans) =
        (0, 0, 0, 0, 0, 0);
    for _ in 0..256 {
        let c = strategy.new_tree(&mut runner).unwrap().current();
        let p = plan(&c.settings, &c.history, c.zone, c.now, c.count);
        plans += usize::from(!p.is_empty());
        for r in &p {
            reminders += 1;
            let wall = local(c.zone, r.at);
            if !c.settings.times.contains(&wall.time()) {
                gaps += 1;
            } else if offset_secs(c.zone, r.at) > offset_secs(c.zone, r.at + Duration::hours(3)) {
                let mut u = r.at + Duration::minutes(1);
                while u <= r.at + Duration::hours(3) {
                    if local(c.zone, u) == wall {
                        overlaps += 1;
                        break;
                    }
                    u += Duration::minutes(1);
                }
            }
            slowed += usize::from(r.cadence != Cadence::Daily);
            odd += usize::from(offset_secs(c.zone, r.at) % 3600 != 0);
        }
    }
    eprintln!(
        "{plans} non-empty plans, {reminders} reminders: {gaps} after a gap, {overlaps} in an overlap, {slowed} slowed, {odd} at a non-whole-hour offset"
    );
    assert!(plans > 150 && gaps >= 5 && overlaps >= 5 && slowed >= 50 && odd >= 50);
}
