//! Conversions between FFI time values and the core's `DateTime<FixedOffset>`.
//! Instants cross as `SystemTime` (Kotlin `Instant`, Swift `Date`) with the UTC offset
//! in seconds beside them, because a mood journal needs the person's wall-clock time.

use std::time::SystemTime;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use crate::error::HearthError;

pub(crate) fn to_core(
    at: Option<SystemTime>,
    offset_secs: Option<i32>,
) -> Result<Option<DateTime<FixedOffset>>, HearthError> {
    let offset = match offset_secs {
        Some(s) => Some(FixedOffset::east_opt(s).ok_or_else(|| {
            HearthError::invalid("utc_offset_seconds", format!("{s} is outside ±24 hours"))
        })?),
        None => None,
    };
    match (at, offset) {
        (None, None) => Ok(None),
        (None, Some(off)) => Ok(Some(Utc::now().with_timezone(&off))),
        (Some(t), off) => {
            let utc: DateTime<Utc> = t.into();
            let off =
                off.unwrap_or_else(|| hearth_core::Zone::device().offset_at(&utc.naive_utc()));
            Ok(Some(utc.with_timezone(&off)))
        }
    }
}

pub(crate) fn from_core(at: &DateTime<FixedOffset>) -> (SystemTime, i32) {
    (
        SystemTime::from(at.with_timezone(&Utc)),
        at.offset().local_minus_utc(),
    )
}

pub(crate) fn date(field: &str, s: Option<String>) -> Result<Option<NaiveDate>, HearthError> {
    s.map(|s| hearth_core::time::parse_date(field, &s).map_err(HearthError::from))
        .transpose()
}
