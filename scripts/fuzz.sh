#!/usr/bin/env bash
# Fuzzes the manifest reader and the WebVTT parser with libFuzzer (clang, ASan + UBSan).
#   scripts/fuzz.sh [SECONDS]    total time, split evenly between the targets (default 60)
# Builds in build-fuzz/ (or $REFLEKT_FUZZ_BUILD), fuzzes a scratch copy of fuzz/corpus/<target>
# so the committed seed corpus does not grow, and exits 1 if any target finds a crash, a leak or
# a timeout. Crashing inputs are copied to fuzz/crashes/ (not committed) and named in the output.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
total="${1:-60}"
case "$total" in '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;; esac
build="${REFLEKT_FUZZ_BUILD:-$root/build-fuzz}"
targets=(manifest webvtt cli_json yuv_scaler film_duration room_gate)
per=$(( total / ${#targets[@]} ))
[ "$per" -ge 1 ] || per=1

command -v clang++ >/dev/null || { echo "clang++ not found: run scripts/deps.sh ci" >&2; exit 1; }

echo "== configure and build fuzz targets ($build)"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREFLEKT_FUZZ=ON -DREFLEKT_GUI=OFF -DREFLEKT_TESTS=OFF \
    -DREFLEKT_BENCH=OFF >/dev/null
cmake --build "$build" -j "${REFLEKT_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# Largest input per target: a bit over the biggest seed, small enough to keep runs fast.
declare -A maxLen=([manifest]=32768 [webvtt]=8192 [cli_json]=32768 [yuv_scaler]=4096 [film_duration]=32768 [room_gate]=8192)
failed=()
for t in "${targets[@]}"; do
    mkdir -p "$scratch/$t/corpus" "$scratch/$t/artifacts"
    cp -R "$root/fuzz/corpus/$t/." "$scratch/$t/corpus/"
    seeds=$(find "$scratch/$t/corpus" -type f | wc -l)
    echo "== fuzz_$t for ${per}s ($seeds seeds, max_len ${maxLen[$t]})"
    rc=0
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$build/fuzz/fuzz_$t" "$scratch/$t/corpus" \
        -dict="$root/fuzz/$t.dict" -max_total_time="$per" -max_len="${maxLen[$t]}" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$scratch/$t/artifacts/" >"$scratch/$t/log" 2>&1 || rc=$?
    grep -E '^(#[0-9]+ +DONE|Done|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' \
        "$scratch/$t/log" || true
    echo "   corpus after: $(find "$scratch/$t/corpus" -type f | wc -l) inputs"
    shopt -s nullglob
    artifacts=("$scratch/$t/artifacts/"*)
    shopt -u nullglob
    if [ "$rc" -ne 0 ] || [ ${#artifacts[@]} -gt 0 ]; then
        mkdir -p "$root/fuzz/crashes"
        for a in "${artifacts[@]}"; do
            cp "$a" "$root/fuzz/crashes/$t-$(basename "$a")"
            echo "   saved fuzz/crashes/$t-$(basename "$a")"
        done
        tail -n 60 "$scratch/$t/log"
        echo "!! fuzz_$t failed (exit $rc)" >&2
        failed+=("$t")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "== fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "== fuzzing found nothing in ${total}s"
