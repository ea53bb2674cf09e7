import Foundation
import HearthCore

/// The mood calendar: one call to the core per month or year (`calendar(year:month:)`),
/// every day of it present, empty days included. The core sums each
/// day up (mean mood, its level, counts, what was written); `CalendarWords` and
/// `CalendarLayout` say it and place it.
extension AppModel {
    /// Every day of `month`, oldest first; empty on failure (with a kind notice).
    public func calendar(month: CalendarLayout.Month) async -> [MoodDay] {
        let year = Int32(month.year), number = UInt32(month.month)
        return await with { try $0.calendar(year: year, month: number).map(MoodDay.init) } ?? []
    }

    /// Every day of `year`, oldest first: the year in pixels.
    public func calendar(year: Int) async -> [MoodDay] {
        let year = Int32(year)
        return await with { try $0.calendar(year: year).map(MoodDay.init) } ?? []
    }
}

extension MoodDay {
    /// The core's day as the screens use it.
    public init(_ day: CalendarDay) {
        self.init(day: day.date, mood: day.mood, level: day.level.map(Int.init), count: Int(day.count),
                  hasNote: day.hasNote, hasReflection: day.hasReflection, hasThought: day.hasThought)
    }
}
