import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// The uniffi bindings are a build output of the Rust crate, never committed. They are
// written by android/scripts/gen-bindings.sh to android/build/bindings/kotlin and added
// below as a source directory; `genBindings` runs the script before every build.
val bindingsDir = rootProject.layout.projectDirectory.dir("build/bindings/kotlin")

val genBindings by tasks.registering(Exec::class) {
    group = "hearth"
    description = "Builds the host hearth-ffi library and generates the Kotlin bindings (uniffi)."
    workingDir = rootProject.projectDir
    commandLine("bash", "scripts/gen-bindings.sh")
    outputs.dir(bindingsDir)
    // Cheap when nothing changed (cargo is incremental); always run so a Rust change
    // cannot leave stale bindings next to a fresh .so.
    outputs.upToDateWhen { false }
}

// Cross-compiles libhearth_ffi.so for every ABI into src/main/jniLibs (cargo-ndk).
// Not wired into preBuild: it needs the NDK and takes minutes; run it when Rust changes.
tasks.register<Exec>("buildRust") {
    group = "hearth"
    description = "cargo-ndk build of libhearth_ffi.so for arm64-v8a, armeabi-v7a, x86_64."
    workingDir = rootProject.projectDir
    commandLine("bash", "scripts/build-rust.sh")
}

android {
    namespace = "app.hearth"
    compileSdk = 35

    defaultConfig {
        applicationId = "app.hearth"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets {
        getByName("main") {
            java.srcDir(bindingsDir)
            // jniLibs/{arm64-v8a,armeabi-v7a,x86_64}/libhearth_ffi.so from scripts/build-rust.sh
            jniLibs.srcDir("src/main/jniLibs")
            // The core's catalogues (issue #22), from their single source core/l10n: the
            // APK's assets hold de/*.ftl, es/*.ftl, en/*.ftl, handed to the core at start-up
            // (HearthApp → core/Languages.kt). Nothing is copied into the app's tree.
            assets.srcDir("../../core/l10n")
        }
    }

    androidResources {
        // Only the catalogues from core/l10n: not its TRANSLATORS.md (aapt's default
        // patterns, plus *.md).
        ignoreAssetsPattern = "!.svn:!.git:!.ds_store:!*.scc:.*:<dir>_*:!CVS:!thumbs.db:!picasa.ini:!*~:!*.md"
    }

    packaging {
        // JNA's AAR carries libjnidispatch.so for every ABI; keep them uncompressed so
        // they load from the APK.
        jniLibs.useLegacyPackaging = false
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

tasks.named("preBuild") { dependsOn(genBindings) }

dependencies {
    // JNA as an AAR: the jar plus libjnidispatch.so for each Android ABI. Nothing else:
    // the shell uses framework APIs only (no AndroidX, no Google Play services).
    implementation("net.java.dev.jna:jna:5.17.0@aar")
}
