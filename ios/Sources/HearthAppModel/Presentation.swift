import Foundation
import HearthCore

/// Text for entries and moods, so every screen says things the same way and VoiceOver
/// hears the same as what is shown.
public enum Presentation {
    /// The word for a mood, from the core's quick-mood labels when known.
    public static func moodWord(_ mood: Int32, labels: [QuickMood]) -> String {
        labels.first { $0.mood == mood }?.label ?? L10n.tr("presentation.moodNumber", "mood %lld", Int64(mood))
    }

    /// e.g. "Good, 4 of 5".
    public static func moodDescription(_ mood: Int32, labels: [QuickMood]) -> String {
        L10n.tr("presentation.moodDescription", "%1$@, %2$lld of 5", moodWord(mood, labels: labels).capitalizedFirst, Int64(mood))
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
        case .checkIn: return L10n.tr("presentation.kind.checkIn", "check-in")
        case .reflection: return L10n.tr("presentation.kind.reflection", "reflection")
        case .thought: return L10n.tr("presentation.kind.thought", "thought record")
        case .assessment: return L10n.tr("presentation.kind.assessment", "questionnaire")
        }
    }

    /// The entry's wall-clock time, in the locale's 12- or 24-hour clock.
    public static func time(of entry: Entry) -> String {
        ClockTime.display(clock(of: entry))
    }

    /// "HH:MM" of an entry in the offset it was written in.
    static func clock(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return EntryTime.clock(c.at, utcOffsetSeconds: c.utcOffsetSeconds)
        case .reflection(let r): return EntryTime.clock(r.at, utcOffsetSeconds: r.utcOffsetSeconds)
        case .thought(let t): return EntryTime.clock(t.at, utcOffsetSeconds: t.utcOffsetSeconds)
        case .assessment(let a): return EntryTime.clock(a.at, utcOffsetSeconds: a.utcOffsetSeconds)
        }
    }

    public static func title(of entry: Entry, labels: [QuickMood]) -> String {
        switch entry {
        case .checkIn(let c): return L10n.tr("presentation.title.checkIn", "Check-in: %@", moodDescription(c.mood, labels: labels))
        case .reflection: return L10n.tr("presentation.title.reflection", "Reflection")
        case .thought: return L10n.tr("presentation.title.thought", "Thought record")
        case .assessment(let a): return questionnaire(instrument: a.instrument).title
        }
    }

    public static func detail(of entry: Entry) -> String? {
        switch entry {
        case .checkIn(let c):
            let parts = [c.emotions.map(emotionWord).joined(separator: ", "), c.tags.map { "#" + tagWord($0) }.joined(separator: " "),
                         c.connected ? L10n.tr("presentation.connected", "connected with someone") : "", c.note ?? ""]
            let text = parts.filter { !$0.isEmpty }.joined(separator: " · ")
            return text.isEmpty ? nil : text
        case .reflection(let r):
            return [r.promptText, r.text].compactMap { $0 }.joined(separator: "\n")
        case .thought(let t):
            return [t.situation, t.balancedThought].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: " → ")
        case .assessment(let a):
            return L10n.tr("presentation.assessmentDetail", "%1$lld of %2$lld. %3$@", Int64(a.score), Int64(a.maxScore), a.summary)
        }
    }

    /// Today's line under the mood buttons, e.g. "You've checked in twice today; last at
    /// 10:00: good." Nil before a check-in today. A plain count, never a streak.
    public static func todaySummary(_ s: WidgetSnapshot) -> String? {
        guard s.checkedInToday else { return nil }
        // "Once" is its own sentence (not a plural form: CLDR's "one" also covers 21 in
        // some languages); any other count chooses its plural form.
        let count = Int(s.countToday)
        if let mood = s.lastMood, let time = s.lastTime {
            let time = ClockTime.display(time), word = moodWord(mood, labels: s.quickMoods)
            if count == 1 {
                return L10n.tr("presentation.todaySummaryOnceLast", "You've checked in once today; last at %1$@: %2$@.", time, word)
            }
            return L10n.plural("presentation.todaySummaryLast", count,
                               one: "You've checked in %1$lld time today; last at %2$@: %3$@.",
                               other: "You've checked in %1$lld times today; last at %2$@: %3$@.", time, word)
        }
        if count == 1 { return L10n.tr("presentation.todaySummaryOnce", "You've checked in once today.") }
        return L10n.plural("presentation.todaySummary", count,
                           one: "You've checked in %lld time today.", other: "You've checked in %lld times today.")
    }

    /// The widget's "Checked in at 10:00" line: the same words are shown and spoken,
    /// so Voice Control and VoiceOver hear what is on screen. Nil before a check-in today.
    public static func checkedInLine(_ s: WidgetSnapshot) -> String? {
        guard s.checkedInToday, let time = s.lastTime else { return nil }
        guard let mood = s.lastMood else { return L10n.tr("presentation.checkedInAt", "Checked in at %@", ClockTime.display(time)) }
        return L10n.tr("presentation.checkedInAtMood", "Checked in at %1$@, %2$@", ClockTime.display(time), moodWord(mood, labels: s.quickMoods))
    }

    /// One sentence for VoiceOver: kind, time, and content.
    public static func accessibilityText(of entry: Entry, labels: [QuickMood]) -> String {
        let title = title(of: entry, labels: labels), time = time(of: entry)
        guard let detail = detail(of: entry) else {
            return L10n.tr("presentation.accessibility", "%1$@, at %2$@", title, time)
        }
        return L10n.tr("presentation.accessibilityDetail", "%1$@, at %2$@, %3$@", title, time, detail)
    }

    /// How a stored emotion reads: a built-in (stored by its English id) in the reader's
    /// language, the person's own as written. The core decides which is which.
    public static func emotionWord(_ name: String) -> String { emotionLabel(name: name) }

    /// How a stored tag reads: a default tag in the reader's language, the person's own
    /// (or a renamed default) as written.
    public static func tagWord(_ name: String) -> String { tagLabel(name: name) }

    /// What a choice chip is: an emotion or a tag.
    public enum ChipKind: Sendable { case emotion, tag }

    /// A chip's word (the stored name, shown in the reader's language).
    public static func chipWord(_ name: String, _ kind: ChipKind) -> String {
        kind == .emotion ? emotionWord(name) : tagWord(name)
    }

    /// A chip's VoiceOver label: its word and what it is, e.g. "worried, emotion".
    public static func chipLabel(_ name: String, _ kind: ChipKind) -> String {
        switch kind {
        case .emotion: return L10n.tr("presentation.chip.emotion", "%@, emotion", chipWord(name, kind))
        case .tag: return L10n.tr("presentation.chip.tag", "%@, tag", chipWord(name, kind))
        }
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
        if day == today { return L10n.tr("presentation.today", "Today") }
        guard let date = LocalDay.date(from: day) else { return day }
        let f = DateFormatter()
        f.locale = L10n.locale
        f.dateStyle = .full
        f.timeStyle = .none
        return f.string(from: date)
    }
}

public extension String {
    /// "good" → "Good".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
