#!/usr/bin/env bash
# Screenshots of the package editor for docs/authoring.md, in Swedish on a 1366x768 screen:
# the package form, a film step with its preview, a reflection step's questions, a problem.
#   scripts/editor-shots.sh [BUILD_DIR]     (writes docs/screenshots/editor-*-sv.png)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="$root/docs/screenshots"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$root/modules/sv-interkulturell" "$work/paket"
Xvfb :91 -screen 0 1366x768x24 -noreset >/dev/null 2>&1 &
sleep 1
export DISPLAY=:91
openbox >/dev/null 2>&1 &
sleep 1
LC_ALL=sv_SE.UTF-8 LANG=sv_SE.UTF-8 "$build/src/app/reflekt" --data-dir "$work/data" --profile Anna \
    --edit "$work/paket" >/dev/null 2>&1 &
for _ in $(seq 50); do
    win="$(xdotool search --name 'Paketredigerare' 2>/dev/null | head -1 || true)"
    [ -n "$win" ] && break
    sleep 0.2
done
xdotool windowactivate "$win"; xdotool windowsize "$win" 1366 740; xdotool windowmove "$win" 0 0
sleep 1
shot() { sleep 1.5; xwd -root | convert xwd:- "$out/editor-$1-sv.png"; echo "$out/editor-$1-sv.png"; }
shot package
xdotool mousemove 110 110 click 1          # module 2: its film
sleep 1; xdotool key space; sleep 2.5; xdotool key space   # play a moment, pause
shot film
xdotool mousemove 110 138 click 1          # module 2: its reflection
shot questions
xdotool mousemove 110 96 click 1           # module 2: empty its title, see the problem
xdotool mousemove 900 39 click 1; xdotool key ctrl+a BackSpace
shot problem
