//! `hearth verify`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::HearthError;

use crate::{keys, output};

pub fn run(dir: &Path, json: bool) -> Result<ExitCode, HearthError> {
    let mut store = keys::open(dir)?;
    let report = store.verify()?;
    if json {
        output::print_json(&serde_json::to_value(&report).unwrap_or_default());
    } else {
        println!(
            "Checked {} record(s); SQLite check: {}.",
            report.checked, report.sqlite
        );
        for d in &report.damaged {
            println!("damaged: {} {} ({})", d.table, d.id, d.reason);
        }
        for p in &report.integrity {
            println!("not as Hearth left it: {p}");
        }
        if report.is_clean() {
            println!("Everything reads back intact.");
        }
    }
    Ok(if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
