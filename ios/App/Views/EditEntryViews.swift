import SwiftUI
import HearthCore
import HearthAppModel

/// An entry chosen for editing (a sheet needs an identity).
struct EditRequest: Identifiable {
    let entry: Entry
    var id: String { Presentation.id(of: entry) }
}

/// The edit screen for any editable entry; the model saves, the core validates.
struct EditEntryView: View {
    let entry: Entry

    var body: some View {
        switch entry {
        case .checkIn(let c): EditCheckInView(checkIn: c)
        case .reflection(let r): EditReflectionView(reflection: r)
        case .thought(let t): EditThoughtView(thought: t)
        case .assessment: Text(Copy.assessmentsAreKept)
        }
    }
}

/// The words the core refused, next to the form (nil: nothing to show).
struct FormProblemRow: View {
    let problem: FieldProblem?

    var body: some View {
        if let problem {
            Label(problem.message, systemImage: "exclamationmark.circle")
                .font(.callout)
                .accessibilityLabel("Problem: \(problem.message)")
        }
    }
}

/// Save and Cancel for an edit sheet.
struct EditToolbar: ToolbarContent {
    let cancel: () -> Void
    let save: () -> Void

    var body: some ToolbarContent {
        ToolbarItem(placement: .cancellationAction) {
            Button(ControlText.cancel.title, action: cancel)
                .accessibilityLabel(ControlText.cancel.accessibilityLabel)
        }
        ToolbarItem(placement: .confirmationAction) {
            Button(ControlText.save.title, action: save)
                .accessibilityLabel(ControlText.save.accessibilityLabel)
        }
    }
}

/// A check-in's mood, note and time (the past only); everything else is kept.
struct EditCheckInView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let checkIn: CheckIn
    @State private var mood: Int32?
    @State private var note = ""
    @State private var at = Date()

    var body: some View {
        Form {
            FormProblemRow(problem: model.formProblem)
            Section(Copy.checkInTitle) {
                MoodPicker(moods: model.moods, selected: mood ?? checkIn.mood) { mood = $0 }
            }
            Section(Copy.noteSection) {
                TextField(Copy.notePlaceholder, text: $note, axis: .vertical)
                    .accessibilityLabel(Copy.noteSection)
            }
            Section {
                DatePicker(ControlText.when.title, selection: $at, in: model.backfillRange)
                    .accessibilityLabel(ControlText.when.accessibilityLabel)
                    .accessibilityHint(ControlText.when.hint ?? "")
            }
        }
        .navigationTitle("Edit check-in")
        .onAppear {
            note = checkIn.note ?? ""
            at = checkIn.at
            model.clearFormProblem()
        }
        .toolbar { EditToolbar(cancel: { dismiss() }, save: save) }
    }

    private func save() {
        var input = EditInputs.checkIn(checkIn)
        input.mood = mood ?? checkIn.mood
        input.note = note
        if at != checkIn.at { input = model.moved(input, to: at) }
        Task { if await model.updateCheckIn(id: checkIn.id, input) != nil { dismiss() } }
    }
}

/// A reflection's text; its prompt and time are kept.
struct EditReflectionView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let reflection: Reflection
    @State private var text = ""

    var body: some View {
        Form {
            FormProblemRow(problem: model.formProblem)
            if let prompt = reflection.promptText {
                Section { Text(prompt).font(.headline) }
            }
            Section(Copy.reflectionSection) {
                TextField(Copy.reflectionPlaceholder, text: $text, axis: .vertical)
                    .lineLimit(4...)
                    .accessibilityLabel(Copy.reflectionSection)
            }
        }
        .navigationTitle("Edit reflection")
        .onAppear {
            text = reflection.text
            model.clearFormProblem()
        }
        .toolbar {
            EditToolbar(cancel: { dismiss() }) {
                var input = EditInputs.reflection(reflection)
                input.text = text
                Task { if await model.updateReflection(id: reflection.id, input) != nil { dismiss() } }
            }
        }
    }
}

/// A thought record's words: situation, evidence, the balanced thought and how much it
/// is believed; moods, thoughts and thinking traps are kept.
struct EditThoughtView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let thought: ThoughtRecord
    @State private var situation = ""
    @State private var evidenceFor = ""
    @State private var evidenceAgainst = ""
    @State private var balanced = ""
    @State private var belief: Double = 50

    var body: some View {
        Form {
            FormProblemRow(problem: model.formProblem)
            Section("Situation") {
                TextField("What happened", text: $situation, axis: .vertical)
                    .accessibilityLabel("Situation")
            }
            Section("Evidence") {
                TextField("What supports the thought", text: $evidenceFor, axis: .vertical)
                    .accessibilityLabel("Evidence for")
                TextField("What doesn't", text: $evidenceAgainst, axis: .vertical)
                    .accessibilityLabel("Evidence against")
            }
            Section("A balanced thought") {
                TextField("A kinder, fuller way to see it", text: $balanced, axis: .vertical)
                    .accessibilityLabel("Balanced thought")
                Slider(value: $belief, in: 0...100, step: 5)
                    .accessibilityLabel("How much you believe it")
                    .accessibilityValue("\(Int(belief)) percent")
            }
        }
        .navigationTitle("Edit thought record")
        .onAppear {
            situation = thought.situation
            evidenceFor = thought.evidenceFor ?? ""
            evidenceAgainst = thought.evidenceAgainst ?? ""
            balanced = thought.balancedThought ?? ""
            belief = Double(thought.balancedBelief ?? 50)
            model.clearFormProblem()
        }
        .toolbar { EditToolbar(cancel: { dismiss() }, save: save) }
    }

    private func save() {
        var input = EditInputs.thought(thought)
        input.situation = situation
        input.evidenceFor = evidenceFor
        input.evidenceAgainst = evidenceAgainst
        input.balancedThought = balanced
        input.balancedBelief = balanced.isEmpty ? thought.balancedBelief : Int32(belief)
        Task { if await model.updateThought(id: thought.id, input) != nil { dismiss() } }
    }
}

/// "Undo" for a few seconds after a deletion; the model holds the copy and the clock.
struct UndoBanner: View {
    @Environment(AppModel.self) private var model
    let deleted: DeletedEntry

    var body: some View {
        HStack {
            Text(Copy.entryDeleted)
                .frame(maxWidth: .infinity, alignment: .leading)
            Button(deleted.undoControl.title) { Task { await model.undoDelete() } }
                .accessibilityLabel(deleted.undoControl.accessibilityLabel)
                .accessibilityHint(deleted.undoControl.hint ?? "")
        }
        .padding()
        .background(.thinMaterial, in: RoundedRectangle(cornerRadius: 12))
        .task(id: deleted.until) {
            // Hide the button when its time is up; the model refuses a late undo anyway.
            try? await Task.sleep(for: .seconds(DeletedEntry.undoSeconds))
            if model.undoableDeletion?.until == deleted.until { model.dismissUndo() }
        }
    }
}
