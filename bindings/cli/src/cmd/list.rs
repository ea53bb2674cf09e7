//! `hearth list` and `hearth today`.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Local, Utc};
use hearth_core::time::{parse_date, DayRange};
use hearth_core::HearthError;
use serde_json::{json, Value};

use crate::args::{ListArgs, TodayArgs};
use crate::{keys, output};

pub fn list(dir: &Path, a: ListArgs) -> Result<ExitCode, HearthError> {
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
        println!("Nothing in this range yet.");
    } else {
        for e in &listing.items {
            println!("{}", output::entry_line(e));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn today(dir: &Path, a: TodayArgs) -> Result<ExitCode, HearthError> {
    let date = match &a.tz {
        Some(name) => {
            let tz: chrono_tz::Tz = name.parse().map_err(|_| {
                HearthError::invalid("tz", format!("{name:?} is not an IANA time zone"))
            })?;
            Utc::now().with_timezone(&tz).date_naive()
        }
        None => Local::now().date_naive(),
    };
    let mut store = keys::open(dir)?;
    let listing = store.checkins(DayRange::day(date))?;
    output::warn_damaged(&listing.damaged);
    if a.json {
        let arr: Vec<Value> = listing.items.iter().map(output::checkin_json).collect();
        output::print_json(&json!({
            "date": date.to_string(),
            "checked_in": !arr.is_empty(),
            "count": arr.len(),
            "checkins": arr,
        }));
    } else if listing.items.is_empty() {
        println!("Nothing recorded today yet. Whenever you like: hearth checkin --mood 1..5");
    } else {
        println!("Today, {date}:");
        for c in &listing.items {
            println!("{}", output::checkin_line(c));
        }
    }
    Ok(ExitCode::SUCCESS)
}
