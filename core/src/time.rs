//! Small date helpers shared by the store, journal and CLI.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Timelike};

use crate::error::{HearthError, Result};

/// The person's local calendar day of an instant, in the offset it was recorded with.
pub fn local_day(at: &DateTime<FixedOffset>) -> NaiveDate {
    at.date_naive()
}

/// Parses `YYYY-MM-DD`, naming `field` in the error.
pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate> {
    ymd(s).ok_or_else(|| {
        HearthError::invalid(field, format!("expected a date like 2026-11-28, got {s:?}"))
    })
}

// Dates and times are read and written by hand rather than with chrono's strftime
// (`format("%H:%M")`, `parse_from_str`): its interpreter costs ~20 KiB of the shipped
// library for the handful of fixed shapes Hearth uses.

/// `YYYY-MM-DD` (a four-digit year; month and day of one or two digits), surrounding
/// spaces ignored.
pub fn ymd(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, number(m)?, number(d)?)
}

/// `H:MM` or `HH:MM` on the 24-hour clock, surrounding spaces ignored.
pub fn parse_hm(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.trim().split_once(':')?;
    if m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(number(h)?, number(m)?, 0)
}

/// One or two ASCII digits.
fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `HH:MM`.
pub fn hm(t: &impl Timelike) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `HH:MM:SS`.
pub fn hms(t: &impl Timelike) -> String {
    format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
}

/// An offset as `+HH:MM` (`-05:00`, `+00:00`).
pub fn offset_text(o: &FixedOffset) -> String {
    let secs = o.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// English month abbreviations, January first.
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_written_shapes_read_and_write_as_strftime_did() {
        let d = |s| ymd(s).map(|d| d.to_string());
        assert_eq!(d(" 2026-11-28 ").as_deref(), Some("2026-11-28"));
        assert_eq!(d("2026-1-5").as_deref(), Some("2026-01-05"));
        for bad in [
            "2026-02-30",
            "26-01-01",
            "2026-01",
            "2026-01-01-01",
            "2026-+1-01",
            "",
        ] {
            assert_eq!(ymd(bad), None, "{bad:?}");
        }
        let t = |s| parse_hm(s).map(|t| hm(&t));
        assert_eq!(t("9:05").as_deref(), Some("09:05"));
        assert_eq!(t(" 23:59 ").as_deref(), Some("23:59"));
        for bad in ["24:00", "12:60", "12:5", "12:05:00", "1205", "-1:00"] {
            assert_eq!(parse_hm(bad), None, "{bad:?}");
        }
        let at = parse_rfc3339("at", "2026-03-08T02:30:07-05:30").unwrap();
        assert_eq!(hms(&at), "02:30:07");
        assert_eq!(offset_text(at.offset()), "-05:30");
        assert_eq!(offset_text(&FixedOffset::east_opt(0).unwrap()), "+00:00");
    }
}
