import SwiftUI
import HearthCore
import HearthAppModel

/// A check-in with detail: mood (required), energy, emotions, tags, people, a note.
/// Every choice comes from the core's vocabularies; the core validates and saves.
struct CheckInView: View {
    let source: EntrySource
    /// A day chosen in the calendar or day view: the check-in starts as "earlier", on it.
    var day: String?
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss

    @State private var mood: Int32?
    @State private var energy: Int32?
    @State private var emotions: Set<String> = []
    @State private var tags: Set<String> = []
    @State private var people: Set<String> = []
    @State private var connected = false
    @State private var note = ""
    @State private var vocabulary: [EmotionInfo] = []
    @State private var tagList: [Tag] = []
    @State private var trusted: [Person] = []
    @State private var saving = false
    @State private var earlier = false
    @State private var scales: [Scale] = []
    @State private var readings = ScaleReadings()
    @State private var at = Date()

    var body: some View {
        Form {
            FormProblemRow(problem: model.formProblem)
            Section(Copy.checkInTitle) {
                MoodPicker(moods: model.moods, selected: mood) { mood = $0 }
                    .listRowInsets(EdgeInsets(top: 8, leading: 8, bottom: 8, trailing: 8))
            }
            Section("Energy (optional)") {
                Picker("Energy", selection: $energy) {
                    Text("Not now").tag(Int32?.none)
                    ForEach(Int32(1)...Int32(5), id: \.self) { level in
                        Text(energyWord(level)).tag(Int32?.some(level))
                    }
                }
                .pickerStyle(.menu)
                .accessibilityLabel("Energy")
                .accessibilityHint("Energy level, 1 to 5, optional")
            }
            if !vocabulary.isEmpty {
                Section("Emotions (optional)") {
                    ChipGrid(items: vocabulary.map(\.name), selection: $emotions, kind: .emotion)
                }
            }
            if !tagList.isEmpty {
                Section("What was going on? (optional)") {
                    ChipGrid(items: tagList.map(\.name), selection: $tags, kind: .tag)
                }
            }
            Section("People") {
                Toggle(ControlText.connected.title, isOn: $connected)
                    .accessibilityLabel(ControlText.connected.accessibilityLabel)
                    .accessibilityHint(ControlText.connected.hint ?? "")
                ForEach(trusted, id: \.id) { person in
                    Toggle(person.name, isOn: Binding(
                        get: { people.contains(person.id) },
                        set: { on in
                            if on { people.insert(person.id); connected = true } else { people.remove(person.id) }
                        }))
                    .accessibilityLabel(person.name)
                    .accessibilityHint("Spent time with or talked to")
                }
            }
            if !scales.isEmpty {
                Section("Scales (optional)") {
                    ForEach(scales, id: \.id) { scale in
                        ScaleRow(scale: scale, readings: $readings)
                    }
                }
            }
            Section("Note (optional)") {
                TextField("Anything you'd like to remember", text: $note, axis: .vertical)
                    .lineLimit(3...8)
                    .accessibilityLabel("Note")
            }
            Section {
                Toggle(ControlText.earlier.title, isOn: $earlier)
                    .accessibilityLabel(ControlText.earlier.accessibilityLabel)
                    .accessibilityHint(ControlText.earlier.hint ?? "")
                if earlier {
                    DatePicker(ControlText.when.title, selection: $at, in: model.backfillRange)
                        .accessibilityLabel(ControlText.when.accessibilityLabel)
                        .accessibilityHint(ControlText.when.hint ?? "")
                    Text(Copy.backfillExplainer).font(.footnote).foregroundStyle(.secondary)
                }
            }
        }
        .navigationTitle("Check in")
        .toolbar {
            ToolbarItem(placement: .cancellationAction) {
                Button("Cancel") { dismiss() }
                    .accessibilityLabel("Cancel")
            }
            ToolbarItem(placement: .confirmationAction) {
                Button("Save") { save() }
                    .disabled(mood == nil || saving)
                    .accessibilityLabel("Save")
                    .accessibilityHint(mood == nil ? String(localized: "Choose a mood first.") : "")
            }
        }
        .task {
            model.clearFormProblem()
            if let day, day != model.today {
                earlier = true
                at = model.backfillDate(for: day)
            }
            let choices = await model.checkInChoices()
            vocabulary = choices?.emotions ?? emotionVocabulary()
            tagList = choices?.offeredTags ?? []
            scales = choices?.scales ?? []
            trusted = choices?.people ?? []
        }
    }

    private func energyWord(_ level: Int32) -> String {
        // One whole phrase per level, so a translation can order the words its own way.
        switch level {
        case 1: return String(localized: "Very low (1 of 5)", comment: "Energy level")
        case 2: return String(localized: "Low (2 of 5)", comment: "Energy level")
        case 3: return String(localized: "Medium (3 of 5)", comment: "Energy level")
        case 4: return String(localized: "High (4 of 5)", comment: "Energy level")
        default: return String(localized: "Very high (5 of 5)", comment: "Energy level")
        }
    }

    private func save() {
        guard let mood else { return }
        saving = true
        let input = CheckInInput(
            mood: mood, source: source, energy: energy,
            emotions: emotions.sorted(), tags: tags.sorted(),
            note: note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : note,
            scales: readings.input, connected: connected || !people.isEmpty, withPeople: people.sorted())
        Task {
            let saved = earlier ? await model.backfillCheckIn(input, at: at) : await model.checkIn(input)
            saving = false
            if saved != nil { dismiss() }
        }
    }
}

/// Toggle chips in a flowing grid; each is a button with a state VoiceOver reads.
struct ChipGrid: View {
    let items: [String]
    @Binding var selection: Set<String>
    /// Items are stored names; a built-in shows in the reader's language.
    let kind: Presentation.ChipKind

    var body: some View {
        LazyVGrid(columns: [GridItem(.adaptive(minimum: 110), spacing: 8)], spacing: 8) {
            ForEach(items, id: \.self) { item in
                let on = selection.contains(item)
                Button {
                    if on { selection.remove(item) } else { selection.insert(item) }
                } label: {
                    HStack(spacing: 4) {
                        Image(systemName: on ? "checkmark.circle.fill" : "circle")
                            .accessibilityHidden(true)
                        Text(Presentation.chipWord(item, kind)).lineLimit(1).minimumScaleFactor(0.8)
                    }
                    .font(.callout)
                    .frame(maxWidth: .infinity)
                    .padding(.vertical, 6)
                }
                .buttonStyle(.bordered)
                .accessibilityLabel(Presentation.chipLabel(item, kind))
                .accessibilityAddTraits(on ? [.isSelected] : [])
            }
        }
        .padding(.vertical, 4)
    }
}

/// One optional scale reading: a switch to give it, then a stepper within its range.
struct ScaleRow: View {
    let scale: Scale
    @Binding var readings: ScaleReadings

    var body: some View {
        let value = readings.value(for: scale)
        Toggle(scale.name.capitalizedFirst, isOn: Binding(get: { value != nil },
                                                          set: { readings.include(scale, $0) }))
            .accessibilityLabel(scale.name.capitalizedFirst)
            .accessibilityValue(ScaleReadings.accessibilityValue(scale, value: value))
        if let value {
            Stepper(value: Binding(get: { Int(value) }, set: { readings.set(Int32($0), for: scale) }),
                    in: Int(scale.min)...Int(scale.max)) {
                Text("\(value) (from \(scale.min) to \(scale.max))")
            }
            .accessibilityLabel(scale.name.capitalizedFirst)
            .accessibilityValue(ScaleReadings.accessibilityValue(scale, value: value))
        }
    }
}
