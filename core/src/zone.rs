//! IANA time zones, read from the platform's time-zone database.
//!
//! [`Zone`] is a chrono [`TimeZone`], so the rest of the core writes
//! `zone.from_local_datetime(..)` and `at.with_timezone(&zone)` as it would with any
//! chrono zone. The rules come from [jiff](https://docs.rs/jiff), which reads the
//! database the operating system keeps up to date: `/usr/share/zoneinfo` on Linux, iOS
//! and macOS, Android's concatenated `tzdata` file on Android. A shell can also hand
//! the core its platform's rules through [`RulesSource`] (iOS: `NSTimeZone.data`), which
//! is then asked first. There is no copy built into the library: it would cost ~250 KB
//! of the size budget, and both phone platforms ship the database.
//!
//! Why not chrono-tz, the obvious choice next to chrono: it compiles the whole database
//! into Rust statics, ~1.8 MB of the FFI library (two thirds of the 3 MiB budget, see
//! README "Library size"), and its rules are frozen at build time, while the OS copy
//! follows governments' changes with system updates. A reminder at 09:00 must fire at
//! 09:00 on the phone's own clock, which is the OS's database.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use chrono::{
    Datelike, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike,
};

use crate::error::{HearthError, Result};

/// Longest zone name accepted; the longest in the database is 32 characters.
const MAX_NAME_LEN: usize = 64;

/// Files in a system zoneinfo directory that are not IANA zone names: which zone they
/// mean depends on the machine, so a name saved on one phone would mean another
/// elsewhere.
const NOT_ZONES: [&str; 2] = ["localtime", "posixrules"];

/// Where a shell gets a zone's rules on its platform, as TZif bytes (RFC 8536), e.g.
/// iOS's `NSTimeZone(name:)?.data`. Registered with [`set_rules_source`].
pub trait RulesSource: Send + Sync {
    /// The TZif data of the zone named exactly `name`, or `None` if the platform does
    /// not know it (the core then reads the OS database files).
    fn tzif(&self, name: &str) -> Option<Vec<u8>>;
}

static SOURCE: RwLock<Option<Arc<dyn RulesSource>>> = RwLock::new(None);

/// Makes `source` the first place zone rules are looked up (or, with `None`, goes back
/// to the OS database files alone). Zones already loaded are forgotten, so the next
/// lookup of each asks the new source.
pub fn set_rules_source(source: Option<Arc<dyn RulesSource>>) {
    *SOURCE.write().unwrap_or_else(|p| p.into_inner()) = source;
    lock_interned().clear();
}

/// A zone's rules and its canonical name, interned once per process.
struct Rules {
    name: String,
    tz: jiff::tz::TimeZone,
}

/// An IANA time zone such as `Europe/Paris`.
///
/// Cheap to copy: each distinct zone is loaded once per process and kept for its
/// lifetime (there are a few hundred zones at most, a few KB each).
#[derive(Clone, Copy)]
pub struct Zone(&'static Rules);

/// Android 10+ keeps the current tz database in an APEX that Google Play updates; the
/// copy jiff finds by default (`/system/usr/share/zoneinfo/tzdata`) is the one the system
/// image shipped with, often years older (jiff issue #582). Newest first.
const ANDROID_TZDATA: [&str; 2] = [
    "/apex/com.android.tzdata/etc/tz/tzdata",
    "/apex/com.android.runtime/etc/tz/tzdata",
];

/// The OS tz database: on Android the APEX copy when there is one, else what jiff finds
/// (`/usr/share/zoneinfo`, `$TZDIR`, Android's older locations).
fn database() -> &'static jiff::tz::TimeZoneDatabase {
    static DB: OnceLock<jiff::tz::TimeZoneDatabase> = OnceLock::new();
    DB.get_or_init(|| {
        if cfg!(target_os = "android") {
            for path in ANDROID_TZDATA {
                if let Ok(db) = jiff::tz::TimeZoneDatabase::from_concatenated_path(path) {
                    if db.available().next().is_some() {
                        return db;
                    }
                }
            }
        }
        jiff::tz::db().clone()
    })
}

/// The zones loaded so far, by canonical name.
fn interned() -> &'static Mutex<HashMap<String, &'static Rules>> {
    static ZONES: OnceLock<Mutex<HashMap<String, &'static Rules>>> = OnceLock::new();
    ZONES.get_or_init(|| Mutex::new(HashMap::new()))
}

fn lock_interned() -> std::sync::MutexGuard<'static, HashMap<String, &'static Rules>> {
    // A poisoned lock only means another thread panicked between two map operations;
    // the map itself is always whole.
    interned()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn intern(name: &str, tz: jiff::tz::TimeZone) -> Zone {
    let mut zones = lock_interned();
    if let Some(rules) = zones.get(name) {
        return Zone(rules);
    }
    let rules: &'static Rules = Box::leak(Box::new(Rules {
        name: name.to_owned(),
        tz,
    }));
    zones.insert(name.to_owned(), rules);
    Zone(rules)
}

impl Zone {
    /// Coordinated Universal Time.
    pub fn utc() -> Zone {
        intern("UTC", jiff::tz::TimeZone::UTC)
    }

    /// Parses an IANA zone name such as `Europe/Paris`. Surrounding spaces are ignored;
    /// the name is otherwise matched exactly, including its case. Errors name the field
    /// `tz`.
    pub fn parse(name: &str) -> Result<Zone> {
        let trimmed = name.trim();
        if trimmed.is_empty() {
            return Err(HearthError::invalid(
                "tz",
                "expected an IANA time zone like Europe/Paris, got nothing",
            ));
        }
        let unknown = || {
            HearthError::invalid(
                "tz",
                format!("unknown time zone {trimmed:?}; expected an IANA name like Europe/Paris"),
            )
        };
        if trimmed.len() > MAX_NAME_LEN || NOT_ZONES.contains(&trimmed) {
            return Err(unknown());
        }
        if let Some(rules) = lock_interned().get(trimmed) {
            return Ok(Zone(rules));
        }
        // Clone the source out of the lock: it may call into the shell.
        let source = SOURCE.read().unwrap_or_else(|p| p.into_inner()).clone();
        if let Some(bytes) = source.and_then(|s| s.tzif(trimmed)) {
            if let Ok(tz) = jiff::tz::TimeZone::tzif(trimmed, &bytes) {
                return Ok(intern(trimmed, tz));
            }
        }
        let tz = database().get(trimmed).map_err(|_| unknown())?;
        // jiff matches names case-insensitively; the core stores and compares names, so
        // it takes exactly one spelling of each.
        match tz.iana_name() {
            Some(canonical) if canonical == trimmed => Ok(intern(trimmed, tz)),
            Some(canonical) => Err(HearthError::invalid(
                "tz",
                format!("unknown time zone {trimmed:?}; did you mean {canonical}?"),
            )),
            None => Err(unknown()),
        }
    }

    /// The device's own zone: `TZ` if it names a zone, else the platform's setting
    /// (`/etc/localtime` on Linux, the system property on Android, CoreFoundation on
    /// Apple platforms), else UTC.
    ///
    /// Why not chrono's `Local`: it carries its own TZif parser and file search (~23 KiB
    /// of the library), while the core already reads zones through [`Zone::parse`].
    pub fn device() -> Zone {
        std::env::var("TZ")
            .ok()
            .and_then(|t| Zone::parse(t.trim_start_matches(':')).ok())
            .or_else(|| {
                iana_time_zone::get_timezone()
                    .ok()
                    .and_then(|n| Zone::parse(&n).ok())
            })
            .unwrap_or_else(Zone::utc)
    }

    /// Every zone name the database knows, sorted (about 600, including old aliases such
    /// as `US/Eastern`).
    pub fn names() -> Vec<String> {
        let mut names: Vec<String> = database()
            .available()
            .map(|n| n.as_str().to_owned())
            .filter(|n| !NOT_ZONES.contains(&n.as_str()))
            .collect();
        names.sort();
        names
    }

    /// The IANA name, e.g. `Europe/Paris`.
    pub fn name(&self) -> &'static str {
        &self.0.name
    }

    /// The offset from UTC in force at `utc`.
    pub fn offset_at(&self, utc: &NaiveDateTime) -> FixedOffset {
        let ts = timestamp(utc);
        fixed(self.0.tz.to_offset(ts))
    }
}

/// `utc` as a jiff instant, clamped to jiff's range (years -9999 to 9999); beyond it the
/// offset of the nearest end is as good as any.
fn timestamp(utc: &NaiveDateTime) -> jiff::Timestamp {
    let secs = utc.and_utc().timestamp().clamp(
        jiff::Timestamp::MIN.as_second(),
        jiff::Timestamp::MAX.as_second(),
    );
    jiff::Timestamp::from_second(secs).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// A jiff offset as chrono's; both are whole seconds well within ±26 hours.
fn fixed(offset: jiff::tz::Offset) -> FixedOffset {
    FixedOffset::east_opt(offset.seconds())
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero is a valid offset"))
}

/// `local` as a jiff civil datetime, or `None` outside jiff's years (-9999 to 9999).
fn civil(local: &NaiveDateTime) -> Option<jiff::civil::DateTime> {
    let year = i16::try_from(local.year()).ok()?;
    // chrono encodes a leap second as nanoseconds past 1e9; jiff has none.
    let nanos = local.nanosecond().min(999_999_999);
    jiff::civil::DateTime::new(
        year,
        local.month() as i8,
        local.day() as i8,
        local.hour() as i8,
        local.minute() as i8,
        local.second() as i8,
        nanos as i32,
    )
    .ok()
}

impl std::str::FromStr for Zone {
    type Err = HearthError;

    /// Same as [`Zone::parse`].
    fn from_str(name: &str) -> Result<Zone> {
        Zone::parse(name)
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.0.name == other.0.name
    }
}

impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The offset of a [`Zone`] at one instant (what `DateTime<Zone>` carries).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ZoneOffset {
    zone: Zone,
    offset: FixedOffset,
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.offset
    }
}

impl fmt::Debug for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.zone, self.offset)
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.offset, f)
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<ZoneOffset> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    /// One offset for a time that exists once, two (earlier instant first) for a time
    /// that exists twice, none for a time that a forward jump skips.
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<ZoneOffset> {
        let with = |o: jiff::tz::Offset| ZoneOffset {
            zone: *self,
            offset: fixed(o),
        };
        let Some(dt) = civil(local) else {
            // Outside jiff's calendar: read the wall time as if it were UTC.
            return LocalResult::Single(self.offset_from_utc_datetime(local));
        };
        match self.0.tz.to_ambiguous_timestamp(dt).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { offset } => LocalResult::Single(with(offset)),
            jiff::tz::AmbiguousOffset::Gap { .. } => LocalResult::None,
            // `before` is the larger offset, so the earlier instant.
            jiff::tz::AmbiguousOffset::Fold { before, after } => {
                LocalResult::Ambiguous(with(before), with(after))
            }
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        ZoneOffset {
            zone: *self,
            offset: self.offset_at(utc),
        }
    }
}

/// Now, with the UTC offset the device's zone has now ([`Zone::device`]): the time a
/// record gets when the caller gives none.
pub fn now_here() -> chrono::DateTime<FixedOffset> {
    let now = chrono::Utc::now();
    now.with_timezone(&Zone::device().offset_at(&now.naive_utc()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn wall(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn names_are_exact_and_errors_name_the_field() {
        let paris = Zone::parse(" Europe/Paris ").unwrap();
        assert_eq!(paris.name(), "Europe/Paris");
        assert_eq!(paris, Zone::parse("Europe/Paris").unwrap());
        assert_eq!(Zone::utc().name(), "UTC");
        for bad in [
            "",
            "  ",
            "Mars/Olympus",
            "europe/paris",
            "../../etc/passwd",
            "localtime",
            "posixrules",
            &"A/".repeat(40),
        ] {
            match Zone::parse(bad) {
                Err(HearthError::InvalidInput { field, reason }) => {
                    assert_eq!(field, "tz", "{bad:?}");
                    if bad == "europe/paris" {
                        assert!(reason.contains("did you mean Europe/Paris"), "{reason}");
                    }
                }
                other => panic!("{bad:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn every_listed_name_parses() {
        let names = Zone::names();
        assert!(names.len() > 400, "{} zones", names.len());
        for n in &names {
            assert_eq!(Zone::parse(n).unwrap().name(), n);
        }
        assert!(!names.iter().any(|n| n == "localtime"));
    }

    /// A registered source is asked first; what it does not know comes from the OS files.
    #[test]
    fn a_registered_source_is_asked_first() {
        struct FromFiles(Mutex<Vec<String>>);
        impl RulesSource for FromFiles {
            fn tzif(&self, name: &str) -> Option<Vec<u8>> {
                self.0.lock().unwrap().push(name.to_owned());
                // Serve New York's rules under a name the OS does not have.
                let file = if name == "Hearth/Test" {
                    "America/New_York"
                } else {
                    name
                };
                std::fs::read(format!("/usr/share/zoneinfo/{file}")).ok()
            }
        }
        let source = Arc::new(FromFiles(Mutex::new(Vec::new())));
        set_rules_source(Some(source.clone()));
        let test = Zone::parse("Hearth/Test").unwrap();
        let ny = Zone::parse("America/New_York").unwrap();
        let _again = Zone::parse("Hearth/Test").unwrap();
        // Other tests may look zones up meanwhile; the test name is asked for once, then
        // served from memory.
        let asked = source.0.lock().unwrap().clone();
        assert_eq!(
            asked.iter().filter(|n| *n == "Hearth/Test").count(),
            1,
            "{asked:?}"
        );
        for m in (0..366 * 24).step_by(7) {
            let at = wall("2026-01-01 00:00") + chrono::Duration::hours(m);
            assert_eq!(test.offset_at(&at), ny.offset_at(&at));
        }
        assert!(Zone::parse("Mars/Olympus").is_err());
        set_rules_source(None);
        assert!(
            Zone::parse("Hearth/Test").is_err(),
            "forgotten with its source"
        );
        assert!(Zone::parse("America/New_York").is_ok());
    }

    #[test]
    fn gaps_and_folds_follow_chrono_conventions() {
        let ny = Zone::parse("America/New_York").unwrap();
        assert_eq!(
            ny.from_local_datetime(&wall("2026-03-08 02:30")),
            LocalResult::None
        );
        let LocalResult::Ambiguous(first, second) =
            ny.from_local_datetime(&wall("2026-11-01 01:30"))
        else {
            panic!("01:30 happens twice on 2026-11-01");
        };
        assert_eq!(first.to_rfc3339(), "2026-11-01T01:30:00-04:00");
        assert_eq!(second.to_rfc3339(), "2026-11-01T01:30:00-05:00");
        assert!(first.with_timezone(&Utc) < second.with_timezone(&Utc));
        let summer = ny.from_local_datetime(&wall("2026-07-01 12:00")).unwrap();
        assert_eq!(summer.offset().fix().local_minus_utc(), -4 * 3600);
    }

    #[test]
    fn odd_offsets_and_extreme_years_do_not_fail() {
        let kathmandu = Zone::parse("Asia/Kathmandu").unwrap();
        let at = wall("2026-01-01 00:00").and_utc();
        assert_eq!(
            at.with_timezone(&kathmandu)
                .offset()
                .fix()
                .local_minus_utc(),
            20_700
        );
        for y in [-200_000, -10_000, 10_000, 200_000] {
            let far = NaiveDate::from_ymd_opt(y, 6, 1)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap();
            let _ = kathmandu.offset_from_utc_datetime(&far);
            assert!(
                kathmandu.from_local_datetime(&far).single().is_some(),
                "{y}"
            );
        }
    }
}
