//! The calendar ("year in pixels", a month grid): one value per local day of a month
//! or a year, from one pass over that range's day tags only, so its cost does not grow
//! with the years of history around it.
//!
//! **Days are the days the entries were recorded in.** Every entry carries the UTC
//! offset in force where the person was, and it counts on that wall-clock date (the
//! same day tag it is filed under, and the day `list` and insights use). A trip is
//! counted as lived: a check-in at 23:00 in New York on 3 March is on 3 March, although
//! it was already 4 March in Paris; a day that gained or lost hours in the air is still
//! one cell; a date skipped by crossing the date line eastwards simply has nothing.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use super::entry::StoredEntry;
use super::vocabulary::Quadrant;
use crate::error::{HearthError, Result};
use crate::l10n::words::{date_long, decimal, mood_word};
use crate::store::Store;
use crate::time::{local_day, DayRange};

/// The first and last year a calendar can show: four-digit years, as dates are written.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// One local day of the calendar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarDay {
    /// The local date, `YYYY-MM-DD`.
    pub date: String,
    /// Mean mood of the day's check-ins (two decimals), or none without check-ins.
    pub mood: Option<f64>,
    /// The mean rounded to a mood level 1–5 (halves round up), so every shell draws
    /// the same colour and glyph for the same day.
    pub level: Option<u8>,
    /// Check-ins that day.
    pub count: u32,
    /// The mood × energy quadrant most of the day's check-ins with an energy fell in
    /// (as insights count them: mood and energy 3 or more are the upper halves). On a
    /// tie, the quadrant of the latest of the tied check-ins. None without energy.
    pub quadrant: Option<Quadrant>,
    /// Some check-in that day has a note.
    pub note: bool,
    /// A reflection was written that day.
    pub reflection: bool,
    /// A thought record was written that day.
    pub thought: bool,
    /// The day in words for TalkBack and VoiceOver (colour is never the only signal),
    /// e.g. "Tuesday, 3 March 2026: mood good (3.7), 2 check-ins, a note".
    pub label: String,
}

/// A calendar and the ids of entries in its range that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    /// Every day of the range, oldest first, empty days included.
    pub days: Vec<CalendarDay>,
    /// Ids of damaged entries that were skipped (see `Store::verify`).
    pub damaged: Vec<String>,
}

/// The days of one month, checked.
pub fn month_range(year: i32, month: u32) -> Result<DayRange> {
    let year = check_year(year)?;
    if !(1..=12).contains(&month) {
        return Err(HearthError::invalid(
            "month",
            format!("must be between 1 and 12, got {month}"),
        ));
    }
    let first = ymd(year, month, 1)?;
    let next = if month == 12 {
        ymd(year + 1, 1, 1)
    } else {
        ymd(year, month + 1, 1)
    };
    // December 9999 has no next month in four digits; its last day is fixed.
    let last = next.map_or_else(|_| ymd(year, 12, 31), |n| Ok(n.pred_opt().unwrap_or(n)))?;
    Ok(DayRange {
        from: Some(first),
        to: Some(last),
    })
}

/// The days of one year, checked.
pub fn year_range(year: i32) -> Result<DayRange> {
    let year = check_year(year)?;
    Ok(DayRange {
        from: Some(ymd(year, 1, 1)?),
        to: Some(ymd(year, 12, 31)?),
    })
}

fn check_year(year: i32) -> Result<i32> {
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(HearthError::invalid(
            "year",
            format!("must be between 1 and 9999, got {year}"),
        ))
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| HearthError::invalid("year", format!("{y}-{m:02}-{d:02} is not a date")))
}

/// Longest range one calendar covers: a leap year. Longer would leave the day-tag
/// index for a full scan (see `Store::scan_each`) and cost grow with history.
pub const MAX_CALENDAR_DAYS: i64 = 366;

/// What one day's entries add up to while the range is read.
#[derive(Default)]
struct Tally {
    mood_sum: u32,
    count: u32,
    /// Per quadrant (in `QUADRANTS` order): check-ins, and the latest one's time.
    quadrants: [(u32, Option<DateTime<FixedOffset>>); 4],
    note: bool,
    reflection: bool,
    thought: bool,
}

const QUADRANTS: [Quadrant; 4] = [
    Quadrant::HighEnergyPleasant,
    Quadrant::LowEnergyPleasant,
    Quadrant::HighEnergyUnpleasant,
    Quadrant::LowEnergyUnpleasant,
];

impl Tally {
    fn add(&mut self, e: &StoredEntry) {
        match e {
            StoredEntry::CheckIn(c) => {
                self.mood_sum += u32::from(c.mood);
                self.count += 1;
                self.note |= c.note.is_some();
                if let Some(energy) = c.energy {
                    let q = Quadrant::of(c.mood, energy);
                    if let Some(i) = QUADRANTS.iter().position(|x| *x == q) {
                        let (n, latest) = &mut self.quadrants[i];
                        *n += 1;
                        if latest.is_none_or(|l| c.at > l) {
                            *latest = Some(c.at);
                        }
                    }
                }
            }
            StoredEntry::Reflection(_) => self.reflection = true,
            StoredEntry::Thought(_) => self.thought = true,
            StoredEntry::Assessment(_) => {}
        }
    }

    fn quadrant(&self) -> Option<Quadrant> {
        QUADRANTS
            .iter()
            .zip(&self.quadrants)
            .filter(|(_, (n, _))| *n > 0)
            .max_by_key(|(_, (n, latest))| (*n, *latest))
            .map(|(q, _)| *q)
    }

    fn day(&self, date: NaiveDate) -> CalendarDay {
        let mean = (self.count > 0).then(|| f64::from(self.mood_sum) / f64::from(self.count));
        let mood = mean.map(|m| (m * 100.0).round() / 100.0);
        // Halves round up: a 2.5 day is drawn as "okay", not "low".
        let level = mean.map(|m| (m + 0.5).floor().clamp(1.0, 5.0) as u8);
        CalendarDay {
            date: date.to_string(),
            mood,
            level,
            count: self.count,
            quadrant: self.quadrant(),
            note: self.note,
            reflection: self.reflection,
            thought: self.thought,
            label: self.label(date, mood, level),
        }
    }

    /// The day in words for screen readers (colour is never the only signal), from the
    /// catalogue: "Tuesday, 3 March 2026: mood very low (1.0), 1 check-in, a note".
    fn label(&self, date: NaiveDate, mood: Option<f64>, level: Option<u8>) -> String {
        let has = match (self.note, self.reflection, self.thought) {
            (false, false, false) => "none",
            (true, false, false) => "note",
            (false, true, false) => "reflection",
            (false, false, true) => "thought",
            (true, true, false) => "note-reflection",
            (true, false, true) => "note-thought",
            (false, true, true) => "reflection-thought",
            (true, true, true) => "all",
        };
        let extras = crate::tr!("calendar-day-extras", "has" => has);
        match (mood, level) {
            (Some(m), Some(l)) => crate::tr!("calendar-day",
                "date" => date_long(date),
                "word" => mood_word(l),
                "mean" => decimal(m, 1),
                "count" => self.count,
                "extras" => extras),
            _ => crate::tr!("calendar-day-empty", "date" => date_long(date), "extras" => extras),
        }
    }
}

impl Store {
    /// One value per local day of `range` (both ends required, at most
    /// [`MAX_CALENDAR_DAYS`]), empty days included, oldest first. Reads only the day
    /// tags of the range, in one pass, keeping a small tally per day.
    pub fn calendar(&mut self, range: DayRange) -> Result<Calendar> {
        let range = range.validated()?;
        let (Some(from), Some(to)) = (range.from, range.to) else {
            return Err(HearthError::invalid("from", "a calendar needs both ends"));
        };
        if (to - from).num_days() >= MAX_CALENDAR_DAYS {
            return Err(HearthError::invalid(
                "to",
                format!("a calendar covers at most {MAX_CALENDAR_DAYS} days"),
            ));
        }
        // One small tally per day of the range, by its offset from `from`.
        let len = usize::try_from((to - from).num_days()).unwrap_or(0) + 1;
        let mut tallies: Vec<Tally> = (0..len).map(|_| Tally::default()).collect();
        // Through `entries` (one pass over the range's day tags; its sort of a year's
        // entries is cheap): reusing its code keeps the shipped library small.
        let listing = self.entries(range)?;
        for e in &listing.items {
            let i = usize::try_from((local_day(e.at()) - from).num_days()).ok();
            if let Some(t) = i.and_then(|i| tallies.get_mut(i)) {
                t.add(e);
            }
        }
        let days = from
            .iter_days()
            .zip(&tallies)
            .map(|(d, t)| t.day(d))
            .collect();
        Ok(Calendar {
            days,
            damaged: listing.damaged,
        })
    }

    /// [`calendar`](Self::calendar) for one month (`month` 1–12).
    pub fn calendar_month(&mut self, year: i32, month: u32) -> Result<Calendar> {
        self.calendar(month_range(year, month)?)
    }

    /// [`calendar`](Self::calendar) for one year (1–9999).
    pub fn calendar_year(&mut self, year: i32) -> Result<Calendar> {
        self.calendar(year_range(year)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn ranges_are_checked_and_name_their_field() {
        let field = |r: Result<DayRange>| match r {
            Err(HearthError::InvalidInput { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(month_range(2026, 13)), "month");
        assert_eq!(field(month_range(2026, 0)), "month");
        assert_eq!(field(month_range(0, 1)), "year");
        assert_eq!(field(year_range(0)), "year");
        assert_eq!(field(year_range(10_000)), "year");
        let feb = month_range(2028, 2).unwrap();
        assert_eq!(feb.to.unwrap().to_string(), "2028-02-29");
        let dec = month_range(9999, 12).unwrap();
        assert_eq!(dec.to.unwrap().to_string(), "9999-12-31");
        assert_eq!(year_range(2024).unwrap().to.unwrap().ordinal(), 366);
    }

    #[test]
    fn a_tie_between_quadrants_goes_to_the_latest_and_labels_have_words() {
        let c = |at: &str, mood: u8, energy: u8, note: Option<&str>| {
            StoredEntry::CheckIn(
                serde_json::from_value(serde_json::json!({
                    "id": at, "at": at, "mood": mood, "energy": energy, "note": note,
                }))
                .unwrap(),
            )
        };
        let mut t = Tally::default();
        t.add(&c("2026-03-03T21:00:00-05:00", 2, 2, None));
        t.add(&c("2026-03-03T08:00:00-05:00", 4, 4, Some("walk")));
        let d = t.day(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
        assert_eq!(d.quadrant, Some(Quadrant::LowEnergyUnpleasant));
        assert_eq!((d.mood, d.level, d.count), (Some(3.0), Some(3), 2));
        assert_eq!(
            d.label,
            "Tuesday, 3 March 2026: mood okay (3.0), 2 check-ins, a note"
        );
        t.add(&c("2026-03-03T09:00:00-05:00", 5, 5, None));
        assert_eq!(t.quadrant(), Some(Quadrant::HighEnergyPleasant));
        let none = Tally::default().day(NaiveDate::from_ymd_opt(2026, 3, 4).unwrap());
        assert_eq!((none.mood, none.level, none.quadrant), (None, None, None));
        assert_eq!(none.label, "Wednesday, 4 March 2026: no check-in");
    }
}
