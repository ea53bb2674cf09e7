//! Copy rules for every summary Hearth can produce: never diagnose, never call a score
//! safe, always say it is not a diagnosis, always point toward people.

use hearth_core::assessments::{score, AssessmentResult, Instrument};

/// Every distinct result: all totals of every instrument, with and without PHQ-9 item 9.
fn all_results() -> Vec<AssessmentResult> {
    let mut out = Vec::new();
    for instrument in Instrument::ALL {
        let def = instrument.definition();
        let n = def.items.len();
        let max = def.max_answer();
        for total in def.min_score..=def.max_score {
            // Fill from the first item, so item 9 is only used when the total needs it.
            let mut left = total;
            let answers: Vec<u8> = (0..n)
                .map(|_| {
                    let v = left.min(max);
                    left -= v;
                    v
                })
                .collect();
            out.push(score(instrument, &answers).unwrap());
            if instrument == Instrument::Phq9 && answers[8] == 0 {
                let mut with9 = answers.clone();
                if let Some(i) = with9[..8].iter().rposition(|&v| v > 0) {
                    with9[i] -= 1;
                }
                with9[8] = 1;
                out.push(score(instrument, &with9).unwrap());
            }
        }
    }
    out
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

const FORBIDDEN_PHRASES: &[&str] = &[
    "diagnosed with",
    "diagnosis of",
    "you have depression",
    "you have anxiety",
    "you are depressed",
    "you suffer",
    "disorder",
    "depression",
    "no risk",
    "not at risk",
    "low risk",
    "nothing to worry",
    "all clear",
    "you're fine",
    "you are fine",
];

const FORBIDDEN_WORDS: &[&str] = &["safe", "normal", "healthy", "ok", "okay", "fine"];

#[test]
fn no_summary_diagnoses_or_reassures_falsely() {
    let results = all_results();
    assert!(results.len() > 80);
    for r in &results {
        let lower = r.summary.to_lowercase();
        for p in FORBIDDEN_PHRASES {
            assert!(
                !lower.contains(p),
                "{} {:?} says {p:?}: {}",
                r.instrument,
                r.answers,
                r.summary
            );
        }
        let ws = words(&r.summary);
        for w in FORBIDDEN_WORDS {
            assert!(
                !ws.iter().any(|x| x == w),
                "{} {:?} says {w:?}: {}",
                r.instrument,
                r.answers,
                r.summary
            );
        }
    }
}

#[test]
fn every_summary_says_it_is_not_a_diagnosis() {
    for r in all_results() {
        assert!(
            r.summary.contains("not a diagnosis"),
            "{} {:?}: {}",
            r.instrument,
            r.answers,
            r.summary
        );
    }
}

#[test]
fn every_summary_points_to_people_except_an_adequate_who5() {
    for r in all_results() {
        let lower = r.summary.to_lowercase();
        let to_people = [
            "someone",
            "doctor",
            "therapist",
            "professional",
            "crisis line",
        ]
        .iter()
        .any(|w| lower.contains(w));
        if r.band != hearth_core::assessments::Band::Adequate {
            assert!(to_people, "{} {:?}: {}", r.instrument, r.answers, r.summary);
        }
    }
}

#[test]
fn a_zero_is_never_presented_as_safe() {
    for instrument in Instrument::ALL {
        let n = instrument.definition().items.len();
        let r = score(instrument, &vec![0; n]).unwrap();
        assert!(
            !words(&r.summary).iter().any(|w| w == "safe"),
            "{}",
            r.summary
        );
        assert!(!r.summary.to_lowercase().contains("no risk"));
    }
}

#[test]
fn safety_summaries_open_with_people_and_resources() {
    for r in all_results().into_iter().filter(|r| r.safety) {
        assert!(
            r.summary.starts_with("You said you have had thoughts"),
            "{}",
            r.summary
        );
        for needle in [
            "safety plan",
            "crisis line",
            "someone you trust",
            "emergency number",
        ] {
            assert!(
                r.summary.contains(needle),
                "missing {needle:?}: {}",
                r.summary
            );
        }
    }
    assert!(all_results().iter().any(|r| r.safety));
}
