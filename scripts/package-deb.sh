#!/usr/bin/env bash
# Builds the Debian package: a Release build in build-deb/ (prefix /usr), then CPack's DEB generator.
#   scripts/package-deb.sh            -> build-deb/reflekt_<version>_<arch>.deb
# Install it with: sudo apt install ./build-deb/reflekt_*.deb
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-deb"
"$root/scripts/deps.sh" package
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DREFLEKT_TESTS=OFF -DREFLEKT_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "${REFLEKT_JOBS:-$(nproc)}"
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/reflekt_*.deb | head -n 1)"
dpkg-deb -I "$deb"
echo "built $deb"
