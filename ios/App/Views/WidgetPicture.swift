import SwiftUI
import HearthCore
import HearthAppModel

/// A drawing of Hearth's home-screen widget with the core's real five moods (symbol and
/// word, as the widget draws them), for the first run and Settings' "Add the widget".
/// One picture to VoiceOver, described in words by the model.
struct WidgetPicture: View {
    let moods: [QuickMood]

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Text(LockCopy.quietWidgetTitle)
                .font(.footnote)
            HStack(spacing: 6) {
                ForEach(moods, id: \.mood) { mood in
                    VStack(spacing: 2) {
                        Image(systemName: Presentation.moodSymbol(mood.mood))
                            .imageScale(.large)
                        Text(mood.label)
                            .font(.caption2)
                            .lineLimit(1)
                            .minimumScaleFactor(0.6)
                    }
                    .frame(maxWidth: .infinity, minHeight: 44)
                    .background(Color.secondary.opacity(0.12), in: RoundedRectangle(cornerRadius: 8))
                }
            }
        }
        .padding(14)
        .frame(maxWidth: 360)
        .background(.background.secondary, in: RoundedRectangle(cornerRadius: 22))
        .overlay(RoundedRectangle(cornerRadius: 22).strokeBorder(Color.secondary.opacity(0.3)))
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(FirstRunCopy.widgetPictureDescription(moods: moods))
        .accessibilityAddTraits(.isImage)
    }
}
