import SwiftUI
import UIKit
import HearthCore
import HearthAppModel

struct SettingsView: View {
    var body: some View {
        NavigationStack {
            List {
                NavigationLink { GettingStartedView() } label: {
                    Label(ControlText.gettingStarted.title, systemImage: "sparkles")
                }
                .accessibilityLabel(ControlText.gettingStarted.accessibilityLabel)
                .accessibilityHint(ControlText.gettingStarted.hint ?? "")
                NavigationLink { ReminderSettingsView() } label: {
                    Label(ControlText.reminders.title, systemImage: "bell")
                }
                .accessibilityLabel(ControlText.reminders.accessibilityLabel)
                NavigationLink { TagsAndScalesView() } label: {
                    Label(ControlText.tagsAndScales.title, systemImage: "tag")
                }
                .accessibilityLabel(ControlText.tagsAndScales.accessibilityLabel)
                .accessibilityHint(ControlText.tagsAndScales.hint ?? "")
                NavigationLink { DataView() } label: {
                    Label(ControlText.data.title, systemImage: "externaldrive")
                }
                .accessibilityLabel(ControlText.data.accessibilityLabel)
                .accessibilityHint(ControlText.data.hint ?? "")
                NavigationLink { LockSettingsView() } label: {
                    Label(ControlText.lockSettings.title, systemImage: "lock")
                }
                .accessibilityLabel(ControlText.lockSettings.accessibilityLabel)
                .accessibilityHint(ControlText.lockSettings.hint ?? "")
                Section("Privacy") {
                    Text("Your journal is encrypted on this iPhone with a key kept in the Keychain. Hearth has no accounts, no analytics and no network code; nothing leaves this iPhone unless you export it.")
                        .font(.footnote)
                }
            }
            .navigationTitle("Settings")
        }
    }
}

/// Reminder settings. The core validates and saves them and plans every reminder; the
/// app only edits the values and re-plans afterwards.
struct ReminderSettingsView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.openURL) private var openURL
    @State private var settings: ReminderSettings?
    @State private var times: [Date] = []
    @State private var useQuiet = false
    @State private var quietStart = ClockTime.date("22:00") ?? Date()
    @State private var quietEnd = ClockTime.date("07:00") ?? Date()
    @State private var usePause = false
    @State private var pauseUntil = Date()

    private struct DayOption: Hashable {
        let day: Weekday
        let name: String
    }

    /// Monday to Sunday, named in the reader's language (the same names as the calendar's).
    private let days: [DayOption] = {
        let names = CalendarLayout.weekdayNames(firstWeekday: 2, locale: L10n.locale).map(\.full)
        let order: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat, .sun]
        return zip(order, names).map { DayOption(day: $0, name: $1) }
    }()

    var body: some View {
        Form {
            if model.reminderPermission == .denied {
                Section {
                    Text(Copy.remindersDenied)
                    Button("Open Settings") {
                        if let url = URL(string: UIApplication.openSettingsURLString) { openURL(url) }
                    }
                    .accessibilityLabel(ControlText.openSettings.accessibilityLabel)
                    .accessibilityHint(ControlText.openSettings.hint ?? "")
                }
            } else if model.reminderPermission == .notAsked {
                Section { ReminderExplainer(dismissed: .constant(false)) }
            }
            if settings != nil {
                form
            }
        }
        .navigationTitle("Reminders")
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button("Save") { save() }
                    .disabled(settings == nil)
                    .accessibilityLabel("Save")
                    .accessibilityHint("Saves your reminder settings")
            }
        }
        .task { load() }
    }

    @ViewBuilder
    private var form: some View {
        Section {
            Toggle("Gentle reminders", isOn: binding(\.enabled))
                .accessibilityLabel("Gentle reminders")
        } footer: {
            Text("Never after you've checked in that day.")
        }
        Section("When") {
            ForEach(times.indices, id: \.self) { i in
                DatePicker("Reminder \(i + 1)", selection: Binding(get: { times[i] }, set: { times[i] = $0 }),
                           displayedComponents: .hourAndMinute)
                    .accessibilityLabel("Reminder time \(i + 1)")
            }
            .onDelete { times.remove(atOffsets: $0) }
            Button {
                times.append(ClockTime.date("20:00") ?? Date())
            } label: {
                Label("Add a time", systemImage: "plus")
            }
            .accessibilityLabel(ControlText.addTime.accessibilityLabel)
            .accessibilityHint(ControlText.addTime.hint ?? "")
        }
        Section {
            ForEach(days, id: \.self) { option in
                let day = option.day
                Toggle(option.name, isOn: Binding(
                    get: { settings?.weekdays.contains(day) ?? false },
                    set: { on in
                        guard var s = settings else { return }
                        s.weekdays.removeAll { $0 == day }
                        if on { s.weekdays.append(day) }
                        settings = s
                    }))
                .accessibilityLabel(option.name)
                .accessibilityHint("Remind on this day")
            }
        } header: {
            Text("Days")
        } footer: {
            Text("No days chosen means every day.")
        }
        Section("Quiet hours") {
            Toggle(ControlText.quietHours.title, isOn: $useQuiet)
                .accessibilityLabel(ControlText.quietHours.accessibilityLabel)
                .accessibilityHint(ControlText.quietHours.hint ?? "")
            if useQuiet {
                DatePicker("From", selection: $quietStart, displayedComponents: .hourAndMinute)
                    .accessibilityLabel("From")
                    .accessibilityHint("When quiet hours start")
                DatePicker("Until", selection: $quietEnd, displayedComponents: .hourAndMinute)
                    .accessibilityLabel("Until")
                    .accessibilityHint("When quiet hours end")
            }
        }
        Section {
            Toggle(ControlText.takeABreak.title, isOn: $usePause)
                .accessibilityLabel(ControlText.takeABreak.accessibilityLabel)
                .accessibilityHint(ControlText.takeABreak.hint ?? "")
            if usePause {
                DatePicker("Until the end of", selection: $pauseUntil, in: Date()..., displayedComponents: .date)
                    .accessibilityLabel("Until the end of")
                    .accessibilityHint("Reminders start again after this day")
            }
        } footer: {
            Text("Holidays, busy weeks, or just a rest. Reminders start again on their own.")
        }
        Section {
            Toggle(ControlText.easeOff.title, isOn: binding(\.backOff))
                .accessibilityLabel(ControlText.easeOff.accessibilityLabel)
                .accessibilityHint(ControlText.easeOff.hint ?? "")
        } footer: {
            Text("If reminders go unanswered for a while, Hearth sends fewer and tells you so. Checking in brings them back.")
        }
        if let next = model.nextReminder {
            Section {
                Text("Next reminder: \(next.formatted(date: .abbreviated, time: .shortened))")
                    .accessibilityLabel("Next reminder \(next.formatted(date: .complete, time: .shortened))")
            }
        }
    }

    private func binding(_ keyPath: WritableKeyPath<ReminderSettings, Bool>) -> Binding<Bool> {
        Binding(get: { settings?[keyPath: keyPath] ?? false },
                set: { value in settings?[keyPath: keyPath] = value })
    }

    private func load() {
        Task {
            guard let s = await model.reminderSettings() else { return }
            apply(s)
        }
    }

    private func apply(_ s: ReminderSettings) {
        settings = s
        times = s.times.compactMap { ClockTime.date($0) }
        useQuiet = s.quietStart != nil && s.quietEnd != nil
        if let start = s.quietStart.flatMap({ ClockTime.date($0) }) { quietStart = start }
        if let end = s.quietEnd.flatMap({ ClockTime.date($0) }) { quietEnd = end }
        usePause = s.pauseUntil != nil
        if let day = s.pauseUntil.flatMap({ LocalDay.date(from: $0) }) { pauseUntil = day }
    }

    private func save() {
        guard var s = settings else { return }
        s.times = times.map { ClockTime.string($0) }
        s.quietStart = useQuiet ? ClockTime.string(quietStart) : nil
        s.quietEnd = useQuiet ? ClockTime.string(quietEnd) : nil
        s.pauseUntil = usePause ? LocalDay.string(for: pauseUntil) : nil
        Task {
            if let saved = await model.saveReminderSettings(s) { apply(saved) }
        }
    }
}
