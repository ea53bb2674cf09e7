package hearth.android

import app.hearth.logic.ScaleReadings
import app.hearth.logic.ScaleReadings.Range
import app.hearth.logic.ScaleReadings.Reading
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import uniffi.hearth.Scale
import uniffi.hearth.ScaleValue

class ScaleReadingsTest {
    private val sleep = Scale("s1", "sleep", 1, 5)
    private val pain = Scale("s2", "pain", 0, 10)
    private val mood = Scale("s3", "tension", -2, 2)

    @Test
    fun `blank is not set, numbers are read, other text is kept as typed`() {
        assertEquals(Reading.Unset, ScaleReadings.read("  "))
        assertEquals(Reading.Value(3), ScaleReadings.read(" 3 "))
        assertEquals(Reading.Value(-2), ScaleReadings.read("-2"))
        assertEquals(Reading.NotANumber("three"), ScaleReadings.read("three"))
    }

    @Test
    fun `stepping starts at the lowest value and stops at the ends`() {
        assertEquals("1", ScaleReadings.step("", sleep, +1))
        assertEquals("1", ScaleReadings.step("", sleep, -1))
        assertEquals("4", ScaleReadings.step("3", sleep, +1))
        assertEquals("5", ScaleReadings.step("5", sleep, +1))
        assertEquals("1", ScaleReadings.step("1", sleep, -1))
        assertEquals("5", ScaleReadings.step("9", sleep, -1), "out of range typed: back inside")
        assertEquals("-2", ScaleReadings.step("x", mood, +1))
    }

    @Test
    fun `only set scales are sent, an edit keeps readings of scales not shown`() {
        val scales = listOf(pain, sleep)
        assertEquals(listOf(ScaleValue("sleep", 3)), ScaleReadings.toSend(scales, listOf("", "3")))
        assertEquals(emptyList<ScaleValue>(), ScaleReadings.toSend(scales, listOf("", " ")))
        assertEquals(listOf(ScaleValue("pain", Int.MIN_VALUE)), ScaleReadings.toSend(scales, listOf("lots", "")), "the core refuses it")
        val earlier = listOf(ScaleValue("Sleep", 2), ScaleValue("focus", 4))
        assertEquals(
            listOf(ScaleValue("pain", 7), ScaleValue("focus", 4)),
            ScaleReadings.toSend(scales, listOf("7", ""), earlier),
            "sleep cleared on the form is cleared; focus (not shown) is kept",
        )
    }

    @Test
    fun `a saved reading is found by name, case-insensitively`() {
        assertEquals(2, ScaleReadings.saved(sleep, listOf(ScaleValue("Sleep ", 2))))
        assertNull(ScaleReadings.saved(pain, listOf(ScaleValue("sleep", 2))))
        assertEquals("Sleep", ScaleReadings.title("sleep"))
    }

    @Test
    fun `the range of a new scale must be whole numbers, the core judges the rest`() {
        assertEquals(Range.Ok(1, 5), ScaleReadings.range(" 1", "5 "))
        assertEquals(Range.Ok(5, 1), ScaleReadings.range("5", "1"), "order is the core's to refuse")
        assertEquals(Range.Ok(-3, 3), ScaleReadings.range("-3", "3"))
        assertEquals(Range.NotANumber("min"), ScaleReadings.range("", "5"))
        assertEquals(Range.NotANumber("max"), ScaleReadings.range("1", "five"))
    }
}
