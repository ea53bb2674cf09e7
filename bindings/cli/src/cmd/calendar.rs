//! `hearth calendar --year YYYY | --month YYYY-MM [--json]`: the year in pixels (rows of
//! months, a cell per day) or a month grid. Each mood level has its own glyph and the
//! legend says which, because colour must never be the only signal.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};
use hearth_core::journal::calendar::{self, CalendarDay};
use hearth_core::l10n::words;
use hearth_core::{tr, HearthError};

use crate::args::CalendarArgs;
use crate::{keys, output};

/// The cell of a day without a check-in.
const EMPTY: char = '·';
/// One glyph per mood level 1–5: the level itself, legible on any terminal and read out
/// as a number by a screen reader.
const GLYPHS: [char; 5] = ['1', '2', '3', '4', '5'];

pub fn run(dir: &Path, a: CalendarArgs) -> Result<ExitCode, HearthError> {
    // Checked before the store is opened, so bad input never touches it.
    let range = match (&a.year, &a.month) {
        (Some(y), _) => calendar::year_range(year(y)?)?,
        (None, Some(m)) => {
            let (y, m) = month(m)?;
            calendar::month_range(y, m)?
        }
        (None, None) => return Err(HearthError::invalid("year", "give --year or --month")),
    };
    let mut store = keys::open(dir)?;
    let cal = store.calendar(range)?;
    output::warn_damaged(&cal.damaged);
    if a.json {
        output::print_json(&cal.days);
    } else if a.year.is_some() {
        year_in_pixels(&cal.days);
    } else {
        month_grid(&cal.days);
    }
    Ok(ExitCode::SUCCESS)
}

fn year(s: &str) -> Result<i32, HearthError> {
    let s = s.trim();
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HearthError::invalid(
            "year",
            format!("expected a year like 2026, got {s:?}"),
        ));
    }
    s.parse()
        .map_err(|_| HearthError::invalid("year", format!("expected a year like 2026, got {s:?}")))
}

fn month(s: &str) -> Result<(i32, u32), HearthError> {
    let bad = || HearthError::invalid("month", format!("expected a month like 2026-03, got {s:?}"));
    let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
    if m.is_empty() || m.len() > 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    Ok((year(y)?, m.parse().map_err(|_| bad())?))
}

fn glyph(d: &CalendarDay) -> char {
    d.level
        .and_then(|l| GLYPHS.get(usize::from(l).wrapping_sub(1)))
        .copied()
        .unwrap_or(EMPTY)
}

fn legend() -> String {
    let levels: Vec<String> = GLYPHS
        .iter()
        .zip(1u8..)
        .map(|(g, level)| format!("{g} {}", words::mood_word(level)))
        .collect();
    tr!("cli-calendar-legend", "levels" => levels.join(", "), "empty" => EMPTY.to_string())
}

/// A month's short name for a row label, padded to three columns ("Jan", "Mär", "ene").
fn month_short(month: u32) -> String {
    let name = tr!("cli-month-short", "month" => month);
    let pad = 3usize.saturating_sub(name.chars().count());
    format!("{name}{}", " ".repeat(pad))
}

fn date(d: &CalendarDay) -> Option<NaiveDate> {
    hearth_core::time::ymd(&d.date)
}

/// Twelve rows of up to 31 cells: the mean mood of each day as its level's glyph.
fn year_in_pixels(days: &[CalendarDay]) {
    let Some(first) = days.first().and_then(date) else {
        return;
    };
    println!(
        "{}",
        tr!("cli-calendar-year-heading", "year" => first.year().to_string(), "legend" => legend())
    );
    let tens: String = (1..=31u32)
        .map(|d| match d {
            10 => '1',
            20 => '2',
            30 => '3',
            _ => ' ',
        })
        .collect();
    let units: String = (1..=31)
        .map(|d: u32| char::from(b'0' + (d % 10) as u8))
        .collect();
    println!("     {tens}");
    println!("     {units}");
    for i in 0..12usize {
        let name = month_short(i as u32 + 1);
        let row: String = days
            .iter()
            .filter(|d| date(d).is_some_and(|x| x.month0() as usize == i))
            .map(glyph)
            .collect();
        println!("{name}  {row}");
    }
    let counted = days.iter().filter(|d| d.count > 0).count();
    println!(
        "\n{}",
        tr!("cli-calendar-count", "counted" => counted, "total" => days.len())
    );
}

/// A Monday-first grid: each day as `day:glyph`, and `+` when it has a note, a
/// reflection or a thought record.
fn month_grid(days: &[CalendarDay]) {
    let Some(first) = days.first().and_then(date) else {
        return;
    };
    println!(
        "{}",
        tr!("cli-calendar-month-heading", "month" => words::month_name(first.month()),
            "year" => first.year().to_string(), "legend" => legend())
    );
    let header: String = std::iter::successors(Some(chrono::Weekday::Mon), |d| Some(d.succ()))
        .take(7)
        .map(|d| {
            let name = words::weekday_short(d);
            let pad = 6usize.saturating_sub(name.chars().count());
            format!("{name}{}", " ".repeat(pad))
        })
        .collect();
    println!("{}", header.trim_end());
    let mut line = "      ".repeat(first.weekday().num_days_from_monday() as usize);
    for d in days {
        let Some(x) = date(d) else { continue };
        let extra = if d.note || d.reflection || d.thought {
            '+'
        } else {
            ' '
        };
        line.push_str(&format!("{:>2}:{}{} ", x.day(), glyph(d), extra));
        if x.weekday() == chrono::Weekday::Sun {
            println!("{}", line.trim_end());
            line.clear();
        }
    }
    if !line.trim().is_empty() {
        println!("{}", line.trim_end());
    }
}
