import Foundation

/// One local day of the mood calendar as the screens use it: what was written that day,
/// summed up by the core (its `CalendarDay`: mean mood, the level it rounded to, how many
/// check-ins, and whether there is a note, a reflection or a thought record). A day with
/// nothing written has `count == 0` and no mood.
public struct MoodDay: Equatable, Hashable, Sendable {
    /// "YYYY-MM-DD", the local day (in the zone each entry was written in).
    public let day: String
    /// Mean mood of the day's check-ins, 1…5 (nil: no check-in).
    public let mood: Double?
    /// The mood level 1…5 the cell shows, as the core rounded the mean (halves up); nil
    /// without a check-in.
    public let level: Int?
    /// Check-ins that day.
    public let count: Int
    /// A check-in that day has a note.
    public let hasNote: Bool
    /// A reflection was written that day.
    public let hasReflection: Bool
    /// A thought record was written that day.
    public let hasThought: Bool

    /// A day as the core summed it up; `level` is kept within 1…5.
    public init(day: String, mood: Double?, level: Int?, count: Int, hasNote: Bool = false,
                hasReflection: Bool = false, hasThought: Bool = false) {
        self.day = day
        self.mood = mood
        self.level = level.map { Swift.min(5, Swift.max(1, $0)) }
        self.count = count
        self.hasNote = hasNote
        self.hasReflection = hasReflection
        self.hasThought = hasThought
    }

    /// A day with nothing written.
    public static func empty(_ day: String) -> MoodDay { MoodDay(day: day, mood: nil, level: nil, count: 0) }

    /// Anything written that day (a check-in, a reflection or a thought record).
    public var hasEntries: Bool { count > 0 || hasReflection || hasThought }
}
