#!/usr/bin/env bash
# Screenshots of the caption styles (issue 16, EN 301 549 7.1.4), in Swedish, under Xvfb + openbox:
# the film step at 1366x768 in four styles, and the wall (a second X screen, 1280x720) at its own
# caption size with the profile's colours. Saves docs/screenshots/captions-*.png.
#   scripts/caption-shots.sh [BUILD_DIR]   (needs scripts/deps.sh tools)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build}/src/app/reflekt"
out="$root/docs/screenshots"
display=":${DISPLAY_NUMBER:-63}"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT
Xvfb "$display" -screen 0 1366x768x24 -screen 1 1280x720x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
for screen in 0 1; do DISPLAY="$display.$screen" openbox >/dev/null 2>&1 & pids+=($!); done
sleep 1
export DISPLAY="$display.0" QT_QPA_PLATFORM=xcb LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8 LANGUAGE=sv

run() { # run INI-LINES... : Reflekt on a fresh data folder whose settings hold these lines
    data="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-captions.XXXXXX")"
    printf '[ui]\nlanguage=sv\n' >"$data/reflekt.ini"
    printf '%s\n' "$@" >>"$data/reflekt.ini"
}
start() { # start MODULE_PATH
    "$bin" --data-dir "$data" --modules-dir "$root/modules" --profile "Åsa Öberg" --module "$1" \
        >>"$data/log" 2>&1 &
    app=$!
    sleep 5
}
stop() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"; }

film=org.example.reflekt.interkulturell-sv/kultur-identitet/kultur-identitet-film
shot() { # shot NAME INI-LINES... : the film step, clicked to play, 3 s in (the first cue shows)
    local name=$1
    shift
    run "[captionStyle]" "$@"
    start "$film"
    xdotool mousemove 600 300 click 1
    sleep 3.2
    xwd -root -silent -display "$display.0" | convert xwd:- "$out/captions-$name-sv.png"
    stop
}
shot default
shot yellow-solid-150 size=150 text=yellow opacity=solid
shot outline-top-sans opacity=none position=top font=sans
shot black-on-white-200 size=200 text=black background=white opacity=solid

# The wall: Alt+G starts a session, Next goes to the film, K plays it.
run "[captionStyle]" text=yellow opacity=solid "[wall]" captionSize=150
start org.example.reflekt.interkulturell-sv/kultur-identitet
xdotool key alt+g; sleep 2; xdotool key Return; sleep 3; xdotool key Next; sleep 1.5; xdotool key k; sleep 3.5
xwd -root -silent -display "$display.1" | convert xwd:- "$out/captions-wall-150-sv.png"
stop
echo "screenshots in $out/captions-*.png"
