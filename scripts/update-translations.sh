#!/usr/bin/env bash
# Refreshes translations/reflekt_<lang>.ts from the sources (src/ui, src/app, src/export, src/platform, src/reporting), the way
# the translations test checks them: new strings come in as unfinished, removed ones are dropped.
# Then translate the unfinished entries (Qt Linguist: linguist translations/reflekt_sv.ts).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="$(command -v lupdate || true)"
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
cd "$root"
for lang in sv nb; do
    ts="translations/reflekt_$lang.ts"
    new=()
    [ -f "$ts" ] || new=(-target-language "$lang")
    "$lupdate" -locations none -no-obsolete -no-ui-lines -I src src/ui src/app src/export src/platform src/reporting "${new[@]}" -ts "$ts"
done
# English is the source language; reflekt_en.ts holds only the plural forms ("1 statement",
# "2 statements") that the source strings write as "%n statement(s)".
"$lupdate" -locations none -no-obsolete -no-ui-lines -pluralonly -target-language en \
    -I src src/ui src/app src/export src/platform src/reporting -ts translations/reflekt_en.ts
