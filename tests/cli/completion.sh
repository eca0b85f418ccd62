#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion offers the four commands, and for each command exactly the options
# its --help lists, and the values of --format, --paper and --page.
set -euo pipefail
knotmap=$1
completion=$2
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=../../packaging/knotmap.bash-completion
source "$completion"

complete_line() { # the words typed so far, the last being completed; prints the offers
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _knotmap
  printf '%s\n' "${COMPREPLY[@]}" | sort
}

[ "$(complete_line knotmap '' | paste -sd' ')" = "export import report restore" ] ||
  fail "the commands offered: $(complete_line knotmap '' | paste -sd' ')"
[ "$(complete_line knotmap re | paste -sd' ')" = "report restore" ] || fail "re<TAB>"
for command in "" report export import restore; do
  # shellcheck disable=SC2086
  helped=$(QT_QPA_PLATFORM=offscreen "$knotmap" $command --help | grep -oE -- '--[a-z][a-z-]+' |
    sort -u | paste -sd' ')
  # shellcheck disable=SC2086
  offered=$(complete_line knotmap $command -- | paste -sd' ')
  [ "$helped" = "$offered" ] ||
    fail "knotmap $command: --help lists '$helped' but the completion offers '$offered'"
done
echo "ok: every command's options match its --help"
[ "$(complete_line knotmap export --format '' | paste -sd' ')" = "csv fhir json" ] || fail "--format"
[ "$(complete_line knotmap report --paper '' | paste -sd' ')" = "a4 letter" ] || fail "--paper"
[ "$(complete_line knotmap --page h | paste -sd' ')" = "history" ] || fail "--page"
touch "$work/backup.sqlite"
[ "$(complete_line knotmap restore "$work/ba")" = "$work/backup.sqlite" ] || fail "restore FILE"
echo "ok: values of --format, --paper, --page and a file to restore"
