#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Data safety against the real binary: no output replaces the database or its backups,
# follows a link or half-writes; files are owner-only; a full disk leaves every file as
# it was; a window holds the database so commands that write wait their turn, and a
# killed window blocks no one.
set -euo pipefail
knotmap=$1
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
db="$work/k.sqlite"
"$knotmap" --demo --db "$db" --self-test 2>/dev/null
sqlite3 "$db" "PRAGMA journal_mode;" >/dev/null
mkdir -p "$work/k-backups"
sum() { sha256sum "$1" | cut -d' ' -f1; }
before=$(sum "$db")

# Exits 1 with a sentence containing $1; the rest is the command.
expect_refusal() {
  local words=$1 status=0
  shift
  "$@" >"$work/out" 2>"$work/err" || status=$?
  [ "$status" -eq 1 ] || fail "exit $status, not 1, for $*: $(cat "$work/err")"
  grep -q -- "$words" "$work/err" || fail "for $*: expected '$words', got: $(cat "$work/err")"
}

# ---- No output onto the database, its working files or its backups -----------------
expect_refusal "never writes over" "$knotmap" report --db "$db" --out "$db"
expect_refusal "never writes over" "$knotmap" export --format json --db "$db" --out "$db"
expect_refusal "never writes over" "$knotmap" export --format json --db "$db" --out "$work/./k.sqlite"
expect_refusal "never writes over" "$knotmap" export --format json --db "$db" --out "$db-wal"
ln "$db" "$work/hard-link.sqlite"
expect_refusal "never writes over" "$knotmap" report --db "$db" --out "$work/hard-link.sqlite"
rm "$work/hard-link.sqlite"
expect_refusal "backup folder" "$knotmap" report --db "$db" --out "$work/k-backups/x.pdf"
expect_refusal "backup folder" "$knotmap" export --format csv --db "$db" --out "$work/k-backups"
[ "$before" = "$(sum "$db")" ] || fail "the database changed"
[ ! -e "$db-wal" ] && [ -z "$(ls -A "$work/k-backups")" ] || fail "something was written"
echo "ok: no output onto the database, its -wal or its backups"

# ---- Never through a link; a folder is not a file; the real reason --------------------
echo "my letter" >"$work/letter.txt"
ln -s "$work/letter.txt" "$work/link.pdf"
expect_refusal "symbolic link" "$knotmap" report --db "$db" --out "$work/link.pdf"
[ "$(cat "$work/letter.txt")" = "my letter" ] && [ -L "$work/link.pdf" ] || fail "the link was followed"
mkdir "$work/afolder"
expect_refusal "it is a folder" "$knotmap" report --db "$db" --out "$work/afolder"
if grep -q "Success" "$work/err"; then fail "the reason says Success"; fi
expect_refusal "does not exist" "$knotmap" export --format json --db "$db" --out "$work/no/x.json"
echo "ok: links, folders and missing folders refused with the reason"

# ---- Owner-only files and folders -------------------------------------------------------
mode() { stat -c %a "$1"; }
umask 022 # as a person's shell would have it
"$knotmap" report --db "$db" --out "$work/summary.pdf" >/dev/null
"$knotmap" export --format json --db "$db" --out "$work/all.json" >/dev/null
"$knotmap" export --format csv --db "$db" --out "$work/csv" >/dev/null
[ "$(mode "$work/summary.pdf")" = 600 ] || fail "the PDF is $(mode "$work/summary.pdf")"
[ "$(mode "$work/all.json")" = 600 ] || fail "the JSON is $(mode "$work/all.json")"
[ "$(mode "$work/csv")" = 700 ] || fail "the CSV folder is $(mode "$work/csv")"
for f in "$work"/csv/*.csv; do [ "$(mode "$f")" = 600 ] || fail "$f is $(mode "$f")"; done
"$knotmap" export --format csv --db "$db" --out "$work/csv" >/dev/null ||
  fail "a second CSV export over the first was refused"
[ "$(ls "$work/csv" | wc -l)" -eq 8 ] || fail "the CSV folder holds $(ls "$work/csv")"
mkdir "$work/documents" && echo "mine" >"$work/documents/notes.txt"
expect_refusal "already holds other files" "$knotmap" export --format csv --db "$db" --out "$work/documents"
[ "$(ls "$work/documents")" = notes.txt ] || fail "files were added to a folder with other files"
echo "ok: PDF, JSON and CSV owner-only; a CSV export replaces only an earlier one"

# ---- A full disk: nothing half-written, nothing lost -----------------------------------
# A small tmpfs in a mount namespace of our own (no root needed where user namespaces are
# allowed); where they are not, this part is skipped with the reason.
if unshare -rm true 2>/dev/null; then
  cp "$work/summary.pdf" "$work/old.pdf"
  cat >"$work/full.sh" <<'EOF'
set -euo pipefail
knotmap=$1 work=$2
disk="$work/disk"
mkdir -p "$disk" && mount -t tmpfs -o size=1m tmpfs "$disk"
# Fills the disk, leaving $1 KiB free.
fill() {
  local avail
  avail=$(df --output=avail -k "$disk" | tail -1)
  head -c $(((avail - ${1:-0}) * 1024)) /dev/zero >"$disk/filler" 2>/dev/null || true
}
cp "$work/old.pdf" "$disk/summary.pdf"
fill
status=0
"$knotmap" report --db "$work/k.sqlite" --out "$disk/summary.pdf" >"$work/full-out" 2>"$work/full-err" || status=$?
[ "$status" -eq 1 ] || { echo "report on a full disk exited $status: $(cat "$work/full-out")"; exit 1; }
cmp -s "$disk/summary.pdf" "$work/old.pdf" || { echo "the previous PDF changed"; exit 1; }
status=0
"$knotmap" export --format csv --db "$work/k.sqlite" --out "$disk/csv" >/dev/null 2>>"$work/full-err" || status=$?
[ "$status" -eq 1 ] && [ ! -e "$disk/csv" ] || { echo "CSV on a full disk: exit $status, $(ls "$disk")"; exit 1; }
[ "$(ls -A "$disk" | sort | tr '\n' ' ')" = "filler summary.pdf " ] ||
  { echo "left behind: $(ls -A "$disk")"; exit 1; }
# An import into a database on a nearly full disk: all or nothing.
rm "$disk/filler"
"$knotmap" --db "$disk/target.sqlite" --self-test 2>/dev/null
sqlite3 "$disk/target.sqlite" "INSERT INTO red_flag_answer (question_id, answer, answered_at) VALUES ('E1', 0, 1000);"
fill 96 # room for SQLite's -shm and a little of the import, not all of it
rows=$(sqlite3 "$disk/target.sqlite" "SELECT count(*) FROM red_flag_answer; SELECT count(*) FROM check_in;")
status=0
"$knotmap" import "$work/all.json" --db "$disk/target.sqlite" >/dev/null 2>>"$work/full-err" || status=$?
[ "$status" -eq 1 ] || { echo "import on a full disk exited $status"; exit 1; }
rm "$disk/filler"
[ "$rows" = "$(sqlite3 "$disk/target.sqlite" "SELECT count(*) FROM red_flag_answer; SELECT count(*) FROM check_in;")" ] ||
  { echo "part of the import was committed"; exit 1; }
[ "$(sqlite3 "$disk/target.sqlite" "PRAGMA integrity_check;")" = ok ] || { echo "damaged"; exit 1; }
EOF
  unshare -rm bash "$work/full.sh" "$knotmap" "$work" || fail "full disk: $(cat "$work/full-err" 2>/dev/null)"
  grep -q "full" "$work/full-err" || fail "the full disk is not named: $(cat "$work/full-err")"
  echo "ok: on a full disk the old PDF stays, no CSV folder appears, an import is all or nothing"
else
  echo "skip: a full disk cannot be made here (no user namespaces to mount a small tmpfs in)"
fi

# ---- A window holds the database -----------------------------------------------------
cp "$db" "$work/copy.sqlite"
"$knotmap" --db "$db" 2>"$work/window-err" &
window=$!
trap 'kill -9 $window 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  flock -n "$db-lock" true 2>/dev/null || break
  sleep 0.1
done
flock -n "$db-lock" true 2>/dev/null && fail "the window took no lock"
expect_refusal "open in another KnotMap window (process $window)" \
  "$knotmap" import "$work/all.json" --db "$db"
expect_refusal "open in another KnotMap window" \
  "$knotmap" restore "$work/copy.sqlite" --db "$db" --yes
"$knotmap" export --format json --db "$db" --out "$work/while-open.json" >/dev/null ||
  fail "export beside an open window failed"
"$knotmap" --db "$db" --page today --screenshot "$work/second.png" 2>/dev/null ||
  fail "a second window did not open"
echo "ok: import and restore refused while a window has the database; reading still works"

# The log: owner-only in an owner-only folder (the window writes one; headless runs do not).
log="$XDG_DATA_HOME/KnotMap/logs/knotmap.log"
for _ in $(seq 50); do [ -s "$log" ] && break; sleep 0.1; done
[ "$(mode "$log")" = 600 ] || fail "the log is $(mode "$log")"
[ "$(mode "$(dirname "$log")")" = 700 ] || fail "the log folder is $(mode "$(dirname "$log")")"
echo "ok: the log is 0600 in a 0700 folder"

kill -9 "$window"
wait "$window" 2>/dev/null || true
grep -q "^open $window" "$db-lock" || fail "the lock file does not name the killed window"
before=$(sqlite3 "$db" "SELECT count(*) FROM knot;")
"$knotmap" import "$work/all.json" --db "$db" >"$work/out" 2>"$work/err" ||
  fail "a lock left by a killed window blocked the import: $(cat "$work/err")"
[ "$before" = "$(sqlite3 "$db" "SELECT count(*) FROM knot;")" ] || fail "the import doubled the knots"
echo "ok: a killed window's lock blocks no one"
