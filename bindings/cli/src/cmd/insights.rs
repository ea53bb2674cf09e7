//! `hearth insights`.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use hearth_core::insights::Period;
use hearth_core::l10n::words;
use hearth_core::{tr, HearthError};

use crate::args::InsightsArgs;
use crate::{keys, output};

pub fn run(dir: &Path, a: InsightsArgs) -> Result<ExitCode, HearthError> {
    let zone = keys::zone(a.tz.as_deref())?;
    let period = if a.all {
        Period::All
    } else {
        Period::Days(a.days.unwrap_or(30))
    };
    let i = keys::open(dir)?.insights(period, Utc::now(), zone)?;
    if a.json {
        output::print_json(&i);
        return Ok(ExitCode::SUCCESS);
    }
    let span = match i.from.as_deref() {
        Some(from) => tr!("cli-insights-span", "from" => from, "to" => &i.to),
        None => tr!("cli-insights-span-start", "to" => &i.to),
    };
    let header = match i.mean_mood {
        Some(m) => tr!("cli-insights-header-mean", "span" => span, "count" => i.checkins,
            "mean" => words::decimal(m, 1)),
        None => tr!("cli-insights-header", "span" => span, "count" => i.checkins),
    };
    println!("{header}");
    let recent: Vec<Option<f64>> = i
        .daily
        .iter()
        .rev()
        .take(60)
        .rev()
        .map(|d| d.mean)
        .collect();
    println!("  {}\n", output::sparkline(&recent));
    if let Some(s) = &i.suggestion {
        println!(
            "{}\n  (hearth safety show · hearth crisis --region XX · hearth people list)\n",
            s.message
        );
    }
    for h in &i.highlights {
        println!("• {h}");
    }
    let days: Vec<String> = i
        .by_weekday
        .iter()
        .map(|b| {
            // Keys are English weekday names ("monday"); shown in the reader's words.
            let day = b
                .key
                .get(..3)
                .and_then(|k| k.parse::<chrono::Weekday>().ok());
            format!(
                "{} {}",
                day.map(words::weekday_short)
                    .unwrap_or_else(|| b.key.clone()),
                mean(b.mean)
            )
        })
        .collect();
    println!(
        "\n{}",
        tr!("cli-insights-by-weekday", "values" => days.join("  "))
    );
    let tod: Vec<String> = i
        .by_time_of_day
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                tr!("cli-time-of-day", "key" => &b.key),
                mean(b.mean)
            )
        })
        .collect();
    println!(
        "{}",
        tr!("cli-insights-by-time", "values" => tod.join("  "))
    );
    let weak: Vec<&str> = i
        .associations
        .iter()
        .filter(|a| !a.enough_data)
        .map(|a| a.name.as_str())
        .take(8)
        .collect();
    if !weak.is_empty() {
        println!(
            "\n{}",
            tr!("cli-insights-not-enough", "names" => weak.join(", "))
        );
    }
    println!("\n{}", i.note);
    Ok(ExitCode::SUCCESS)
}

/// A mean mood with one decimal in the reader's notation, or a dash for none.
fn mean(m: Option<f64>) -> String {
    m.map(|m| words::decimal(m, 1))
        .unwrap_or_else(|| "–".into())
}
