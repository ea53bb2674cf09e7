import Foundation
import HearthCore

/// Moving data in and out: the only way anything leaves the device, always started by
/// the person. Every use of the core's export, import, backup, restore and therapist
/// summary API is in this file. Each function runs inside the model's store work, off
/// the main actor; files go to `ExportFiles`, which keeps them while they are offered.
public enum ExportActions {
    /// A plain export format.
    public enum Format: String, CaseIterable, Identifiable, Sendable {
        case json, csv
        public var id: String { rawValue }
        /// The visible name of the format.
        public var title: String {
            self == .json ? L10n.tr("export.format.json", "JSON (everything)")
                : L10n.tr("export.format.csv", "CSV (check-ins, for spreadsheets)")
        }
    }

    static func stamp(_ now: Date) -> String {
        LocalDay.string(for: now)
    }

    /// A plain export file of the whole journal.
    static func export(_ format: Format, from hearth: Hearth, into files: ExportFiles, now: Date) throws -> URL {
        switch format {
        case .json:
            return try files.write(Data(try hearth.exportJson().utf8), named: "Hearth-\(stamp(now)).json")
        case .csv:
            return try files.write(Data(try hearth.exportCsv().utf8), named: "Hearth-\(stamp(now)).csv")
        }
    }

    /// Imports a Hearth JSON export. Returns the core's summary as readable lines.
    static func importJSON(from url: URL, into hearth: Hearth) throws -> String {
        let json = try withAccess(to: url) { try String(contentsOf: url, encoding: .utf8) }
        return describe(try hearth.importJson(json: json))
    }

    /// An encrypted backup file, sealed with `passphrase` (scrypt: seconds, not instant).
    static func backup(from hearth: Hearth, passphrase: String, into files: ExportFiles, now: Date) throws -> URL {
        let url = try files.reserve("Hearth-backup-\(stamp(now)).hearthbackup")
        do {
            try hearth.backup(path: url.path, passphrase: passphrase)
        } catch {
            files.release(url)
            throw error
        }
        return url
    }

    /// Restores a backup picked in Files. Returns the core's summary as readable lines.
    static func restore(from picked: URL, into hearth: Hearth, passphrase: String, files: ExportFiles) throws -> String {
        let copy = try files.reserve("restore-\(UUID().uuidString)")
        defer { files.release(copy) }
        try withAccess(to: picked) { try FileManager.default.copyItem(at: picked, to: copy) }
        return describe(try hearth.restore(path: copy.path, passphrase: passphrase))
    }

    /// The core's summary for a therapist (local days `from`...`to`, "YYYY-MM-DD"), as
    /// an .html file: the share sheet then offers it as a document (Files, Mail, print),
    /// as Android saves it, instead of pasting raw HTML as text.
    static func therapistSummary(from hearth: Hearth, from: String?, to: String?, includeNotes: Bool,
                                 into files: ExportFiles, now: Date) throws -> URL {
        let html = try hearth.therapistSummary(from: from, to: to, includeNotes: includeNotes)
        return try files.write(Data(html.utf8), named: "Hearth-summary-\(stamp(now)).html")
    }

    /// The core's import summary in plain words, e.g. "12 added, 1 updated, 3 already
    /// there" and a line per kind of record.
    public static func describe(_ summary: ImportSummary) -> String {
        // Three numbers, so the sentence is chosen by none of them: "added: 12" reads in
        // every language without building a plural from pieces.
        func counts(_ created: UInt32, _ updated: UInt32, _ unchanged: UInt32) -> (Int64, Int64, Int64) {
            (Int64(created), Int64(updated), Int64(unchanged))
        }
        let all = counts(summary.created, summary.updated, summary.unchanged)
        var lines = [L10n.tr("export.imported", "All done: %1$lld added, %2$lld updated, %3$lld already there.", all.0, all.1, all.2)]
        for kind in summary.kinds where kind.created > 0 || kind.updated > 0 || kind.unchanged > 0 {
            let n = counts(kind.created, kind.updated, kind.unchanged)
            lines.append(L10n.tr("export.importedKind", "%1$@: %2$lld added, %3$lld updated, %4$lld already there",
                                 kindName(kind.kind), n.0, n.1, n.2))
        }
        return lines.joined(separator: "\n")
    }

    /// The name of a kind of record in an import summary (the core's kind id).
    static func kindName(_ kind: String) -> String {
        switch kind {
        case "check_ins": return L10n.tr("export.kind.checkIns", "Check ins")
        case "reflections": return L10n.tr("export.kind.reflections", "Reflections")
        case "thoughts": return L10n.tr("export.kind.thoughts", "Thoughts")
        case "assessments": return L10n.tr("export.kind.assessments", "Assessments")
        case "tags": return L10n.tr("export.kind.tags", "Tags")
        case "scales": return L10n.tr("export.kind.scales", "Scales")
        case "custom_emotions": return L10n.tr("export.kind.customEmotions", "Custom emotions")
        case "people": return L10n.tr("export.kind.people", "People")
        case "reminders": return L10n.tr("export.kind.reminders", "Reminders")
        case "safety_plan": return L10n.tr("export.kind.safetyPlan", "Safety plan")
        case "shell_settings": return L10n.tr("export.kind.shellSettings", "Shell settings")
        default:
            // A kind this shell doesn't know yet: the core's id, spaced, never dropped.
            return kind.replacingOccurrences(of: "_", with: " ").capitalizedFirst
        }
    }

    /// Files picked in the Files app are readable only inside a security-scoped access.
    private static func withAccess<T>(to url: URL, _ body: () throws -> T) rethrows -> T {
        #if canImport(Darwin)
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        #endif
        return try body()
    }
}
