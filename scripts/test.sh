#!/usr/bin/env bash
# Builds Reflekt and runs the whole test suite through ctest.
#   scripts/test.sh          normal build, all tests
#   scripts/test.sh --ci     also warnings as errors, a run under ASan+UBSan, and 60 s of fuzzing
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ci=0
[ "${1:-}" = "--ci" ] && ci=1
if [ $ci = 1 ]; then "$root/scripts/deps.sh" ci; else "$root/scripts/deps.sh" test; fi

jobs="$(nproc)"
werror=OFF
[ $ci = 1 ] && werror=ON

echo "== build and test (build/)"
"$root/scripts/build.sh" "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREFLEKT_WERROR=$werror
(cd "$root/build" && ctest --output-on-failure --parallel "$jobs" --timeout 900)

if [ $ci = 1 ]; then
    # The users' own locales: Qt takes the C locale from the environment, so printf, strtod and
    # streams write a decimal comma there. A suite that ran only in C once missed exactly that.
    echo "== the whole suite again under LC_ALL=sv_SE.UTF-8"
    (cd "$root/build" && LC_ALL=sv_SE.UTF-8 LANG=sv_SE.UTF-8 ctest --output-on-failure --parallel "$jobs" --timeout 900)
    echo "== the UI tests again under LC_ALL=nb_NO.UTF-8"
    (cd "$root/build" && LC_ALL=nb_NO.UTF-8 LANG=nb_NO.UTF-8 ctest --output-on-failure --parallel "$jobs" --timeout 900 -R "^ui")
fi

if [ $ci = 1 ]; then
    # The LRS integration test talks to an external service over loopback; it already ran above,
    # and under the sanitizers it would add minutes without covering more of our code. The same
    # goes for the real-speech test: it times speech-dispatcher's start against the player's 5 s
    # watchdog, which a sanitized build under load can miss; the description logic it drives runs
    # under the sanitizers with the recording engine.
    echo "== AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)"
    "$root/scripts/build.sh" "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DREFLEKT_SANITIZE=ON \
        -DREFLEKT_BENCH=OFF -DREFLEKT_WERROR=ON
    # One test at a time: a Debug build under the sanitizers converts every film frame some ten
    # times slower, and two tests playing films side by side on 2 cores fall behind real time
    # (frames dropped, a late position read as a seek), which tests the machine, not Reflekt.
    (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --output-on-failure --parallel 1 --timeout 1800 -E "xapi: .*LRS|lrs|speech synthesis")
    if [ -x "$root/scripts/fuzz.sh" ]; then
        echo "== fuzzing (build-fuzz/)"
        "$root/scripts/fuzz.sh" 60
    fi
fi
echo "== all tests passed"
