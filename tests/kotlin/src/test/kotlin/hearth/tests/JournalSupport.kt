package hearth.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.assertThrows
import uniffi.hearth.Entry
import uniffi.hearth.Hearth
import uniffi.hearth.HearthException

/** Runs `block`, expects InvalidInput, and returns the field it names. */
fun invalidField(block: () -> Unit): String = assertThrows<HearthException.InvalidInput> { block() }.field

/** Runs `block` and expects NotFound. */
fun notFound(block: () -> Unit): HearthException.NotFound = assertThrows<HearthException.NotFound> { block() }

/** No entry of any kind is stored. */
fun assertNoEntries(h: Hearth, why: String = "nothing was saved") =
    assertEquals(emptyList<Entry>(), h.listEntries(null, null), why)

/** The id of an entry of any kind. */
val Entry.id: String
    get() = when (this) {
        is Entry.CheckIn -> checkin.id
        is Entry.Reflection -> reflection.id
        is Entry.Thought -> record.id
        is Entry.Assessment -> result.id
    }
