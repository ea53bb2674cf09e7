//! Questionnaires across the FFI: definitions, scoring and saving, history, FHIR.

use std::time::SystemTime;

use hearth_core::assessments::{self as core, fhir};
use hearth_core::journal::assessment::AssessmentRecord;

use crate::error::HearthError;
use crate::guard::guard;
use crate::hearth::Hearth;
use crate::time;

/// A standard questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Instrument {
    /// PHQ-9 (depression symptoms, 9 items 0–3; item 9 asks about self-harm).
    Phq9,
    /// GAD-7 (anxiety symptoms, 7 items 0–3).
    Gad7,
    /// WHO-5 Well-Being Index (5 items 0–5).
    Who5,
    /// PHQ-2 short form.
    Phq2,
    /// GAD-2 short form.
    Gad2,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AnswerChoice {
    /// The value to pass in `answers`.
    pub value: i32,
    /// Its published label.
    pub label: String,
}

/// A questionnaire as published, for drawing it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuestionnaireDefinition {
    /// Which.
    pub instrument: Instrument,
    /// Title.
    pub title: String,
    /// The question stem.
    pub stem: String,
    /// Item texts, in order.
    pub items: Vec<String>,
    /// Answer choices for every item.
    pub options: Vec<AnswerChoice>,
    /// PHQ-9's unscored difficulty question, if any.
    pub follow_up: Option<String>,
    /// Its answer choices.
    pub follow_up_options: Vec<AnswerChoice>,
    /// Licence / credit notice to show with it.
    pub notice: String,
    /// Citation.
    pub citation: String,
    /// Shown above the questionnaire when the reader's language has no validated
    /// translation of it: one line saying it is the published English original. Null in
    /// English. The items are never machine-translated.
    pub language_notice: Option<String>,
}

/// A scored, saved questionnaire.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AssessmentResult {
    /// Stable id.
    pub id: String,
    /// When it was answered.
    pub at: SystemTime,
    /// UTC offset then, seconds.
    pub utc_offset_seconds: i32,
    /// Which questionnaire.
    pub instrument: Instrument,
    /// Scored answers.
    pub answers: Vec<i32>,
    /// Raw total.
    pub score: i32,
    /// Highest possible total.
    pub max_score: i32,
    /// Band, snake_case: minimal, mild, moderate, moderately_severe, severe, adequate,
    /// low, very_low, below_cutoff, cutoff_reached.
    pub band: String,
    /// True on any sign of risk (PHQ-9 item 9 above 0): show the safety plan and
    /// crisis lines.
    pub safety: bool,
    /// WHO-5 percentage.
    pub percent: Option<i32>,
    /// PHQ-9 difficulty answer.
    pub difficulty: Option<i32>,
    /// Plain, non-diagnostic words about the result.
    pub summary: String,
}

pub(crate) const INSTRUMENTS: [(Instrument, core::Instrument); 5] = [
    (Instrument::Phq9, core::Instrument::Phq9),
    (Instrument::Gad7, core::Instrument::Gad7),
    (Instrument::Who5, core::Instrument::Who5),
    (Instrument::Phq2, core::Instrument::Phq2),
    (Instrument::Gad2, core::Instrument::Gad2),
];

fn to_core(i: Instrument) -> core::Instrument {
    INSTRUMENTS
        .iter()
        .find(|(f, _)| *f == i)
        .map(|(_, c)| *c)
        .unwrap_or(core::Instrument::Phq9)
}

fn from_core(i: core::Instrument) -> Instrument {
    INSTRUMENTS
        .iter()
        .find(|(_, c)| *c == i)
        .map(|(f, _)| *f)
        .unwrap_or(Instrument::Phq9)
}

fn choices(opts: &[core::AnswerOption]) -> Vec<AnswerChoice> {
    opts.iter()
        .map(|o| AnswerChoice {
            value: o.value.into(),
            label: o.label.into(),
        })
        .collect()
}

impl From<AssessmentRecord> for AssessmentResult {
    fn from(r: AssessmentRecord) -> Self {
        let (at, utc_offset_seconds) = time::from_core(&r.at);
        let res = r.result;
        AssessmentResult {
            id: r.id,
            at,
            utc_offset_seconds,
            instrument: from_core(res.instrument),
            answers: res.answers.iter().map(|a| i32::from(*a)).collect(),
            score: res.score.into(),
            max_score: res.max_score.into(),
            band: res.band.as_str().into(),
            safety: res.safety,
            percent: res.percent.map(i32::from),
            difficulty: res.difficulty.map(i32::from),
            // In the reader's language now, not the one it was answered in.
            summary: res.summary_now(),
        }
    }
}

/// The published questionnaire, for drawing it: a validated translation in the reader's
/// language where one is recorded with its citation, else the English original with
/// `language_notice`.
#[uniffi::export]
pub fn questionnaire(instrument: Instrument) -> QuestionnaireDefinition {
    let d = hearth_core::assessments::translations::presented(to_core(instrument));
    QuestionnaireDefinition {
        instrument,
        title: d.title.into(),
        stem: d.stem.into(),
        items: d.items.iter().map(|i| i.text.into()).collect(),
        options: choices(d.options),
        follow_up: d.follow_up.as_ref().map(|f| f.text.into()),
        follow_up_options: d
            .follow_up
            .as_ref()
            .map(|f| choices(f.options))
            .unwrap_or_default(),
        notice: d.notice.into(),
        citation: d.citation.into(),
        language_notice: hearth_core::assessments::translations::original_language_notice(to_core(
            instrument,
        )),
    }
}

#[uniffi::export]
impl Hearth {
    /// Scores and saves a questionnaire. `answers` are the item values in order
    /// (PHQ-9 accepts a 10th: the difficulty question). Wrong counts or values are
    /// refused with field `answers`.
    #[uniffi::method(default(at = None, utc_offset_seconds = None))]
    pub fn record_assessment(
        &self,
        instrument: Instrument,
        answers: Vec<i32>,
        at: Option<SystemTime>,
        utc_offset_seconds: Option<i32>,
    ) -> Result<AssessmentResult, HearthError> {
        let at = time::to_core(at, utc_offset_seconds)?;
        let answers = answers
            .iter()
            .enumerate()
            .map(|(i, a)| {
                u8::try_from(*a).map_err(|_| {
                    HearthError::invalid(
                        "answers",
                        format!("answer {} is {a}; answers are small whole numbers", i + 1),
                    )
                })
            })
            .collect::<Result<Vec<u8>, _>>()?;
        self.with(|s| s.record_assessment(to_core(instrument), &answers, at))
            .map(AssessmentResult::from)
    }

    /// Saved results, oldest first; all questionnaires when `instrument` is null/nil.
    pub fn assessments(
        &self,
        instrument: Option<Instrument>,
    ) -> Result<Vec<AssessmentResult>, HearthError> {
        self.with(|s| s.assessments(instrument.map(to_core)))
            .map(|v| v.into_iter().map(AssessmentResult::from).collect())
    }

    /// A saved result as a FHIR R4 Bundle (QuestionnaireResponse + Observation), JSON.
    pub fn assessment_fhir(&self, id: String) -> Result<String, HearthError> {
        let rec = self.with(|s| s.assessment(&id))?;
        guard(|| {
            let ids = fhir::FhirIds::random()?;
            let b = fhir::bundle(&rec.result, rec.at, &ids)?;
            serde_json::to_string_pretty(&b).map_err(|e| HearthError::Internal {
                detail: e.to_string(),
            })
        })
    }
}
