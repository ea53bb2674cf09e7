import SwiftUI
import HearthCore
import HearthAppModel

/// A standard questionnaire exactly as published (items, options, licence notice from
/// the core), scored by the core. A result with any sign of risk shows the safety plan
/// and crisis lines straight away; nothing is ever blocked.
struct QuestionnaireView: View {
    let instrument: Instrument
    @Environment(AppModel.self) private var model
    @State private var answers: [Int32?] = []
    @State private var followUp: Int32?
    @State private var result: AssessmentResult?

    private var definition: QuestionnaireDefinition { questionnaire(instrument: instrument) }

    var body: some View {
        Form {
            if let result {
                ResultSection(result: result)
                if result.safety {
                    SafetyPlanSummary()
                    CrisisLinesSections()
                }
            } else {
                if let languageNotice = definition.languageNotice {
                    // The published English original, said in the reader's language.
                    Section {
                        Text(verbatim: languageNotice)
                    }
                }
                Section {
                    Text(definition.stem).font(.headline)
                }
                ForEach(definition.items.indices, id: \.self) { i in
                    Section {
                        Picker(selection: answerBinding(i)) {
                            ForEach(definition.options, id: \.value) { option in
                                Text(option.label).tag(Int32?.some(option.value))
                            }
                        } label: {
                            Text(definition.items[i])
                        }
                        .pickerStyle(.inline)
                        .accessibilityLabel("Question \(i + 1) of \(definition.items.count): \(definition.items[i])")
                    }
                }
                if let question = definition.followUp {
                    Section("One more (not scored)") {
                        Picker(selection: $followUp) {
                            Text("Skip").tag(Int32?.none)
                            ForEach(definition.followUpOptions, id: \.value) { option in
                                Text(option.label).tag(Int32?.some(option.value))
                            }
                        } label: {
                            Text(question)
                        }
                        .pickerStyle(.inline)
                        .accessibilityLabel(question)
                    }
                }
                Section {
                    Button("See my result") { submit() }
                        .disabled(answers.contains { $0 == nil })
                        .accessibilityLabel(answers.contains { $0 == nil }
                                            ? String(localized: "See my result. Answer every question first.")
                                            : String(localized: "See my result"))
                }
            }
            Section {
                Text(definition.notice)
                Text(definition.citation).foregroundStyle(.secondary)
                Text(Copy.notAClinician)
            } header: {
                Text("About this questionnaire")
            }
            .font(.footnote)
        }
        .navigationTitle(definition.title)
        .onAppear {
            if answers.count != definition.items.count {
                answers = Array(repeating: nil, count: definition.items.count)
            }
        }
    }

    private func answerBinding(_ i: Int) -> Binding<Int32?> {
        Binding(get: { i < answers.count ? answers[i] : nil },
                set: { if i < answers.count { answers[i] = $0 } })
    }

    private func submit() {
        var values = answers.compactMap { $0 }
        guard values.count == definition.items.count else { return }
        if let followUp { values.append(followUp) }
        Task { result = await model.recordAssessment(instrument, answers: values) }
    }
}

private struct ResultSection: View {
    let result: AssessmentResult

    var body: some View {
        Section("Your result") {
            Text("\(result.score) of \(result.maxScore)")
                .font(.title2)
                .accessibilityLabel("Score \(result.score) out of \(result.maxScore)")
            if let percent = result.percent {
                Text("\(percent)%").accessibilityLabel("\(Int(percent)) percent")
            }
            Text(result.summary)
            if result.safety {
                Label("Some of your answers suggest things are really hard right now. Please look at your plan below, and reach out to someone.",
                      systemImage: "heart")
                    .font(.headline)
            }
        }
    }
}
