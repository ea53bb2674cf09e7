#!/usr/bin/env bash
# Verifies Hearth's Android shell on Linux, without Gradle/AGP or the Android SDK:
#
#   1. scripts/gen-bindings.sh builds the host libhearth_ffi.so and the Kotlin bindings;
#   2. Maven fetches org.robolectric:android-all (the Android 15 / API 35 framework jar)
#      and JNA's AAR (for its manifest);
#   3. arsc_downgrade.py rewrites the framework's resources.arsc so Debian's aapt2 (2.19)
#      can read it (API 35 uses 16-bit offsets and compact entries), once per machine;
#   4. aapt2 compiles android/app/src/main/res and links it with the app's manifest
#      and the core's catalogues (core/l10n/<lang>/*.ftl as assets/<lang>/) against that
#      framework, with the pseudo-locales en-XA and ar-XB that pseudo_locales.py generates
#      (as AGP's pseudoLocalesEnabled would): resources and manifest are checked and
#      R.java generated;
#   5. the app's manifest and the aapt2-linked apk are handed to Robolectric
#      (target/robo-config, see below);
#   6. Maven compiles every Kotlin file of the app + bindings + R.java against
#      android-all, then runs the JUnit 5 tests (pure logic, the core paths with the real
#      .so, manifest privacy, no network code) and the Robolectric suite (hearth.android.robo:
#      the shell's real receivers, widget, notifications and screens on SDK 35 and 26,
#      with the real .so through JNA). Screenshots go to android/build/screenshots/.
#
# One Robolectric class:  tests/android/run.sh -Djvm.skip=true -Drobo.test=WidgetTest
# Only the JUnit 5 tests: tests/android/run.sh -Drobo.skip=true [-Dtest=ManifestTest]
# Screenshots only:       tests/android/run.sh -Djvm.skip=true -Drobo.test='*Screenshot*'
#
# usage: tests/android/run.sh [extra mvn args, e.g. -Dtest=ManifestTest]   (from any cwd)
# env:   CARGO_TARGET_DIR, PROFILE (debug|release), MVN (default mvn), AAPT2 (default aapt2)
# needs: JDK 17, Maven, python3, aapt2 (Debian package `aapt`; .ci/run installs it)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_cmd=("${MVN:-mvn}" -B --ntp -Dstyle.color=never)
# M2_REPO: another local repository (e.g. an empty one, to time a cold run).
[[ -n "${M2_REPO:-}" ]] && mvn_cmd+=("-Dmaven.repo.local=$M2_REPO")
aapt2="${AAPT2:-aapt2}"

android_all_version="$(sed -n 's:.*<android.all.version>\(.*\)</android.all.version>.*:\1:p' "$here/pom.xml")"
jna_version="$(sed -n 's:.*<jna.version>\(.*\)</jna.version>.*:\1:p' "$here/pom.xml")"
gradle="$root/android/app/build.gradle.kts"
min_sdk="$(sed -n 's/^ *minSdk = \([0-9]*\).*/\1/p' "$gradle")"
target_sdk="$(sed -n 's/^ *targetSdk = \([0-9]*\).*/\1/p' "$gradle")"
namespace="$(sed -n 's/^ *namespace = "\(.*\)".*/\1/p' "$gradle")"
[[ -n "$android_all_version" && -n "$jna_version" && -n "$min_sdk" && -n "$target_sdk" && -n "$namespace" ]] || {
  echo "run.sh: could not read versions from pom.xml / build.gradle.kts" >&2; exit 1; }

command -v "$aapt2" >/dev/null || {
  echo "run.sh: aapt2 not found; install Debian's 'aapt' package (apt-get install aapt)" >&2; exit 1; }

target="$here/target"
aapt="$target/aapt"
mkdir -p "$aapt"

# 1. Bindings + host library (own output dir: other suites regenerate theirs concurrently).
out="tests/android/target/bindings"
lib="$(cd "$root" && scripts/gen-bindings.sh "$out" | tail -n 1)"
[[ -f "$lib" ]] || { echo "run.sh: gen-bindings.sh did not name a built library (got: '$lib')" >&2; exit 1; }
bindings="$root/$out/kotlin"
[[ -f "$bindings/uniffi/hearth/hearth.kt" ]] || { echo "run.sh: no generated hearth.kt" >&2; exit 1; }

# 2. Framework jar and JNA's AAR from Maven Central (cached in ~/.m2).
repo="${M2_REPO:-$HOME/.m2/repository}"
android_all="$repo/org/robolectric/android-all/$android_all_version/android-all-$android_all_version.jar"
jna_aar="$repo/net/java/dev/jna/jna/$jna_version/jna-$jna_version.aar"
[[ -f "$android_all" ]] || "${mvn_cmd[@]}" -q dependency:get -Dtransitive=false -Dartifact="org.robolectric:android-all:$android_all_version"
[[ -f "$jna_aar" ]] || "${mvn_cmd[@]}" -q dependency:get -Dtransitive=false -Dartifact="net.java.dev.jna:jna:$jna_version:aar"
[[ -f "$android_all" && -f "$jna_aar" ]] || { echo "run.sh: android-all or the JNA AAR missing in $repo" >&2; exit 1; }
python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("AndroidManifest.xml"))' \
  "$jna_aar" > "$aapt/jna-AndroidManifest.xml"
# Robolectric's runtime needs two androidx.test aars; Maven puts no aar on a classpath, so
# their classes.jar goes to target/aar/<artifactId>/classes.jar (the pom adds it).
for prop in androidx.test.monitor androidx.test.idling; do
  coords="$(sed -n "s:.*<$prop>\(.*\)</$prop>.*:\1:p" "$here/pom.xml")"
  IFS=: read -r g a v <<<"$coords"
  aar="$repo/${g//.//}/$a/$v/$a-$v.aar"
  [[ -f "$aar" ]] || "${mvn_cmd[@]}" -q dependency:get -Dtransitive=false -Dartifact="$g:$a:$v:aar"
  mkdir -p "$target/aar/$a"
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("classes.jar"))' \
    "$aar" > "$target/aar/$a/classes.jar"
done

# 3. The API 35 framework resources in a form aapt2 2.19 reads (cached per jar + script).
framework="$aapt/android-$android_all_version-framework.apk"
if [[ ! -f "$framework" || "$framework" -ot "$android_all" || "$framework" -ot "$here/arsc_downgrade.py" ]]; then
  python3 "$here/arsc_downgrade.py" "$android_all" "$framework"
fi

# 4. Resources and manifest. AGP would put the namespace in as package and <uses-sdk>
#    from minSdk/targetSdk: do the same, then link against the framework.
rm -rf "$target/rgen" "$aapt/res.zip" "$aapt/app.apk" "$aapt/assets" "$aapt/pseudo-res" "$aapt/pseudo.zip"
"$aapt2" compile --dir "$root/android/app/src/main/res" -o "$aapt/res.zip"
# Android's pseudo-locales (values-en-rXA, values-ar-rXB), as AGP's pseudoLocalesEnabled
# would generate them: from values/strings*.xml into target/, never committed.
python3 "$here/pseudo_locales.py" "$root/android/app/src/main/res" "$aapt/pseudo-res"
"$aapt2" compile --dir "$aapt/pseudo-res" -o "$aapt/pseudo.zip"
# The core's catalogues as assets (issue #22), as build.gradle.kts's assets.srcDir
# ("../../core/l10n", *.md ignored) puts them in the APK: assets/<lang>/*.ftl.
mkdir -p "$aapt/assets"
for f in "$root"/core/l10n/*/*.ftl; do
  lang="$(basename "$(dirname "$f")")"
  mkdir -p "$aapt/assets/$lang" && cp "$f" "$aapt/assets/$lang/"
done
sed "0,/<manifest /s//<manifest package=\"$namespace\" /" "$root/android/app/src/main/AndroidManifest.xml" > "$aapt/AndroidManifest.xml"
"$aapt2" link -I "$framework" \
  --manifest "$aapt/AndroidManifest.xml" \
  --min-sdk-version "$min_sdk" --target-sdk-version "$target_sdk" \
  -A "$aapt/assets" \
  --java "$target/rgen" -o "$aapt/app.apk" "$aapt/res.zip" "$aapt/pseudo.zip" 2> >(grep -v "Unknown chunk type '200'" >&2)
"$aapt2" dump xmltree --file AndroidManifest.xml "$aapt/app.apk" > "$aapt/manifest-dump.txt"
[[ -f "$target/rgen/${namespace//.//}/R.java" ]] || { echo "run.sh: aapt2 wrote no R.java" >&2; exit 1; }
echo "aapt2: $(find "$root/android/app/src/main/res" -type f | wc -l) resource files compiled and linked against API $target_sdk; R.java generated"

# 5. Robolectric without AGP: Robolectric reads com/android/tools/test_config.properties
#    from the classpath (its "build system API", what AGP writes with
#    includeAndroidResources). We give it the binary-resources form AGP uses:
#    android_resource_apk = the apk aapt2 just linked (resources.arsc + compiled res, so
#    the app's own layouts, strings, night colours and plurals resolve exactly as aapt2
#    compiled them), android_merged_manifest = the app's manifest with package and
#    <uses-sdk> added as AGP would (Robolectric parses the text form; targetSdk 35 is its
#    default SDK), android_merged_assets = the assets folder linked into that apk (the
#    core's catalogues: Robolectric reads assets from this folder, not from the apk),
#    android_custom_package = the namespace (R class). Nothing is
#    re-parsed from res/ sources (that legacy mode is deprecated in Robolectric 4.x).
robo="$target/robo-config"
rm -rf "$robo" && mkdir -p "$robo/com/android/tools"
sed "0,/<application/s//<uses-sdk android:minSdkVersion=\"$min_sdk\" android:targetSdkVersion=\"$target_sdk\" \/>\n    <application/" \
  "$aapt/AndroidManifest.xml" > "$aapt/merged-AndroidManifest.xml"
cat > "$robo/com/android/tools/test_config.properties" <<EOF
android_merged_manifest=$aapt/merged-AndroidManifest.xml
android_resource_apk=$aapt/app.apk
android_merged_assets=$aapt/assets
android_custom_package=$namespace
EOF

# 6. Compile the app against android-all and run the tests.
cd "$here"
rm -rf target/classes target/test-classes   # nothing stale from deleted sources
"${mvn_cmd[@]}" test \
  -Dhearth.root="$root" \
  -Dhearth.bindings="$bindings" \
  -Dhearth.rgen="$target/rgen" \
  -Dhearth.libdir="$(dirname "$lib")" \
  -Dhearth.aapt.dump="$aapt/manifest-dump.txt" \
  -Dhearth.jna.manifest="$aapt/jna-AndroidManifest.xml" \
  -Dhearth.robo.config="$robo" \
  "$@"
