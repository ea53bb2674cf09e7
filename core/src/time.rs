//! Small date helpers shared by the store, journal and CLI.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::error::{HearthError, Result};

/// The person's local calendar day of an instant, in the offset it was recorded with.
pub fn local_day(at: &DateTime<FixedOffset>) -> NaiveDate {
    at.date_naive()
}

/// Parses `YYYY-MM-DD`, naming `field` in the error.
pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        HearthError::invalid(field, format!("expected a date like 2026-11-28, got {s:?}"))
    })
}

/// Parses an RFC 3339 timestamp with offset, naming `field` in the error.
pub fn parse_rfc3339(field: &str, s: &str) -> Result<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s.trim()).map_err(|_| {
        HearthError::invalid(
            field,
            format!("expected an RFC 3339 time like 2026-11-28T21:30:00+01:00, got {s:?}"),
        )
    })
}

/// An inclusive range of local days. Either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayRange {
    /// First day included, or unbounded.
    pub from: Option<NaiveDate>,
    /// Last day included, or unbounded.
    pub to: Option<NaiveDate>,
}

impl DayRange {
    /// Every day, no bounds.
    pub fn all() -> Self {
        DayRange::default()
    }

    /// A single day.
    pub fn day(d: NaiveDate) -> Self {
        DayRange {
            from: Some(d),
            to: Some(d),
        }
    }

    /// Checks that `from <= to` when both are given.
    pub fn validated(self) -> Result<Self> {
        if let (Some(f), Some(t)) = (self.from, self.to) {
            if f > t {
                return Err(HearthError::invalid(
                    "from",
                    format!("{f} is after the end of the range {t}"),
                ));
            }
        }
        Ok(self)
    }

    /// True when `d` lies inside the range.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }
}

/// Longest span, in days, that a day count from the outside may ask for (100 years).
/// Bigger values would overflow date arithmetic; "all time" is the way to ask for more.
pub const MAX_DAYS: u32 = 36_525;

/// Checks a day count from the outside: 1 ..= [`MAX_DAYS`], naming `field`.
pub fn day_count(field: &str, days: u32) -> Result<u32> {
    if (1..=MAX_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(HearthError::invalid(
            field,
            format!("must be between 1 and {MAX_DAYS} (100 years), got {days}"),
        ))
    }
}
