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
import app.hearth.logic.HistoryPaging
import app.hearth.logic.UndoWindow
import app.hearth.reminders.ReminderScheduler
import uniffi.hearth.Entry
import uniffi.hearth.QuickMood

/**
 * Today and history: every kind of entry by local day, newest first, a page at a time from
 * the core's `historyPage` ([HistoryPaging.PAGE] entries; more as the person scrolls near
 * the end or taps "Show earlier", never all of history at once), with search (the core's
 * `search`; its refusals in its own words). Entries can be opened for editing or deleted
 * after a question; for [UndoWindow.MILLIS] after a deletion "Undo" brings the entry back
 * exactly (its record is cut out of the core's export before deleting, [EntryDocument],
 * and imported again).
 */
class HistoryActivity : Activity() {
    private lateinit var form: Form
    private var search: EditText? = null
    private var query: String? = null

    /** The history shown so far (newest first) and the cursor of the page after it. */
    private var shown: List<Entry> = emptyList()
    private var next: String? = null
    private var moods: List<QuickMood> = emptyList()
    private var matches: Result<List<Entry>>? = null
    private var loaded = false

    /** Bumped by each full reload, so a page that arrives after one is dropped. */
    private var generation = 0
    private var loadingMore = false

    /** The entry just deleted, while it can still come back (memory only). */
    private var undo: UndoWindow? = null
    private val undoViews = mutableListOf<View>()
    private val handler = Handler(Looper.getMainLooper())
    private val closeUndo = Runnable { closeUndo() }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        query = savedInstanceState?.getString(STATE_QUERY)
        form = Form(this)
        form.text(getString(R.string.loading))
        form.show()
        // Near the end of what is shown, the next page comes by itself.
        form.scroll.setOnScrollChangeListener { v, _, scrollY, _, _ ->
            val content = (v as android.widget.ScrollView).getChildAt(0) ?: return@setOnScrollChangeListener
            if (scrollY + v.height >= content.height - form.dp(NEAR_END_DP)) loadMore()
        }
    }

    override fun onResume() {
        super.onResume()
        load()
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        query?.let { outState.putString(STATE_QUERY, it) }
    }

    /** Loads again from the newest, as much history as was shown (at least a page), and the search. */
    private fun load() {
        val q = query
        val wanted = maxOf(shown.size, HistoryPaging.PAGE)
        val gen = ++generation
        loadingMore = false
        async({
            Stores.use(this) { h ->
                val moods = h.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId()).quickMoods
                val history = HistoryPaging.load(null, wanted) { before, limit -> page(h, before, limit) }
                Triple(moods, history, q?.let { runCatching { h.search(it) } })
            }
        }) { r ->
            if (gen != generation) return@async
            r.onSuccess { (m, history, found) ->
                moods = m
                shown = history.entries
                next = history.next
                matches = found
                loaded = true
                draw()
            }
            r.onFailure { form.clear(); form.heading(getString(R.string.history_title)); form.text(errorText(it)) }
        }
    }

    /** The next page after what is shown (nothing while one is coming, or at the end). */
    private fun loadMore() {
        val cursor = next ?: return
        if (!loaded || loadingMore || query != null) return
        loadingMore = true
        val gen = generation
        async({ Stores.use(this) { h -> page(h, cursor, HistoryPaging.PAGE) } }) { r ->
            if (gen != generation) return@async
            loadingMore = false
            r.onSuccess { p ->
                shown = HistoryPaging.append(shown, p.entries) { EntryText.id(it) }
                next = p.next
                draw()
            }
            r.onFailure { Nav.toast(this, errorText(it)) }
        }
    }

    private fun page(h: uniffi.hearth.Hearth, before: String?, limit: Int): HistoryPaging.Loaded<Entry> {
        val p = h.historyPage(before, limit.toUInt())
        return HistoryPaging.Loaded(p.entries, p.next)
    }

    private fun draw() {
        val f = form
        val typed = search?.text?.toString() ?: query.orEmpty()
        f.clear()
        f.heading(getString(R.string.history_title))
        undoViews.clear()
        undo?.takeIf { it.isOpen(SystemClock.elapsedRealtime()) }?.let { u ->
            undoViews += f.text(getString(R.string.history_deleted_line))
            undoViews += f.button(getString(R.string.history_undo), getString(R.string.history_undo_description)) { undo(u) }
        }
        f.button(getString(R.string.history_calendar), getString(R.string.calendar_open_description)) { Nav.open(this, CalendarActivity::class.java) }
        val field = f.field(getString(R.string.history_search), value = typed, inputType = InputType.TYPE_CLASS_TEXT)
        search = field
        f.button(getString(R.string.history_search_action)) {
            // Even an empty search goes to the core: its refusal is shown in its own words.
            query = field.text.toString().trim()
            load()
        }
        val q = query
        if (q != null) {
            f.button(getString(R.string.history_clear_search)) { query = null; search?.setText(""); load() }
            val found = matches
            found?.onFailure { f.errorLine().showError(getString(R.string.history_search_refused, errorText(it))) }
            val list = found?.getOrNull() ?: return
            f.heading(getString(R.string.history_matches, q), large = false)
            if (list.isEmpty()) f.text(getString(R.string.history_no_matches), secondary = true)
            entries(f, list)
            return
        }
        if (shown.isEmpty()) f.text(getString(R.string.history_empty), secondary = true)
        entries(f, shown)
        if (next != null) {
            f.button(getString(R.string.history_show_earlier), getString(R.string.history_show_earlier_description, HistoryPaging.PAGE)) { loadMore() }
        } else if (shown.isNotEmpty()) {
            f.text(getString(R.string.history_all_shown), secondary = true)
        }
    }

    private fun entries(f: Form, list: List<Entry>) {
        val label = Nav.moodLabels(moods)
        val words = Words.entry(this)
        val timeFormat = Nav.timeFormat(this)
        for ((day, items) in EntryText.byDay(list)) {
            f.heading(day.format(Nav.longDate(this)), large = false)
            for (e in items) {
                val time = timeFormat(EntryText.local(e).toLocalTime())
                val summary = EntryText.summary(e, label, { Words.instrument(it) }, words)
                f.text("$time · $summary")
                if (EntryEditors.canEdit(e)) {
                    val description = if (e is Entry.CheckIn) R.string.history_edit_description else R.string.history_edit_entry_description
                    f.button(getString(R.string.history_edit), getString(description, time)) { EntryEditors.open(this, e) }
                }
                f.button(getString(R.string.history_delete), getString(R.string.history_delete_description, time)) {
                    confirmDelete(EntryText.id(e))
                }
            }
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
        private const val STATE_QUERY = "history.query"

        /** How close to the end of the list (dp) the next page starts coming. */
        private const val NEAR_END_DP = 600
    }
}
