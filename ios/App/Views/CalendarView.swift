import SwiftUI
import HearthCore
import HearthAppModel

/// The mood calendar: a month grid or the year in pixels, a legend, and a tap on a day
/// opens it. Each day's mood is a colour, a symbol (month) and a fill height (both), and
/// words for VoiceOver; the model decides all of them, this view only draws.
struct CalendarView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.locale) private var locale
    @Environment(\.calendar) private var calendar
    @Environment(\.dynamicTypeSize) private var typeSize
    @State private var browser: CalendarBrowser?
    @State private var days: [String: MoodDay] = [:]

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                if let browser {
                    Picker(ControlText.calendarView.title, selection: Binding(
                        get: { browser.mode }, set: { self.browser?.mode = $0 })) {
                        ForEach(CalendarBrowser.Mode.allCases, id: \.self) { Text($0.title).tag($0) }
                    }
                    .pickerStyle(.segmented)
                    .accessibilityLabel(ControlText.calendarView.accessibilityLabel)
                    header(browser)
                    if browser.mode == .month {
                        switch CalendarLayout.monthStyle(accessibilityTextSize: typeSize.isAccessibilitySize) {
                        case .grid: MonthGrid(month: browser.month, days: days, firstWeekday: calendar.firstWeekday)
                        case .list: MonthList(month: browser.month, days: days)
                        }
                    } else {
                        Text(CalendarWords.yearExplainer).font(.footnote).foregroundStyle(.secondary)
                        YearPixels(year: browser.year, days: days) { self.browser?.open($0) }
                    }
                    Legend()
                }
            }
            .padding()
        }
        .navigationTitle(ControlText.calendar.title)
        .onAppear { if browser == nil { browser = CalendarBrowser(today: model.today) } }
        .task(id: browser) { await load() }
        // A change anywhere (a check-in, an edit, a delete) shows here when we come back.
        .onChange(of: model.journalVersion) { _, _ in Task { await load() } }
    }

    private func header(_ browser: CalendarBrowser) -> some View {
        HStack {
            Button { self.browser?.back() } label: { Image(systemName: "chevron.backward") }
                .disabled(!browser.canGoBack)
                .accessibilityLabel(browser.backControl.accessibilityLabel)
            Spacer()
            Text(browser.mode == .month ? CalendarWords.monthTitle(browser.month, locale: locale) : String(browser.year))
                .font(.title2.bold())
                .accessibilityAddTraits(.isHeader)
            Spacer()
            Button { self.browser?.forward() } label: { Image(systemName: "chevron.forward") }
                .disabled(!browser.canGoForward)
                .accessibilityLabel(browser.forwardControl.accessibilityLabel)
        }
    }

    private func load() async {
        guard let browser else { return }
        let loaded = browser.mode == .month ? await model.calendar(month: browser.month)
                                            : await model.calendar(year: browser.year)
        days = Dictionary(loaded.map { ($0.day, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// A level's colour. Only drawing: the same level is also a symbol, a fill and words.
enum MoodColour {
    static func colour(_ level: Int?) -> Color {
        switch level {
        case 1: return Color(red: 0.36, green: 0.42, blue: 0.75)
        case 2: return Color(red: 0.45, green: 0.65, blue: 0.85)
        case 3: return Color(red: 0.62, green: 0.78, blue: 0.55)
        case 4: return Color(red: 0.98, green: 0.78, blue: 0.35)
        case 5: return Color(red: 0.96, green: 0.55, blue: 0.25)
        default: return .clear
        }
    }
}

/// A day's square: an outline, filled from the bottom by its level, in its colour.
struct MoodSquare: View {
    let level: Int?

    var body: some View {
        GeometryReader { geometry in
            ZStack(alignment: .bottom) {
                RoundedRectangle(cornerRadius: 3).strokeBorder(Color.secondary.opacity(0.5), lineWidth: 1)
                Rectangle()
                    .fill(MoodColour.colour(level))
                    .frame(height: geometry.size.height * CalendarWords.fill(level))
                    .clipShape(RoundedRectangle(cornerRadius: 3))
            }
        }
    }
}

/// The month as weeks, starting on the locale's first weekday.
struct MonthGrid: View {
    @Environment(AppModel.self) private var model
    @Environment(\.locale) private var locale
    let month: CalendarLayout.Month
    let days: [String: MoodDay]
    let firstWeekday: Int

    var body: some View {
        let columns = Array(repeating: GridItem(.flexible(), spacing: 4), count: 7)
        LazyVGrid(columns: columns, spacing: 4) {
            ForEach(Array(CalendarLayout.weekdayNames(firstWeekday: firstWeekday, locale: locale).enumerated()),
                    id: \.offset) { _, name in
                Text(name.short).font(.caption.bold()).accessibilityLabel(name.full)
            }
            ForEach(Array(CalendarLayout.weeks(of: month, firstWeekday: firstWeekday).joined().enumerated()),
                    id: \.offset) { _, cell in
                switch cell {
                case .blank:
                    Color.clear.accessibilityHidden(true)
                case .day(let day):
                    let mood = days[day] ?? .empty(day)
                    NavigationLink { DayView(day: day) } label: {
                        VStack(spacing: 2) {
                            Text(String(Int(day.suffix(2)) ?? 0)).font(.caption)
                            ZStack {
                                MoodSquare(level: mood.level)
                                if let symbol = CalendarWords.symbol(mood) {
                                    Image(systemName: symbol).font(.caption2)
                                }
                            }
                            .aspectRatio(1, contentMode: .fit)
                        }
                    }
                    .buttonStyle(.plain)
                    .accessibilityLabel(CalendarWords.cellLabel(mood, today: model.today, locale: locale, labels: model.moods))
                    .accessibilityHint(ControlText.openDay.hint ?? "")
                }
            }
        }
    }
}

/// The month as a list of days, for the accessibility text sizes.
struct MonthList: View {
    @Environment(AppModel.self) private var model
    @Environment(\.locale) private var locale
    let month: CalendarLayout.Month
    let days: [String: MoodDay]

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            ForEach(month.days, id: \.self) { day in
                let mood = days[day] ?? .empty(day)
                let words = CalendarWords.cellLabel(mood, today: model.today, locale: locale, labels: model.moods)
                NavigationLink { DayView(day: day) } label: {
                    HStack(spacing: 12) {
                        ZStack {
                            MoodSquare(level: mood.level)
                            if let symbol = CalendarWords.symbol(mood) { Image(systemName: symbol) }
                        }
                        .frame(width: 44, height: 44)
                        Text(words).multilineTextAlignment(.leading)
                    }
                }
                .buttonStyle(.plain)
                .accessibilityLabel(words)
                .accessibilityHint(ControlText.openDay.hint ?? "")
            }
        }
    }
}

/// The year in pixels: a column per month, a row per day of the month.
struct YearPixels: View {
    @Environment(AppModel.self) private var model
    @Environment(\.locale) private var locale
    let year: Int
    let days: [String: MoodDay]
    let openMonth: (CalendarLayout.Month) -> Void

    var body: some View {
        let names = CalendarWords.monthNames(locale: locale)
        HStack(alignment: .top, spacing: 2) {
            ForEach(Array(CalendarLayout.yearColumns(year).enumerated()), id: \.offset) { index, column in
                VStack(spacing: 2) {
                    Button(names.indices.contains(index) ? String(names[index].short.prefix(1)) : "") {
                        openMonth(column.month)
                    }
                    .font(.caption2)
                    .accessibilityLabel(names.indices.contains(index) ? names[index].full : column.month.id)
                    .accessibilityHint(ControlText.openMonth.hint ?? "")
                    ForEach(column.days, id: \.self) { day in
                        let mood = days[day] ?? .empty(day)
                        NavigationLink { DayView(day: day) } label: {
                            MoodSquare(level: mood.level).aspectRatio(1, contentMode: .fit)
                        }
                        .buttonStyle(.plain)
                        .accessibilityLabel(CalendarWords.cellLabel(mood, today: model.today, locale: locale, labels: model.moods))
                    }
                }
            }
        }
    }
}

/// What each colour means, in words, with the same symbol and fill as the cells.
struct Legend: View {
    @Environment(AppModel.self) private var model

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(CalendarWords.legendTitle).font(.headline).accessibilityAddTraits(.isHeader)
            ForEach(CalendarWords.legend(labels: model.moods)) { item in
                HStack(spacing: 8) {
                    ZStack {
                        MoodSquare(level: item.level)
                        if let symbol = item.symbol { Image(systemName: symbol).font(.caption2) }
                    }
                    .frame(width: 24, height: 24)
                    .accessibilityHidden(true)
                    Text(item.words)
                }
                .accessibilityElement(children: .combine)
            }
        }
    }
}
