//! A store holding every kind of record and every field, for the portability tests.
#![allow(dead_code)]

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Weekday};
use hearth_core::assessments::Instrument;
use hearth_core::journal::catalog::TagKind;
use hearth_core::journal::checkin::ScaleValue;
use hearth_core::journal::people::PersonDraft;
use hearth_core::journal::reflection::ReflectionDraft;
use hearth_core::journal::thought::{AutomaticThought, Distortion, MoodRating, ThoughtDraft};
use hearth_core::reminders::settings::{QuietHours, ReminderSettings};
use hearth_core::safety::{PlanContact, SafetyPlan};
use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, HearthError, Source, Store};

pub fn open(dir: &Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("hearth.key"))).unwrap()
}

pub fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub fn field(e: HearthError) -> String {
    match e {
        HearthError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// Fills `s` with every kind of entry and every optional field, a removed person, an
/// archived tag, an activity, a custom emotion, a scale, reminder settings and a plan.
pub fn fill(s: &mut Store) {
    let sam = s
        .add_person(PersonDraft {
            name: "Sam".into(),
            phone: Some("+44 7700 900123".into()),
            how_they_help: Some("Good listener".into()),
        })
        .unwrap();
    let alex = s
        .add_person(PersonDraft {
            name: "Alex".into(),
            ..Default::default()
        })
        .unwrap();
    s.create_tag("running", TagKind::Activity).unwrap();
    let old = s.create_tag("old job", TagKind::Context).unwrap();
    s.create_scale("sleep quality", 0, 10).unwrap();
    s.record_checkin(CheckInDraft {
        at: Some(at("2026-03-29T01:30:00+01:00")),
        mood: 4,
        energy: Some(2),
        emotions: vec!["calm".into()],
        custom_emotions: vec!["cosy".into()],
        tags: vec!["running".into(), "old job".into(), "brand new".into()],
        note: Some("Tea & toast <b>\"quoted\"</b>\nsecond line ✨".into()),
        source: Source::Widget,
        scales: vec![ScaleValue {
            scale: "sleep quality".into(),
            value: 7,
        }],
        connected: true,
        with_people: vec![sam.id.clone(), alex.id.clone()],
    })
    .unwrap();
    s.set_tag_archived(&old.id, true).unwrap();
    s.remove_person(&alex.id).unwrap();
    s.record_checkin(CheckInDraft {
        at: Some(at("2026-11-01T01:30:00.123456789-04:00")),
        mood: 1,
        source: Source::Reminder,
        ..Default::default()
    })
    .unwrap();
    s.record_checkin(CheckInDraft {
        at: Some(at("2026-11-01T01:30:00.123456789-04:00")),
        mood: 3,
        emotions: vec!["cosy".into()],
        connected: true,
        source: Source::Import,
        ..Default::default()
    })
    .unwrap();
    s.add_reflection(ReflectionDraft {
        at: Some(at("2026-11-02T21:00:00+05:30")),
        prompt_id: Some("people.close".into()),
        text: "My sister, on the phone.".into(),
    })
    .unwrap();
    s.add_reflection(ReflectionDraft {
        at: Some(at("2026-11-03T07:00:00Z")),
        prompt_id: None,
        text: "Slept well.".into(),
    })
    .unwrap();
    s.add_thought(ThoughtDraft {
        at: Some(at("2026-11-04T19:00:00+00:00")),
        situation: "Friend didn't reply".into(),
        moods: vec![MoodRating {
            name: "anxious".into(),
            intensity: 80,
        }],
        thoughts: vec![
            AutomaticThought {
                text: "They're angry with me".into(),
                hot: true,
            },
            AutomaticThought {
                text: "I always mess up".into(),
                hot: false,
            },
        ],
        evidence_for: Some("Two days, no reply".into()),
        evidence_against: Some("They're travelling".into()),
        balanced_thought: Some("They're busy".into()),
        balanced_belief: Some(70),
        moods_after: vec![MoodRating {
            name: "anxious".into(),
            intensity: 30,
        }],
        distortions: vec![
            Distortion::JumpingToConclusions,
            Distortion::Overgeneralisation,
        ],
    })
    .unwrap();
    s.add_thought(ThoughtDraft {
        at: Some(at("2026-11-05T09:00:00+00:00")),
        situation: "Only a situation".into(),
        ..Default::default()
    })
    .unwrap();
    let t = Some(at("2026-11-06T10:00:00+01:00"));
    s.record_assessment(Instrument::Phq9, &[1, 2, 1, 0, 3, 1, 0, 2, 1, 2], t)
        .unwrap();
    s.record_assessment(Instrument::Who5, &[3, 3, 2, 4, 1], t)
        .unwrap();
    s.record_assessment(Instrument::Gad2, &[2, 2], None)
        .unwrap();
    s.save_reminder_settings(ReminderSettings {
        enabled: true,
        times: vec![hm(8, 30), hm(21, 0)],
        weekdays: vec![Weekday::Mon, Weekday::Wed],
        quiet: Some(QuietHours {
            start: hm(22, 0),
            end: hm(7, 0),
        }),
        pause_until: NaiveDate::from_ymd_opt(2026, 12, 24),
        back_off: false,
    })
    .unwrap();
    s.save_safety_plan(SafetyPlan {
        warning_signs: vec!["Can't sleep".into()],
        on_my_own: vec!["Walk".into()],
        distractions: vec![PlanContact::new("The library", None)],
        people_to_ask: vec![PlanContact::new("Sam", Some("+44 7700 900123"))],
        professionals: vec![PlanContact::new("Dr Lee", Some("020 7946 0000"))],
        safer_surroundings: vec!["Ask Sam to hold my pills".into()],
        reasons_for_living: vec!["My cat".into()],
    })
    .unwrap();
}
