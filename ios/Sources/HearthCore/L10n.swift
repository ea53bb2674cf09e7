import Foundation

/// The shell's own words in the reader's language. The source is the String Catalog
/// `Resources/Localizable.xcstrings` (en, de, es), which Xcode compiles into
/// `<lang>.lproj/Localizable.strings` and `.stringsdict`. Off Apple platforms SwiftPM only
/// copies an `.xcstrings` file, so `scripts/gen-strings.py` writes the same tables as
/// `.strings` files for the Linux build (not committed), a plural as one key per CLDR
/// category (`key#one`, `key#other`, …). One lookup serves both: `Bundle.localizedString`
/// on the chosen language's `.lproj`, with the English in the code as the fallback, so a
/// raw key is never shown.
///
/// The language is the one the core chose (`CoreLanguages.start` calls `use(language:)`),
/// so the shell's words and the core's never disagree. Under the pseudo-locales `en-XA`
/// and `ar-XB` every word is the English one, accented, lengthened by about 40 % and
/// bracketed (`en-XA`) or bracketed right-to-left (`ar-XB`), as the core does: a word
/// that reaches the screen without brackets did not come through here.
public enum L10n {
    /// The pseudo-locales, made from English.
    public enum Pseudo: Sendable { case accented, bidi }

    private struct State {
        var language = "en"
        var pseudo: Pseudo?
        var table: Bundle?
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var state = State()

    /// The language in use ("en", "de", "es", "en-XA", "ar-XB").
    public static var language: String { lock.withLock { state.language } }

    /// Uses `tag` (a tag the core chose; its language part picks the table). An unknown
    /// language means English.
    public static func use(language tag: String) {
        let pseudo: Pseudo? = switch tag.replacingOccurrences(of: "_", with: "-").lowercased() {
        case "en-xa": .accented
        case "ar-xb": .bidi
        default: nil
        }
        let code = pseudo == nil ? baseLanguage(tag) : "en"
        let table = Bundle.module.path(forResource: code, ofType: "lproj").flatMap(Bundle.init(path:))
        lock.withLock { state = State(language: tag, pseudo: pseudo, table: table) }
    }

    /// The locale for dates, times and numbers: the person's own (region, 12/24-hour
    /// choice) when it speaks the chosen language, else the chosen language in the
    /// person's region.
    public static var locale: Locale {
        let tag = language
        let current = Locale.current
        let code = baseLanguage(tag)
        if tag.lowercased().hasSuffix("-xa") || tag.lowercased().hasSuffix("-xb") { return current }
        if current.language.languageCode?.identifier == code { return current }
        if let region = current.region?.identifier, region.count == 2 { return Locale(identifier: "\(code)_\(region)") }
        return Locale(identifier: code)
    }

    /// A fixed sentence: `key` in the current language, else `english`.
    public static func tr(_ key: String, _ english: String) -> String {
        let s = lock.withLock { state }
        return finish(format(lookup(key, english, s), [], s), s)
    }

    /// A sentence with arguments (`%@`, `%lld`, `%1$@`, …) in the current language.
    public static func tr(_ key: String, _ english: String, _ args: CVarArg...) -> String {
        let s = lock.withLock { state }
        return finish(format(lookup(key, english, s), args, s), s)
    }

    /// A sentence chosen by the CLDR plural category of `count` (a whole sentence per
    /// category, never pieces). `count` is also the first argument, as `%lld`.
    public static func plural(_ key: String, _ count: Int, one: String, other: String, _ args: CVarArg...) -> String {
        let s = lock.withLock { state }
        let language = s.pseudo == nil ? baseLanguage(s.language) : "en"
        let category = pluralCategory(count, language: language)
        let english = category == "one" && count == 1 ? one : other
        let all: [CVarArg] = [Int64(count)] + args
        if let table = s.table, s.pseudo == nil {
            // Linux tables: one key per category.
            let missing = "\u{1}"
            let byCategory = table.localizedString(forKey: "\(key)#\(category)", value: missing, table: nil)
            if byCategory != missing { return format(byCategory, all, s) }
            // Xcode's compiled catalogue: a .stringsdict entry, resolved by the format.
            let compiled = table.localizedString(forKey: key, value: missing, table: nil)
            if compiled != missing {
                #if canImport(Darwin)
                return String(format: compiled, locale: locale, arguments: all)
                #endif
            }
        }
        return finish(format(english, all, s), s)
    }

    /// CLDR's cardinal category of a whole number in `language` (en, de, es: `one` for
    /// 1; es also `many` for non-zero multiples of a million; anything else `other`).
    public static func pluralCategory(_ n: Int, language: String) -> String {
        if abs(n) == 1 { return "one" }
        if language == "es", n != 0, n % 1_000_000 == 0 { return "many" }
        return "other"
    }

    // MARK: -

    private static func lookup(_ key: String, _ english: String, _ s: State) -> String {
        guard s.pseudo == nil, let table = s.table else { return english }
        return table.localizedString(forKey: key, value: english, table: nil)
    }

    private static func format(_ text: String, _ args: [CVarArg], _ s: State) -> String {
        let shaped = s.pseudo == .accented ? accentOwnText(text) : text
        guard !args.isEmpty else { return shaped }
        return String(format: shaped, locale: locale, arguments: args)
    }

    private static func finish(_ text: String, _ s: State) -> String {
        guard let pseudo = s.pseudo else { return text }
        return wrap(text, pseudo: pseudo, alreadyAccented: true)
    }

    /// The pseudo-locale's form of `text` (public for tests of the transform itself).
    public static func pseudo(_ text: String, _ pseudo: Pseudo) -> String {
        wrap(pseudo == .accented ? accentOwnText(text) : text, pseudo: pseudo, alreadyAccented: true)
    }

    private static func wrap(_ text: String, pseudo: Pseudo, alreadyAccented: Bool) -> String {
        switch pseudo {
        case .bidi:
            return "\u{202E}[\(text)]\u{202C}"
        case .accented:
            let accented = alreadyAccented ? text : accentOwnText(text)
            let pad = (accented.count * 2 + 4) / 5
            let filler = String(String(repeating: "·ŀőŕéɱ ïƥšűɱ ðőŀőŕ šïţ áɱéţ ", count: pad / 26 + 1).prefix(pad))
                .trimmingCharacters(in: .whitespaces)
            return filler.isEmpty ? "[\(accented)]" : "[\(accented) \(filler)]"
        }
    }

    /// Accents the letters of `text`, leaving format specifiers (`%@`, `%1$lld`, `%.1f`) as they are.
    static func accentOwnText(_ text: String) -> String {
        var out = ""
        var inSpec = false
        for c in text {
            if inSpec {
                out.append(c)
                if c.isLetter && c != "l" && c != "h" || c == "@" || c == "%" { inSpec = false }
                continue
            }
            if c == "%" { inSpec = true; out.append(c); continue }
            out.append(accents[c] ?? c)
        }
        return out
    }

    private static let accents: [Character: Character] = [
        "a": "á", "b": "ƀ", "c": "ç", "d": "ð", "e": "é", "f": "ƒ", "g": "ĝ", "h": "ĥ", "i": "î", "j": "ĵ",
        "k": "ķ", "l": "ļ", "m": "ɱ", "n": "ñ", "o": "ö", "p": "þ", "r": "ŕ", "s": "š", "t": "ţ", "u": "û",
        "w": "ŵ", "y": "ý", "z": "ž", "A": "Å", "C": "Ç", "D": "Ð", "E": "É", "G": "Ĝ", "H": "Ĥ", "I": "Î",
        "N": "Ñ", "O": "Ö", "S": "Š", "T": "Ţ", "U": "Û", "W": "Ŵ", "Y": "Ý",
    ]

    private static func baseLanguage(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "en")
    }
}
