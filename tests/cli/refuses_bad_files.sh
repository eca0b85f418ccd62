#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The real binary, given a file it must not open, says why (stderr and window) and
# leaves the file byte-for-byte unchanged.
set -euo pipefail
knotmap=$1
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

check() { # $1 file, $2 expected words on stderr
  local before after
  before=$(sha256sum "$1" | cut -d' ' -f1)
  "$knotmap" --db "$1" --screenshot "$work/shot.png" 2>"$work/err" || fail "knotmap exited non-zero for $1"
  grep -q "$2" "$work/err" || fail "stderr for $1 lacks '$2': $(cat "$work/err")"
  grep -q "not changed" "$work/err" || fail "stderr for $1 does not say the file was not changed"
  after=$(sha256sum "$1" | cut -d' ' -f1)
  [ "$before" = "$after" ] || fail "$1 was modified"
  [ ! -e "$1-wal" ] || fail "$1-wal was created"
  [ -s "$work/shot.png" ] || fail "no screenshot for $1"
  echo "ok: $1 refused with '$2', unchanged"
}

head -c 65536 /dev/urandom > "$work/random.sqlite"
check "$work/random.sqlite" "not a KnotMap database"

"$knotmap" --db "$work/future.sqlite" --screenshot "$work/first.png" 2>/dev/null
sqlite3 "$work/future.sqlite" "PRAGMA user_version = 999;"
check "$work/future.sqlite" "newer version of KnotMap"

# A fresh database is created owner-only.
"$knotmap" --db "$work/new.sqlite" --screenshot "$work/new.png" 2>/dev/null
[ "$(stat -c %a "$work/new.sqlite")" = 600 ] || fail "new database is not mode 600"
echo "ok: new database is mode 600"
