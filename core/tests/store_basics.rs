//! The store through its public API: record, list, update, delete, lock, suspend.

use chrono::{DateTime, NaiveDate};
use hearth_core::time::DayRange;
use hearth_core::vault::FileKeyVault;
use hearth_core::Zone;
use hearth_core::{CheckInDraft, HearthError, Source, Store};

fn draft(at: &str, mood: u8) -> CheckInDraft {
    CheckInDraft {
        at: Some(DateTime::parse_from_rfc3339(at).unwrap()),
        mood,
        ..Default::default()
    }
}

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("k"))).unwrap()
}

#[test]
fn every_field_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let saved = s
        .record_checkin(CheckInDraft {
            at: Some(DateTime::parse_from_rfc3339("2026-03-08T02:30:00-05:00").unwrap()),
            mood: 2,
            energy: Some(5),
            emotions: vec![" Anxious ".into(), "hopeful".into(), "anxious".into()],
            tags: vec!["Work".into()],
            note: Some("line one\nline two – ünïcode ✓".into()),
            source: Source::Widget,
            ..Default::default()
        })
        .unwrap();
    drop(s);
    let mut s = open(dir.path());
    let back = s.checkin(&saved.id).unwrap();
    assert_eq!(back, saved);
    assert_eq!(back.emotions, vec!["anxious", "hopeful"]);
    assert_eq!(back.tags, vec!["work"]);
    assert_eq!(back.at.offset().local_minus_utc(), -5 * 3600);
    assert_eq!(back.source, Source::Widget);
}

#[test]
fn lists_by_local_day_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let a = s
        .record_checkin(draft("2026-11-27T23:30:00+01:00", 3))
        .unwrap();
    let b = s
        .record_checkin(draft("2026-11-28T08:00:00+01:00", 4))
        .unwrap();
    let c = s
        .record_checkin(draft("2026-11-28T21:00:00+01:00", 5))
        .unwrap();
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let day = s.checkins(DayRange::day(d("2026-11-28"))).unwrap();
    let ids: Vec<_> = day.items.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, vec![c.id.clone(), b.id.clone()]);
    let all = s.checkins(DayRange::all()).unwrap();
    assert_eq!(all.items.len(), 3);
    assert_eq!(all.items[2].id, a.id);
    let open_end = s
        .checkins(DayRange {
            from: Some(d("2026-11-28")),
            to: None,
        })
        .unwrap();
    assert_eq!(open_end.items.len(), 2);
    let err = s
        .checkins(DayRange {
            from: Some(d("2026-11-29")),
            to: Some(d("2026-11-28")),
        })
        .unwrap_err();
    assert!(matches!(err, HearthError::InvalidInput { ref field, .. } if field == "from"));
}

#[test]
fn update_refiles_and_delete_removes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let a = s
        .record_checkin(draft("2026-11-27T10:00:00+00:00", 3))
        .unwrap();
    let moved = s
        .update_checkin(&a.id, draft("2026-11-20T10:00:00+00:00", 1))
        .unwrap();
    assert_eq!(moved.id, a.id);
    let d = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    assert_eq!(s.checkins(DayRange::day(d)).unwrap().items, vec![moved]);
    assert!(s
        .checkins(DayRange::day(d.succ_opt().unwrap()))
        .unwrap()
        .items
        .is_empty());
    s.delete_checkin(&a.id).unwrap();
    assert!(matches!(
        s.checkin(&a.id),
        Err(HearthError::NotFound { .. })
    ));
    assert!(matches!(
        s.delete_checkin(&a.id),
        Err(HearthError::NotFound { .. })
    ));
    assert!(matches!(
        s.update_checkin("nope", draft("2026-11-27T10:00:00+00:00", 3)),
        Err(HearthError::NotFound { .. })
    ));
}

#[test]
fn invalid_values_name_their_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let field = |e: HearthError| match e {
        HearthError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    };
    assert_eq!(
        field(
            s.record_checkin(draft("2026-11-27T10:00:00Z", 0))
                .unwrap_err()
        ),
        "mood"
    );
    assert_eq!(
        field(
            s.record_checkin(draft("2026-11-27T10:00:00Z", 6))
                .unwrap_err()
        ),
        "mood"
    );
    let mut d = draft("2026-11-27T10:00:00Z", 3);
    d.energy = Some(9);
    assert_eq!(field(s.record_checkin(d).unwrap_err()), "energy");
    let mut d = draft("2026-11-27T10:00:00Z", 3);
    d.note = Some("x".repeat(1_000_000));
    assert_eq!(field(s.record_checkin(d).unwrap_err()), "note");
    let mut d = draft("2026-11-27T10:00:00Z", 3);
    d.tags = vec!["  ".into()];
    assert_eq!(field(s.record_checkin(d).unwrap_err()), "tags");
    assert!(
        s.checkins(DayRange::all()).unwrap().items.is_empty(),
        "nothing saved on error"
    );
}

#[test]
fn lock_refuses_further_calls_and_suspend_reconnects() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.record_checkin(draft("2026-11-27T10:00:00Z", 3)).unwrap();
    s.suspend();
    assert_eq!(s.checkins(DayRange::all()).unwrap().items.len(), 1);
    s.lock();
    assert!(s.is_locked());
    assert_eq!(
        s.checkins(DayRange::all()).unwrap_err(),
        HearthError::Locked
    );
    assert_eq!(
        s.record_checkin(draft("2026-11-27T10:00:00Z", 3))
            .unwrap_err(),
        HearthError::Locked
    );
}

#[test]
fn reminders_after_a_long_absence_come_at_the_slowest_cadence() {
    use hearth_core::reminders::backoff::Cadence;
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let zone = Zone::parse("Europe/Paris").unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-28T08:00:00+01:00")
        .unwrap()
        .with_timezone(&chrono::Utc);
    // A brand-new person is never backed off.
    assert_eq!(
        s.plan_reminders(now, zone, 1).unwrap()[0].cadence,
        Cadence::Daily
    );
    // Someone whose last check-in is older than the history window is.
    s.record_checkin(draft("2026-03-01T10:00:00+01:00", 3))
        .unwrap();
    let plan = s.plan_reminders(now, zone, 3).unwrap();
    assert_eq!(plan[0].cadence, Cadence::Weekly, "{plan:?}");
    // And a check-in today restores the chosen cadence from tomorrow.
    s.record_checkin(draft("2026-11-28T07:30:00+01:00", 4))
        .unwrap();
    assert_eq!(
        s.plan_reminders(now, zone, 1).unwrap()[0].cadence,
        Cadence::Daily
    );
    assert!(matches!(
        s.plan_reminders(now, zone, 0),
        Err(HearthError::InvalidInput { ref field, .. }) if field == "count"
    ));
}
