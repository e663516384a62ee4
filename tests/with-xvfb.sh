#!/usr/bin/env bash
# Runs a command on an X server of its own: tests/with-xvfb.sh [Xvfb options --] COMMAND...
# Replaces `xvfb-run -a`, which picks a display by looking for free lock files, so a server that is
# still shutting down, or a stale lock, can hand the test a display where no server answers ("could
# not connect to display :103", seen in CI). Xvfb -displayfd lets the server take a free display
# itself and write its number only once it accepts connections, and -noreset keeps it accepting.
set -uo pipefail
xvfb_args=()
if [[ " $* " == *" -- "* ]]; then
    while [ $# -gt 0 ] && [ "$1" != -- ]; do xvfb_args+=("$1"); shift; done
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [Xvfb options --] COMMAND..." >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "SKIPPED: Xvfb is not installed (scripts/deps.sh ci installs it)"; exit 77; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/reflekt-xvfb.XXXXXX")
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# -noreset: an X server resets when its last client disconnects, and refuses connections while it
# does; the a11y walk's helpers connect and leave just before Reflekt starts, which then failed
# with "could not connect to display" (found under load: the server was running, its reset not).
Xvfb -displayfd 3 -nolisten tcp -noreset "${xvfb_args[@]}" 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 200); do
    [ -s "$scratch/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.05
done
if [ ! -s "$scratch/display" ]; then
    echo "FAIL: Xvfb did not start; its log:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
DISPLAY=":$(tr -d '[:space:]' <"$scratch/display")"
export DISPLAY
"$@"
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ]; then
    # Say whether the server was still there, and what it said, so a failure can be told apart
    # from a server that went away.
    if kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "with-xvfb: the X server on $DISPLAY was still running" >&2
    else
        echo "with-xvfb: the X server on $DISPLAY had exited" >&2
    fi
    [ -s "$scratch/xvfb.log" ] && sed 's/^/Xvfb: /' "$scratch/xvfb.log" | tail -n 20 >&2
fi
exit $rc
