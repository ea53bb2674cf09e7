//! The calendar through the core API: it agrees day by day with the entries it counts,
//! a backfilled check-in lands on its own (recorded) day, and bad ranges are refused.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use hearth_core::insights::Period;
use hearth_core::journal::calendar::{month_range, year_range};
use hearth_core::journal::entry::StoredEntry;
use hearth_core::journal::reflection::ReflectionDraft;
use hearth_core::journal::thought::ThoughtDraft;
use hearth_core::journal::vocabulary::Quadrant;
use hearth_core::time::DayRange;
use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, HearthError, Store, Zone};

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("k"))).unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

#[test]
fn a_year_agrees_day_by_day_with_its_entries() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    hearth_core::demo::seed(&mut s, 500, at("2026-03-20T18:30:00+01:00"), 3).unwrap();
    s.add_reflection(ReflectionDraft {
        at: Some(at("2025-06-01T23:30:00-07:00")),
        text: "Late, on the west coast.".into(),
        ..Default::default()
    })
    .unwrap();
    s.add_thought(ThoughtDraft {
        at: Some(at("2025-12-31T23:59:00+00:00")),
        situation: "New year's eve".into(),
        ..Default::default()
    })
    .unwrap();

    let cal = s.calendar_year(2025).unwrap();
    assert_eq!(cal.days.len(), 365);
    assert!(cal.damaged.is_empty());
    let entries = s.entries(year_range(2025).unwrap()).unwrap().items;
    let mut by_day: BTreeMap<String, Vec<&StoredEntry>> = BTreeMap::new();
    for e in &entries {
        by_day
            .entry(e.at().date_naive().to_string())
            .or_default()
            .push(e);
    }
    for day in &cal.days {
        let es = by_day.get(&day.date).cloned().unwrap_or_default();
        let moods: Vec<u8> = es
            .iter()
            .filter_map(|e| match e {
                StoredEntry::CheckIn(c) => Some(c.mood),
                _ => None,
            })
            .collect();
        assert_eq!(day.count as usize, moods.len(), "{}", day.date);
        let mean = (!moods.is_empty())
            .then(|| moods.iter().map(|&m| f64::from(m)).sum::<f64>() / moods.len() as f64);
        assert_eq!(
            day.mood,
            mean.map(|m| (m * 100.0).round() / 100.0),
            "{}",
            day.date
        );
        let note = es
            .iter()
            .any(|e| matches!(e, StoredEntry::CheckIn(c) if c.note.is_some()));
        assert_eq!(day.note, note, "{}", day.date);
        assert_eq!(
            day.reflection,
            es.iter().any(|e| matches!(e, StoredEntry::Reflection(_)))
        );
        assert_eq!(
            day.thought,
            es.iter().any(|e| matches!(e, StoredEntry::Thought(_)))
        );
    }
    // The recorded offset decides the day: 23:30 at -07:00 is 2 June in UTC.
    let june1 = cal.days.iter().find(|d| d.date == "2025-06-01").unwrap();
    assert!(june1.reflection);
    assert!(cal.days.iter().any(|d| d.quadrant.is_some()));
    // A month is the same days as that part of the year.
    let march = s.calendar_month(2025, 3).unwrap();
    assert_eq!(march.days[..], cal.days[59..90]);
}

#[test]
fn a_backfilled_checkin_lands_on_its_own_day_in_the_calendar_and_insights() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.record_checkin(CheckInDraft {
        mood: 4,
        ..Default::default()
    })
    .unwrap();
    // Backfilled today: an evening in New York last March, already 4 March in UTC.
    s.record_checkin(CheckInDraft {
        at: Some(at("2026-03-03T22:15:00-05:00")),
        mood: 1,
        energy: Some(2),
        note: Some("missed the flight".into()),
        ..Default::default()
    })
    .unwrap();
    let march = s.calendar_month(2026, 3).unwrap().days;
    let third = &march[2];
    assert_eq!(third.date, "2026-03-03");
    assert_eq!(
        (third.count, third.mood, third.level),
        (1, Some(1.0), Some(1))
    );
    assert_eq!(third.quadrant, Some(Quadrant::LowEnergyUnpleasant));
    assert!(third.note);
    assert_eq!(
        third.label,
        "Tuesday, 3 March 2026: mood very low (1.0), 1 check-in, a note"
    );
    assert_eq!(march[3].count, 0, "not on the UTC day");
    assert_eq!(march.iter().map(|d| d.count).sum::<u32>(), 1);

    let now = Utc::now();
    let insights = s
        .insights(Period::All, now, Zone::parse("Europe/Paris").unwrap())
        .unwrap();
    let point = insights
        .daily
        .iter()
        .find(|p| p.date == "2026-03-03")
        .unwrap();
    assert_eq!((point.count, point.mean), (1, Some(1.0)));
}

#[test]
fn bad_ranges_are_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let field = |e: HearthError| match e {
        HearthError::InvalidInput { field, .. } => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(field(s.calendar_month(2026, 13).unwrap_err()), "month");
    assert_eq!(field(s.calendar_year(0).unwrap_err()), "year");
    let two_years = DayRange {
        from: year_range(2025).unwrap().from,
        to: year_range(2026).unwrap().to,
    };
    assert_eq!(field(s.calendar(two_years).unwrap_err()), "to");
    assert_eq!(field(s.calendar(DayRange::all()).unwrap_err()), "from");
    let feb = s.calendar(month_range(2024, 2).unwrap()).unwrap();
    assert_eq!(feb.days.len(), 29);
    assert!(feb.days.iter().all(|d| d.count == 0 && d.mood.is_none()));
    assert_eq!(feb.days[28].date, "2024-02-29");
}
