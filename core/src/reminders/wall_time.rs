//! Turning a local wall time in an IANA zone into one instant, the way a person expects
//! a clock-radio to behave across daylight-saving changes.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Timelike, Utc};

use crate::zone::Zone;

/// How far past a nonexistent wall time the planner looks for the first valid minute.
/// Ordinary gaps are one hour (two at Antarctica/Troll, thirty minutes at Lord Howe); a
/// whole skipped calendar day (Samoa, 2011-12-30) is the longest known gap.
pub const MAX_GAP_MINUTES: i64 = 48 * 60;

/// How a wall time was found on the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The wall time occurs exactly once.
    Exact,
    /// The wall time occurs twice (clocks fall back); the earlier occurrence was taken.
    FirstOfTwo,
    /// The wall time does not exist (clocks spring forward); the first whole minute after
    /// it that does exist was taken.
    AfterGap,
}

/// One wall time resolved to an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// The instant the reminder fires.
    pub at: DateTime<Utc>,
    /// The local wall time at `at`: the requested one, unless it fell in a gap.
    pub wall: NaiveDateTime,
    /// How the wall time was found.
    pub how: Resolution,
}

/// Resolves a local wall time in `zone`:
/// - a wall time that exists once is that instant;
/// - an ambiguous wall time (fall-back overlap) is its first, earlier occurrence;
/// - a nonexistent wall time (spring-forward gap) becomes the first whole minute after it
///   that exists, e.g. America/New_York 2026-03-08 02:30 → 03:00 EDT.
///
/// Returns `None` only if no valid minute exists within [`MAX_GAP_MINUTES`], which no
/// zone in the tz database does.
pub fn resolve(zone: Zone, wall: NaiveDateTime) -> Option<Resolved> {
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(dt) => Some(Resolved {
            at: dt.with_timezone(&Utc),
            wall,
            how: Resolution::Exact,
        }),
        LocalResult::Ambiguous(a, b) => Some(Resolved {
            at: a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
            wall,
            how: Resolution::FirstOfTwo,
        }),
        LocalResult::None => {
            // Step minute by minute from the whole minute after `wall`.
            let base = wall
                .with_second(0)
                .and_then(|w| w.with_nanosecond(0))
                .unwrap_or(wall);
            (1..=MAX_GAP_MINUTES).find_map(|m| {
                let candidate = base.checked_add_signed(Duration::minutes(m))?;
                zone.from_local_datetime(&candidate)
                    .earliest()
                    .map(|dt| Resolved {
                        at: dt.with_timezone(&Utc),
                        wall: candidate,
                        how: Resolution::AfterGap,
                    })
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn zone(name: &str) -> Zone {
        Zone::parse(name).unwrap()
    }

    fn wall(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn gap_goes_to_first_valid_minute() {
        let r = resolve(zone("America/New_York"), wall(2026, 3, 8, 2, 30)).unwrap();
        assert_eq!(r.at, utc("2026-03-08T07:00:00Z"));
        assert_eq!(r.wall, wall(2026, 3, 8, 3, 0));
        assert_eq!(r.how, Resolution::AfterGap);
    }

    #[test]
    fn overlap_takes_first_occurrence() {
        let r = resolve(zone("America/New_York"), wall(2026, 11, 1, 1, 30)).unwrap();
        assert_eq!(r.at, utc("2026-11-01T05:30:00Z"));
        assert_eq!(r.how, Resolution::FirstOfTwo);
    }

    #[test]
    fn skipped_day_resolves_to_next_day() {
        // Samoa skipped 2011-12-30 entirely.
        let r = resolve(zone("Pacific/Apia"), wall(2011, 12, 30, 20, 0)).unwrap();
        assert_eq!(r.wall, wall(2011, 12, 31, 0, 0));
        assert_eq!(r.how, Resolution::AfterGap);
    }
}
