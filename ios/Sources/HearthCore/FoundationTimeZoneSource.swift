import Foundation

/// Hands the Rust core the time-zone rules Foundation itself uses: the TZif bytes behind
/// `NSTimeZone.data`. Reminders are then planned on the same clock the system shows,
/// whether or not the app's sandbox can read the tz files directly, and the core needs
/// no copy of the database of its own.
public final class FoundationTimeZoneSource: TimeZoneSource, @unchecked Sendable {
    public init() {}

    /// TZif data for exactly `name` (an IANA name), or nil when Foundation does not
    /// know it; the core then tries the OS files.
    public func tzif(name: String) -> Data? {
        guard let zone = NSTimeZone(name: name), zone.name == name else { return nil }
        let data = zone.data
        // Every TZif file starts with the magic "TZif".
        guard data.count > 44, data.prefix(4) == Data("TZif".utf8) else { return nil }
        return data
    }

    private static let installed: Void = {
        setTimeZoneSource(source: FoundationTimeZoneSource())
    }()

    /// Registers Foundation as the core's source of zone rules, once per process. Call
    /// before the first Hearth call that takes a zone (the app and the widget do it in
    /// `HearthLive.make`).
    public static func install() {
        _ = installed
    }
}
