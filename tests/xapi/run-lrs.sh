#!/usr/bin/env bash
# A Learning Record Store on loopback for the xAPI tests and bench: Learning Locker's statement
# service (npm xapi-statements 5.0.1, in-memory storage) with a redis-server from Debian.
#   run-lrs.sh install DIR                       npm install into DIR (once; cached there)
#   run-lrs.sh start DIR REDIS_PORT LRS_PORT     start redis and the service, wait until it answers
#   run-lrs.sh start-service DIR REDIS_PORT LRS_PORT   the service only (redis already running)
#   run-lrs.sh stop-service DIR                  kill the service (redis keeps running)
#   run-lrs.sh stop DIR                          kill both
# Exit 77 (and "SKIPPED: ...") from install when npm cannot reach its registry.
set -euo pipefail
cmd="${1:?command}"; dir="${2:?folder}"
mkdir -p "$dir"
cd "$dir"

wait_for_http() {
    for _ in $(seq 1 100); do
        if curl -s -o /dev/null "http://127.0.0.1:$1/xAPI/about" 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "the LRS did not answer on port $1; its log:" >&2; tail -20 "$dir/lrs.log" >&2; return 1
}

start_service() {
    EXPRESS_PORT="$2" AUTH_REPO=test REDIS_URL="redis://127.0.0.1:$1/0" WINSTON_CONSOLE_LEVEL=warn \
        setsid node node_modules/xapi-statements/dist/server.js >>lrs.log 2>&1 &
    echo $! > lrs.pid
    wait_for_http "$2"
}

stop_pid() {
    [ -f "$1" ] || return 0
    kill "$(cat "$1")" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$(cat "$1")" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$(cat "$1")" 2>/dev/null || true
    rm -f "$1"
}

case "$cmd" in
install)
    if [ -f node_modules/xapi-statements/package.json ] &&
       grep -q '"version":"5.0.1"' node_modules/xapi-statements/package.json; then exit 0; fi
    command -v npm >/dev/null || { echo "npm is not installed (scripts/deps.sh test installs it)" >&2; exit 1; }
    if ! timeout 60 npm view --fetch-retries=1 --fetch-timeout=20000 xapi-statements@5.0.1 version \
            >/dev/null 2>npm-view.log; then
        echo "SKIPPED: npm cannot reach its registry ($(grep -m1 'npm error' npm-view.log || tail -1 npm-view.log))"
        exit 77
    fi
    [ -f package.json ] || echo '{"name":"reflekt-test-lrs","private":true}' > package.json
    npm install --no-audit --no-fund --loglevel=error xapi-statements@5.0.1 >npm-install.log 2>&1 ||
        { cat npm-install.log >&2; exit 1; }
    ;;
start)
    command -v redis-server >/dev/null || { echo "redis-server is missing (scripts/deps.sh test)" >&2; exit 1; }
    redis-server --port "$3" --save '' --appendonly no --bind 127.0.0.1 >redis.log 2>&1 &
    echo $! > redis.pid
    start_service "$3" "$4"
    ;;
start-service) start_service "$3" "$4" ;;
stop-service) stop_pid lrs.pid ;;
stop) stop_pid lrs.pid; stop_pid redis.pid ;;
*) echo "unknown command $cmd" >&2; exit 2 ;;
esac
