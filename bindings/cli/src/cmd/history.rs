//! `hearth list --limit N [--before CURSOR]`: history a page at a time, so a script (or
//! a test) pages the way a phone scrolls.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use hearth_core::{tr, HearthError};
use serde_json::{json, Value};

use crate::{keys, output};

pub fn page(
    dir: &Path,
    limit: u32,
    before: Option<&str>,
    as_json: bool,
) -> Result<ExitCode, HearthError> {
    // Checked before the store is opened, so bad input never touches it.
    hearth_core::journal::history::page_limit(limit)?;
    let mut store = keys::open(dir)?;
    let page = store.history_page(before, limit, Utc::now())?;
    output::warn_damaged(&page.damaged);
    if as_json {
        let entries: Vec<Value> = page.entries.iter().map(output::entry_json).collect();
        output::print_json(&json!({"entries": entries, "next": page.next}));
        return Ok(ExitCode::SUCCESS);
    }
    if page.entries.is_empty() {
        println!("{}", tr!("cli-history-none"));
    }
    for e in &page.entries {
        println!("{}", output::entry_line(e));
    }
    match &page.next {
        Some(next) => println!(
            "\n{}",
            tr!("cli-history-next",
                "command" => format!("hearth list --limit {limit} --before {next}"))
        ),
        None if !page.entries.is_empty() => println!("\n{}", tr!("cli-history-start")),
        None => {}
    }
    Ok(ExitCode::SUCCESS)
}
