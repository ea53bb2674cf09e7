import Foundation

/// Local calendar days as the core spells them ("YYYY-MM-DD"), and the wall-clock time
/// of an entry in the offset it was written in. Display helpers only: which day an entry
/// belongs to is always the core's decision.
public enum LocalDay {
    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// "YYYY-MM-DD" of `date` in `zone`.
    public static func string(for date: Date, in zone: TimeZone = .current) -> String {
        let c = calendar(zone).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The day `days` days before (negative: after) the day of `date` in `zone`.
    public static func string(daysBefore days: Int, _ date: Date, in zone: TimeZone = .current) -> String {
        let cal = calendar(zone)
        let shifted = cal.date(byAdding: .day, value: -days, to: cal.startOfDay(for: date)) ?? date
        return string(for: shifted, in: zone)
    }

    /// Local noon of a "YYYY-MM-DD" day in `zone` (noon: safe from daylight-saving edges),
    /// for placing a day on a chart axis. Nil for anything else.
    public static func date(from day: String, in zone: TimeZone = .current) -> Date? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        let c = DateComponents(year: y, month: m, day: d, hour: 12)
        let cal = calendar(zone)
        guard let date = cal.date(from: c),
              cal.dateComponents([.year, .month, .day], from: date) == DateComponents(year: y, month: m, day: d)
        else { return nil }
        return date
    }
}

public enum EntryTime {
    /// "HH:MM" of `at` in the UTC offset it was recorded with: an entry written at 21:15
    /// in New York reads 21:15 wherever the phone is now.
    public static func clock(_ at: Date, utcOffsetSeconds: Int32) -> String {
        components(at, utcOffsetSeconds).clock
    }

    /// "YYYY-MM-DD" of `at` in its recorded offset.
    public static func day(_ at: Date, utcOffsetSeconds: Int32) -> String {
        components(at, utcOffsetSeconds).day
    }

    private static func components(_ at: Date, _ offset: Int32) -> (day: String, clock: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: Int(offset)) ?? TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: at)
        return (String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0),
                String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0))
    }
}

/// Reminder times as the core spells them ("HH:MM") and as a time picker holds them.
public enum ClockTime {
    /// Today's `hhmm` in `zone`, for a time picker. Nil unless "HH:MM".
    public static func date(_ hhmm: String, on day: Date = Date(), in zone: TimeZone = .current) -> Date? {
        let parts = hhmm.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(bySettingHour: h, minute: m, second: 0, of: day)
    }

    /// "HH:MM" as the reader's locale shows a time: "21:15" or "9:15 PM" (12- or
    /// 24-hour clock as the locale has it). Anything else is shown as it is.
    public static func display(_ hhmm: String, locale: Locale = L10n.locale) -> String {
        let utc = TimeZone(secondsFromGMT: 0) ?? .current
        guard let date = self.date(hhmm, on: Date(timeIntervalSince1970: 0), in: utc) else { return hhmm }
        var style = Date.FormatStyle(date: .omitted, time: .shortened)
        style.timeZone = utc
        return date.formatted(style.locale(locale))
    }

    /// "HH:MM" of `date` in `zone`.
    public static func string(_ date: Date, in zone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
