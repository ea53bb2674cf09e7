package hearth.android

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.w3c.dom.Element

/**
 * Privacy rules of the app's manifest, merged as AGP would with the one library that
 * brings a manifest (JNA's AAR), and of the binary manifest aapt2 linked against the
 * API 35 framework (tests/android/run.sh writes its dump).
 */
class ManifestTest {
    private val root = File(System.getProperty("hearth.root") ?: "../..")
    private val appDir = File(root, "android/app/src/main")
    private val classes = File("target/classes")

    private fun parse(f: File): Element =
        DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }.newDocumentBuilder().parse(f).documentElement

    private val app = parse(File(appDir, "AndroidManifest.xml"))
    private val libraries: List<Element> = listOfNotNull(System.getProperty("hearth.jna.manifest")?.let(::File)?.takeIf { it.isFile }?.let(::parse))

    private fun Element.children(tag: String): List<Element> {
        val nl = getElementsByTagName(tag)
        return (0 until nl.length).map { nl.item(it) as Element }
    }

    private fun Element.a(name: String): String? = getAttributeNS(ANDROID, name).takeIf { hasAttributeNS(ANDROID, name) }

    private val permissions: Set<String> =
        (listOf(app) + libraries).flatMap { m -> m.children("uses-permission") + m.children("uses-permission-sdk-23") }.mapNotNull { it.a("name") }.toSet()

    @Test
    fun `the JNA library manifest was found and merged`() {
        assertEquals(1, libraries.size, "run.sh extracts jna-5.17.0.aar's AndroidManifest.xml")
    }

    @Test
    fun `no library makes the merger imply permissions`() {
        // AGP's manifest merger adds WRITE_EXTERNAL_STORAGE and READ_PHONE_STATE for a
        // library whose targetSdkVersion is below 4 (or missing with no minSdk above 3).
        for (lib in libraries) {
            val sdk = lib.children("uses-sdk").singleOrNull()
            val target = sdk?.a("targetSdkVersion")?.toIntOrNull() ?: sdk?.a("minSdkVersion")?.toIntOrNull() ?: 1
            assertTrue(target >= 4, "${lib.getAttribute("package")} targets $target")
        }
    }

    @Test
    fun `no network permission at all, merged with libraries`() {
        val network = setOf(
            "android.permission.INTERNET", "android.permission.ACCESS_NETWORK_STATE", "android.permission.ACCESS_WIFI_STATE",
            "android.permission.CHANGE_NETWORK_STATE", "android.permission.CHANGE_WIFI_STATE", "android.permission.NEARBY_WIFI_DEVICES",
            "android.permission.BLUETOOTH", "android.permission.BLUETOOTH_CONNECT", "android.permission.BLUETOOTH_SCAN",
        )
        assertEquals(emptySet<String>(), permissions intersect network)
    }

    @Test
    fun `exactly the permissions Hearth needs - no exact alarms, no phone or storage access`() {
        // USE_BIOMETRIC: the app lock's BiometricPrompt (issue #19).
        assertEquals(
            setOf("android.permission.POST_NOTIFICATIONS", "android.permission.RECEIVE_BOOT_COMPLETED", "android.permission.USE_BIOMETRIC"),
            permissions,
        )
        assertFalse("android.permission.SCHEDULE_EXACT_ALARM" in permissions)
        assertFalse("android.permission.USE_EXACT_ALARM" in permissions)
    }

    @Test
    fun `backup is off and data extraction excludes everything from cloud backup and device transfer`() {
        val application = app.children("application").single()
        assertEquals("false", application.a("allowBackup"))
        assertEquals("false", application.a("fullBackupContent"))
        val rules = application.a("dataExtractionRules")
        assertEquals("@xml/data_extraction_rules", rules)
        val xml = parse(File(appDir, "res/xml/data_extraction_rules.xml"))
        val domains = setOf("root", "file", "database", "sharedpref", "external", "device_root", "device_file", "device_database", "device_sharedpref")
        for (section in listOf("cloud-backup", "device-transfer")) {
            val s = xml.children(section).single()
            assertTrue(s.children("include").isEmpty(), "$section includes nothing")
            val excluded = s.children("exclude").filter { it.getAttribute("path") == "." }.map { it.getAttribute("domain") }.toSet()
            assertEquals(domains, excluded, section)
        }
    }

    @Test
    fun `exported only where the system or the launcher must reach in`() {
        val application = app.children("application").single()
        val components = listOf("activity", "receiver", "service", "provider").flatMap { application.children(it) }
        val exported = components.filter { it.a("exported") == "true" }.map { it.a("name") }.toSet()
        assertEquals(setOf(".ui.MainActivity", ".widget.CheckInWidgetProvider", ".tile.CheckInTileService"), exported)
        components.filter { it.children("intent-filter").isNotEmpty() }.forEach {
            assertNotNull(it.a("exported"), "${it.a("name")} has an intent filter and must say android:exported (Android 12+)")
        }
        components.forEach { assertNotNull(it.a("exported"), "${it.a("name")} states android:exported") }
        // The one service is the Quick Settings tile; no content provider at all.
        assertEquals(listOf(".tile.CheckInTileService"), application.children("service").map { it.a("name") })
        assertTrue(application.children("provider").isEmpty())
    }

    @Test
    fun `the Quick Settings tile is bound only by the system, with a label and an icon`() {
        val application = app.children("application").single()
        val tile = application.children("service").single { it.a("name") == ".tile.CheckInTileService" }
        assertEquals("android.permission.BIND_QUICK_SETTINGS_TILE", tile.a("permission"))
        assertEquals("true", tile.a("exported"), "Quick Settings (SystemUI) binds it from outside the app")
        assertEquals(listOf("android.service.quicksettings.action.QS_TILE"), tile.children("action").mapNotNull { it.a("name") })
        assertEquals("@string/tile_label", tile.a("label"))
        assertEquals("@drawable/ic_stat_hearth", tile.a("icon"))
        val toggle = tile.children("meta-data").single { it.a("name") == "android.service.quicksettings.TOGGLEABLE_TILE" }
        assertEquals("false", toggle.a("value"), "a button that opens a dialog, not a switch")
    }

    @Test
    fun `the tile's mood dialog, the first run and Getting started are private screens`() {
        val activities = app.children("application").single().children("activity").associateBy { it.a("name") }
        for (n in listOf(".ui.QuickMoodActivity", ".ui.FirstRunActivity", ".ui.GettingStartedActivity")) {
            val a = activities[n] ?: throw AssertionError("$n declared")
            assertEquals("false", a.a("exported"), n)
            assertTrue(a.children("intent-filter").isEmpty(), "$n has no intent filter")
        }
        val dialog = activities.getValue(".ui.QuickMoodActivity")
        assertEquals("@style/Theme.Hearth.Dialog", dialog.a("theme"))
        assertEquals("true", dialog.a("excludeFromRecents"))
    }

    @Test
    fun `the launcher activity carries the static shortcuts, and each names a screen of the app`() {
        val main = app.children("application").single().children("activity").single { it.a("name") == ".ui.MainActivity" }
        val meta = main.children("meta-data").single { it.a("name") == "android.app.shortcuts" }
        assertEquals("@xml/shortcuts", meta.a("resource"))
        val xml = parse(File(appDir, "res/xml/shortcuts.xml"))
        val namespace = Regex("namespace = \"(.*)\"").find(File(root, "android/app/build.gradle.kts").readText())!!.groupValues[1]
        val shortcuts = xml.children("shortcut")
        assertEquals(listOf("check_in", "reflection", "safety_plan"), shortcuts.map { it.a("shortcutId") })
        val declared = app.children("application").single().children("activity").mapNotNull { it.a("name") }.map { "$namespace$it" }.toSet()
        for (s in shortcuts) {
            assertNotNull(s.a("shortcutShortLabel"), "${s.a("shortcutId")} has a label")
            val intent = s.children("intent").single()
            assertEquals(namespace, intent.a("targetPackage"))
            assertTrue(intent.a("targetClass") in declared, "${intent.a("targetClass")} is a declared activity")
            assertNotNull(intent.a("action"), "a shortcut intent needs an action")
        }
    }

    @Test
    fun `the system-event receiver is private and listens only to what the system sends`() {
        val r = app.children("receiver").single { it.a("name") == ".reminders.SystemEventsReceiver" }
        assertEquals("false", r.a("exported"))
        val actions = r.children("action").mapNotNull { it.a("name") }.toSet()
        assertEquals(
            setOf(
                "android.intent.action.BOOT_COMPLETED", "android.intent.action.TIME_SET", "android.intent.action.TIMEZONE_CHANGED",
                "android.intent.action.MY_PACKAGE_REPLACED", "android.intent.action.LOCALE_CHANGED",
                "android.app.action.APP_BLOCK_STATE_CHANGED", "android.app.action.NOTIFICATION_CHANNEL_BLOCK_STATE_CHANGED",
            ),
            actions,
        )
    }

    @Test
    fun `every component the manifest names is a compiled class of the app`() {
        val application = app.children("application").single()
        val names = listOf("activity", "receiver", "service").flatMap { application.children(it) }.mapNotNull { it.a("name") }
        assertTrue(names.size >= 10)
        for (n in names) {
            val fq = if (n.startsWith(".")) "app.hearth$n" else n
            assertTrue(File(classes, fq.replace('.', '/') + ".class").isFile, "$fq is compiled")
        }
    }

    @Test
    fun `the binary manifest aapt2 linked against API 35 says the same`() {
        val dump = File(System.getProperty("hearth.aapt.dump") ?: "target/aapt/manifest-dump.txt").readText()
        assertFalse(dump.contains("INTERNET"))
        assertFalse(dump.contains("EXACT_ALARM"))
        assertTrue(Regex("""allowBackup\(0x01010280\)=false""").containsMatchIn(dump), "allowBackup resolved and false")
        assertTrue(Regex("""dataExtractionRules\(0x0101063e\)=@0x7f""").containsMatchIn(dump), "dataExtractionRules resolved to an app resource")
        assertTrue(Regex("""targetSdkVersion\(0x01010270\)=35""").containsMatchIn(dump))
        assertTrue(Regex("""minSdkVersion\(0x0101020c\)=26""").containsMatchIn(dump))
        assertTrue(dump.contains("compileSdkVersion(0x01010572)=35"), "linked against the API 35 framework")
    }

    companion object {
        const val ANDROID = "http://schemas.android.com/apk/res/android"
    }
}
