#!/usr/bin/env bash
# Installs a build into a scratch DESTDIR (prefix /usr, as the .deb does) and checks what a desktop
# needs: the files are there, the desktop entry and AppStream metainfo validate, the system tools
# map *.reflekt to application/x-reflekt and that type to Reflekt's desktop entry, and the installed
# binary finds its sample modules and translations. Usage: check-install.sh BUILD_DIR
set -uo pipefail
build="${1:?usage: $0 BUILD_DIR}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-install.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

if ! DESTDIR="$scratch/root" cmake --install "$build" --prefix /usr >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    echo "FAIL: cmake --install"
    exit 1
fi
usr="$scratch/root/usr"
app=org.example.reflekt

need() { [ -s "$usr/$1" ] || bad "not installed: /usr/$1"; }
need bin/reflekt
need "share/applications/$app.desktop"
need "share/metainfo/$app.metainfo.xml"
need "share/mime/packages/$app.xml"
need "share/icons/hicolor/scalable/apps/$app.svg"
need share/reflekt/modules/sv-interkulturell/bundle.json
need share/reflekt/modules/nb-koordinering/bundle.json
for lang in sv nb; do need "share/reflekt/translations/reflekt_$lang.qm"; need "share/reflekt/translations/qt_extra_$lang.qm"; done

# Each PNG is a real PNG of its directory's size (width and height are bytes 16..23, big-endian).
for size in 16 22 24 32 48 64 128 256; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
    if [ ! -s "$png" ]; then bad "no ${size}px icon"; continue; fi
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || bad "${size}px icon is ${w}x${h}"
done

desktop="$usr/share/applications/$app.desktop"
desktop-file-validate "$desktop" || bad "desktop-file-validate rejects $app.desktop"
grep -qx "MimeType=application/x-reflekt;" "$desktop" || bad "desktop entry does not claim application/x-reflekt"
grep -qx "Icon=$app" "$desktop" || bad "desktop entry's Icon is not $app"
exec_bin="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
[ -x "$usr/bin/$exec_bin" ] || bad "Exec=$exec_bin is not an installed program"
appstreamcli validate --no-net "$usr/share/metainfo/$app.metainfo.xml" >"$scratch/as.log" 2>&1 \
    || { cat "$scratch/as.log"; bad "appstreamcli validate fails"; }

# What dpkg's triggers do on a real system, run on the scratch tree.
update-mime-database "$usr/share/mime" >/dev/null 2>&1 || bad "update-mime-database fails"
grep -q ':application/x-reflekt:\*\.reflekt$' "$usr/share/mime/globs2" 2>/dev/null \
    || bad "shared-mime-info does not map *.reflekt to application/x-reflekt"
update-desktop-database "$usr/share/applications" || bad "update-desktop-database fails"
grep -q "^application/x-reflekt=.*$app.desktop" "$usr/share/applications/mimeinfo.cache" 2>/dev/null \
    || bad "application/x-reflekt does not open with $app.desktop"

# The installed program, run from the scratch tree, finds the samples installed beside it.
data="$scratch/data"
if REFLEKT_DATA_DIR="$data" QT_QPA_PLATFORM=offscreen "$usr/bin/reflekt" list --json >"$scratch/list.json" 2>&1; then
    for id in org.example.reflekt.interkulturell-sv org.example.reflekt.koordinering-nb; do
        grep -q "\"$id\"" "$scratch/list.json" || bad "installed reflekt does not list the sample $id"
    done
    grep -q "\"path\": \"$usr/share/reflekt/modules/" "$scratch/list.json" \
        || bad "installed reflekt does not take the samples installed beside it (/usr/share/reflekt/modules)"
else
    cat "$scratch/list.json"
    bad "installed 'reflekt list' fails"
fi
"$usr/bin/reflekt" validate "$usr/share/reflekt/modules/sv-interkulturell" >"$scratch/validate.log" 2>&1 \
    || { cat "$scratch/validate.log"; bad "installed sample bundle does not validate"; }

[ $fail = 0 ] && echo "install tree OK: $(find "$scratch/root" -type f | wc -l) files"
exit $fail
