import SwiftUI
import HearthCore
import HearthAppModel

/// The app, or the lock screen in its place: while locked nothing of the journal is
/// drawn (nor read by VoiceOver). The private switcher's cover goes over the app
/// whenever the scene isn't active; the model decides which (`cover(in:)`).
struct RootView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.scenePhase) private var scenePhase

    var body: some View {
        let cover = model.cover(in: scenePhase.appPhase)
        if cover == .lock {
            LockScreenView()
        } else if model.lock.status == .checking {
            // The lock settings aren't read yet: draw nothing of the journal, not even
            // underneath a cover.
            PrivacyCoverView()
        } else {
            // One identity whether covered or not, so tabs, navigation and sheets survive
            // a Face ID prompt or a trip through the app switcher.
            AppTabs()
                .accessibilityHidden(cover != nil)
                // The first run (issue #21) over the app until each screen is done or skipped.
                .fullScreenCover(isPresented: Binding(get: { model.showsFirstRun }, set: { _ in })) {
                    FirstRunView()
                        .environment(model)
                }
                .overlay {
                    if cover == .privacy { PrivacyCoverView() }
                }
        }
    }
}

extension ScenePhase {
    /// The model's name for the phase.
    var appPhase: AppScenePhase {
        switch self {
        case .active: return .active
        case .background: return .background
        default: return .inactive
        }
    }
}

/// The five tabs, notices, sheets and routes.
struct AppTabs: View {
    @Environment(AppModel.self) private var model
    @State private var tab = Tab.today
    @State private var checkIn: CheckInRequest?
    @State private var showSafety = false

    enum Tab: Hashable { case today, insights, journal, support, settings }

    var body: some View {
        TabView(selection: $tab) {
            TodayView(startCheckIn: { checkIn = CheckInRequest(source: .app) }, openSafety: { showSafety = true })
                .tabItem { Label("Today", systemImage: "sun.horizon") }
                .tag(Tab.today)
            InsightsView(openSafety: { showSafety = true })
                .tabItem { Label("Patterns", systemImage: "chart.xyaxis.line") }
                .tag(Tab.insights)
            JournalView()
                .tabItem { Label("Journal", systemImage: "book") }
                .tag(Tab.journal)
            SupportView()
                .tabItem { Label("Support", systemImage: "person.2") }
                .tag(Tab.support)
            SettingsView()
                .tabItem { Label("Settings", systemImage: "gearshape") }
                .tag(Tab.settings)
        }
        .safeAreaInset(edge: .top) {
            if let notice = model.notice {
                NoticeBanner(notice: notice) { model.notice = nil }
                    .padding(.horizontal)
                    .transition(.move(edge: .top).combined(with: .opacity))
            }
        }
        .safeAreaInset(edge: .bottom) {
            if let deleted = model.undoableDeletion {
                UndoBanner(deleted: deleted).padding(.horizontal)
            }
        }
        .animation(.default, value: model.notice)
        .deleteConfirmation()
        .sheet(item: $checkIn) { request in
            NavigationStack { CheckInView(source: request.source) }
        }
        .sheet(isPresented: $showSafety) {
            NavigationStack { SafetyNowView() }
        }
        // Observing from the first appearance: a reminder tapped on a cold launch set its
        // route before this view existed, and the model kept it for us.
        .onAppear { model.observeRoutes { route in open(route) } }
        .onDisappear { model.stopObservingRoutes() }
    }

    private func open(_ route: AppModel.Route) {
        switch route {
        case .checkIn(let source): checkIn = CheckInRequest(source: source)
        case .safety: showSafety = true
        }
    }
}

/// A check-in sheet to show, and where the check-in comes from (app, reminder, or a
/// widget's link).
struct CheckInRequest: Identifiable {
    let id = UUID()
    let source: EntrySource
}
