#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Every word the user reads goes through Qt's translation system, and German is complete:
# lupdate run afresh over the sources (app C++, QML and core) finds no text that the
# committed translation lacks, and every entry is translated. A QML text written as a bare
# string, outside qsTr(), fails too.
set -euo pipefail
lupdate=$1
lrelease=$2
src=$3
# shellcheck source=../cli/common.sh
source "$(dirname "$0")/../cli/common.sh"

for ts in "$src"/resources/translations/knotmap_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$work/$name"
  only=() # English holds only the sentences with a count, for their plural forms
  [ "$name" != knotmap_en.ts ] || only=(-pluralonly)
  (cd "$src" && "$lupdate" "${only[@]}" -no-obsolete -locations none app core/src \
    -extensions cpp,h,qml -ts "$work/$name") >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log" >&2; fail "lupdate"; }
  # What lupdate wrote holds no message the committed file lacks (for English, lupdate
  # counts every text as new but writes only those with a count).
  found=$(python3 - "$ts" "$work/$name" <<'PY'
import sys, xml.etree.ElementTree as ET
def messages(path):
    return {(c.findtext('name'), m.findtext('source'))
            for c in ET.parse(path).getroot().iter('context') for m in c.iter('message')
            if (m.find('translation').get('type') or '') not in ('vanished', 'obsolete')}
print(len(messages(sys.argv[2]) - messages(sys.argv[1])))
PY
)
  [ "$found" = 0 ] || fail "$name lacks $found text(s) that the sources have: run the update_translations target and translate them"
  "$lrelease" "$work/$name" -qm "$work/out.qm" >"$work/lrelease.log" 2>&1
  grep -qE '\(([0-9]+) finished and 0 unfinished\)' "$work/lrelease.log" ||
    { cat "$work/lrelease.log" >&2; fail "$name has unfinished translations"; }
  if grep -q 'Ignored' "$work/lrelease.log"; then
    cat "$work/lrelease.log" >&2
    fail "$name leaves source texts untranslated"
  fi
  # Placeholders survive translation: the same %1..%9 in the source and the translation.
  python3 - "$work/$name" <<'PY' || fail "$name: a translation drops or adds a placeholder"
import re, sys, xml.etree.ElementTree as ET
bad = 0
for m in ET.parse(sys.argv[1]).getroot().iter('message'):
    s = m.findtext('source') or ''
    forms = [f.text or '' for f in m.iter('numerusform')] or [m.findtext('translation') or '']
    for t in forms:
        if sorted(re.findall(r'%\d', s)) != sorted(re.findall(r'%\d', t)):
            print('placeholders differ:', repr(s), '->', repr(t)); bad = 1
    if m.get('numerus') == 'yes' and len(forms) < 2:
        print('plural forms missing:', repr(s)); bad = 1
sys.exit(bad)
PY
  echo "ok: $name complete ($(grep -oE '[0-9]+ finished' "$work/lrelease.log"))"
done

# Bare strings in QML where a person would read them.
# (A literal that starts with a letter and holds a word; markup such as "<b>" is not text.)
if grep -nE '\b(text|title|placeholderText|Accessible\.name|Accessible\.description|ToolTip\.text)\s*:\s*"[A-Za-z][^"]*[A-Za-z]{2}' \
  "$src"/app/*/*.qml; then
  fail "the QML lines above show text outside qsTr()"
fi
echo "ok: no bare user-visible strings in QML"
