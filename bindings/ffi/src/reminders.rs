//! Reminder settings and planning across the FFI. The core decides when and what;
//! Android hands `at` to an inexact AlarmManager alarm, iOS builds a
//! `UNCalendarNotificationTrigger` from the local date components (at most 64 pending).

use std::time::SystemTime;

use chrono::{Datelike, NaiveTime, Timelike, Utc, Weekday as CWeekday};
use hearth_core::reminders::{backoff::Cadence as CCadence, settings as core};

use crate::error::HearthError;
use crate::hearth::Hearth;

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

/// How often reminders currently come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Cadence {
    /// As chosen.
    Daily,
    /// Slowed after several unanswered reminder days.
    EveryOtherDay,
    /// Slowed further.
    Weekly,
}

/// Reminder settings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderSettings {
    /// On or off.
    pub enabled: bool,
    /// Local times, "HH:MM".
    pub times: Vec<String>,
    /// Days; empty means every day.
    #[uniffi(default = [])]
    pub weekdays: Vec<Weekday>,
    /// Quiet hours start, "HH:MM" (with `quiet_end`).
    #[uniffi(default = None)]
    pub quiet_start: Option<String>,
    /// Quiet hours end, "HH:MM"; may wrap past midnight.
    #[uniffi(default = None)]
    pub quiet_end: Option<String>,
    /// No reminders on or before this date, "YYYY-MM-DD".
    #[uniffi(default = None)]
    pub pause_until: Option<String>,
    /// Slow down gently when reminders go unanswered.
    #[uniffi(default = true)]
    pub back_off: bool,
}

/// One planned reminder.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlannedReminder {
    /// The instant to fire.
    pub at: SystemTime,
    /// Stable id for this slot (same slot → same id across re-plans).
    pub id: String,
    /// Stable message id, for localisation.
    pub message_id: String,
    /// The text.
    pub message: String,
    /// Local date, "YYYY-MM-DD".
    pub local_date: String,
    /// Local year, month, day, hour and minute in the planning zone, for calendar triggers.
    pub local_year: i32,
    /// Month 1–12.
    pub local_month: u8,
    /// Day 1–31.
    pub local_day: u8,
    /// Hour 0–23.
    pub local_hour: u8,
    /// Minute 0–59.
    pub local_minute: u8,
    /// The cadence in force.
    pub cadence: Cadence,
}

const DAYS: [(Weekday, CWeekday); 7] = [
    (Weekday::Mon, CWeekday::Mon),
    (Weekday::Tue, CWeekday::Tue),
    (Weekday::Wed, CWeekday::Wed),
    (Weekday::Thu, CWeekday::Thu),
    (Weekday::Fri, CWeekday::Fri),
    (Weekday::Sat, CWeekday::Sat),
    (Weekday::Sun, CWeekday::Sun),
];

fn hm(field: &str, s: &str) -> Result<NaiveTime, HearthError> {
    hearth_core::time::parse_hm(s).ok_or_else(|| {
        HearthError::invalid(field, format!("expected a time like 09:00, got {s:?}"))
    })
}

impl ReminderSettings {
    fn into_core(self) -> Result<core::ReminderSettings, HearthError> {
        let quiet = match (self.quiet_start, self.quiet_end) {
            (None, None) => None,
            (Some(a), Some(b)) => Some(core::QuietHours {
                start: hm("quiet", &a)?,
                end: hm("quiet", &b)?,
            }),
            _ => {
                return Err(HearthError::invalid(
                    "quiet",
                    "give both a start and an end, or neither",
                ))
            }
        };
        Ok(core::ReminderSettings {
            enabled: self.enabled,
            times: self
                .times
                .iter()
                .map(|t| hm("times", t))
                .collect::<Result<_, _>>()?,
            weekdays: self
                .weekdays
                .iter()
                .filter_map(|d| DAYS.iter().find(|(f, _)| f == d).map(|(_, c)| *c))
                .collect(),
            quiet,
            pause_until: self
                .pause_until
                .map(|p| hearth_core::time::parse_date("pause_until", &p))
                .transpose()?,
            back_off: self.back_off,
        })
    }
}

impl From<core::ReminderSettings> for ReminderSettings {
    fn from(s: core::ReminderSettings) -> Self {
        ReminderSettings {
            enabled: s.enabled,
            times: s.times.iter().map(hearth_core::time::hm).collect(),
            weekdays: s
                .weekdays
                .iter()
                .filter_map(|d| DAYS.iter().find(|(_, c)| c == d).map(|(f, _)| *f))
                .collect(),
            quiet_start: s.quiet.map(|q| hearth_core::time::hm(&q.start)),
            quiet_end: s.quiet.map(|q| hearth_core::time::hm(&q.end)),
            pause_until: s.pause_until.map(|d| d.to_string()),
            back_off: s.back_off,
        }
    }
}

#[uniffi::export]
impl Hearth {
    /// The reminder settings.
    pub fn reminder_settings(&self) -> Result<ReminderSettings, HearthError> {
        self.with(|s| s.reminder_settings())
            .map(ReminderSettings::from)
    }

    /// Validates and saves reminder settings. Re-plan afterwards.
    pub fn save_reminder_settings(
        &self,
        settings: ReminderSettings,
    ) -> Result<ReminderSettings, HearthError> {
        let core = settings.into_core()?;
        self.with(|s| s.save_reminder_settings(core))
            .map(ReminderSettings::from)
    }

    /// The next `count` reminders after `now` in IANA `zone`. Call on boot, on a time or
    /// zone change, on app open and after every check-in; replace everything scheduled
    /// with exactly this list (iOS: pass at most 64).
    pub fn plan_reminders(
        &self,
        now: SystemTime,
        zone: String,
        count: u32,
    ) -> Result<Vec<PlannedReminder>, HearthError> {
        let tz = hearth_core::Zone::parse(&zone)?;
        let now: chrono::DateTime<Utc> = now.into();
        let plan =
            self.with(|s| s.plan_reminders(now, tz, usize::try_from(count).unwrap_or(usize::MAX)))?;
        Ok(plan
            .into_iter()
            .map(|r| {
                let local = r.at.with_timezone(&tz);
                PlannedReminder {
                    at: r.at.into(),
                    id: r.id,
                    message_id: r.message_id,
                    message: r.message,
                    local_date: r.local_date.to_string(),
                    local_year: local.year(),
                    local_month: local.month() as u8,
                    local_day: local.day() as u8,
                    local_hour: local.hour() as u8,
                    local_minute: local.minute() as u8,
                    cadence: match r.cadence {
                        CCadence::Daily => Cadence::Daily,
                        CCadence::EveryOtherDay => Cadence::EveryOtherDay,
                        CCadence::Weekly => Cadence::Weekly,
                    },
                }
            })
            .collect())
    }
}

/// Most notifications iOS keeps pending per app.
#[uniffi::export]
pub fn ios_max_pending_reminders() -> u32 {
    hearth_core::reminders::plan::IOS_MAX_PENDING as u32
}
