import Foundation

/// One local day of the mood calendar: what was written that day, summed up by the core
/// (mean mood, how many check-ins, and whether there is a note, a reflection or a
/// thought record). A day with nothing written has `count == 0` and no mood.
public struct CalendarDay: Equatable, Hashable, Sendable {
    /// "YYYY-MM-DD", the local day (in the zone each entry was written in).
    public let day: String
    /// Mean mood of the day's check-ins, 1…5 (nil: no check-in).
    public let mood: Double?
    /// Check-ins that day.
    public let count: Int
    /// A check-in that day has a note.
    public let hasNote: Bool
    /// A reflection was written that day.
    public let hasReflection: Bool
    /// A thought record was written that day.
    public let hasThought: Bool

    public init(day: String, mood: Double?, count: Int, hasNote: Bool = false, hasReflection: Bool = false,
                hasThought: Bool = false) {
        self.day = day
        self.mood = mood
        self.count = count
        self.hasNote = hasNote
        self.hasReflection = hasReflection
        self.hasThought = hasThought
    }

    /// A day with nothing written.
    public static func empty(_ day: String) -> CalendarDay { CalendarDay(day: day, mood: nil, count: 0) }

    /// Anything written that day (a check-in, a reflection or a thought record).
    public var hasEntries: Bool { count > 0 || hasReflection || hasThought }

    /// The mood level 1…5 the cell shows (the mean, rounded half up), nil without a check-in.
    public var level: Int? {
        guard let mood, mood.isFinite else { return nil }
        return Swift.min(5, Swift.max(1, Int((mood).rounded(.toNearestOrAwayFromZero))))
    }
}
