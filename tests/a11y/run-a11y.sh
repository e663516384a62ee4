#!/usr/bin/env bash
# The screen-reader test through the real stack: an X server (Xvfb), a session bus of its own
# (dbus-run-session), the AT-SPI bus and registry on it, and Reflekt with Qt's AT-SPI bridge on;
# a11y_walk.py reads the accessible tree with pyatspi as Orca would and checks it.
#   tests/a11y/run-a11y.sh REFLEKT PROBE.so MODULES_DIR [a11y_walk.py options, e.g. --language sv]
# Exits 77 (ctest SKIP_RETURN_CODE) when pyatspi, the AT-SPI bus launcher, Xvfb or dbus-run-session
# is missing: scripts/deps.sh ci installs them.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ "${1:-}" = --inside ]; then
    # Inside the session bus and the X server: start the AT-SPI bus (its registry is started by
    # D-Bus activation on first use), then the walk, which starts Reflekt itself.
    shift
    launcher=$1
    shift
    "$launcher" --launch-immediately >/dev/null 2>&1 &
    launcher_pid=$!
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
            >/dev/null 2>&1 && break
        sleep 0.1
    done
    "$@"
    rc=$?
    kill "$launcher_pid" 2>/dev/null
    wait "$launcher_pid" 2>/dev/null
    exit $rc
fi

skip() { echo "SKIPPED: $* (scripts/deps.sh ci installs it)"; exit 77; }
[ $# -ge 3 ] || { echo "usage: $0 REFLEKT PROBE.so MODULES_DIR [options]" >&2; exit 2; }
bin=$1 probe=$2 modules=$3
shift 3

python=""
# Debian's python3-pyatspi is for the system python; a python3 earlier in PATH (pyenv) lacks it.
for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import pyatspi' >/dev/null 2>&1; then python=$candidate; break; fi
done
[ -n "$python" ] || skip "python3-pyatspi is not installed (no python3 can import pyatspi)"
launcher=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && { launcher=$candidate; break; }
done
[ -n "$launcher" ] || skip "at-spi-bus-launcher (at-spi2-core) is not installed"
command -v Xvfb >/dev/null || skip "Xvfb (xvfb) is not installed"
command -v dbus-run-session >/dev/null || skip "dbus-run-session (dbus) is not installed"
[ -x "$bin" ] || { echo "FAIL: no Reflekt binary at $bin"; exit 1; }
[ -f "$probe" ] || { echo "FAIL: no probe library at $probe"; exit 1; }

# Qt's bridge on without a desktop asking for it; nothing left over from the caller's session.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
unset NO_AT_BRIDGE AT_SPI_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS
exec "$here/../with-xvfb.sh" -screen 0 1366x768x24 -screen 1 1280x720x24 -- \
    dbus-run-session -- "$0" --inside "$launcher" \
    "$python" "$here/a11y_walk.py" --reflekt "$bin" --probe "$probe" --modules "$modules" "$@"
