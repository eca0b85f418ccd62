#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the screenshot the AppStream metainfo shows (packaging/screenshots/), with the
# app's own --screenshot on a fresh demo database, at the size the metainfo states.
# Run by hand after a visible change (./dev build first); the PNG is committed and
# published under the metainfo's web address.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
knotmap=${1:-$root/build/release/app/knotmap}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen
mkdir -p "$root/packaging/screenshots"
"$knotmap" --demo --db "$work/demo.sqlite" --lang en --theme light --page body \
  --size 1280x800 --screenshot "$root/packaging/screenshots/body-map.png"
echo "wrote packaging/screenshots/body-map.png"
