//! `hearth reminders set|show|plan`.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Datelike, NaiveTime, Utc, Weekday};
use hearth_core::l10n::words;
use hearth_core::reminders::plan::PlannedReminder;
use hearth_core::reminders::settings::{QuietHours, ReminderSettings};
use hearth_core::time::{parse_date, parse_rfc3339};
use hearth_core::{tr, HearthError};
use serde_json::{json, Value};

use crate::args::RemindersCommand;
use crate::{keys, output};

pub fn run(dir: &Path, cmd: RemindersCommand) -> Result<ExitCode, HearthError> {
    match cmd {
        RemindersCommand::Show(f) => {
            let s = keys::open(dir)?.reminder_settings()?;
            show(&s, f.json);
        }
        RemindersCommand::Set {
            times,
            days,
            quiet,
            pause_until,
            off,
            on,
            no_backoff,
            json,
        } => {
            let mut store = keys::open(dir)?;
            let mut s = store.reminder_settings()?;
            if let Some(t) = times {
                s.times = t
                    .split(',')
                    .map(|x| time("times", x))
                    .collect::<Result<_, _>>()?;
            }
            if let Some(d) = days {
                s.weekdays = if d.trim() == "all" {
                    vec![]
                } else {
                    d.split(',').map(weekday).collect::<Result<_, _>>()?
                };
            }
            if let Some(q) = quiet {
                s.quiet = if q.trim() == "none" {
                    None
                } else {
                    Some(quiet_hours(&q)?)
                };
            }
            if let Some(p) = pause_until {
                s.pause_until = if p.trim() == "none" {
                    None
                } else {
                    Some(parse_date("pause_until", &p)?)
                };
            }
            if off {
                s.enabled = false;
            }
            if on {
                s.enabled = true;
            }
            if no_backoff {
                s.back_off = false;
            }
            let saved = store.save_reminder_settings(s)?;
            show(&saved, json);
        }
        RemindersCommand::Plan {
            tz,
            now,
            count,
            json,
        } => {
            let zone = hearth_core::Zone::parse(&tz)?;
            let now = match now {
                Some(n) => parse_rfc3339("now", &n)?.with_timezone(&Utc),
                None => Utc::now(),
            };
            let plan = keys::open(dir)?.plan_reminders(now, zone, count)?;
            if json {
                output::print_json(&Value::Array(
                    plan.iter().map(|r| planned_json(r, zone)).collect(),
                ));
            } else if plan.is_empty() {
                println!("{}", tr!("cli-reminders-none"));
            } else {
                for r in &plan {
                    let at = r.at.with_timezone(&zone);
                    println!(
                        "{} {}  {}",
                        words::weekday_short(at.weekday()),
                        at.format("%Y-%m-%d %H:%M %Z"),
                        r.message
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `{"at" (RFC 3339 UTC), "local" (RFC 3339 in the zone), "id", "message_id",
/// "message", "local_date", "cadence"}`.
fn planned_json(r: &PlannedReminder, zone: hearth_core::Zone) -> Value {
    json!({
        "at": r.at.to_rfc3339(),
        "local": r.at.with_timezone(&zone).to_rfc3339(),
        "id": r.id,
        "message_id": r.message_id,
        "message": r.message,
        "local_date": r.local_date.to_string(),
        "cadence": r.cadence,
    })
}

fn show(s: &ReminderSettings, json: bool) {
    if json {
        output::print_json(&serde_json::to_value(s).unwrap_or_default());
        return;
    }
    let times: Vec<String> = s
        .times
        .iter()
        .map(|t| t.format("%H:%M").to_string())
        .collect();
    let times = times.join(", ");
    println!(
        "{}",
        if s.enabled {
            tr!("cli-reminders-on", "times" => times)
        } else {
            tr!("cli-reminders-off", "times" => times)
        }
    );
    if !s.weekdays.is_empty() {
        let d: Vec<String> = s
            .weekdays
            .iter()
            .map(|d| words::weekday_short(*d))
            .collect();
        println!("{}", tr!("cli-reminders-days", "days" => d.join(", ")));
    }
    if let Some(q) = &s.quiet {
        println!(
            "{}",
            tr!("cli-reminders-quiet", "start" => q.start.format("%H:%M").to_string(),
                "end" => q.end.format("%H:%M").to_string())
        );
    }
    if let Some(p) = s.pause_until {
        println!("{}", tr!("cli-reminders-paused", "date" => p.to_string()));
    }
}

fn time(field: &str, s: &str) -> Result<NaiveTime, HearthError> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M")
        .map_err(|_| HearthError::invalid(field, format!("expected a time like 09:00, got {s:?}")))
}

fn weekday(s: &str) -> Result<Weekday, HearthError> {
    s.trim()
        .parse()
        .map_err(|_| HearthError::invalid("days", format!("expected mon, tue, … sun, got {s:?}")))
}

fn quiet_hours(s: &str) -> Result<QuietHours, HearthError> {
    let (a, b) = s.split_once('-').ok_or_else(|| {
        HearthError::invalid(
            "quiet",
            format!("expected START-END like 22:00-07:00, got {s:?}"),
        )
    })?;
    Ok(QuietHours {
        start: time("quiet", a)?,
        end: time("quiet", b)?,
    })
}
