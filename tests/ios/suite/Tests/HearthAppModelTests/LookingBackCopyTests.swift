import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20's words: warm and plain, never guilt or pressure, and every control named by
/// what it shows (Voice Control), with anything more in the hint.
final class LookingBackCopyTests: XCTestCase {
    private let labels = quickMoods()

    private var everyText: [String] {
        let tag = Tag(id: "t", name: "work", kind: .context, archived: false)
        let archived = Tag(id: "t", name: "work", kind: .context, archived: true)
        let scale = Scale(id: "s", name: "sleep", min: 0, max: 10)
        let days = [MoodDay.empty("2026-03-03"), MoodDay.empty("2026-05-04"), MoodDay.empty("2026-06-01"),
                    MoodDay(day: "2026-03-04", mood: 1, level: 1, count: 3, hasNote: true, hasReflection: true, hasThought: true)]
        return [
            Copy.entryDeleted, Copy.entryDeletedUndoable, Copy.entryRestored, Copy.deleteQuestion, Copy.deleteExplainer,
            Copy.changesSaved, Copy.noteSection, Copy.notePlaceholder, Copy.reflectionSection, Copy.reflectionPlaceholder,
            Copy.assessmentsAreKept, Copy.backfillExplainer,
            PeopleCopy.saved, PeopleCopy.emptyList, PeopleCopy.removeQuestion("Sam"), PeopleCopy.removeExplainer("Sam"),
            PeopleCopy.removed("Sam"),
            CatalogCopy.scalesExplainer, CatalogCopy.archiveExplainer, CatalogCopy.scaleAdded("sleep"),
            CatalogCopy.renamed("job"), CatalogCopy.archived("work"), CatalogCopy.restored("work"),
            CatalogCopy.tagLabel(archived), ScaleReadings.rangeText(scale), ScaleReadings.accessibilityValue(scale, value: nil),
            DayCopy.empty, CalendarWords.noCheckIn, CalendarWords.legendTitle, CalendarWords.yearExplainer,
        ] + days.map { CalendarWords.cellLabel($0, today: "2026-05-04", locale: Locale(identifier: "en_GB"), labels: labels) }
            + CalendarWords.legend(labels: labels).map(\.words)
            + controls(tag: tag, archived: archived).flatMap { [$0.title, $0.hint ?? ""] }
    }

    private func controls(tag: Tag, archived: Tag) -> [ControlText] {
        [DayCopy.addCheckIn, PeopleCopy.removeControl("Sam"), PeopleCopy.editControl("Sam"),
         CatalogCopy.archiveControl(tag), CatalogCopy.archiveControl(archived)]
            + CalendarBrowser.Mode.allCases.flatMap { mode -> [ControlText] in
                var browser = CalendarBrowser(today: "2026-05-04")
                browser?.mode = mode
                return [browser?.backControl, browser?.forwardControl].compactMap { $0 }
            }
    }

    func testNoGuiltNoPressure() {
        let banned = ["missed", "miss a", "you miss", "streak", "should", "must", "forgot", "failed", "behind",
                      "don't break", "keep it up", "!"]
        for text in everyText {
            for word in banned {
                XCTAssertFalse(text.lowercased().contains(word), "\"\(text)\" contains \"\(word)\"")
            }
        }
    }

    func testNewControlsAreNamedByWhatTheyShow() {
        let tag = Tag(id: "t", name: "work", kind: .context, archived: false)
        for control in controls(tag: tag, archived: Tag(id: "t", name: "work", kind: .context, archived: true)) {
            XCTAssertFalse(control.title.isEmpty)
            XCTAssertEqual(control.accessibilityLabel, control.title)
            if let hint = control.hint { XCTAssertNotEqual(hint, control.title) }
        }
        for control in [ControlText.cancel, .save, .earlier, .when, .addPerson, .keepPerson, .tagsAndScales, .addScale, .rename] {
            XCTAssertTrue(ControlText.all.contains(control), "\(control.title) is checked with every fixed control")
        }
    }
}
