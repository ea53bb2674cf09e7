//! Reminder settings kept encrypted in the store, and planning from the person's own
//! check-in history, so the core decides everything and shells only schedule.

use crate::zone::Zone;
use chrono::{DateTime, Duration, Utc};

use super::plan::{plan, History, PlannedReminder};
use super::settings::ReminderSettings;
use crate::error::{HearthError, Result};
use crate::journal::entry::StoredEntry;
use crate::store::Store;
use crate::time::DayRange;

const ID: &str = "reminders";
/// Check-in history read for planning. Back-off needs only the recent run of reminder
/// days without a check-in; older history cannot change the plan beyond "weekly".
pub const HISTORY_DAYS: i64 = 120;
/// Most reminders one plan may ask for (iOS keeps 64 pending; Android re-plans as it goes).
pub const MAX_PLAN_COUNT: usize = 400;

impl Store {
    /// The reminder settings (one reminder at 20:00 daily until changed).
    pub fn reminder_settings(&mut self) -> Result<ReminderSettings> {
        Ok(self.setting(ID)?.unwrap_or_default())
    }

    /// Validates and saves reminder settings.
    pub fn save_reminder_settings(
        &mut self,
        settings: ReminderSettings,
    ) -> Result<ReminderSettings> {
        settings.validate()?;
        self.save_setting(ID, &settings)?;
        Ok(settings)
    }

    /// The next `count` reminders after `now` in `zone`, from the saved settings and the
    /// check-in history. Shells call this on boot, on a time or zone change, on app open
    /// and after every check-in, and schedule exactly what it returns.
    pub fn plan_reminders(
        &mut self,
        now: DateTime<Utc>,
        zone: Zone,
        count: usize,
    ) -> Result<Vec<PlannedReminder>> {
        if count == 0 || count > MAX_PLAN_COUNT {
            return Err(HearthError::invalid(
                "count",
                format!("must be between 1 and {MAX_PLAN_COUNT}, got {count}"),
            ));
        }
        let settings = self.reminder_settings()?;
        let today = now.with_timezone(&zone).date_naive();
        let window = DayRange {
            from: Some(today - Duration::days(HISTORY_DAYS)),
            to: Some(today + Duration::days(1)),
        };
        let recent = self.entries(window)?;
        let rows_in_window = recent.items.len() + recent.damaged.len();
        let mut history = History::from_instants(
            recent.items.iter().filter_map(|e| match e {
                StoredEntry::CheckIn(c) => Some(c.at),
                _ => None,
            }),
            zone,
        );
        if history.checkin_days.is_empty() && self.entry_rows()? > rows_in_window {
            // Someone who used Hearth before the window: count the quiet stretch since
            // then (which can only mean the slowest cadence), not as a brand-new person.
            // Counting rows, rather than decrypting years of entries to find an old
            // check-in, keeps this re-plan cheap; any older entry counts as use.
            history
                .checkin_days
                .insert(today - Duration::days(HISTORY_DAYS + 1));
        }
        Ok(plan(&settings, &history, zone, now, count))
    }

    fn entry_rows(&mut self) -> Result<usize> {
        let n: i64 = self
            .conn()?
            .prepare_cached("SELECT count(*) FROM entries")?
            .query_row([], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}
