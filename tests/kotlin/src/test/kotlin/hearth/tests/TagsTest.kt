package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Tag
import uniffi.hearth.TagKind

/** The tag catalog: defaults, create, rename (history follows) and archive. */
class TagsTest {
    @TempDir lateinit var tmp: Path

    private val defaults = listOf(
        "community", "current events", "dating", "education", "family", "fitness", "friends", "health", "hobbies",
        "identity", "money", "partner", "self-care", "spirituality", "tasks", "travel", "weather", "work",
    )

    @Test
    fun `a new store has the 18 default context tags, sorted by name`() {
        openStore(tmp, MemoryVault()).use { h ->
            val tags = h.tags()
            assertEquals(defaults, tags.map { it.name })
            assertTrue(tags.all { it.kind == TagKind.CONTEXT && !it.archived })
            assertEquals(18, tags.map { it.id }.toSet().size, "ids are distinct")
            assertEquals(tags, h.tags(), "ids are stable between calls")
        }
    }

    @Test
    fun `createTag normalises the name, keeps the kind, and is idempotent by name`() {
        openStore(tmp, MemoryVault()).use { h ->
            val running = h.createTag("  Running ", TagKind.ACTIVITY)
            assertEquals("running", running.name)
            assertEquals(TagKind.ACTIVITY, running.kind)
            assertFalse(running.archived)
            assertEquals(running, h.tags().single { it.name == "running" })
            assertEquals(19, h.tags().size)
            assertEquals(h.tags().map { it.name }.sorted(), h.tags().map { it.name }, "still sorted")

            assertEquals(running.id, h.createTag("RUNNING", TagKind.ACTIVITY).id, "same name, same tag")
            assertEquals(19, h.tags().size)
        }
    }

    @Test
    fun `renaming a tag renames it on older check-ins too`() {
        openStore(tmp, MemoryVault()).use { h ->
            val running = h.createTag("running", TagKind.ACTIVITY)
            val old = h.recordCheckin(
                CheckInInput(mood = 4, source = EntrySource.APP, tags = listOf("work", "running"), at = Instant.parse("2025-12-31T10:00:00Z"), utcOffsetSeconds = 0),
            )
            val untouched = h.recordCheckin(CheckInInput(mood = 2, source = EntrySource.APP, tags = listOf("work")))

            val renamed = h.renameTag(running.id, "Jogging")
            assertEquals(Tag(running.id, "jogging", TagKind.ACTIVITY, false), renamed)
            assertEquals(listOf("work", "jogging"), h.getCheckin(old.id).tags, "history follows the new name")
            assertEquals(old.copy(tags = listOf("work", "jogging")), h.getCheckin(old.id), "nothing else changed")
            assertEquals(untouched, h.getCheckin(untouched.id))

            val names = h.tags().map { it.name }
            assertTrue("jogging" in names)
            assertFalse("running" in names)
        }
    }

    @Test
    fun `renaming onto an existing tag's name is refused and changes nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            val running = h.createTag("running", TagKind.ACTIVITY)
            val c = h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, tags = listOf("running")))
            val before = h.tags()
            assertEquals("name", invalidField { h.renameTag(running.id, "Work") })
            assertEquals(before, h.tags())
            assertEquals(listOf("running"), h.getCheckin(c.id).tags)
        }
    }

    @Test
    fun `archiving hides nothing from old entries, and using the tag again restores it`() {
        openStore(tmp, MemoryVault()).use { h ->
            val work = h.tags().single { it.name == "work" }
            val c = h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, tags = listOf("work")))

            assertEquals(work.copy(archived = true), h.setTagArchived(work.id, true))
            assertTrue(h.tags().single { it.id == work.id }.archived, "archived tags are still listed, marked")
            assertEquals(listOf("work"), h.getCheckin(c.id).tags)

            assertEquals(work, h.setTagArchived(work.id, false))
            assertFalse(h.tags().single { it.id == work.id }.archived)

            h.setTagArchived(work.id, true)
            h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, tags = listOf("Work")))
            assertFalse(h.tags().single { it.id == work.id }.archived, "tagging a check-in with it un-archives it")
        }
    }
}
