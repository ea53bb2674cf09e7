//! FHIR R4 export of a scored questionnaire, for a person to hand to a clinician's
//! system: a `Bundle` of type `collection` holding a `QuestionnaireResponse` (the
//! answers) and an `Observation` (the total score) derived from it.
//!
//! ## Codes, and how they were checked (2026-11-28)
//!
//! Checked against stored copies of loinc.org pages (and HL7 implementation guides that
//! use the same codes), via the project's search tool:
//!
//! | instrument | panel (questionnaire) | total score | source |
//! |---|---|---|---|
//! | PHQ-9 | 44249-1 | 44261-6 | <https://loinc.org/44261-6> lists 44249-1 as its panel |
//! | GAD-7 | 69737-5 | 70274-6 | <https://loinc.org/69729-2> (PHQ-SADS) contains 70274-6 and the seven GAD-7 item codes |
//! | PHQ-2 | 55757-9 | 55758-7 | <https://loinc.org/55757-9> |
//! | GAD-2 | — | — | no LOINC page found; no code used |
//! | WHO-5 | — | — | no LOINC page found; no code used |
//!
//! - The GAD-7 panel code 69737-5 was not found on a stored loinc.org page; it is
//!   corroborated by Wikipedia's GAD-7 entry and several published FHIR Questionnaires.
//!   It only appears in the `questionnaire` canonical (`http://loinc.org/q/69737-5`);
//!   the total-score code 70274-6 was confirmed on loinc.org.
//! - Item codes: PHQ-9 items 44250-9 … 44260-8 and the difficulty question 44256-6, and
//!   GAD-7 items 69725-0 … 69736-7 (<https://loinc.org/69729-2>, <https://loinc.org/LL358-3>).
//! - Answer codes: LL358-3 "Not at all" LA6568-5, "Several days" LA6569-3, "More than
//!   half the days" LA6570-1, "Nearly every day" LA6571-9 (<https://loinc.org/LL358-3>);
//!   LL359-1 "Not difficult at all" LA6572-7, "Somewhat difficult" LA6573-5, "Very
//!   difficult" LA6575-0, "Extremely difficult" LA6574-3 (<https://loinc.org/LL359-1>;
//!   note that "Very" is 6575 and "Extremely" 6574, not in numeric order).
//! - WHO-5: LOINC may well have WHO-5 terms, but none could be verified, so the
//!   Observation carries a text-only `code` and the answers are `valueInteger`. One
//!   public repository labels WHO-5 as 71969-0, but neighbouring codes (71968-2) are
//!   PROMIS-29 scores, so that claim was not trusted. Add codes only once they are
//!   checked on loinc.org.
//!
//! Questionnaires without a LOINC panel use a local, non-resolvable canonical
//! (`urn:hearth:questionnaire:<id>`).

use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde_json::{json, Value};

use super::scoring::{score, AssessmentResult};
use super::{gad7, phq9, Instrument};
use crate::error::{HearthError, Result};

/// The LOINC code system URI.
pub const LOINC: &str = "http://loinc.org";

/// The HL7 observation-category code system URI.
pub const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

/// LOINC answer codes for the 0–3 frequency answers (LL358-3), by value.
const FREQUENCY_LA: [&str; 4] = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];

/// LOINC answer codes for the PHQ-9 difficulty answers (LL359-1), by value 0–3.
const DIFFICULTY_LA: [&str; 4] = ["LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"];

/// LOINC item codes for PHQ-9 items 1–9.
const PHQ9_ITEM_CODES: [&str; 9] = [
    "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
    "44260-8",
];

/// LOINC code for the PHQ-9 difficulty question.
const PHQ9_DIFFICULTY_CODE: &str = "44256-6";

/// LOINC item codes for GAD-7 items 1–7.
const GAD7_ITEM_CODES: [&str; 7] = [
    "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7",
];

/// A LOINC code with its long common name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoincCode {
    /// The code, e.g. `44261-6`.
    pub code: &'static str,
    /// LOINC's long common name.
    pub display: &'static str,
}

/// The canonical URL of the questionnaire a response answers.
pub fn questionnaire_canonical(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::Phq9 => "http://loinc.org/q/44249-1",
        Instrument::Gad7 => "http://loinc.org/q/69737-5",
        Instrument::Phq2 => "http://loinc.org/q/55757-9",
        Instrument::Gad2 => "urn:hearth:questionnaire:gad2",
        Instrument::Who5 => "urn:hearth:questionnaire:who5",
    }
}

/// The verified LOINC code for the instrument's total score, if there is one.
pub fn total_score_code(instrument: Instrument) -> Option<LoincCode> {
    match instrument {
        Instrument::Phq9 => Some(LoincCode {
            code: "44261-6",
            display: "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        }),
        Instrument::Gad7 => Some(LoincCode {
            code: "70274-6",
            display: "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
        }),
        Instrument::Phq2 => Some(LoincCode {
            code: "55758-7",
            display: "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]",
        }),
        Instrument::Gad2 | Instrument::Who5 => None,
    }
}

/// The two resource ids of an export, as UUIDs (used as `urn:uuid:` full URLs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FhirIds {
    /// Id of the QuestionnaireResponse.
    pub response: String,
    /// Id of the Observation.
    pub observation: String,
}

impl FhirIds {
    /// Two fresh random (version 4) UUIDs.
    pub fn random() -> Result<Self> {
        Ok(FhirIds {
            response: random_uuid()?,
            observation: random_uuid()?,
        })
    }

    /// Ids chosen by the caller, e.g. to re-export with stable ids. Each must be a
    /// lower-case hyphenated UUID (`8-4-4-4-12` hex digits) and they must differ.
    pub fn new(response: &str, observation: &str) -> Result<Self> {
        for (field, v) in [("response_id", response), ("observation_id", observation)] {
            if !is_uuid(v) {
                return Err(HearthError::invalid(
                    field,
                    "must be a lower-case UUID like 123e4567-e89b-42d3-a456-426614174000",
                ));
            }
        }
        if response == observation {
            return Err(HearthError::invalid(
                "observation_id",
                "must differ from the response id",
            ));
        }
        Ok(FhirIds {
            response: response.into(),
            observation: observation.into(),
        })
    }
}

/// Builds the Bundle (type `collection`) with the QuestionnaireResponse and the
/// Observation. `authored` is when the person answered, with their UTC offset.
///
/// The result is re-scored from its raw answers first, so a tampered or stale result
/// cannot produce an export whose total disagrees with its answers.
pub fn bundle(
    result: &AssessmentResult,
    authored: DateTime<FixedOffset>,
    ids: &FhirIds,
) -> Result<Value> {
    let checked = score(result.instrument, &result.raw_answers())?;
    let when = authored.to_rfc3339_opts(SecondsFormat::Secs, false);
    let response = questionnaire_response(&checked, &when, &ids.response);
    let observation = observation(&checked, &when, &ids.observation, &ids.response);
    Ok(json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            { "fullUrl": format!("urn:uuid:{}", ids.response), "resource": response },
            { "fullUrl": format!("urn:uuid:{}", ids.observation), "resource": observation },
        ],
    }))
}

/// The QuestionnaireResponse for a (checked) result.
fn questionnaire_response(r: &AssessmentResult, when: &str, id: &str) -> Value {
    let def = r.definition();
    let mut items: Vec<Value> = def
        .items
        .iter()
        .zip(&r.answers)
        .enumerate()
        .map(|(i, (item, &value))| {
            let answer = match item_code(r.instrument, i) {
                Some(_) => json!({ "valueCoding": {
                    "system": LOINC,
                    "code": FREQUENCY_LA[usize::from(value)],
                    "display": def.label_for(value).unwrap_or_default(),
                }}),
                None => json!({ "valueInteger": value }),
            };
            json!({
                "linkId": link_id(r.instrument, i),
                "text": item.text,
                "answer": [answer],
            })
        })
        .collect();

    if let (Some(d), Some(f)) = (r.difficulty, def.follow_up) {
        let label = f
            .options
            .iter()
            .find(|o| o.value == d)
            .map(|o| o.label)
            .unwrap_or_default();
        items.push(json!({
            "linkId": PHQ9_DIFFICULTY_CODE,
            "text": f.text,
            "answer": [{ "valueCoding": {
                "system": LOINC,
                "code": DIFFICULTY_LA[usize::from(d)],
                "display": label,
            }}],
        }));
    }

    json!({
        "resourceType": "QuestionnaireResponse",
        "id": id,
        "questionnaire": questionnaire_canonical(r.instrument),
        "status": "completed",
        "authored": when,
        "item": items,
    })
}

/// The Observation carrying the total score.
fn observation(r: &AssessmentResult, when: &str, id: &str, response_id: &str) -> Value {
    let def = r.definition();
    let code = match total_score_code(r.instrument) {
        Some(c) => json!({
            "coding": [{ "system": LOINC, "code": c.code, "display": c.display }],
            "text": format!("{} total score", def.short_title),
        }),
        None => json!({ "text": format!("{} total score", def.short_title) }),
    };
    let mut obs = json!({
        "resourceType": "Observation",
        "id": id,
        "status": "final",
        "category": [{ "coding": [{
            "system": OBSERVATION_CATEGORY,
            "code": "survey",
            "display": "Survey",
        }]}],
        "code": code,
        "effectiveDateTime": when,
        "valueInteger": r.score,
        "derivedFrom": [{ "reference": format!("urn:uuid:{response_id}") }],
    });
    if let Some(p) = r.percent {
        obs["component"] = json!([{
            "code": { "text": format!("{} percentage score (raw score × 4)", def.short_title) },
            "valueInteger": p,
        }]);
    }
    obs
}

/// LOINC item code for 0-based item `i`, if the instrument's items have verified codes.
fn item_code(instrument: Instrument, i: usize) -> Option<&'static str> {
    match instrument {
        Instrument::Phq9 | Instrument::Phq2 => PHQ9_ITEM_CODES.get(i).copied(),
        Instrument::Gad7 | Instrument::Gad2 => GAD7_ITEM_CODES.get(i).copied(),
        Instrument::Who5 => None,
    }
}

/// The linkId for 0-based item `i`: the LOINC item code where there is one, else
/// `<instrument>-<number>`.
fn link_id(instrument: Instrument, i: usize) -> String {
    item_code(instrument, i)
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}-{}", instrument.id(), i + 1))
}

fn random_uuid() -> Result<String> {
    use ring::rand::{SecureRandom, SystemRandom};
    let mut b = [0u8; 16];
    SystemRandom::new()
        .fill(&mut b)
        .map_err(|_| HearthError::Storage("the system random generator failed".into()))?;
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let hex = crate::crypto::hex(&b);
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

// Keep the item-code tables in step with the definitions they describe.
const _: () = assert!(PHQ9_ITEM_CODES.len() == phq9::ITEMS.len());
const _: () = assert!(GAD7_ITEM_CODES.len() == gad7::ITEMS.len());
