import SwiftUI
import HearthCore
import HearthAppModel

/// Every entry back to the first, a page at a time, with search, edit (check-ins) and
/// delete after a confirmation. The model pages and searches; this view only draws.
struct HistoryView: View {
    @Environment(AppModel.self) private var model
    @State private var query = ""
    @State private var editing: EditRequest?

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
                                if Presentation.isEditable(entry) {
                                    Button(ControlText.edit.title) { editing = EditRequest(entry: entry) }
                                        .accessibilityLabel(ControlText.edit.accessibilityLabel)
                                }
                            }
                            // Swipe actions are also offered as VoiceOver and Voice Control actions.
                            .accessibilityAction(named: ControlText.delete.title) { model.requestDelete(entry) }
                            .accessibilityAction(named: ControlText.edit.title) {
                                if Presentation.isEditable(entry) { editing = EditRequest(entry: entry) }
                            }
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
        .sheet(item: $editing) { request in
            NavigationStack { EditEntryView(entry: request.entry) }
        }
    }
}

extension CheckIn: Identifiable {}

/// The question before any entry is deleted, driven by `AppModel.pendingDeletion`.
/// Attached once, at the root, so Today and All entries share one dialog.
struct DeleteConfirmation: ViewModifier {
    @Environment(AppModel.self) private var model

    func body(content: Content) -> some View {
        content.confirmationDialog(
            Copy.deleteQuestion,
            isPresented: Binding(get: { model.pendingDeletion != nil }, set: { if !$0 { model.cancelDelete() } }),
            titleVisibility: .visible
        ) {
            Button(ControlText.confirmDelete.title, role: .destructive) { Task { await model.confirmDelete() } }
                .accessibilityLabel(ControlText.confirmDelete.accessibilityLabel)
            Button(ControlText.keepEntry.title, role: .cancel) { model.cancelDelete() }
                .accessibilityLabel(ControlText.keepEntry.accessibilityLabel)
        } message: {
            Text(Copy.deleteExplainer)
        }
    }
}

extension View {
    /// Asks before deleting the entry the model is holding in `pendingDeletion`.
    func deleteConfirmation() -> some View { modifier(DeleteConfirmation()) }
}
