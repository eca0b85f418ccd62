#!/usr/bin/env bash
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
