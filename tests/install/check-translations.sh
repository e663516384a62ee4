#!/usr/bin/env bash
# Checks translations/reflekt_<lang>.ts against the sources: lupdate is run on a scratch copy over
# src/ui, src/app, src/export, src/platform and src/reporting, and afterwards the copy must hold no unfinished entry (a string
# missing or not yet translated), no vanished or obsolete entry (a string the sources no longer
# have), and every translation must keep its source's %1..%9 placeholders and fill every plural form.
# Usage: check-translations.sh LUPDATE SOURCE_ROOT LANG...
set -uo pipefail
lupdate="${1:?usage: $0 LUPDATE SOURCE_ROOT LANG...}"
root="${2:?}"
shift 2
scratch="$(mktemp -d "${TMPDIR:-/tmp}/reflekt-ts.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
fail=0
for lang in "$@"; do
    # English is the source language: its file holds only the plural forms.
    only=()
    [ "$lang" = en ] && only=(-pluralonly)
    extra="$root/translations/qt_extra_$lang.ts"
    if [ "$lang" != en ] && { [ ! -s "$extra" ] || grep -q 'type="unfinished"' "$extra"; }; then
        echo "FAIL: $extra is missing or has unfinished entries"; fail=1
    fi
    ts="$root/translations/reflekt_$lang.ts"
    [ -s "$ts" ] || { echo "FAIL: $ts is missing"; fail=1; continue; }
    cp "$ts" "$scratch/$lang.ts"
    if ! (cd "$root" && "$lupdate" -locations none -no-ui-lines "${only[@]}" -I src src/ui src/app src/export src/platform src/reporting \
            -ts "$scratch/$lang.ts") >"$scratch/$lang.log" 2>&1; then
        cat "$scratch/$lang.log"; echo "FAIL: lupdate on $lang"; fail=1; continue
    fi
    python3 - "$ts" "$scratch/$lang.ts" "$lang" <<'PY' || fail=1
import re, sys
import xml.etree.ElementTree as ET
committed, updated, lang = sys.argv[1], sys.argv[2], sys.argv[3]
def messages(path):
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            out.append((name, m))
    return out
problems = []
before = messages(committed)
after = messages(updated)
for name, m in after:
    src = m.findtext("source") or ""
    tr = m.find("translation")
    kind = tr.get("type") if tr is not None else "missing"
    if kind == "unfinished":
        problems.append(f"{name}: unfinished or missing: {src!r}")
    elif kind in ("vanished", "obsolete"):
        problems.append(f"{name}: no longer in the sources: {src!r}")
for name, m in before:
    src = m.findtext("source") or ""
    tr = m.find("translation")
    if tr is None or tr.get("type") in ("vanished", "obsolete", "unfinished"):
        continue
    forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
    for text in forms:
        if not text.strip():
            problems.append(f"{name}: empty translation: {src!r}")
        want = sorted(set(re.findall(r"%[1-9]", src)))
        have = sorted(set(re.findall(r"%[1-9]", text)))
        # A plural form may leave out %n, never a numbered argument.
        if want != have:
            problems.append(f"{name}: placeholders {want} become {have}: {src!r} -> {text!r}")
kept = sum(1 for _, m in before if (m.find("translation") is None or m.find("translation").get("type") not in ("vanished", "obsolete")))
live = sum(1 for _, m in after if (m.find("translation") is None or m.find("translation").get("type") not in ("vanished", "obsolete")))
if kept != live:
    problems.append(f"the sources have {live} strings, reflekt_{lang}.ts has {kept}")
for p in problems[:60]:
    print(f"FAIL {lang}: {p}")
if len(problems) > 60:
    print(f"... and {len(problems) - 60} more")
print(f"reflekt_{lang}.ts: {live} strings, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
done
exit $fail
