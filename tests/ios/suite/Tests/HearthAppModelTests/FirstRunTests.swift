import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #21: the first run's decisions over a real store. Reminders stay off until the
/// person answers; skipping everything plans nothing and asks nothing again; a first run
/// killed half-way resumes where it was; the lock offer is asked once.
@MainActor
final class FirstRunTests: XCTestCase {
    /// A fresh install: the app opened for the first time, nothing answered yet.
    private func freshInstall() throws -> Harness {
        try Harness(test: self, remindersChosen: false)
    }

    private func pendingCount(_ h: Harness) async -> Int {
        await h.center.pending.count
    }

    func testAFreshInstallPlansNoReminderBeforeTheFirstRunIsAnswered() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        XCTAssertTrue(h.model.showsFirstRun)
        XCTAssertEqual(h.model.firstRun?.current, .welcome)
        let pending = await pendingCount(h)
        XCTAssertEqual(pending, 0, "the core's 20:00 default is not a choice")
        XCTAssertNil(h.model.nextReminder)
        let loaded = await h.model.reminderSettings()
        let shown = try XCTUnwrap(loaded)
        XCTAssertFalse(shown.enabled, "Settings shows reminders off until chosen")
        XCTAssertEqual(h.model.suggestedReminderTime, "20:00", "the question suggests the core's time")
    }

    func testTheWidgetPlansNothingBeforeAChoiceEither() async throws {
        let h = try freshInstall()
        // The widget added and tapped before the app was ever opened.
        try await WidgetTimeline.recordMood(4, now: h.clock.now, zone: Harness.zone, location: h.location,
                                            vault: h.vault, scheduler: ReminderScheduler(center: h.center))
        XCTAssertEqual(try h.direct { try $0.listCheckins(from: nil, to: nil) }.map(\.source), [.widget])
        let pending = await pendingCount(h)
        XCTAssertEqual(pending, 0)
    }

    func testSkippingTheWholeFirstRunPlansNothingAndAsksNothingAgain() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        XCTAssertTrue(h.model.offersLock, "the lock offer is part of the first run")
        await h.model.skipFirstRun()

        XCTAssertFalse(h.model.showsFirstRun)
        XCTAssertFalse(h.model.offersLock, "skipping answers the lock offer: not asked again on Today")
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.auth.reasons, [], "nothing was asked of Face ID")
        let pending = await pendingCount(h)
        XCTAssertEqual(pending, 0, "no reminder for a skipped first run")
        XCTAssertNil(h.model.nextReminder)
        XCTAssertFalse(try h.direct { try $0.reminderSettings() }.enabled, "saved off in the core")
        for step in FirstRun.Step.allCases {
            XCTAssertEqual(try h.direct { try $0.shellSetting(name: step.settingName) }, "skipped")
        }
        XCTAssertEqual(try h.direct { try $0.shellSetting(name: ReminderChoice.settingName) }, "off")
        XCTAssertEqual(try h.direct { try $0.shellSetting(name: AppModel.lockOfferedName) }, "1")

        // The next launch, and a re-plan from the widget: still nothing, nothing asked.
        h.model.enterBackground()
        let next = try Harness(test: self, location: h.location, vault: h.vault, center: h.center)
        await next.model.enterForeground()
        XCTAssertFalse(next.model.showsFirstRun)
        XCTAssertFalse(next.model.offersLock)
        try await WidgetTimeline.recordMood(3, now: next.clock.now, zone: Harness.zone, location: h.location,
                                            vault: h.vault, scheduler: ReminderScheduler(center: h.center))
        let after = await pendingCount(next)
        XCTAssertEqual(after, 0)
    }

    func testSkippingEachScreenInTurn() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        var seen: [FirstRun.Step] = []
        while let step = h.model.firstRun?.current {
            seen.append(step)
            await h.model.skipFirstRunStep()
            XCTAssertLessThanOrEqual(seen.count, 3, "three screens at most")
            if seen.count > 3 { break }
        }
        XCTAssertEqual(seen, [.welcome, .widget, .choices])
        XCTAssertFalse(h.model.showsFirstRun)
        XCTAssertFalse(h.model.offersLock)
        let pending = await pendingCount(h)
        XCTAssertEqual(pending, 0)
        XCTAssertEqual(try h.direct { try $0.shellSetting(name: ReminderChoice.settingName) }, "off")
    }

    func testAFirstRunKilledHalfWayResumesWhereItWas() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        await h.model.continueFirstRun()
        XCTAssertEqual(h.model.firstRun?.current, .widget)
        await h.model.continueFirstRun()
        await h.model.chooseReminder(at: "08:30")
        // Killed here: no background, no goodbye. The next process reads the store.
        let next = try Harness(test: self, location: h.location, vault: h.vault, center: h.center)
        await next.model.enterForeground()
        XCTAssertTrue(next.model.showsFirstRun)
        XCTAssertEqual(next.model.firstRun?.current, .choices, "the two screens read are not shown again")
        XCTAssertEqual(next.model.firstRun?.asksAboutReminders, false, "the reminder was answered: not asked twice")
        XCTAssertEqual(next.model.firstRun?.reminders, .on)
        XCTAssertEqual(next.model.suggestedReminderTime, "08:30", "the screen says the time that was chosen")
        let pending = await next.center.sortedPending
        XCTAssertEqual(pending.first?.dateComponents.hour, 8)
        XCTAssertEqual(pending.first?.dateComponents.minute, 30)

        await next.model.continueFirstRun()
        XCTAssertFalse(next.model.showsFirstRun)
        XCTAssertEqual(try next.direct { try $0.reminderSettings() }.times, ["08:30"], "finishing keeps the answer")
        let still = await next.center.pending.count
        XCTAssertGreaterThan(still, 0)
    }

    func testSayingYesPlansTheChosenTimeAndNoIsSavedOff() async throws {
        let yes = try freshInstall()
        await yes.model.enterForeground()
        await yes.model.chooseReminder(at: "07:45")
        let settings = try yes.direct { try $0.reminderSettings() }
        XCTAssertTrue(settings.enabled)
        XCTAssertEqual(settings.times, ["07:45"])
        let pending = await yes.center.sortedPending
        XCTAssertEqual(pending.count, 64)
        XCTAssertEqual(pending.first.map { [$0.dateComponents.hour, $0.dateComponents.minute] }, [7, 45])
        XCTAssertNotNil(yes.model.nextReminder)

        let no = try freshInstall()
        await no.model.enterForeground()
        await no.model.chooseReminder(at: nil)
        XCTAssertFalse(try no.direct { try $0.reminderSettings() }.enabled)
        XCTAssertEqual(no.model.firstRun?.reminders, .off)
        let none = await no.center.pending.count
        XCTAssertEqual(none, 0)
    }

    func testTodaysReminderCardOnlyFollowsAYes() async throws {
        let undecided = try Harness(test: self, remindersChosen: false, permissions: FakePermissions(answer: .notAsked))
        await undecided.model.enterForeground()
        XCTAssertFalse(undecided.model.showsReminderExplainer, "the first run asks; Today doesn't as well")
        await undecided.model.chooseReminder(at: nil)
        XCTAssertFalse(undecided.model.showsReminderExplainer, "a no is not asked again")

        let yes = try Harness(test: self, remindersChosen: false, permissions: FakePermissions(answer: .notAsked))
        await yes.model.enterForeground()
        await yes.model.chooseReminder(at: "19:00")
        XCTAssertEqual(yes.model.reminderPermission, .notAsked, "iOS hasn't said yet")
        XCTAssertTrue(yes.model.showsReminderExplainer, "after a yes, the way to let iOS deliver it")
    }

    func testTheLockIsOfferedOnceAcrossTheFirstRunAndToday() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        XCTAssertEqual(h.model.firstRun?.offersLock, true)
        await h.model.answerLockOffer(turnOn: true)
        XCTAssertTrue(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.model.firstRun?.offersLock, false)
        XCTAssertFalse(h.model.offersLock, "Today's card doesn't ask again")
        await h.model.skipFirstRun()
        XCTAssertTrue(h.model.lock.settings.lockEnabled, "skipping the rest doesn't undo the answer")
        XCTAssertEqual(h.auth.reasons, [LockCopy.turnOnReason], "one check, when it was turned on")

        // No passcode: nothing to offer, and finishing doesn't mark it offered, so it
        // can still be offered once a passcode is set.
        let bare = try freshInstall()
        bare.auth.set(.noPasscode)
        await bare.model.enterForeground()
        XCTAssertEqual(bare.model.firstRun?.offersLock, false)
        await bare.model.skipFirstRun()
        XCTAssertNil(try bare.direct { try $0.shellSetting(name: AppModel.lockOfferedName) })
    }

    func testChoosingRemindersInSettingsAnswersTheQuestion() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        let loaded = await h.model.reminderSettings()
        var settings = try XCTUnwrap(loaded)
        settings.enabled = true
        settings.times = ["09:15"]
        _ = await h.model.saveReminderSettings(settings)
        let pending = await h.center.pending.count
        XCTAssertGreaterThan(pending, 0, "saving in Settings is a choice")
        let next = try Harness(test: self, location: h.location, vault: h.vault, center: h.center)
        await next.model.enterForeground()
        XCTAssertEqual(next.model.firstRun?.asksAboutReminders, false)
        let reloaded = await next.model.reminderSettings()
        XCTAssertEqual(reloaded?.times, ["09:15"])
    }

    func testALateSecondReadAtLaunchCantTakeBackAnAnswer() async throws {
        let settings = SlowFirstRead(name: FirstRun.Step.welcome.settingName)
        let h = try Harness(test: self, settings: settings, remindersChosen: false)
        // Launch and the first .active, at once. The first read has seen "not yet" and is
        // slow to return; the second lands, and the person answers the welcome.
        async let launch: Void = h.model.launch()
        async let active: Void = h.model.scenePhaseChanged(.active)
        var spins = 0
        while h.model.firstRun == nil || !settings.firstReadWaiting {
            spins += 1
            if spins > 200_000 { settings.release(); return XCTFail("the two reads never overlapped") }
            await Task.yield()
        }
        await h.model.continueFirstRun()
        XCTAssertEqual(h.model.firstRun?.current, .widget)
        settings.release()
        _ = await (launch, active)
        XCTAssertEqual(h.model.firstRun?.current, .widget, "the late read doesn't bring the welcome back")
    }

    func testAStoreThatCantBeAskedShowsNoFirstRun() async throws {
        let failing = MemoryShellSettings()
        failing.failing = true
        let h = try Harness(test: self, settings: failing, remindersChosen: false)
        await h.model.enterForeground()
        XCTAssertNil(h.model.firstRun)
        XCTAssertFalse(h.model.showsFirstRun, "it may well have been answered; never asked twice")
        await h.model.continueFirstRun()
        await h.model.skipFirstRun()
        XCTAssertFalse(h.model.showsFirstRun)
    }

    func testAFailedReminderWriteLeavesTheQuestionOpen() async throws {
        let h = try freshInstall()
        await h.model.enterForeground()
        await h.model.continueFirstRun()
        await h.model.continueFirstRun()
        XCTAssertEqual(h.model.firstRun?.current, .choices)
        // The journal locked underneath (as after an erase in another process): the write fails.
        h.model.session.enterBackground()
        try FileManager.default.removeItem(at: h.location.directory)
        await h.model.chooseReminder(at: "21:00")
        XCTAssertEqual(h.model.notice?.kind, .problem)
        XCTAssertEqual(h.model.firstRun?.reminders, nil, "not marked answered without its answer")
        XCTAssertEqual(h.model.firstRun?.current, .choices)
    }

    func testErasingStartsTheFirstRunAgainWithRemindersOff() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        await h.model.skipFirstRun()
        XCTAssertFalse(h.model.showsFirstRun)
        let erased = await h.model.eraseEverything()
        XCTAssertTrue(erased)
        XCTAssertTrue(h.model.showsFirstRun)
        XCTAssertEqual(h.model.firstRun?.current, .welcome)
        await h.model.replanReminders()
        let pending = await h.center.pending.count
        XCTAssertEqual(pending, 0)
    }
}

/// The state machine alone.
final class FirstRunStateTests: XCTestCase {
    func testScreensComeInOrderAndEachIsShownOnce() {
        var run = FirstRun()
        XCTAssertEqual(run.current, .welcome)
        XCTAssertEqual(run.position?.index, 1)
        XCTAssertEqual(run.finishCurrent(.seen), [.mark(.welcome, .seen)])
        XCTAssertEqual(run.current, .widget)
        XCTAssertEqual(run.finishCurrent(.skipped), [.mark(.widget, .skipped)])
        XCTAssertEqual(run.current, .choices)
        XCTAssertEqual(run.position?.index, 3)
        XCTAssertEqual(run.position?.count, 3)
        XCTAssertEqual(run.finishCurrent(.seen), [.reminders(.off, time: nil), .mark(.choices, .seen)],
                       "an unanswered reminder question is 'not now': off, saved before the screen is marked")
        XCTAssertTrue(run.isFinished)
        XCTAssertNil(run.position)
        XCTAssertEqual(run.finishCurrent(.seen), [], "nothing more to do")
        XCTAssertEqual(run.skipAll(), [])
    }

    func testSkippingEverythingAnswersWhatWouldBeAsked() {
        var run = FirstRun(offersLock: true)
        XCTAssertEqual(run.skipAll(), [
            .reminders(.off, time: nil), .declineLock,
            .mark(.welcome, .skipped), .mark(.widget, .skipped), .mark(.choices, .skipped),
        ])
        XCTAssertTrue(run.isFinished)
        XCTAssertFalse(run.offersLock)
    }

    func testAnsweredQuestionsAreNotAnsweredAgain() {
        var run = FirstRun(outcomes: [.welcome: .seen, .widget: .seen], reminders: .on, offersLock: false)
        XCTAssertFalse(run.asksAboutReminders)
        XCTAssertEqual(run.skipAll(), [.mark(.choices, .skipped)], "the yes stands")
        XCTAssertEqual(run.reminders, .on)
    }

    func testReadingTheStore() throws {
        let store = MemoryShellSettings()
        XCTAssertEqual(try FirstRun.read(store, offersLock: true), FirstRun(offersLock: true))
        try store.setShellSetting(name: "firstrun.welcome", value: "skipped")
        try store.setShellSetting(name: "firstrun.widget", value: "something newer")
        try store.setShellSetting(name: ReminderChoice.settingName, value: "on")
        let run = try FirstRun.read(store, offersLock: false)
        XCTAssertEqual(run.outcomes, [.welcome: .skipped, .widget: .seen], "an unknown mark counts as done")
        XCTAssertEqual(run.current, .choices)
        XCTAssertEqual(run.reminders, .on)
        store.failing = true
        XCTAssertThrowsError(try FirstRun.read(store, offersLock: false))
    }

    func testTheReminderChoiceShowsOffUntilAnswered() {
        let core = ReminderSettings(enabled: true, times: ["20:00"], weekdays: [], quietStart: nil, quietEnd: nil,
                                    pauseUntil: nil, backOff: true)
        XCTAssertFalse(ReminderChoice.shown(core, answer: nil).enabled)
        XCTAssertEqual(ReminderChoice.shown(core, answer: nil).times, ["20:00"])
        XCTAssertEqual(ReminderChoice.shown(core, answer: .on), core)
        let unreadable = MemoryShellSettings()
        unreadable.failing = true
        XCTAssertNil(ReminderChoice.answer(unreadable), "not knowing is not a choice")
    }
}

/// Shell settings whose first read of `name` returns what it read only after
/// `release()`, like a slow store call at launch.
final class SlowFirstRead: ShellSettings, @unchecked Sendable {
    private let inner = MemoryShellSettings()
    private let name: String
    private let mutex = NSLock()
    private let gate = DispatchSemaphore(value: 0)
    private var reads = 0
    private var waiting = false

    init(name: String) { self.name = name }

    var firstReadWaiting: Bool {
        mutex.lock(); defer { mutex.unlock() }
        return waiting
    }

    func release() { gate.signal() }

    func shellSetting(name: String) throws -> String? {
        let value = try inner.shellSetting(name: name)
        guard name == self.name else { return value }
        mutex.lock()
        reads += 1
        let first = reads == 1
        if first { waiting = true }
        mutex.unlock()
        if first { gate.wait() }
        return value
    }

    func setShellSetting(name: String, value: String?) throws {
        try inner.setShellSetting(name: name, value: value)
    }
}
