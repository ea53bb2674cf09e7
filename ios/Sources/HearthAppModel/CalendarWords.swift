import Foundation
import HearthCore

/// Every colour in the calendar has words. A cell's colour shows its mood level; the same
/// level is also a glyph (the mood's symbol, as on the mood buttons) and a fill height
/// (one fifth per level), so nothing rests on colour, and VoiceOver hears the day, its
/// mood in words and what was written. Plain and gentle: a day with nothing written is
/// just that ("nothing written"), never "missed".
public enum CalendarWords {
    /// One line of the legend: a level, its symbol, how full its cell is, and its word.
    public struct LegendItem: Equatable, Sendable, Identifiable {
        /// The level, 0 for "no check-in".
        public var id: Int { level ?? 0 }
        /// 1…5, nil for "no check-in".
        public let level: Int?
        /// SF Symbol (nil: an empty outline).
        public let symbol: String?
        /// How much of the cell is filled, bottom up (0 for none).
        public let fill: Double
        /// e.g. "Good".
        public let words: String
    }

    /// The calendar's legend: the five levels from very low to very good, then days
    /// without a check-in. Words from the core's mood labels.
    public static func legend(labels: [QuickMood]) -> [LegendItem] {
        (1...5).map { level in
            LegendItem(level: level, symbol: Presentation.moodSymbol(Int32(level)), fill: fill(level),
                       words: Presentation.moodWord(Int32(level), labels: labels).capitalizedFirst)
        } + [LegendItem(level: nil, symbol: nil, fill: 0, words: noCheckIn)]
    }

    /// The legend's last line, and a day without check-ins.
    public static var noCheckIn: String { L10n.tr("calendar.noCheckIn", "No check-in") }
    /// The legend's heading, read before it.
    public static var legendTitle: String { L10n.tr("calendar.legendTitle", "What the colours mean") }
    /// Above the year in pixels.
    public static var yearExplainer: String { L10n.tr("calendar.yearExplainer", "Each square is a day. Its colour, symbol and how full it is show that day's mood.") }

    /// How much of a cell a level fills (0.2 … 1), so the level reads without colour.
    public static func fill(_ level: Int?) -> Double {
        guard let level else { return 0 }
        return Double(Swift.min(5, Swift.max(1, level))) / 5
    }

    /// The mood in words: "good" for one check-in, "mostly good" for a day of several
    /// (their mean), nil without a check-in.
    public static func moodWords(_ day: MoodDay, labels: [QuickMood]) -> String? {
        guard let level = day.level else { return nil }
        let word = Presentation.moodWord(Int32(level), labels: labels).lowercased()
        return day.count > 1 ? L10n.tr("calendar.mostly", "mostly %@", word) : word
    }

    /// What was written, e.g. ["2 check-ins", "a note", "a reflection"].
    public static func contents(_ day: MoodDay) -> [String] {
        var parts: [String] = []
        if day.count > 0 { parts.append(L10n.plural("calendar.checkIns", day.count, one: "%lld check-in", other: "%lld check-ins")) }
        if day.hasNote { parts.append(L10n.tr("calendar.aNote", "a note")) }
        if day.hasReflection { parts.append(L10n.tr("calendar.aReflection", "a reflection")) }
        if day.hasThought { parts.append(L10n.tr("calendar.aThoughtRecord", "a thought record")) }
        return parts
    }

    /// The date as VoiceOver reads it in `locale`, e.g. "Tuesday 3 March" (en_GB) or
    /// "Tuesday, March 3" (en_US).
    public static func spokenDate(_ day: String, locale: Locale) -> String {
        guard let date = LocalDay.date(from: day, in: utc) else { return day }
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = utc
        formatter.setLocalizedDateFormatFromTemplate("EEEEdMMMM")
        return formatter.string(from: date)
    }

    /// A cell's VoiceOver label, e.g. "Tuesday 3 March: mostly good, 2 check-ins, a
    /// note"; "Today, …" for today; "…: nothing written" for an empty past day; the date
    /// alone for a day still to come.
    public static func cellLabel(_ day: MoodDay, today: String, locale: Locale, labels: [QuickMood]) -> String {
        var date = spokenDate(day.day, locale: locale)
        if day.day == today { date = L10n.tr("calendar.todayDate", "Today, %@", date) }
        if day.day > today && !day.hasEntries { return date }
        guard day.hasEntries else { return L10n.tr("calendar.nothingWritten", "%@: nothing written", date) }
        let mood = moodWords(day, labels: labels) ?? L10n.tr("calendar.noCheckInLower", "no check-in")
        return L10n.tr("calendar.cellLabel", "%1$@: %2$@", date, ([mood] + contents(day)).joined(separator: ", "))
    }

    /// The cell's symbol: the mood's, or nil (an outline) without a check-in.
    public static func symbol(_ day: MoodDay) -> String? {
        day.level.map { Presentation.moodSymbol(Int32($0)) }
    }

    /// The month's heading, e.g. "March 2026" in `locale`.
    public static func monthTitle(_ month: CalendarLayout.Month, locale: Locale) -> String {
        guard let date = LocalDay.date(from: String(format: "%@-01", month.id), in: utc) else { return month.id }
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = utc
        formatter.setLocalizedDateFormatFromTemplate("MMMMy")
        return formatter.string(from: date)
    }

    /// A month's short name for the year in pixels (e.g. "Mar"), with its full name for VoiceOver.
    public static func monthNames(locale: Locale) -> [(short: String, full: String)] {
        let formatter = DateFormatter()
        formatter.locale = locale
        let short = (formatter.shortStandaloneMonthSymbols as [String]?) ?? [] // implicitly unwrapped on Apple platforms
        let full = (formatter.standaloneMonthSymbols as [String]?) ?? [] // implicitly unwrapped on Apple platforms
        guard short.count == 12, full.count == 12 else { return [] }
        return (0..<12).map { (short[$0], full[$0]) }
    }

    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
}
