import SwiftUI
import HearthCore
import HearthAppModel

/// One day, every kind of entry mixed (newest first), opened from the calendar. Edit and
/// delete work as in All entries; a past day or today can get a check-in.
struct DayView: View {
    @Environment(AppModel.self) private var model
    let day: String
    @State private var entries: [Entry] = []
    @State private var editing: EditRequest?
    @State private var adding = false

    var body: some View {
        List {
            if entries.isEmpty {
                Text(DayCopy.empty).foregroundStyle(.secondary)
            }
            ForEach(entries, id: \.self) { entry in
                EntryRow(entry: entry, moods: model.moods)
                    .swipeActions {
                        Button(ControlText.delete.title, role: .destructive) { model.requestDelete(entry) }
                            .accessibilityLabel(ControlText.delete.accessibilityLabel)
                        if Presentation.isEditable(entry) {
                            Button(ControlText.edit.title) { editing = EditRequest(entry: entry) }
                                .accessibilityLabel(ControlText.edit.accessibilityLabel)
                        }
                    }
                    .accessibilityAction(named: ControlText.delete.title) { model.requestDelete(entry) }
                    .accessibilityAction(named: ControlText.edit.title) {
                        if Presentation.isEditable(entry) { editing = EditRequest(entry: entry) }
                    }
            }
            if DayCopy.canAdd(to: day, today: model.today) {
                Button(DayCopy.addCheckIn.title) { adding = true }
                    .accessibilityLabel(DayCopy.addCheckIn.accessibilityLabel)
                    .accessibilityHint(DayCopy.addCheckIn.hint ?? "")
            }
        }
        .navigationTitle(DayCopy.title(day, today: model.today))
        // Read again after any change (an edit, a delete or its undo, a new check-in).
        .task(id: model.journalVersion) { entries = await model.entries(on: day) }
        .sheet(item: $editing) { request in
            NavigationStack { EditEntryView(entry: request.entry) }
        }
        .sheet(isPresented: $adding) {
            NavigationStack { CheckInView(source: .app, day: day) }
        }
    }
}
