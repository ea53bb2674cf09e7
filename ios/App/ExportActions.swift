import Foundation
import HearthCore

/// Moving data in and out: the only way anything leaves the device, always started by
/// the person. Every use of the core's export, import, backup, restore and therapist
/// summary API is in this file. Foundation and HearthCore only (type-checked on Linux
/// once the bindings carry that API).
///
/// Files are written to the app's temporary directory with complete file protection,
/// handed to the share sheet or file exporter, and removed by `cleanUp()` on the next
/// launch or return to the foreground.
enum ExportActions {
    enum Format: String, CaseIterable, Identifiable {
        case json, csv
        var id: String { rawValue }
        var title: String { self == .json ? "JSON (everything)" : "CSV (check-ins, for spreadsheets)" }
    }

    private static var folder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("HearthExports", isDirectory: true)
    }

    private static func stamp(_ now: Date = Date()) -> String {
        LocalDay.string(for: now)
    }

    private static func write(_ data: Data, named name: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        #if os(iOS)
        try data.write(to: url, options: [.atomic, .completeFileProtection])
        #else
        try data.write(to: url, options: [.atomic])
        #endif
        return url
    }

    /// A plain export file of the whole journal.
    static func export(_ format: Format, from hearth: Hearth) throws -> URL {
        switch format {
        case .json:
            return try write(Data(try hearth.exportJson().utf8), named: "Hearth-\(stamp()).json")
        case .csv:
            return try write(Data(try hearth.exportCsv().utf8), named: "Hearth-\(stamp()).csv")
        }
    }

    /// Imports a Hearth JSON export. Returns the core's summary as readable lines.
    static func importJSON(from url: URL, into hearth: Hearth) throws -> String {
        let json = try readPicked(url)
        return describe(try hearth.importJson(json: json))
    }

    /// An encrypted backup file, sealed with `passphrase`.
    static func backup(from hearth: Hearth, passphrase: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("Hearth-backup-\(stamp()).hearthbackup")
        try? FileManager.default.removeItem(at: url)
        try hearth.backup(path: url.path, passphrase: passphrase)
        return url
    }

    /// Restores a backup picked in Files. Returns the core's summary as readable lines.
    static func restore(from picked: URL, into hearth: Hearth, passphrase: String) throws -> String {
        let copy = folder.appendingPathComponent("restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try withAccess(to: picked) { try FileManager.default.copyItem(at: picked, to: copy) }
        defer { try? FileManager.default.removeItem(at: copy) }
        return describe(try hearth.restore(path: copy.path, passphrase: passphrase))
    }

    /// A summary to bring to a therapist, for local days `from`...`to` ("YYYY-MM-DD").
    static func therapistSummary(from hearth: Hearth, from: String?, to: String?, includeNotes: Bool) throws -> String {
        try hearth.therapistSummary(from: from, to: to, includeNotes: includeNotes)
    }

    /// The core's import summary in plain words, e.g. "12 added, 1 updated, 3 already
    /// there" and a line per kind of record.
    static func describe(_ summary: ImportSummary) -> String {
        func counts(_ created: UInt32, _ updated: UInt32, _ unchanged: UInt32) -> String {
            "\(created) added, \(updated) updated, \(unchanged) already there"
        }
        var lines = ["All done: " + counts(summary.created, summary.updated, summary.unchanged) + "."]
        for kind in summary.kinds where kind.created > 0 || kind.updated > 0 || kind.unchanged > 0 {
            let name = kind.kind.replacingOccurrences(of: "_", with: " ").capitalizedFirst
            lines.append("\(name): " + counts(kind.created, kind.updated, kind.unchanged))
        }
        return lines.joined(separator: "\n")
    }

    /// Removes export and backup files left in the temporary directory.
    static func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    private static func readPicked(_ url: URL) throws -> String {
        try withAccess(to: url) { try String(contentsOf: url, encoding: .utf8) }
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
