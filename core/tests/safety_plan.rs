//! The safety plan model: sections for the UI, emptiness, normalisation and limits.

use hearth_core::safety::plan::{MAX_ENTRIES, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use hearth_core::safety::{sections, PlanContact, SafetyPlan, SectionKind};
use hearth_core::HearthError;

fn field_and_reason(e: HearthError) -> (String, String) {
    match e {
        HearthError::InvalidInput { field, reason } => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn sections_cover_the_six_steps_and_reasons_in_order() {
    let s = sections();
    let ids: Vec<&str> = s.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "warning_signs",
            "on_my_own",
            "distractions",
            "people_to_ask",
            "professionals",
            "safer_surroundings",
            "reasons_for_living",
        ]
    );
    for (i, sec) in s.iter().enumerate() {
        assert_eq!(usize::from(sec.step), i + 1);
        assert!(
            !sec.heading().is_empty() && sec.help().len() > 30,
            "{}",
            sec.id
        );
        assert_eq!(sec.max_entries, MAX_ENTRIES);
    }
    let contacts: Vec<&str> = s
        .iter()
        .filter(|s| s.kind == SectionKind::Contacts)
        .map(|s| s.id)
        .collect();
    assert_eq!(contacts, ["distractions", "people_to_ask", "professionals"]);

    // Section ids are the serialised field names, so shells can map one to the other.
    let json = serde_json::to_value(SafetyPlan::new()).unwrap();
    for id in ids {
        assert!(json.get(id).is_some(), "{id}");
    }
}

#[test]
fn empty_and_blank_plans_are_empty() {
    assert!(SafetyPlan::new().is_empty());
    let blank = SafetyPlan {
        warning_signs: vec!["  ".into()],
        people_to_ask: vec![PlanContact::new(" ", Some(" "))],
        ..SafetyPlan::default()
    };
    assert!(blank.is_empty());
    let normalized = blank.normalized().unwrap();
    assert_eq!(normalized, SafetyPlan::new());

    let one = SafetyPlan {
        reasons_for_living: vec!["my sister".into()],
        ..SafetyPlan::default()
    };
    assert!(!one.is_empty());
    let phone_only = SafetyPlan {
        professionals: vec![PlanContact::new("", Some("0800 123 456"))],
        ..SafetyPlan::default()
    };
    assert!(!phone_only.is_empty());
}

#[test]
fn normalized_trims_and_drops_blanks_keeping_order() {
    let plan = SafetyPlan {
        warning_signs: vec![
            " not sleeping ".into(),
            "".into(),
            "cancelling plans".into(),
        ],
        people_to_ask: vec![
            PlanContact::new(" Sam ", Some(" +44 7700 900123 ")),
            PlanContact::new("", None),
            PlanContact::new("Aunt Jo", Some("   ")),
        ],
        ..SafetyPlan::default()
    };
    let n = plan.normalized().unwrap();
    assert_eq!(n.warning_signs, ["not sleeping", "cancelling plans"]);
    assert_eq!(
        n.people_to_ask,
        [
            PlanContact::new("Sam", Some("+44 7700 900123")),
            PlanContact::new("Aunt Jo", None),
        ]
    );
    assert_eq!(n.reachable_contacts().len(), 1);
    assert!(n.validate().is_ok());
}

#[test]
fn limits_are_refused_naming_the_section() {
    let too_many = SafetyPlan {
        on_my_own: vec!["walk".to_string(); MAX_ENTRIES + 1],
        ..SafetyPlan::default()
    };
    let (field, reason) = field_and_reason(too_many.validate().unwrap_err());
    assert_eq!(field, "on_my_own");
    assert!(reason.contains("limit is 20"), "{reason}");

    let long = SafetyPlan {
        reasons_for_living: vec!["ok".into(), "x".repeat(MAX_TEXT_CHARS + 1)],
        ..SafetyPlan::default()
    };
    let (field, reason) = field_and_reason(long.validate().unwrap_err());
    assert_eq!(field, "reasons_for_living");
    assert!(
        reason.starts_with("entry 2: the text is 501 characters"),
        "{reason}"
    );

    let long_name = SafetyPlan {
        distractions: vec![PlanContact::new("n".repeat(MAX_NAME_CHARS + 1), None)],
        ..SafetyPlan::default()
    };
    let (field, _) = field_and_reason(long_name.validate().unwrap_err());
    assert_eq!(field, "distractions");

    let bad_phone = SafetyPlan {
        people_to_ask: vec![
            PlanContact::new("Sam", Some("07700 900123")),
            PlanContact::new("Jo", Some("call me")),
        ],
        ..SafetyPlan::default()
    };
    let (field, reason) = field_and_reason(bad_phone.validate().unwrap_err());
    assert_eq!(field, "people_to_ask");
    assert_eq!(reason, "entry 2: the phone number needs at least 3 digits");

    let control = SafetyPlan {
        warning_signs: vec!["a\u{0}b".into()],
        ..SafetyPlan::default()
    };
    assert!(control.validate().is_err());
}

#[test]
fn exactly_at_the_limits_is_fine() {
    let plan = SafetyPlan {
        warning_signs: vec!["é".repeat(MAX_TEXT_CHARS); MAX_ENTRIES],
        professionals: vec![PlanContact::new("GP", Some("988")); MAX_ENTRIES],
        ..SafetyPlan::default()
    };
    assert!(plan.validate().is_ok());
}

#[test]
fn plan_round_trips_and_tolerates_missing_fields() {
    let plan = SafetyPlan {
        warning_signs: vec!["racing thoughts".into()],
        people_to_ask: vec![PlanContact::new("Sam", Some("+1 555 0100"))],
        professionals: vec![PlanContact::new("Dr Lee", None)],
        ..SafetyPlan::default()
    };
    let json = serde_json::to_string(&plan).unwrap();
    let back: SafetyPlan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
    let partial: SafetyPlan = serde_json::from_str(r#"{"reasons_for_living":["my cat"]}"#).unwrap();
    assert_eq!(partial.reasons_for_living, ["my cat"]);
    assert!(partial.warning_signs.is_empty());
}
