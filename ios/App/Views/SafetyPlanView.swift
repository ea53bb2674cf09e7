import SwiftUI
import HearthCore
import HearthAppModel

/// The six-step safety plan plus reasons for living. Headings and help text come from
/// the core; the person's words are saved, encrypted, on the device.
struct SafetyPlanView: View {
    @Environment(AppModel.self) private var model
    @State private var plan = SafetyPlanFields.empty
    private let sections = safetyPlanSections()

    var body: some View {
        Form {
            ForEach(sections, id: \.id) { section in
                Section {
                    editor(for: section)
                } header: {
                    Text(section.step > 0 && section.step <= 6 ? "\(section.step). \(section.heading)" : section.heading)
                } footer: {
                    Text(section.help)
                }
            }
        }
        .navigationTitle("My safety plan")
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button("Save") {
                    let draft = plan
                    Task { if let saved = await model.saveSafetyPlan(draft) { plan = saved } }
                }
                .accessibilityLabel("Save")
                .accessibilityHint("Saves your safety plan on this iPhone")
            }
        }
        .task {
            if let saved = await model.safetyPlan() { plan = saved }
        }
    }

    @ViewBuilder
    private func editor(for section: SafetyPlanSection) -> some View {
        if let field = SafetyPlanFields.lines(section.id) {
            LinesEditor(lines: $plan[dynamicMember: field], placeholder: section.heading)
        } else if let field = SafetyPlanFields.contacts(section.id) {
            ContactsEditor(contacts: $plan[dynamicMember: field], placeholder: section.heading)
        }
    }
}

/// A read-only view of the plan, for the moment it is needed.
struct SafetyPlanSummary: View {
    @Environment(AppModel.self) private var model
    @State private var plan: SafetyPlan?
    private let sections = safetyPlanSections()

    var body: some View {
        Group {
            if let plan, !SafetyPlanFields.isEmpty(plan) {
                ForEach(sections, id: \.id) { section in
                    let lines = SafetyPlanFields.lines(section.id).map { plan[keyPath: $0] } ?? []
                    let contacts = SafetyPlanFields.contacts(section.id).map { plan[keyPath: $0] } ?? []
                    if !lines.isEmpty || !contacts.isEmpty {
                        Section(section.heading) {
                            ForEach(lines, id: \.self) { Text($0) }
                            ForEach(contacts, id: \.name) { contact in
                                VStack(alignment: .leading) {
                                    Text(contact.name)
                                    ContactButtons(name: contact.name, phone: contact.phone)
                                }
                            }
                        }
                    }
                }
            } else {
                Section("My safety plan") {
                    NavigationLink(ControlText.writeSafetyPlan.title) { SafetyPlanView() }
                        .accessibilityLabel(ControlText.writeSafetyPlan.accessibilityLabel)
                        .accessibilityHint(ControlText.writeSafetyPlan.hint ?? "")
                }
            }
        }
        .task { plan = await model.safetyPlan() }
    }

}

struct LinesEditor: View {
    @Binding var lines: [String]
    let placeholder: String
    @State private var draft = ""

    var body: some View {
        ForEach(lines.indices, id: \.self) { i in
            // Index-guarded: a row being deleted may still be drawn once.
            TextField(placeholder, text: Binding(get: { i < lines.count ? lines[i] : "" },
                                                 set: { if i < lines.count { lines[i] = $0 } }),
                      axis: .vertical)
                .accessibilityLabel("\(placeholder), item \(i + 1)")
        }
        .onDelete { lines.remove(atOffsets: $0) }
        HStack {
            TextField(placeholder, text: $draft, axis: .vertical)
                .accessibilityLabel("New item: \(placeholder)")
            Button {
                lines.append(draft)
                draft = ""
            } label: {
                Image(systemName: "plus.circle")
            }
            .disabled(draft.trimmingCharacters(in: .whitespaces).isEmpty)
            .accessibilityLabel("Add item")
        }
    }
}

struct ContactsEditor: View {
    @Binding var contacts: [PlanContact]
    let placeholder: String
    @State private var name = ""
    @State private var phone = ""

    var body: some View {
        ForEach(Array(contacts.enumerated()), id: \.offset) { _, contact in
            VStack(alignment: .leading) {
                Text(contact.name)
                ContactButtons(name: contact.name, phone: contact.phone)
            }
        }
        .onDelete { contacts.remove(atOffsets: $0) }
        TextField(placeholder, text: $name).accessibilityLabel("New name: \(placeholder)")
        HStack {
            TextField("Phone (optional)", text: $phone)
                .keyboardType(.phonePad)
                .accessibilityLabel("Phone number, optional")
            Button {
                contacts.append(PlanContact(name: name, phone: phone.isEmpty ? nil : phone))
                name = ""
                phone = ""
            } label: {
                Image(systemName: "plus.circle")
            }
            .disabled(name.trimmingCharacters(in: .whitespaces).isEmpty)
            .accessibilityLabel("Add contact")
        }
    }
}
