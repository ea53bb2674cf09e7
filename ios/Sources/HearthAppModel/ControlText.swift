import HearthCore

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
    static var addDetail: ControlText { ControlText(L10n.tr("control.addDetail", "Add more detail"), hint: L10n.tr("control.addDetail.hint", "Energy, emotions, people and a note")) }
    static var allowReminders: ControlText { ControlText(L10n.tr("control.allowReminders", "Yes, remind me gently"), hint: L10n.tr("control.allowReminders.hint", "Allows one gentle reminder a day")) }
    static var notNow: ControlText { ControlText(L10n.tr("control.notNow", "Not now"), hint: L10n.tr("control.notNow.hint", "You can turn reminders on later in Settings")) }
    static var history: ControlText { ControlText(L10n.tr("control.history", "All entries"), hint: L10n.tr("control.history.hint", "Every entry, with search")) }
    static var calendar: ControlText { ControlText(L10n.tr("control.calendar", "Calendar"), hint: L10n.tr("control.calendar.hint", "Your moods by month and by year")) }
    static var calendarView: ControlText { ControlText(L10n.tr("control.calendarView", "Month or year")) }
    static var openDay: ControlText { ControlText(L10n.tr("control.openDay", "Open day"), hint: L10n.tr("control.openDay.hint", "Shows everything you wrote that day")) }
    static var openMonth: ControlText { ControlText(L10n.tr("control.openMonth", "Open month"), hint: L10n.tr("control.openMonth.hint", "Shows this month as a calendar")) }
    static var showOlder: ControlText { ControlText(L10n.tr("control.showOlder", "Show earlier entries")) }
    static var edit: ControlText { ControlText(L10n.tr("control.edit", "Edit")) }
    static var delete: ControlText { ControlText(L10n.tr("control.delete", "Delete")) }
    static var confirmDelete: ControlText { ControlText(L10n.tr("control.confirmDelete", "Delete entry"), hint: L10n.tr("control.confirmDelete.hint", "You can undo it for a few seconds afterwards")) }
    static var keepEntry: ControlText { ControlText(L10n.tr("control.keepEntry", "Keep it")) }
    static var cancel: ControlText { ControlText(L10n.tr("control.cancel", "Cancel")) }
    static var save: ControlText { ControlText(L10n.tr("control.save", "Save")) }
    static var earlier: ControlText { ControlText(L10n.tr("control.earlier", "This was earlier"), hint: L10n.tr("control.earlier.hint", "Choose the date and time it was")) }
    static var when: ControlText { ControlText(L10n.tr("control.when", "When"), hint: L10n.tr("control.when.hint", "The date and time of this check-in, up to now")) }
    // Settings
    static var reminders: ControlText { ControlText(L10n.tr("control.reminders", "Reminders"), hint: L10n.tr("control.reminders.hint", "Times, days, quiet hours and breaks")) }
    static var tagsAndScales: ControlText { ControlText(L10n.tr("control.tagsAndScales", "Tags and scales"), hint: L10n.tr("control.tagsAndScales.hint", "Rename or archive tags, add scales like sleep")) }
    static var addScale: ControlText { ControlText(L10n.tr("control.addScale", "Add scale")) }
    static var rename: ControlText { ControlText(L10n.tr("control.rename", "Rename")) }
    static var data: ControlText { ControlText(L10n.tr("control.data", "Export, backup and erase"), hint: L10n.tr("control.data.hint", "Also import, restore and a summary for your therapist")) }
    static var openSettings: ControlText { ControlText(L10n.tr("control.openSettings", "Open Settings"), hint: L10n.tr("control.openSettings.hint", "Opens the Settings app, where notifications can be allowed")) }
    static var addTime: ControlText { ControlText(L10n.tr("control.addTime", "Add a time"), hint: L10n.tr("control.addTime.hint", "Adds another reminder time")) }
    static var quietHours: ControlText { ControlText(L10n.tr("control.quietHours", "Quiet hours"), hint: L10n.tr("control.quietHours.hint", "No reminders between two times")) }
    static var takeABreak: ControlText { ControlText(L10n.tr("control.takeABreak", "Take a break"), hint: L10n.tr("control.takeABreak.hint", "Pauses reminders until a day you choose")) }
    static var easeOff: ControlText { ControlText(L10n.tr("control.easeOff", "Ease off when I'm busy"), hint: L10n.tr("control.easeOff.hint", "Sends fewer reminders when they go unanswered")) }
    // Data
    static var importExport: ControlText { ControlText(L10n.tr("control.importExport", "Import a Hearth JSON export"), hint: L10n.tr("control.importExport.hint", "Adds the entries from a file you choose")) }
    static var includeNotes: ControlText { ControlText(L10n.tr("control.includeNotes", "Include my notes"), hint: L10n.tr("control.includeNotes.hint", "Your notes appear in the summary")) }
    static var makeSummary: ControlText { ControlText(L10n.tr("control.makeSummary", "Make a summary"), hint: L10n.tr("control.makeSummary.hint", "A file to share with your therapist")) }
    static var shareSummary: ControlText { ControlText(L10n.tr("control.shareSummary", "Share the summary"), hint: L10n.tr("control.shareSummary.hint", "Opens the share sheet with the summary file")) }
    static var shareBackup: ControlText { ControlText(L10n.tr("control.shareBackup", "Save or share the backup"), hint: L10n.tr("control.shareBackup.hint", "Opens the share sheet with the encrypted backup file")) }
    static var eraseJournal: ControlText { ControlText(L10n.tr("control.eraseJournal", "Erase my journal"), hint: L10n.tr("control.eraseJournal.hint", "Asks first. Deletes your journal from this iPhone")) }
    static var eraseEverything: ControlText { ControlText(L10n.tr("control.eraseEverything", "Erase everything"), hint: L10n.tr("control.eraseEverything.hint", "Can't be undone")) }
    static var keepJournal: ControlText { ControlText(L10n.tr("control.keepJournal", "Keep my journal")) }
    // Lock (issue #19)
    static var lockHearth: ControlText { ControlText(L10n.tr("control.lockHearth", "Lock Hearth"), hint: L10n.tr("control.lockHearth.hint", "Asks for Face ID, Touch ID or your passcode to open Hearth")) }
    static var relockAfter: ControlText { ControlText(L10n.tr("control.relockAfter", "Lock again"), hint: L10n.tr("control.relockAfter.hint", "How long Hearth can be in the background before it locks")) }
    static var privateSwitcher: ControlText { ControlText(L10n.tr("control.privateSwitcher", "Hide Hearth in the app switcher"), hint: L10n.tr("control.privateSwitcher.hint", "Shows a plain cover instead of your journal")) }
    static var quietWidget: ControlText { ControlText(L10n.tr("control.quietWidget", "Keep the widget and reminders quiet"), hint: L10n.tr("control.quietWidget.hint", "Shows only the mood buttons, and no reminder words on the Lock Screen")) }
    static var unlock: ControlText { ControlText(L10n.tr("control.unlock", "Unlock"), hint: L10n.tr("control.unlock.hint", "Asks for Face ID, Touch ID or your passcode")) }
    static var turnOnLock: ControlText { ControlText(L10n.tr("control.turnOnLock", "Turn on the lock"), hint: L10n.tr("control.turnOnLock.hint", "Asks for Face ID, Touch ID or your passcode once")) }
    static var maybeLater: ControlText { ControlText(L10n.tr("control.maybeLater", "Maybe later"), hint: L10n.tr("control.maybeLater.hint", "You can turn the lock on any time in Settings")) }
    static var lockSettings: ControlText { ControlText(L10n.tr("control.lockSettings", "Lock and privacy"), hint: L10n.tr("control.lockSettings.hint", "Face ID or passcode, the app switcher and the widget")) }
    // First run (issue #21)
    static var continueOn: ControlText { ControlText(L10n.tr("control.continueOn", "Continue")) }
    static var skipStep: ControlText { ControlText(L10n.tr("control.skipStep", "Skip"), hint: L10n.tr("control.skipStep.hint", "You can find this again in Settings, under Getting started")) }
    static var skipIntroduction: ControlText { ControlText(L10n.tr("control.skipIntroduction", "Skip the introduction"), hint: L10n.tr("control.skipIntroduction.hint", "Reminders stay off; everything is in Settings")) }
    static var startUsing: ControlText { ControlText(L10n.tr("control.startUsing", "Start using Hearth")) }
    static var remindMe: ControlText { ControlText(L10n.tr("control.remindMe", "Yes, remind me"), hint: L10n.tr("control.remindMe.hint", "One silent reminder a day at the time shown")) }
    static var reminderTime: ControlText { ControlText(L10n.tr("control.reminderTime", "Reminder time")) }
    static var noReminders: ControlText { ControlText(L10n.tr("control.noReminders", "No reminders"), hint: L10n.tr("control.noReminders.hint", "You can turn them on in Settings")) }
    static var addTrustedPeople: ControlText { ControlText(L10n.tr("control.addTrustedPeople", "Add people I trust"), hint: L10n.tr("control.addTrustedPeople.hint", "Optional. People you could reach on a hard day")) }
    static var gettingStarted: ControlText { ControlText(L10n.tr("control.gettingStarted", "Getting started"), hint: L10n.tr("control.gettingStarted.hint", "What Hearth is, the widget, reminders, the lock and your safety plan")) }
    static var aboutHearth: ControlText { ControlText(L10n.tr("control.aboutHearth", "What Hearth is")) }
    static var addTheWidget: ControlText { ControlText(L10n.tr("control.addTheWidget", "Add the widget"), hint: L10n.tr("control.addTheWidget.hint", "How to put Hearth on your Home Screen, Lock Screen or Control Center")) }
    // Journal and support
    static var writeReflection: ControlText { ControlText(L10n.tr("control.writeReflection", "Write a reflection"), hint: L10n.tr("control.writeReflection.hint", "With or without a prompt")) }
    static var untangleThought: ControlText { ControlText(L10n.tr("control.untangleThought", "Untangle a thought"), hint: L10n.tr("control.untangleThought.hint", "A seven-step thought record")) }
    static var talkNow: ControlText { ControlText(L10n.tr("control.talkNow", "Talk to someone now"), hint: L10n.tr("control.talkNow.hint", "Crisis lines and emergency numbers")) }
    static var addPerson: ControlText { ControlText(L10n.tr("control.addPerson", "Add"), hint: L10n.tr("control.addPerson.hint", "Adds this person to your list")) }
    static var keepPerson: ControlText { ControlText(L10n.tr("control.keepPerson", "Keep them")) }
    static var myPeople: ControlText { ControlText(L10n.tr("control.myPeople", "My people"), hint: L10n.tr("control.myPeople.hint", "The people you trust")) }
    static var seeSafetyPlan: ControlText { ControlText(L10n.tr("control.seeSafetyPlan", "See my safety plan and people to reach"), hint: L10n.tr("control.seeSafetyPlan.hint", "Your safety plan, trusted people and crisis lines")) }
    static var writeSafetyPlan: ControlText { ControlText(L10n.tr("control.writeSafetyPlan", "Write my safety plan")) }
    static var connected: ControlText { ControlText(L10n.tr("control.connected", "I spent time with or talked to someone")) }

    /// Every fixed control, for the test that labels match what is shown.
    static var all: [ControlText] { [
        addDetail, allowReminders, notNow, history, calendar, calendarView, openDay, openMonth, showOlder, edit, delete, confirmDelete, keepEntry,
        cancel, save, earlier, when,
        reminders, tagsAndScales, addScale, rename, data, openSettings, addTime, quietHours, takeABreak, easeOff,
        importExport, includeNotes, makeSummary, shareSummary, shareBackup, eraseJournal, eraseEverything,
        keepJournal, lockHearth, relockAfter, privateSwitcher, quietWidget, unlock, turnOnLock, maybeLater, lockSettings,
        continueOn, skipStep, skipIntroduction, startUsing, remindMe, reminderTime, noReminders, addTrustedPeople,
        gettingStarted, aboutHearth, addTheWidget,
        writeReflection, untangleThought, talkNow, addPerson, keepPerson, myPeople, seeSafetyPlan, writeSafetyPlan, connected,
    ] }
}
