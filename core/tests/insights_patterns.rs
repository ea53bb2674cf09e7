//! Insights and the widget snapshot on seeded data.

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use hearth_core::insights::{Period, MIN_EACH_SIDE};
use hearth_core::journal::people::PersonDraft;
use hearth_core::vault::FileKeyVault;
use hearth_core::Zone;
use hearth_core::{CheckInDraft, Store};

fn zone() -> Zone {
    Zone::parse("Europe/London").unwrap()
}

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("k"))).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 20, 0, 0).unwrap()
}

fn at(days_ago: i64, hour: u32) -> Option<DateTime<FixedOffset>> {
    let d = now().with_timezone(&zone()).date_naive() - Duration::days(days_ago);
    Some(
        zone()
            .from_local_datetime(&d.and_hms_opt(hour, 0, 0).unwrap())
            .unwrap()
            .fixed_offset(),
    )
}

fn checkin(s: &mut Store, days_ago: i64, mood: u8, connected: bool, tags: &[&str]) {
    s.record_checkin(CheckInDraft {
        at: at(days_ago, 12),
        mood,
        energy: Some(if mood >= 3 { 4 } else { 2 }),
        connected,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Default::default()
    })
    .unwrap();
}

#[test]
fn connection_comparison_leads_when_there_is_enough_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    for day in 0..20 {
        let social = day % 2 == 0;
        checkin(&mut s, day, if social { 4 } else { 3 }, social, &["work"]);
    }
    let i = s.insights(Period::Days(30), now(), zone()).unwrap();
    assert!(i.connection.enough_data);
    assert_eq!(
        (i.connection.days_with, i.connection.days_without),
        (10, 10)
    );
    assert_eq!(
        (i.connection.mean_with, i.connection.mean_without),
        (Some(4.0), Some(3.0))
    );
    assert_eq!(
        i.highlights[0], i.connection.text,
        "connection is shown first"
    );
    assert!(i.connection.text.contains("4.0") && i.connection.text.contains("3.0"));
    assert_eq!(i.checkins, 20);
    assert_eq!(i.daily.len(), 30);
    assert_eq!(i.by_weekday.len(), 7);
    assert_eq!(i.quadrants.iter().map(|q| q.count).sum::<u32>(), 20);
    assert!(i.suggestion.is_none());
}

#[test]
fn too_little_data_is_reported_as_insufficient_never_as_a_pattern() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    for day in 0..8 {
        // "swim" appears 4 times: one short of the minimum.
        let tags: &[&str] = if day < MIN_EACH_SIDE as i64 - 1 {
            &["swim"]
        } else {
            &["work"]
        };
        checkin(&mut s, day, if day < 4 { 5 } else { 2 }, day < 3, tags);
    }
    let i = s.insights(Period::Days(30), now(), zone()).unwrap();
    let swim = i.associations.iter().find(|a| a.name == "swim").unwrap();
    assert!(!swim.enough_data);
    assert_eq!(swim.effect_size, None);
    assert!(
        swim.text.starts_with("Not enough data yet"),
        "{}",
        swim.text
    );
    assert!(
        !i.highlights.iter().any(|h| h.contains("swim")),
        "no pattern claimed"
    );
    assert!(!i.connection.enough_data);
    assert!(i.connection.text.starts_with("Not enough data yet"));
    for a in &i.associations {
        let t = a.text.to_lowercase();
        for causal in ["because", "causes", "makes you", "leads to", "improves"] {
            assert!(!t.contains(causal), "{t}");
        }
    }
}

#[test]
fn sufficient_association_reports_means_counts_and_effect_size() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let sam = s
        .add_person(PersonDraft {
            name: "Sam".into(),
            ..Default::default()
        })
        .unwrap();
    for day in 0..12 {
        let with_sam = day % 2 == 0;
        s.record_checkin(CheckInDraft {
            at: at(day, 10),
            mood: if with_sam {
                5
            } else if day % 4 == 1 {
                2
            } else {
                3
            },
            with_people: if with_sam {
                vec![sam.id.clone()]
            } else {
                vec![]
            },
            ..Default::default()
        })
        .unwrap();
    }
    let i = s.insights(Period::All, now(), zone()).unwrap();
    let a = i.associations.iter().find(|a| a.kind == "person").unwrap();
    assert_eq!(a.name, "Sam");
    assert!(a.enough_data);
    assert_eq!((a.with_count, a.without_count), (6, 6));
    assert_eq!(a.with_mean, Some(5.0));
    assert!(a.effect_size.unwrap() > 1.0);
}

#[test]
fn sustained_low_mood_brings_up_a_gentle_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    for day in 0..6 {
        checkin(&mut s, day, 1, false, &[]);
    }
    assert!(
        s.widget_snapshot(now(), zone())
            .unwrap()
            .suggestion
            .is_none(),
        "6 check-ins is below the minimum"
    );
    checkin(&mut s, 6, 2, false, &[]);
    let snap = s.widget_snapshot(now(), zone()).unwrap();
    let sug = snap.suggestion.expect("7 low check-ins in 14 days");
    assert_eq!(sug.reason, "sustained_low_mood");
    assert!(sug.actions.contains(&"open_safety_plan".to_string()));
    assert!(sug.actions.contains(&"open_crisis_lines".to_string()));
    assert!(sug.actions.contains(&"contact_trusted_person".to_string()));
    let i = s.insights(Period::Days(90), now(), zone()).unwrap();
    assert!(i.suggestion.is_some(), "insights carry it too");
    // Older low days outside the 14-day window do not count.
    let dir2 = tempfile::tempdir().unwrap();
    let mut s2 = open(dir2.path());
    for day in 20..40 {
        checkin(&mut s2, day, 1, false, &[]);
    }
    assert!(s2
        .insights(Period::All, now(), zone())
        .unwrap()
        .suggestion
        .is_none());
}

#[test]
fn widget_snapshot_reflects_today_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    checkin(&mut s, 1, 2, false, &[]);
    let snap = s.widget_snapshot(now(), zone()).unwrap();
    assert!(!snap.checked_in_today);
    assert_eq!(snap.count_today, 0);
    assert_eq!(snap.quick_moods.len(), 5);
    assert!(snap
        .quick_moods
        .iter()
        .all(|q| q.accessibility_label.contains("of 5")));
    s.record_checkin(CheckInDraft {
        at: at(0, 9),
        mood: 4,
        ..Default::default()
    })
    .unwrap();
    s.record_checkin(CheckInDraft {
        at: at(0, 18),
        mood: 5,
        ..Default::default()
    })
    .unwrap();
    let snap = s.widget_snapshot(now(), zone()).unwrap();
    assert!(snap.checked_in_today);
    assert_eq!(snap.count_today, 2);
    assert_eq!(snap.last_mood, Some(5));
    assert_eq!(snap.last_time.as_deref(), Some("18:00"));
    assert_eq!(snap.date, "2026-11-28");
}

#[test]
fn widget_today_follows_the_zone_the_person_is_in_now() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    // 01:00 on the 29th in London is 20:00 on the 28th in New York.
    let london = Zone::parse("Europe/London").unwrap();
    let at = london
        .with_ymd_and_hms(2026, 11, 29, 1, 0, 0)
        .unwrap()
        .fixed_offset();
    s.record_checkin(CheckInDraft {
        at: Some(at),
        mood: 4,
        ..Default::default()
    })
    .unwrap();
    let ny = Zone::parse("America/New_York").unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 2, 0, 0).unwrap(); // 21:00 on the 28th in NY
    let snap = s.widget_snapshot(now, ny).unwrap();
    assert_eq!(snap.date, "2026-11-28");
    assert!(
        snap.checked_in_today,
        "the check-in happened on the 28th in New York"
    );
    assert_eq!(snap.last_time.as_deref(), Some("20:00"));
}

#[test]
fn todays_checkins_match_what_the_widget_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let london = Zone::parse("Europe/London").unwrap();
    let ny = Zone::parse("America/New_York").unwrap();
    // Recorded on the 29th in London, but the 28th in New York, where the person is now.
    let travel = london
        .with_ymd_and_hms(2026, 11, 29, 1, 0, 0)
        .unwrap()
        .fixed_offset();
    let earlier = ny
        .with_ymd_and_hms(2026, 11, 28, 9, 0, 0)
        .unwrap()
        .fixed_offset();
    let yesterday = ny
        .with_ymd_and_hms(2026, 11, 27, 23, 0, 0)
        .unwrap()
        .fixed_offset();
    for (at, mood) in [(travel, 4), (earlier, 2), (yesterday, 3)] {
        s.record_checkin(CheckInDraft {
            at: Some(at),
            mood,
            ..Default::default()
        })
        .unwrap();
    }
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 2, 0, 0).unwrap();
    let today = s.checkins_today(now, ny).unwrap().items;
    let snap = s.widget_snapshot(now, ny).unwrap();
    assert_eq!(today.len() as u32, snap.count_today);
    assert_eq!(
        today.iter().map(|c| c.mood).collect::<Vec<_>>(),
        vec![4, 2],
        "newest first"
    );
}
