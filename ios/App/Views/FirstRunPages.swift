import SwiftUI
import HearthCore
import HearthAppModel

/// Screen 1: what Hearth is and isn't. Also Settings → Getting started → What Hearth is.
struct WelcomePage: View {
    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(FirstRunCopy.welcomeTitle)
                .font(.largeTitle.bold())
                .accessibilityAddTraits(.isHeader)
            ForEach(FirstRunCopy.welcomeBody, id: \.self) { paragraph in
                Text(paragraph)
                    .font(.body)
                    .fixedSize(horizontal: false, vertical: true)
            }
        }
    }
}

/// Screen 2: how to add the widget, with a picture of it. Also in Settings.
struct WidgetHowToPage: View {
    @Environment(AppModel.self) private var model

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(FirstRunCopy.widgetTitle)
                .font(.title.bold())
                .accessibilityAddTraits(.isHeader)
            Text(FirstRunCopy.widgetIntro)
                .fixedSize(horizontal: false, vertical: true)
            WidgetPicture(moods: model.moods)
                .frame(maxWidth: .infinity)
            ForEach(Array(FirstRunCopy.widgetSteps.enumerated()), id: \.offset) { index, step in
                // The number is drawn and spoken with the step, never a colour.
                Label {
                    Text(step).fixedSize(horizontal: false, vertical: true)
                } icon: {
                    Image(systemName: "\(index + 1).circle")
                }
            }
            Text(FirstRunCopy.widgetElsewhere)
                .font(.callout)
                .foregroundStyle(.secondary)
                .fixedSize(horizontal: false, vertical: true)
        }
    }
}

/// Screen 3: a reminder (off until chosen), the lock offer (#19's card, asked once), and
/// the safety plan and trusted people, as optional.
struct ChoicesPage: View {
    @Environment(AppModel.self) private var model
    @State private var showPlan = false
    @State private var showPeople = false

    var body: some View {
        VStack(alignment: .leading, spacing: 24) {
            Text(FirstRunCopy.choicesTitle)
                .font(.title.bold())
                .accessibilityAddTraits(.isHeader)
            ReminderQuestion()
            if model.firstRun?.offersLock == true {
                LockOfferCard()
            }
            VStack(alignment: .leading, spacing: 10) {
                Label(FirstRunCopy.safetyTitle, systemImage: "heart.text.square")
                    .font(.headline)
                Text(FirstRunCopy.safetyBody)
                    .fixedSize(horizontal: false, vertical: true)
                Button(ControlText.writeSafetyPlan.title) { showPlan = true }
                    .buttonStyle(.bordered)
                    .accessibilityLabel(ControlText.writeSafetyPlan.accessibilityLabel)
                Button(ControlText.addTrustedPeople.title) { showPeople = true }
                    .buttonStyle(.bordered)
                    .accessibilityLabel(ControlText.addTrustedPeople.accessibilityLabel)
                    .accessibilityHint(ControlText.addTrustedPeople.hint ?? "")
            }
        }
        .sheet(isPresented: $showPlan) {
            NavigationStack { SafetyPlanView() }
        }
        .sheet(isPresented: $showPeople) {
            NavigationStack { TrustedPeopleView() }
        }
    }
}

/// "Would you like one gentle reminder a day?" with a time; once answered, what will
/// happen, in words.
struct ReminderQuestion: View {
    @Environment(AppModel.self) private var model
    @State private var time = ClockTime.date("20:00") ?? Date()

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Label(FirstRunCopy.reminderQuestion, systemImage: "bell")
                .font(.headline)
            if let answer = model.firstRun?.reminders {
                Text(FirstRunCopy.reminderAnswer(answer, time: answer == .on ? ClockTime.string(time) : nil))
                    .fixedSize(horizontal: false, vertical: true)
            } else {
                Text(FirstRunCopy.reminderBody)
                    .fixedSize(horizontal: false, vertical: true)
                DatePicker(ControlText.reminderTime.title, selection: $time, displayedComponents: .hourAndMinute)
                    .accessibilityLabel(ControlText.reminderTime.accessibilityLabel)
                // Stacked, so the two answers fit side by side or not at the largest text sizes.
                ViewThatFits {
                    HStack { answers }
                    VStack(alignment: .leading) { answers }
                }
            }
        }
        .onAppear {
            if let suggested = model.suggestedReminderTime.flatMap({ ClockTime.date($0) }) { time = suggested }
        }
    }

    @ViewBuilder
    private var answers: some View {
        Button(ControlText.remindMe.title) {
            Task { await model.chooseReminder(at: ClockTime.string(time)) }
        }
        .buttonStyle(.borderedProminent)
        .accessibilityLabel(ControlText.remindMe.accessibilityLabel)
        .accessibilityHint(ControlText.remindMe.hint ?? "")
        Button(ControlText.noReminders.title) {
            Task { await model.chooseReminder(at: nil) }
        }
        .buttonStyle(.bordered)
        .accessibilityLabel(ControlText.noReminders.accessibilityLabel)
        .accessibilityHint(ControlText.noReminders.hint ?? "")
    }
}
