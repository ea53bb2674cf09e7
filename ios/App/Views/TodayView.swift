import SwiftUI
import HearthCore
import HearthAppModel

/// Today at a glance (the core's line, one-tap moods), the reminder explainer, the last
/// 30 days of entries, and the way into every older entry (HistoryView).
struct TodayView: View {
    @Environment(AppModel.self) private var model
    @AppStorage("reminderExplainerDismissed") private var explainerDismissed = false
    let startCheckIn: () -> Void
    let openSafety: () -> Void

    var body: some View {
        NavigationStack {
            List {
                Section {
                    VStack(alignment: .leading, spacing: 12) {
                        Text(model.snapshot?.line ?? Copy.checkInTitle)
                            .font(.title3)
                            .accessibilityAddTraits(.isHeader)
                        if let snapshot = model.snapshot, let summary = Presentation.todaySummary(snapshot) {
                            Text(summary)
                                .font(.subheadline)
                                .foregroundStyle(.secondary)
                        }
                        MoodPicker(moods: model.moods) { mood in
                            Task { await model.quickCheckIn(mood) }
                        }
                        Button(action: startCheckIn) {
                            Label(ControlText.addDetail.title, systemImage: "square.and.pencil")
                        }
                        .accessibilityLabel(ControlText.addDetail.accessibilityLabel)
                        .accessibilityHint(ControlText.addDetail.hint ?? "")
                    }
                    .padding(.vertical, 4)
                }

                if let suggestion = model.snapshot?.suggestion {
                    Section { SuggestionCard(suggestion: suggestion, openSafety: openSafety) }
                }

                if model.offersLock {
                    Section { LockOfferCard() }
                }

                if model.showsReminderExplainer && !explainerDismissed {
                    Section { ReminderExplainer(dismissed: $explainerDismissed) }
                }

                let days = Presentation.byDay(model.recent)
                if days.isEmpty {
                    Section { Text(Copy.nothingYet).foregroundStyle(.secondary) }
                }
                ForEach(days) { group in
                    Section(Presentation.dayHeading(group.day, today: model.snapshot?.date)) {
                        ForEach(group.entries, id: \.self) { entry in
                            EntryRow(entry: entry, moods: model.moods)
                        }
                        .onDelete { offsets in
                            // Asks first (DeleteConfirmation); nothing is gone until confirmed.
                            if let first = offsets.first { model.requestDelete(group.entries[first]) }
                        }
                    }
                }
                Section {
                    NavigationLink { CalendarView() } label: {
                        Label(ControlText.calendar.title, systemImage: "calendar")
                    }
                    .accessibilityLabel(ControlText.calendar.accessibilityLabel)
                    .accessibilityHint(ControlText.calendar.hint ?? "")
                    NavigationLink { HistoryView() } label: {
                        Label(ControlText.history.title, systemImage: "clock.arrow.circlepath")
                    }
                    .accessibilityLabel(ControlText.history.accessibilityLabel)
                    .accessibilityHint(ControlText.history.hint ?? "")
                }
            }
            .navigationTitle("Today")
            .refreshable { await model.refresh() }
        }
    }

}

struct EntryRow: View {
    let entry: Entry
    let moods: [QuickMood]

    var body: some View {
        HStack(alignment: .top, spacing: 12) {
            Image(systemName: symbol)
                .frame(width: 28)
                .accessibilityHidden(true)
            VStack(alignment: .leading, spacing: 4) {
                HStack {
                    Text(Presentation.title(of: entry, labels: moods)).font(.headline)
                    Spacer()
                    Text(Presentation.time(of: entry)).font(.subheadline).foregroundStyle(.secondary)
                }
                if let detail = Presentation.detail(of: entry) {
                    Text(detail).font(.body).foregroundStyle(.secondary)
                }
            }
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(Presentation.accessibilityText(of: entry, labels: moods))
    }

    private var symbol: String {
        switch entry {
        case .checkIn(let c): return Presentation.moodSymbol(c.mood)
        case .reflection: return "text.quote"
        case .thought: return "brain.head.profile"
        case .assessment: return "list.clipboard"
        }
    }
}

/// Hearth's own explanation, shown before the system asks for notification permission.
struct ReminderExplainer: View {
    @Environment(AppModel.self) private var model
    @Binding var dismissed: Bool

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Label(Copy.reminderExplainerTitle, systemImage: "bell")
                .font(.headline)
            Text(Copy.reminderExplainer)
                .font(.body)
            HStack {
                Button(ControlText.allowReminders.title) {
                    Task { await model.askForReminderPermission() }
                }
                .buttonStyle(.borderedProminent)
                .accessibilityLabel(ControlText.allowReminders.accessibilityLabel)
                .accessibilityHint(ControlText.allowReminders.hint ?? "")
                Button(ControlText.notNow.title) { dismissed = true }
                    .buttonStyle(.bordered)
                    .accessibilityLabel(ControlText.notNow.accessibilityLabel)
                    .accessibilityHint(ControlText.notNow.hint ?? "")
            }
        }
        .padding(.vertical, 4)
    }
}
