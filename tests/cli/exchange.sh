#!/usr/bin/env bash
# `knotmap export` then `knotmap import` into a new database gives the same data; importing
# it again into the same database is refused row by row and changes nothing; CSV gives a
# file per table.
set -euo pipefail
knotmap=$1
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
"$knotmap" --demo --db "$work/demo.sqlite" --self-test 2>/dev/null
"$knotmap" export --format json --out "$work/all.json" --db "$work/demo.sqlite" >/dev/null
"$knotmap" import "$work/all.json" --db "$work/copy.sqlite" >"$work/out" || fail "import failed"
grep -q "Imported:" "$work/out" || fail "no summary: $(cat "$work/out")"
"$knotmap" export --format json --out "$work/again.json" --db "$work/copy.sqlite" >/dev/null
diff <(grep -v exported_at "$work/all.json") <(grep -v exported_at "$work/again.json") >/dev/null ||
  fail "export, import, export differs"
echo "ok: round trip through JSON is exact ($(wc -c <"$work/all.json") bytes)"

before=$(sqlite3 "$work/copy.sqlite" "SELECT count(*) FROM check_in; SELECT count(*) FROM knot;")
status=0
"$knotmap" import "$work/all.json" --db "$work/copy.sqlite" 2>"$work/err" >/dev/null || status=$?
[ "$status" -eq 1 ] || fail "a second import exited $status"
grep -q "tables.check_in\[0\]: there is already a check-in for" "$work/err" ||
  fail "rows not listed: $(head -3 "$work/err")"
grep -q "nothing was imported" "$work/err" || fail "does not say nothing was imported"
[ "$before" = "$(sqlite3 "$work/copy.sqlite" "SELECT count(*) FROM check_in; SELECT count(*) FROM knot;")" ] ||
  fail "a refused import changed the database"
echo "ok: a second import is refused row by row, nothing changed"

echo '{"format": "knotmap-export", "version": 1, ' >"$work/broken.json"
status=0
"$knotmap" import "$work/broken.json" --db "$work/copy.sqlite" 2>"$work/err" >/dev/null || status=$?
[ "$status" -eq 1 ] && grep -q "not valid JSON" "$work/err" || fail "broken JSON: $(cat "$work/err")"
echo "ok: broken JSON refused"

"$knotmap" export --format csv --out "$work/csv" --db "$work/demo.sqlite" >/dev/null
[ "$(ls "$work/csv" | wc -l)" -eq 8 ] || fail "not one CSV per table: $(ls "$work/csv")"
head -1 "$work/csv/check_in.csv" | grep -q "^id,day,pain_now" || fail "no header row"
[ "$(($(wc -l <"$work/csv/check_in.csv") - 1))" -eq \
  "$(sqlite3 "$work/demo.sqlite" "SELECT count(*) FROM check_in;")" ] || fail "CSV rows differ"
echo "ok: CSV, one file per table with a header"
