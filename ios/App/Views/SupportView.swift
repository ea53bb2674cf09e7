import SwiftUI
import HearthCore
import HearthAppModel

/// People and help: the safety plan, crisis lines (offline), trusted people, and the
/// standard questionnaires.
struct SupportView: View {
    var body: some View {
        NavigationStack {
            List {
                Section {
                    NavigationLink { CrisisLinesView() } label: {
                        Label(ControlText.talkNow.title, systemImage: "phone.bubble")
                    }
                    .accessibilityLabel(ControlText.talkNow.accessibilityLabel)
                    .accessibilityHint(ControlText.talkNow.hint ?? "")
                    NavigationLink { SafetyPlanView() } label: {
                        Label("My safety plan", systemImage: "list.bullet.clipboard")
                    }
                    .accessibilityLabel("My safety plan")
                    NavigationLink { TrustedPeopleView() } label: {
                        Label(ControlText.myPeople.title, systemImage: "person.2")
                    }
                    .accessibilityLabel(ControlText.myPeople.accessibilityLabel)
                    .accessibilityHint(ControlText.myPeople.hint ?? "")
                } footer: {
                    Text(Copy.notAClinician)
                }
                Section("Check how you've been") {
                    ForEach([Instrument.phq9, .gad7, .who5], id: \.self) { instrument in
                        NavigationLink { QuestionnaireView(instrument: instrument) } label: {
                            Text(questionnaire(instrument: instrument).title)
                        }
                        .accessibilityLabel(questionnaire(instrument: instrument).title)
                        .accessibilityHint("Questionnaire")
                    }
                }
            }
            .navigationTitle("Support")
        }
    }
}

/// Shown when something suggests a hard time: the plan first, then people and lines.
/// Nothing is blocked; it can be closed at any time.
struct SafetyNowView: View {
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        List {
            Section {
                Text("You don't have to go through this alone. Here is your plan, and people who can help right now.")
                    .font(.body)
            }
            SafetyPlanSummary()
            CrisisLinesSections()
        }
        .navigationTitle("Support for right now")
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button("Close") { dismiss() }
                    .accessibilityLabel("Close")
            }
        }
    }
}

struct CrisisLinesView: View {
    var body: some View {
        List { CrisisLinesSections() }
            .navigationTitle("Talk to someone")
    }
}

/// Crisis lines for the device's region, from the core's built-in table (works offline),
/// and the person's own trusted people alongside.
struct CrisisLinesSections: View {
    @Environment(AppModel.self) private var model
    @State private var people: [Person] = []
    private let resources = crisisResources(region: DeviceContext.regionCode())

    var body: some View {
        Section {
            Text(resources.message)
                .task { people = await model.people() }
            ForEach(resources.emergencyNumbers, id: \.self) { number in
                ContactButtons(name: String(localized: "emergency services"), phone: number)
            }
        } header: {
            if let region = resources.regionName {
                Text("Emergency — \(region)")
            } else {
                Text("Emergency")
            }
        }
        ForEach(resources.lines, id: \.name) { line in
            Section(line.name) {
                Text(line.how)
                Text(line.hours).font(.footnote).foregroundStyle(.secondary)
                ForEach(line.phones, id: \.self) { phone in
                    ContactButtons(name: line.name, phone: phone)
                }
                if let sms = line.sms {
                    ContactButtons(name: line.name, phone: nil, sms: sms, smsKeyword: line.smsKeyword)
                }
                Text("Checked \(line.verified). Source: \(line.source)")
                    .font(.caption).foregroundStyle(.secondary)
                    .textSelection(.enabled)
            }
        }
        if resources.showTrustedPeople && !people.isEmpty {
            Section("Your people") {
                ForEach(people, id: \.id) { person in
                    VStack(alignment: .leading, spacing: 6) {
                        Text(person.name).font(.headline)
                        if let how = person.howTheyHelp { Text(how).font(.subheadline) }
                        ContactButtons(name: person.name, phone: person.phone)
                    }
                }
            }
        }
    }
}
