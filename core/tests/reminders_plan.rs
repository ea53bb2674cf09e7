//! Worked examples of the reminder planner: daylight-saving edges in real zones, the
//! day's check-in, quiet hours, pauses, weekdays, back-off and copy.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use hearth_core::reminders::{
    copy, plan, Cadence, History, PlannedReminder, QuietHours, ReminderSettings,
    EVERY_OTHER_DAY_AFTER, IOS_MAX_PENDING, WEEKLY_AFTER,
};
use hearth_core::HearthError;
use hearth_core::Zone;

fn t(s: &str) -> NaiveTime {
    NaiveTime::parse_from_str(s, "%H:%M").unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn at(times: &[&str]) -> ReminderSettings {
    ReminderSettings {
        times: times.iter().map(|s| t(s)).collect(),
        ..ReminderSettings::default()
    }
}

fn none() -> History {
    History::default()
}

fn instants(p: &[PlannedReminder]) -> Vec<String> {
    p.iter()
        .map(|r| r.at.format("%Y-%m-%dT%H:%MZ").to_string())
        .collect()
}

fn on_day(p: &[PlannedReminder], day: &str) -> Vec<String> {
    let day = d(day);
    instants(
        &p.iter()
            .filter(|r| r.local_date == day)
            .cloned()
            .collect::<Vec<_>>(),
    )
}

fn ny() -> Zone {
    Zone::parse("America/New_York").unwrap()
}

#[test]
fn new_york_spring_forward_fires_at_first_valid_minute() {
    let p = plan(
        &at(&["02:30"]),
        &none(),
        ny(),
        utc("2026-03-07T12:00:00Z"),
        3,
    );
    assert_eq!(
        instants(&p),
        [
            "2026-03-08T07:00Z",
            "2026-03-09T06:30Z",
            "2026-03-10T06:30Z"
        ]
    );
    assert_eq!(p[0].id, "2026-03-08T02:30@America/New_York");
    assert_eq!(p[0].local_date, d("2026-03-08"));
}

#[test]
fn times_landing_on_one_instant_fire_once_under_the_earlier_id() {
    let p = plan(
        &at(&["02:00", "02:30", "03:00"]),
        &none(),
        ny(),
        utc("2026-03-07T12:00:00Z"),
        10,
    );
    assert_eq!(on_day(&p, "2026-03-08"), ["2026-03-08T07:00Z"]);
    assert_eq!(p[0].id, "2026-03-08T02:00@America/New_York");
    // The next day all three exist again.
    assert_eq!(
        on_day(&p, "2026-03-09"),
        [
            "2026-03-09T06:00Z",
            "2026-03-09T06:30Z",
            "2026-03-09T07:00Z"
        ]
    );
}

#[test]
fn new_york_fall_back_fires_once_at_first_occurrence() {
    let p = plan(
        &at(&["01:30"]),
        &none(),
        ny(),
        utc("2026-10-31T12:00:00Z"),
        3,
    );
    assert_eq!(
        instants(&p),
        [
            "2026-11-01T05:30Z",
            "2026-11-02T06:30Z",
            "2026-11-03T06:30Z"
        ]
    );
    // Planned just after the first occurrence, the second one is not offered.
    let p = plan(
        &at(&["01:30"]),
        &none(),
        ny(),
        utc("2026-11-01T05:31:00Z"),
        1,
    );
    assert_eq!(instants(&p), ["2026-11-02T06:30Z"]);
}

#[test]
fn lord_howe_half_hour_shift() {
    let lh = Zone::parse("Australia/Lord_Howe").unwrap();
    // Spring forward 2026-10-04 02:00 → 02:30 (+10:30 → +11).
    let p = plan(&at(&["02:15"]), &none(), lh, utc("2026-10-03T00:00:00Z"), 2);
    assert_eq!(instants(&p), ["2026-10-03T15:30Z", "2026-10-04T15:15Z"]);
    // Fall back 2026-04-05 02:00 → 01:30: 01:45 happens twice; first at +11.
    let p = plan(&at(&["01:45"]), &none(), lh, utc("2026-04-04T00:00:00Z"), 2);
    assert_eq!(instants(&p), ["2026-04-04T14:45Z", "2026-04-05T15:15Z"]);
}

#[test]
fn kathmandu_and_kolkata_odd_offsets() {
    let p = plan(
        &at(&["20:00"]),
        &none(),
        Zone::parse("Asia/Kathmandu").unwrap(),
        utc("2026-06-01T00:00:00Z"),
        1,
    );
    assert_eq!(instants(&p), ["2026-06-01T14:15Z"]);
    let p = plan(
        &at(&["09:00"]),
        &none(),
        Zone::parse("Asia/Kolkata").unwrap(),
        utc("2026-06-01T00:00:00Z"),
        1,
    );
    assert_eq!(instants(&p), ["2026-06-01T03:30Z"]);
}

#[test]
fn troll_two_hour_shift() {
    let troll = Zone::parse("Antarctica/Troll").unwrap();
    // 2026-03-29 01:00Z: +00 → +02, so 01:00–02:59 local do not exist.
    let p = plan(
        &at(&["02:00"]),
        &none(),
        troll,
        utc("2026-03-28T12:00:00Z"),
        2,
    );
    assert_eq!(instants(&p), ["2026-03-29T01:00Z", "2026-03-30T00:00Z"]);
    // 2026-10-25 01:00Z: +02 → +00, so 01:00–02:59 happen twice.
    let p = plan(
        &at(&["02:00"]),
        &none(),
        troll,
        utc("2026-10-24T12:00:00Z"),
        2,
    );
    assert_eq!(instants(&p), ["2026-10-25T00:00Z", "2026-10-26T02:00Z"]);
}

#[test]
fn gap_moved_into_quiet_hours_is_dropped() {
    let mut s = at(&["02:30"]);
    s.quiet = Some(QuietHours {
        start: t("03:00"),
        end: t("04:00"),
    });
    let p = plan(&s, &none(), ny(), utc("2026-03-07T12:00:00Z"), 2);
    assert_eq!(instants(&p), ["2026-03-09T06:30Z", "2026-03-10T06:30Z"]);
}

#[test]
fn a_check_in_at_0815_removes_the_rest_of_that_day() {
    let paris = Zone::parse("Europe/Paris").unwrap();
    let s = at(&["09:00", "20:30"]);
    let now = utc("2026-11-28T07:15:00Z"); // 08:15 in Paris
    let before = plan(&s, &none(), paris, now, 4);
    assert_eq!(
        instants(&before),
        [
            "2026-11-28T08:00Z",
            "2026-11-28T19:30Z",
            "2026-11-29T08:00Z",
            "2026-11-29T19:30Z"
        ]
    );
    let checked_in = History::from_instants([now], paris);
    assert_eq!(checked_in.checkin_days, BTreeSet::from([d("2026-11-28")]));
    let after = plan(&s, &checked_in, paris, now, 4);
    assert_eq!(
        instants(&after),
        [
            "2026-11-29T08:00Z",
            "2026-11-29T19:30Z",
            "2026-11-30T08:00Z",
            "2026-11-30T19:30Z"
        ]
    );
    // Same slot, same id and words, whether or not today was planned.
    assert_eq!(before[2], after[0]);
    assert_eq!(before[3], after[1]);
}

#[test]
fn quiet_hours_wrap_midnight_half_open() {
    let mut s = at(&["06:30", "07:00", "21:59", "22:00", "23:00"]);
    s.quiet = Some(QuietHours {
        start: t("22:00"),
        end: t("07:00"),
    });
    let p = plan(&s, &none(), Zone::utc(), utc("2026-05-01T00:00:00Z"), 4);
    assert_eq!(
        instants(&p),
        [
            "2026-05-01T07:00Z",
            "2026-05-01T21:59Z",
            "2026-05-02T07:00Z",
            "2026-05-02T21:59Z"
        ]
    );
}

#[test]
fn pause_weekdays_disabled_and_count() {
    let zone = Zone::parse("Europe/Berlin").unwrap();
    let now = utc("2026-11-28T12:00:00Z");
    let mut s = at(&["19:00"]);
    s.pause_until = Some(d("2026-12-01"));
    let p = plan(&s, &none(), zone, now, 2);
    assert_eq!(p[0].local_date, d("2026-12-02"));

    let mut s = at(&["19:00"]);
    s.weekdays = vec![Weekday::Mon, Weekday::Thu];
    let p = plan(&s, &none(), zone, now, 6);
    assert_eq!(p.len(), 6);
    assert!(p
        .iter()
        .all(|r| matches!(r.local_date.weekday(), Weekday::Mon | Weekday::Thu)));

    let mut s = at(&["19:00"]);
    s.enabled = false;
    assert!(plan(&s, &none(), zone, now, 10).is_empty());
    assert!(plan(&at(&["19:00"]), &none(), zone, now, 0).is_empty());

    // Paused forever: the horizon bounds the search.
    let mut s = at(&["19:00"]);
    s.pause_until = Some(NaiveDate::MAX);
    assert!(plan(&s, &none(), zone, now, 64).is_empty());
}

#[test]
fn never_more_than_count() {
    let times: Vec<String> = (0..12).map(|h| format!("{:02}:00", h * 2)).collect();
    let refs: Vec<&str> = times.iter().map(String::as_str).collect();
    let p = plan(
        &at(&refs),
        &none(),
        Zone::parse("Asia/Tokyo").unwrap(),
        utc("2026-01-01T00:00:00Z"),
        IOS_MAX_PENDING,
    );
    assert_eq!(p.len(), IOS_MAX_PENDING);
    let p = plan(
        &at(&refs),
        &none(),
        Zone::parse("Asia/Tokyo").unwrap(),
        utc("2026-01-01T00:00:00Z"),
        5,
    );
    assert_eq!(p.len(), 5);
}

#[test]
fn strictly_after_now() {
    let s = at(&["20:00"]);
    let now = utc("2026-06-01T20:00:00Z");
    let p = plan(&s, &none(), Zone::utc(), now, 1);
    assert_eq!(instants(&p), ["2026-06-02T20:00Z"]);
}

fn dates(p: &[PlannedReminder]) -> Vec<String> {
    p.iter()
        .map(|r| r.local_date.format("%m-%d").to_string())
        .collect()
}

#[test]
fn back_off_engages_after_thresholds_and_announces_once() {
    assert_eq!((EVERY_OTHER_DAY_AFTER, WEEKLY_AFTER), (3, 7));
    let paris = Zone::parse("Europe/Paris").unwrap();
    let s = at(&["20:00"]);
    let history = History::from_days([d("2026-11-01")]);
    let p = plan(&s, &history, paris, utc("2026-11-02T06:00:00Z"), 10);
    // Nov 2–4 as chosen; three unanswered days → every other day (6, 8);
    // seven → weekly (15, 22, …).
    assert_eq!(
        dates(&p),
        [
            "11-02", "11-03", "11-04", "11-06", "11-08", "11-15", "11-22", "11-29", "12-06",
            "12-13"
        ]
    );
    let cadences: Vec<Cadence> = p.iter().map(|r| r.cadence).collect();
    assert_eq!(&cadences[..3], &[Cadence::Daily; 3]);
    assert_eq!(&cadences[3..5], &[Cadence::EveryOtherDay; 2]);
    assert!(cadences[5..].iter().all(|c| *c == Cadence::Weekly));
    let notices: Vec<(String, String)> = p
        .iter()
        .filter(|r| r.message_id.starts_with("slower."))
        .map(|r| {
            (
                r.local_date.format("%m-%d").to_string(),
                r.message_id.clone(),
            )
        })
        .collect();
    assert_eq!(
        notices,
        [
            ("11-06".to_string(), "slower.every_other_day".to_string()),
            ("11-15".to_string(), "slower.weekly".to_string())
        ]
    );
    assert_eq!(
        p[3].message,
        "We'll check in a little less often for now. You can change this anytime in Reminder settings."
    );
}

#[test]
fn back_off_notices_appear_once_across_daily_re_plans() {
    let paris = Zone::parse("Europe/Paris").unwrap();
    let s = at(&["09:00", "20:00"]);
    let history = History::from_days([d("2026-11-01")]);
    // Re-plan every few hours for a month, as shells do on app open and boot; the
    // notices must always sit on the same slot.
    let mut notice_slots: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut by_id: BTreeMap<String, PlannedReminder> = BTreeMap::new();
    let mut now = utc("2026-11-01T23:00:00Z");
    while now < utc("2026-12-01T00:00:00Z") {
        for r in plan(&s, &history, paris, now, 16) {
            if r.message_id.starts_with("slower.") {
                notice_slots
                    .entry(r.message_id.clone())
                    .or_default()
                    .insert(r.id.clone());
            }
            if let Some(prev) = by_id.get(&r.id) {
                assert_eq!(prev, &r, "slot {} changed between re-plans", r.id);
            }
            by_id.insert(r.id.clone(), r);
        }
        now += Duration::hours(5);
    }
    assert_eq!(notice_slots.len(), 2, "{notice_slots:?}");
    for (id, slots) in &notice_slots {
        assert_eq!(slots.len(), 1, "{id} moved: {slots:?}");
    }
    // Slowed days keep one reminder: the first time of the day.
    for r in by_id.values().filter(|r| r.cadence != Cadence::Daily) {
        assert!(r.id.contains("T09:00@"), "{}", r.id);
    }
}

#[test]
fn a_check_in_restores_daily() {
    let paris = Zone::parse("Europe/Paris").unwrap();
    let s = at(&["20:00"]);
    let mut history = History::from_days([d("2026-11-01")]);
    let slowed = plan(&s, &history, paris, utc("2026-11-10T06:00:00Z"), 3);
    assert!(slowed.iter().all(|r| r.cadence == Cadence::Weekly));
    history.checkin_days.insert(d("2026-11-10"));
    let p = plan(&s, &history, paris, utc("2026-11-10T10:00:00Z"), 5);
    assert_eq!(dates(&p), ["11-11", "11-12", "11-13", "11-15", "11-17"]);
    assert!(p[..3].iter().all(|r| r.cadence == Cadence::Daily));
    assert!(!p[..3].iter().any(|r| r.message_id.starts_with("slower.")));
}

#[test]
fn a_new_person_is_never_backed_off() {
    let p = plan(
        &at(&["20:00"]),
        &none(),
        Zone::parse("Europe/Paris").unwrap(),
        utc("2026-11-02T06:00:00Z"),
        IOS_MAX_PENDING,
    );
    assert_eq!(p.len(), IOS_MAX_PENDING);
    assert!(p.iter().all(|r| r.cadence == Cadence::Daily));
    let days: BTreeSet<NaiveDate> = p.iter().map(|r| r.local_date).collect();
    assert_eq!(days.len(), IOS_MAX_PENDING, "one a day, every day");
}

#[test]
fn back_off_can_be_turned_off() {
    let mut s = at(&["20:00"]);
    s.back_off = false;
    let history = History::from_days([d("2025-01-01")]);
    let p = plan(&s, &history, Zone::utc(), utc("2026-11-02T06:00:00Z"), 30);
    assert_eq!(p.len(), 30);
    assert!(p.iter().all(|r| r.cadence == Cadence::Daily));
    // With it on, a year and more without a check-in is weekly, with no fresh notice.
    s.back_off = true;
    let p = plan(&s, &history, Zone::utc(), utc("2026-11-02T06:00:00Z"), 5);
    assert!(p.iter().all(|r| r.cadence == Cadence::Weekly));
    assert!(p
        .windows(2)
        .all(|w| (w[1].local_date - w[0].local_date).num_days() == 7));
    assert!(!p.iter().any(|r| r.message_id.starts_with("slower.")));
}

#[test]
fn weekends_off_do_not_count_toward_back_off() {
    let mut s = at(&["20:00"]);
    s.weekdays = vec![
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    // Checked in on Friday 2026-11-06; the weekend is not a reminder day.
    let history = History::from_days([d("2026-11-06")]);
    let p = plan(&s, &history, Zone::utc(), utc("2026-11-07T00:00:00Z"), 4);
    assert_eq!(dates(&p), ["11-09", "11-10", "11-11", "11-13"]);
    assert_eq!(p[3].message_id, "slower.every_other_day");
}

#[test]
fn copy_is_varied_never_repeats_and_is_stable() {
    let zone = Zone::parse("America/Sao_Paulo").unwrap();
    let s = at(&["08:00", "13:00", "21:00"]);
    let now = utc("2026-02-01T00:00:00Z");
    let p = plan(&s, &none(), zone, now, IOS_MAX_PENDING);
    for w in p.windows(2) {
        assert_ne!(
            w[0].message_id, w[1].message_id,
            "{} then {}",
            w[0].id, w[1].id
        );
    }
    let used: BTreeSet<&str> = p.iter().map(|r| r.message_id.as_str()).collect();
    assert!(used.len() >= 8, "only {} different messages", used.len());
    assert!(used.iter().any(|id| id.starts_with("people.")));
    for r in &p {
        let m = copy::all_messages().find(|m| m.id == r.message_id).unwrap();
        assert_eq!(m.text(), r.message);
    }
    // Re-plans every hour for two weeks agree on every slot they share.
    let mut by_id: BTreeMap<String, String> = BTreeMap::new();
    let mut now = now;
    for _ in 0..(14 * 24) {
        for r in plan(&s, &none(), zone, now, 12) {
            let prev = by_id.entry(r.id.clone()).or_insert(r.message_id.clone());
            assert_eq!(prev, &r.message_id, "{}", r.id);
        }
        now += Duration::hours(1);
    }
}

#[test]
fn validation_names_the_field() {
    fn field(s: &ReminderSettings) -> String {
        match s.validate() {
            Err(HearthError::InvalidInput { field, .. }) => field,
            other => panic!("expected an error, got {other:?}"),
        }
    }
    assert!(ReminderSettings::default().validate().is_ok());
    assert_eq!(ReminderSettings::default().times, vec![t("20:00")]);
    assert!(ReminderSettings::default().enabled);
    assert!(ReminderSettings::default().weekdays.is_empty());

    assert_eq!(field(&at(&[])), "times");
    assert_eq!(field(&at(&["09:00", "09:00"])), "times");
    let many: Vec<String> = (0..13).map(|h| format!("{h:02}:00")).collect();
    assert_eq!(
        field(&at(&many.iter().map(String::as_str).collect::<Vec<_>>())),
        "times"
    );
    let mut s = at(&["09:00"]);
    s.times = vec![NaiveTime::from_hms_opt(9, 0, 30).unwrap()];
    assert_eq!(field(&s), "times");

    let mut s = at(&["09:00"]);
    s.weekdays = vec![Weekday::Mon, Weekday::Mon];
    assert_eq!(field(&s), "weekdays");

    let mut s = at(&["09:00"]);
    s.quiet = Some(QuietHours {
        start: t("22:00"),
        end: t("22:00"),
    });
    assert_eq!(field(&s), "quiet");
    s.quiet = Some(QuietHours {
        start: t("21:00"),
        end: t("10:00"),
    });
    assert_eq!(field(&s), "quiet", "every time is quiet");
    s.quiet = Some(QuietHours {
        start: t("22:00"),
        end: t("07:00"),
    });
    assert!(s.validate().is_ok());

    assert!(Zone::parse("Europe/Paris").is_ok());
    match Zone::parse("Europe/Atlantis") {
        Err(HearthError::InvalidInput { field, .. }) => assert_eq!(field, "tz"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unvalidated_settings_still_plan_sensibly() {
    let mut s = at(&["20:00", "09:00", "20:00"]);
    s.times.push(NaiveTime::from_hms_opt(9, 0, 45).unwrap());
    let p = plan(&s, &none(), Zone::utc(), utc("2026-01-01T00:00:00Z"), 4);
    assert_eq!(
        instants(&p),
        [
            "2026-01-01T09:00Z",
            "2026-01-01T20:00Z",
            "2026-01-02T09:00Z",
            "2026-01-02T20:00Z"
        ]
    );
}

#[test]
fn serde_shapes() {
    let mut s = at(&["09:00", "20:30"]);
    s.weekdays = vec![Weekday::Sat];
    s.quiet = Some(QuietHours {
        start: t("22:00"),
        end: t("07:00"),
    });
    s.pause_until = Some(d("2026-12-24"));
    let json = serde_json::to_string(&s).unwrap();
    let back: ReminderSettings = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    // Older settings without the newer fields still load, with back-off on.
    let minimal: ReminderSettings =
        serde_json::from_str(r#"{"enabled":true,"times":["20:00:00"]}"#).unwrap();
    assert_eq!(minimal, ReminderSettings::default());

    let p = plan(&s, &none(), Zone::utc(), utc("2026-12-25T00:00:00Z"), 1);
    let v: serde_json::Value = serde_json::to_value(&p[0]).unwrap();
    assert_eq!(v["at"], "2026-12-26T09:00:00Z");
    assert_eq!(v["id"], "2026-12-26T09:00@UTC");
    assert_eq!(v["local_date"], "2026-12-26");
    assert_eq!(v["cadence"], "daily");
    let back: PlannedReminder = serde_json::from_value(v).unwrap();
    assert_eq!(back, p[0]);
    assert_eq!(
        serde_json::to_value(Cadence::EveryOtherDay).unwrap(),
        "every_other_day"
    );
    let h = History::from_days([d("2026-01-02")]);
    let back: History = serde_json::from_str(&serde_json::to_string(&h).unwrap()).unwrap();
    assert_eq!(back, h);
}

#[test]
fn the_ends_of_time_do_not_panic() {
    let s = at(&["00:00", "12:00", "23:59"]);
    let h = History::from_days([NaiveDate::MIN, NaiveDate::MAX]);
    for now in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
        for zone in [
            Zone::parse("Pacific/Kiritimati").unwrap(),
            Zone::parse("Etc/GMT+12").unwrap(),
        ] {
            let p = plan(&s, &h, zone, now, IOS_MAX_PENDING);
            assert!(p.windows(2).all(|w| w[0].at < w[1].at));
            assert!(p.iter().all(|r| r.at > now));
        }
    }
}

#[test]
fn a_long_history_plans_quickly() {
    // Ten years without a check-in, twelve times a day, the most an iOS plan holds.
    let times: Vec<String> = (0..12).map(|h| format!("{:02}:30", h * 2)).collect();
    let s = at(&times.iter().map(String::as_str).collect::<Vec<_>>());
    let h = History::from_days([d("2016-01-01")]);
    let started = std::time::Instant::now();
    let p = plan(&s, &h, ny(), utc("2026-11-28T12:00:00Z"), IOS_MAX_PENDING);
    assert!(!p.is_empty() && p.iter().all(|r| r.cadence == Cadence::Weekly));
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
    eprintln!("ten-year replay took {took:?}");
}
