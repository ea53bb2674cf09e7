//! The questionnaire definitions carry the published wording, options and notices.

use hearth_core::assessments::{notices, Instrument};

#[test]
fn phq9_items_are_the_published_wording() {
    let d = Instrument::Phq9.definition();
    assert_eq!(
        d.stem,
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    );
    let texts: Vec<&str> = d.items.iter().map(|i| i.text).collect();
    assert_eq!(texts.len(), 9);
    assert_eq!(texts[0], "Little interest or pleasure in doing things");
    assert_eq!(texts[1], "Feeling down, depressed, or hopeless");
    assert_eq!(
        texts[8],
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    );
    for (n, item) in d.items.iter().enumerate() {
        assert_eq!(usize::from(item.number), n + 1);
    }
    let labels: Vec<&str> = d.options.iter().map(|o| o.label).collect();
    assert_eq!(
        labels,
        [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day"
        ]
    );
    let f = d.follow_up.expect("difficulty question");
    assert!(f
        .text
        .starts_with("If you checked off any problems, how difficult"));
    let flabels: Vec<&str> = f.options.iter().map(|o| o.label).collect();
    assert_eq!(
        flabels,
        [
            "Not difficult at all",
            "Somewhat difficult",
            "Very difficult",
            "Extremely difficult"
        ]
    );
    assert_eq!((d.min_score, d.max_score, d.max_answer()), (0, 27, 3));
}

#[test]
fn short_forms_are_the_first_two_items() {
    let phq9 = Instrument::Phq9.definition();
    let phq2 = Instrument::Phq2.definition();
    assert_eq!(phq2.items, &phq9.items[..2]);
    assert_eq!(phq2.stem, phq9.stem);
    let gad7 = Instrument::Gad7.definition();
    let gad2 = Instrument::Gad2.definition();
    assert_eq!(gad2.items, &gad7.items[..2]);
    assert!(phq2.follow_up.is_none() && gad2.follow_up.is_none());
}

#[test]
fn gad7_items_and_stem() {
    let d = Instrument::Gad7.definition();
    assert_eq!(
        d.stem,
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    );
    assert_eq!(d.items.len(), 7);
    assert_eq!(d.items[0].text, "Feeling nervous, anxious or on edge");
    assert_eq!(
        d.items[6].text,
        "Feeling afraid as if something awful might happen"
    );
    assert_eq!(d.max_score, 21);
}

#[test]
fn who5_items_options_and_instructions() {
    let d = Instrument::Who5.definition();
    assert_eq!(d.items.len(), 5);
    assert_eq!(d.items[0].text, "I have felt cheerful and in good spirits");
    assert_eq!(
        d.items[4].text,
        "My daily life has been filled with things that interest me"
    );
    assert!(d.stem.starts_with("Over the last two weeks"));
    assert!(d
        .instructions
        .unwrap()
        .contains("higher numbers mean better well-being"));
    let by_value: Vec<(u8, &str)> = d.options.iter().map(|o| (o.value, o.label)).collect();
    assert_eq!(by_value[0], (5, "All of the time"));
    assert_eq!(by_value[5], (0, "At no time"));
    assert_eq!(d.max_answer(), 5);
    assert_eq!(d.label_for(3), Some("More than half of the time"));
}

#[test]
fn every_instrument_has_notice_and_citation() {
    for i in Instrument::ALL {
        let d = i.definition();
        assert!(!d.notice.is_empty() && !d.citation.is_empty(), "{i}");
    }
    assert_eq!(Instrument::Phq9.definition().notice, notices::PHQ_GAD);
    assert_eq!(Instrument::Gad2.definition().notice, notices::PHQ_GAD);
    assert!(notices::PHQ_GAD.contains("No permission required to reproduce"));
    assert!(Instrument::Who5
        .definition()
        .notice
        .contains("© Psychiatric Center North Zealand"));
}

#[test]
fn definitions_serialise_for_shells() {
    let v = serde_json::to_value(Instrument::Phq9.definition()).unwrap();
    assert_eq!(v["id"], "phq9");
    assert_eq!(v["items"][8]["number"], 9);
    assert_eq!(v["options"][3]["value"], 3);
    assert_eq!(v["follow_up"]["id"], "difficulty");
}
