//! The planner: the next reminders after `now`, as UTC instants with stable ids and
//! copy, for the shells to hand to AlarmManager or UNUserNotificationCenter.

use std::collections::BTreeSet;

use crate::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::backoff::{Backoff, Cadence};
use super::copy::{slow_down_notice, CopyChain};
use super::settings::ReminderSettings;
use super::wall_time::resolve;

/// Most notifications iOS keeps pending for one app. Callers planning for iOS pass a
/// `count` no larger than this (minus any other notifications they keep).
pub const IOS_MAX_PENDING: usize = 64;

/// How many local days after today the planner looks at, at most. A configuration that
/// fires rarely or never (disabled, paused for years) yields a short or empty plan rather
/// than a long search.
pub const HORIZON_DAYS: i64 = 400;

/// How far back the planner replays the back-off rule when the last check-in is older.
/// Beyond ten years it starts from a clean slate at that point.
pub const MAX_LOOKBACK_DAYS: i64 = 3660;

/// How many scheduled slots the planner replays before the point it plans from, so that
/// copy choice has settled (see [`super::copy`]) and re-plans pick the same copy for the
/// same slot. The replay looks back at most [`HORIZON_DAYS`] for them.
pub const COPY_WARMUP_SLOTS: usize = 24;

/// What the planner knows of the past: which local days have a check-in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    /// Local days, in the planning zone, with at least one check-in.
    pub checkin_days: BTreeSet<NaiveDate>,
}

impl History {
    /// History from local days with a check-in.
    pub fn from_days(days: impl IntoIterator<Item = NaiveDate>) -> Self {
        History {
            checkin_days: days.into_iter().collect(),
        }
    }

    /// History from check-in instants, each counted on its local day in `zone` (the
    /// planning zone, which may differ from where the check-in was made).
    pub fn from_instants<Z: TimeZone>(
        instants: impl IntoIterator<Item = DateTime<Z>>,
        zone: Zone,
    ) -> Self {
        History {
            checkin_days: instants
                .into_iter()
                .filter_map(|at| local_date(zone, at.with_timezone(&Utc)))
                .collect(),
        }
    }

    /// True when `day` has a check-in.
    pub fn checked_in_on(&self, day: NaiveDate) -> bool {
        self.checkin_days.contains(&day)
    }
}

/// The local day of an instant in `zone`; `None` only at the very ends of chrono's
/// calendar, where the local time would not be representable.
fn local_date(zone: Zone, at: DateTime<Utc>) -> Option<NaiveDate> {
    let offset = zone.offset_from_utc_datetime(&at.naive_utc()).fix();
    at.naive_utc().checked_add_offset(offset).map(|l| l.date())
}

/// One reminder to schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedReminder {
    /// When it fires.
    pub at: DateTime<Utc>,
    /// Stable id of the slot, `<local date>T<configured time>@<zone>`, e.g.
    /// `2026-11-28T20:00@Europe/Paris`. Re-planning gives the same slot the same id, so a
    /// shell can replace pending notifications by id. A time moved by a daylight-saving
    /// gap keeps its configured time in the id.
    pub id: String,
    /// Stable id of the copy, e.g. `gentle.3`, `people.1` or `slower.weekly`.
    pub message_id: String,
    /// The text to show.
    pub message: String,
    /// The local day, in the planning zone, the reminder belongs to.
    pub local_date: NaiveDate,
    /// The cadence in effect for this reminder.
    pub cadence: Cadence,
}

/// One configured time on one day, resolved.
#[derive(Debug, Clone, Copy)]
struct Slot {
    at: DateTime<Utc>,
    time: NaiveTime,
}

/// The reminders the settings schedule on `day`, before check-ins and back-off: none if
/// disabled, paused, or not a chosen weekday; otherwise each configured time resolved in
/// `zone`, without the ones that land in quiet hours (judged on the wall time they
/// actually fire at) or off the day (a whole skipped day), and without duplicates (two
/// times moved to the same instant by a gap fire once, under the earlier time's id).
/// Ordered by instant.
fn day_slots(
    settings: &ReminderSettings,
    times: &[NaiveTime],
    zone: Zone,
    day: NaiveDate,
) -> Vec<Slot> {
    if !settings.enabled || settings.is_paused(day) || !settings.includes_weekday(day.weekday()) {
        return Vec::new();
    }
    let mut slots: Vec<Slot> = times
        .iter()
        .filter_map(|&time| {
            let r = resolve(zone, day.and_time(time))?;
            let quiet = settings.quiet.is_some_and(|q| q.contains(r.wall.time()));
            (r.wall.date() == day && !quiet).then_some(Slot { at: r.at, time })
        })
        .collect();
    // Times are sorted, so among equal instants the earlier configured time comes first.
    slots.sort_by_key(|s| s.at);
    slots.dedup_by_key(|s| s.at);
    slots
}

/// The day from which at least [`COPY_WARMUP_SLOTS`] scheduled slots lie before `anchor`,
/// looking back at most [`HORIZON_DAYS`].
fn warm_up_start(
    settings: &ReminderSettings,
    times: &[NaiveTime],
    zone: Zone,
    anchor: NaiveDate,
) -> NaiveDate {
    let mut slots = 0;
    let mut day = anchor;
    for _ in 0..HORIZON_DAYS {
        if slots >= COPY_WARMUP_SLOTS {
            break;
        }
        let Some(before) = day.pred_opt() else { break };
        day = before;
        slots += day_slots(settings, times, zone, day).len();
    }
    day
}

/// Plans the next `count` reminders strictly after `now`, in strictly increasing order.
///
/// - Nothing on a local day (in `zone`) that has a check-in, inside quiet hours, on or
///   before `pause_until`, on an unchosen weekday, or at all when disabled.
/// - Wall times are resolved as [`resolve`] describes: a time in a spring-forward gap
///   fires at the first valid minute after it; an ambiguous time fires once, at its first
///   occurrence; two times landing on one instant fire once.
/// - Reminders slow down after a run of unanswered reminder days, as
///   [`super::backoff`] describes, and the first slower one says so kindly.
/// - Copy is chosen as [`super::copy`] describes: varied, stable across re-plans, never
///   the same twice in a row.
///
/// Never returns more than `count` items, and looks at most [`HORIZON_DAYS`] ahead, so
/// the result may be shorter (or empty). Planning never fails: settings that were never
/// validated are used as well as they can be (times cut to whole minutes and
/// de-duplicated; quiet hours that start when they end are empty).
pub fn plan(
    settings: &ReminderSettings,
    history: &History,
    zone: Zone,
    now: DateTime<Utc>,
    count: usize,
) -> Vec<PlannedReminder> {
    let times = settings.normalized_times();
    if count == 0 || !settings.enabled || times.is_empty() {
        return Vec::new();
    }
    let Some(today) = local_date(zone, now) else {
        return Vec::new();
    };
    // The replay is anchored where the back-off rule is fresh, the day after the latest
    // check-in (so every plan until the next check-in replays exactly the same days), or
    // else at today; it starts a couple of dozen slots earlier so copy choice has
    // settled. Check-in days met on the way reset the rule.
    let latest_checkin = history.checkin_days.range(..=today).next_back().copied();
    let anchor = match latest_checkin {
        Some(last) if settings.back_off => last.succ_opt().unwrap_or(last),
        _ => today,
    };
    let start = warm_up_start(settings, &times, zone, anchor).max(
        today
            .checked_sub_signed(Duration::days(MAX_LOOKBACK_DAYS))
            .unwrap_or(NaiveDate::MIN),
    );
    let end = today
        .checked_add_signed(Duration::days(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let after_checkin = history.checkin_days.range(..start).next_back().is_some();

    let mut backoff = Backoff::new(settings.back_off, after_checkin);
    let mut chain = CopyChain::default();
    let mut out: Vec<PlannedReminder> = Vec::with_capacity(count.min(IOS_MAX_PENDING));
    let zone_name = zone.name();
    for day in start.iter_days().take_while(|d| *d <= end) {
        if out.len() >= count {
            break;
        }
        if history.checked_in_on(day) {
            backoff.checked_in();
            continue;
        }
        let slots = day_slots(settings, &times, zone, day);
        if slots.is_empty() {
            continue;
        }
        let decision = backoff.reminder_day(day, slots.len() > 1);
        if !decision.fires {
            continue;
        }
        let keep = if decision.cadence.is_slowed() {
            1
        } else {
            slots.len()
        };
        for (i, slot) in slots.iter().take(keep).enumerate() {
            let notice = if decision.announce && i == 0 {
                slow_down_notice(decision.cadence)
            } else {
                None
            };
            let message = match notice {
                Some(n) => {
                    chain.said(n);
                    n
                }
                None => chain.daily(day, slot.time),
            };
            if slot.at > now {
                out.push(PlannedReminder {
                    at: slot.at,
                    id: format!("{}T{}@{}", day, crate::time::hm(&slot.time), zone_name),
                    message_id: message.id.to_string(),
                    message: message.text(),
                    local_date: day,
                    cadence: decision.cadence,
                });
            }
        }
    }
    // Days are visited in order and each day's slots are sorted, so this is already in
    // order; sorting again guards the guarantee against any zone whose clock runs
    // backwards across midnight.
    out.sort_by_key(|r| r.at);
    out.dedup_by_key(|r| r.at);
    out.truncate(count);
    out
}
