//! `hearth demo`: a throwaway store with realistic sample data and a short tour, or
//! (with --store) seeding a real directory for scale tests.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Duration;
use hearth_core::insights::Period;
use hearth_core::time::DayRange;
use hearth_core::{HearthError, Store};
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
                    "Seeded {n} sample check-ins over {} days into {}.",
                    a.days,
                    dir.display()
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
                if removed {
                    println!(
                        "\n(The sample store in {} has been deleted.)",
                        dir.display()
                    );
                } else {
                    println!(
                        "\n(The sample store in {} could not be deleted; remove it with \
                         `rm -r {}`.)",
                        dir.display(),
                        dir.display()
                    );
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
    println!("Hearth demo: a private, encrypted mood journal (sample data, throwaway store)\n");
    println!(
        "Seeded {n} check-ins over {} days into {}.",
        a.days,
        dir.display()
    );
    println!("Every entry is sealed with AES-256-GCM; the file holds no readable moods, notes or dates.\n");
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
        "Mood, last {} days (one bar a day):\n  {}\n",
        daily.len(),
        output::sparkline(&daily)
    );
    println!("The last few check-ins:");
    for c in week.items.iter().take(5) {
        println!("  {}", output::checkin_line(c).replace('\n', "\n  "));
    }
    println!(
        "\nIntegrity: {} records checked, {} damaged.",
        report.checked,
        report.damaged.len()
    );
    let zone = keys::zone(None)?;
    let insights = s.insights(Period::Days(30), chrono::Utc::now(), zone)?;
    println!("\nWhat stands out in the last 30 days:");
    for h in insights.highlights.iter().take(3) {
        println!("  • {h}");
    }
    if let Some(next) = s.plan_reminders(chrono::Utc::now(), zone, 1)?.first() {
        println!(
            "\nNext gentle reminder: {} — \"{}\"",
            next.at.with_timezone(&zone).format("%a %H:%M"),
            next.message
        );
    }
    println!("\nTry it on your own store:\n  hearth --store ./my-journal checkin --mood 4 --note \"walked with a friend\"\n  hearth --store ./my-journal today");
    println!("\nHearth is a tool for noticing, not a therapist. If things feel heavy, reaching out to someone you trust helps.");
    Ok(ExitCode::SUCCESS)
}
