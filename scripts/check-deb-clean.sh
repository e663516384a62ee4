#!/usr/bin/env bash
# Installs a Reflekt .deb into a fresh Debian 12 root (debootstrap, minbase, no recommended
# packages) and checks that it works there: the binary answers, the sample packages validate and
# are listed, a PDF is exported, and the player paints its first window in Swedish (offscreen).
# Needs root (chroot) and Debian's package mirror.
#   scripts/check-deb-clean.sh build-deb/reflekt_0.1.0_amd64.deb [ROOT]   (ROOT: /var/tmp/reflekt-clean)
set -euo pipefail
deb="$(realpath "${1:?usage: $0 FILE.deb [ROOT]}")"
root="${2:-/var/tmp/reflekt-clean}"
[ "$(id -u)" = 0 ] || { echo "run as root (chroot needs it)"; exit 2; }
command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/tmp/reflekt.deb"
chroot "$root" bash -euo pipefail -c '
    export DEBIAN_FRONTEND=noninteractive HOME=/root
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends --reinstall /tmp/reflekt.deb >/tmp/install.log
    echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" reflekt)"
    reflekt --version
    reflekt validate /usr/share/reflekt/modules/*
    reflekt list --data-dir /tmp/data
    LANG=sv_SE.UTF-8 QT_QPA_PLATFORM=offscreen reflekt --bench-first-paint --data-dir /tmp/data \
        --profile Eva 2>/dev/null
    reflekt export --data-dir /tmp/data --profile Eva --bundle org.example.reflekt.interkulturell-sv \
        --format pdf -o /tmp/eva.pdf
    echo "exported: $(head -c 8 /tmp/eva.pdf | tr -d "\n") $(stat -c %s /tmp/eva.pdf) bytes"
    LANG=sv_SE.UTF-8 reflekt --help | sed -n 2p
'
echo "the .deb installs and runs in a clean Debian 12 root: $root"
