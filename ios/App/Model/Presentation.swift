import Foundation
import HearthCore

/// Text for entries and moods, so every screen says things the same way and VoiceOver
/// hears the same as what is shown.
enum Presentation {
    /// The word for a mood, from the core's quick-mood labels when known.
    static func moodWord(_ mood: Int32, labels: [QuickMood]) -> String {
        labels.first { $0.mood == mood }?.label ?? "mood \(mood)"
    }

    /// e.g. "Good, 4 of 5".
    static func moodDescription(_ mood: Int32, labels: [QuickMood]) -> String {
        "\(moodWord(mood, labels: labels).capitalizedFirst), \(mood) of 5"
    }

    /// An SF Symbol per mood, always shown next to words (never colour alone).
    static func moodSymbol(_ mood: Int32) -> String {
        switch mood {
        case ...1: return "cloud.rain"
        case 2: return "cloud"
        case 3: return "cloud.sun"
        case 4: return "sun.max"
        default: return "sun.max.fill"
        }
    }

    static func id(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return c.id
        case .reflection(let r): return r.id
        case .thought(let t): return t.id
        case .assessment(let a): return a.id
        }
    }

    /// Local day of an entry, in the offset it was written in.
    static func day(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return EntryTime.day(c.at, utcOffsetSeconds: c.utcOffsetSeconds)
        case .reflection(let r): return EntryTime.day(r.at, utcOffsetSeconds: r.utcOffsetSeconds)
        case .thought(let t): return EntryTime.day(t.at, utcOffsetSeconds: t.utcOffsetSeconds)
        case .assessment(let a): return EntryTime.day(a.at, utcOffsetSeconds: a.utcOffsetSeconds)
        }
    }

    static func time(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return EntryTime.clock(c.at, utcOffsetSeconds: c.utcOffsetSeconds)
        case .reflection(let r): return EntryTime.clock(r.at, utcOffsetSeconds: r.utcOffsetSeconds)
        case .thought(let t): return EntryTime.clock(t.at, utcOffsetSeconds: t.utcOffsetSeconds)
        case .assessment(let a): return EntryTime.clock(a.at, utcOffsetSeconds: a.utcOffsetSeconds)
        }
    }

    static func title(of entry: Entry, labels: [QuickMood]) -> String {
        switch entry {
        case .checkIn(let c): return "Check-in: \(moodDescription(c.mood, labels: labels))"
        case .reflection: return "Reflection"
        case .thought: return "Thought record"
        case .assessment(let a): return questionnaire(instrument: a.instrument).title
        }
    }

    static func detail(of entry: Entry) -> String? {
        switch entry {
        case .checkIn(let c):
            let parts = [c.emotions.joined(separator: ", "), c.tags.map { "#\($0)" }.joined(separator: " "),
                         c.connected ? "connected with someone" : "", c.note ?? ""]
            let text = parts.filter { !$0.isEmpty }.joined(separator: " · ")
            return text.isEmpty ? nil : text
        case .reflection(let r):
            return [r.promptText, r.text].compactMap { $0 }.joined(separator: "\n")
        case .thought(let t):
            return [t.situation, t.balancedThought].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: " → ")
        case .assessment(let a):
            return "\(a.score) of \(a.maxScore). \(a.summary)"
        }
    }

    /// One sentence for VoiceOver: kind, time, and content.
    static func accessibilityText(of entry: Entry, labels: [QuickMood]) -> String {
        [title(of: entry, labels: labels), "at \(time(of: entry))", detail(of: entry)]
            .compactMap { $0 }.joined(separator: ", ")
    }

    struct DayGroup: Identifiable {
        var id: String { day }
        let day: String
        let entries: [Entry]
    }

    /// Groups entries (newest first) by local day, newest day first.
    static func byDay(_ entries: [Entry]) -> [DayGroup] {
        var order: [String] = []
        var groups: [String: [Entry]] = [:]
        for entry in entries {
            let day = day(of: entry)
            if groups[day] == nil { order.append(day) }
            groups[day, default: []].append(entry)
        }
        return order.map { DayGroup(day: $0, entries: groups[$0] ?? []) }
    }

    /// A readable heading for "YYYY-MM-DD".
    static func dayHeading(_ day: String, today: String?) -> String {
        if day == today { return "Today" }
        guard let date = LocalDay.date(from: day) else { return day }
        let f = DateFormatter()
        f.dateStyle = .full
        f.timeStyle = .none
        return f.string(from: date)
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
