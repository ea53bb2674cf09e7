import SwiftUI
import UIKit
import UserNotifications
import WidgetKit
import HearthCore
import HearthAppModel

@main
struct HearthApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var appDelegate
    @Environment(\.scenePhase) private var scenePhase
    @State private var model: AppModel
    @State private var coverWindow = PrivacyCoverWindow()

    init() {
        // The reader's language first: the core's catalogues and iOS's preferred
        // languages (the shell's own words follow the same choice). Once per process;
        // HearthLive.make does it too, for the widget and App Intents.
        CoreLanguages.startOnce()
        let model = AppModel.live()
        _model = State(initialValue: model)
        AppDelegate.model = model
    }

    var body: some Scene {
        WindowGroup {
            RootView()
                .environment(model)
                .task { await model.launch() }
                // hearth:// links from the Lock Screen widget and the Control Center
                // control; the model decides where they go (and waits behind the lock).
                .onOpenURL { url in model.open(url) }
        }
        .onChange(of: scenePhase) { _, phase in
            // The private switcher: covered before iOS takes the switcher's picture.
            coverWindow.update(covered: model.cover(in: phase.appPhase) == .privacy)
            switch phase {
            case .background:
                // At once, not in a Task: starts the lock's count and closes the store
                // before iOS suspends the app (no file lock while suspended: 0xdead10cc).
                model.enterBackground()
            default:
                // Active: opens the store, brings the lock up to date (re-locks after the
                // chosen time away), re-plans, reloads the widget, sweeps share files.
                // Inactive: only the private switcher's cover (RootView).
                Task { await model.scenePhaseChanged(phase.appPhase) }
            }
        }
    }
}

extension AppModel {
    /// The real app: the App Group store, the Keychain vault, UserNotifications.
    static func live() -> AppModel {
        let reload: @MainActor () -> Void = { WidgetCenter.shared.reloadAllTimelines() }
        do {
            let live = try HearthLive.make()
            return AppModel(session: live.session(), scheduler: live.scheduler,
                            permissions: live.permissions, authenticator: DeviceOwnerAuthenticator(),
                            reloadWidgets: reload)
        } catch {
            // Without the App Group (a signing problem) the app still works on its own
            // store; only the widget can't see it. Say so instead of failing.
            let base = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            let config = HearthConfig.current
            let location = StoreLocation.inContainer(base.deletingLastPathComponent().deletingLastPathComponent(),
                                                     folder: config.storeFolder)
            let session = StoreSession(location: location, vault: { KeychainKeyVault(config: config) })
            return AppModel(session: session,
                            scheduler: ReminderScheduler(center: UserNotificationReminderCenter()),
                            permissions: UserNotificationPermission(),
                            authenticator: DeviceOwnerAuthenticator(),
                            setupProblem: String(localized: "\(Copy.problem(error)) The widget can't see your journal until this is fixed.",
                                                  comment: "%@ is a sentence about the problem, in the reader's language"),
                            reloadWidgets: reload)
        }
    }
}

/// Notification taps, and the system's "significant time change" (midnight, a manual
/// clock change, a new time zone) — both lead back to the core.
final class AppDelegate: NSObject, UIApplicationDelegate, UNUserNotificationCenterDelegate {
    @MainActor static var model: AppModel?

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        UNUserNotificationCenter.current().delegate = self
        return true
    }

    func applicationSignificantTimeChange(_ application: UIApplication) {
        Task { @MainActor in await AppDelegate.model?.clockOrZoneChanged() }
    }

    func userNotificationCenter(_ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse,
                                withCompletionHandler completionHandler: @escaping () -> Void) {
        // A mood action saves straight away (the app may be in the background); a tap
        // opens the check-in once the screen can show it.
        let action = response.actionIdentifier
        Task { @MainActor in
            await AppDelegate.model?.handleReminderResponse(actionIdentifier: action)
            completionHandler()
        }
    }

    func userNotificationCenter(_ center: UNUserNotificationCenter, willPresent notification: UNNotification,
                                withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void) {
        // Already in the app: no banner needed.
        completionHandler([])
    }
}
