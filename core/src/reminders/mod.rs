//! Reminders: when to remind, and what to say. Pure logic; the shells only schedule what
//! [`plan()`] returns (Android with inexact alarms, iOS with calendar triggers, at most
//! [`IOS_MAX_PENDING`] pending).
//!
//! The principles it keeps (see DESIGN.md): gentle, never guilt, never "you missed". No
//! reminder once the person has checked in that day; quiet hours, chosen weekdays and a
//! pause are respected; ignored reminders back off and say so; copy is warm, varied, and
//! sometimes points toward a person instead of the app.
//!
//! - [`settings`]: what the person chose, and its validation.
//! - [`wall_time`]: local wall times across daylight-saving changes; zone names.
//! - [`backoff`]: the slow-down rule and its thresholds.
//! - [`copy`]: the messages and how one is chosen.
//! - [`mod@plan`]: putting it together.

pub mod backoff;
pub mod copy;
pub mod plan;
pub mod settings;
mod store;
pub use store::HISTORY_DAYS;
pub mod wall_time;

pub use backoff::{Cadence, EVERY_OTHER_DAY_AFTER, WEEKLY_AFTER};
pub use plan::{plan, History, PlannedReminder, HORIZON_DAYS, IOS_MAX_PENDING};
pub use settings::{QuietHours, ReminderSettings, MAX_TIMES_PER_DAY};
pub use wall_time::{resolve, Resolution, Resolved};
