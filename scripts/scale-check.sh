#!/usr/bin/env bash
# Does Hearth stay as fast after 50 years as after 30 days? Seeds a 30-day and a 50-year
# store with `hearth demo`, then times `hearth today --json` and
# `hearth insights --days 30 --json` on each, alternating which store goes first, and
# fails unless every 50-year median is within RATIO (default 1.5) of its 30-day median.
#
# usage: scripts/scale-check.sh            (release build of the CLI; ~15 s once built)
# env:   CARGO_TARGET_DIR (default <repo>/target), RUNS (default 21, at least 15),
#        RATIO (default 1.5), PROFILE (release|debug, default release)
#
# Each timed run is a whole process (exec, open + unlock from the key file, the command,
# exit), as a widget or a shell script would see it. Times come from bash's
# EPOCHREALTIME (microseconds, no extra process). The stores live under the target
# dir's tmp/ (a real disk), are rebuilt every run, and are removed at the end.
set -euo pipefail
export LC_ALL=C   # EPOCHREALTIME uses the locale's decimal point
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
runs="${RUNS:-21}"
ratio="${RATIO:-1.5}"
profile="${PROFILE:-release}"
(( runs >= 15 )) || { echo "scale-check: RUNS must be at least 15" >&2; exit 2; }

# calc EXPR: floating-point arithmetic (awk is everywhere; bc is not).
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

started=$EPOCHREALTIME
flag=(); [[ "$profile" == release ]] && flag=(--release)
cargo build -q -p hearth-cli "${flag[@]}"
hearth="$target/$profile/hearth"
[[ -x "$hearth" ]] || { echo "scale-check: no $hearth" >&2; exit 1; }
built=$EPOCHREALTIME

work="$target/tmp/scale-check"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
export TZ=UTC              # one "today" for seeding and every command
unset HEARTH_PASSPHRASE    # key files: the vault is not what is being measured

declare -A days=([30d]=30 [50y]=18250)
for s in 30d 50y; do
  t0=$EPOCHREALTIME
  "$hearth" demo --store "$work/$s" --days "${days[$s]}" --json > "$work/$s.seed.json"
  printf 'seeded %-3s  %s  in %.1f s\n' "$s" "$(tr -d '\n ' < "$work/$s.seed.json")" \
    "$(calc "$EPOCHREALTIME - $t0")"
done
seeded=$EPOCHREALTIME

# time_us STORE ARGS...: runs the CLI once on STORE, prints wall microseconds.
time_us() {
  local store="$1"; shift
  local t0=$EPOCHREALTIME
  "$hearth" --store "$work/$store" "$@" > /dev/null
  local t1=$EPOCHREALTIME
  echo $(( ${t1/./} - ${t0/./} ))
}

declare -A samples
cmds=("today --json" "insights --days 30 --json")
for c in "${cmds[@]}"; do
  # shellcheck disable=SC2086  # word splitting of $c is intended
  for s in 30d 50y; do "$hearth" --store "$work/$s" $c > /dev/null; done   # warm page cache
done
for ((i = 0; i < runs; i++)); do
  order=(30d 50y); (( i % 2 )) && order=(50y 30d)
  for c in "${cmds[@]}"; do
    for s in "${order[@]}"; do
      # shellcheck disable=SC2086
      samples["$c|$s"]+="$(time_us "$s" $c) "
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

fail=0
printf '\n%-34s %12s %12s %8s   (median of %d runs, whole process, %s build)\n' \
  "command" "30 days" "50 years" "ratio" "$runs" "$profile"
for c in "${cmds[@]}"; do
  m30=$(echo "${samples["$c|30d"]}" | median)
  m50=$(echo "${samples["$c|50y"]}" | median)
  r=$(calc "$m50 / $m30")
  ok=$(awk "BEGIN { print ($r <= $ratio) ? 1 : 0 }")
  printf '%-34s %9.2f ms %9.2f ms %7.2fx %s\n' "hearth $c" \
    "$(calc "$m30 / 1000")" "$(calc "$m50 / 1000")" "$r" \
    "$([[ $ok == 1 ]] && echo ok || echo "OVER $ratio")"
  [[ $ok == 1 ]] || fail=1
done

# Peak memory of the heaviest read: all-time insights over 50 years (informational; the
# goal is 30 MB). Median of 3 runs of the whole process's maximum resident set.
if [[ -x /usr/bin/time ]]; then
  rss=()
  for _ in 1 2 3; do
    rss+=("$(/usr/bin/time -f %M "$hearth" --store "$work/50y" insights --all --json 2>&1 >/dev/null | tail -n 1)")
  done
  printf '\npeak RSS, hearth insights --all --json on 50 years: %.1f MiB (median of 3; goal 30 MB)\n' \
    "$(calc "$(printf '%s ' "${rss[@]}" | median) / 1024")"
fi
end=$EPOCHREALTIME
printf '\ntook %.1f s (build %.1f s, seeding %.1f s, timing %.1f s)\n' \
  "$(calc "$end - $started")" "$(calc "$built - $started")" \
  "$(calc "$seeded - $built")" "$(calc "$end - $seeded")"
if (( fail )); then
  echo "scale-check: FAILED: a 50-year median is more than ${ratio}x its 30-day median" >&2
  exit 1
fi
echo "scale-check: ok (every 50-year median within ${ratio}x of the 30-day one)"
