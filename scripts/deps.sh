#!/usr/bin/env bash
# Installs the Debian 12 packages Reflekt needs, skipping what is already installed.
# Usage: scripts/deps.sh [build|test|ci|tools|package]   (test and ci add what the test suite and
#        CI use; tools adds what tools/make-films.py, scripts/render-icons.sh,
#        scripts/screenshots.sh and the first-frame comparison with mpv (docs/performance.md) need;
#        package adds what scripts/package-deb.sh needs)
set -euo pipefail
profile="${1:-build}"

pkgs=(cmake ninja-build g++ pkg-config
      qt6-base-dev qt6-multimedia-dev libqt6multimediawidgets6 qt6-svg-dev libgl-dev
      libsqlite3-dev nlohmann-json3-dev catch2 libzip-dev qt6-tools-dev qt6-l10n-tools
      qt6-translations-l10n qt6-qpa-plugins gstreamer1.0-plugins-base gstreamer1.0-plugins-good
      gstreamer1.0-libav fonts-dejavu-core qtkeychain-qt6-dev libicu-dev
      libcairo2-dev libpango1.0-dev   # tagged PDF export (docs/export.md)
      # audio description; qt6-speech-dev needs Qt6QmlIntegration from qt6-declarative-dev but does not depend on it
      qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
      # the room: answers from phones (docs/facilitator.md); Qt6HttpServer's CMake package needs
      # Qt6WebSockets, which qt6-httpserver-dev does not depend on
      qt6-httpserver-dev qt6-websockets-dev libqrencode-dev)
if [ "$profile" = test ] || [ "$profile" = ci ]; then
    pkgs+=(xvfb xauth poppler-utils ffmpeg x11-apps imagemagick zip unzip sqlite3 python3-jsonschema
           desktop-file-utils appstream shared-mime-info dpkg-dev file
           locales-all  # the suite runs again under sv_SE.UTF-8 and nb_NO.UTF-8
           at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus dbus-x11  # the screen-reader test (tests/a11y)
           pulseaudio pulseaudio-utils  # a null sink for the real-speech test (tests/ui/run-speech.sh)
           chromium chromium-driver zbar-tools)  # the room's phone is a real browser; the wall's QR code is read back
    # The xAPI test's LRS (tests/xapi/run-lrs.sh); a Node.js that already brings npm serves too.
    pkgs+=(redis-server curl)
    command -v npm >/dev/null || pkgs+=(nodejs npm)
fi
if [ "$profile" = tools ]; then
    # Only for regenerating committed files: the sample films, the icon PNGs, the screenshots.
    pkgs+=(espeak-ng ffmpeg imagemagick python3 librsvg2-bin xvfb x11-apps xdotool mpv vlc-bin vlc-plugin-base vlc-plugin-video-output openbox
           orca libreoffice-writer-nogui)  # trying Reflekt with a screen reader; checking the ODT by hand
fi
if [ "$profile" = package ]; then
    pkgs+=(dpkg-dev file)
fi
if [ "$profile" = ci ]; then
    pkgs+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
