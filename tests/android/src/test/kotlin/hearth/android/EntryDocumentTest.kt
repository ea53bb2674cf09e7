package hearth.android

import app.hearth.logic.EntryDocument
import app.hearth.logic.UndoWindow
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class EntryDocumentTest {
    private val export = """{"format": "hearth-export", "version": 1, "exported_at": "x",
  "entries": [
    {"id": "a", "kind": "checkin", "note": "say \"a\" ] }", "mood": 3},
    {"id": "b", "kind": "reflection", "text": "x", "n": 1.50, "tags": ["p", {"q": [1]}]}
  ], "people": []}"""

    @Test
    fun `an entry is cut out character for character`() {
        assertEquals(
            "{\"format\": \"hearth-export\", \"version\": 1, \"entries\": [{\"id\": \"b\", \"kind\": \"reflection\", \"text\": \"x\", \"n\": 1.50, \"tags\": [\"p\", {\"q\": [1]}]}]}\n",
            EntryDocument.extract("b", export),
        )
        assertTrue(EntryDocument.extract("a", export)!!.contains("\"note\": \"say \\\"a\\\" ] }\""))
    }

    @Test
    fun `nothing for a missing id or an unreadable export`() {
        assertNull(EntryDocument.extract("c", export))
        assertNull(EntryDocument.extract("a", "[]"))
        assertNull(EntryDocument.extract("a", ""))
        assertNull(EntryDocument.extract("a", "{\"entries\": []}"))
    }

    @Test
    fun `undo is offered for ten seconds`() {
        val w = UndoWindow.opened("doc", 1_000)
        assertTrue(w.isOpen(10_999))
        assertFalse(w.isOpen(11_000))
    }
}
