#!/usr/bin/env bash
# Audio description through the real speech stack: Qt TextToSpeech -> speech-dispatcher ->
# espeak-ng -> PulseAudio. A private PulseAudio with a null sink stands in for a sound card, so the
# test runs on a machine without one (speech-dispatcher never starts speaking without an output).
#   tests/ui/run-speech.sh TESTS_UI
# Exits 77 (ctest SKIP_RETURN_CODE) when pulseaudio or speech-dispatcher is missing.
set -uo pipefail
tests_ui=$1
skip() { echo "SKIPPED: $* (scripts/deps.sh ci installs it)"; exit 77; }
command -v pulseaudio >/dev/null || skip "pulseaudio is not installed"
command -v pactl >/dev/null || skip "pactl (pulseaudio-utils) is not installed"
command -v speech-dispatcher >/dev/null || skip "speech-dispatcher is not installed"
ls /usr/lib/speech-dispatcher-modules/sd_espeak-ng* >/dev/null 2>&1 || skip "speech-dispatcher-espeak-ng is not installed"

# Everything private: the sockets of PulseAudio and speech-dispatcher live in this runtime dir,
# so nothing of the caller's session is used or left behind.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-speech.XXXXXX")"
chmod 700 "$scratch"
export XDG_RUNTIME_DIR="$scratch" HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_CACHE_HOME="$scratch/home/.cache"
unset PULSE_SERVER SPEECHD_ADDRESS
mkdir -p "$HOME"
cleanup() {
    pkill -KILL -f -- "$scratch" 2>/dev/null   # the speech-dispatcher autospawned on our socket
    [ -s "$scratch/speechd.pid" ] && kill "$(cat "$scratch/speechd.pid")" 2>/dev/null && sleep 0.3
    [ -n "${pa:-}" ] && kill "$pa" 2>/dev/null && wait "$pa" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --log-target=stderr --log-level=error \
    --load="module-null-sink sink_name=reflekt_test" --load="module-native-protocol-unix" \
    2>"$scratch/pulseaudio.log" &
pa=$!
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { cat "$scratch/pulseaudio.log"; echo "FAIL: the private PulseAudio did not start"; exit 1; }

# Start speech-dispatcher and its espeak-ng module before the test, and have them speak once: the
# test checks that Reflekt hears back from a running service within its watchdog's 5 s, and a cold
# start on a loaded 2-core machine (CI runs other tests beside this one) can take longer than that.
# A user's session has the service running long before the first film.
speech-dispatcher --spawn --timeout 0 --pid-file "$scratch/speechd.pid" >/dev/null 2>&1
for _ in $(seq 100); do [ -S "$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock" ] && break; sleep 0.1; done
timeout 30 spd-say --wait --language sv --output-module espeak-ng "." >/dev/null 2>&1 ||
    echo "note: the warm-up utterance did not finish; the test will say what the service does"

QT_QPA_PLATFORM=offscreen timeout 90 "$tests_ui" "[.speech]"
