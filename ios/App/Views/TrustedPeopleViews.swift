import SwiftUI
import HearthCore
import HearthAppModel

/// Trusted people: the list, adding, editing, and removing after a question that says
/// what removing does. The model holds the pending removal and the words.
struct TrustedPeopleView: View {
    @Environment(AppModel.self) private var model
    @State private var people: [Person] = []
    @State private var editing: Person?

    var body: some View {
        List {
            Section {
                if people.isEmpty { Text(PeopleCopy.emptyList).foregroundStyle(.secondary) }
                ForEach(people, id: \.id) { person in
                    VStack(alignment: .leading, spacing: 6) {
                        Text(person.name).font(.headline)
                        if let how = person.howTheyHelp { Text(how).font(.subheadline) }
                        ContactButtons(name: person.name, phone: person.phone)
                        Button(PeopleCopy.editControl(person.name).title) { editing = person }
                            .accessibilityLabel(PeopleCopy.editControl(person.name).accessibilityLabel)
                    }
                    .accessibilityAction(named: PeopleCopy.removeControl(person.name).title) {
                        model.requestRemovePerson(person)
                    }
                }
                .onDelete { offsets in
                    if let first = offsets.first { model.requestRemovePerson(people[first]) }
                }
            } footer: {
                Text("People you can reach when things are hard. Kept only on this iPhone.")
            }
            Section("Add someone") {
                PersonForm(person: nil) { input in
                    if await model.addPerson(input) != nil { load() }
                }
            }
        }
        .navigationTitle("My people")
        .task { load() }
        .sheet(item: $editing) { person in
            NavigationStack {
                Form {
                    PersonForm(person: person) { input in
                        if await model.updatePerson(id: person.id, input) != nil {
                            editing = nil
                            load()
                        }
                    }
                }
                .navigationTitle(PeopleCopy.editControl(person.name).title)
            }
        }
        .confirmationDialog(
            model.pendingPersonRemoval.map { PeopleCopy.removeQuestion($0.name) } ?? "",
            isPresented: Binding(get: { model.pendingPersonRemoval != nil },
                                 set: { if !$0 { model.cancelRemovePerson() } }),
            titleVisibility: .visible
        ) {
            if let person = model.pendingPersonRemoval {
                Button(PeopleCopy.removeControl(person.name).title, role: .destructive) {
                    Task {
                        await model.confirmRemovePerson()
                        load()
                    }
                }
                .accessibilityLabel(PeopleCopy.removeControl(person.name).accessibilityLabel)
                .accessibilityHint(PeopleCopy.removeControl(person.name).hint ?? "")
            }
            Button(ControlText.keepPerson.title, role: .cancel) { model.cancelRemovePerson() }
                .accessibilityLabel(ControlText.keepPerson.accessibilityLabel)
        } message: {
            if let person = model.pendingPersonRemoval { Text(PeopleCopy.removeExplainer(person.name)) }
        }
    }

    private func load() {
        Task { people = await model.people() }
    }
}

/// Name, phone and how they help; used to add someone and to edit them.
struct PersonForm: View {
    @Environment(AppModel.self) private var model
    let person: Person?
    let submit: (PersonInput) async -> Void
    @State private var name = ""
    @State private var phone = ""
    @State private var how = ""

    var body: some View {
        Group {
            FormProblemRow(problem: model.formProblem)
            TextField("Name", text: $name).accessibilityLabel("Name")
            TextField("Phone (optional)", text: $phone)
                .keyboardType(.phonePad)
                .accessibilityLabel("Phone number, optional")
            TextField("How they help (optional)", text: $how).accessibilityLabel("How they help, optional")
            Button(person == nil ? ControlText.addPerson.title : ControlText.save.title) {
                let input = PersonInput(name: name, phone: phone.isEmpty ? nil : phone, howTheyHelp: how.isEmpty ? nil : how)
                Task {
                    await submit(input)
                    if person == nil && model.formProblem == nil { name = ""; phone = ""; how = "" }
                }
            }
            .disabled(name.trimmingCharacters(in: .whitespaces).isEmpty)
            .accessibilityLabel(person == nil ? ControlText.addPerson.accessibilityLabel : ControlText.save.accessibilityLabel)
            .accessibilityHint(person == nil ? ControlText.addPerson.hint ?? "" : "")
        }
        .onAppear {
            name = person?.name ?? ""
            phone = person?.phone ?? ""
            how = person?.howTheyHelp ?? ""
        }
    }
}

extension Person: Identifiable {}
