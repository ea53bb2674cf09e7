package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.AutomaticThought
import uniffi.hearth.CheckInInput
import uniffi.hearth.Distortion
import uniffi.hearth.Entry
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.HearthException
import uniffi.hearth.ImportSummary
import uniffi.hearth.Instrument
import uniffi.hearth.MoodRating
import uniffi.hearth.PersonInput
import uniffi.hearth.PlanContact
import uniffi.hearth.ReflectionInput
import uniffi.hearth.SafetyPlan
import uniffi.hearth.ScaleValue
import uniffi.hearth.TagKind
import uniffi.hearth.ThoughtInput
import uniffi.hearth.Weekday

/** Texts that only the notes-enabled clinician summary may show. */
const val PORTABLE_NOTE = "Pottery wheel wobbled but the bowl survived"
const val PORTABLE_REFLECTION = "The river was loud after the rain"

/** What [fillWithEveryKind] recorded. */
class Filled(val checkinIds: List<String>, val entryCount: Int)

/**
 * One record of every kind: a check-in using every field (energy, emotions, a custom
 * emotion, tags, a scale, a person), a plain check-in, a reflection with a prompt, a full
 * thought record and a PHQ-9; then a tag renamed after use, a second person, reminder
 * settings and a safety plan. Shared by PortabilityTest and BackupTest.
 */
fun Hearth.fillWithEveryKind(): Filled {
    createScale("Sleep quality", 0, 10)
    val ana = addPerson(PersonInput("Ana", phone = "+44 20 7946 0000", howTheyHelp = "listens"))
    addPerson(PersonInput("Ben"))
    val running = createTag("running", TagKind.ACTIVITY)
    val full = recordCheckin(
        CheckInInput(
            mood = 4, source = EntrySource.REMINDER, energy = 2,
            emotions = listOf("calm", "Grateful"), tags = listOf("friends", "running", "Pottery"),
            note = PORTABLE_NOTE, at = Instant.parse("2026-05-04T21:15:00.250Z"), utcOffsetSeconds = -4 * 3600,
            customEmotions = listOf("Wistful"), scales = listOf(ScaleValue("sleep quality", 7)),
            connected = true, withPeople = listOf(ana.id),
        ),
    )
    renameTag(running.id, "Jogging") // after use: the check-in's history follows the new name
    val plain = recordCheckin(CheckInInput(mood = 2, source = EntrySource.WIDGET, at = Instant.parse("2026-05-05T08:00:00Z"), utcOffsetSeconds = 0))
    addReflection(ReflectionInput(PORTABLE_REFLECTION, promptId = "people.close", at = Instant.parse("2026-05-05T20:00:00Z"), utcOffsetSeconds = 3600))
    addThought(
        ThoughtInput(
            situation = "Friend didn't reply to my message",
            moods = listOf(MoodRating("anxious", 80), MoodRating("sad", 40)),
            thoughts = listOf(AutomaticThought("They're angry with me", true), AutomaticThought("I always mess up", false)),
            evidenceFor = "Usually replies fast",
            evidenceAgainst = "They said they were busy this week",
            balancedThought = "They're probably busy",
            balancedBelief = 70,
            moodsAfter = listOf(MoodRating("anxious", 35)),
            distortions = listOf(Distortion.JUMPING_TO_CONCLUSIONS, Distortion.OVERGENERALISATION),
            at = Instant.parse("2026-05-06T19:00:00Z"), utcOffsetSeconds = 3600,
        ),
    )
    // Nine items plus PHQ-9's unscored difficulty question; item 9 is 0.
    recordAssessment(Instrument.PHQ9, listOf(1, 2, 0, 1, 0, 0, 1, 0, 0, 1), Instant.parse("2026-05-07T09:00:00Z"), 0)
    saveReminderSettings(
        reminderSettings(
            listOf("08:30", "20:00"), weekdays = listOf(Weekday.MON, Weekday.WED),
            quietStart = "22:00", quietEnd = "07:00", pauseUntil = "2026-12-24", backOff = false,
        ),
    )
    saveSafetyPlan(
        SafetyPlan(
            warningSigns = listOf("Not sleeping"),
            onMyOwn = listOf("Walk by the river"),
            distractions = listOf(PlanContact("The library on Hill Street", null)),
            peopleToAsk = listOf(PlanContact("Sam", "+44 7700 900123")),
            professionals = listOf(PlanContact("Dr Okafor", "020 7946 0000")),
            saferSurroundings = listOf("Ask Sam to keep the pills"),
            reasonsForLiving = listOf("My cat, Miso"),
        ),
    )
    return Filled(listOf(full.id, plain.id), entryCount = 5)
}

/** A summary's counts for one kind, as (created, updated, unchanged). */
fun ImportSummary.counts(kind: String): Triple<Int, Int, Int> =
    kinds.single { it.kind == kind }.let { Triple(it.created.toInt(), it.updated.toInt(), it.unchanged.toInt()) }

/** JSON export, import, CSV and the clinician summary across the FFI. */
class PortabilityTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `an export imported into a fresh store gives the same bytes, and importing it again changes nothing`() {
        openStore(tmp.resolve("a"), MemoryVault()).use { a ->
            val filled = a.fillWithEveryKind()
            val export = a.exportJson()
            assertTrue(export.contains("\"format\""), export.take(200))
            assertTrue(export.contains("\"format\": \"hearth-export\""), export.take(200))
            assertTrue(Regex("\"version\":\\s*1\\b").containsMatchIn(export), export.take(200))
            assertEquals(export, a.exportJson(), "the export is deterministic")
            assertTrue(export.contains("\"jogging\"") && !export.contains("\"running\""), "the renamed tag, everywhere")
            assertTrue(export.contains("\"wistful\"") && export.contains("\"sleep quality\""))

            openStore(tmp.resolve("b"), MemoryVault()).use { b ->
                val first = b.importJson(export)
                assertTrue(first.created > 0u, "$first")
                assertEquals(first.created, first.kinds.sumOf { it.created }, "totals are the sum of the kinds")
                assertEquals(first.kinds.map { it.kind }.sorted(), first.kinds.map { it.kind }, "kinds in name order")
                assertEquals(Triple(2, 0, 0), first.counts("check_ins"))
                assertEquals(Triple(1, 0, 0), first.counts("reflections"))
                assertEquals(Triple(1, 0, 0), first.counts("thoughts"))
                assertEquals(Triple(1, 0, 0), first.counts("assessments"))
                assertEquals(Triple(2, 0, 0), first.counts("people"))
                assertEquals(Triple(1, 0, 0), first.counts("scales"))
                assertEquals(Triple(1, 0, 0), first.counts("custom_emotions"))
                // Every exported tag has an id the fresh store lacks (its defaults have their own ids).
                assertEquals(Triple(a.tags().size, 0, 0), first.counts("tags"))
                // Reminders and the safety plan exist in every store (as defaults): replacing them is an update.
                assertEquals(Triple(0, 1, 0), first.counts("reminders"))
                assertEquals(Triple(0, 1, 0), first.counts("safety_plan"))
                assertEquals(2u, first.updated, "$first")
                assertEquals(0u, first.unchanged, "$first")

                assertEquals(export, b.exportJson(), "the imported store exports the same bytes")
                assertEquals(a.listEntries(null, null), b.listEntries(null, null))
                assertEquals(filled.entryCount, b.listEntries(null, null).size)
                assertEquals(a.tags(), b.tags())
                assertEquals(a.people(), b.people())
                assertEquals(a.scales(), b.scales())
                assertEquals(a.emotions(), b.emotions())
                assertEquals(a.reminderSettings(), b.reminderSettings())
                assertEquals(a.safetyPlan(), b.safetyPlan())

                val again = b.importJson(export)
                assertEquals(0u, again.created, "$again")
                assertEquals(0u, again.updated, "$again")
                assertEquals(first.created + first.updated, again.unchanged, "everything is found identical: $again")
                assertEquals(export, b.exportJson(), "a second import is a no-op")
                assertEquals(a.listEntries(null, null), b.listEntries(null, null))
            }
        }
    }

    @Test
    fun `broken JSON is InvalidInput on json and writes nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.recordCheckin(checkin(3))
            val before = h.exportJson()
            for (broken in listOf("", "{", "{\"format\": \"hearth-export\", \"version\": 1,", "[1, 2]", "not json")) {
                val e = assertThrows<HearthException.InvalidInput>("'$broken'") { h.importJson(broken) }
                assertTrue(e.reason.isNotBlank())
                assertFalse(e.field.isBlank(), "'$broken' names a place")
            }
            assertEquals("json", invalidField { h.importJson("{\"format\": \"hearth-export\", \"version\": 1,") })
            assertEquals(before, h.exportJson(), "nothing written")
        }
    }

    @Test
    fun `an entry with mood 6 is InvalidInput naming its path, and the valid records beside it are not written`() {
        val export = openStore(tmp.resolve("a"), MemoryVault()).use { a ->
            a.fillWithEveryKind()
            a.exportJson()
        }
        assertEquals(1, Regex("\"mood\": 4,").findAll(export).count(), "one check-in has mood 4")
        val bad = export.replace("\"mood\": 4,", "\"mood\": 6,")
        assertNotEquals(export, bad)

        openStore(tmp.resolve("b"), MemoryVault()).use { b ->
            val kept = b.recordCheckin(checkin(3))
            val before = b.exportJson()
            val e = assertThrows<HearthException.InvalidInput> { b.importJson(bad) }
            assertTrue(e.field.contains("mood"), "field: ${e.field}")
            assertEquals("entries[0].mood", e.field, "the first entry (oldest) is the full check-in; reason: ${e.reason}")
            assertTrue(e.reason.contains("6"), e.reason)

            assertEquals(before, b.exportJson(), "nothing written, not even the valid entries and catalogs")
            assertEquals(listOf<Entry>(Entry.CheckIn(kept)), b.listEntries(null, null))
            assertTrue(b.people().isEmpty())

            // The untouched export still imports afterwards.
            assertTrue(b.importJson(export).created > 0u)
        }
    }

    @Test
    fun `a newer version or another format is refused`() {
        openStore(tmp, MemoryVault()).use { h ->
            val before = h.exportJson()
            assertEquals("version", invalidField { h.importJson("{\"format\": \"hearth-export\", \"version\": 2}") })
            assertEquals("format", invalidField { h.importJson("{\"format\": \"daylio\", \"version\": 1}") })
            assertEquals(before, h.exportJson())
        }
    }

    @Test
    fun `exportCsv has a header and one row per check-in, oldest first`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertTrue(h.exportCsv().startsWith("id,"), "header even when empty")
            val filled = h.fillWithEveryKind()
            val csv = h.exportCsv()
            val lines = csv.lines().filter { it.isNotEmpty() }
            assertTrue(lines[0].startsWith("id,"), lines[0])
            assertEquals(
                "id,date,time,utc_offset,mood,energy,emotions,tags,scales,connected,with,note,source",
                lines[0],
            )
            assertEquals(1 + filled.checkinIds.size, lines.size, csv)
            assertEquals(filled.checkinIds, lines.drop(1).map { it.substringBefore(',') })
            val full = lines[1]
            assertTrue(full.contains("2026-05-04") && full.contains("17:15"), full)
            assertTrue(full.contains("-04:00"), full)
            assertTrue(full.contains(PORTABLE_NOTE), full)
            assertTrue(full.contains("jogging"), full)
            assertTrue(full.contains("sleep quality=7"), full)
            assertTrue(full.contains("Ana"), full)
        }
    }

    @Test
    fun `therapistSummary is self-contained HTML with a chart, and shows notes only when asked`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.fillWithEveryKind()
            val html = h.therapistSummary(null, null, false)
            assertTrue(html.contains("<svg"), html.take(300))
            assertFalse(html.contains("<script", ignoreCase = true), "no scripts")
            val remote = Regex("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", RegexOption.IGNORE_CASE)
            assertEquals(null, remote.find(html)?.value, "no remote src or href")
            assertFalse(html.contains(PORTABLE_NOTE), "notes are left out by default")
            assertFalse(html.contains(PORTABLE_REFLECTION), "reflections are left out by default")

            val withNotes = h.therapistSummary(null, null, true)
            assertTrue(withNotes.contains(PORTABLE_NOTE))
            assertTrue(withNotes.contains(PORTABLE_REFLECTION))
            assertFalse(withNotes.contains("<script", ignoreCase = true))
            assertEquals(null, remote.find(withNotes)?.value)

            // The Kotlin defaults are (null, null, false).
            assertEquals(html, h.therapistSummary())
            assertEquals("from", invalidField { h.therapistSummary("2026-13-01", null, false) })
        }
    }
}
