//! Back-off without guilt: when reminders keep going unanswered they come less often, and
//! the first slower one says so kindly. It is decided from check-in history alone.
//!
//! # The rule
//!
//! A *reminder day* is a local day on which the person's settings schedule at least one
//! reminder (enabled, a chosen weekday, after any pause, at least one time outside quiet
//! hours). The current settings stand in for past ones, which are not recorded.
//!
//! Before each day D the planner counts the reminder days without a check-in that come
//! in a row right before D, walking back until the most recent day with a check-in (any
//! day, reminder day or not). Days that are not reminder days neither count nor break the
//! run, so a weekend off or a holiday pause is never held against anyone.
//!
//! - fewer than [`EVERY_OTHER_DAY_AFTER`] → [`Cadence::Daily`] (as chosen);
//! - at least [`EVERY_OTHER_DAY_AFTER`] → [`Cadence::EveryOtherDay`];
//! - at least [`WEEKLY_AFTER`] → [`Cadence::Weekly`].
//!
//! A check-in on any day resets the count, so the next day is Daily again.
//!
//! **No history means Daily.** Counting only ever starts the day after a check-in, so a
//! person who has never checked in (a brand-new install) is never backed off.
//!
//! **The plan projects forward.** Shells schedule a whole plan at once and may not
//! re-plan for days (iOS holds up to 64 pending), so future reminder days in the plan are
//! assumed to go unanswered: the cadence slows inside the plan itself. A check-in makes
//! the shell re-plan, which restores Daily. The projection depends only on settings,
//! history and zone, never on `now`, so re-plans agree on every slot.
//!
//! When slowed, a reminder day fires only if at least [`Cadence::min_days_between`]
//! calendar days have passed since the last day that fired, and then only its first
//! time of day. The first reminder at each slower cadence (since the last check-in)
//! carries a kind notice that reminders will come less often and where to change that.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Reminder days in a row without a check-in after which reminders come every other day.
pub const EVERY_OTHER_DAY_AFTER: u32 = 3;
/// Reminder days in a row without a check-in after which reminders come about weekly.
pub const WEEKLY_AFTER: u32 = 7;

/// How often reminders come right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    /// As the person chose: every chosen time on every chosen day.
    Daily,
    /// Slowed: one reminder at most every other day.
    EveryOtherDay,
    /// Slowed further: one reminder at most every seven days.
    Weekly,
}

impl Cadence {
    /// The cadence that applies after `unanswered` reminder days in a row without a
    /// check-in.
    pub fn for_unanswered_days(unanswered: u32) -> Cadence {
        if unanswered >= WEEKLY_AFTER {
            Cadence::Weekly
        } else if unanswered >= EVERY_OTHER_DAY_AFTER {
            Cadence::EveryOtherDay
        } else {
            Cadence::Daily
        }
    }

    /// Fewest calendar days between two days that fire at this cadence.
    pub fn min_days_between(self) -> i64 {
        match self {
            Cadence::Daily => 1,
            Cadence::EveryOtherDay => 2,
            Cadence::Weekly => 7,
        }
    }

    /// True when this cadence is slower than the one chosen.
    pub fn is_slowed(self) -> bool {
        self != Cadence::Daily
    }
}

/// What the planner decided for one reminder day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DayDecision {
    /// The cadence in effect on that day.
    pub cadence: Cadence,
    /// Whether the day fires at all.
    pub fires: bool,
    /// Whether the day's (single) reminder carries the slow-down notice for `cadence`.
    pub announce: bool,
}

/// The running state of the rule above, fed one local day at a time in order.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    /// The person allows slowing down (the `back_off` setting).
    allowed: bool,
    /// Counting has begun: there has been a check-in (no history means Daily).
    counting: bool,
    unanswered: u32,
    last_fired: Option<NaiveDate>,
    /// A reminder day was held back since the last day that fired.
    held_back: bool,
    /// The slowest cadence announced since the last check-in.
    announced: Cadence,
}

impl Backoff {
    /// A fresh state. With `allowed` false every reminder day fires Daily. With
    /// `after_checkin` false (no check-in yet) nothing slows down until the first one.
    pub fn new(allowed: bool, after_checkin: bool) -> Self {
        Backoff {
            allowed,
            counting: allowed && after_checkin,
            unanswered: 0,
            last_fired: None,
            held_back: false,
            announced: Cadence::Daily,
        }
    }

    /// A day with a check-in: no reminders that day, and the count starts again.
    pub fn checked_in(&mut self) {
        *self = Backoff::new(self.allowed, true);
    }

    /// A reminder day without a check-in (assumed so for future days). `several_times`
    /// says whether the day has more than one reminder time (a slowed day keeps one).
    ///
    /// The notice is announced once per slower cadence since the last check-in, on the
    /// first day that fires at it, and only if reminders really became fewer: a reminder
    /// day was held back, or a day with several times keeps only one. (Someone reminded
    /// on Mondays only gets no "less often" notice that would change nothing.)
    pub fn reminder_day(&mut self, day: NaiveDate, several_times: bool) -> DayDecision {
        let cadence = if self.counting {
            Cadence::for_unanswered_days(self.unanswered)
        } else {
            Cadence::Daily
        };
        let fires = match self.last_fired {
            None => true,
            Some(last) => (day - last).num_days() >= cadence.min_days_between(),
        };
        let fewer = self.held_back || (cadence.is_slowed() && several_times);
        let announce = fires && cadence > self.announced && fewer;
        if announce {
            self.announced = cadence;
        }
        if fires {
            self.last_fired = Some(day);
            self.held_back = false;
        } else {
            self.held_back = true;
        }
        self.unanswered = self.unanswered.saturating_add(1);
        DayDecision {
            cadence,
            fires,
            announce,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds() {
        assert_eq!(Cadence::for_unanswered_days(0), Cadence::Daily);
        assert_eq!(Cadence::for_unanswered_days(2), Cadence::Daily);
        assert_eq!(Cadence::for_unanswered_days(3), Cadence::EveryOtherDay);
        assert_eq!(Cadence::for_unanswered_days(6), Cadence::EveryOtherDay);
        assert_eq!(Cadence::for_unanswered_days(7), Cadence::Weekly);
        assert_eq!(Cadence::for_unanswered_days(400), Cadence::Weekly);
    }

    #[test]
    fn every_day_ignored_slows_then_announces_once_per_step() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut b = Backoff::new(true, true);
        let decisions: Vec<(i64, DayDecision)> = (0..30)
            .map(|i| (i, b.reminder_day(start + chrono::Duration::days(i), false)))
            .collect();
        let fired: Vec<i64> = decisions
            .iter()
            .filter(|(_, d)| d.fires)
            .map(|(i, _)| *i)
            .collect();
        // Daily on days 0–2, every other day from day 3 (first at day 4), weekly from day 7.
        assert_eq!(fired, vec![0, 1, 2, 4, 6, 13, 20, 27]);
        let announced: Vec<i64> = decisions
            .iter()
            .filter(|(_, d)| d.announce)
            .map(|(i, _)| *i)
            .collect();
        assert_eq!(announced, vec![4, 13]);
    }

    #[test]
    fn no_notice_when_nothing_gets_fewer() {
        // Mondays only: base days are a week apart, so slowing changes nothing.
        let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let mut b = Backoff::new(true, true);
        for i in 0..20 {
            let d = b.reminder_day(start + chrono::Duration::weeks(i), false);
            assert!(d.fires, "week {i}");
            assert!(!d.announce, "week {i}");
        }
        // With two times a day the first slowed day keeps one, which is fewer.
        let mut b = Backoff::new(true, true);
        let first_slowed = (0..5)
            .map(|i| b.reminder_day(start + chrono::Duration::weeks(i), true))
            .position(|d| d.announce);
        assert_eq!(first_slowed, Some(3));
    }

    #[test]
    fn check_in_resets() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut b = Backoff::new(true, true);
        for i in 0..10 {
            b.reminder_day(start + chrono::Duration::days(i), false);
        }
        b.checked_in();
        let d = b.reminder_day(start + chrono::Duration::days(11), false);
        assert_eq!(d.cadence, Cadence::Daily);
        assert!(d.fires && !d.announce);
    }

    #[test]
    fn counting_starts_at_the_first_check_in() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut b = Backoff::new(true, false);
        for i in 0..30 {
            let d = b.reminder_day(start + chrono::Duration::days(i), false);
            assert_eq!(d.cadence, Cadence::Daily, "day {i}");
        }
        b.checked_in();
        let slowed = (31..40)
            .map(|i| b.reminder_day(start + chrono::Duration::days(i), false))
            .position(|d| d.cadence.is_slowed());
        assert_eq!(slowed, Some(EVERY_OTHER_DAY_AFTER as usize));
    }

    #[test]
    fn inactive_never_slows() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut b = Backoff::new(false, true);
        for i in 0..60 {
            let d = b.reminder_day(start + chrono::Duration::days(i), false);
            assert!(d.fires && !d.announce && d.cadence == Cadence::Daily);
        }
    }
}
