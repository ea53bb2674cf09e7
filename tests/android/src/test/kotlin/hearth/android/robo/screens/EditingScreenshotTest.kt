package hearth.android.robo.screens

import app.hearth.core.Stores
import app.hearth.ui.CheckInActivity
import app.hearth.ui.ReflectionActivity
import app.hearth.ui.TagsActivity
import app.hearth.ui.ThoughtRecordActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.AutomaticThought
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.MoodRating
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ScaleValue
import uniffi.hearth.ThoughtInput

/**
 * Issue #20's screens at font scale 2.0 (light) and in the dark: the edit screens, the
 * check-in with scales being edited, and the tag screen with an archived tag. Each passes
 * the accessibility walk and is drawn to android/build/screenshots/ to be looked at.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
abstract class EditingScreens {
    protected abstract val config: String
    private val app = Robo.app()
    private lateinit var reflection: String
    private lateinit var thought: String
    private lateinit var checkin: String

    @Before fun seed() {
        Robo.setUp()
        Robo.firstRunDone()
        Stores.use(app) { h ->
            h.createScale("sleep", 1, 5)
            h.createScale("pain", 0, 10)
            h.createScale("tension", -2, 2)
            checkin = h.recordCheckin(
                CheckInInput(mood = 3, source = EntrySource.APP, tags = listOf("work"), at = Robo.time.at(2026, 12, 5, 20), scales = listOf(ScaleValue("sleep", 2), ScaleValue("pain", 6))),
            ).id
            h.setTagArchived(h.tags().single { it.name == "work" }.id, true)
            reflection = h.addReflection(ReflectionInput("The walk by the canal helped.", null, Robo.time.at(2026, 12, 2, 21), 3600)).id
            thought = h.addThought(
                ThoughtInput(
                    situation = "The meeting ran late",
                    moods = listOf(MoodRating("anxious", 80), MoodRating("frustrated", 40)),
                    thoughts = listOf(AutomaticThought("They think I'm slow", true)),
                    balancedThought = "One late meeting is not the whole picture",
                    balancedBelief = 60,
                    at = Robo.time.at(2026, 12, 3, 19),
                ),
            ).id
        }
    }

    private fun shoot(a: android.app.Activity, name: String) = ScreenKit.shoot(a, "$name accessibility", "$name-$config")

    @Test fun editReflection() =
        shoot(EditKit.start(ReflectionActivity::class.java) { putExtra(ReflectionActivity.EXTRA_ENTRY_ID, reflection) }.get(), "EditReflection")

    @Test fun editThought() =
        shoot(EditKit.start(ThoughtRecordActivity::class.java) { putExtra(ThoughtRecordActivity.EXTRA_ENTRY_ID, thought) }.get(), "EditThought")

    @Test fun checkInWithScales() =
        shoot(EditKit.start(CheckInActivity::class.java) { putExtra(CheckInActivity.EXTRA_ID, checkin) }.get(), "CheckIn-scales-edit")

    @Test fun tags() = shoot(EditKit.start(TagsActivity::class.java).get(), "Tags")
}

/** Font scale 2.0, light. */
@Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi", fontScale = 2.0f)
class EditingScreenshot35LargeTest : EditingScreens() {
    override val config = "35-light-font2"
}

/** Dark, SDK 26 (minSdk). */
@Config(sdk = [26], qualifiers = "w360dp-h740dp-night-hdpi")
class EditingScreenshot26DarkTest : EditingScreens() {
    override val config = "26-dark"
}
