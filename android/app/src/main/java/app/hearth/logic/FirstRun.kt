package app.hearth.logic

/**
 * The first run (issue #21): three short screens at most, each skippable, nothing asked
 * twice. Its progress is kept as shell settings in the core's encrypted store (the same
 * names and values as the iOS shell), so a first run interrupted (the process killed, the
 * phone switched off) resumes where it was, and a backup restored on either platform does
 * not ask again.
 *
 * 1. [Step.WELCOME]: what Hearth is and isn't.
 * 2. [Step.WIDGET]: one tap from the home screen (pin the widget, or how to add it).
 * 3. [Step.CHOICES]: a daily reminder and its time (off until chosen), the app lock (#19's
 *    offer, asked once), and the safety plan and trusted people, as optional.
 *
 * A value with no I/O: the glue reads it from the store ([FirstRunStore.read]), asks it
 * what to show, and writes what it says, one answer at a time.
 */
data class FirstRun(
    /** How each screen ended, from the store (absent: not yet). */
    val outcomes: Map<Step, Outcome> = emptyMap(),
    /** The reminder question's answer ([ReminderChoice]), null until answered. */
    val reminders: ReminderChoice.Answer? = null,
    /** The lock is offered on the third screen (#19's offer, still unanswered). */
    val offersLock: Boolean = false,
) {
    /** A screen, with the shell setting that marks it done. */
    enum class Step(val settingName: String) {
        WELCOME("firstrun.welcome"),
        WIDGET("firstrun.widget"),
        CHOICES("firstrun.choices"),
    }

    /** How a screen ended: read through, or skipped (both mean "don't show it again"). */
    enum class Outcome(val stored: String) {
        SEEN("seen"),
        SKIPPED("skipped"),
    }

    /** One thing to keep in the store, in order. */
    sealed interface Write {
        /** Mark [step] done. */
        data class Mark(val step: Step, val outcome: Outcome) : Write

        /** Save the reminder answer and the core's settings to match; null [time]: off. */
        data class Reminders(val answer: ReminderChoice.Answer, val time: String?) : Write

        /** Answer #19's lock offer "not now" (`lock.offered`). */
        data object DeclineLock : Write
    }

    /** The screen to show, or null once every screen is done. */
    val current: Step? get() = Step.entries.firstOrNull { it !in outcomes }

    /** Nothing more to show. */
    val isFinished: Boolean get() = current == null

    /** The third screen asks about reminders only until they are answered, there or in settings. */
    val asksAboutReminders: Boolean get() = reminders == null

    /** "Step 2 of 3": the current screen's 1-based position and the count; null when finished. */
    val position: Pair<Int, Int>? get() = current?.let { it.ordinal + 1 to Step.entries.size }

    /**
     * The current screen is done ("Continue", or "Skip" with [Outcome.SKIPPED]). On the
     * third screen anything left unanswered is answered "not now": reminders off, the lock
     * not turned on, so nothing is asked again.
     */
    fun finishCurrent(outcome: Outcome): Pair<FirstRun, List<Write>> {
        val step = current ?: return this to emptyList()
        val (settled, writes) = if (step == Step.CHOICES) settleChoices() else this to emptyList()
        return settled.copy(outcomes = outcomes + (step to outcome)) to writes + Write.Mark(step, outcome)
    }

    /**
     * Skips every screen left (the person just wants to start): the same "not now"
     * answers, then every remaining screen marked skipped.
     */
    fun skipAll(): Pair<FirstRun, List<Write>> {
        if (isFinished) return this to emptyList()
        val (settled, writes) = settleChoices()
        val left = Step.entries.filter { it !in outcomes }
        return settled.copy(outcomes = outcomes + left.associateWith { Outcome.SKIPPED }) to
            writes + left.map { Write.Mark(it, Outcome.SKIPPED) }
    }

    /** The reminder question answered: on at [time] ("HH:MM"), or off (null). */
    fun chooseReminder(time: String?): Pair<FirstRun, List<Write>> {
        val answer = if (time == null) ReminderChoice.Answer.OFF else ReminderChoice.Answer.ON
        return copy(reminders = answer) to listOf(Write.Reminders(answer, time))
    }

    /** The lock offer answered (by either button; #19's card keeps the answer itself). */
    fun lockAnswered(): FirstRun = copy(offersLock = false)

    /**
     * "Not now" for whatever the third screen still asks. The reminder answer goes first:
     * a first run killed right after it resumes on the same screen, without the question.
     */
    private fun settleChoices(): Pair<FirstRun, List<Write>> {
        var state = this
        val writes = mutableListOf<Write>()
        if (state.reminders == null) {
            val (s, w) = state.chooseReminder(null)
            state = s
            writes += w
        }
        if (state.offersLock) {
            state = state.lockAnswered()
            writes += Write.DeclineLock
        }
        return state to writes
    }

    companion object {
        /**
         * The progress from the shell settings ([setting] looks one up by name). A mark that
         * is not one of ours counts as done: someone wrote it, and asking twice is worse.
         * [offersLock] is decided by the lock's own rules ([LockOffer]).
         */
        fun read(setting: (String) -> String?, offersLock: Boolean): FirstRun {
            val outcomes = Step.entries.mapNotNull { step ->
                setting(step.settingName)?.let { v -> step to (Outcome.entries.firstOrNull { it.stored == v } ?: Outcome.SEEN) }
            }.toMap()
            return FirstRun(outcomes, ReminderChoice.Answer.of(setting(ReminderChoice.SETTING_NAME)), offersLock)
        }
    }
}
