#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders packaging/icons/knotmap.svg to the PNG sizes of the hicolor theme. Run by hand
# after changing the SVG (needs rsvg-convert from librsvg2-bin); the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" knotmap.svg -o "knotmap-$size.png"
done
