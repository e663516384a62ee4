#!/usr/bin/env bash
# Renders the app icon's PNG sizes from resources/icons/org.example.reflekt.svg (the PNGs are
# committed; run this only after changing the SVG). Needs rsvg-convert: scripts/deps.sh tools.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/resources/icons/org.example.reflekt.svg"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: run scripts/deps.sh tools" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
    out="$root/resources/icons/hicolor/${size}x${size}/apps/org.example.reflekt.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out"
    echo "$out"
done
