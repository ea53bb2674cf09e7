import Foundation
import HearthCore

/// Which calendar is on screen and where: the month grid or the year in pixels, and
/// which month or year. It starts at today's month and never goes past it (nothing can
/// be written in a month still to come), nor before year 1, the core's first.
public struct CalendarBrowser: Equatable, Sendable {
    /// The month grid or the year in pixels.
    public enum Mode: String, CaseIterable, Sendable {
        case month, year

        /// The segmented control's words.
        public var title: String { self == .month ? L10n.tr("calendar.mode.month", "Month") : L10n.tr("calendar.mode.year", "Year") }
    }

    /// The month grid (the default) or the year in pixels.
    public var mode: Mode = .month
    /// The month shown (and, in year mode, its year).
    public private(set) var month: CalendarLayout.Month
    /// The latest month there is: today's.
    public private(set) var latest: CalendarLayout.Month

    /// A browser at `today`'s month ("YYYY-MM-DD"); nil only for an unreadable day.
    public init?(today: String) {
        guard let month = CalendarLayout.Month(day: today) else { return nil }
        self.month = month
        self.latest = month
    }

    /// The year shown.
    public var year: Int { month.year }

    /// An earlier month (or year) exists.
    public var canGoBack: Bool { mode == .month ? month.previous.year >= 1 : year > 1 }
    /// A later month (or year) exists that isn't still to come.
    public var canGoForward: Bool { mode == .month ? month < latest : year < latest.year }

    /// One month (or year) earlier.
    public mutating func back() {
        guard canGoBack else { return }
        month = mode == .month ? month.previous : CalendarLayout.Month(year: year - 1, month: month.month)
    }

    /// One month (or year) later, never past today's.
    public mutating func forward() {
        guard canGoForward else { return }
        let next = mode == .month ? month.next : CalendarLayout.Month(year: year + 1, month: month.month)
        month = min(next, latest)
    }

    /// Opens `month` (a tap on a month of the year in pixels), in the month grid.
    public mutating func open(_ month: CalendarLayout.Month) {
        self.month = min(month, latest)
        mode = .month
    }

    /// A new day began (the app stayed open past midnight at a month's end).
    public mutating func today(_ day: String) {
        if let month = CalendarLayout.Month(day: day) { latest = month }
    }

    /// The words for the back and forward buttons.
    public var backControl: ControlText {
        ControlText(mode == .month ? L10n.tr("calendar.previousMonth", "Previous month") : L10n.tr("calendar.previousYear", "Previous year"))
    }

    /// The forward button's words.
    public var forwardControl: ControlText {
        ControlText(mode == .month ? L10n.tr("calendar.nextMonth", "Next month") : L10n.tr("calendar.nextYear", "Next year"))
    }
}
