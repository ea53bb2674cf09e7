import Foundation
import XCTest
import HearthAppModel

/// Issue #19: the lock's words are plain and kind: no blame for a cancelled Face ID, no
/// alarm, and every "it turned off" says how to turn it back on.
final class LockCopyTests: XCTestCase {
    func testNoWordBlamesOrAlarms() {
        let harsh = ["fail", "wrong", "error", "denied", "invalid", "must", "warning", "!", "unauthori", "attempt"]
        for sentence in LockCopy.all {
            XCTAssertFalse(sentence.isEmpty)
            for word in harsh {
                XCTAssertFalse(sentence.lowercased().contains(word), "\"\(sentence)\" contains \"\(word)\"")
            }
        }
    }

    func testTurningOffByItselfSaysWhyAndHowToTurnItBackOn() {
        let text = LockCopy.turnedOffNoPasscode
        XCTAssertTrue(text.contains("no longer has a passcode"), "why")
        XCTAssertTrue(text.contains("set a passcode in the Settings app"), "how")
        XCTAssertTrue(text.contains(ControlText.lockHearth.title), "names the switch as it is shown")
    }

    func testTheQuietWordsSayNothingAboutTheJournal() {
        for sentence in [LockCopy.quietWidgetTitle, LockCopy.quietReminderBody, LockCopy.reminderHiddenPreview] {
            XCTAssertLessThan(sentence.count, 40)
            XCTAssertFalse(sentence.contains(where: \.isNumber), "no time, no count: \(sentence)")
        }
    }

    func testEveryReLockChoiceHasItsOwnWords() {
        let titles = RelockAfter.allCases.map(LockCopy.title(for:))
        XCTAssertEqual(Set(titles).count, RelockAfter.allCases.count)
        XCTAssertEqual(RelockAfter.allCases.map(\.duration), [.zero, .seconds(60), .seconds(300)])
    }
}
