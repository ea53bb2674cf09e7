//! Built-in emotions and tags are stored by id and shown in the reader's language: a
//! store written in English reads in German after the language changes, the person's own
//! words stay as written, and a built-in picked by its German label is stored by id.

mod l10n_support;
use l10n_support::load_shipped;

use hearth_core::insights::Period;
use hearth_core::journal::vocabulary::{emotion_label, tag_label, DEFAULT_TAGS, EMOTIONS};
use hearth_core::l10n::{self, SHIPPED};
use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, Store, Zone};

fn draft(at: &str, emotions: &[&str], tags: &[&str], custom: &[&str]) -> CheckInDraft {
    CheckInDraft {
        at: Some(chrono::DateTime::parse_from_rfc3339(at).expect("time")),
        mood: 2,
        emotions: emotions.iter().map(|s| s.to_string()).collect(),
        tags: tags.iter().map(|s| s.to_string()).collect(),
        custom_emotions: custom.iter().map(|s| s.to_string()).collect(),
        ..CheckInDraft::default()
    }
}

#[test]
fn an_english_store_reads_in_german_and_german_picks_are_stored_by_id() {
    load_shipped();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Store::open(dir.path(), &FileKeyVault::new(dir.path().join("k"))).expect("open");
    l10n::with_languages(&["en"], || {
        for day in 1..=6 {
            s.record_checkin(draft(
                &format!("2026-11-{day:02}T09:00:00+01:00"),
                &["worried"],
                &["work", "choir"],
                &["zoomy"],
            ))
            .expect("recorded");
            s.record_checkin(draft(
                &format!("2026-11-{day:02}T19:00:00+01:00"),
                &["calm"],
                &["family"],
                &[],
            ))
            .expect("recorded");
        }
    });
    let first = s
        .checkins(hearth_core::time::DayRange::all())
        .expect("list")
        .items;
    let worried = first
        .iter()
        .find(|c| c.emotions.contains(&"worried".into()))
        .expect("one");
    l10n::with_languages(&["de_DE.UTF-8"], || {
        let shown: Vec<String> = worried.emotions.iter().map(|e| emotion_label(e)).collect();
        assert_eq!(
            shown,
            ["besorgt", "zoomy"],
            "built-in relabelled, own word as written"
        );
        let tags: Vec<String> = worried.tags.iter().map(|t| tag_label(t)).collect();
        assert_eq!(tags, ["Arbeit", "choir"]);
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-07T12:00:00Z")
            .expect("time")
            .to_utc();
        let ins = s.insights(Period::All, now, Zone::utc()).expect("insights");
        assert!(
            ins.associations.iter().any(|a| a.text.contains("besorgt")),
            "{:?}",
            ins.associations.iter().map(|a| &a.text).collect::<Vec<_>>()
        );
        // Picked by the German word: stored by the built-in id.
        let c = s
            .record_checkin(draft(
                "2026-11-07T08:00:00+01:00",
                &["Besorgt"],
                &["Arbeit"],
                &[],
            ))
            .expect("recorded");
        assert_eq!(c.emotions, ["worried"]);
        assert_eq!(c.tags, ["work"]);
        let t = s.create_tag("Familie", Default::default()).expect("tag");
        assert_eq!(t.name, "family", "the default, not a second tag");
        // The export keeps the ids whatever the reader's language, so it stays stable.
        let export = s.export_json().expect("export");
        assert!(export.contains("\"worried\"") && export.contains("\"work\""));
        assert!(!export.contains("besorgt") && !export.contains("Arbeit"));
    });
    l10n::with_languages(&["es"], || {
        assert_eq!(emotion_label("worried"), "preocupación");
        assert_eq!(tag_label("current events"), "actualidad");
    });
}

#[test]
fn no_two_built_ins_read_alike_in_any_language() {
    load_shipped();
    for lang in SHIPPED {
        l10n::with_languages(&[lang], || {
            let mut seen = std::collections::HashSet::new();
            for (e, _) in EMOTIONS {
                assert!(seen.insert(emotion_label(e).to_lowercase()), "{lang}: {e}");
            }
            let mut seen = std::collections::HashSet::new();
            for t in DEFAULT_TAGS {
                assert!(seen.insert(tag_label(t).to_lowercase()), "{lang}: {t}");
            }
        });
    }
}

#[test]
fn a_questionnaire_scored_in_german_stores_its_summary_in_english_and_shows_it_in_german() {
    load_shipped();
    use hearth_core::assessments::{score, Instrument};
    let english = l10n::with_languages(&["en"], || {
        score(Instrument::Gad7, &[1, 1, 1, 1, 0, 0, 0]).expect("scored")
    });
    let german = l10n::with_languages(&["de"], || {
        score(Instrument::Gad7, &[1, 1, 1, 1, 0, 0, 0]).expect("scored")
    });
    // What is stored and exported does not depend on the language it was answered in...
    assert_eq!(german, english);
    // ...and is read back in the reader's language.
    let shown = l10n::with_languages(&["de"], || german.summary_now());
    assert_ne!(shown, english.summary);
}
