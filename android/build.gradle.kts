// Versions: AGP 8.7 is the first line that supports compileSdk 35 without warnings and
// needs Gradle 8.9+; Kotlin matches the compiler that tests/android uses on Linux.
plugins {
    id("com.android.application") version "8.7.3" apply false
    id("org.jetbrains.kotlin.android") version "2.2.21" apply false
}
