import Foundation
import HearthCore

/// Pages back through every entry in windows of local days, using the core's
/// `listEntries(from:to:)`. A window that comes back empty (a long break) jumps straight
/// to the next older entry, so a gap of any length costs one extra read, not one per
/// month. (A cursor-based call in the core would make each page a single index read; see
/// ios/README.md.)
public enum HistoryPaging {
    /// One page: entries newest first, the first day of the window it covered, and
    /// whether anything older may remain.
    public struct Page {
        public let entries: [Entry]
        public let from: String
        public let hasMore: Bool
    }

    /// Local days per page.
    public static let windowDays = 30

    /// The page of entries older than `before` ("YYYY-MM-DD"; nil: the newest page,
    /// ending today or later).
    public static func page(before: String?, today: String, in hearth: Hearth) throws -> Page {
        let to = before.map { DayMath.shift($0, by: -1) }
        let from = DayMath.shift(to ?? today, by: -(windowDays - 1))
        let entries = try hearth.listEntries(from: from, to: to)
        if !entries.isEmpty { return Page(entries: entries, from: from, hasMore: true) }
        // A gap: look at everything older once and take the window below its newest entry.
        let older = try hearth.listEntries(from: nil, to: DayMath.shift(from, by: -1))
        guard let newest = older.first else { return Page(entries: [], from: from, hasMore: false) }
        let top = Presentation.day(of: newest)
        let jumpFrom = DayMath.shift(top, by: -(windowDays - 1))
        let window = older.filter { Presentation.day(of: $0) >= jumpFrom }
        return Page(entries: window, from: jumpFrom, hasMore: window.count < older.count)
    }
}

/// Calendar arithmetic on "YYYY-MM-DD" day names (zone-free: a day is a day).
enum DayMath {
    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// `day` moved by `days` (negative: earlier). An unreadable day is returned as is.
    static func shift(_ day: String, by days: Int) -> String {
        guard let date = LocalDay.date(from: day, in: utc.timeZone),
              let moved = utc.date(byAdding: .day, value: days, to: date) else { return day }
        return LocalDay.string(for: moved, in: utc.timeZone)
    }
}
