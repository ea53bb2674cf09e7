//! FHIR R4 export: structural checks of the Bundle, QuestionnaireResponse and Observation.

use chrono::DateTime;
use hearth_core::assessments::fhir::{self, FhirIds, LOINC};
use hearth_core::assessments::{score, Instrument};
use serde_json::Value;

const RESPONSE_ID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";
const OBSERVATION_ID: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

fn ids() -> FhirIds {
    FhirIds::new(RESPONSE_ID, OBSERVATION_ID).unwrap()
}

fn export(instrument: Instrument, answers: &[u8]) -> Value {
    let r = score(instrument, answers).unwrap();
    let at = DateTime::parse_from_rfc3339("2026-11-28T21:15:00+01:00").unwrap();
    fhir::bundle(&r, at, &ids()).unwrap()
}

fn resource<'a>(bundle: &'a Value, kind: &str) -> &'a Value {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {bundle:#}"))
}

/// Checks the parts every export must have, whatever the instrument.
fn check_structure(bundle: &Value, n_items: usize) {
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    for e in entries {
        let full = e["fullUrl"].as_str().unwrap();
        assert!(full.starts_with("urn:uuid:"), "{full}");
        assert_eq!(full.trim_start_matches("urn:uuid:"), e["resource"]["id"]);
    }

    let qr = resource(bundle, "QuestionnaireResponse");
    assert_eq!(qr["status"], "completed");
    assert_eq!(qr["id"], RESPONSE_ID);
    assert!(!qr["questionnaire"].as_str().unwrap().is_empty());
    assert_eq!(qr["authored"], "2026-11-28T21:15:00+01:00");
    let items = qr["item"].as_array().unwrap();
    assert_eq!(items.len(), n_items);
    for item in items {
        assert!(!item["linkId"].as_str().unwrap().is_empty());
        assert!(!item["text"].as_str().unwrap().is_empty());
        let answers = item["answer"].as_array().unwrap();
        assert_eq!(answers.len(), 1);
        let a = &answers[0];
        if let Some(c) = a.get("valueCoding") {
            assert_eq!(c["system"], LOINC);
            assert!(c["code"].as_str().unwrap().starts_with("LA"));
            assert!(!c["display"].as_str().unwrap().is_empty());
        } else {
            assert!(a["valueInteger"].is_u64(), "{a}");
        }
    }

    let obs = resource(bundle, "Observation");
    assert_eq!(obs["status"], "final");
    assert_eq!(obs["id"], OBSERVATION_ID);
    let cat = &obs["category"][0]["coding"][0];
    assert_eq!(
        cat["system"],
        "http://terminology.hl7.org/CodeSystem/observation-category"
    );
    assert_eq!(cat["code"], "survey");
    assert_eq!(obs["effectiveDateTime"], "2026-11-28T21:15:00+01:00");
    assert!(obs["valueInteger"].is_u64());
    assert_eq!(
        obs["derivedFrom"][0]["reference"],
        format!("urn:uuid:{RESPONSE_ID}")
    );
    assert!(!obs["code"]["text"].as_str().unwrap().is_empty());
}

fn loinc_code(obs: &Value) -> Option<&str> {
    obs["code"]["coding"]
        .as_array()?
        .iter()
        .find(|c| c["system"] == LOINC)
        .and_then(|c| c["code"].as_str())
}

#[test]
fn phq9_export_with_difficulty() {
    let b = export(Instrument::Phq9, &[1, 2, 0, 3, 1, 0, 2, 1, 1, 2]);
    check_structure(&b, 10);
    let qr = resource(&b, "QuestionnaireResponse");
    assert_eq!(qr["questionnaire"], "http://loinc.org/q/44249-1");
    assert_eq!(qr["item"][0]["linkId"], "44250-9");
    assert_eq!(
        qr["item"][0]["answer"][0]["valueCoding"]["code"],
        "LA6569-3"
    );
    assert_eq!(
        qr["item"][0]["answer"][0]["valueCoding"]["display"],
        "Several days"
    );
    assert_eq!(qr["item"][8]["linkId"], "44260-8");
    assert_eq!(qr["item"][9]["linkId"], "44256-6");
    assert_eq!(
        qr["item"][9]["answer"][0]["valueCoding"]["code"],
        "LA6575-0"
    );
    assert_eq!(
        qr["item"][9]["answer"][0]["valueCoding"]["display"],
        "Very difficult"
    );
    let obs = resource(&b, "Observation");
    assert_eq!(loinc_code(obs), Some("44261-6"));
    assert_eq!(obs["valueInteger"], 11);
    assert!(obs.get("component").is_none());
}

#[test]
fn gad7_export() {
    let b = export(Instrument::Gad7, &[3, 3, 3, 3, 3, 3, 3]);
    check_structure(&b, 7);
    let qr = resource(&b, "QuestionnaireResponse");
    assert_eq!(qr["questionnaire"], "http://loinc.org/q/69737-5");
    assert_eq!(qr["item"][0]["linkId"], "69725-0");
    assert_eq!(
        qr["item"][6]["answer"][0]["valueCoding"]["code"],
        "LA6571-9"
    );
    let obs = resource(&b, "Observation");
    assert_eq!(loinc_code(obs), Some("70274-6"));
    assert_eq!(obs["valueInteger"], 21);
}

#[test]
fn phq2_export() {
    let b = export(Instrument::Phq2, &[2, 1]);
    check_structure(&b, 2);
    assert_eq!(loinc_code(resource(&b, "Observation")), Some("55758-7"));
}

#[test]
fn who5_export_has_percent_and_no_unverified_loinc_code() {
    let b = export(Instrument::Who5, &[3, 2, 4, 1, 3]);
    check_structure(&b, 5);
    let qr = resource(&b, "QuestionnaireResponse");
    assert_eq!(qr["item"][0]["linkId"], "who5-1");
    assert_eq!(qr["item"][2]["answer"][0]["valueInteger"], 4);
    let obs = resource(&b, "Observation");
    assert_eq!(obs["valueInteger"], 13);
    assert_eq!(loinc_code(obs), None, "no verified WHO-5 LOINC code");
    assert_eq!(obs["component"][0]["valueInteger"], 52);
    assert!(!obs["component"][0]["code"]["text"]
        .as_str()
        .unwrap()
        .is_empty());
}

#[test]
fn gad2_export_has_item_codes_but_no_total_code() {
    let b = export(Instrument::Gad2, &[1, 2]);
    check_structure(&b, 2);
    assert_eq!(
        resource(&b, "QuestionnaireResponse")["item"][1]["linkId"],
        "68509-9"
    );
    assert_eq!(loinc_code(resource(&b, "Observation")), None);
}

#[test]
fn every_instrument_exports_with_random_ids() {
    for i in Instrument::ALL {
        let n = i.definition().items.len();
        let r = score(i, &vec![1; n]).unwrap();
        let at = DateTime::parse_from_rfc3339("2026-01-02T03:04:05Z").unwrap();
        let ids = FhirIds::random().unwrap();
        assert_ne!(ids.response, ids.observation);
        assert!(
            FhirIds::new(&ids.response, &ids.observation).is_ok(),
            "{ids:?}"
        );
        let b = fhir::bundle(&r, at, &ids).unwrap();
        let obs = resource(&b, "Observation");
        assert_eq!(obs["valueInteger"], u64::from(r.score));
        assert_eq!(obs["effectiveDateTime"], "2026-01-02T03:04:05+00:00");
        assert_eq!(
            loinc_code(obs).is_some(),
            fhir::total_score_code(i).is_some(),
            "{i}"
        );
    }
}

#[test]
fn tampered_results_are_refused() {
    let mut r = score(Instrument::Phq9, &[0; 9]).unwrap();
    r.answers[2] = 7;
    let at = DateTime::parse_from_rfc3339("2026-11-28T10:00:00Z").unwrap();
    assert!(fhir::bundle(&r, at, &ids()).is_err());

    // A stale total is recomputed from the answers, not trusted.
    let mut r = score(Instrument::Phq9, &[1; 9]).unwrap();
    r.score = 2;
    let b = fhir::bundle(&r, at, &ids()).unwrap();
    assert_eq!(resource(&b, "Observation")["valueInteger"], 9);
}

#[test]
fn bad_ids_are_refused() {
    assert!(FhirIds::new("not-a-uuid", OBSERVATION_ID).is_err());
    assert!(FhirIds::new(RESPONSE_ID, RESPONSE_ID).is_err());
    assert!(FhirIds::new(&RESPONSE_ID.to_uppercase(), OBSERVATION_ID).is_err());
}
