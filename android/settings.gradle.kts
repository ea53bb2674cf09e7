// Hearth for Android: one application module, framework APIs + JNA only (no AndroidX).
// Open this folder (android/) in Android Studio. See README.md for what was verified
// without Gradle, and scripts/ for the generated bindings and the Rust libraries.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "Hearth"
include(":app")
