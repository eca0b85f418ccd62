#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
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
# The same but for the demo marker, which is never imported.
python3 - "$work/all.json" "$work/again.json" <<'PY' || fail "export, import, export differs"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for d in (a, b):
    d.pop("exported_at")
    d["tables"]["setting"] = [r for r in d["tables"]["setting"] if r["key"] != "demo"]
sys.exit(0 if a == b else 1)
PY
echo "ok: round trip through JSON is exact ($(wc -c <"$work/all.json") bytes)"

count_all() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM check_in), (SELECT count(*) FROM knot),
    (SELECT count(*) FROM knot_observation), (SELECT count(*) FROM self_care_session),
    (SELECT count(*) FROM red_flag_answer), (SELECT count(*) FROM pain_area);"
}
before=$(count_all "$work/copy.sqlite")
"$knotmap" import "$work/all.json" --db "$work/copy.sqlite" >"$work/out" 2>"$work/err" ||
  fail "a second import failed: $(cat "$work/err")"
grep -q "Skipped [0-9]* rows that were in the database already" "$work/out" ||
  fail "the second import does not say the rows were there: $(cat "$work/out")"
[ "$before" = "$(count_all "$work/copy.sqlite")" ] || fail "a second import added rows"
echo "ok: a file imported twice adds nothing: $(tail -1 "$work/out")"

# The same day with other scores is a clash: listed, and nothing is written.
python3 - "$work/all.json" "$work/clash.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["tables"]["check_in"][0]["pain_now"] = (d["tables"]["check_in"][0]["pain_now"] + 1) % 3
d["tables"]["check_in"][0]["pain_least"] = 0
d["tables"]["check_in"][0]["pain_worst"] = 10
json.dump(d, open(sys.argv[2], "w"))
PY
status=0
"$knotmap" import "$work/clash.json" --db "$work/copy.sqlite" 2>"$work/err" >/dev/null || status=$?
[ "$status" -eq 1 ] || fail "a clashing import exited $status"
grep -q "tables.check_in\[0\]: there is already a check-in for .* with other scores" "$work/err" ||
  fail "the clash is not listed: $(head -3 "$work/err")"
grep -q "nothing was imported" "$work/err" || fail "does not say nothing was imported"
[ "$before" = "$(count_all "$work/copy.sqlite")" ] || fail "a refused import changed the database"
echo "ok: a clashing day is refused, nothing changed"

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
