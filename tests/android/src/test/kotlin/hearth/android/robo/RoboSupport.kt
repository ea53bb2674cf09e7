package hearth.android.robo

import android.app.Activity
import android.app.Application
import android.graphics.Bitmap
import android.graphics.Canvas
import android.os.Looper
import android.view.View
import app.hearth.core.Background
import app.hearth.core.Stores
import app.hearth.logic.Clock
import hearth.android.SoftwareWrapper
import java.io.File
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.time.ZonedDateTime
import java.util.Random
import java.util.concurrent.TimeUnit
import javax.imageio.ImageIO
import org.junit.Assert.assertTrue
import org.junit.runners.model.FrameworkMethod
import org.robolectric.RobolectricTestRunner
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.internal.bytecode.InstrumentationConfiguration
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.ReflectionInput
import uniffi.hearth.emotionVocabulary

/**
 * The runner for every Robolectric test here: `@RunWith(HearthRunner::class)`.
 *
 * The uniffi bindings and JNA stay outside Robolectric's sandboxes (loaded once, by the
 * JVM's own class loader): the Rust library is loaded once per process, and uniffi
 * registers its callback tables (KeyVault, TimeZoneSource) with it once. A second copy of
 * the bindings in a second sandbox (SDK 26 beside SDK 35) would re-register them, and the
 * library would then call back into whichever copy registered last (not observed to fail
 * here, but nothing guarantees it). Neither touches android.*, so nothing is lost by not
 * instrumenting them.
 */
class HearthRunner(testClass: Class<*>) : RobolectricTestRunner(testClass) {
    override fun createClassLoaderConfig(method: FrameworkMethod): InstrumentationConfiguration =
        InstrumentationConfiguration.Builder(super.createClassLoaderConfig(method))
            .doNotAcquirePackage("uniffi.")
            .doNotAcquirePackage("com.sun.jna.")
            .build()
}

/** A clock the test moves by hand; [Stores.clock] reads it. */
class TestClock(@Volatile var now: Instant, @Volatile var zone: ZoneId) {
    val clock = Clock(now = { now }, zone = { zone })

    /** Local date-time in [zone] as an instant. */
    fun at(y: Int, mo: Int, d: Int, h: Int, mi: Int = 0): Instant = ZonedDateTime.of(y, mo, d, h, mi, 0, 0, zone).toInstant()
}

/**
 * Shared set-up for the Robolectric suite (used by hearth.android.robo and .screens).
 *
 * Typical test:
 * ```
 * @RunWith(HearthRunner::class) @GraphicsMode(GraphicsMode.Mode.NATIVE)
 * class FooTest {
 *   @Before fun setUp() { Robo.setUp() ; Robo.seedDemo() }
 *   @Test fun shows() { val a = Robolectric.buildActivity(MainActivity::class.java).setup().get(); Robo.drain()
 *                       Robo.assertNotBlank(Robo.screenshot(a, "main-light")) }
 * }
 * ```
 */
object Robo {
    /** 2026-12-06 10:00 in Paris: a Sunday morning, outside any DST change. */
    val DEFAULT_ZONE: ZoneId = ZoneId.of("Europe/Paris")
    val DEFAULT_NOW: Instant = ZonedDateTime.of(2026, 12, 6, 10, 0, 0, 0, DEFAULT_ZONE).toInstant()

    /** Where pictures go: android/build/screenshots (not committed; android/.gitignore has /build/). */
    val screenshotDir: File
        get() = File(System.getProperty("hearth.screenshots") ?: "android/build/screenshots").also { it.mkdirs() }

    lateinit var keys: SoftwareWrapper
        private set
    lateinit var time: TestClock
        private set

    fun app(): Application = RuntimeEnvironment.getApplication()

    /**
     * Call first in every test (@Before): a fresh in-memory keystore (Robolectric gives each
     * test fresh app directories, so a fresh store) and a fixed clock. The store itself is
     * created by the first `Stores.use`.
     */
    fun setUp(now: Instant = DEFAULT_NOW, zone: ZoneId = DEFAULT_ZONE) {
        keys = SoftwareWrapper()
        val k = keys
        Stores.keyWrapper = { k }
        time = TestClock(now, zone)
        Stores.clock = time.clock
    }

    /**
     * The person has answered the reminder question "yes" (issue #21: nothing is planned
     * before an answer), as the first run or the reminder settings would keep it.
     */
    fun remindersChosen() = Stores.use(app()) { it.setShellSetting(app.hearth.logic.ReminderChoice.SETTING_NAME, "on") }

    /**
     * The first run's three screens marked seen (issue #21), so Today is Today: tests
     * written before the first run, or about something else, start from here.
     */
    fun firstRunDone() = Stores.use(app()) { h ->
        for (s in app.hearth.logic.FirstRun.Step.entries) h.setShellSetting(s.settingName, app.hearth.logic.FirstRun.Outcome.SEEN.stored)
    }

    /**
     * Runs everything queued until nothing moves: the core thread (Background, where
     * receivers work inside goAsync and activities load) and the main looper (results
     * posted back to the UI). Call after starting an activity, a click or a broadcast.
     */
    fun drain(rounds: Int = 20) {
        repeat(rounds) {
            Background.executor.submit {}.get(30, TimeUnit.SECONDS)
            val looper = shadowOf(Looper.getMainLooper())
            if (looper.isIdle) {
                // Nothing came back to the main thread: one more core-thread round to be sure.
                Background.executor.submit {}.get(30, TimeUnit.SECONDS)
                if (shadowOf(Looper.getMainLooper()).isIdle) return
            }
            looper.idle()
        }
    }

    /**
     * Fills the store with [days] days of plausible check-ins (one to three a day, a few
     * with notes, tags and emotions) and a reflection every few days, ending yesterday, at
     * the test clock's zone. Deterministic for a [seed]. Made up: no real person's data.
     * (The core has its own demo generator, but the FFI does not export it.)
     */
    fun seedDemo(days: Int = 90, seed: Long = 7L): Int {
        val r = Random(seed)
        val zone = time.zone
        val today = LocalDate.ofInstant(time.now, zone)
        val notes = listOf(
            "Walked to the park with a friend.", "Long day, but dinner helped.",
            "Called my sister; we laughed a lot.", "Slept badly. Taking it slow.",
            "Quiet evening with a book.",
        )
        // Only words from the core's own emotion list (anything else must be marked custom).
        val known = emotionVocabulary().map { it.name }.toSet()
        val emotions = listOf("calm", "content", "grateful", "hopeful", "drained", "stressed", "anxious", "happy").filter { it in known }
        check(emotions.size >= 4) { "the core's emotion list changed: $known" }
        val tags = listOf("work", "family", "friends", "fitness", "self-care", "weather")
        var count = 0
        Stores.use(app()) { h ->
            var base = 3
            for (d in days downTo 1) {
                val date = today.minusDays(d.toLong())
                if (r.nextInt(10) == 0) base = (base + r.nextInt(3) - 1).coerceIn(2, 4) // slow drift
                repeat(1 + r.nextInt(3)) { i ->
                    val at = date.atTime(8 + i * 5 + r.nextInt(3), r.nextInt(60)).atZone(zone).toInstant()
                    h.recordCheckin(
                        CheckInInput(
                            mood = (base + r.nextInt(3) - 1).coerceIn(1, 5),
                            source = listOf(EntrySource.APP, EntrySource.WIDGET, EntrySource.REMINDER)[r.nextInt(3)],
                            energy = 1 + r.nextInt(5),
                            emotions = if (r.nextBoolean()) listOf(emotions[r.nextInt(emotions.size)]) else emptyList(),
                            tags = if (r.nextBoolean()) listOf(tags[r.nextInt(tags.size)]) else emptyList(),
                            note = if (r.nextInt(4) == 0) notes[r.nextInt(notes.size)] else null,
                            at = at,
                            utcOffsetSeconds = zone.rules.getOffset(at).totalSeconds,
                        ),
                    )
                    count++
                }
                if (d % 4 == 0) {
                    val at = date.atTime(21, 30).atZone(zone).toInstant()
                    h.addReflection(
                        ReflectionInput(
                            text = "Spent time with ${listOf("a friend", "family", "a neighbour")[r.nextInt(3)]}. Felt more settled after.",
                            at = at, utcOffsetSeconds = zone.rules.getOffset(at).totalSeconds,
                        ),
                    )
                }
            }
        }
        return count
    }

    /**
     * Draws [view] at [widthPx] × [heightPx] (or its own measured height if null) onto a
     * bitmap and writes `<name>.png` to [screenshotDir]. Use under
     * `@GraphicsMode(GraphicsMode.Mode.NATIVE)` for real pixels.
     */
    fun screenshot(view: View, name: String, widthPx: Int, heightPx: Int? = null): File {
        val wSpec = View.MeasureSpec.makeMeasureSpec(widthPx, View.MeasureSpec.EXACTLY)
        val hSpec = if (heightPx != null) {
            View.MeasureSpec.makeMeasureSpec(heightPx, View.MeasureSpec.EXACTLY)
        } else {
            View.MeasureSpec.makeMeasureSpec(0, View.MeasureSpec.UNSPECIFIED)
        }
        view.measure(wSpec, hSpec)
        view.layout(0, 0, view.measuredWidth, view.measuredHeight)
        return save(draw(view), name)
    }

    /** The activity's whole window (decor view, as laid out by Robolectric's display) to `<name>.png`. */
    fun screenshot(activity: Activity, name: String): File {
        shadowOf(Looper.getMainLooper()).idle()
        val decor = activity.window.decorView
        return save(draw(decor), name)
    }

    private fun draw(view: View): Bitmap {
        val bmp = Bitmap.createBitmap(maxOf(1, view.width), maxOf(1, view.height), Bitmap.Config.ARGB_8888)
        view.draw(Canvas(bmp))
        return bmp
    }

    private fun save(bmp: Bitmap, name: String): File {
        val f = File(screenshotDir, "$name.png")
        f.outputStream().use { bmp.compress(Bitmap.CompressFormat.PNG, 100, it) }
        return f
    }

    /**
     * Asserts that [png] is a picture of something: it decodes, and more than 1% of its
     * pixels differ from its most common colour, in at least 3 colours (a blank, single
     * colour or lone-line image fails).
     */
    fun assertNotBlank(png: File) {
        assertTrue("$png exists", png.isFile && png.length() > 0)
        val img = ImageIO.read(png) ?: throw AssertionError("$png does not decode as an image")
        val counts = HashMap<Int, Int>()
        for (y in 0 until img.height) for (x in 0 until img.width) counts.merge(img.getRGB(x, y), 1, Int::plus)
        val total = img.width * img.height
        val background = counts.values.max()
        assertTrue("$png: ${counts.size} colours", counts.size >= 3)
        assertTrue("$png is (nearly) one colour: ${total - background} of $total pixels differ", (total - background) * 100 > total)
    }
}
