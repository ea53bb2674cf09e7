package hearth.android

import app.hearth.logic.PermissionFlow
import app.hearth.logic.PermissionFlow.Step
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class PermissionFlowTest {
    private val fresh = PermissionFlow.State(sdkInt = 35, granted = false, remindersEnabled = true, explained = false, notNow = false, denials = 0)

    @Test
    fun `Android 12 and older need no runtime permission`() {
        assertEquals(Step.NONE, PermissionFlow.onAppOpen(fresh.copy(sdkInt = 32)))
        assertEquals(Step.NONE, PermissionFlow.onUserAsks(fresh.copy(sdkInt = 26)))
    }

    @Test
    fun `first open on Android 13+ explains before anything else`() {
        assertEquals(Step.EXPLAIN, PermissionFlow.onAppOpen(fresh))
        assertEquals(Step.EXPLAIN, PermissionFlow.onAppOpen(fresh.copy(sdkInt = 33)))
    }

    @Test
    fun `nothing is asked while reminders are off, or once granted`() {
        assertEquals(Step.NONE, PermissionFlow.onAppOpen(fresh.copy(remindersEnabled = false)))
        assertEquals(Step.NONE, PermissionFlow.onAppOpen(fresh.copy(granted = true)))
        assertEquals(Step.NONE, PermissionFlow.onUserAsks(fresh.copy(granted = true)))
    }

    @Test
    fun `Not now is respected - never asked again by itself`() {
        val s = PermissionFlow.afterNotNow(fresh)
        assertEquals(Step.RESPECT_NO, PermissionFlow.onAppOpen(s))
        assertEquals(Step.RESPECT_NO, PermissionFlow.onAppOpen(s.copy(sdkInt = 36)))
        // ...but the person can still ask from the Reminders screen.
        assertEquals(Step.REQUEST, PermissionFlow.onUserAsks(s))
    }

    @Test
    fun `explanation seen and closed without a choice does not come back on every open`() {
        assertEquals(Step.RESPECT_NO, PermissionFlow.onAppOpen(fresh.copy(explained = true)))
    }

    @Test
    fun `a system refusal is respected - after two Android stops asking, so we point to Settings`() {
        val once = PermissionFlow.afterResult(fresh.copy(explained = true), granted = false)
        assertEquals(1, once.denials)
        assertEquals(Step.RESPECT_NO, PermissionFlow.onAppOpen(once))
        assertEquals(Step.REQUEST, PermissionFlow.onUserAsks(once))
        val twice = PermissionFlow.afterResult(once, granted = false)
        assertEquals(Step.OPEN_SETTINGS, PermissionFlow.onUserAsks(twice))
    }

    @Test
    fun `a grant ends the flow`() {
        val s = PermissionFlow.afterResult(fresh, granted = true)
        assertEquals(Step.NONE, PermissionFlow.onAppOpen(s))
        assertEquals(Step.NONE, PermissionFlow.onUserAsks(s))
    }
}
