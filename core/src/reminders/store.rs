//! Reminder settings kept encrypted in the store, and planning from the person's own
//! check-in history, so the core decides everything and shells only schedule.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::plan::{plan, History, PlannedReminder};
use super::settings::ReminderSettings;
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::DayRange;

const ID: &str = "reminders";
/// Check-in history read for planning. Back-off needs only the recent run of reminder
/// days without a check-in; older history cannot change the plan beyond "weekly".
pub const HISTORY_DAYS: i64 = 120;

impl Store {
    /// The reminder settings (one reminder at 20:00 daily until changed).
    pub fn reminder_settings(&mut self) -> Result<ReminderSettings> {
        match self.get::<ReminderSettings>(Table::Settings, ID)? {
            Some(row) => row.value.map_err(|reason| HearthError::Damaged {
                id: ID.into(),
                reason,
            }),
            None => Ok(ReminderSettings::default()),
        }
    }

    /// Validates and saves reminder settings.
    pub fn save_reminder_settings(
        &mut self,
        settings: ReminderSettings,
    ) -> Result<ReminderSettings> {
        settings.validate()?;
        self.put_undated(Table::Settings, ID, &settings)?;
        Ok(settings)
    }

    /// The next `count` reminders after `now` in `zone`, from the saved settings and the
    /// check-in history. Shells call this on boot, on a time or zone change, on app open
    /// and after every check-in, and schedule exactly what it returns.
    pub fn plan_reminders(
        &mut self,
        now: DateTime<Utc>,
        zone: Tz,
        count: usize,
    ) -> Result<Vec<PlannedReminder>> {
        let settings = self.reminder_settings()?;
        let today = now.with_timezone(&zone).date_naive();
        let window = DayRange {
            from: Some(today - Duration::days(HISTORY_DAYS)),
            to: Some(today + Duration::days(1)),
        };
        let recent = self.checkins(window)?.items;
        let mut history = History::from_instants(recent.iter().map(|c| c.at), zone);
        if history.checkin_days.is_empty() && self.has_older_checkins(window)? {
            // Someone who checked in before the window: count the quiet stretch since
            // then (which can only mean the slowest cadence), not as a brand-new person.
            history
                .checkin_days
                .insert(today - Duration::days(HISTORY_DAYS + 1));
        }
        Ok(plan(&settings, &history, zone, now, count))
    }

    fn has_older_checkins(&mut self, window: DayRange) -> Result<bool> {
        let older = DayRange {
            from: None,
            to: window.from.map(|d| d - Duration::days(1)),
        };
        Ok(!self.checkins(older)?.items.is_empty())
    }
}
