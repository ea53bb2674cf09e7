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
    static let addDetail = ControlText("Add more detail", hint: "Energy, emotions, people and a note")
    static let allowReminders = ControlText("Yes, remind me gently", hint: "Allows one gentle reminder a day")
    static let notNow = ControlText("Not now", hint: "You can turn reminders on later in Settings")
    static let history = ControlText("All entries", hint: "Every entry, with search")
    static let calendar = ControlText("Calendar", hint: "Your moods by month and by year")
    static let calendarView = ControlText("Month or year")
    static let openDay = ControlText("Open day", hint: "Shows everything you wrote that day")
    static let openMonth = ControlText("Open month", hint: "Shows this month as a calendar")
    static let showOlder = ControlText("Show earlier entries")
    static let edit = ControlText("Edit")
    static let delete = ControlText("Delete")
    static let confirmDelete = ControlText("Delete entry", hint: "You can undo it for a few seconds afterwards")
    static let keepEntry = ControlText("Keep it")
    static let cancel = ControlText("Cancel")
    static let save = ControlText("Save")
    static let earlier = ControlText("This was earlier", hint: "Choose the date and time it was")
    static let when = ControlText("When", hint: "The date and time of this check-in, up to now")
    // Settings
    static let reminders = ControlText("Reminders", hint: "Times, days, quiet hours and breaks")
    static let tagsAndScales = ControlText("Tags and scales", hint: "Rename or archive tags, add scales like sleep")
    static let addScale = ControlText("Add scale")
    static let rename = ControlText("Rename")
    static let data = ControlText("Export, backup and erase", hint: "Also import, restore and a summary for your therapist")
    static let openSettings = ControlText("Open Settings", hint: "Opens the Settings app, where notifications can be allowed")
    static let addTime = ControlText("Add a time", hint: "Adds another reminder time")
    static let quietHours = ControlText("Quiet hours", hint: "No reminders between two times")
    static let takeABreak = ControlText("Take a break", hint: "Pauses reminders until a day you choose")
    static let easeOff = ControlText("Ease off when I'm busy", hint: "Sends fewer reminders when they go unanswered")
    // Data
    static let importExport = ControlText("Import a Hearth JSON export", hint: "Adds the entries from a file you choose")
    static let includeNotes = ControlText("Include my notes", hint: "Your notes appear in the summary")
    static let makeSummary = ControlText("Make a summary", hint: "A file to share with your therapist")
    static let shareSummary = ControlText("Share the summary", hint: "Opens the share sheet with the summary file")
    static let shareBackup = ControlText("Save or share the backup", hint: "Opens the share sheet with the encrypted backup file")
    static let eraseJournal = ControlText("Erase my journal", hint: "Asks first. Deletes your journal from this iPhone")
    static let eraseEverything = ControlText("Erase everything", hint: "Can't be undone")
    static let keepJournal = ControlText("Keep my journal")
    // Lock (issue #19)
    static let lockHearth = ControlText("Lock Hearth", hint: "Asks for Face ID, Touch ID or your passcode to open Hearth")
    static let relockAfter = ControlText("Lock again", hint: "How long Hearth can be in the background before it locks")
    static let privateSwitcher = ControlText("Hide Hearth in the app switcher", hint: "Shows a plain cover instead of your journal")
    static let quietWidget = ControlText("Keep the widget and reminders quiet", hint: "Shows only the mood buttons, and no reminder words on the Lock Screen")
    static let unlock = ControlText("Unlock", hint: "Asks for Face ID, Touch ID or your passcode")
    static let turnOnLock = ControlText("Turn on the lock", hint: "Asks for Face ID, Touch ID or your passcode once")
    static let maybeLater = ControlText("Maybe later", hint: "You can turn the lock on any time in Settings")
    static let lockSettings = ControlText("Lock and privacy", hint: "Face ID or passcode, the app switcher and the widget")
    // First run (issue #21)
    static let continueOn = ControlText("Continue")
    static let skipStep = ControlText("Skip", hint: "You can find this again in Settings, under Getting started")
    static let skipIntroduction = ControlText("Skip the introduction", hint: "Reminders stay off; everything is in Settings")
    static let startUsing = ControlText("Start using Hearth")
    static let remindMe = ControlText("Yes, remind me", hint: "One silent reminder a day at the time shown")
    static let reminderTime = ControlText("Reminder time")
    static let noReminders = ControlText("No reminders", hint: "You can turn them on in Settings")
    static let addTrustedPeople = ControlText("Add people I trust", hint: "Optional. People you could reach on a hard day")
    static let gettingStarted = ControlText("Getting started", hint: "What Hearth is, the widget, reminders, the lock and your safety plan")
    static let aboutHearth = ControlText("What Hearth is")
    static let addTheWidget = ControlText("Add the widget", hint: "How to put Hearth on your Home Screen, Lock Screen or Control Center")
    // Journal and support
    static let writeReflection = ControlText("Write a reflection", hint: "With or without a prompt")
    static let untangleThought = ControlText("Untangle a thought", hint: "A seven-step thought record")
    static let talkNow = ControlText("Talk to someone now", hint: "Crisis lines and emergency numbers")
    static let addPerson = ControlText("Add", hint: "Adds this person to your list")
    static let keepPerson = ControlText("Keep them")
    static let myPeople = ControlText("My people", hint: "The people you trust")
    static let seeSafetyPlan = ControlText("See my safety plan and people to reach", hint: "Your safety plan, trusted people and crisis lines")
    static let writeSafetyPlan = ControlText("Write my safety plan")
    static let connected = ControlText("I spent time with or talked to someone")

    /// Every fixed control, for the test that labels match what is shown.
    static let all: [ControlText] = [
        addDetail, allowReminders, notNow, history, calendar, calendarView, openDay, openMonth, showOlder, edit, delete, confirmDelete, keepEntry,
        cancel, save, earlier, when,
        reminders, tagsAndScales, addScale, rename, data, openSettings, addTime, quietHours, takeABreak, easeOff,
        importExport, includeNotes, makeSummary, shareSummary, shareBackup, eraseJournal, eraseEverything,
        keepJournal, lockHearth, relockAfter, privateSwitcher, quietWidget, unlock, turnOnLock, maybeLater, lockSettings,
        continueOn, skipStep, skipIntroduction, startUsing, remindMe, reminderTime, noReminders, addTrustedPeople,
        gettingStarted, aboutHearth, addTheWidget,
        writeReflection, untangleThought, talkNow, addPerson, keepPerson, myPeople, seeSafetyPlan, writeSafetyPlan, connected,
    ]
}
