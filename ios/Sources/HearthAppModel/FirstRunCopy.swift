import Foundation
import HearthCore

/// The first run's words (issue #21), here so they are tested: warm, plain, short, no
/// pressure and no guilt. What Hearth is and isn't comes first; everything else is
/// offered, never required.
public enum FirstRunCopy {
    // Screen 1: what Hearth is and isn't.
    public static var welcomeTitle: String { L10n.tr("firstRun.welcomeTitle", "Welcome to Hearth") }
    public static var welcomeBody: [String] { [
        L10n.tr("firstRun.welcomeBody.1", "Hearth is a private journal for noticing how you feel: a mood in one tap, a few lines when you want them, and your own patterns over time."),
        L10n.tr("firstRun.welcomeBody.2", "It isn't a therapist or a chatbot, and it doesn't diagnose. It helps you notice, and points you toward people: friends, family, a professional, or a crisis line."),
        L10n.tr("firstRun.welcomeBody.3", "Everything stays on this iPhone, encrypted. There's no account, and nothing is sent anywhere."),
    ] }

    // Screen 2: the widget.
    public static var widgetTitle: String { L10n.tr("firstRun.widgetTitle", "One tap, from wherever you are") }
    public static var widgetIntro: String { L10n.tr("firstRun.widgetIntro", "Hearth's widget puts the five moods on your Home Screen. One tap saves how you feel, without opening the app.") }
    /// How to add it, in order (the Home Screen's own steps on iOS 17 and 18).
    public static var widgetSteps: [String] { [
        L10n.tr("firstRun.widgetSteps.1", "Touch and hold an empty spot on your Home Screen until the apps jiggle."),
        L10n.tr("firstRun.widgetSteps.2", "Tap Edit or the + button in the top corner, then Add Widget."),
        L10n.tr("firstRun.widgetSteps.3", "Find Hearth, choose a size, and tap Add Widget."),
    ] }
    public static var widgetElsewhere: String { L10n.tr("firstRun.widgetElsewhere", "You can also add Hearth to your Lock Screen and, on iOS 18, to Control Center, or ask Siri to “Log my mood in Hearth”.") }

    /// What VoiceOver says for the picture of the widget: what it shows, in words.
    public static func widgetPictureDescription(moods: [QuickMood]) -> String {
        let words = moods.sorted { $0.mood < $1.mood }.map { $0.label.lowercased() }
        guard let first = words.first, let last = words.last, words.count > 1 else {
            return L10n.tr("firstRun.widgetPicture.plain", "A picture of Hearth's widget: a question and mood buttons.")
        }
        return L10n.plural("firstRun.widgetPicture", words.count,
                           one: "A picture of Hearth's widget: the question “How are you?” and %lld mood button, from %@ to %@, with a symbol and its word.",
                           other: "A picture of Hearth's widget: the question “How are you?” and %lld mood buttons, from %@ to %@, each a symbol with its word.",
                           first, last)
    }

    // Screen 3: the choices.
    public static var choicesTitle: String { L10n.tr("firstRun.choicesTitle", "A few choices, all optional") }
    public static var reminderQuestion: String { L10n.tr("firstRun.reminderQuestion", "Would you like one gentle reminder a day?") }
    public static var reminderBody: String { L10n.tr("firstRun.reminderBody", "It's silent, and it never comes once you've checked in that day. If it goes unanswered, it eases off by itself. You can change or stop it in Settings.") }
    /// The reminder answered: what will happen, in plain words.
    public static func reminderAnswer(_ answer: ReminderChoice.Answer, time: String?) -> String {
        switch (answer, time) {
        case (.on, let time?): return L10n.tr("firstRun.reminderAnswer.at", "A reminder at %@ each day, unless you've already checked in.", time)
        case (.on, nil): return L10n.tr("firstRun.reminderAnswer.on", "A gentle reminder each day, unless you've already checked in.")
        case (.off, _): return L10n.tr("firstRun.reminderAnswer.off", "No reminders. You can turn them on in Settings whenever you like.")
        }
    }
    public static var safetyTitle: String { L10n.tr("firstRun.safetyTitle", "For harder days") }
    public static var safetyBody: String { L10n.tr("firstRun.safetyBody", "If you'd like, you can write a safety plan and add people you trust, so they're close at hand when things feel heavy. There's no need to do it now; both are always in Support.") }

    /// "Step 2 of 3": where the person is, for sight and VoiceOver alike.
    public static func position(_ index: Int, of count: Int) -> String {
        L10n.tr("firstRun.position", "Step %1$lld of %2$lld", Int64(index), Int64(count))
    }
}
