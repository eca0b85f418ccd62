#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# 200 rounds of a writer killed with SIGKILL at a random moment (0-60 ms after it
# starts, so some deaths land while opening and most while writing). Afterwards SQLite's
# integrity_check must say ok and every reading the writer reported as committed must be
# in the database.
set -euo pipefail
writer=$1
rounds=${2:-200}
# shellcheck source=../cli/common.sh
source "$(dirname "$0")/../cli/common.sh"
db="$work/knotmap.sqlite"
reported="$work/reported"
: >"$reported"
RANDOM=20261123
for ((round = 1; round <= rounds; round++)); do
  "$writer" "$db" >>"$reported" 2>>"$work/errors" &
  pid=$!
  sleep "0.0$(printf '%02d' $((RANDOM % 60)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
[ ! -s "$work/errors" ] || fail "the writer reported errors: $(head -3 "$work/errors")"
check=$(sqlite3 "$db" "PRAGMA integrity_check;")
[ "$check" = "ok" ] || fail "integrity_check: $check"
sqlite3 "$db" "SELECT id FROM knot_observation;" | sort >"$work/stored"
sort "$reported" >"$work/reported.sorted"
missing=$(comm -23 "$work/reported.sorted" "$work/stored" | wc -l)
[ "$missing" -eq 0 ] || fail "$missing committed readings are missing"
echo "ok: $rounds kills, integrity ok, all $(wc -l <"$reported") reported readings present" \
  "($(wc -l <"$work/stored") stored)"
