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
    [ -n "${KEEP_SCRATCH:-}" ] || rm -rf "$scratch"
}
trap cleanup EXIT

# A 1366×768 laptop screen by default (REFLEKT_SHOT_SIZE=1920x1080 for a big one). There is no
# window manager: the main window keeps its own size, fitted to the screen.
size="${REFLEKT_SHOT_SIZE:-1366x768}"
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
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
        # Not --onlyvisible: without a window manager xdotool does not count Qt 6's mapped
        # top-level as visible.
        xdotool search --name Reflekt >/dev/null 2>&1 && break
        sleep 0.2
    done
    sleep "${SETTLE:-2}"
    # No window manager: give the window the keyboard focus so Qt treats it as active.
    xdotool search --name Reflekt | head -n 1 | xargs -r xdotool windowfocus --sync || true
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
[ "$size" = 1366x768 ] || suffix="$suffix-${size%%x*}"
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

# 4. A module's overview: what it is for, its steps with state and time, Start.
start --profile Anna --module org.example.reflekt.interkulturell-sv/kultur-identitet
shot overview
stop

# 5. A text step in the reading column.
start --profile Anna --module org.example.reflekt.interkulturell-sv/kultur-identitet/kultur-identitet-text
shot text
stop

# 6. The end of the module: the last step, then its Next button (bottom right of the window).
start --profile Anna --module org.example.reflekt.interkulturell-sv/kultur-identitet/kultur-identitet-aktivitet
xdotool mousemove 1140 742 click 1
sleep 1
shot complete
stop

# 7. The profile chooser, with two profiles (the last used first).
start --profile Bertil
stop
start
shot profiles
stop

echo "screenshots in $out (UI language: $lang)"
