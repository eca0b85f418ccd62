#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What a clean Debian 12 pulls in to install KnotMap's package, against a bare Qt Quick
# Controls app (bench/bare_window.cpp --controls) packaged the same way: its shared
# libraries found by dpkg-shlibdeps, plus the QML modules, platform plugins and font that
# KnotMap's package names (Qt loads them at run time, so nothing can find them). Both are
# offered to apt in the same fresh debootstrap root, with and without Recommends, and apt's
# own summary is read: packages newly installed, download size, size on disk.
#
#   sudo bench/install-footprint.sh [KNOTMAP_DEB [BARE_WINDOW_BINARY]]
#
# Defaults: build/package/knotmap_*_amd64.deb (./dev package) and
# build/release/bench/knotmap-bare-window. Needs root, debootstrap and the Debian archive;
# takes a few minutes. Not part of CI; the figures go into docs/PERFORMANCE.md.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
deb=$(realpath "${1:-$(ls "$src"/build/package/knotmap_*_amd64.deb | tail -1)}")
bare=$(realpath "${2:-$src/build/release/bench/knotmap-bare-window}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "install-footprint: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The bare app's package, made the way CPack makes KnotMap's.
pkg="$work/bare"
mkdir -p "$pkg/DEBIAN" "$pkg/usr/bin" "$work/shlibs/debian"
install -m 755 -s "$bare" "$pkg/usr/bin/bare-controls-app"
touch "$work/shlibs/debian/control"
shlibs=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$pkg/usr/bin/bare-controls-app" 2>/dev/null |
  sed -n 's/^shlibs:Depends=//p')
runtime=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//' |
  grep -E '^(qml6-module|qt6-qpa-plugins|fonts-)' | paste -sd, | sed 's/,/, /g')
cat >"$pkg/DEBIAN/control" <<CONTROL
Package: bare-controls-app
Version: 1.0
Architecture: amd64
Maintainer: KnotMap developers <team@knotmap.org>
Depends: $shlibs, $runtime
Description: a bare Qt Quick Controls window, the floor for KnotMap's install
CONTROL
dpkg-deb --root-owner-group --build "$pkg" "$work/bare-controls-app.deb" >/dev/null

echo "install-footprint: making a clean Debian 12 root (debootstrap minbase)" >&2
debootstrap --variant=minbase bookworm "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; exit 1; }
echo "deb $mirror bookworm main" >"$work/root/etc/apt/sources.list"
chroot "$work/root" apt-get update -qq
cp "$deb" "$work/root/tmp/knotmap.deb"
cp "$work/bare-controls-app.deb" "$work/root/tmp/bare.deb"

# apt's summary of an install it is told not to do: "N newly installed", "Need to get X",
# "After this operation, Y of additional disk space".
summary() { # $1 the .deb inside the root, $2 extra apt options
  # shellcheck disable=SC2086
  LANG=C chroot "$work/root" apt-get install --assume-no $2 "$1" 2>/dev/null |
    python3 -c '
import re, sys
t = sys.stdin.read()
n = re.search(r"(\d+) newly installed", t).group(1)
get = re.search(r"Need to get ([\d.,]+ [kMG]?B)", t).group(1)
disk = re.search(r"After this operation, ([\d.,]+ [kMG]?B) of additional", t).group(1)
print(n, get.replace(" ", "\u00a0"), disk.replace(" ", "\u00a0"))' || true
}
echo "| install on a clean Debian 12 root | packages | download | on disk |"
echo "|---|---|---|---|"
for recommends in "" "--no-install-recommends"; do
  read -r kn kg kd <<<"$(summary /tmp/knotmap.deb "$recommends")"
  read -r bn bg bd <<<"$(summary /tmp/bare.deb "$recommends")"
  how=${recommends:+, without Recommends}
  echo "| KnotMap ($(basename "$deb")$how) | $kn | $kg | $kd |"
  echo "| bare Qt Quick Controls app, same way$how | $bn | $bg | $bd |"
  python3 -c 'import sys; k, b = int(sys.argv[1]), int(sys.argv[2])
print(f"| KnotMap against the bare app{sys.argv[3]} | {k - b:+d} ({(k / b - 1) * 100:+.1f}%) | | |")' \
    "$kn" "$bn" "$how"
done

# What KnotMap adds beyond the bare app, by name: the packages only its install brings.
names() { # $1 the .deb, $2 extra apt options
  # shellcheck disable=SC2086
  LANG=C chroot "$work/root" apt-get install -s $2 "$1" 2>/dev/null | sed -n 's/^Inst \([^ ]*\).*/\1/p' | sort
}
for recommends in "" "--no-install-recommends"; do
  echo
  echo "Only with KnotMap${recommends:+ (without Recommends)}: $(comm -23 <(names /tmp/knotmap.deb "$recommends") \
    <(names /tmp/bare.deb "$recommends") | paste -sd' ')"
done
