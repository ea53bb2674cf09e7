import SwiftUI
import HearthCore
import HearthAppModel

/// A mood button: symbol and word together, so meaning never rests on colour.
struct MoodButton: View {
    let mood: QuickMood
    var selected = false
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            VStack(spacing: 4) {
                Image(systemName: Presentation.moodSymbol(mood.mood))
                    .font(.title2)
                    .imageScale(.large)
                Text(mood.label.capitalizedFirst)
                    .font(.caption)
                    .lineLimit(2)
                    .multilineTextAlignment(.center)
                    .minimumScaleFactor(0.8)
            }
            .frame(maxWidth: .infinity, minHeight: 64)
            .padding(.vertical, 6)
            .background(selected ? Color.accentColor.opacity(0.2) : Color.secondary.opacity(0.08),
                        in: RoundedRectangle(cornerRadius: 12))
            .overlay {
                if selected {
                    RoundedRectangle(cornerRadius: 12).strokeBorder(Color.accentColor, lineWidth: 2)
                }
            }
        }
        .buttonStyle(.plain)
        .accessibilityLabel(mood.accessibilityLabel)
        // Voice Control goes by the word on the button ("Tap Good").
        .accessibilityInputLabels(Presentation.inputLabels(for: mood).map { Text($0) })
        .accessibilityAddTraits(selected ? [.isSelected] : [])
    }
}

/// The row of five mood buttons, labels from the core.
struct MoodPicker: View {
    let moods: [QuickMood]
    var selected: Int32?
    let pick: (Int32) -> Void

    var body: some View {
        HStack(spacing: 8) {
            ForEach(moods, id: \.mood) { mood in
                MoodButton(mood: mood, selected: selected == mood.mood) { pick(mood.mood) }
            }
        }
    }
}

/// A gentle message at the top of a screen; the icon and words carry the meaning.
struct NoticeBanner: View {
    let notice: Notice
    let dismiss: () -> Void

    var body: some View {
        HStack(alignment: .top, spacing: 12) {
            Image(systemName: notice.kind == .problem ? "exclamationmark.circle" : "checkmark.circle")
                .accessibilityHidden(true)
            Text(notice.text)
                .font(.subheadline)
                .frame(maxWidth: .infinity, alignment: .leading)
            Button(action: dismiss) {
                Image(systemName: "xmark")
            }
            .accessibilityLabel("Dismiss message")
        }
        .padding()
        .background(.thinMaterial, in: RoundedRectangle(cornerRadius: 12))
        .accessibilityElement(children: .combine)
        .accessibilityLabel(notice.kind == .problem ? String(localized: "Problem: \(notice.text)") : notice.text)
    }
}

/// The core's suggestion after a run of low days: words and actions toward people.
struct SuggestionCard: View {
    let suggestion: SafetySuggestion
    let openSafety: () -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Label("A thought from Hearth", systemImage: "heart.text.square")
                .font(.headline)
            Text(suggestion.message)
                .font(.body)
            Button(action: openSafety) {
                Label(ControlText.seeSafetyPlan.title, systemImage: "person.2")
            }
            .buttonStyle(.borderedProminent)
            .accessibilityLabel(ControlText.seeSafetyPlan.accessibilityLabel)
            .accessibilityHint(ControlText.seeSafetyPlan.hint ?? "")
        }
        .padding()
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.secondary.opacity(0.08), in: RoundedRectangle(cornerRadius: 12))
    }
}

/// Call and text buttons for a phone number (crisis lines, trusted people, the plan).
struct ContactButtons: View {
    let name: String
    let phone: String?
    var sms: String? = nil
    var smsKeyword: String? = nil
    @Environment(\.openURL) private var openURL

    var body: some View {
        HStack(spacing: 12) {
            if let phone, let url = ContactLinks.call(phone) {
                Button { openURL(url) } label: {
                    Label("Call \(phone)", systemImage: "phone")
                }
                .buttonStyle(.bordered)
                .accessibilityLabel("Call \(name) on \(phone)")
            }
            if let number = sms ?? phone, let url = ContactLinks.text(number, body: smsKeyword) {
                Button { openURL(url) } label: {
                    if let keyword = smsKeyword {
                        Label("Text \(keyword) to \(number)", systemImage: "message")
                    } else {
                        Label("Text", systemImage: "message")
                    }
                }
                .buttonStyle(.bordered)
                .accessibilityLabel(smsKeyword.map { String(localized: "Text \($0) to \(name) on \(number)") }
                                    ?? String(localized: "Send a text to \(name)"))
            }
        }
        .font(.body)
    }
}
