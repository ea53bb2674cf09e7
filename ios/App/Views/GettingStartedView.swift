import SwiftUI
import HearthCore
import HearthAppModel

/// Settings → Getting started: every step of the first run, found again (issue #21).
struct GettingStartedView: View {
    var body: some View {
        List {
            NavigationLink {
                ScrollView { WelcomePage().padding() }
            } label: {
                Label(ControlText.aboutHearth.title, systemImage: "info.circle")
            }
            .accessibilityLabel(ControlText.aboutHearth.accessibilityLabel)
            NavigationLink {
                ScrollView { WidgetHowToPage().padding() }
            } label: {
                Label(ControlText.addTheWidget.title, systemImage: "square.grid.2x2")
            }
            .accessibilityLabel(ControlText.addTheWidget.accessibilityLabel)
            .accessibilityHint(ControlText.addTheWidget.hint ?? "")
            NavigationLink { ReminderSettingsView() } label: {
                Label(ControlText.reminders.title, systemImage: "bell")
            }
            .accessibilityLabel(ControlText.reminders.accessibilityLabel)
            .accessibilityHint(ControlText.reminders.hint ?? "")
            NavigationLink { LockSettingsView() } label: {
                Label(ControlText.lockSettings.title, systemImage: "lock")
            }
            .accessibilityLabel(ControlText.lockSettings.accessibilityLabel)
            .accessibilityHint(ControlText.lockSettings.hint ?? "")
            NavigationLink { SafetyPlanView() } label: {
                Label(ControlText.writeSafetyPlan.title, systemImage: "list.bullet.clipboard")
            }
            .accessibilityLabel(ControlText.writeSafetyPlan.accessibilityLabel)
            NavigationLink { TrustedPeopleView() } label: {
                Label(ControlText.addTrustedPeople.title, systemImage: "person.2")
            }
            .accessibilityLabel(ControlText.addTrustedPeople.accessibilityLabel)
            .accessibilityHint(ControlText.addTrustedPeople.hint ?? "")
        }
        .navigationTitle(ControlText.gettingStarted.title)
    }
}
