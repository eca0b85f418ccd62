#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# `knotmap report` end to end: a PDF from the demo database with every section, pages
# that grow with a long range, an empty range, US Letter, embedded fonts, and clear
# errors with a non-zero exit for bad dates, an empty range, an unwritable path and an
# unreadable database.
set -euo pipefail
knotmap=$1
generate=$2
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

"$knotmap" --demo --db "$work/demo.sqlite" --self-test 2>/dev/null
"$knotmap" report --db "$work/demo.sqlite" --out "$work/demo.pdf" --name "Test Person" \
  --paper a4 >"$work/out" || fail "report from the demo database exited non-zero"
grep -q "Wrote" "$work/out" || fail "no confirmation on stdout"
pdfinfo "$work/demo.pdf" | grep -q "595 x 842" || fail "not A4"
pdftotext -layout "$work/demo.pdf" "$work/demo.txt"
to=$(date +%Y-%m-%d)
for words in "Muscle knot summary" "For: Test Person" "Summary" "Main knot areas" \
  "Pain over time" "Body chart" "Knots" "Self-care" "Daily factors" "Warning-sign screening" \
  "Notes" "K1" "Upper trapezius" "Likely muscle" "Days with a pain check-in" "does not diagnose" \
  "Page 1 of"; do
  grep -q "$words" "$work/demo.txt" || fail "the PDF lacks '$words'"
done
grep -q "$(date -d "$to" '+%-d %b %Y')" "$work/demo.txt" || fail "the PDF lacks the range's end"
short=$(pages "$work/demo.pdf")
echo "ok: demo summary, $short pages, every section"
if pdffonts "$work/demo.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit !bad}'; then
  fail "a font is not embedded"
fi
echo "ok: fonts embedded"

# Page 1 holds the summary, the pain chart and the body chart, in German too, whose words
# are longer: a chart shrinks a little rather than move to page 2.
pdftotext -f 1 -l 1 "$work/demo.pdf" "$work/page1.txt"
for words in "Summary" "Pain over time" "Body chart"; do
  grep -q "$words" "$work/page1.txt" || fail "page 1 lacks '$words'"
done
"$knotmap" report --lang de --db "$work/demo.sqlite" --out "$work/de.pdf" >"$work/out-de" ||
  fail "the German report exited non-zero"
grep -q "Seiten nach" "$work/out-de" || fail "the German confirmation: $(cat "$work/out-de")"
pdftotext -f 1 -l 1 "$work/de.pdf" "$work/page1-de.txt"
for words in "Zusammenfassung zu Muskelknoten" "Schmerz im Zeitverlauf" "Körperschema"; do
  grep -q "$words" "$work/page1-de.txt" || fail "German page 1 lacks '$words'"
done
echo "ok: page 1 holds the summary and both charts, in English and German"

# A year of history makes a longer summary than 30 days of it.
"$generate" --years 1 --out "$work/year.sqlite"
"$knotmap" report --db "$work/year.sqlite" --out "$work/month.pdf" >/dev/null
"$knotmap" report --db "$work/year.sqlite" --from "$(date -d '-364 days' +%Y-%m-%d)" \
  --to "$to" --out "$work/year.pdf" --paper letter >/dev/null
month=$(pages "$work/month.pdf")
year=$(pages "$work/year.pdf")
[ "$year" -gt "$month" ] || fail "a year ($year pages) is not longer than 30 days ($month pages)"
pdfinfo "$work/year.pdf" | grep -q "612 x 792" || fail "--paper letter is not US Letter"
echo "ok: 30 days $month pages, a year $year pages on Letter"

# A range with nothing in it still makes a summary that says so.
"$knotmap" report --db "$work/demo.sqlite" --from 2020-01-01 --to 2020-01-31 \
  --out "$work/empty.pdf" >/dev/null || fail "an empty range exited non-zero"
pdftotext "$work/empty.pdf" - | grep -q "No pain check-ins in this range" ||
  fail "the empty summary does not say it is empty"
echo "ok: empty range"

expect_error() { # $1 status, $2 words on stderr, then the arguments
  local status=$1 words=$2
  shift 2
  local got=0
  "$knotmap" report "$@" 2>"$work/err" >/dev/null || got=$?
  [ "$got" -eq "$status" ] || fail "exit $got, not $status, for $*: $(cat "$work/err")"
  grep -q -- "$words" "$work/err" || fail "stderr for $* lacks '$words': $(cat "$work/err")"
  echo "ok: $* -> exit $status, '$words'"
}
expect_error 2 "not a date" --db "$work/demo.sqlite" --from 2026-02-30 --out "$work/x.pdf"
expect_error 2 "not a date" --db "$work/demo.sqlite" --to yesterday --out "$work/x.pdf"
expect_error 2 "The range is empty" --db "$work/demo.sqlite" --from 2026-03-10 --to 2026-03-01 \
  --out "$work/x.pdf"
expect_error 2 "--out is needed" --db "$work/demo.sqlite"
expect_error 1 "does not exist" --db "$work/demo.sqlite" --out "$work/no/such/dir/x.pdf"
expect_error 1 "no database at $work/missing.sqlite. Choose one with --db PATH, or add --demo" \
  --db "$work/missing.sqlite" --out "$work/x.pdf"
expect_error 2 "do not go together" --demo --db "$work/demo.sqlite" --out "$work/x.pdf"
# With no --db, the person's own database is looked for where KnotMap keeps it, and named.
XDG_DATA_HOME="$work/empty-home" expect_error 1 "no database at $work/empty-home/KnotMap/knotmap.sqlite" \
  --out "$work/x.pdf"
XDG_DATA_HOME="$work/demo-home" "$knotmap" report --demo --out "$work/demo.pdf" >/dev/null ||
  fail "report --demo failed"
pdftotext "$work/demo.pdf" "$work/demo.txt"
grep -q "Pain over time" "$work/demo.txt" || fail "the demo report is empty"
[ ! -e "$work/demo-home/KnotMap/knotmap.sqlite" ] || fail "--demo made a database of the person's"
rm "$work/demo.pdf"
echo "ok: report --demo writes the sample data's summary beside, never into, the person's file"
head -c 8192 /dev/urandom >"$work/random.sqlite"
before=$(sha256sum "$work/random.sqlite")
expect_error 1 "not a KnotMap database" --db "$work/random.sqlite" --out "$work/x.pdf"
[ "$before" = "$(sha256sum "$work/random.sqlite")" ] || fail "the unreadable file was changed"
[ ! -e "$work/x.pdf" ] || fail "a PDF was written despite the errors"
