import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Defect 9: Voice Control finds a control by its visible words, so the accessibility
/// label must be exactly what is shown; extra words belong in the hint.
final class AccessibilityTests: XCTestCase {
    func testEveryControlIsNamedByItsVisibleWords() {
        XCTAssertFalse(ControlText.all.isEmpty)
        for control in ControlText.all {
            XCTAssertFalse(control.title.isEmpty)
            XCTAssertEqual(control.accessibilityLabel, control.title, "Voice Control: \"Tap \(control.title)\"")
        }
    }

    func testFixedControlsHaveDistinctNames() {
        let titles = ControlText.all.map(\.title)
        XCTAssertEqual(Set(titles).count, titles.count, "two controls with one name can't be told apart")
    }

    func testVoiceControlCanSayTheWordOnAMoodButton() throws {
        let location = try freshLocation()
        let snapshot = try WidgetActions.snapshot(now: instant("2026-05-04T08:00:00Z"), zone: "Europe/Paris",
                                                  location: location, vault: MemoryKeyVault())
        for mood in snapshot.quickMoods {
            let names = Presentation.inputLabels(for: mood)
            XCTAssertEqual(names.first, mood.label.capitalizedFirst)
            XCTAssertTrue(names.contains(mood.accessibilityLabel), "VoiceOver's words still work")
        }
    }

    func testAHintNeverRepeatsTheLabelAlone() {
        for control in ControlText.all {
            if let hint = control.hint { XCTAssertNotEqual(hint, control.title) }
        }
    }
}
