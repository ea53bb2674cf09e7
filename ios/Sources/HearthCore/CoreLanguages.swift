import Foundation

/// The reader's language, chosen once per process at start-up (the app and the widget
/// both do it, in `HearthLive.make`). The core has English built in; the other
/// languages' catalogues (`core/l10n/<lang>/*.ftl`) are bundled as resources of this
/// target (copied in by `scripts/sync-bindings.sh`, never kept twice in git) and handed
/// to the core here, then iOS's preferred languages choose. The language is process-wide
/// in the core, and the shell's own words (`L10n`) follow the same choice, so a
/// screen never mixes two languages.
public enum CoreLanguages {
    /// One catalogue file: its language (the folder's name) and its text.
    public struct Catalogue: Equatable, Sendable {
        public let language: String
        /// The file's name, e.g. `de/words.ftl`: what a log line names.
        public let name: String
        public let text: String

        public init(language: String, name: String, text: String) {
            self.language = language
            self.name = name
            self.text = text
        }
    }

    /// What start-up did.
    public struct Outcome: Equatable, Sendable {
        /// The language chosen ("de", "en", "en-XA").
        public let chosen: String
        /// Files the core refused (by name); English and every other file still work.
        public let skipped: [String]
    }

    /// Hands `catalogues` to the core, then chooses from `preferred` (most preferred
    /// first, e.g. `Locale.preferredLanguages`). A catalogue the core refuses is skipped
    /// with one log line naming the file and the line the core stopped at, never any
    /// of the text. The shell's own words follow the chosen language.
    @discardableResult
    public static func start(catalogues: [Catalogue], preferred: [String],
                             log: (String) -> Void = { print($0) }) -> Outcome {
        var skipped: [String] = []
        for catalogue in catalogues {
            do {
                try addCatalogue(language: catalogue.language, text: catalogue.text)
            } catch {
                skipped.append(catalogue.name)
                log("Hearth: skipped the catalogue \(catalogue.name)\(where_(error))")
            }
        }
        let chosen = setLanguages(preferred: preferred)
        L10n.use(language: chosen)
        return Outcome(chosen: chosen, skipped: skipped)
    }

    /// Where the core stopped reading ("line 12"), without the reason's wording.
    private static func where_(_ error: Error) -> String {
        guard case HearthError.InvalidInput(_, let reason)? = error as? HearthError,
              let range = reason.range(of: #"^line [0-9]+"#, options: .regularExpression) else { return "" }
        return " at " + reason[range]
    }

    /// The catalogues bundled with the package: `Catalogues/<lang>/*.ftl`, in a stable
    /// order (language, then file name).
    public static func bundled() -> [Catalogue] {
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("Catalogues", isDirectory: true) else { return [] }
        return catalogues(under: root)
    }

    /// Every `<lang>/*.ftl` under `root`, sorted. A file that can't be read as UTF-8 is
    /// left out (the core would refuse it anyway).
    public static func catalogues(under root: URL) -> [Catalogue] {
        let fm = FileManager.default
        let languages = ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        var out: [Catalogue] = []
        for language in languages where !language.hasPrefix(".") {
            let dir = root.appendingPathComponent(language, isDirectory: true)
            let files = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".ftl") }.sorted()
            for file in files {
                guard let text = try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8) else { continue }
                out.append(Catalogue(language: language, name: "\(language)/\(file)", text: text))
            }
        }
        return out
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var startedOutcome: Outcome?

    /// The app's and the widget's start-up: the bundled catalogues and iOS's preferred
    /// languages, once per process (later calls return the first outcome).
    @discardableResult
    public static func startOnce(preferred: [String] = Locale.preferredLanguages) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        if let done = startedOutcome { return done }
        let outcome = start(catalogues: bundled(), preferred: preferred)
        startedOutcome = outcome
        return outcome
    }
}
