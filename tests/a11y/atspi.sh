#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The accessible tree through AT-SPI, the interface the Orca screen reader uses: KnotMap
# on the demo data in a real X server (Xvfb) with its own D-Bus session and AT-SPI bus,
# walked by check.py (python3-pyatspi). Needs xvfb, dbus, at-spi2-core and
# python3-pyatspi, which ./dev test installs; skipped when they are not there.
set -euo pipefail
knotmap=$1
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../cli/common.sh
source "$here/../cli/common.sh"
launcher=/usr/libexec/at-spi-bus-launcher
for need in xvfb-run dbus-run-session "$launcher"; do
  command -v "$need" >/dev/null || { echo "skipped: $need is not installed"; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "skipped: python3-pyatspi is not installed"; exit 77; }

cat >"$work/session.sh" <<SESSION
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
"$launcher" --launch-immediately &
sleep 1
"$knotmap" --demo --db "$work/demo.sqlite" --size 1280x800 >"$work/app.log" 2>&1 &
app=\$!
status=0
/usr/bin/python3 "$here/check.py" || status=\$?
kill \$app 2>/dev/null || true
exit \$status
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$work/session.sh" 2>"$work/err" ||
  { grep -vE 'fd limit|dbus-daemon|SpiRegistry' "$work/err" >&2; cat "$work/app.log" >&2; fail "the accessible tree has problems (above)"; }
echo "ok: every page and the main dialogs, walked through AT-SPI"
