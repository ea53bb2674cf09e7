//! Scoring: answers in, total, band, safety flag and a plain summary out.

use serde::{Deserialize, Serialize};

use super::{gad7, phq9, summary, who5, Definition, Instrument};
use crate::error::{HearthError, Result};

/// Most answers [`parse_answers`] accepts; far more than any form has.
pub const MAX_PARSED_ANSWERS: usize = 64;

/// The two-item screeners' published cutoff (PHQ-2, GAD-2): 3 or more.
pub const TWO_ITEM_CUTOFF: u8 = 3;

/// The range a total falls in. Serialised as snake_case, e.g. `moderately_severe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// PHQ-9 / GAD-7: 0–4.
    Minimal,
    /// PHQ-9 / GAD-7: 5–9.
    Mild,
    /// PHQ-9 / GAD-7: 10–14.
    Moderate,
    /// PHQ-9: 15–19.
    ModeratelySevere,
    /// PHQ-9: 20–27; GAD-7: 15–21.
    Severe,
    /// WHO-5: percentage above 50.
    Adequate,
    /// WHO-5: percentage 50 or below (and above 28).
    Low,
    /// WHO-5: percentage 28 or below.
    VeryLow,
    /// PHQ-2 / GAD-2: total below 3.
    BelowCutoff,
    /// PHQ-2 / GAD-2: total 3 or more.
    CutoffReached,
}

impl Band {
    /// The snake_case id, e.g. `moderately_severe`, as used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::ModeratelySevere => "moderately_severe",
            Band::Severe => "severe",
            Band::Adequate => "adequate",
            Band::Low => "low",
            Band::VeryLow => "very_low",
            Band::BelowCutoff => "below_cutoff",
            Band::CutoffReached => "cutoff_reached",
        }
    }
}

/// A scored questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentResult {
    /// Which questionnaire.
    pub instrument: Instrument,
    /// The scored item answers, in item order (without the PHQ-9 difficulty answer).
    pub answers: Vec<u8>,
    /// Raw total (WHO-5: 0–25; see `percent`).
    pub score: u8,
    /// Highest possible raw total, for display ("12 of 27").
    pub max_score: u8,
    /// The band the total falls in.
    pub band: Band,
    /// True when the answers show any sign of risk: today, PHQ-9 item 9 above 0,
    /// whatever the total. Shells must then bring up the safety plan and crisis lines.
    pub safety: bool,
    /// WHO-5 only: raw × 4, 0–100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u8>,
    /// PHQ-9 only: the unscored difficulty answer (0–3), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<u8>,
    /// Plain, kind, non-diagnostic words about the result, in English (stored and
    /// exported as is; show [`AssessmentResult::summary_now`]). When `safety` is set it
    /// opens by acknowledging what the person shared and pointing to people and resources.
    pub summary: String,
}

impl AssessmentResult {
    /// The answers as entered, including the PHQ-9 difficulty answer if there was one;
    /// feeding these back into [`score`] reproduces this result.
    pub fn raw_answers(&self) -> Vec<u8> {
        let mut all = self.answers.clone();
        all.extend(self.difficulty);
        all
    }

    /// The published definition of this result's questionnaire.
    pub fn definition(&self) -> &'static Definition {
        self.instrument.definition()
    }

    /// The summary in the current language, for showing a result: [`summary`] is the
    /// English that is stored and exported.
    ///
    /// [`summary`]: AssessmentResult::summary
    pub fn summary_now(&self) -> String {
        summary::summary(
            self.instrument,
            self.band,
            self.score,
            self.percent,
            self.safety,
        )
    }
}

/// Scores `answers` for `instrument`.
///
/// `answers` has one value per item in published order. PHQ-9 also accepts a 10th value,
/// the difficulty question, which is recorded but not scored. Wrong counts and
/// out-of-range values are refused with field `answers`, e.g.
/// `PHQ-9 needs 9 answers (or 10 with the difficulty question), got 8` or
/// `answer 3 is 4; allowed 0–3`.
pub fn score(instrument: Instrument, answers: &[u8]) -> Result<AssessmentResult> {
    let def = instrument.definition();
    let n = def.items.len();
    let (items, difficulty) = match def.follow_up {
        _ if answers.len() == n => (answers, None),
        Some(_) if answers.len() == n + 1 => (&answers[..n], Some(answers[n])),
        _ => return Err(count_error(def, answers.len())),
    };

    let max = def.max_answer();
    if let Some((i, &a)) = items.iter().enumerate().find(|(_, &a)| a > max) {
        return Err(HearthError::invalid(
            "answers",
            format!("answer {} is {a}; allowed 0–{max}", i + 1),
        ));
    }
    if let (Some(d), Some(f)) = (difficulty, def.follow_up) {
        let fmax = f.options.iter().map(|o| o.value).max().unwrap_or(0);
        if d > fmax {
            return Err(HearthError::invalid(
                "answers",
                format!(
                    "answer {} ({} question) is {d}; allowed 0–{fmax}",
                    n + 1,
                    f.id
                ),
            ));
        }
    }

    // At most 9 items × 3 or 5 items × 5: no overflow in u8.
    let total: u8 = items.iter().sum();
    let percent = (instrument == Instrument::Who5).then(|| who5::percent(total));
    let band = match instrument {
        Instrument::Phq9 => phq9::band(total),
        Instrument::Gad7 => gad7::band(total),
        Instrument::Who5 => who5::band_for_percent(who5::percent(total)),
        Instrument::Phq2 => phq9::phq2_band(total),
        Instrument::Gad2 => gad7::gad2_band(total),
    };
    let safety = instrument == Instrument::Phq9 && items[phq9::SELF_HARM_ITEM - 1] > 0;
    // Stored and exported in English whatever the reader's language, like every stored
    // word; people read it through `summary_now`.
    let summary = crate::l10n::with_languages(&["en"], || {
        summary::summary(instrument, band, total, percent, safety)
    });

    Ok(AssessmentResult {
        instrument,
        answers: items.to_vec(),
        score: total,
        max_score: def.max_score,
        band,
        safety,
        percent,
        difficulty,
        summary,
    })
}

/// Band shared by the two-item screeners.
pub(crate) fn two_item_band(total: u8) -> Band {
    if total >= TWO_ITEM_CUTOFF {
        Band::CutoffReached
    } else {
        Band::BelowCutoff
    }
}

fn count_error(def: &Definition, got: usize) -> HearthError {
    let n = def.items.len();
    let reason = match def.follow_up {
        Some(f) => format!(
            "{} needs {n} answers (or {} with the {} question), got {got}",
            def.short_title,
            n + 1,
            f.id
        ),
        None => format!("{} needs {n} answers, got {got}", def.short_title),
    };
    HearthError::invalid("answers", reason)
}

/// Parses answers typed on a command line, e.g. `1,2,0,3` (spaces around commas are
/// fine; without commas, whitespace separates). Only checks that each is a whole number
/// 0–255; [`score`] checks counts and ranges. Errors name the field `answers` and the
/// 1-based position of the offending answer.
pub fn parse_answers(input: &str) -> Result<Vec<u8>> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(HearthError::invalid(
            "answers",
            "no answers given; expected whole numbers separated by commas, e.g. 1,0,2",
        ));
    }
    let parts: Vec<&str> = if trimmed.contains(',') {
        trimmed.split(',').map(str::trim).collect()
    } else {
        trimmed.split_whitespace().collect()
    };
    if parts.len() > MAX_PARSED_ANSWERS {
        return Err(HearthError::invalid(
            "answers",
            format!(
                "{} answers given; no questionnaire has more than {MAX_PARSED_ANSWERS}",
                parts.len()
            ),
        ));
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| parse_one(i + 1, p))
        .collect()
}

fn parse_one(position: usize, part: &str) -> Result<u8> {
    if part.is_empty() {
        return Err(HearthError::invalid(
            "answers",
            format!("answer {position} is empty; check for a doubled or trailing comma"),
        ));
    }
    if let Ok(v) = part.parse::<u8>() {
        return Ok(v);
    }
    let shown: String = part.chars().take(20).collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let reason = if digits(part) {
        format!("answer {position} is {shown}, which is too large to be an answer")
    } else if part.strip_prefix('-').is_some_and(digits) {
        format!("answer {position} is {shown}; answers cannot be negative")
    } else {
        format!("answer {position} is \"{shown}\", which is not a number")
    };
    Err(HearthError::invalid("answers", reason))
}
