import Foundation
import HearthCore

/// Reminders, the notification's mood actions, and routes from a notification tap.
extension AppModel {
    /// What a notification response carries when the person dismissed it.
    public static let dismissActionIdentifier = "com.apple.UNNotificationDismissActionIdentifier"

    /// Saves the reminder settings, keeps them as the person's choice (on or off: from now
    /// on the core's settings decide, `ReminderChoice`), and re-plans.
    public func saveReminderSettings(_ settings: ReminderSettings) async -> ReminderSettings? {
        guard let saved = await with({ hearth in
            let saved = try hearth.saveReminderSettings(settings: settings)
            try ReminderChoice.record(saved, in: hearth)
            return saved
        }) else { return nil }
        notice = Notice(kind: .info, text: Copy.settingsSaved)
        await replanReminders()
        return saved
    }

    /// Schedules the store's plan the one way the app and the widget share
    /// (`ReminderScheduler.sync`), with the words the lock settings allow
    /// (`ReminderPrivacy`): the plan is read from the store at schedule time and
    /// read again afterwards, so a check-in the widget saved meanwhile wins. If
    /// notifications are off, the requests are simply not delivered.
    public func replanReminders() async {
        let session = self.session
        let now = self.now
        let zone = self.zoneName
        let report = await scheduler.sync {
            try session.withStore { try ReminderPrivacy.plan($0, now: now(), zone: zone()) }
        }
        if let report { nextReminder = report.next }
    }

    /// Call only after showing Hearth's own explanation (Copy.reminderExplainer).
    public func askForReminderPermission() async {
        reminderPermission = await permissions.request()
        await replanReminders()
    }

    /// Registers the reminder's mood actions with the core's words, once they are known
    /// and whenever they change.
    func registerReminderCategory() async {
        guard let moods = snapshot?.quickMoods, !moods.isEmpty else { return }
        let category = ReminderPrivacy.category(moods: moods)
        guard category != registeredCategory else { return }
        registeredCategory = category
        await scheduler.center.setCategory(category)
    }

    /// A reminder notification was answered. A mood action records a check-in from the
    /// reminder (the app need not open); a tap opens the check-in; a dismissal does nothing.
    public func handleReminderResponse(actionIdentifier: String) async {
        if let mood = ReminderCategory.mood(forAction: actionIdentifier) {
            await quickCapture(mood, from: .reminder)
        } else if actionIdentifier != Self.dismissActionIdentifier {
            openedFromReminder()
        }
    }

    /// A reminder notification was tapped: open the check-in, recorded as from a reminder.
    public func openedFromReminder() {
        open(.checkIn(.reminder))
    }

    /// The screen that shows routes is ready: it gets any route that arrived before it
    /// existed (a reminder tapped on a cold launch), then every later one.
    public func observeRoutes(_ handler: @escaping @MainActor (Route) -> Void) {
        routeObserver = handler
        if let route = pendingRoute {
            pendingRoute = nil
            handler(route)
        }
    }

    /// The screen went away; routes wait in `pendingRoute` again.
    public func stopObservingRoutes() {
        routeObserver = nil
    }

    /// Delivers `route` now, or keeps it until a screen observes routes.
    func open(_ route: Route) {
        if let routeObserver {
            routeObserver(route)
        } else {
            pendingRoute = route
        }
    }
}
