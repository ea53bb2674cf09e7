//! `hearth list` and `hearth today`.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use hearth_core::time::{parse_date, DayRange};
use hearth_core::{tr, HearthError};
use serde_json::Value;

use crate::args::{ListArgs, TodayArgs};
use crate::{keys, output};

pub fn list(dir: &Path, a: ListArgs) -> Result<ExitCode, HearthError> {
    if let Some(limit) = a.limit {
        return super::history::page(dir, limit, a.before.as_deref(), a.json);
    }
    let range = DayRange {
        from: a
            .from
            .as_deref()
            .map(|s| parse_date("from", s))
            .transpose()?,
        to: a.to.as_deref().map(|s| parse_date("to", s)).transpose()?,
    };
    let mut store = keys::open(dir)?;
    let listing = store.entries(range)?;
    output::warn_damaged(&listing.damaged);
    if a.json {
        let arr: Vec<Value> = listing.items.iter().map(output::entry_json).collect();
        output::print_json(&Value::Array(arr));
    } else if listing.items.is_empty() {
        println!("{}", tr!("cli-list-empty"));
    } else {
        for e in &listing.items {
            println!("{}", output::entry_line(e));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn today(dir: &Path, a: TodayArgs) -> Result<ExitCode, HearthError> {
    let zone = keys::zone(a.tz.as_deref())?;
    let mut store = keys::open(dir)?;
    let now = Utc::now();
    let snap = store.widget_snapshot(now, zone)?;
    // The same "today" as the snapshot: today in `zone`, whatever offset a check-in
    // was recorded with.
    let listing = store.checkins_today(now, zone)?;
    output::warn_damaged(&listing.damaged);
    if a.json {
        let mut v = serde_json::to_value(&snap).unwrap_or_default();
        if let Value::Object(m) = &mut v {
            let arr: Vec<Value> = listing.items.iter().map(output::checkin_json).collect();
            m.insert("checkins".into(), Value::Array(arr));
        }
        output::print_json(&v);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}",
        tr!("cli-today-heading", "date" => &snap.date, "line" => &snap.line)
    );
    for c in &listing.items {
        println!("{}", output::checkin_line(c));
    }
    if let Some(s) = &snap.suggestion {
        println!(
            "\n{}\n  (hearth safety show · hearth crisis --region XX · hearth people list)",
            s.message
        );
    }
    Ok(ExitCode::SUCCESS)
}
