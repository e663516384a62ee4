#!/usr/bin/env bash
# Takes the user guide's screenshots: runs Reflekt under Xvfb on a scratch data folder with the
# sample modules, drives it with its command-line options and the keyboard (xdotool), and saves
# the X display with xwd into docs/screenshots/.
#   scripts/screenshots.sh [BUILD_DIR]     (default build/; build the reflekt target first)
# REFLEKT_SHOT_LANG=sv|nb|en chooses the UI language (default en). Needs scripts/deps.sh tools.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/src/app/reflekt"
out="$root/docs/screenshots"
lang="${REFLEKT_SHOT_LANG:-en}"
[ -x "$bin" ] || { echo "no $bin: build the reflekt target first" >&2; exit 1; }
for tool in Xvfb xwd convert xdotool; do
    command -v "$tool" >/dev/null || { echo "$tool not found: run scripts/deps.sh tools" >&2; exit 1; }
done
mkdir -p "$out"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-shots.XXXXXX")"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

# The main window opens at 1200x780 with no window manager, so the screen is made that size.
Xvfb -displayfd 3 -screen 0 1200x780x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$scratch/display")"
export QT_QPA_PLATFORM=xcb
case "$lang" in
    sv) export LANG=sv_SE.UTF-8 LANGUAGE=sv ;;
    nb) export LANG=nb_NO.UTF-8 LANGUAGE=nb ;;
    *) export LANG=en_GB.UTF-8 LANGUAGE=en ;;
esac
data="$scratch/data"
mkdir -p "$data"
printf '[ui]\nlanguage=%s\n' "$lang" >"$data/reflekt.ini"

start() { # start ARGS... : runs Reflekt and waits for its window
    "$bin" --data-dir "$data" --modules-dir "$root/modules" "$@" >>"$scratch/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 100); do
        xdotool search --onlyvisible --name Reflekt >/dev/null 2>&1 && break
        sleep 0.2
    done
    sleep "${SETTLE:-2}"
    # No window manager: give the window the keyboard focus so Qt treats it as active.
    xdotool search --onlyvisible --name Reflekt | head -n 1 | xargs -r xdotool windowfocus --sync
    sleep 0.5
}
stop() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}
keys() { xdotool key --delay 120 "$@"; sleep 0.6; }
suffix=""
[ "$lang" = en ] || suffix="-$lang"
shot() {
    xwd -root -silent | convert xwd:- -strip "$out/$1$suffix.png"
    echo "$out/$1$suffix.png"
}

# 1. The library, a package selected: its cover, description and the modules with progress.
start --profile Anna
keys Down
shot library
stop

# 2. A film with captions, paused on a caption (Space plays; K pauses).
SETTLE=3 start --profile Anna --module org.example.reflekt.interkulturell-sv/kultur-identitet
xdotool mousemove 700 300 click 1
sleep 6.5
xdotool mousemove 700 300 click 1
sleep 1
shot film
stop

# 3. The reflection step with an answer being written.
start --profile Anna --module org.example.reflekt.interkulturell-sv/kultur-identitet/kultur-identitet-reflektion
keys Tab
LC_ALL=C.UTF-8 xdotool type --delay 200 "Jag tänker på när jag själv flyttade till en ny stad och inte kände någon."
sleep 2.5
shot reflection
stop

echo "screenshots in $out (UI language: $lang)"
