//! What a person chose: when to be reminded, on which days, when never, and for how long
//! not at all. Validation names the field the settings screen should highlight.

use chrono::{NaiveDate, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{HearthError, Result};

/// Most reminder times a day. Generous: the design asks for one gentle reminder a day.
pub const MAX_TIMES_PER_DAY: usize = 12;

/// A daily window, in local wall time, during which no reminder fires.
///
/// The window is half-open, `[start, end)`: with 22:00–07:00, 22:00 is quiet and 07:00 is
/// not. When `start` is later than `end` the window wraps past midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHours {
    /// First quiet minute, local wall time.
    pub start: NaiveTime,
    /// First minute that is no longer quiet, local wall time.
    pub end: NaiveTime,
}

impl QuietHours {
    /// True when the local wall time `t` falls inside the quiet window.
    ///
    /// A window whose start equals its end is empty ([`ReminderSettings::validate`] rejects
    /// it, so this only matters for settings that were never validated).
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }
}

/// A person's reminder settings. All times are local wall times in the planning zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderSettings {
    /// Whether reminders are on at all.
    pub enabled: bool,
    /// Local wall times of the day's reminders, whole minutes, at least one.
    pub times: Vec<NaiveTime>,
    /// Days of the week with reminders; empty means every day.
    #[serde(default)]
    pub weekdays: Vec<Weekday>,
    /// A daily window with no reminders, which may wrap past midnight (e.g. 22:00–07:00).
    #[serde(default)]
    pub quiet: Option<QuietHours>,
    /// A pause, such as a holiday: no reminders on or before this local date.
    #[serde(default)]
    pub pause_until: Option<NaiveDate>,
    /// Whether reminders may slow down after a run of reminder days without a check-in
    /// (see [`super::backoff`]). On by default; turning it off keeps the chosen cadence.
    /// This is the switch the slow-down notice points to ("You can change this anytime in
    /// Reminder settings").
    #[serde(default = "default_back_off")]
    pub back_off: bool,
}

fn default_back_off() -> bool {
    true
}

impl Default for ReminderSettings {
    /// One reminder at 20:00 every day, enabled, no quiet hours, no pause, back-off on.
    fn default() -> Self {
        ReminderSettings {
            enabled: true,
            times: vec![NaiveTime::from_hms_opt(20, 0, 0).expect("20:00 is a valid time")],
            weekdays: Vec::new(),
            quiet: None,
            pause_until: None,
            back_off: true,
        }
    }
}

impl ReminderSettings {
    /// Checks the settings a person is about to save. Disabled settings are checked too, so
    /// turning reminders back on never meets a broken configuration.
    ///
    /// Rejected (with the field named): no times or more than [`MAX_TIMES_PER_DAY`];
    /// a time with seconds; the same time twice (`times`); the same weekday twice
    /// (`weekdays`); quiet hours that start when they end, or with seconds, or that
    /// cover every chosen time so no reminder could ever fire (`quiet`).
    pub fn validate(&self) -> Result<()> {
        if self.times.is_empty() {
            return Err(HearthError::invalid(
                "times",
                "add at least one reminder time",
            ));
        }
        if self.times.len() > MAX_TIMES_PER_DAY {
            return Err(HearthError::invalid(
                "times",
                format!(
                    "at most {MAX_TIMES_PER_DAY} reminder times a day are allowed, got {}",
                    self.times.len()
                ),
            ));
        }
        for (i, t) in self.times.iter().enumerate() {
            if !whole_minute(*t) {
                return Err(HearthError::invalid(
                    "times",
                    format!("{t} has seconds; reminder times are whole minutes"),
                ));
            }
            if self.times[..i].contains(t) {
                return Err(HearthError::invalid(
                    "times",
                    format!("{} appears more than once", crate::time::hm(t)),
                ));
            }
        }
        for (i, d) in self.weekdays.iter().enumerate() {
            if self.weekdays[..i].contains(d) {
                return Err(HearthError::invalid(
                    "weekdays",
                    format!("{d} appears more than once"),
                ));
            }
        }
        if let Some(q) = self.quiet {
            if !whole_minute(q.start) || !whole_minute(q.end) {
                return Err(HearthError::invalid(
                    "quiet",
                    "quiet hours start and end on whole minutes",
                ));
            }
            if q.start == q.end {
                return Err(HearthError::invalid(
                    "quiet",
                    format!(
                        "quiet hours start and end at the same time ({}); choose a window",
                        crate::time::hm(&q.start)
                    ),
                ));
            }
            if self.times.iter().all(|t| q.contains(*t)) {
                return Err(HearthError::invalid(
                    "quiet",
                    format!(
                        "every reminder time falls inside quiet hours {}–{}, so none would ever arrive",
                        crate::time::hm(&q.start),
                        crate::time::hm(&q.end)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// True when reminders may fire on a day of this weekday.
    pub fn includes_weekday(&self, d: Weekday) -> bool {
        self.weekdays.is_empty() || self.weekdays.contains(&d)
    }

    /// True when `day` is inside the pause (on or before `pause_until`).
    pub fn is_paused(&self, day: NaiveDate) -> bool {
        self.pause_until.is_some_and(|p| day <= p)
    }

    /// The configured times as the planner uses them: cut to whole minutes, sorted,
    /// without duplicates. Planning never fails on unvalidated settings; this is how it
    /// copes.
    pub(crate) fn normalized_times(&self) -> Vec<NaiveTime> {
        let mut ts: Vec<NaiveTime> = self
            .times
            .iter()
            .map(|t| {
                NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).expect("hour and minute are valid")
            })
            .collect();
        ts.sort();
        ts.dedup();
        ts
    }
}

fn whole_minute(t: NaiveTime) -> bool {
    t.second() == 0 && t.nanosecond() == 0
}
