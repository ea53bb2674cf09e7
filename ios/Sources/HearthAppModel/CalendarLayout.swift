import Foundation

/// Where each day goes in the month calendar and the year in pixels. Pure date
/// arithmetic on "YYYY-MM-DD" names (a day is a day, whatever the zone); the first day
/// of the week comes from the person's locale.
public enum CalendarLayout {
    /// A month, e.g. 2026-03.
    public struct Month: Hashable, Comparable, Sendable {
        /// The year, e.g. 2026.
        public let year: Int
        /// 1 (January) … 12.
        public let month: Int

        /// A month; an out-of-range `month` rolls into the year before or after.
        public init(year: Int, month: Int) {
            // Normalise 0 → December of the year before, 13 → January after.
            let index = year * 12 + (month - 1)
            self.year = Int((Double(index) / 12).rounded(.down))
            self.month = index - self.year * 12 + 1
        }

        /// The month of a "YYYY-MM-DD" day (nil if unreadable).
        public init?(day: String) {
            let parts = day.split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            self.init(year: y, month: m)
        }

        /// "YYYY-MM", as the core's month calendar takes it.
        public var id: String { String(format: "%04d-%02d", year, month) }
        /// The month before.
        public var previous: Month { Month(year: year, month: month - 1) }
        /// The month after.
        public var next: Month { Month(year: year, month: month + 1) }

        /// Every day of the month, "YYYY-MM-DD", in order.
        public var days: [String] {
            (1...CalendarLayout.length(of: self)).map { String(format: "%04d-%02d-%02d", year, month, $0) }
        }

        /// Earlier months sort first.
        public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    /// A place in the month grid: a day, or an empty place before the 1st or after the last.
    public enum Cell: Hashable, Sendable {
        case day(String)
        case blank
    }

    /// How a month is drawn: a grid of seven columns, or, at the accessibility text
    /// sizes (where seven day numbers no longer fit a row), a list of days, each row
    /// with its symbol, square and words, so large text never gets cut off.
    public enum MonthStyle: Equatable, Sendable { case grid, list }

    /// The month's style for the person's text size.
    public static func monthStyle(accessibilityTextSize: Bool) -> MonthStyle {
        accessibilityTextSize ? .list : .grid
    }

    /// The first day of the week in `locale` (1 = Sunday … 7 = Saturday), e.g. Monday in
    /// France and the UK, Sunday in the US.
    public static func firstWeekday(for locale: Locale) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = locale
        return calendar.firstWeekday
    }

    /// The month as weeks of seven places, starting on `firstWeekday` (1 = Sunday): blanks
    /// before the 1st and after the last day, so every row has seven places.
    public static func weeks(of month: Month, firstWeekday: Int) -> [[Cell]] {
        let days = month.days
        guard let first = days.first else { return [] }
        let lead = (weekday(of: first) - firstWeekday + 7) % 7
        var cells = Array(repeating: Cell.blank, count: lead) + days.map(Cell.day)
        cells += Array(repeating: Cell.blank, count: (7 - cells.count % 7) % 7)
        return stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<($0 + 7)]) }
    }

    /// The weekday names in grid order: a short one for the header and the full one for
    /// VoiceOver (e.g. ("M", "Monday")).
    public static func weekdayNames(firstWeekday: Int, locale: Locale) -> [(short: String, full: String)] {
        let formatter = DateFormatter()
        formatter.locale = locale
        let short = (formatter.veryShortStandaloneWeekdaySymbols as [String]?) ?? [] // implicitly unwrapped on Apple platforms
        let full = (formatter.standaloneWeekdaySymbols as [String]?) ?? [] // implicitly unwrapped on Apple platforms
        guard short.count == 7, full.count == 7 else { return [] }
        return (0..<7).map { i in
            let index = (firstWeekday - 1 + i) % 7
            return (short[index], full[index])
        }
    }

    /// The year in pixels: one column per month, one place per day that exists (no 30
    /// February), in order.
    public static func yearColumns(_ year: Int) -> [(month: Month, days: [String])] {
        (1...12).map { m in
            let month = Month(year: year, month: m)
            return (month, month.days)
        }
    }

    /// Days in `month`.
    public static func length(of month: Month) -> Int {
        switch month.month {
        case 2:
            let leap = (month.year % 4 == 0 && month.year % 100 != 0) || month.year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 1 = Sunday … 7 = Saturday for a "YYYY-MM-DD" day (Zeller's congruence, so no
    /// calendar or zone is involved).
    static func weekday(of day: String) -> Int {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 1 }
        var (y, m) = (parts[0], parts[1])
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (parts[2] + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7 // 0 = Saturday
        return (h + 6) % 7 + 1
    }
}
