import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #21: the first run's and the one-tap places' words: warm, plain, no guilt, no
/// pressure; the Shortcuts mood names are the core's.
final class FirstRunCopyTests: XCTestCase {
    private var everything: [String] {
        FirstRunCopy.welcomeBody + FirstRunCopy.widgetSteps + [
            FirstRunCopy.welcomeTitle, FirstRunCopy.widgetTitle, FirstRunCopy.widgetIntro, FirstRunCopy.widgetElsewhere,
            FirstRunCopy.choicesTitle, FirstRunCopy.reminderQuestion, FirstRunCopy.reminderBody,
            FirstRunCopy.safetyTitle, FirstRunCopy.safetyBody,
            FirstRunCopy.reminderAnswer(.on, time: "20:00"), FirstRunCopy.reminderAnswer(.on, time: nil),
            FirstRunCopy.reminderAnswer(.off, time: nil), FirstRunCopy.position(2, of: 3),
            QuickCaptureCopy.openCheckIn, QuickCaptureCopy.checkInShort, QuickCaptureCopy.lockScreenCheckInDescription,
            QuickCaptureCopy.lockScreenMoodsName, QuickCaptureCopy.lockScreenMoodsDescription,
            QuickCaptureCopy.controlDescription, QuickCaptureCopy.shortcutTitle, QuickCaptureCopy.shortcutDescription,
            QuickCaptureCopy.shortcutMoodPrompt, QuickCaptureCopy.shortcutSaved,
        ] + [ControlText.continueOn, .skipStep, .skipIntroduction, .startUsing, .remindMe, .reminderTime, .noReminders,
             .addTrustedPeople, .gettingStarted, .aboutHearth, .addTheWidget].flatMap { [$0.title, $0.hint ?? ""] }
    }

    func testNoGuiltNoPressureNoAlarm() {
        let banned = ["missed", "miss a", "streak", "should", "must", "don't forget", "forgot", "failed", "behind",
                      "!", "urgent", "every day without fail", "therapy bot"]
        for text in everything {
            for word in banned {
                XCTAssertFalse(text.lowercased().contains(word), "“\(word)” in: \(text)")
            }
        }
    }

    func testItSaysWhatHearthIsAndIsnt() {
        let welcome = FirstRunCopy.welcomeBody.joined(separator: " ")
        XCTAssertTrue(welcome.contains("isn't a therapist or a chatbot"))
        XCTAssertTrue(welcome.contains("stays on this iPhone"))
        XCTAssertTrue(welcome.contains("doesn't diagnose"))
        XCTAssertTrue(FirstRunCopy.safetyBody.contains("no need to do it now"), "optional, gently")
        XCTAssertLessThanOrEqual(FirstRunCopy.welcomeBody.count, 3, "short")
        XCTAssertLessThanOrEqual(FirstRunCopy.widgetSteps.count, 3)
    }

    func testTheReminderAnswerSaysWhatWillHappen() {
        XCTAssertEqual(FirstRunCopy.reminderAnswer(.on, time: "07:30"),
                       "A reminder at 07:30 each day, unless you've already checked in.")
        XCTAssertTrue(FirstRunCopy.reminderAnswer(.off, time: "07:30").contains("Settings"))
        XCTAssertEqual(FirstRunCopy.position(1, of: 3), "Step 1 of 3")
    }

    func testThePictureIsDescribedInWords() throws {
        let moods = try OneShotStore.perform(at: try freshLocation(), vault: MemoryKeyVault()) {
            try $0.widgetSnapshot(now: instant("2026-05-04T08:00:00Z"), zone: "Europe/Paris").quickMoods
        }
        let text = FirstRunCopy.widgetPictureDescription(moods: moods.reversed())
        XCTAssertEqual(text, "A picture of Hearth's widget: the question “How are you?” and 5 mood buttons, from very low to very good, each a symbol with its word.")
        XCTAssertEqual(FirstRunCopy.widgetPictureDescription(moods: []), "A picture of Hearth's widget: a question and mood buttons.")
    }

    func testShortcutMoodNamesAreTheCoresWords() throws {
        let moods = try OneShotStore.perform(at: try freshLocation(), vault: MemoryKeyVault()) {
            try $0.widgetSnapshot(now: instant("2026-05-04T08:00:00Z"), zone: "Europe/Paris").quickMoods
        }
        XCTAssertEqual(moods.count, 5)
        for mood in moods {
            XCTAssertEqual(QuickCaptureCopy.moodNames[mood.mood], mood.label, "mood \(mood.mood)")
        }
        XCTAssertEqual(QuickCaptureCopy.moodNames.count, 5)
    }
}
