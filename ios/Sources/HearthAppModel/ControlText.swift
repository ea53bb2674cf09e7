/// The words on a control and what assistive technology hears. Voice Control finds a
/// control by the words on screen ("Tap Add more detail"), so the accessibility label
/// is the visible title; anything more goes in the hint, which VoiceOver reads after a
/// pause and Voice Control ignores.
public struct ControlText: Equatable, Sendable {
    /// The words shown on the control.
    public let title: String
    /// What VoiceOver and Voice Control use as the control's name.
    public let accessibilityLabel: String
    /// Extra words read after the label (never needed to find the control).
    public let hint: String?

    public init(_ title: String, label: String? = nil, hint: String? = nil) {
        self.title = title
        self.accessibilityLabel = label ?? title
        self.hint = hint
    }
}

public extension ControlText {
    // Today
    static let addDetail = ControlText("Add more detail", hint: "Check in with more detail: energy, emotions, people and a note")
    static let allowReminders = ControlText("Yes, remind me gently", hint: "Yes, allow one gentle reminder a day")
    static let notNow = ControlText("Not now", hint: "Not now. You can turn reminders on later in Settings.")
    static let history = ControlText("All entries", hint: "Every entry, with search")
    static let showOlder = ControlText("Show earlier entries")
    static let edit = ControlText("Edit")
    static let delete = ControlText("Delete")
    static let confirmDelete = ControlText("Delete entry", hint: "This can't be undone")
    static let keepEntry = ControlText("Keep it")
    // Settings
    static let reminders = ControlText("Reminders", hint: "Reminder settings")
    static let data = ControlText("Export, backup and erase", hint: "Export, backup, restore and erase your journal")
    static let openSettings = ControlText("Open Settings", hint: "Open the Settings app to allow notifications")
    static let addTime = ControlText("Add a time", hint: "Add a reminder time")
    static let quietHours = ControlText("Quiet hours", hint: "Use quiet hours")
    static let takeABreak = ControlText("Take a break", hint: "Pause reminders for a while")
    static let easeOff = ControlText("Ease off when I'm busy", hint: "Send fewer reminders when they go unanswered")
    // Data
    static let importExport = ControlText("Import a Hearth JSON export", hint: "Import entries from a Hearth JSON export")
    static let includeNotes = ControlText("Include my notes", hint: "Include your notes in the summary")
    static let makeSummary = ControlText("Make a summary", hint: "Make a summary to share with your therapist")
    static let shareSummary = ControlText("Share the summary", hint: "Share the therapist summary")
    static let shareBackup = ControlText("Save or share the backup", hint: "Save or share the backup file")
    static let eraseJournal = ControlText("Erase my journal", hint: "Erase your journal from this iPhone")
    static let eraseEverything = ControlText("Erase everything", hint: "Yes, erase everything")
    static let keepJournal = ControlText("Keep my journal", hint: "No, keep my journal")
    // Journal and support
    static let writeReflection = ControlText("Write a reflection", hint: "Write a reflection, with or without a prompt")
    static let untangleThought = ControlText("Untangle a thought", hint: "Untangle a thought with a seven-step thought record")
    static let talkNow = ControlText("Talk to someone now", hint: "Talk to someone now: crisis lines and emergency numbers")
    static let myPeople = ControlText("My people", hint: "My trusted people")
    static let seeSafetyPlan = ControlText("See my safety plan and people to reach", hint: "Open your safety plan, trusted people and crisis lines")
    static let writeSafetyPlan = ControlText("Write my safety plan", hint: "Write your safety plan")
    static let connected = ControlText("I spent time with or talked to someone", hint: "I connected with someone today")

    /// Every fixed control, for the test that labels match what is shown.
    static let all: [ControlText] = [
        addDetail, allowReminders, notNow, history, showOlder, edit, delete, confirmDelete, keepEntry,
        reminders, data, openSettings, addTime, quietHours, takeABreak, easeOff,
        importExport, includeNotes, makeSummary, shareSummary, shareBackup, eraseJournal, eraseEverything,
        keepJournal, writeReflection, untangleThought, talkNow, myPeople, seeSafetyPlan, writeSafetyPlan, connected,
    ]
}
