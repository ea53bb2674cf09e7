//! The widget snapshot: everything a home-screen widget draws, computed from today's
//! entries plus the two-week window of the safety signal. Its cost is bounded by those
//! 14 day-tag lookups, so it does not grow with years of history.

use crate::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::Serialize;

use super::copy::{self, mood_word};
use super::signal::{self, SafetySuggestion};
use crate::error::Result;
use crate::journal::checkin::{CheckIn, Listing};
use crate::store::Store;
use crate::time::DayRange;

/// One quick-pick mood button.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuickMood {
    /// 1–5.
    pub mood: u8,
    /// Short visible label, e.g. "Good".
    pub label: String,
    /// Full accessibility label, e.g. "Record mood: good, 4 of 5".
    pub accessibility_label: String,
}

/// What the widget shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WidgetSnapshot {
    /// Today's local date in the person's zone.
    pub date: String,
    /// Whether there is at least one check-in today.
    pub checked_in_today: bool,
    /// How many check-ins today.
    pub count_today: u32,
    /// Mood of the latest check-in today.
    pub last_mood: Option<u8>,
    /// Local time (HH:MM) of the latest check-in today.
    pub last_time: Option<String>,
    /// The five mood buttons.
    pub quick_moods: Vec<QuickMood>,
    /// Stable id of the line.
    pub line_id: String,
    /// One short, kind line.
    pub line: String,
    /// Present when a sustained low mood suggests reaching out.
    pub suggestion: Option<SafetySuggestion>,
}

/// The five quick-pick moods with accessible labels.
pub fn quick_moods() -> Vec<QuickMood> {
    (1..=5u8)
        .map(|m| QuickMood {
            mood: m,
            label: crate::tr!("quick-mood-label", "mood" => m),
            accessibility_label: crate::tr!("quick-mood-a11y", "word" => mood_word(m), "mood" => m),
        })
        .collect()
}

/// True when `c` happened on local day `day` in `zone` (the zone the person is in now,
/// which may differ from the offset the check-in was recorded with).
fn on_day(c: &CheckIn, zone: Zone, day: NaiveDate) -> bool {
    c.at.with_timezone(&zone).date_naive() == day
}

impl Store {
    /// Today's check-ins in `zone`, newest first: the ones the widget counts. A day
    /// either side of the index is read, for check-ins recorded in another offset.
    pub fn checkins_today(&mut self, now: DateTime<Utc>, zone: Zone) -> Result<Listing<CheckIn>> {
        let today = now.with_timezone(&zone).date_naive();
        let mut l = self.checkins(DayRange {
            from: Some(today - Duration::days(1)),
            to: Some(today + Duration::days(1)),
        })?;
        l.items.retain(|c| on_day(c, zone, today));
        Ok(l)
    }

    /// The widget snapshot for `now` in `zone`.
    pub fn widget_snapshot(&mut self, now: DateTime<Utc>, zone: Zone) -> Result<WidgetSnapshot> {
        let today = now.with_timezone(&zone).date_naive();
        // Entries are indexed by the local day they were recorded in; a day either side
        // catches check-ins made in another offset (travel) that fall on today here.
        let window = DayRange {
            from: Some(today - Duration::days(signal::WINDOW_DAYS)),
            to: Some(today + Duration::days(1)),
        };
        let recent = self.checkins(window)?.items;
        // "Today" is today in the zone the person is in now, as for reminders.
        let todays: Vec<_> = recent.iter().filter(|c| on_day(c, zone, today)).collect();
        let last = todays.first();
        let line = if todays.is_empty() {
            copy::pick(&copy::NOT_YET, today.num_days_from_ce() as i64)
        } else {
            copy::pick(
                &copy::DONE,
                today.num_days_from_ce() as i64 + todays.len() as i64,
            )
        };
        Ok(WidgetSnapshot {
            date: today.to_string(),
            checked_in_today: !todays.is_empty(),
            count_today: todays.len() as u32,
            last_mood: last.map(|c| c.mood),
            last_time: last.map(|c| crate::time::hm(&c.at.with_timezone(&zone))),
            quick_moods: quick_moods(),
            line_id: line.id.into(),
            line: line.text(),
            suggestion: signal::low_mood(&recent, today),
        })
    }
}
