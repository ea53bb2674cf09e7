//! The time-zone rules port across the FFI. A shell whose platform exposes zone rules as
//! TZif bytes (iOS: `NSTimeZone(name:)?.data`) registers a [`TimeZoneSource`], and the
//! core asks it first; otherwise the core reads the OS database files (Android's
//! tzdata, `/usr/share/zoneinfo`). See `hearth_core::zone`.

use std::sync::Arc;

use hearth_core::zone::{self as core_zone, RulesSource};

/// Supplies a zone's rules from the platform. Implementations must not throw: return
/// null/nil for a zone the platform does not know.
#[uniffi::export(with_foreign)]
pub trait TimeZoneSource: Send + Sync {
    /// The TZif data (RFC 8536) of the IANA zone named exactly `name`, or null/nil.
    fn tzif(&self, name: String) -> Option<Vec<u8>>;
}

struct Bridge(Arc<dyn TimeZoneSource>);

impl RulesSource for Bridge {
    fn tzif(&self, name: &str) -> Option<Vec<u8>> {
        self.0.tzif(name.to_owned())
    }
}

/// Makes `source` the first place Hearth looks up time-zone rules, for every `Hearth`
/// in the process; null/nil goes back to the OS database files alone. Call once at
/// start-up, before the first call that takes a zone.
#[uniffi::export]
pub fn set_time_zone_source(source: Option<Arc<dyn TimeZoneSource>>) {
    core_zone::set_rules_source(source.map(|s| Arc::new(Bridge(s)) as Arc<dyn RulesSource>));
}

/// Every IANA zone name the OS database lists, sorted (for a zone picker, or to check a
/// platform's name before saving it).
#[uniffi::export]
pub fn time_zone_names() -> Vec<String> {
    core_zone::Zone::names()
}
