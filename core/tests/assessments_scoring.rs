//! Scoring of PHQ-9, GAD-7, WHO-5, PHQ-2 and GAD-2: every band boundary, the item-9
//! safety rule, refusals of invalid answers, and the CLI answer parser.

use hearth_core::assessments::{
    parse_answers, phq9, score, who5, AssessmentResult, Band, Instrument,
};
use hearth_core::HearthError;

/// `n` answers adding up to `total`, filled from the first item, each at most `max`.
fn spread(total: u8, n: usize, max: u8) -> Vec<u8> {
    let mut left = total;
    (0..n)
        .map(|_| {
            let v = left.min(max);
            left -= v;
            v
        })
        .collect()
}

/// PHQ-9 answers with the given total and item 9 at 0 (possible up to 24).
fn phq9_without_item9(total: u8) -> Vec<u8> {
    let mut a = spread(total, 8, 3);
    a.push(0);
    a
}

fn scored(instrument: Instrument, answers: &[u8]) -> AssessmentResult {
    score(instrument, answers).unwrap_or_else(|e| panic!("{instrument} {answers:?}: {e}"))
}

fn field_and_reason(e: HearthError) -> (String, String) {
    match e {
        HearthError::InvalidInput { field, reason } => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn phq9_band_boundaries() {
    for (total, band) in [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::ModeratelySevere),
        (19, Band::ModeratelySevere),
        (20, Band::Severe),
        (24, Band::Severe),
    ] {
        let r = scored(Instrument::Phq9, &phq9_without_item9(total));
        assert_eq!(r.score, total);
        assert_eq!(r.band, band, "PHQ-9 total {total}");
        assert!(!r.safety, "item 9 is 0 at total {total}");
        assert_eq!(r.max_score, 27);
        assert_eq!(r.percent, None);
    }
    // The band function itself over the whole range, including totals needing item 9.
    assert_eq!(phq9::band(27), Band::Severe);
    assert_eq!(phq9::band(25), Band::Severe);
}

#[test]
fn phq9_maximum_is_27_and_severe_with_safety() {
    let r = scored(Instrument::Phq9, &[3; 9]);
    assert_eq!(r.score, 27);
    assert_eq!(r.band, Band::Severe);
    assert!(r.safety);
}

#[test]
fn gad7_band_boundaries() {
    for (total, band) in [
        (0, Band::Minimal),
        (4, Band::Minimal),
        (5, Band::Mild),
        (9, Band::Mild),
        (10, Band::Moderate),
        (14, Band::Moderate),
        (15, Band::Severe),
        (21, Band::Severe),
    ] {
        let r = scored(Instrument::Gad7, &spread(total, 7, 3));
        assert_eq!(r.score, total);
        assert_eq!(r.band, band, "GAD-7 total {total}");
        assert!(!r.safety, "GAD-7 never sets safety");
        assert_eq!(r.max_score, 21);
    }
}

#[test]
fn who5_percent_boundaries() {
    // Raw 7 → 28 (≤ 28: very low); raw 8 → 32 (low); raw 12 → 48 (low); raw 13 → 52.
    for (raw, percent, band) in [
        (0, 0, Band::VeryLow),
        (7, 28, Band::VeryLow),
        (8, 32, Band::Low),
        (12, 48, Band::Low),
        (13, 52, Band::Adequate),
        (25, 100, Band::Adequate),
    ] {
        let r = scored(Instrument::Who5, &spread(raw, 5, 5));
        assert_eq!(r.score, raw);
        assert_eq!(r.percent, Some(percent), "raw {raw}");
        assert_eq!(r.band, band, "WHO-5 percent {percent}");
        assert!(!r.safety, "WHO-5 never sets safety");
        assert_eq!(r.max_score, 25);
    }
}

#[test]
fn who5_thresholds_on_the_percentage_itself() {
    // 50 is not reachable from raw scores (steps of 4), but the rule is "≤ 50 is low".
    assert_eq!(who5::band_for_percent(50), Band::Low);
    assert_eq!(who5::band_for_percent(51), Band::Adequate);
    assert_eq!(who5::band_for_percent(52), Band::Adequate);
    assert_eq!(who5::band_for_percent(48), Band::Low);
    assert_eq!(who5::band_for_percent(29), Band::Low);
    assert_eq!(who5::band_for_percent(28), Band::VeryLow);
    assert_eq!(who5::band_for_percent(32), Band::Low);
    assert_eq!(who5::percent(13), 52);
}

#[test]
fn two_item_screeners_cutoff_at_3() {
    for instrument in [Instrument::Phq2, Instrument::Gad2] {
        for (answers, band) in [
            ([0, 0], Band::BelowCutoff),
            ([1, 1], Band::BelowCutoff),
            ([2, 0], Band::BelowCutoff),
            ([2, 1], Band::CutoffReached),
            ([0, 3], Band::CutoffReached),
            ([3, 3], Band::CutoffReached),
        ] {
            let r = scored(instrument, &answers);
            assert_eq!(r.band, band, "{instrument} {answers:?}");
            assert_eq!(r.max_score, 6);
            assert!(!r.safety);
        }
    }
}

#[test]
fn item9_alone_sets_safety() {
    let r = scored(Instrument::Phq9, &[0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert!(r.safety);
    assert_eq!(r.score, 1);
    assert_eq!(r.band, Band::Minimal);
    assert!(
        r.summary.contains("safety plan") && r.summary.contains("crisis line"),
        "{}",
        r.summary
    );
}

#[test]
fn item9_sets_safety_for_every_value_and_band() {
    for item9 in 1..=3u8 {
        for base in [0u8, 5, 10, 15, 20, 24] {
            let mut a = spread(base, 8, 3);
            a.push(item9);
            let r = scored(Instrument::Phq9, &a);
            assert!(r.safety, "item 9 = {item9}, base {base}");
        }
    }
    // And never when item 9 is 0, even at the highest total.
    assert!(!scored(Instrument::Phq9, &phq9_without_item9(24)).safety);
}

#[test]
fn only_item9_triggers_safety() {
    for i in 0..8 {
        let mut a = vec![0u8; 9];
        a[i] = 3;
        assert!(!scored(Instrument::Phq9, &a).safety, "item {}", i + 1);
    }
}

#[test]
fn phq9_difficulty_recorded_not_scored() {
    let mut a = vec![1u8; 9];
    a[8] = 0;
    let without = scored(Instrument::Phq9, &a);
    a.push(3);
    let with = scored(Instrument::Phq9, &a);
    assert_eq!(with.difficulty, Some(3));
    assert_eq!(without.difficulty, None);
    assert_eq!(with.score, without.score);
    assert_eq!(with.answers.len(), 9);
    assert_eq!(with.raw_answers(), a);
}

#[test]
fn wrong_counts_refused_naming_answers() {
    let (field, reason) = field_and_reason(score(Instrument::Phq9, &[0; 8]).unwrap_err());
    assert_eq!(field, "answers");
    assert_eq!(
        reason,
        "PHQ-9 needs 9 answers (or 10 with the difficulty question), got 8"
    );

    let (field, reason) = field_and_reason(score(Instrument::Phq9, &[0; 11]).unwrap_err());
    assert_eq!(field, "answers");
    assert!(reason.ends_with("got 11"), "{reason}");

    let (field, reason) = field_and_reason(score(Instrument::Gad7, &[0; 8]).unwrap_err());
    assert_eq!(field, "answers");
    assert_eq!(reason, "GAD-7 needs 7 answers, got 8");

    let (_, reason) = field_and_reason(score(Instrument::Who5, &[]).unwrap_err());
    assert_eq!(reason, "WHO-5 needs 5 answers, got 0");

    let (_, reason) = field_and_reason(score(Instrument::Phq2, &[1, 1, 1]).unwrap_err());
    assert_eq!(reason, "PHQ-2 needs 2 answers, got 3");
}

#[test]
fn out_of_range_values_refused() {
    let (field, reason) =
        field_and_reason(score(Instrument::Phq9, &[0, 0, 4, 0, 0, 0, 0, 0, 0]).unwrap_err());
    assert_eq!(field, "answers");
    assert_eq!(reason, "answer 3 is 4; allowed 0–3");

    let (field, reason) =
        field_and_reason(score(Instrument::Gad7, &[0, 0, 0, 0, 0, 0, 9]).unwrap_err());
    assert_eq!(field, "answers");
    assert_eq!(reason, "answer 7 is 9; allowed 0–3");

    let (field, reason) = field_and_reason(score(Instrument::Who5, &[5, 5, 6, 5, 5]).unwrap_err());
    assert_eq!(field, "answers");
    assert_eq!(reason, "answer 3 is 6; allowed 0–5");

    // 5 is fine on WHO-5, not on the PHQ.
    assert!(score(Instrument::Who5, &[5; 5]).is_ok());
    assert!(score(Instrument::Phq2, &[5, 0]).is_err());

    // The unscored difficulty answer is range-checked too.
    let (field, reason) =
        field_and_reason(score(Instrument::Phq9, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 4]).unwrap_err());
    assert_eq!(field, "answers");
    assert_eq!(reason, "answer 10 (difficulty question) is 4; allowed 0–3");
}

#[test]
fn parser_reads_cli_answers() {
    assert_eq!(parse_answers("1,2,0,3").unwrap(), vec![1, 2, 0, 3]);
    assert_eq!(parse_answers(" 1, 2 ,0 ").unwrap(), vec![1, 2, 0]);
    assert_eq!(parse_answers("1 2 0").unwrap(), vec![1, 2, 0]);
    assert_eq!(parse_answers("5").unwrap(), vec![5]);
    let r = scored(Instrument::Gad7, &parse_answers("1,1,1,1,1,0,0").unwrap());
    assert_eq!(r.score, 5);
}

#[test]
fn parser_refuses_non_numbers_naming_them() {
    for (input, expected) in [
        ("1,x,0", "answer 2 is \"x\", which is not a number"),
        ("1,2,three", "answer 3 is \"three\", which is not a number"),
        ("1.5,2", "answer 1 is \"1.5\", which is not a number"),
        (
            "1,,2",
            "answer 2 is empty; check for a doubled or trailing comma",
        ),
        (
            "1,2,",
            "answer 3 is empty; check for a doubled or trailing comma",
        ),
        ("1,-1", "answer 2 is -1; answers cannot be negative"),
        ("300", "answer 1 is 300, which is too large to be an answer"),
    ] {
        let (field, reason) = field_and_reason(parse_answers(input).unwrap_err());
        assert_eq!(field, "answers", "{input}");
        assert_eq!(reason, expected, "{input}");
    }
    let (field, reason) = field_and_reason(parse_answers("   ").unwrap_err());
    assert_eq!(field, "answers");
    assert!(reason.starts_with("no answers given"), "{reason}");

    let long = vec!["0"; 65].join(",");
    assert!(parse_answers(&long).is_err());
}

#[test]
fn instruments_parse_by_id_and_refuse_unknown() {
    assert_eq!(Instrument::parse("phq9").unwrap(), Instrument::Phq9);
    assert_eq!(Instrument::parse("PHQ-9").unwrap(), Instrument::Phq9);
    assert_eq!(Instrument::parse("gad_7").unwrap(), Instrument::Gad7);
    assert_eq!(Instrument::parse("WHO5").unwrap(), Instrument::Who5);
    assert_eq!("phq2".parse::<Instrument>().unwrap(), Instrument::Phq2);
    assert_eq!(Instrument::parse("gad-2").unwrap(), Instrument::Gad2);
    let (field, reason) = field_and_reason(Instrument::parse("bdi").unwrap_err());
    assert_eq!(field, "instrument");
    assert!(reason.contains("phq9, gad7, who5, phq2, gad2"), "{reason}");
    for i in Instrument::ALL {
        assert_eq!(Instrument::parse(i.id()).unwrap(), i);
        assert_eq!(i.definition().id, i.id());
        assert_eq!(i.definition().instrument, i);
    }
}

#[test]
fn result_serialises_with_snake_case_band() {
    let r = scored(Instrument::Phq9, &phq9_without_item9(16));
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["instrument"], "phq9");
    assert_eq!(v["band"], "moderately_severe");
    assert_eq!(v["safety"], false);
    assert!(v.get("percent").is_none());
    let back: AssessmentResult = serde_json::from_value(v).unwrap();
    assert_eq!(back, r);

    let w = scored(Instrument::Who5, &[1, 1, 1, 1, 1]);
    let v = serde_json::to_value(&w).unwrap();
    assert_eq!(v["band"], "very_low");
    assert_eq!(v["percent"], 20);
    assert_eq!(Band::VeryLow.as_str(), "very_low");
    assert_eq!(Band::ModeratelySevere.as_str(), "moderately_severe");
}
