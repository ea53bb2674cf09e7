import SwiftUI
import HearthCore
import HearthAppModel

/// Tags (rename, archive, offer again) and custom scales (add). The core keeps both
/// catalogs and carries a rename onto past check-ins.
struct TagsAndScalesView: View {
    @Environment(AppModel.self) private var model
    @State private var tags: [Tag] = []
    @State private var scales: [Scale] = []
    @State private var renaming: Tag?
    @State private var newName = ""
    @State private var scaleName = ""
    @State private var scaleMin = 0
    @State private var scaleMax = 10

    var body: some View {
        List {
            FormProblemRow(problem: model.formProblem)
            Section {
                ForEach(tags, id: \.id) { tag in
                    HStack {
                        Text(Presentation.tagWord(tag.name))
                            .foregroundStyle(tag.archived ? .secondary : .primary)
                            .accessibilityLabel(CatalogCopy.tagLabel(tag))
                        Spacer()
                        Button(ControlText.rename.title) { renaming = tag; newName = tag.name }
                            .accessibilityLabel(ControlText.rename.accessibilityLabel)
                            .accessibilityHint(tag.name)
                        Button(CatalogCopy.archiveControl(tag).title) {
                            Task {
                                await model.setTagArchived(id: tag.id, archived: !tag.archived)
                                await load()
                            }
                        }
                        .accessibilityLabel(CatalogCopy.archiveControl(tag).accessibilityLabel)
                        .accessibilityHint(CatalogCopy.archiveControl(tag).hint ?? "")
                    }
                    .buttonStyle(.borderless)
                }
            } header: {
                Text("Tags")
            } footer: {
                Text(CatalogCopy.archiveExplainer)
            }
            Section {
                ForEach(scales, id: \.id) { scale in
                    Text(ScaleReadings.rangeText(scale))
                }
                TextField("New scale, like sleep", text: $scaleName).accessibilityLabel("Scale name")
                Stepper("From \(scaleMin)", value: $scaleMin, in: -100...99)
                    .accessibilityLabel("From \(scaleMin)")
                Stepper("To \(scaleMax)", value: $scaleMax, in: (scaleMin + 1)...100)
                    .accessibilityLabel("To \(scaleMax)")
                Button(ControlText.addScale.title) {
                    Task {
                        if await model.createScale(name: scaleName, min: Int32(scaleMin), max: Int32(scaleMax)) != nil {
                            scaleName = ""
                            await load()
                        }
                    }
                }
                .disabled(scaleName.trimmingCharacters(in: .whitespaces).isEmpty)
                .accessibilityLabel(ControlText.addScale.accessibilityLabel)
            } header: {
                Text("Scales")
            } footer: {
                Text(CatalogCopy.scalesExplainer)
            }
        }
        .navigationTitle(ControlText.tagsAndScales.title)
        .task { await load() }
        .alert(ControlText.rename.title, isPresented: Binding(get: { renaming != nil }, set: { if !$0 { renaming = nil } })) {
            TextField("New name", text: $newName).accessibilityLabel("New name")
            Button(ControlText.save.title) {
                guard let tag = renaming else { return }
                Task {
                    await model.renameTag(id: tag.id, to: newName)
                    await load()
                }
            }
            .accessibilityLabel(ControlText.save.accessibilityLabel)
            Button(ControlText.cancel.title, role: .cancel) { renaming = nil }
                .accessibilityLabel(ControlText.cancel.accessibilityLabel)
        }
    }

    private func load() async {
        tags = await model.allTags()
        scales = await model.scales()
    }
}
