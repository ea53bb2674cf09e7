import SwiftUI
import HearthCore
import HearthAppModel

/// Every entry back to the first, a page at a time, with search, edit (check-ins) and
/// delete after a confirmation. The model pages and searches; this view only draws.
struct HistoryView: View {
    @Environment(AppModel.self) private var model
    @State private var query = ""
    @State private var editing: CheckIn?

    private var shown: [Entry] { model.searchResults ?? model.history }

    var body: some View {
        List {
            if model.searchResults?.isEmpty == true {
                Text(Copy.noSearchResults).foregroundStyle(.secondary)
            }
            ForEach(Presentation.byDay(shown)) { group in
                Section(Presentation.dayHeading(group.day, today: model.today)) {
                    ForEach(group.entries, id: \.self) { entry in
                        EntryRow(entry: entry, moods: model.moods)
                            .swipeActions {
                                Button(ControlText.delete.title, role: .destructive) { model.requestDelete(entry) }
                                    .accessibilityLabel(ControlText.delete.accessibilityLabel)
                                if case .checkIn(let checkIn) = entry {
                                    Button(ControlText.edit.title) { editing = checkIn }
                                        .accessibilityLabel(ControlText.edit.accessibilityLabel)
                                }
                            }
                            // Swipe actions are also offered as VoiceOver and Voice Control actions.
                            .accessibilityAction(named: ControlText.delete.title) { model.requestDelete(entry) }
                    }
                }
            }
            if model.searchResults == nil {
                Section {
                    if model.historyHasMore {
                        Button(ControlText.showOlder.title) { Task { await model.loadOlderHistory() } }
                            .accessibilityLabel(ControlText.showOlder.accessibilityLabel)
                    } else {
                        Text(Copy.historyEnd).foregroundStyle(.secondary)
                    }
                }
            }
        }
        .navigationTitle("All entries")
        .searchable(text: $query, prompt: "Search your entries")
        .onSubmit(of: .search) { Task { await model.search(query) } }
        .onChange(of: query) { _, text in
            if text.isEmpty { Task { await model.search("") } }
        }
        .task { await model.loadHistory() }
        .sheet(item: $editing) { checkIn in
            NavigationStack { EditCheckInView(checkIn: checkIn) }
        }
    }
}

/// Changes a check-in's mood and note; the core keeps its id, time and everything else.
struct EditCheckInView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let checkIn: CheckIn
    @State private var mood: Int32?
    @State private var note = ""

    var body: some View {
        Form {
            Section(Copy.checkInTitle) {
                MoodPicker(moods: model.moods, selected: mood ?? checkIn.mood) { mood = $0 }
            }
            Section("Note") {
                TextField("Anything you'd like to remember", text: $note, axis: .vertical)
                    .accessibilityLabel("Note")
            }
        }
        .navigationTitle("Edit check-in")
        .onAppear { note = checkIn.note ?? "" }
        .toolbar {
            ToolbarItem(placement: .cancellationAction) {
                Button("Cancel") { dismiss() }
                    .accessibilityLabel("Cancel")
            }
            ToolbarItem(placement: .confirmationAction) {
                Button("Save") { save() }
                    .accessibilityLabel("Save")
            }
        }
    }

    private func save() {
        let c = checkIn
        let input = CheckInInput(mood: mood ?? c.mood, source: c.source, energy: c.energy, emotions: c.emotions,
                                 tags: c.tags, note: note, at: c.at, utcOffsetSeconds: c.utcOffsetSeconds,
                                 connected: c.connected, withPeople: c.withPeople)
        Task { if await model.updateCheckIn(id: c.id, input) != nil { dismiss() } }
    }
}

extension CheckIn: Identifiable {}

/// The question before any entry is deleted, driven by `AppModel.pendingDeletion`.
/// Attached once, at the root, so Today and All entries share one dialog.
struct DeleteConfirmation: ViewModifier {
    @Environment(AppModel.self) private var model

    func body(content: Content) -> some View {
        content.confirmationDialog(
            "Delete this entry?",
            isPresented: Binding(get: { model.pendingDeletion != nil }, set: { if !$0 { model.cancelDelete() } }),
            titleVisibility: .visible
        ) {
            Button(ControlText.confirmDelete.title, role: .destructive) { Task { await model.confirmDelete() } }
                .accessibilityLabel(ControlText.confirmDelete.accessibilityLabel)
            Button(ControlText.keepEntry.title, role: .cancel) { model.cancelDelete() }
                .accessibilityLabel(ControlText.keepEntry.accessibilityLabel)
        } message: {
            Text("It can't be undone.")
        }
    }
}

extension View {
    /// Asks before deleting the entry the model is holding in `pendingDeletion`.
    func deleteConfirmation() -> some View { modifier(DeleteConfirmation()) }
}
