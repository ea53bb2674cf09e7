package hearth.android

import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * Hearth has no network code: no source of the app (Kotlin, Java, XML) may reference a
 * networking API, and it stays framework-only (no AndroidX, no Play services). The
 * generated bindings are checked too. Every Kotlin file of the app was compiled (the
 * Maven build fails otherwise); this also checks that each produced classes.
 */
class SourcesTest {
    private val root = File(System.getProperty("hearth.root") ?: "../..")
    private val appSrc = File(root, "android/app/src/main")

    private val forbidden = listOf(
        "java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket", "java.net.URL", "java.net.URI",
        "java.net.HttpURLConnection", "java.net.http", "HttpURLConnection", "URLConnection", "javax.net",
        "okhttp", "retrofit", "android.net.http", "android.webkit", "WebView", "android.net.ConnectivityManager",
        "java.nio.channels.SocketChannel", "InetAddress", "ktor", "volley",
        "androidx.", "com.google.android.gms", "com.google.firebase", "java.awt", "javax.swing",
    )

    private fun sources(dir: File, exts: Set<String>) = dir.walkTopDown().filter { it.isFile && it.extension in exts }.toList()

    @Test
    fun `no source references a networking API, AndroidX or a JDK-only UI API`() {
        val files = sources(appSrc, setOf("kt", "java", "xml")) + sources(File(root, "android"), setOf("kts", "pro"))
            .filter { !it.path.contains("/build/") }
        assertTrue(files.size > 20, "found the app's sources (${files.size})")
        val hits = files.flatMap { f ->
            f.readLines().mapIndexedNotNull { i, line ->
                // R8's "-dontwarn java.awt.**" for JNA's desktop classes is not a use.
                if (f.extension == "pro" && line.startsWith("-dontwarn")) return@mapIndexedNotNull null
                forbidden.firstOrNull { line.contains(it) }?.let { "${f.relativeTo(root)}:${i + 1}: $it" }
            }
        }
        assertEquals(emptyList<String>(), hits)
    }

    @Test
    fun `the generated bindings have no network code either`() {
        val bindings = File(System.getProperty("hearth.bindings") ?: "")
        val kt = sources(bindings, setOf("kt"))
        assertTrue(kt.isNotEmpty(), "bindings at $bindings")
        val hits = kt.flatMap { f -> f.readLines().filter { l -> listOf("java.net", "javax.net", "okhttp").any { l.contains(it) } } }
        assertEquals(emptyList<String>(), hits)
    }

    @Test
    fun `every Kotlin file of the app compiled into classes`() {
        val classes = File("target/classes")
        val kt = sources(File(appSrc, "java"), setOf("kt"))
        assertTrue(kt.size >= 30, "${kt.size} Kotlin files")
        for (f in kt) {
            val pkg = f.readLines().first { it.startsWith("package ") }.removePrefix("package ").trim()
            val dir = File(classes, pkg.replace('.', '/'))
            val stem = f.nameWithoutExtension
            val produced = dir.listFiles { c -> c.name.startsWith(stem) || c.name.startsWith("${stem}Kt") }.orEmpty()
            // A file of top-level declarations compiles to <Name>Kt.class; a file of classes to its class names.
            val declared = Regex("""^(?:internal |private |public )?(?:data |sealed |enum |abstract |open )*(?:class|object|interface) (\w+)""", RegexOption.MULTILINE)
                .findAll(f.readText()).map { it.groupValues[1] }.toList()
            val found = produced.isNotEmpty() || declared.any { File(dir, "$it.class").isFile }
            assertTrue(found, "${f.relativeTo(root)} produced no class")
        }
    }
}
