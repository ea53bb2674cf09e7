//! `hearth safety`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::safety::plan::{sections, PlanContact, SafetyPlan};
use hearth_core::{tr, HearthError};

use super::checkin::read_text;
use crate::args::SafetyCommand;
use crate::{keys, output};

pub fn run(dir: &Path, cmd: SafetyCommand) -> Result<ExitCode, HearthError> {
    let mut s = keys::open(dir)?;
    let (plan, json) = match cmd {
        SafetyCommand::Show(f) => (s.safety_plan()?, f.json),
        SafetyCommand::Edit { file, json } => {
            let text = read_text("file", &file)?;
            let plan: SafetyPlan = serde_json::from_str(&text).map_err(|e| {
                HearthError::invalid("file", format!("not a safety plan in JSON: {e}"))
            })?;
            (s.save_safety_plan(plan)?, json)
        }
        SafetyCommand::Add {
            section,
            text,
            phone,
            json,
        } => {
            let mut plan = s.safety_plan()?;
            let contact = || PlanContact::new(text.clone(), phone.as_deref());
            match section.as_str() {
                "warning_signs" => plan.warning_signs.push(text.clone()),
                "on_my_own" => plan.on_my_own.push(text.clone()),
                "distractions" => plan.distractions.push(contact()),
                "people_to_ask" => plan.people_to_ask.push(contact()),
                "professionals" => plan.professionals.push(contact()),
                "safer_surroundings" => plan.safer_surroundings.push(text.clone()),
                "reasons_for_living" => plan.reasons_for_living.push(text.clone()),
                other => {
                    return Err(HearthError::invalid(
                        "section",
                        format!(
                            "{other:?} is not a section; use one of {}",
                            sections()
                                .iter()
                                .map(|s| s.id)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ))
                }
            }
            (s.save_safety_plan(plan)?, json)
        }
    };
    if json {
        output::print_json(&serde_json::to_value(&plan).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let v = serde_json::to_value(&plan).unwrap_or_default();
    for sec in sections() {
        println!("{}. {}  [{}]", sec.step, sec.heading(), sec.id);
        println!("   {}", sec.help());
        match v.get(sec.id).and_then(|x| x.as_array()) {
            Some(items) if !items.is_empty() => {
                for it in items {
                    match it {
                        serde_json::Value::String(t) => println!("   • {t}"),
                        other => println!(
                            "   • {}{}",
                            other["name"].as_str().unwrap_or(""),
                            other["phone"]
                                .as_str()
                                .map(|p| format!("  {p}"))
                                .unwrap_or_default()
                        ),
                    }
                }
            }
            _ => println!("   {}", tr!("cli-safety-nothing-yet")),
        }
        println!();
    }
    Ok(ExitCode::SUCCESS)
}
