package hearth.android.robo.screens

import hearth.android.robo.HearthRunner
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Pictures of a few screens in three looks on SDK 35 at 360×740 dp (light, dark, light at
 * font scale 2), to be looked at in android/build/screenshots/. A subclass draws its
 * screens in [pictures], named with the look ("35-light", "35-dark", "35-light-font2"),
 * usually through [ScreenKit.shoot].
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
abstract class ScreenshotLooks {
    /** Draws the screens in the look [config] names. */
    protected abstract fun pictures(config: String)

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
    fun `light`() = pictures("35-light")

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-night-hdpi")
    fun `dark`() = pictures("35-dark")

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi", fontScale = 2.0f)
    fun `font scale 2`() = pictures("35-light-font2")
}
