import SwiftUI
import HearthCore
import HearthAppModel

/// Writing: a reflection (optionally answering a prompt) or a thought record.
struct JournalView: View {
    var body: some View {
        NavigationStack {
            List {
                Section {
                    NavigationLink {
                        ReflectionEditor()
                    } label: {
                        Label(ControlText.writeReflection.title, systemImage: "text.quote")
                    }
                    .accessibilityLabel(ControlText.writeReflection.accessibilityLabel)
                    .accessibilityHint(ControlText.writeReflection.hint ?? "")
                    NavigationLink {
                        ThoughtRecordEditor()
                    } label: {
                        Label(ControlText.untangleThought.title, systemImage: "brain.head.profile")
                    }
                    .accessibilityLabel(ControlText.untangleThought.accessibilityLabel)
                    .accessibilityHint(ControlText.untangleThought.hint ?? "")
                } footer: {
                    Text("A few lines are plenty. Everything stays encrypted on this iPhone.")
                }
            }
            .navigationTitle("Journal")
        }
    }
}

struct ReflectionEditor: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    @State private var promptId: String?
    @State private var text = ""
    private let prompts = reflectionPrompts()

    var body: some View {
        Form {
            Section("A prompt, if you'd like one") {
                Picker("Prompt", selection: $promptId) {
                    Text("No prompt").tag(String?.none)
                    ForEach(prompts, id: \.id) { p in
                        Text(p.text).tag(String?.some(p.id))
                    }
                }
                .pickerStyle(.inline)
                .labelsHidden()
                .accessibilityLabel("Prompt")
                .accessibilityHint("Choose a prompt, or none")
            }
            Section("Your words") {
                TextField(prompts.first { $0.id == promptId }?.text ?? String(localized: "What's on your mind?"),
                          text: $text, axis: .vertical)
                    .lineLimit(5...20)
                    .accessibilityLabel("Reflection text")
            }
        }
        .navigationTitle("Reflection")
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button("Save") {
                    Task {
                        if await model.addReflection(ReflectionInput(text: text, promptId: promptId)) { dismiss() }
                    }
                }
                .disabled(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
                .accessibilityLabel("Save")
            }
        }
    }
}

/// The seven columns of a CBT thought record, in plain words.
struct ThoughtRecordEditor: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    @State private var situation = ""
    @State private var moodName = ""
    @State private var moodIntensity = 50.0
    @State private var thought = ""
    @State private var evidenceFor = ""
    @State private var evidenceAgainst = ""
    @State private var balanced = ""
    @State private var belief = 50.0
    @State private var moodAfter = 50.0
    @State private var picked: Set<String> = []
    private let catalogue = distortions()

    var body: some View {
        Form {
            Section("1. What happened?") {
                TextField("Where were you, who with, what was going on?", text: $situation, axis: .vertical)
                    .accessibilityLabel("Situation")
            }
            Section("2. What did you feel?") {
                TextField("A word, like anxious or sad", text: $moodName)
                    .accessibilityLabel("Feeling")
                LabeledSlider(title: String(localized: "How strong"), value: $moodIntensity)
            }
            Section("3. What went through your mind?") {
                TextField("The thought, in your own words", text: $thought, axis: .vertical)
                    .accessibilityLabel("Automatic thought")
            }
            Section("4. What supports it?") {
                TextField("Facts that fit the thought", text: $evidenceFor, axis: .vertical)
                    .accessibilityLabel("Evidence for the thought")
            }
            Section("5. What doesn't fit?") {
                TextField("Facts that don't fit, or another view", text: $evidenceAgainst, axis: .vertical)
                    .accessibilityLabel("Evidence against the thought")
            }
            Section("6. A more balanced thought") {
                TextField("What would you say to a friend?", text: $balanced, axis: .vertical)
                    .accessibilityLabel("Balanced thought")
                LabeledSlider(title: String(localized: "How much you believe it"), value: $belief)
            }
            Section("7. How strong is the feeling now?") {
                LabeledSlider(title: moodName.isEmpty ? String(localized: "Feeling now") : String(localized: "\(moodName) now"), value: $moodAfter)
            }
            Section("Thinking traps you noticed (optional)") {
                ForEach(catalogue, id: \.id) { d in
                    Toggle(isOn: Binding(get: { picked.contains(d.id) },
                                         set: { if $0 { picked.insert(d.id) } else { picked.remove(d.id) } })) {
                        VStack(alignment: .leading) {
                            Text(d.title)
                            Text(d.description).font(.footnote).foregroundStyle(.secondary)
                        }
                    }
                    .accessibilityLabel("\(d.title): \(d.description)")
                }
            }
        }
        .navigationTitle("Thought record")
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button("Save") { save() }
                    .disabled(situation.isEmpty && thought.isEmpty)
                    .accessibilityLabel("Save")
            }
        }
    }

    private func save() {
        let mood = moodName.trimmingCharacters(in: .whitespaces)
        let input = ThoughtInput(
            situation: situation,
            moods: mood.isEmpty ? [] : [MoodRating(name: mood, intensity: Int32(moodIntensity))],
            thoughts: thought.isEmpty ? [] : [AutomaticThought(text: thought, hot: true)],
            evidenceFor: evidenceFor.isEmpty ? nil : evidenceFor,
            evidenceAgainst: evidenceAgainst.isEmpty ? nil : evidenceAgainst,
            balancedThought: balanced.isEmpty ? nil : balanced,
            balancedBelief: balanced.isEmpty ? nil : Int32(belief),
            moodsAfter: mood.isEmpty ? [] : [MoodRating(name: mood, intensity: Int32(moodAfter))],
            distortions: catalogue.filter { picked.contains($0.id) }.map(\.distortion))
        Task { if await model.addThought(input) { dismiss() } }
    }
}

/// A 0–100 slider whose value is shown and spoken as a number.
struct LabeledSlider: View {
    let title: String
    @Binding var value: Double

    var body: some View {
        VStack(alignment: .leading) {
            HStack {
                Text(title)
                Spacer()
                Text("\(Int(value))%").monospacedDigit().foregroundStyle(.secondary)
            }
            Slider(value: $value, in: 0...100, step: 5)
                .accessibilityLabel(title)
                .accessibilityValue("\(Int(value)) percent")
        }
    }
}
