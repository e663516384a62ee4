#!/usr/bin/env bash
# Looks at a two-meeting series as a facilitator sees it: runs the real player in Swedish under
# Xvfb with two X screens (a 1366×768 laptop, a 1280×720 projector) and openbox, drives it with
# keys only, and saves PNGs of both screens and of the dialogs (xwd -id: a root capture shows Qt
# dialogs black). Not a test: the scenario tests check the behaviour (ctest -R "meeting series").
#   scripts/facilitator-shots.sh [OUT_DIR] [BUILD_DIR]     (defaults: /tmp/reflekt-shots, build/)
# Needs xvfb, openbox, xdotool, x11-apps (xwd) and imagemagick (scripts/deps.sh tools).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/reflekt-shots}"
build="${2:-$root/build}"
display=":${DISPLAY_NUMBER:-96}"
mkdir -p "$out"
data="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-series.XXXXXX")"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x768x24 -screen 1 1280x720x24 >/dev/null 2>&1 & pids+=($!)
sleep 1
for screen in 0 1; do DISPLAY="$display.$screen" openbox >/dev/null 2>&1 & pids+=($!); done
sleep 1
export DISPLAY="$display.0"
LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8 QT_QPA_PLATFORM=xcb "$build/src/app/reflekt" --data-dir "$data" \
    --modules-dir "$root/modules" --profile "Åsa Öberg" \
    --module org.example.reflekt.interkulturell-sv/kultur-identitet >"$data/log" 2>&1 & pids+=($!)
sleep 7

window() { xwd -silent -id "$(xdotool search --name "$1" | head -1)" | convert xwd:- "$out/$2.png"; }
screens() {
    xwd -root -silent -display "$display.0" | convert xwd:- "$out/$1-laptop.png"
    xwd -root -silent -display "$display.1" | convert xwd:- "$out/$1-wall.png"
}

# Meeting 1: Alt+G opens the setup dialog, Enter starts; the clicker goes to the first question.
xdotool key alt+g; sleep 2
window "Gruppträff" setup-meeting1
xdotool key Return; sleep 3
screens title
for _ in 1 2 3 4 5 6 7; do xdotool key Next; sleep 0.7; done
screens question
xdotool key b; sleep 1
screens blank
xdotool key period; sleep 1
# Esc asks how to end; Alt+H keeps the session open for the next meeting.
xdotool key Escape; sleep 2
window "Avsluta" end-meeting1
xdotool key alt+h; sleep 3

# Meeting 2: continuing is the default; the console opens where the group stopped.
xdotool key alt+g; sleep 3
window "Gruppträff" setup-meeting2
xdotool key alt+s; sleep 4
xdotool key alt+p; sleep 1   # the jump list: what was covered
screens meeting2
echo "screenshots in $out"
