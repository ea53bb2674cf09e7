import Foundation

/// The first run (issue #21): three short screens at most, each skippable, never asked
/// twice. Its progress is kept as shell settings in the core's encrypted store, so a
/// first run interrupted (the app killed, the phone switched off) resumes where it was,
/// and a backup restored elsewhere doesn't ask again.
///
/// 1. *Welcome*: what Hearth is and isn't.
/// 2. *One tap*: how to add the widget (home screen, Lock Screen, Control Center).
/// 3. *Your choices*: a daily reminder and its time (off until chosen), the app lock
///    (#19's offer, asked once), and the safety plan and trusted people, as optional.
///
/// A value type with no I/O: the model reads it from the store, asks it what to show,
/// and writes what it says.
public struct FirstRun: Equatable, Sendable {
    /// A screen.
    public enum Step: String, CaseIterable, Sendable {
        case welcome, widget, choices

        /// The shell setting that marks the screen as done.
        public var settingName: String { "firstrun." + rawValue }
    }

    /// How a screen ended: read through, or skipped (both mean "don't show it again").
    public enum Outcome: String, Sendable {
        case seen, skipped
    }

    /// How each screen ended, from the store (absent: not yet).
    public private(set) var outcomes: [Step: Outcome]
    /// The reminder question's answer (`ReminderChoice`), nil until answered.
    public private(set) var reminders: ReminderChoice.Answer?
    /// The lock is offered on the third screen (#19's offer, still unanswered).
    public private(set) var offersLock: Bool

    /// The progress read from the store.
    public init(outcomes: [Step: Outcome] = [:], reminders: ReminderChoice.Answer? = nil, offersLock: Bool = false) {
        self.outcomes = outcomes
        self.reminders = reminders
        self.offersLock = offersLock
    }

    /// The screen to show, or nil once every screen is done.
    public var current: Step? {
        Step.allCases.first { outcomes[$0] == nil }
    }

    /// Nothing more to show.
    public var isFinished: Bool { current == nil }

    /// The third screen asks about reminders only until they are answered, there or in Settings.
    public var asksAboutReminders: Bool { reminders == nil }

    /// Position for "Step 2 of 3" (1-based), nil when finished.
    public var position: (index: Int, count: Int)? {
        guard let current, let index = Step.allCases.firstIndex(of: current) else { return nil }
        return (index + 1, Step.allCases.count)
    }

    // MARK: What to write

    /// One thing to keep in the store, in order.
    public enum Write: Equatable, Sendable {
        /// Mark a screen done.
        case mark(Step, Outcome)
        /// Save the reminder answer (and the core's settings to match); nil time: off.
        case reminders(ReminderChoice.Answer, time: String?)
        /// Answer #19's lock offer: "not now".
        case declineLock
    }

    /// The current screen is done (`Continue`). On the third screen anything left
    /// unanswered is answered "not now": reminders off, the lock not turned on, so
    /// nothing is asked again.
    public mutating func finishCurrent(_ outcome: Outcome) -> [Write] {
        guard let step = current else { return [] }
        var writes: [Write] = []
        if step == .choices { writes += settleChoices() }
        writes.append(.mark(step, outcome))
        outcomes[step] = outcome
        return writes
    }

    /// Skips every screen left (the person just wants to start): the same "not now"
    /// answers, then every remaining screen marked skipped.
    public mutating func skipAll() -> [Write] {
        var writes: [Write] = []
        if !isFinished { writes += settleChoices() }
        for step in Step.allCases where outcomes[step] == nil {
            writes.append(.mark(step, .skipped))
            outcomes[step] = .skipped
        }
        return writes
    }

    /// The reminder question answered: on at `time` ("HH:MM"), or off (nil).
    public mutating func chooseReminder(at time: String?) -> [Write] {
        let answer: ReminderChoice.Answer = time == nil ? .off : .on
        reminders = answer
        return [.reminders(answer, time: time)]
    }

    /// The lock offer answered (by either button).
    public mutating func lockAnswered() {
        offersLock = false
    }

    /// "Not now" for whatever the third screen still asks. The reminder answer goes
    /// first: a first run killed right after it resumes on the same screen, without it.
    private mutating func settleChoices() -> [Write] {
        var writes: [Write] = []
        if reminders == nil { writes += chooseReminder(at: nil) }
        if offersLock {
            offersLock = false
            writes.append(.declineLock)
        }
        return writes
    }
}

extension FirstRun {
    /// Reads the progress: each screen's mark, the reminder answer, and whether the lock
    /// is offered (decided by the lock's own rules, #19). A mark that isn't one of ours
    /// counts as done: it was written by someone, and asking twice is worse.
    public static func read(_ store: ShellSettings, offersLock: Bool) throws -> FirstRun {
        var outcomes: [Step: Outcome] = [:]
        for step in Step.allCases {
            if let value = try store.shellSetting(name: step.settingName) {
                outcomes[step] = Outcome(rawValue: value) ?? .seen
            }
        }
        let reminders = try store.shellSetting(name: ReminderChoice.settingName).flatMap(ReminderChoice.Answer.init(rawValue:))
        return FirstRun(outcomes: outcomes, reminders: reminders, offersLock: offersLock)
    }
}
