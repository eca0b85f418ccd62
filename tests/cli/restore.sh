#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# `knotmap restore`: a preview changes nothing; --yes brings back what the backup held and
# keeps the data it replaced; a file that is not a KnotMap database is refused unchanged.
set -euo pipefail
knotmap=$1
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
live="$work/live.sqlite"
"$knotmap" --demo --db "$live" --self-test 2>/dev/null
sqlite3 "$live" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cp "$live" "$work/snapshot.sqlite"
all=$(sqlite3 "$live" "SELECT count(*) FROM check_in;")
sqlite3 "$live" "DELETE FROM check_in WHERE id IN (SELECT id FROM check_in LIMIT 10);"

"$knotmap" restore "$work/snapshot.sqlite" --db "$live" >"$work/out" 2>/dev/null
grep -q "holds $all check-ins" "$work/out" || fail "no preview: $(cat "$work/out")"
[ "$(sqlite3 "$live" "SELECT count(*) FROM check_in;")" -eq $((all - 10)) ] ||
  fail "a preview changed the database"
echo "ok: preview of $all check-ins, nothing changed"

"$knotmap" restore "$work/snapshot.sqlite" --db "$live" --yes >"$work/out" 2>/dev/null ||
  fail "restore exited non-zero"
[ "$(sqlite3 "$live" "SELECT count(*) FROM check_in;")" -eq "$all" ] || fail "not restored"
kept=$(ls "$work"/live-backups/*-before-restore.sqlite)
[ "$(sqlite3 "$kept" "SELECT count(*) FROM check_in;")" -eq $((all - 10)) ] ||
  fail "the replaced data was not kept"
echo "ok: restored $all check-ins; the replaced $((all - 10)) kept in $(basename "$kept")"

head -c 8192 /dev/urandom >"$work/junk.sqlite"
before=$(sha256sum "$work/junk.sqlite" "$live")
status=0
"$knotmap" restore "$work/junk.sqlite" --db "$live" --yes 2>"$work/err" >/dev/null || status=$?
[ "$status" -eq 1 ] || fail "a junk file exited $status"
grep -q "not a KnotMap database" "$work/err" || fail "unclear refusal: $(cat "$work/err")"
[ "$before" = "$(sha256sum "$work/junk.sqlite" "$live")" ] || fail "a refused restore changed a file"
echo "ok: a junk file is refused and nothing changes"

# A damaged database: the backup goes in its place and the damaged file is kept as it was.
python3 - "$live" <<'PY'
import sys
path = sys.argv[1]
b = bytearray(open(path, 'rb').read())
b[4096:] = b'\xa5' * (len(b) - 4096)
open(path, 'wb').write(b)
PY
damaged=$(sha256sum <"$live")
status=0
"$knotmap" restore "$work/snapshot.sqlite" --db "$live" >/dev/null 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "a preview against a damaged database exited $status"
[ "$damaged" = "$(sha256sum <"$live")" ] || fail "a preview changed the damaged file"
"$knotmap" restore "$work/snapshot.sqlite" --db "$live" --yes >"$work/out" 2>"$work/err" ||
  fail "restoring over a damaged database failed: $(cat "$work/err")"
grep -q "it is damaged" "$work/err" || fail "the damage was not named: $(cat "$work/err")"
[ "$(sqlite3 "$live" "SELECT count(*) FROM check_in;")" -eq "$all" ] || fail "not restored"
kept=$(ls "$work"/live-backups/live-refused-*.sqlite)
[ "$damaged" = "$(sha256sum <"$kept")" ] || fail "the damaged file was not kept byte for byte"
echo "ok: a damaged database is replaced by the backup and kept as $(basename "$kept")"
