import Foundation
import HearthCore

/// One day of the journal, opened from the calendar or history: every kind of entry of
/// that local day, newest first, and a way to add a check-in to it.
extension AppModel {
    /// Every entry of `day` ("YYYY-MM-DD"), check-ins, reflections, thought records and
    /// questionnaires mixed, newest first.
    public func entries(on day: String) async -> [Entry] {
        await with { try $0.listEntries(from: day, to: day) } ?? []
    }

    /// When a check-in added to `day` is placed: noon of that day in the person's zone
    /// (a neutral hour, clearly on that day), or now if that is earlier (today before
    /// noon); the person can change it in the picker.
    public func backfillDate(for day: String) -> Date {
        let now = self.now()
        guard let midnight = LocalDay.date(from: day, in: timeZone) else { return now }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let noon = calendar.date(bySettingHour: 12, minute: 0, second: 0, of: midnight) ?? midnight
        return Swift.min(noon, now)
    }
}

/// The day view's words.
public enum DayCopy {
    /// A day with nothing written: said plainly, with an invitation, never a reproach.
    public static var empty: String { L10n.tr("day.empty", "Nothing written on this day.") }
    /// Offered on a past day or today.
    public static var addCheckIn: ControlText { ControlText(L10n.tr("day.addCheckIn", "Add a check-in for this day"), hint: L10n.tr("day.addCheckIn.hint", "Choose a mood; the time is yours to change")) }

    /// The heading: "Today", or the date in full.
    public static func title(_ day: String, today: String) -> String {
        Presentation.dayHeading(day, today: today)
    }

    /// Whether a check-in can be added to `day` (not to a day still to come).
    public static func canAdd(to day: String, today: String) -> Bool { day <= today }
}
