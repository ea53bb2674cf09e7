package hearth.android

import app.hearth.logic.TagChoice
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import uniffi.hearth.Tag
import uniffi.hearth.TagKind

class TagChoiceTest {
    private val work = Tag("t1", "work", TagKind.CONTEXT, archived = false)
    private val school = Tag("t2", "school", TagKind.CONTEXT, archived = true)
    private val run = Tag("t3", "running", TagKind.ACTIVITY, archived = false)
    private val swim = Tag("t4", "swimming", TagKind.ACTIVITY, archived = true)
    private val all = listOf(work, school, run, swim)

    @Test
    fun `a new check-in is offered only tags in use`() {
        assertEquals(listOf(work, run), TagChoice.offered(all))
    }

    @Test
    fun `an edited check-in still shows the archived tags it has`() {
        assertEquals(listOf(work, school, run), TagChoice.offered(all, listOf("school")))
        assertEquals(listOf("a tag since removed"), TagChoice.unknown(all, listOf("school", "a tag since removed")))
    }

    @Test
    fun `the tag screen groups contexts then activities, archived after`() {
        val g = TagChoice.groups(all)
        assertEquals(
            listOf(TagKind.CONTEXT to false, TagKind.CONTEXT to true, TagKind.ACTIVITY to false, TagKind.ACTIVITY to true),
            g.map { it.kind to it.archived },
        )
        assertEquals(listOf(listOf(work), listOf(school), listOf(run), listOf(swim)), g.map { it.tags })
    }

    @Test
    fun `the tag screen sorts by how a tag reads in the reader's language`() {
        val family = Tag("t5", "family", TagKind.CONTEXT, archived = false)
        val german = mapOf("work" to "Arbeit", "family" to "Familie")
        assertEquals(listOf(work, family), TagChoice.groups(listOf(family, work)) { german[it] ?: it }.first().tags)
        assertEquals(listOf(family, work), TagChoice.groups(listOf(work, family)).first().tags)
    }
}
