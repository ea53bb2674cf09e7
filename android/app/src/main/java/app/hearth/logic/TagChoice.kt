package app.hearth.logic

import uniffi.hearth.Tag
import uniffi.hearth.TagKind

/**
 * Which tags the check-in offers and how the tag screen groups them (issue #20). An
 * archived tag is not offered for a new check-in; a check-in being edited still shows
 * the tags it has, archived or not (its history is kept as it was).
 */
object TagChoice {
    /** Tags to offer as boxes: the ones in use, plus any on [onEntry] (the check-in being edited). */
    fun offered(all: List<Tag>, onEntry: List<String> = emptyList()): List<Tag> {
        val kept = onEntry.map { it.lowercase() }.toSet()
        return all.filter { !it.archived || it.name.lowercase() in kept }
    }

    /** Tags on [onEntry] that the catalog does not know (shown in the free-text field). */
    fun unknown(all: List<Tag>, onEntry: List<String>): List<String> {
        val names = all.map { it.name.lowercase() }.toSet()
        return onEntry.filter { it.lowercase() !in names }
    }

    /**
     * The tag screen's groups: contexts, then activities; in each, those in use first, then
     * archived, each sorted by how it reads ([label]: the core's tagLabel).
     */
    data class Group(val kind: TagKind, val archived: Boolean, val tags: List<Tag>)

    fun groups(all: List<Tag>, label: (String) -> String = { it }): List<Group> =
        listOf(TagKind.CONTEXT, TagKind.ACTIVITY).flatMap { k ->
            listOf(false, true).map { a -> Group(k, a, all.filter { it.kind == k && it.archived == a }.sortedBy { label(it.name).lowercase() }) }
        }
}
