#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A database its user may not change opens read-only: reading works (export, the window),
# import and restore are refused with the reason, and the file stays byte-for-byte the
# same with nothing made beside it. Run as root (as in CI), the checks run as "nobody",
# because file modes do not bind root.
set -euo pipefail
knotmap=$1
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
db="$work/shared/knotmap.sqlite"
mkdir -p "$work/shared"
"$knotmap" --demo --db "$db" --self-test 2>/dev/null
sqlite3 "$db" "PRAGMA journal_mode;" >/dev/null # closes cleanly: no -wal left
[ ! -e "$db-wal" ] || fail "a -wal file was left behind"
chmod 755 "$work" "$work/shared"
chmod 444 "$db"
mkdir -p "$work/out" "$work/user-runtime" && chmod 777 "$work/out"
chmod 700 "$work/user-runtime"
# The build tree may sit where only its owner may enter (a clone in root's home, or in a
# folder made by mktemp -d): "nobody" runs a copy of the binary from the scratch folder.
# The binary embeds its QML and data, and needs nothing beside it in English.
if [ "$(id -u)" -eq 0 ]; then
  mkdir -p "$work/bin" && cp "$knotmap" "$work/bin/knotmap" && chmod 755 "$work/bin" "$work/bin/knotmap"
  knotmap="$work/bin/knotmap"
fi
as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    chown 65534:65534 "$work/user-runtime"
    setpriv --reuid=65534 --regid=65534 --clear-groups \
      env HOME="$work/out" XDG_RUNTIME_DIR="$work/user-runtime" XDG_DATA_HOME="$work/out/data" \
      XDG_CACHE_HOME="$work/out/cache" "$@"
  else
    "$@"
  fi
}
before=$(sha256sum "$db")
checkins=$(sqlite3 "$db" "SELECT count(*) FROM check_in;")

as_user "$knotmap" export --format json --out "$work/out/all.json" --db "$db" >/dev/null ||
  fail "export from a read-only database failed"
grep -q '"check_in"' "$work/out/all.json" || fail "the export holds no check-ins"
echo "ok: a read-only database can be exported"

status=0
as_user "$knotmap" import "$work/out/all.json" --db "$db" 2>"$work/err" >/dev/null || status=$?
[ "$status" -eq 1 ] || fail "import into a read-only database exited $status"
grep -q "read-only, because you do not have permission to change this file" "$work/err" ||
  fail "unclear import refusal: $(cat "$work/err")"
echo "ok: import is refused: $(head -1 "$work/err")"

cp "$db" "$work/out/copy.sqlite" && chmod 644 "$work/out/copy.sqlite"
status=0
as_user "$knotmap" restore "$work/out/copy.sqlite" --db "$db" --yes 2>"$work/err" >/dev/null ||
  status=$?
[ "$status" -eq 1 ] || fail "restore into a read-only database exited $status"
grep -q "read-only, because you do not have permission" "$work/err" ||
  fail "unclear restore refusal: $(cat "$work/err")"
echo "ok: restore is refused"

as_user "$knotmap" --db "$db" --page today --screenshot "$work/out/today.png" 2>"$work/err" ||
  fail "the window did not open a read-only database: $(cat "$work/err")"
[ -s "$work/out/today.png" ] || fail "no screenshot"
echo "ok: the window opens it"

[ "$before" = "$(sha256sum "$db")" ] || fail "the read-only database changed"
[ "$checkins" -eq "$(sqlite3 "$db" "SELECT count(*) FROM check_in;")" ] || fail "rows changed"
for side in -wal -shm -journal; do
  [ ! -e "$db$side" ] || fail "a $side file was made beside the read-only database"
done
echo "ok: the database is byte-for-byte the same; nothing was made beside it"
