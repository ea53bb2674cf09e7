import Foundation
import HearthCore

/// History back to the first entry, search, edit, and delete with confirmation.
extension AppModel {
    /// Starts the history afresh at the newest page.
    public func loadHistory() async {
        historyOldestDay = nil
        historyHasMore = true
        history = []
        await loadOlderHistory()
    }

    /// Appends the next older page (no-op once everything is loaded).
    public func loadOlderHistory() async {
        guard historyHasMore else { return }
        let before = historyOldestDay
        let today = self.today
        guard let page = await with({ try HistoryPaging.page(before: before, today: today, in: $0) }) else { return }
        history += page.entries
        historyOldestDay = page.from
        historyHasMore = page.hasMore
    }

    /// Entries whose text contains `query`; an empty query ends the search.
    public func search(_ query: String) async {
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else {
            searchResults = nil
            return
        }
        if let found = await with({ try $0.search(query: query) }) { searchResults = found }
    }

    /// Replaces a check-in's contents (mood, note, …), keeping its id.
    @discardableResult
    public func updateCheckIn(id: String, _ input: CheckInInput) async -> CheckIn? {
        guard let saved = await with({ try $0.updateCheckin(id: id, input: input) }) else { return nil }
        replaceEverywhere(id: id, with: .checkIn(checkin: saved))
        await afterWrite(Copy.checkInUpdated)
        return saved
    }

    /// Asks to delete `entry`: nothing is deleted until `confirmDelete()`.
    public func requestDelete(_ entry: Entry) {
        pendingDeletion = entry
    }

    /// The person changed their mind.
    public func cancelDelete() {
        pendingDeletion = nil
    }

    /// Deletes the entry waiting for confirmation.
    public func confirmDelete() async {
        guard let entry = pendingDeletion else { return }
        pendingDeletion = nil
        let id = Presentation.id(of: entry)
        guard await with({ try $0.deleteEntry(id: id) }) != nil else { return }
        replaceEverywhere(id: id, with: nil)
        await afterWrite(Copy.entryDeleted)
    }

    private func replaceEverywhere(id: String, with entry: Entry?) {
        func swap(_ list: [Entry]) -> [Entry] {
            list.compactMap { Presentation.id(of: $0) == id ? entry : $0 }
        }
        history = swap(history)
        searchResults = searchResults.map(swap)
    }
}
