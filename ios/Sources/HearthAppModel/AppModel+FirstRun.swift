import Foundation
import HearthCore

/// The first run's glue (issue #21): reads its progress once the lock is settled, and
/// writes what `FirstRun` decides, one step at a time, so a first run killed half-way
/// resumes where it was and nothing is asked twice.
extension AppModel {
    /// The first run should cover the app now.
    public var showsFirstRun: Bool {
        guard let firstRun else { return false }
        return !firstRun.isFinished
    }

    /// Today's card explaining notifications before iOS asks: only after a yes that iOS
    /// hasn't asked about yet (never before the person chose, never after a no, so the
    /// reminder question isn't asked twice).
    public var showsReminderExplainer: Bool {
        reminderPermission == .notAsked && firstRun?.reminders == .on
    }

    /// Reads the first run's progress (once per process). A store that can't be asked
    /// shows no first run this time: it may well have been answered.
    func loadFirstRun() async {
        guard firstRun == nil else { return }
        let settings = self.settings
        let offersLock = self.offersLock
        guard case .success(let read) = await offMain({ try FirstRun.read(settings, offersLock: offersLock) })
        else { return }
        let progress = read.value
        var suggested: String?
        if !progress.isFinished {
            // The time the question suggests: the core's own (20:00 out of the box), the
            // person's first time if they set some before the first run existed, or, on a
            // first run resumed after a yes, the time they chose.
            suggested = await with { try $0.reminderSettings().times.first } ?? nil
        }
        // `launch` and the scene's first `.active` both come here at once: the first read
        // wins, so a late second one can't take back an answer given in between.
        guard firstRun == nil else { return }
        suggestedReminderTime = suggested
        firstRun = progress
    }

    /// "Continue" on the current screen.
    public func continueFirstRun() async {
        guard var progress = firstRun else { return }
        let writes = progress.finishCurrent(.seen)
        await apply(writes, then: progress)
    }

    /// "Skip" on the current screen.
    public func skipFirstRunStep() async {
        guard var progress = firstRun else { return }
        let writes = progress.finishCurrent(.skipped)
        await apply(writes, then: progress)
    }

    /// "Skip the introduction": every screen left, with "not now" for its questions.
    public func skipFirstRun() async {
        guard var progress = firstRun else { return }
        let writes = progress.skipAll()
        await apply(writes, then: progress)
    }

    /// The reminder question: a daily reminder at `time` ("HH:MM"), or none (nil).
    public func chooseReminder(at time: String?) async {
        guard var progress = firstRun else { return }
        let writes = progress.chooseReminder(at: time)
        await apply(writes, then: progress)
        if firstRun?.reminders != nil, let time { suggestedReminderTime = time }
    }

    /// Writes `writes` in order and only then takes `progress` as the new state; a
    /// failed write stops there (with a kind notice), so the question is asked again
    /// rather than marked answered without its answer.
    private func apply(_ writes: [FirstRun.Write], then progress: FirstRun) async {
        var replan = false
        var askPermission = false
        for write in writes {
            let ok: Bool
            switch write {
            case .mark(let step, let outcome):
                let settings = self.settings
                ok = await run { try settings.setShellSetting(name: step.settingName, value: outcome.rawValue) } != nil
            case .reminders(let answer, let time):
                ok = await saveReminderChoice(answer, time: time)
                replan = true
                askPermission = answer == .on
            case .declineLock:
                // A failed write shows its notice; the worst outcome is the offer once more
                // on Today, which is better than stopping the person here.
                await answerLockOffer(turnOn: false)
                ok = true
            }
            guard ok else { return }
        }
        firstRun = progress
        if askPermission, reminderPermission == .notAsked {
            // The first run's own words came first (FirstRunCopy.reminderBody): only now
            // does iOS ask.
            await askForReminderPermission()
        } else if replan {
            await replanReminders()
        }
    }

    /// Saves the core's reminder settings to match the answer (on at `time`, or off;
    /// the rest as they were) and keeps the answer.
    private func saveReminderChoice(_ answer: ReminderChoice.Answer, time: String?) async -> Bool {
        let saved = await with { hearth -> ReminderSettings in
            var settings = try hearth.reminderSettings()
            settings.enabled = answer == .on
            if let time { settings.times = [time] }
            let saved = try hearth.saveReminderSettings(settings: settings)
            try ReminderChoice.record(saved, in: hearth)
            return saved
        }
        return saved != nil
    }
}
