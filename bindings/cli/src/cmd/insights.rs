//! `hearth insights`.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use hearth_core::insights::Period;
use hearth_core::HearthError;

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
    println!(
        "{} to {}: {} check-in(s){}",
        i.from.as_deref().unwrap_or("start"),
        i.to,
        i.checkins,
        i.mean_mood
            .map(|m| format!(", mean mood {m:.1}"))
            .unwrap_or_default()
    );
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
            format!(
                "{} {}",
                &b.key[..3],
                b.mean.map(|m| format!("{m:.1}")).unwrap_or("–".into())
            )
        })
        .collect();
    println!("\nBy weekday: {}", days.join("  "));
    let tod: Vec<String> = i
        .by_time_of_day
        .iter()
        .map(|b| {
            format!(
                "{} {}",
                b.key,
                b.mean.map(|m| format!("{m:.1}")).unwrap_or("–".into())
            )
        })
        .collect();
    println!("By time of day: {}", tod.join("  "));
    let weak: Vec<&str> = i
        .associations
        .iter()
        .filter(|a| !a.enough_data)
        .map(|a| a.name.as_str())
        .take(8)
        .collect();
    if !weak.is_empty() {
        println!("\nNot enough data yet for: {}", weak.join(", "));
    }
    println!("\n{}", i.note);
    Ok(ExitCode::SUCCESS)
}
