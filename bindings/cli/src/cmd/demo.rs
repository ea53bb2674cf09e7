//! `hearth demo`: a throwaway store with realistic sample data and a short tour, or
//! (with --store) seeding a real directory for scale tests.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Duration;
use hearth_core::insights::Period;
use hearth_core::time::DayRange;
use hearth_core::{tr, HearthError, Store};
use serde_json::json;

use crate::args::DemoArgs;
use crate::{keys, output};

pub fn run(store: Option<PathBuf>, a: &DemoArgs) -> Result<ExitCode, HearthError> {
    let now = hearth_core::zone::now_here();
    match store {
        Some(dir) => {
            let mut s = keys::open(&dir)?;
            let n = hearth_core::demo::seed(&mut s, a.days, now, a.seed)?;
            if a.json {
                output::print_json(
                    &json!({"store": dir.display().to_string(), "days": a.days, "checkins": n}),
                );
            } else {
                println!(
                    "{}",
                    tr!("cli-demo-seeded-store", "count" => n, "days" => a.days,
                        "dir" => dir.display().to_string())
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let dir = std::env::temp_dir().join(format!("hearth-demo-{}", Store::new_id()?));
            let result = tour(&dir, a, now);
            // The sample store holds nothing of the person's, but a demo should leave
            // nothing behind; the tour says where it was so a failed removal is findable.
            let removed = match std::fs::remove_dir_all(&dir) {
                Ok(()) => true,
                Err(e) => e.kind() == std::io::ErrorKind::NotFound,
            };
            if result.is_ok() && !a.json {
                let shown = dir.display().to_string();
                if removed {
                    println!("\n{}", tr!("cli-demo-deleted", "dir" => shown));
                } else {
                    println!("\n{}", tr!("cli-demo-not-deleted", "dir" => shown));
                }
            }
            result
        }
    }
}

fn tour(
    dir: &std::path::Path,
    a: &DemoArgs,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<ExitCode, HearthError> {
    let mut s = keys::open(dir)?;
    let n = hearth_core::demo::seed(&mut s, a.days, now, a.seed)?;
    let today = now.date_naive();
    let week = s.checkins(DayRange {
        from: Some(today - Duration::days(6)),
        to: Some(today),
    })?;
    let all = s.checkins(DayRange::all())?;
    let report = s.verify()?;
    if a.json {
        output::print_json(&json!({
            "days": a.days, "checkins": n, "last_7_days": week.items.len(),
            "verify_clean": report.is_clean(),
        }));
        return Ok(ExitCode::SUCCESS);
    }
    println!("{}\n", tr!("cli-demo-title"));
    println!(
        "{}",
        tr!("cli-demo-seeded", "count" => n, "days" => a.days,
            "dir" => dir.display().to_string())
    );
    println!("{}\n", tr!("cli-demo-sealed"));
    let daily: Vec<Option<f64>> = (0..a.days.min(60))
        .rev()
        .map(|back| {
            let d = today - Duration::days(back as i64);
            let moods: Vec<f64> = all
                .items
                .iter()
                .filter(|c| c.at.date_naive() == d)
                .map(|c| c.mood as f64)
                .collect();
            (!moods.is_empty()).then(|| moods.iter().sum::<f64>() / moods.len() as f64)
        })
        .collect();
    println!(
        "{}\n  {}\n",
        tr!("cli-demo-mood-heading", "days" => daily.len()),
        output::sparkline(&daily)
    );
    println!("{}", tr!("cli-demo-recent-heading"));
    for c in week.items.iter().take(5) {
        println!("  {}", output::checkin_line(c).replace('\n', "\n  "));
    }
    println!(
        "\n{}",
        tr!("cli-demo-integrity", "checked" => report.checked,
            "damaged" => report.damaged.len())
    );
    let zone = keys::zone(None)?;
    let insights = s.insights(Period::Days(30), chrono::Utc::now(), zone)?;
    println!("\n{}", tr!("cli-demo-highlights-heading"));
    for h in insights.highlights.iter().take(3) {
        println!("  • {h}");
    }
    if let Some(next) = s.plan_reminders(chrono::Utc::now(), zone, 1)?.first() {
        let at = next.at.with_timezone(&zone).fixed_offset();
        println!(
            "\n{}",
            tr!("cli-demo-next-reminder", "when" => output::weekday_time(&at),
                "message" => &next.message)
        );
    }
    // The commands stay as typed; only the example note is in the reader's language.
    println!(
        "\n{}\n  hearth --store ./my-journal checkin --mood 4 --note \"{}\"\n  hearth --store ./my-journal today",
        tr!("cli-demo-try-heading"),
        tr!("cli-demo-try-note")
    );
    println!("\n{}", tr!("cli-demo-closing"));
    Ok(ExitCode::SUCCESS)
}
