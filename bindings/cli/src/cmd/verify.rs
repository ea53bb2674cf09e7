//! `hearth verify`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::{tr, HearthError};

use crate::{keys, output};

pub fn run(dir: &Path, json: bool) -> Result<ExitCode, HearthError> {
    let mut store = keys::open(dir)?;
    let report = store.verify()?;
    if json {
        output::print_json(&serde_json::to_value(&report).unwrap_or_default());
    } else {
        println!(
            "{}",
            tr!("cli-verify-checked", "count" => report.checked, "sqlite" => &report.sqlite)
        );
        for d in &report.damaged {
            println!(
                "{}",
                tr!("cli-verify-damaged", "table" => &d.table, "id" => &d.id,
                    "reason" => &d.reason)
            );
        }
        for p in &report.integrity {
            println!(
                "{}",
                tr!("cli-verify-integrity", "problem" => p.to_string())
            );
        }
        if report.is_clean() {
            println!("{}", tr!("cli-verify-clean"));
        }
    }
    Ok(if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
