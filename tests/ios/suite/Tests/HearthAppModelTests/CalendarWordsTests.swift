import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: every colour has words. The calendar's layout (weeks, first weekday from
/// the locale, empty places), each cell's words for VoiceOver, and the legend.
final class CalendarWordsTests: XCTestCase {
    private let labels = quickMoods()
    private let gb = Locale(identifier: "en_GB")
    private let us = Locale(identifier: "en_US")

    func testACellSaysItsDayMoodAndWhatWasWritten() {
        let day = MoodDay(day: "2026-03-03", mood: 3.8, level: 4, count: 2, hasNote: true)
        XCTAssertEqual(CalendarWords.cellLabel(day, today: "2026-05-04", locale: gb, labels: labels),
                       "Tuesday 3 March: mostly good, 2 check-ins, a note")
        let one = MoodDay(day: "2026-03-03", mood: 2, level: 2, count: 1, hasReflection: true, hasThought: true)
        XCTAssertEqual(CalendarWords.cellLabel(one, today: "2026-05-04", locale: gb, labels: labels),
                       "Tuesday 3 March: low, 1 check-in, a reflection, a thought record")
        let words = MoodDay(day: "2026-03-03", mood: nil, level: nil, count: 0, hasReflection: true)
        XCTAssertEqual(CalendarWords.cellLabel(words, today: "2026-05-04", locale: gb, labels: labels),
                       "Tuesday 3 March: no check-in, a reflection")
    }

    func testEmptyTodayAndFutureDaysAreGentle() {
        XCTAssertEqual(CalendarWords.cellLabel(.empty("2026-03-03"), today: "2026-05-04", locale: gb, labels: labels),
                       "Tuesday 3 March: nothing written")
        XCTAssertEqual(CalendarWords.cellLabel(.empty("2026-05-04"), today: "2026-05-04", locale: gb, labels: labels),
                       "Today, Monday 4 May: nothing written")
        XCTAssertEqual(CalendarWords.cellLabel(.empty("2026-05-05"), today: "2026-05-04", locale: gb, labels: labels),
                       "Tuesday 5 May", "a day still to come is only a date")
        for day in ["2026-03-03", "2026-05-04", "2026-05-05"] {
            let text = CalendarWords.cellLabel(.empty(day), today: "2026-05-04", locale: gb, labels: labels).lowercased()
            XCTAssertFalse(text.contains("miss"), text)
            XCTAssertFalse(text.contains("streak"), text)
        }
    }

    func testTheDateFollowsTheLocale() {
        XCTAssertEqual(CalendarWords.spokenDate("2026-03-03", locale: us), "Tuesday, March 3")
        XCTAssertEqual(CalendarWords.monthTitle(CalendarLayout.Month(year: 2026, month: 3), locale: gb), "March 2026")
        XCTAssertEqual(CalendarWords.monthNames(locale: gb).first?.full, "January")
        XCTAssertEqual(CalendarWords.monthNames(locale: gb).count, 12)
    }

    func testLevelsHaveASymbolAFillAndWords() {
        XCTAssertEqual(MoodDay(day: "d", mood: 9, level: 9, count: 1).level, 5, "kept within 1…5")
        XCTAssertNil(MoodDay.empty("d").level)
        XCTAssertFalse(MoodDay.empty("d").hasEntries)

        let legend = CalendarWords.legend(labels: labels)
        XCTAssertEqual(legend.map(\.words), ["Very low", "Low", "Okay", "Good", "Very good", "No check-in"])
        XCTAssertEqual(legend.map(\.fill), [0.2, 0.4, 0.6, 0.8, 1, 0])
        XCTAssertEqual(Set(legend.compactMap(\.symbol)).count, 5, "a different symbol per level")
        XCTAssertNil(legend.last?.symbol)
        XCTAssertEqual(CalendarWords.symbol(MoodDay(day: "d", mood: 4.2, level: 4, count: 3)), Presentation.moodSymbol(4))
        XCTAssertNil(CalendarWords.symbol(.empty("d")))
    }

    func testMonthWeeksStartOnTheLocalesFirstWeekday() {
        XCTAssertEqual(CalendarLayout.firstWeekday(for: gb), 2, "Monday in the UK")
        XCTAssertEqual(CalendarLayout.firstWeekday(for: us), 1, "Sunday in the US")

        // March 2026 begins on a Sunday and has 31 days.
        let march = CalendarLayout.Month(year: 2026, month: 3)
        let monday = CalendarLayout.weeks(of: march, firstWeekday: 2)
        XCTAssertEqual(monday.count, 6)
        XCTAssertEqual(monday[0].prefix(7), Array(repeating: .blank, count: 6) + [.day("2026-03-01")])
        XCTAssertEqual(monday[5].first, .day("2026-03-30"))
        XCTAssertEqual(monday[5].filter { $0 == .blank }.count, 5)
        XCTAssertTrue(monday.allSatisfy { $0.count == 7 })

        let sunday = CalendarLayout.weeks(of: march, firstWeekday: 1)
        XCTAssertEqual(sunday.count, 5)
        XCTAssertEqual(sunday[0].first, .day("2026-03-01"))
        XCTAssertEqual(sunday.flatMap { $0 }.filter { $0 != .blank }.count, 31)

        // February 2026 starts on a Sunday and is exactly four weeks from Sunday.
        XCTAssertEqual(CalendarLayout.weeks(of: CalendarLayout.Month(year: 2026, month: 2), firstWeekday: 1).count, 4)

        let names = CalendarLayout.weekdayNames(firstWeekday: 2, locale: gb)
        XCTAssertEqual(names.map(\.full).first, "Monday")
        XCTAssertEqual(names.map(\.full).last, "Sunday")
        XCTAssertEqual(CalendarLayout.weekdayNames(firstWeekday: 1, locale: us).first?.full, "Sunday")
    }

    func testLargeTextGetsAListInsteadOfSevenColumns() {
        XCTAssertEqual(CalendarLayout.monthStyle(accessibilityTextSize: false), .grid)
        XCTAssertEqual(CalendarLayout.monthStyle(accessibilityTextSize: true), .list)
    }

    func testMonthsAndYears() {
        let jan = CalendarLayout.Month(year: 2026, month: 1)
        XCTAssertEqual(jan.previous, CalendarLayout.Month(year: 2025, month: 12))
        XCTAssertEqual(jan.previous.next, jan)
        XCTAssertEqual(jan.id, "2026-01")
        XCTAssertEqual(CalendarLayout.Month(day: "2024-02-29"), CalendarLayout.Month(year: 2024, month: 2))
        XCTAssertNil(CalendarLayout.Month(day: "2024-13-01"))
        XCTAssertLessThan(jan.previous, jan)
        XCTAssertEqual(CalendarLayout.Month(year: 2024, month: 2).days.last, "2024-02-29")
        XCTAssertEqual(CalendarLayout.Month(year: 2100, month: 2).days.count, 28)
        XCTAssertEqual(CalendarLayout.Month(year: 2000, month: 2).days.count, 29)
        let year = CalendarLayout.yearColumns(2026)
        XCTAssertEqual(year.count, 12)
        XCTAssertEqual(year.map(\.days.count).reduce(0, +), 365)
        XCTAssertEqual(year[1].days.count, 28, "no 29, 30 or 31 February")
    }
}

/// The core's five mood words, as the widget snapshot gives them.
func quickMoods() -> [QuickMood] {
    ["Very low", "Low", "Okay", "Good", "Very good"].enumerated().map { i, word in
        QuickMood(mood: Int32(i + 1), label: word, accessibilityLabel: "Record mood: \(word.lowercased()), \(i + 1) of 5")
    }
}

/// Moving through months and years, never past today's month.
final class CalendarBrowserTests: XCTestCase {
    func testItStartsAtTodayAndNeverGoesPastIt() throws {
        var browser = try XCTUnwrap(CalendarBrowser(today: "2026-05-04"))
        XCTAssertNil(CalendarBrowser(today: "May"))
        XCTAssertEqual(browser.month, CalendarLayout.Month(year: 2026, month: 5))
        XCTAssertFalse(browser.canGoForward)
        browser.forward()
        XCTAssertEqual(browser.month.id, "2026-05", "no month still to come")
        browser.back()
        browser.back()
        XCTAssertEqual(browser.month.id, "2026-03")
        XCTAssertTrue(browser.canGoForward)
        XCTAssertEqual(browser.backControl.title, "Previous month")
        XCTAssertEqual(browser.forwardControl.accessibilityLabel, "Next month")

        browser.mode = .year
        XCTAssertEqual(browser.backControl.title, "Previous year")
        XCTAssertFalse(browser.canGoForward, "2026 is this year")
        browser.back()
        XCTAssertEqual(browser.year, 2025)
        browser.forward()
        XCTAssertEqual(browser.month.id, "2026-03")
        browser.back()
        browser.open(CalendarLayout.Month(year: 2025, month: 11))
        XCTAssertEqual(browser.mode, .month)
        XCTAssertEqual(browser.month.id, "2025-11")
        browser.open(CalendarLayout.Month(year: 2027, month: 1))
        XCTAssertEqual(browser.month.id, "2026-05", "a tap can't open the future either")

        browser.today("2026-06-01")
        XCTAssertTrue(browser.canGoForward, "a new month began while the app was open")
        XCTAssertEqual(CalendarBrowser.Mode.allCases.map(\.title), ["Month", "Year"])
    }

    func testItStopsAtYearOne() throws {
        var browser = try XCTUnwrap(CalendarBrowser(today: "0001-02-10"))
        browser.back()
        XCTAssertEqual(browser.month.id, "0001-01")
        XCTAssertFalse(browser.canGoBack)
        browser.back()
        XCTAssertEqual(browser.month.id, "0001-01")
        browser.mode = .year
        XCTAssertFalse(browser.canGoBack)
    }
}
