package app.hearth.ui

import android.app.Activity
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.os.SystemClock
import android.view.View
import android.text.InputType
import android.widget.EditText
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.EntryDocument
import app.hearth.logic.EntryText
import app.hearth.logic.UndoWindow
import app.hearth.reminders.ReminderScheduler
import java.time.LocalDate
import uniffi.hearth.Entry
import uniffi.hearth.QuickMood

/**
 * Today and history: every kind of entry by local day, newest first, a month at a time,
 * with search. Entries can be opened for editing (check-ins) or deleted after a question;
 * for [UndoWindow.MILLIS] after a deletion "Undo" brings the entry back exactly (its record
 * is cut out of the core's export before deleting, [EntryDocument], and imported again).
 */
class HistoryActivity : Activity() {
    private lateinit var form: Form
    private lateinit var search: EditText
    private var days = PAGE_DAYS
    private var query: String? = null

    /** The entry just deleted, while it can still come back (memory only). */
    private var undo: UndoWindow? = null
    private val undoViews = mutableListOf<View>()
    private val handler = Handler(Looper.getMainLooper())
    private val closeUndo = Runnable { closeUndo() }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form = Form(this)
        form.show()
    }

    override fun onResume() {
        super.onResume()
        load()
    }

    private fun load() {
        val q = query
        val today = Nav.todayDate()
        val from = today.minusDays((days - 1).toLong())
        async({
            Stores.use(this) { h ->
                val moods = h.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId()).quickMoods
                val entries = if (q != null) h.search(q) else h.listEntries(from.toString(), today.toString())
                moods to entries
            }
        }) { r ->
            r.onSuccess { (moods, entries) -> draw(moods, entries, from) }
            r.onFailure { form.clear(); form.text(errorText(it)) }
        }
    }

    private fun draw(moods: List<QuickMood>, entries: List<Entry>, from: LocalDate) {
        val f = form
        f.clear()
        f.heading(getString(R.string.history_title))
        undoViews.clear()
        undo?.takeIf { it.isOpen(SystemClock.elapsedRealtime()) }?.let { u ->
            undoViews += f.text(getString(R.string.history_deleted_line))
            undoViews += f.button(getString(R.string.history_undo), getString(R.string.history_undo_description)) { undo(u) }
        }
        search = f.field(getString(R.string.history_search), value = query.orEmpty(), inputType = InputType.TYPE_CLASS_TEXT)
        f.button(getString(R.string.history_search_action)) {
            query = search.text.toString().trim().ifEmpty { null }
            load()
        }
        if (query != null) {
            f.button(getString(R.string.history_clear_search)) { query = null; load() }
        }

        if (entries.isEmpty()) {
            f.text(getString(if (query != null) R.string.history_no_matches else R.string.history_empty), secondary = true)
        }
        val label = Nav.moodLabels(moods)
        val words = Words.entry(this)
        val timeFormat = Nav.timeFormat(this)
        for ((day, list) in EntryText.byDay(entries)) {
            f.heading(day.format(Nav.longDate), large = false)
            for (e in list) {
                val time = timeFormat(EntryText.local(e).toLocalTime())
                val summary = EntryText.summary(e, label, { Words.instrument(it) }, words)
                f.text("$time · $summary")
                if (e is Entry.CheckIn) {
                    f.button(getString(R.string.history_edit), getString(R.string.history_edit_description, time)) {
                        Nav.open(this, CheckInActivity::class.java) { putExtra(CheckInActivity.EXTRA_ID, e.checkin.id) }
                    }
                }
                f.button(getString(R.string.history_delete), getString(R.string.history_delete_description, time)) {
                    confirmDelete(EntryText.id(e))
                }
            }
        }
        if (query == null) {
            f.text(getString(R.string.history_showing_since, from.format(Nav.mediumDate)), secondary = true)
            f.button(getString(R.string.history_earlier)) { days += PAGE_DAYS; load() }
        }
    }

    private fun confirmDelete(id: String) {
        confirm(
            getString(R.string.history_delete_title),
            getString(R.string.history_delete_message_undo),
            getString(R.string.history_delete),
            getString(R.string.action_keep),
        ) {
            async({
                val (document, outcome) = Stores.use(this) { h ->
                    // The entry's exact record first: without it there could be no undo.
                    val doc = EntryDocument.extract(id, h.exportJson())
                    h.deleteEntry(id)
                    doc to Stores.actions.refresh(h)
                }
                // Deleting today's only check-in may bring today's reminder back: re-plan.
                ReminderScheduler.afterCoreChange(applicationContext, outcome)
                document
            }) { r ->
                r.onSuccess { doc ->
                    handler.removeCallbacks(closeUndo)
                    undo = doc?.let { UndoWindow.opened(it, SystemClock.elapsedRealtime()) }
                    if (doc != null) handler.postDelayed(closeUndo, UndoWindow.MILLIS) else Nav.toast(this, getString(R.string.history_deleted))
                    load()
                }
                r.onFailure { Nav.toast(this, errorText(it)) }
            }
        }
    }

    /** Puts the deleted entry back as it was (same id), by importing its one-entry document. */
    private fun undo(u: UndoWindow) {
        if (undo !== u || !u.isOpen(SystemClock.elapsedRealtime())) return closeUndo()
        undo = null
        handler.removeCallbacks(closeUndo)
        ifUnlocked {
            async({
                val outcome = Stores.use(this) { h -> h.importJson(u.document); Stores.actions.refresh(h) }
                ReminderScheduler.afterCoreChange(applicationContext, outcome)
            }) { r ->
                r.onSuccess { Nav.toast(this, getString(R.string.history_undone)); load() }
                r.onFailure { Nav.toast(this, getString(R.string.history_undo_failed, errorText(it))); load() }
            }
        }
    }

    private fun closeUndo() {
        undo = null
        undoViews.forEach { it.visibility = View.GONE }
    }

    override fun onDestroy() {
        handler.removeCallbacks(closeUndo)
        super.onDestroy()
    }

    companion object {
        private const val PAGE_DAYS = 30
    }
}
