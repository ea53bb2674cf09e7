//! `hearth assess`: score and save a questionnaire, list history, show questions, or
//! export a result as FHIR.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::assessments::{
    band_word, fhir, original_language_notice, parse_answers, presented, Instrument,
};
use hearth_core::journal::assessment::AssessmentRecord;
use hearth_core::time::parse_rfc3339;
use hearth_core::{tr, HearthError};
use serde_json::{json, Value};

use crate::args::AssessArgs;
use crate::{keys, output};

pub fn run(dir: &Path, a: AssessArgs) -> Result<ExitCode, HearthError> {
    match a.what.as_str() {
        "history" => history(dir, a.json),
        "questions" => questions(a.target.as_deref(), a.json),
        "fhir" => export_fhir(dir, a.target.as_deref()),
        name => {
            let instrument = Instrument::parse(name)?;
            let raw = a.answers.as_deref().ok_or_else(|| {
                HearthError::invalid("answers", "give --answers a,b,c,… in item order")
            })?;
            let answers = parse_answers(raw)?;
            let at =
                a.at.as_deref()
                    .map(|s| parse_rfc3339("at", s))
                    .transpose()?;
            let rec = keys::open(dir)?.record_assessment(instrument, &answers, at)?;
            if a.json {
                output::print_json(&record_json(&rec));
            } else {
                print_result(&rec);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `{"id","at","instrument","score","max_score","band","safety","percent"?,"difficulty"?,"answers","summary"}`.
fn record_json(r: &AssessmentRecord) -> Value {
    let mut v = serde_json::to_value(&r.result).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert("id".into(), r.id.clone().into());
        m.insert("at".into(), r.at.to_rfc3339().into());
    }
    v
}

fn print_result(r: &AssessmentRecord) {
    let res = &r.result;
    let title = res.instrument.definition().title;
    let band = band_word(res.band);
    let line = match res.percent {
        Some(p) => tr!("cli-assess-result-percent", "title" => title, "score" => res.score,
            "max" => res.max_score, "band" => band, "percent" => p),
        None => tr!("cli-assess-result", "title" => title, "score" => res.score,
            "max" => res.max_score, "band" => band),
    };
    println!("{line}");
    println!("\n{}", res.summary_now());
    if res.safety {
        println!("\n{}", tr!("cli-assess-safety-pointer"));
    }
    // The copyright notice is printed as published, like the items.
    println!("\n{}", res.instrument.definition().notice);
}

fn history(dir: &Path, json: bool) -> Result<ExitCode, HearthError> {
    let all = keys::open(dir)?.assessments(None)?;
    if json {
        output::print_json(&Value::Array(all.iter().map(record_json).collect()));
    } else if all.is_empty() {
        println!("{}", tr!("cli-assess-history-empty"));
    } else {
        for r in &all {
            println!(
                "{}",
                output::entry_line(&hearth_core::journal::entry::StoredEntry::Assessment(
                    r.clone()
                ))
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn questions(which: Option<&str>, json: bool) -> Result<ExitCode, HearthError> {
    let i = Instrument::parse(which.ok_or_else(|| {
        let known: Vec<&str> = Instrument::ALL.iter().map(|i| i.id()).collect();
        HearthError::invalid(
            "instrument",
            format!(
                "name one, e.g. `hearth assess questions phq9` (one of {})",
                known.join(", ")
            ),
        )
    })?)?;
    // The items and answer labels as published: the original English unless Hearth
    // includes a validated translation (hearth_core::assessments::translations).
    let d = presented(i);
    if json {
        output::print_json(&json!({
            "id": d.id, "title": d.title, "stem": d.stem,
            "items": d.items.iter().map(|it| json!({"number": it.number, "text": it.text})).collect::<Vec<_>>(),
            "options": d.options.iter().map(|o| json!({"value": o.value, "label": o.label})).collect::<Vec<_>>(),
            "notice": d.notice, "citation": d.citation,
        }));
    } else {
        if let Some(notice) = original_language_notice(i) {
            println!("{notice}\n");
        }
        println!("{}\n{}", d.title, d.stem);
        for it in d.items {
            println!("  {}. {}", it.number, it.text);
        }
        println!("{}", tr!("cli-assess-answers-heading"));
        for o in d.options {
            println!("  {} = {}", o.value, o.label);
        }
        println!("\n{}", d.notice);
    }
    Ok(ExitCode::SUCCESS)
}

fn export_fhir(dir: &Path, id: Option<&str>) -> Result<ExitCode, HearthError> {
    let id = id.ok_or_else(|| {
        HearthError::invalid("id", "give the saved result's id (see `assess history`)")
    })?;
    let rec = keys::open(dir)?.assessment(id)?;
    let bundle = fhir::bundle(&rec.result, rec.at, &fhir::FhirIds::random()?)?;
    output::print_json(&bundle);
    Ok(ExitCode::SUCCESS)
}
