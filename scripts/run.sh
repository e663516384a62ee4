#!/usr/bin/env bash
# Builds Reflekt and opens the player on the sample modules in modules/.
# Extra arguments go to reflekt (e.g. scripts/run.sh --profile Anna).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/deps.sh" build
"$root/scripts/build.sh" "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
exec "$root/build/src/app/reflekt" --modules-dir "$root/modules" "$@"
