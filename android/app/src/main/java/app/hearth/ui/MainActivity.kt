package app.hearth.ui

import android.Manifest
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.EntryText
import app.hearth.logic.FirstRun
import app.hearth.logic.FirstRunStore
import app.hearth.logic.ReminderChoice
import app.hearth.logic.LockState
import app.hearth.logic.PermissionFlow
import app.hearth.reminders.Notifications
import app.hearth.reminders.ReminderScheduler
import uniffi.hearth.Entry
import uniffi.hearth.ReminderSettings
import uniffi.hearth.WidgetSnapshot

/**
 * Today: the core's line for the day, today's entries, and the way to everything else.
 * Opening the app re-plans reminders (one of the core's re-plan moments) and redraws the
 * widget; on Android 13+ it may show the notification explanation, once.
 */
class MainActivity : LoadingActivity() {
    private data class Today(
        val snapshot: WidgetSnapshot,
        val entries: List<Entry>,
        val reminders: ReminderSettings,
        val offerLock: Boolean,
        /** The first run's progress; null when it could not be read (then it is not shown: it may be answered). */
        val firstRun: FirstRun?,
    )

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        Notifications.ensureChannel(this)
    }

    override fun load() {
        async({
            Stores.use(this) { h ->
                val outcome = Stores.actions.refresh(h)
                ReminderScheduler.afterCoreChange(applicationContext, outcome)
                val today = Nav.today()
                val offerLock = LockOfferCard.wanted(applicationContext, h)
                val firstRun = runCatching { FirstRunStore.read(h, offerLock) }.getOrNull()
                // Reminders as they really are: off until the person has chosen (issue #21).
                val reminders = ReminderChoice.shown(h.reminderSettings(), ReminderChoice.answer(h))
                Today(outcome.snapshot, h.listEntries(today, today), reminders, offerLock, firstRun)
            }
        }) { r ->
            r.onSuccess { draw(it); afterDraw(it) }
            r.onFailure { drawError(it) }
        }
    }

    private fun drawError(t: Throwable) {
        form.clear()
        form.heading(getString(R.string.app_name))
        form.text(errorText(t))
        form.button(getString(R.string.action_try_again)) { load() }
        form.button(getString(R.string.safety_title)) { Nav.open(this, SafetyActivity::class.java) }
        form.button(getString(R.string.data_title)) { Nav.open(this, DataActivity::class.java) }
    }

    private fun draw(t: Today) {
        val f = form
        f.clear()
        f.heading(getString(R.string.today_title))
        f.text(t.snapshot.line)
        t.snapshot.suggestion?.let { s ->
            f.heading(getString(R.string.suggestion_heading), large = false)
            f.text(s.message)
            f.button(getString(R.string.open_safety_plan)) {
                Nav.open(this, SafetyActivity::class.java) { putExtra(SafetyActivity.EXTRA_CRISIS_FIRST, true) }
            }
        }

        f.button(getString(R.string.action_check_in), getString(R.string.action_check_in_description)) {
            Nav.open(this, CheckInActivity::class.java)
        }
        // While the first run is still to come, it makes the offer (asked once, there or here).
        if (t.offerLock && t.firstRun?.isFinished != false) LockOfferCard.draw(this, f) { load() }

        f.heading(getString(R.string.today_entries_heading), large = false)
        if (t.entries.isEmpty()) {
            f.text(getString(R.string.today_nothing_yet), secondary = true)
        } else {
            val label = Nav.moodLabels(t.snapshot.quickMoods)
            val timeFormat = Nav.timeFormat(this)
            for (e in t.entries) {
                val time = timeFormat(EntryText.local(e).toLocalTime())
                f.text("$time · ${EntryText.summary(e, label, words = Words.entry(this))}")
            }
        }

        f.heading(getString(R.string.more_heading), large = false)
        f.button(getString(R.string.history_title)) { Nav.open(this, HistoryActivity::class.java) }
        f.button(getString(R.string.calendar_title), getString(R.string.calendar_open_description)) { Nav.open(this, CalendarActivity::class.java) }
        f.button(getString(R.string.insights_title)) { Nav.open(this, InsightsActivity::class.java) }
        f.button(getString(R.string.reflection_title)) { Nav.open(this, ReflectionActivity::class.java) }
        f.button(getString(R.string.thought_title)) { Nav.open(this, ThoughtRecordActivity::class.java) }
        f.button(getString(R.string.questionnaires_title)) { Nav.open(this, QuestionnaireActivity::class.java) }
        f.button(getString(R.string.safety_title)) { Nav.open(this, SafetyActivity::class.java) }
        f.button(getString(R.string.reminders_title)) { Nav.open(this, RemindersActivity::class.java) }
        f.button(getString(R.string.data_title)) { Nav.open(this, DataActivity::class.java) }
        f.button(getString(R.string.privacy_title)) { Nav.open(this, PrivacyActivity::class.java) }
        f.button(getString(R.string.tags_title)) { Nav.open(this, TagsActivity::class.java) }
        f.button(getString(R.string.getting_started_title)) { Nav.open(this, GettingStartedActivity::class.java) }
        f.text(getString(R.string.privacy_footer), secondary = true)
    }

    /** The first run while it has something left to ask; else, once, the notification explanation. */
    private fun afterDraw(t: Today) {
        // Not over the lock's cover (or its prompt): offered on an open after unlocking.
        if (HearthApp.of(this).lock.state != LockState.UNLOCKED) return
        if (t.firstRun != null && !t.firstRun.isFinished) {
            FirstRunActivity.openFrom(this, t.firstRun)
            return
        }
        maybeExplainNotifications(t.reminders.enabled)
    }

    private fun maybeExplainNotifications(remindersEnabled: Boolean) {
        val state = PermissionPrefs.state(this, remindersEnabled)
        if (PermissionFlow.onAppOpen(state) == PermissionFlow.Step.EXPLAIN) {
            Nav.open(this, NotificationPermissionActivity::class.java)
        }
    }
}

/** The permission flow's remembered answers (UI flags only; nothing about the journal). */
object PermissionPrefs {
    private const val FILE = "permission_flow"

    private fun prefs(ctx: android.content.Context) = ctx.getSharedPreferences(FILE, android.content.Context.MODE_PRIVATE)

    fun granted(ctx: android.content.Context): Boolean =
        Build.VERSION.SDK_INT < PermissionFlow.TIRAMISU ||
            ctx.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED

    fun state(ctx: android.content.Context, remindersEnabled: Boolean): PermissionFlow.State {
        val p = prefs(ctx)
        return PermissionFlow.State(
            sdkInt = Build.VERSION.SDK_INT,
            granted = granted(ctx),
            remindersEnabled = remindersEnabled,
            explained = p.getBoolean("explained", false),
            notNow = p.getBoolean("not_now", false),
            denials = p.getInt("denials", 0),
        )
    }

    fun save(ctx: android.content.Context, s: PermissionFlow.State) {
        prefs(ctx).edit()
            .putBoolean("explained", s.explained)
            .putBoolean("not_now", s.notNow)
            .putInt("denials", s.denials)
            .apply()
    }
}
