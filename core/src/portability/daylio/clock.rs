//! Daylio's dates and wall-clock times, and turning them into instants in the person's
//! time zone.

use crate::zone::Zone;
use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone,
};

/// `full_date` as Daylio writes it: `2024-03-10`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    crate::time::ymd(s)
}

/// A time of day in 12-hour (`6:50 pm`, `10:04 AM`, `12:05 a.m.`) or 24-hour (`18:50`,
/// `06:50:12`) form. Any whitespace (including the narrow no-break space phones put
/// before AM/PM) may separate the suffix.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let t = s.trim().to_ascii_lowercase();
    let (body, pm) = match t
        .strip_suffix("am")
        .or_else(|| t.strip_suffix("a.m."))
        .map(|b| (b, Some(false)))
        .or_else(|| {
            t.strip_suffix("pm")
                .or_else(|| t.strip_suffix("p.m."))
                .map(|b| (b, Some(true)))
        }) {
        Some((b, pm)) => (b.trim_end(), pm),
        None => (t.as_str(), None),
    };
    let mut parts = body.split(':');
    let h = number(parts.next()?, 2)?;
    let m = number(parts.next()?, 2)?;
    let sec = match parts.next() {
        Some(x) => number(x, 2)?,
        None => 0,
    };
    if parts.next().is_some() || m > 59 || sec > 59 {
        return None;
    }
    let hour = match pm {
        None if h <= 23 => h,
        Some(pm) if (1..=12).contains(&h) => (h % 12) + if pm { 12 } else { 0 },
        _ => return None,
    };
    NaiveTime::from_hms_opt(hour, m, sec)
}

fn number(s: &str, max_digits: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max_digits || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The instant of a local wall-clock time in `zone`, with the offset in force then.
///
/// Twice-occurring times (clocks going back) take the first occurrence. Times that do
/// not exist (clocks going forward) are read with the offset from before the jump, so
/// `02:30` on a spring-forward night becomes `03:30` in the new offset: the same
/// elapsed time after midnight, as a phone's clock would have counted it.
pub fn resolve(zone: Zone, local: NaiveDateTime) -> DateTime<FixedOffset> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => t.fixed_offset(),
        LocalResult::Ambiguous(first, _) => first.fixed_offset(),
        LocalResult::None => {
            let before = zone
                .offset_from_local_datetime(&(local - Duration::hours(3)))
                .earliest()
                .map(|o| o.fix())
                .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
            let utc = local - before;
            zone.from_utc_datetime(&utc).fixed_offset()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<String> {
        parse_time(s).map(|t| crate::time::hms(&t))
    }

    #[test]
    fn times_in_both_clocks() {
        assert_eq!(t("6:50 pm").as_deref(), Some("18:50:00"));
        assert_eq!(t("10:04 AM").as_deref(), Some("10:04:00"));
        assert_eq!(t("12:05 am").as_deref(), Some("00:05:00"));
        assert_eq!(t("12:30 PM").as_deref(), Some("12:30:00"));
        assert_eq!(t("6:50pm").as_deref(), Some("18:50:00"));
        assert_eq!(t("7:15\u{202f}PM").as_deref(), Some("19:15:00"));
        assert_eq!(t("11:59 p.m.").as_deref(), Some("23:59:00"));
        assert_eq!(t("18:50").as_deref(), Some("18:50:00"));
        assert_eq!(t("06:50:12").as_deref(), Some("06:50:12"));
        for bad in [
            "", "25:00", "13:00 pm", "0:10 am", "6:60", "six", "6", "6:5:4:3", "-1:00",
        ] {
            assert_eq!(t(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dst_edges() {
        let ny: Zone = "America/New_York".parse().unwrap();
        let d = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(
            resolve(ny, d("2024-03-10 01:30")).to_rfc3339(),
            "2024-03-10T01:30:00-05:00"
        );
        assert_eq!(
            resolve(ny, d("2024-03-10 02:30")).to_rfc3339(),
            "2024-03-10T03:30:00-04:00"
        );
        assert_eq!(
            resolve(ny, d("2024-03-10 03:30")).to_rfc3339(),
            "2024-03-10T03:30:00-04:00"
        );
        assert_eq!(
            resolve(ny, d("2024-11-03 01:30")).to_rfc3339(),
            "2024-11-03T01:30:00-04:00"
        );
        assert_eq!(
            resolve(ny, d("2024-11-03 02:30")).to_rfc3339(),
            "2024-11-03T02:30:00-05:00"
        );
    }
}
