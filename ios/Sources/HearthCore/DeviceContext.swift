import Foundation

/// The device facts the core needs as plain values.
public enum DeviceContext {
    /// The IANA zone the core plans and dates entries in. Anything Foundation does not
    /// list as a known IANA name falls back to UTC rather than failing.
    public static func zoneIdentifier(_ zone: TimeZone = .current) -> String {
        let id = zone.identifier
        if id == "UTC" || id == "GMT" || TimeZone.knownTimeZoneIdentifiers.contains(id) { return id }
        return "UTC"
    }

    /// The region code for crisis lines (e.g. "GB"); the core falls back gracefully for
    /// regions it does not know, including an empty code.
    public static func regionCode(_ locale: Locale = .current) -> String {
        locale.region?.identifier ?? ""
    }
}
