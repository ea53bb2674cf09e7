import Foundation
import HearthCore

/// Text for entries and moods, so every screen says things the same way and VoiceOver
/// hears the same as what is shown.
public enum Presentation {
    /// The word for a mood, from the core's quick-mood labels when known.
    public static func moodWord(_ mood: Int32, labels: [QuickMood]) -> String {
        labels.first { $0.mood == mood }?.label ?? "mood \(mood)"
    }

    /// e.g. "Good, 4 of 5".
    public static func moodDescription(_ mood: Int32, labels: [QuickMood]) -> String {
        "\(moodWord(mood, labels: labels).capitalizedFirst), \(mood) of 5"
    }

    /// The names Voice Control accepts for a mood button: first the word shown on it,
    /// then the core's longer VoiceOver label.
    public static func inputLabels(for mood: QuickMood) -> [String] {
        let shown = mood.label.capitalizedFirst
        return mood.accessibilityLabel == shown ? [shown] : [shown, mood.accessibilityLabel]
    }

    /// An SF Symbol per mood, always shown next to words (never colour alone).
    public static func moodSymbol(_ mood: Int32) -> String {
        switch mood {
        case ...1: return "cloud.rain"
        case 2: return "cloud"
        case 3: return "cloud.sun"
        case 4: return "sun.max"
        default: return "sun.max.fill"
        }
    }

    public static func id(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return c.id
        case .reflection(let r): return r.id
        case .thought(let t): return t.id
        case .assessment(let a): return a.id
        }
    }

    /// Local day of an entry, in the offset it was written in.
    public static func day(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return EntryTime.day(c.at, utcOffsetSeconds: c.utcOffsetSeconds)
        case .reflection(let r): return EntryTime.day(r.at, utcOffsetSeconds: r.utcOffsetSeconds)
        case .thought(let t): return EntryTime.day(t.at, utcOffsetSeconds: t.utcOffsetSeconds)
        case .assessment(let a): return EntryTime.day(a.at, utcOffsetSeconds: a.utcOffsetSeconds)
        }
    }

    /// The instant an entry happened (for ordering entries of any kind).
    public static func instant(of entry: Entry) -> Date {
        switch entry {
        case .checkIn(let c): return c.at
        case .reflection(let r): return r.at
        case .thought(let t): return t.at
        case .assessment(let a): return a.at
        }
    }

    /// Check-ins, reflections and thought records can be edited; a questionnaire is
    /// scored as answered, so it is kept as it was (delete it and answer again instead).
    public static func isEditable(_ entry: Entry) -> Bool {
        if case .assessment = entry { return false }
        return true
    }

    /// "check-in", "reflection", "thought record" or "questionnaire", for sentences.
    public static func kindWord(of entry: Entry) -> String {
        switch entry {
        case .checkIn: return "check-in"
        case .reflection: return "reflection"
        case .thought: return "thought record"
        case .assessment: return "questionnaire"
        }
    }

    public static func time(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return EntryTime.clock(c.at, utcOffsetSeconds: c.utcOffsetSeconds)
        case .reflection(let r): return EntryTime.clock(r.at, utcOffsetSeconds: r.utcOffsetSeconds)
        case .thought(let t): return EntryTime.clock(t.at, utcOffsetSeconds: t.utcOffsetSeconds)
        case .assessment(let a): return EntryTime.clock(a.at, utcOffsetSeconds: a.utcOffsetSeconds)
        }
    }

    public static func title(of entry: Entry, labels: [QuickMood]) -> String {
        switch entry {
        case .checkIn(let c): return "Check-in: \(moodDescription(c.mood, labels: labels))"
        case .reflection: return "Reflection"
        case .thought: return "Thought record"
        case .assessment(let a): return questionnaire(instrument: a.instrument).title
        }
    }

    public static func detail(of entry: Entry) -> String? {
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

    /// Today's line under the mood buttons, e.g. "You've checked in twice today; last at
    /// 10:00: good." Nil before a check-in today. A plain count, never a streak.
    public static func todaySummary(_ s: WidgetSnapshot) -> String? {
        guard s.checkedInToday else { return nil }
        let times = s.countToday == 1 ? "once" : "\(s.countToday) times"
        var text = "You've checked in \(times) today"
        if let mood = s.lastMood, let time = s.lastTime {
            text += "; last at \(time): \(moodWord(mood, labels: s.quickMoods))"
        }
        return text + "."
    }

    /// The widget's "Checked in at 10:00" line: the same words are shown and spoken,
    /// so Voice Control and VoiceOver hear what is on screen. Nil before a check-in today.
    public static func checkedInLine(_ s: WidgetSnapshot) -> String? {
        guard s.checkedInToday, let time = s.lastTime else { return nil }
        let mood = s.lastMood.map { ", " + moodWord($0, labels: s.quickMoods) } ?? ""
        return "Checked in at \(time)\(mood)"
    }

    /// One sentence for VoiceOver: kind, time, and content.
    public static func accessibilityText(of entry: Entry, labels: [QuickMood]) -> String {
        [title(of: entry, labels: labels), "at \(time(of: entry))", detail(of: entry)]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// The entries of one local day.
    public struct DayGroup: Identifiable {
        public var id: String { day }
        public let day: String
        public let entries: [Entry]
    }

    /// Groups entries (newest first) by local day, newest day first.
    public static func byDay(_ entries: [Entry]) -> [DayGroup] {
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
    public static func dayHeading(_ day: String, today: String?) -> String {
        if day == today { return "Today" }
        guard let date = LocalDay.date(from: day) else { return day }
        let f = DateFormatter()
        f.dateStyle = .full
        f.timeStyle = .none
        return f.string(from: date)
    }
}

public extension String {
    /// "good" → "Good".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
