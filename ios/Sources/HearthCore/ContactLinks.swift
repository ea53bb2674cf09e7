import Foundation

/// `tel:` and `sms:` links for one-tap calls and texts (crisis lines, trusted people,
/// the safety plan). Opening them is the shell's `openURL`; nothing here dials.
public enum ContactLinks {
    /// A `tel:` URL for `phone`, keeping digits and a leading `+` (the Phone app refuses
    /// links containing `*` or `#`). Nil when there is nothing to dial.
    public static func call(_ phone: String) -> URL? {
        let number = dialable(phone)
        guard number.contains(where: \.isNumber) else { return nil }
        return URL(string: "tel:\(number)")
    }

    /// An `sms:` URL for `number`, with `body` (e.g. a crisis line's keyword) pre-filled.
    /// iOS reads the body from `&body=`.
    public static func text(_ number: String, body: String? = nil) -> URL? {
        let digits = dialable(number)
        guard digits.contains(where: \.isNumber) else { return nil }
        guard let body = body?.trimmingCharacters(in: .whitespacesAndNewlines), !body.isEmpty,
              let encoded = body.addingPercentEncoding(withAllowedCharacters: bodyAllowed)
        else { return URL(string: "sms:\(digits)") }
        return URL(string: "sms:\(digits)&body=\(encoded)")
    }

    private static let bodyAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    private static func dialable(_ raw: String) -> String {
        var out = ""
        for ch in raw.trimmingCharacters(in: .whitespacesAndNewlines) {
            if ch.isASCII && ch.isNumber { out.append(ch) }
            else if ch == "+" && out.isEmpty { out.append(ch) }
        }
        return out
    }
}
