//! Reflections, thought records, people, tags, scales and emotions through the core API.

use chrono::DateTime;
use hearth_core::journal::catalog::TagKind;
use hearth_core::journal::checkin::ScaleValue;
use hearth_core::journal::entry::StoredEntry;
use hearth_core::journal::people::PersonDraft;
use hearth_core::journal::reflection::ReflectionDraft;
use hearth_core::journal::thought::{AutomaticThought, Distortion, MoodRating, ThoughtDraft};
use hearth_core::time::DayRange;
use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, HearthError, Store};

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("k"))).unwrap()
}

fn at(s: &str) -> Option<DateTime<chrono::FixedOffset>> {
    Some(DateTime::parse_from_rfc3339(s).unwrap())
}

fn field(e: HearthError) -> String {
    match e {
        HearthError::InvalidInput { field, .. } => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

fn full_thought() -> ThoughtDraft {
    ThoughtDraft {
        at: at("2026-11-20T19:00:00+00:00"),
        situation: "Friend didn't reply".into(),
        moods: vec![MoodRating {
            name: "Anxious".into(),
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
        evidence_for: Some("Usually replies fast".into()),
        evidence_against: Some("They said they were busy this week".into()),
        balanced_thought: Some("They're probably busy; I can check in tomorrow".into()),
        balanced_belief: Some(70),
        moods_after: vec![MoodRating {
            name: "anxious".into(),
            intensity: 35,
        }],
        distortions: vec![
            Distortion::JumpingToConclusions,
            Distortion::Overgeneralisation,
        ],
    }
}

#[test]
fn reflections_and_thought_records_round_trip_and_mix_with_checkins() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let c = s
        .record_checkin(CheckInDraft {
            at: at("2026-11-20T08:00:00+00:00"),
            mood: 3,
            ..Default::default()
        })
        .unwrap();
    let r = s
        .add_reflection(ReflectionDraft {
            at: at("2026-11-20T21:00:00+00:00"),
            prompt_id: Some("people.close".into()),
            text: "Dinner with Sam".into(),
        })
        .unwrap();
    let t = s.add_thought(full_thought()).unwrap();
    drop(s);
    let mut s = open(dir.path());
    assert_eq!(s.reflection(&r.id).unwrap(), r);
    let back = s.thought(&t.id).unwrap();
    assert_eq!(back, t);
    assert_eq!(back.moods[0].name, "anxious");
    let day = s.entries(DayRange::all()).unwrap().items;
    let kinds: Vec<&str> = day.iter().map(|e| e.kind()).collect();
    assert_eq!(kinds, vec!["reflection", "thought", "check_in"]);
    assert_eq!(day[2].id(), c.id);
    // Kinds don't leak into each other's getters.
    assert!(matches!(
        s.checkin(&r.id),
        Err(HearthError::NotFound { .. })
    ));
    assert!(matches!(
        s.reflection(&c.id),
        Err(HearthError::NotFound { .. })
    ));
    let edited = s
        .update_reflection(
            &r.id,
            ReflectionDraft {
                text: "Dinner with Sam and Alex".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(s.reflection(&r.id).unwrap().text, edited.text);
    s.delete_entry(&t.id).unwrap();
    assert!(matches!(
        s.thought(&t.id),
        Err(HearthError::NotFound { .. })
    ));
}

#[test]
fn search_finds_text_in_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.record_checkin(CheckInDraft {
        mood: 4,
        note: Some("Swim at the LIDO".into()),
        ..Default::default()
    })
    .unwrap();
    s.add_reflection(ReflectionDraft {
        text: "the lido was cold".into(),
        ..Default::default()
    })
    .unwrap();
    s.add_thought(ThoughtDraft {
        situation: "Nothing about pools".into(),
        ..Default::default()
    })
    .unwrap();
    let hits = s.search("lido").unwrap();
    assert_eq!(hits.len(), 2);
    assert_eq!(s.search("POOLS").unwrap().len(), 1);
    assert!(s.search("volcano").unwrap().is_empty());
    assert_eq!(field(s.search("  ").unwrap_err()), "query");
}

#[test]
fn thought_record_validation_names_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    assert_eq!(
        field(s.add_thought(ThoughtDraft::default()).unwrap_err()),
        "situation"
    );
    let mut t = full_thought();
    t.moods[0].intensity = 101;
    assert_eq!(field(s.add_thought(t).unwrap_err()), "moods.intensity");
    let mut t = full_thought();
    t.balanced_belief = Some(101);
    assert_eq!(field(s.add_thought(t).unwrap_err()), "balanced_belief");
    let mut t = full_thought();
    t.thoughts[1].hot = true;
    assert_eq!(field(s.add_thought(t).unwrap_err()), "thoughts");
    assert_eq!(
        field(Distortion::parse("catastrophising-ish").unwrap_err()),
        "distortions"
    );
    assert_eq!(
        Distortion::parse("Mental filter").unwrap(),
        Distortion::MentalFilter
    );
    assert_eq!(
        field(
            s.add_reflection(ReflectionDraft {
                text: " ".into(),
                ..Default::default()
            })
            .unwrap_err()
        ),
        "text"
    );
    assert_eq!(
        field(
            s.add_reflection(ReflectionDraft {
                text: "x".into(),
                prompt_id: Some("nope".into()),
                ..Default::default()
            })
            .unwrap_err()
        ),
        "prompt_id"
    );
}

#[test]
fn renaming_a_tag_keeps_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let c = s
        .record_checkin(CheckInDraft {
            mood: 4,
            tags: vec!["Running".into(), "work".into()],
            ..Default::default()
        })
        .unwrap();
    let tags = s.tags().unwrap();
    assert!(tags.len() >= 19, "18 defaults plus the new one");
    let running = tags
        .iter()
        .find(|t| t.name == "running")
        .expect("created on the fly")
        .clone();
    let renamed = s.rename_tag(&running.id, "Jogging").unwrap();
    assert_eq!(renamed.name, "jogging");
    assert_eq!(s.checkin(&c.id).unwrap().tags, vec!["jogging", "work"]);
    assert_eq!(
        field(s.rename_tag(&running.id, "work").unwrap_err()),
        "name"
    );
    assert!(matches!(
        s.rename_tag("nope", "x"),
        Err(HearthError::NotFound { .. })
    ));
    let archived = s.set_tag_archived(&running.id, true).unwrap();
    assert!(archived.archived);
    assert_eq!(
        s.checkin(&c.id).unwrap().tags,
        vec!["jogging", "work"],
        "archiving keeps history"
    );
    let act = s.create_tag("Climbing", TagKind::Activity).unwrap();
    assert_eq!(act.kind, TagKind::Activity);
}

#[test]
fn emotions_must_be_known_or_marked_custom() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let err = s
        .record_checkin(CheckInDraft {
            mood: 3,
            emotions: vec!["Wistful".into()],
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(field(err), "emotions");
    let c = s
        .record_checkin(CheckInDraft {
            mood: 3,
            emotions: vec!["calm".into()],
            custom_emotions: vec!["Wistful".into()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(c.emotions, vec!["calm", "wistful"]);
    // Once added, it is part of the person's vocabulary.
    s.record_checkin(CheckInDraft {
        mood: 3,
        emotions: vec!["wistful".into()],
        ..Default::default()
    })
    .unwrap();
    assert_eq!(s.custom_emotions().unwrap().len(), 1);
}

#[test]
fn scales_and_people_are_validated_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.create_scale("Sleep quality", 0, 10).unwrap();
    assert_eq!(
        field(s.create_scale("sleep quality", 0, 10).unwrap_err()),
        "name"
    );
    assert_eq!(field(s.create_scale("pain", 5, 5).unwrap_err()), "max");
    let sam = s
        .add_person(PersonDraft {
            name: "Sam".into(),
            phone: Some("+44 7700 900123".into()),
            how_they_help: Some("listens".into()),
        })
        .unwrap();
    assert_eq!(
        field(
            s.add_person(PersonDraft {
                name: " ".into(),
                ..Default::default()
            })
            .unwrap_err()
        ),
        "name"
    );
    assert_eq!(
        field(
            s.add_person(PersonDraft {
                name: "X".into(),
                phone: Some("call me".into()),
                ..Default::default()
            })
            .unwrap_err()
        ),
        "phone"
    );
    let c = s
        .record_checkin(CheckInDraft {
            mood: 4,
            scales: vec![ScaleValue {
                scale: "Sleep Quality".into(),
                value: 7,
            }],
            with_people: vec![sam.id.clone()],
            ..Default::default()
        })
        .unwrap();
    assert!(c.connected, "naming someone implies a connection");
    assert_eq!(
        s.checkin(&c.id).unwrap().scales,
        vec![ScaleValue {
            scale: "sleep quality".into(),
            value: 7
        }]
    );
    let bad = CheckInDraft {
        mood: 4,
        scales: vec![ScaleValue {
            scale: "sleep quality".into(),
            value: 11,
        }],
        ..Default::default()
    };
    assert_eq!(field(s.record_checkin(bad).unwrap_err()), "scales");
    let bad = CheckInDraft {
        mood: 4,
        with_people: vec!["nobody".into()],
        ..Default::default()
    };
    assert!(
        matches!(s.record_checkin(bad), Err(HearthError::NotFound { ref kind, .. }) if kind == "person")
    );
    assert_eq!(s.person_named("sam").unwrap().id, sam.id);
    let updated = s
        .update_person(
            &sam.id,
            PersonDraft {
                name: "Samira".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(s.people().unwrap(), vec![updated]);
    s.remove_person(&sam.id).unwrap();
    assert!(s.people().unwrap().is_empty());
    assert!(matches!(s.entry(&c.id).unwrap(), StoredEntry::CheckIn(_)));
}

#[test]
fn removing_a_person_takes_them_off_past_checkins_and_an_edit_cannot_name_them_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let sam = s
        .add_person(PersonDraft {
            name: "Sam".into(),
            ..Default::default()
        })
        .unwrap();
    let c = s
        .record_checkin(CheckInDraft {
            mood: 3,
            with_people: vec![sam.id.clone()],
            ..Default::default()
        })
        .unwrap();
    s.remove_person(&sam.id).unwrap();
    // Every id a check-in names is a person in the list: removal reaches back.
    let after = s.checkin(&c.id).unwrap();
    assert!(after.with_people.is_empty());
    assert!(after.connected, "the moment was still spent with someone");
    let again = CheckInDraft {
        mood: 4,
        with_people: vec![sam.id.clone()],
        ..Default::default()
    };
    assert!(matches!(
        s.update_checkin(&c.id, again),
        Err(HearthError::NotFound { ref kind, .. }) if kind == "person"
    ));
    let bad = CheckInDraft {
        mood: 4,
        with_people: vec!["nobody".into()],
        ..Default::default()
    };
    assert!(matches!(
        s.update_checkin(&c.id, bad),
        Err(HearthError::NotFound { .. })
    ));
    assert!(
        matches!(s.reflection("nope"), Err(HearthError::NotFound { ref kind, .. }) if kind == "reflection")
    );
    assert!(
        matches!(s.thought("nope"), Err(HearthError::NotFound { ref kind, .. }) if kind == "thought record")
    );
}

#[test]
fn tag_catalog_seen_by_one_connection_follows_writes_from_another() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = open(dir.path());
    let mut b = open(dir.path());
    let before = a.tags().unwrap().len();
    b.create_tag("pottery", TagKind::Activity).unwrap();
    assert_eq!(
        a.tags().unwrap().len(),
        before + 1,
        "another connection's commit is seen"
    );
    let id = a
        .tags()
        .unwrap()
        .into_iter()
        .find(|t| t.name == "pottery")
        .unwrap()
        .id;
    b.rename_tag(&id, "ceramics").unwrap();
    assert!(a.tags().unwrap().iter().any(|t| t.name == "ceramics"));
    // A refused check-in must not leave its on-the-fly tag in this connection's view.
    let bad = CheckInDraft {
        mood: 9,
        tags: vec!["ghost".into()],
        ..Default::default()
    };
    assert!(a.record_checkin(bad).is_err());
    assert!(!a.tags().unwrap().iter().any(|t| t.name == "ghost"));
    let bad = CheckInDraft {
        mood: 3,
        tags: vec!["ghost".into()],
        with_people: vec!["nobody".into()],
        ..Default::default()
    };
    assert!(a.record_checkin(bad).is_err());
    assert!(
        !a.tags().unwrap().iter().any(|t| t.name == "ghost"),
        "rolled back"
    );
    assert!(!b.tags().unwrap().iter().any(|t| t.name == "ghost"));
}

#[test]
fn a_check_in_in_the_past_is_kept_on_its_day_and_one_in_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let last_week = chrono::Utc::now().fixed_offset() - chrono::Duration::days(7);
    let backfilled = s
        .record_checkin(CheckInDraft {
            at: Some(last_week),
            mood: 2,
            ..Default::default()
        })
        .unwrap();
    let day = last_week.date_naive();
    let range = hearth_core::time::DayRange {
        from: Some(day),
        to: Some(day),
    };
    assert_eq!(s.checkins(range).unwrap().items, vec![backfilled.clone()]);

    let tomorrow = chrono::Utc::now().fixed_offset() + chrono::Duration::days(1);
    let future = CheckInDraft {
        at: Some(tomorrow),
        mood: 4,
        ..Default::default()
    };
    for e in [
        s.record_checkin(future.clone()).unwrap_err(),
        s.update_checkin(&backfilled.id, future).unwrap_err(),
    ] {
        assert!(
            matches!(&e, HearthError::InvalidInput { field, reason } if field == "at" && reason.contains("future")),
            "{e:?}"
        );
    }
    assert_eq!(s.checkin(&backfilled.id).unwrap(), backfilled);
}

#[test]
fn editing_a_checkin_that_carries_an_archived_tag_keeps_the_tag_archived() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let c = s
        .record_checkin(CheckInDraft {
            at: at("2026-11-20T09:00:00+00:00"),
            mood: 3,
            tags: vec!["choir".into()],
            ..CheckInDraft::default()
        })
        .unwrap();
    let choir = s
        .tags()
        .unwrap()
        .into_iter()
        .find(|t| t.name == "choir")
        .unwrap();
    s.set_tag_archived(&choir.id, true).unwrap();
    // An edit that keeps the tag (the note changes) leaves it archived...
    s.update_checkin(
        &c.id,
        CheckInDraft {
            at: at("2026-11-20T09:00:00+00:00"),
            mood: 4,
            tags: vec!["choir".into()],
            note: Some("sang".into()),
            ..CheckInDraft::default()
        },
    )
    .unwrap();
    let t = s
        .tags()
        .unwrap()
        .into_iter()
        .find(|t| t.name == "choir")
        .unwrap();
    assert!(
        t.archived,
        "an edit of an old entry does not bring the tag back"
    );
    // ...while naming it on a new check-in is choosing it again.
    s.record_checkin(CheckInDraft {
        at: at("2026-11-21T09:00:00+00:00"),
        mood: 4,
        tags: vec!["choir".into()],
        ..CheckInDraft::default()
    })
    .unwrap();
    let t = s
        .tags()
        .unwrap()
        .into_iter()
        .find(|t| t.name == "choir")
        .unwrap();
    assert!(!t.archived);
}
