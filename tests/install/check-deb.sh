#!/usr/bin/env bash
# Builds the .deb from a build directory's CPack config into a scratch folder and checks what an IT
# department relies on: the control file (name, section, maintainer, every runtime Depends the
# player needs), the contents (binary, desktop entry, icons, MIME type, metainfo, samples,
# translations), that it unpacks into a scratch root where the binary runs, and, when apt knows
# Debian's packages, that apt can resolve its Depends. Skips (77) without dpkg-deb.
# Usage: check-deb.sh BUILD_DIR [DEB]   (with DEB, checks that file instead of building one)
set -uo pipefail
build="${1:?usage: $0 BUILD_DIR [DEB]}"
deb="${2:-}"
for tool in dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool not found (scripts/deps.sh test installs it)"; exit 77; }
done
scratch="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-deb.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

if [ -z "$deb" ]; then
    if ! cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
        cat "$scratch/cpack.log"
        echo "FAIL: cpack"
        exit 1
    fi
    deb="$(find "$scratch/out" -maxdepth 1 -name 'reflekt_*.deb' | head -n 1)"
    [ -n "$deb" ] || { cat "$scratch/cpack.log"; echo "FAIL: cpack made no reflekt_*.deb"; exit 1; }
fi
deb="$(realpath "$deb")"
echo "checking $(basename "$deb") ($(du -h "$deb" | cut -f1))"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = reflekt ] || bad "Package is '$(field Package)'"
[ "$(field Section)" = education ] || bad "Section is '$(field Section)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || bad "Architecture is '$(field Architecture)'"
field Maintainer | grep -q '@' || bad "Maintainer has no address"
[ -n "$(field Description)" ] || bad "no Description"
depends="$(field Depends)"
echo "Depends: $depends"
for pkg in libqt6widgets6 libqt6multimedia6 libqt6multimediawidgets6 libqt6printsupport6 libqt6network6 \
    libqt6core6 qt6-qpa-plugins gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav \
    libzip4 libsqlite3-0 fonts-dejavu-core libcairo2 libpangocairo-1.0-0 libqt6texttospeech6 qt6-speech-speechd-plugin \
    libqt6httpserver6 libqrencode4; do
    echo "$depends" | tr ',' '\n' | grep -qE "^ *$pkg( |$)" || bad "Depends lacks $pkg"
done

dpkg-deb -c "$deb" | awk '{print $NF}' >"$scratch/contents"
app=org.example.reflekt
for path in ./usr/bin/reflekt "./usr/share/applications/$app.desktop" "./usr/share/metainfo/$app.metainfo.xml" \
    "./usr/share/mime/packages/$app.xml" "./usr/share/icons/hicolor/scalable/apps/$app.svg" \
    "./usr/share/icons/hicolor/48x48/apps/$app.png" "./usr/share/icons/hicolor/256x256/apps/$app.png" \
    ./usr/share/reflekt/modules/sv-interkulturell/bundle.json ./usr/share/reflekt/modules/nb-koordinering/bundle.json \
    ./usr/share/reflekt/translations/reflekt_sv.qm ./usr/share/reflekt/translations/reflekt_nb.qm \
    ./usr/share/reflekt/translations/qt_extra_sv.qm ./usr/share/reflekt/translations/qt_extra_nb.qm \
    ./usr/share/doc/reflekt/copyright; do
    grep -qxF "$path" "$scratch/contents" || bad "package lacks $path"
done
grep -q '^\./usr/local/' "$scratch/contents" && bad "package installs into /usr/local"

# Unpacked into a scratch root, the binary runs and finds the samples and translations beside it.
dpkg-deb -x "$deb" "$scratch/root"
if ! REFLEKT_DATA_DIR="$scratch/data" "$scratch/root/usr/bin/reflekt" list --json >"$scratch/list.json" 2>&1; then
    cat "$scratch/list.json"; bad "unpacked reflekt list fails"
fi
grep -q '"org.example.reflekt.koordinering-nb"' "$scratch/list.json" || bad "unpacked reflekt lists no samples"

# apt resolves the Depends on this Debian (only when apt has package lists).
policy="$(apt-cache policy libqt6widgets6 2>/dev/null || true)"
if [[ "$policy" == *"Candidate: "[0-9]* ]]; then
    apt-get -s -q install "$deb" >"$scratch/apt.log" 2>&1 || { tail -n 20 "$scratch/apt.log"; bad "apt cannot resolve the package's Depends"; }
else
    echo "note: apt has no package lists; Depends resolution not checked"
fi

[ $fail = 0 ] && echo "deb OK"
exit $fail
