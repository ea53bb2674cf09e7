//! `hearth search`, `hearth show` and `hearth delete`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::{tr, HearthError};
use serde_json::Value;

use crate::args::{IdArgs, SearchArgs};
use crate::{keys, output};

pub fn search(dir: &Path, a: SearchArgs) -> Result<ExitCode, HearthError> {
    let hits = keys::open(dir)?.search(&a.query)?;
    if a.json {
        output::print_json(&Value::Array(hits.iter().map(output::entry_json).collect()));
    } else if hits.is_empty() {
        println!(
            "{}",
            tr!("cli-search-none", "query" => format!("{:?}", a.query))
        );
    } else {
        for e in &hits {
            println!("{}", output::entry_line(e));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(dir: &Path, a: IdArgs) -> Result<ExitCode, HearthError> {
    let e = keys::open(dir)?.entry(&a.id)?;
    if a.json {
        output::print_json(&output::entry_json(&e));
    } else {
        println!("{}", output::entry_line(&e));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn delete(dir: &Path, a: IdArgs) -> Result<ExitCode, HearthError> {
    keys::open(dir)?.delete_entry(&a.id)?;
    if a.json {
        output::print_json(&serde_json::json!({"deleted": a.id}));
    } else {
        println!("{}", tr!("cli-deleted", "id" => &a.id));
    }
    Ok(ExitCode::SUCCESS)
}
