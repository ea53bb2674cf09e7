import Foundation
import HearthCore

/// History back to the first entry, search, edit, and delete with confirmation.
extension AppModel {
    /// Entries per page of history: a screenful or two, one index read in the core.
    public static let historyPageSize: UInt32 = 50

    /// Starts the history afresh at the newest page.
    public func loadHistory() async {
        historyCursor = nil
        historyHasMore = true
        history = []
        await loadOlderHistory()
    }

    /// Appends the next older page (no-op once everything is loaded), from the core's
    /// cursor: each entry once, however long the breaks between them.
    public func loadOlderHistory() async {
        guard historyHasMore else { return }
        let before = historyCursor
        guard let page = await with({ try $0.historyPage(before: before, limit: Self.historyPageSize) }) else { return }
        history += page.entries
        historyCursor = page.next
        historyHasMore = page.next != nil
    }

    /// Entries whose text contains `query`; an empty query ends the search.
    public func search(_ query: String) async {
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else {
            searchResults = nil
            lastSearch = nil
            return
        }
        lastSearch = query
        if let found = await with({ try $0.search(query: query) }) { searchResults = found }
    }

    /// Replaces a check-in's contents (mood, note, …), keeping its id.
    @discardableResult
    public func updateCheckIn(id: String, _ input: CheckInInput) async -> CheckIn? {
        formProblem = nil
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

    /// Deletes the entry waiting for confirmation, keeping an exact copy for a short
    /// undo (`undoableDeletion`, `DeletedEntry.undoSeconds`). The copy is the entry's
    /// own record from the core's export, held in memory only.
    public func confirmDelete() async {
        guard let entry = pendingDeletion else { return }
        pendingDeletion = nil
        let id = Presentation.id(of: entry)
        // One store call: the copy is taken and the entry deleted without anything in between.
        guard let copy = await with({ hearth -> String? in
            let copy = EntryDocument.extract(id: id, from: try hearth.exportJson())
            try hearth.deleteEntry(id: id)
            return copy
        }) else { return }
        replaceEverywhere(id: id, with: nil)
        undoableDeletion = copy.map {
            DeletedEntry(entry: entry, document: $0, until: now().addingTimeInterval(DeletedEntry.undoSeconds))
        }
        await afterWrite(copy == nil ? Copy.entryDeleted : Copy.entryDeletedUndoable)
    }

    /// Brings the entry just deleted back exactly as it was (same id, time and content),
    /// while the undo lasts. False once it has passed or when nothing was deleted.
    @discardableResult
    public func undoDelete() async -> Bool {
        guard let deleted = undoableDeletion else { return false }
        undoableDeletion = nil
        guard now() <= deleted.until else { return false }
        let document = deleted.document
        guard await with({ try $0.importJson(json: document) }) != nil else { return false }
        history = Self.inserting(deleted.entry, into: history, complete: !historyHasMore)
        if searchResults != nil, let query = lastSearch { await search(query) }
        await afterWrite(Copy.entryRestored)
        return true
    }

    /// The undo's time is up (the view calls this when it hides the undo button); the
    /// copy of the entry is dropped from memory.
    public func dismissUndo() {
        undoableDeletion = nil
    }

    /// `entry` put back into `list` (newest first, as the core pages: by local day, then
    /// instant, then id) if it belongs within what is loaded: anywhere once everything is
    /// (`complete`), otherwise only above the oldest loaded entry, since a later page
    /// brings the rest (and would bring it twice).
    static func inserting(_ entry: Entry, into list: [Entry], complete: Bool) -> [Entry] {
        func key(_ e: Entry) -> (String, Date, String) { (Presentation.day(of: e), Presentation.instant(of: e), Presentation.id(of: e)) }
        let k = key(entry)
        if !complete, let oldest = list.last.map(key), !(k > oldest) { return list }
        if !complete && list.isEmpty { return list }
        var list = list
        list.insert(entry, at: list.firstIndex { key($0) < k } ?? list.endIndex)
        return list
    }

    func replaceEverywhere(id: String, with entry: Entry?) {
        func swap(_ list: [Entry]) -> [Entry] {
            list.compactMap { Presentation.id(of: $0) == id ? entry : $0 }
        }
        history = swap(history)
        searchResults = searchResults.map(swap)
    }
}
