#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# `knotmap export --format fhir`: the demo data as one FHIR R4 Bundle, valid against the
# official JSON schema (KNOTMAP_FHIR_SCHEMA, fetched by ./dev test), every code one that
# docs/EXPORT.md lists as checked, every row of the database there; a range keeps to its
# days; a name goes into the Patient and nothing else does; bad options are refused.
set -euo pipefail
knotmap=$1
src=$2
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
schema=${KNOTMAP_FHIR_SCHEMA:-}
if [ -z "$schema" ] || [ ! -s "$schema" ]; then
  echo "skipped: no FHIR R4 schema (./dev test fetches it and sets KNOTMAP_FHIR_SCHEMA)"
  exit 77
fi
"$knotmap" --demo --db "$work/demo.sqlite" --self-test 2>/dev/null
"$knotmap" export --format fhir --out "$work/all.fhir.json" --db "$work/demo.sqlite" >/dev/null ||
  fail "the export failed"
[ "$(stat -c %a "$work/all.fhir.json")" = 600 ] || fail "the file is not the owner's only"
python3 "$src/tests/fhir/validate.py" "$schema" "$work/all.fhir.json" "$src/docs/EXPORT.md" \
  "$work/demo.sqlite" || fail "the bundle of everything"

# The checks can fail: a wrong status, a broken reference and an unlisted code are caught.
python3 - "$work/all.fhir.json" "$work/broken.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
obs = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Observation"]
obs[0]["status"] = "done"
obs[1]["subject"]["reference"] = "urn:uuid:00000000-0000-4000-8000-000000000000"
obs[2]["code"]["coding"][0] = {"system": "http://loinc.org", "code": "12345-6"}
json.dump(b, open(sys.argv[2], "w"))
PY
if python3 "$src/tests/fhir/validate.py" "$schema" "$work/broken.json" "$src/docs/EXPORT.md"   "$work/demo.sqlite" 2>"$work/broken.err"; then fail "a broken bundle passed"; fi
for caught in "status" "names no entry" "12345-6 is not in the list"; do
  grep -q "$caught" "$work/broken.err" || fail "not caught: $caught ($(head -5 "$work/broken.err"))"
done
echo "ok: a broken bundle fails the checks"

from=$(date -d '-6 days' +%F) to=$(date +%F)
"$knotmap" export --format fhir --from "$from" --to "$to" --name "Alex Example" \
  --out "$work/week.fhir.json" --db "$work/demo.sqlite" >/dev/null || fail "a week's export failed"
python3 "$src/tests/fhir/validate.py" "$schema" "$work/week.fhir.json" "$src/docs/EXPORT.md" \
  "$work/demo.sqlite" "$from" "$to" || fail "the bundle of a week"
python3 - "$work/week.fhir.json" "$from" <<'PY' || fail "the week's bundle"
import json, sys
b = json.load(open(sys.argv[1]))
patients = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Patient"]
assert patients == [{"resourceType": "Patient", "name": [{"text": "Alex Example"}]}], patients
for e in b["entry"]:
    r = e["resource"]
    when = r.get("effectiveDateTime") or r.get("authored") or r.get("performedPeriod", {}).get("start")
    assert when is None or when[:10] >= sys.argv[2], (r["resourceType"], when)
PY
echo "ok: a week's export keeps to its days; the name is the Patient's only detail"

for bad in "--from 2026-13-01" "--from 2026-05-02 --to 2026-05-01" "--from 2999-01-01"; do
  # shellcheck disable=SC2086
  if "$knotmap" export --format fhir --out "$work/bad.json" --db "$work/demo.sqlite" $bad \
    2>"$work/err"; then fail "accepted $bad"; fi
  [ -s "$work/err" ] || fail "no message for $bad"
  [ ! -e "$work/bad.json" ] || fail "a file was written for $bad"
done
if "$knotmap" export --format json --from 2026-01-01 --out "$work/bad.json" \
  --db "$work/demo.sqlite" 2>"$work/err"; then fail "--from accepted with json"; fi
grep -q "fhir" "$work/err" || fail "no word on --from with json: $(cat "$work/err")"
echo "ok: bad dates, a range ending before it starts or starting after today, and --from with json are refused"
