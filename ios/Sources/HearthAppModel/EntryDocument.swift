import Foundation

/// One entry of the core's JSON export, cut out byte for byte, as a one-entry export
/// document. Importing that document puts the entry back exactly as it was (the core's
/// import matches by id and creates a missing one), which is how a deletion is undone:
/// same id, time, offset, source and content, with no field rebuilt by the shell.
///
/// The entry is cut out of the export text rather than decoded and encoded again, so
/// nothing about it (a number's spelling, a boolean, an escaped character) can change
/// on the way.
public enum EntryDocument {
    /// The one-entry document for the entry `id` in `export` (the core's `exportJson`),
    /// or nil when the export has no such entry or can't be read.
    public static func extract(id: String, from export: String) -> String? {
        let bytes = Array(export.utf8)
        guard let root = JSONSlices.firstValue(in: bytes), bytes[root.lowerBound] == UInt8(ascii: "{") else { return nil }
        let members = JSONSlices.members(of: bytes, object: root)
        guard let format = members["format"], let version = members["version"],
              let entries = members["entries"] else { return nil }
        // The export lists entries oldest first and people mostly delete recent ones.
        for element in JSONSlices.elements(of: bytes, array: entries).reversed() {
            let slice = Data(bytes[element])
            guard let object = try? JSONSerialization.jsonObject(with: slice) as? [String: Any],
                  object["id"] as? String == id else { continue }
            func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            return "{\"format\": \(text(format)), \"version\": \(text(version)), \"entries\": [\(text(element))]}\n"
        }
        return nil
    }
}

/// Finds where JSON values begin and end in UTF-8 bytes, without decoding them. Assumes
/// well-formed JSON (the core wrote it); on anything else it returns what it could find.
enum JSONSlices {
    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let openers: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "[")]
    private static let closers: Set<UInt8> = [UInt8(ascii: "}"), UInt8(ascii: "]")]
    private static let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]

    /// The first value in `bytes`.
    static func firstValue(in bytes: [UInt8]) -> Range<Int>? {
        let start = skipSpace(bytes, from: 0)
        guard start < bytes.count else { return nil }
        return start..<valueEnd(bytes, from: start)
    }

    /// An object's members: key → the range of its value.
    static func members(of bytes: [UInt8], object: Range<Int>) -> [String: Range<Int>] {
        var out: [String: Range<Int>] = [:]
        var i = object.lowerBound + 1
        while true {
            i = skipSpace(bytes, from: i)
            guard i < object.upperBound, bytes[i] == quote else { return out }
            let keyEnd = valueEnd(bytes, from: i)
            let key = (try? JSONSerialization.jsonObject(with: Data(bytes[i..<keyEnd]), options: .fragmentsAllowed)) as? String
            i = skipSpace(bytes, from: keyEnd)
            guard i < object.upperBound, bytes[i] == UInt8(ascii: ":") else { return out }
            let valueStart = skipSpace(bytes, from: i + 1)
            let end = valueEnd(bytes, from: valueStart)
            if let key { out[key] = valueStart..<end }
            i = skipSpace(bytes, from: end)
            guard i < object.upperBound, bytes[i] == UInt8(ascii: ",") else { return out }
            i += 1
        }
    }

    /// An array's elements, in order.
    static func elements(of bytes: [UInt8], array: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = array.lowerBound + 1
        while true {
            i = skipSpace(bytes, from: i)
            guard i < array.upperBound - 1 else { return out }
            let end = valueEnd(bytes, from: i)
            out.append(i..<end)
            i = skipSpace(bytes, from: end)
            guard i < array.upperBound, bytes[i] == UInt8(ascii: ",") else { return out }
            i += 1
        }
    }

    private static func skipSpace(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, space.contains(bytes[i]) { i += 1 }
        return i
    }

    /// The index just past the value that starts at `start`.
    private static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start, depth = 0, inString = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == backslash { i += 1 } else if b == quote {
                    inString = false
                    if depth == 0 { return i + 1 }
                }
            } else if b == quote {
                inString = true
            } else if openers.contains(b) {
                depth += 1
            } else if closers.contains(b) {
                if depth == 0 { return i } // a scalar ends where its container does
                depth -= 1
                if depth == 0 { return i + 1 }
            } else if depth == 0 && (b == UInt8(ascii: ",") || space.contains(b)) {
                return i
            }
            i += 1
        }
        return i
    }
}
