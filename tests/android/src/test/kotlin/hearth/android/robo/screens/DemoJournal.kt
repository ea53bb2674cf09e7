package hearth.android.robo.screens

import app.hearth.core.Stores
import hearth.android.robo.Robo
import java.time.Duration
import java.time.LocalDate
import uniffi.hearth.AutomaticThought
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Instrument
import uniffi.hearth.MoodRating
import uniffi.hearth.PersonInput
import uniffi.hearth.PlanContact
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ReminderSettings
import uniffi.hearth.SafetyPlan
import uniffi.hearth.ThoughtInput

/**
 * The 90-day journal for the screen tests, written through the app's own Stores at the
 * test clock's time ([Robo.time]): one or two check-ins a day for 90 days (moods, energy,
 * emotions from the core's list, tags, notes, people), a reflection every tenth day, two
 * check-ins today (one with a long note), two trusted people, a safety plan with
 * contacts, a thought record, three questionnaires and reminders on. Made up and
 * deterministic (a fixed pattern, no randomness).
 *
 * Its own check-ins rather than Robo.seedDemo's: these run up to today and name people,
 * so Today, the check-in form and History have all they can show.
 */
object DemoJournal {
    private val NOTES = listOf(
        "Walked to the park with a friend.",
        "Long day, but dinner helped.",
        "Called my sister; we laughed a lot.",
        "Slept badly. Taking it slow.",
        "Finished the thing I had been putting off, and it was a relief to see it done at last.",
        "Quiet evening with a book.",
    )
    private val EMOTIONS = listOf(listOf("calm"), listOf("happy", "grateful"), listOf("anxious"), listOf("sad", "lonely"), listOf("hopeful"))
    private val TAGS = listOf(listOf("work"), listOf("family", "walk"), listOf("friends"), emptyList(), listOf("work", "tired"))

    fun seed() {
        val zone = Robo.time.zone
        val now = Robo.time.now
        fun offset(at: java.time.Instant) = zone.rules.getOffset(at).totalSeconds
        Stores.use(Robo.app()) { h ->
            val sam = h.addPerson(PersonInput("Sam", "+44 7700 900123", "Listens without fixing"))
            h.addPerson(PersonInput("Dr Lee", "020 7946 0000", "My GP"))
            val today = LocalDate.ofInstant(now, zone)
            for (d in 90 downTo 1) {
                val date = today.minusDays(d.toLong())
                val hours = if (d % 3 == 0) listOf(8, 20) else listOf(19)
                for ((n, hour) in hours.withIndex()) {
                    val k = d + n
                    val at = date.atTime(hour, (k * 7) % 60).atZone(zone).toInstant()
                    h.recordCheckin(
                        CheckInInput(
                            mood = 1 + (k * 7 + d / 5) % 5,
                            source = if (k % 4 == 0) EntrySource.WIDGET else EntrySource.APP,
                            energy = 1 + (k * 3) % 5,
                            emotions = EMOTIONS[k % EMOTIONS.size],
                            tags = TAGS[k % TAGS.size],
                            note = if (k % 2 == 0) NOTES[k % NOTES.size] else null,
                            at = at,
                            utcOffsetSeconds = offset(at),
                            connected = k % 3 == 0,
                            withPeople = if (k % 6 == 0) listOf(sam.id) else emptyList(),
                        ),
                    )
                }
                if (d % 10 == 4) {
                    val at = date.atTime(21, 30).atZone(zone).toInstant()
                    h.addReflection(ReflectionInput("Today I noticed that talking to someone, even briefly, changed the afternoon.", null, at, offset(at)))
                }
            }
            val early = now.minus(Duration.ofHours(2))
            h.recordCheckin(
                CheckInInput(
                    mood = 2, source = EntrySource.WIDGET, energy = 2, emotions = listOf("drained", "anxious"), tags = listOf("work"),
                    note = "Woke up worried about the week. Coffee with Sam helped more than I expected it to, and the walk home was quiet.",
                    at = early, utcOffsetSeconds = offset(early), connected = true, withPeople = listOf(sam.id),
                ),
            )
            val later = now.minus(Duration.ofMinutes(20))
            h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, at = later, utcOffsetSeconds = offset(later)))
            val at = now.minus(Duration.ofDays(3))
            h.addThought(
                ThoughtInput(
                    situation = "My message went unanswered all day.",
                    moods = listOf(MoodRating("worried", 70)),
                    thoughts = listOf(AutomaticThought("They must be annoyed with me.", true)),
                    evidenceFor = "They usually answer quickly.",
                    evidenceAgainst = "They said they had a busy week.",
                    balancedThought = "They are probably busy; I can ask tomorrow.",
                    balancedBelief = 60,
                    moodsAfter = listOf(MoodRating("worried", 35)),
                    at = at,
                    utcOffsetSeconds = offset(at),
                ),
            )
            for ((i, instrument) in listOf(Instrument.PHQ9, Instrument.GAD7, Instrument.WHO5).withIndex()) {
                val t = now.minus(Duration.ofDays(20L - i * 7))
                val answers = when (instrument) {
                    Instrument.PHQ9 -> listOf(1, 1, 2, 1, 0, 1, 1, 0, 0)
                    Instrument.GAD7 -> listOf(1, 2, 1, 1, 0, 1, 1)
                    else -> listOf(3, 3, 2, 3, 2)
                }
                h.recordAssessment(instrument, answers, t, offset(t))
            }
            h.saveSafetyPlan(
                SafetyPlan(
                    warningSigns = listOf("Not answering messages", "Sleeping all afternoon"),
                    onMyOwn = listOf("A hot shower", "Walk round the block"),
                    distractions = listOf(PlanContact("The library café", null)),
                    peopleToAsk = listOf(PlanContact("Sam", "+44 7700 900123")),
                    professionals = listOf(PlanContact("Dr Lee", "020 7946 0000")),
                    saferSurroundings = listOf("Give the spare pills to Sam"),
                    reasonsForLiving = listOf("My niece", "The sea in summer"),
                ),
            )
            h.saveReminderSettings(ReminderSettings(true, listOf("20:00"), emptyList(), "22:30", "07:00", null, true))
        }
    }
}
