#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package end to end: CPack builds knotmap_<version>_amd64.deb from this build
# tree; its control data names the QML modules and the shared libraries; unpacked into a
# scratch root it holds the binary, launcher, metainfo, icons, man page and translations
# where Debian expects them, each valid; and the packaged binary, run from there, finds its
# own translations, passes --self-test and writes a summary PDF from a temporary database.
set -euo pipefail
build=$1   # the configured and built tree (CPackConfig.cmake lives there)
version=$2 # the top-level project() version
app_id=$3
src=$4     # the source tree, for the screenshot the metainfo names
# shellcheck source=../cli/common.sh
source "$(dirname "$0")/../cli/common.sh"

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$work/out/knotmap_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $(basename "$deb"); cpack made: $(ls "$work/out")"
echo "ok: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Control data: name, version, and what Debian must install with it.
[ "$(dpkg-deb -f "$deb" Package)" = knotmap ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "architecture"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6quick6 libqt6qml6 libqt6gui6 libqt6printsupport6 libqt6svg6 libsqlite3-0 \
  libspdlog1 qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
  qml6-module-qtquick-templates qml6-module-qtquick-window; do
  grep -qE "(^|, )$needed[^ ,]*( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
if grep -q libqt6network <<<"$depends"; then fail "Depends names Qt Network: $depends"; fi
if grep -qi multimedia <<<"$depends"; then fail "Depends names Qt Multimedia: $depends"; fi
# The chime's library is loaded when present: recommended, not depended on.
grep -q libcanberra0 <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks libcanberra0"
# The desktop's own file dialogs come through Qt's portal theme.
grep -q qt6-xdgdesktopportal-platformtheme <<<"$(dpkg-deb -f "$deb" Recommends)" ||
  fail "Recommends lacks qt6-xdgdesktopportal-platformtheme"
if grep -q canberra <<<"$depends"; then fail "Depends names libcanberra: $depends"; fi
echo "ok: Depends lists the shared libraries and QML modules"

# Debian's own checks of a package (policy, file places, the copyright and changelog).
# Every tag fails, down to the pedantic and informational ones (hardening among them).
lintian --pedantic --display-info --fail-on error,warning,info,pedantic "$deb" \
  >"$work/lintian.log" 2>&1 ||
  { grep -v 'root privileges' "$work/lintian.log" >&2; fail "lintian reports tags"; }
if grep -E '^[EWIPX]: ' "$work/lintian.log"; then fail "lintian reports tags"; fi
echo "ok: lintian --pedantic --display-info reports no tag at all"

# Hardened as Debian builds: fortified calls, a stack protector, full RELRO with bind-now,
# PIE (hardening-check would say the same; lintian checks the first two and bind-now).
bin=$(mktemp -d)/knotmap
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/knotmap >"$bin"
readelf -d "$bin" | grep -qE 'BIND_NOW|FLAGS.*NOW' || fail "not linked with -z now"
readelf -lW "$bin" | grep -q GNU_RELRO || fail "no RELRO segment"
readelf -h "$bin" | grep -q 'DYN (Position-Independent Executable' || fail "not PIE"
symbols=$(readelf -sW --dyn-syms "$bin") # whole, so grep -q cannot cut the pipe short
grep -q '__[a-z_]*_chk@' <<<"$symbols" || fail "no fortified libc calls"
grep -q '__stack_chk_fail' <<<"$symbols" || fail "no stack protector"
if readelf -SW "$bin" | grep -q '\.comment'; then fail "the .comment section is still there"; fi
echo "ok: fortify, stack protector, RELRO with bind-now, PIE; no .comment"

# The files, where Debian expects them.
root="$work/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
for f in usr/bin/knotmap "usr/share/applications/$app_id.desktop" \
  "usr/share/metainfo/$app_id.metainfo.xml" usr/share/man/man1/knotmap.1.gz \
  usr/share/knotmap/translations/knotmap_de.qm "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  usr/share/doc/knotmap/README.md usr/share/doc/knotmap/copyright usr/share/doc/knotmap/changelog.gz \
  usr/share/bash-completion/completions/knotmap; do
  [ -s "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 24 32 48 64 128 256 512; do
  png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [ -s "$png" ] || fail "no ${size}px icon"
  file "$png" | grep -q "$size x $size" || fail "the ${size}px icon is $(file -b "$png")"
done
if dpkg-deb -c "$deb" | grep -E 'bench|test|/include/|\.a$'; then
  fail "the package holds build or test files"
fi
echo "ok: binary, launcher, metainfo, icons, man page and translations in place"

# No run path, packaged or in the build tree: an empty entry would make the loader look
# for Qt's libraries in whatever directory KnotMap was started from.
for binary in "$root/usr/bin/knotmap" "$build/app/knotmap"; do
  if readelf -d "$binary" | grep -E 'RPATH|RUNPATH'; then fail "$binary has a run path"; fi
done
echo "ok: no run path"

# One licensing story: the copyright file's licences are the tree's LICENSES/, it has no
# placeholder, and the metainfo's project licence names licences the copyright file gives.
copyright="$share/doc/knotmap/copyright"
given=$(sed -n 's/^License: //p' "$copyright" | sort -u | paste -sd' ')
texts=$(find "$src/LICENSES" -name '*.txt' -printf '%f\n' | sed 's/\.txt$//' | sort | paste -sd' ')
[ "$given" = "$texts" ] || fail "the copyright file gives '$given'; LICENSES/ holds '$texts'"
if grep -qi "none-yet\|not chosen" "$copyright"; then fail "the copyright file has a placeholder"; fi
project=$(grep -oP '(?<=<project_license>)[^<]+' "$share/metainfo/$app_id.metainfo.xml")
for licence in ${project// AND / }; do
  grep -qx "License: $licence" "$copyright" || fail "the metainfo's $licence is not in the copyright file"
done
echo "ok: copyright (DEP-5) and metainfo ($project) say what LICENSES/ holds"

desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >"$work/as.log" 2>&1 ||
  { cat "$work/as.log" >&2; fail "metainfo invalid"; }
grep -q "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo's release is not $version"
grep -q "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "the launcher's icon"
shot=$(grep -oE '<image[^>]*>[^<]+' "$share/metainfo/$app_id.metainfo.xml" | sed 's/.*>//')
size=$(grep -oE '<image[^>]*>' "$share/metainfo/$app_id.metainfo.xml" | grep -oE '[0-9]+' | paste -sd x)
file "$src/packaging/screenshots/$(basename "$shot")" | grep -q "${size/x/ x }" ||
  fail "the metainfo's screenshot $shot ($size) is not packaging/screenshots/$(basename "$shot")"
echo "ok: desktop-file-validate and appstreamcli validate pass; the screenshot is committed"

# The man page renders cleanly and names every option of every command.
man=$(MANWIDTH=100 man -l "$share/man/man1/knotmap.1.gz" 2>"$work/man.err")
[ ! -s "$work/man.err" ] || { cat "$work/man.err" >&2; fail "man reports problems"; }
grep -q "KnotMap $version" <<<"$man" || fail "the man page is not for version $version"
packaged="$root/usr/bin/knotmap"
for command in "" report restore export import; do
  # shellcheck disable=SC2086
  help=$(QT_QPA_PLATFORM=offscreen "$packaged" $command --help)
  for option in $(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u); do
    case $option in --help-all) continue ;; esac
    grep -qF -- "$option" <<<"$man" || fail "the man page lacks $option (knotmap $command)"
  done
  [ -z "$command" ] || grep -qE "knotmap +$command" <<<"$man" || fail "the man page lacks '$command'"
done
echo "ok: the man page describes every option and command"

# The packaged binary on its own: version, translations, self-test, a summary PDF.
export QT_QPA_PLATFORM=offscreen
[ "$("$packaged" --version)" = "KnotMap $version" ] || fail "--version: $("$packaged" --version)"
"$packaged" --lang de --help >"$work/help-de.txt"
grep -q "Muskelknoten festhalten" "$work/help-de.txt" ||
  fail "the packaged binary did not find its German translation"
LANG=de_DE.UTF-8 LANGUAGE=de LC_ALL= "$packaged" --help >"$work/help-system-de.txt"
grep -q "Datenbankdatei" "$work/help-system-de.txt" ||
  fail "German was not chosen from the system locale"
LANG=en_GB.UTF-8 LANGUAGE= LC_ALL= "$packaged" --help >"$work/help-system-en.txt"
grep -q "Use the database file" "$work/help-system-en.txt" ||
  fail "English was not chosen from the system locale"
db="$work/person.sqlite"
"$packaged" --demo --db "$db" --self-test || fail "packaged --self-test with demo data"
"$packaged" --lang de --db "$db" --self-test || fail "packaged --self-test in German"
[ "$(stat -c %a "$db")" = 600 ] || fail "the database is not private: $(stat -c %a "$db")"
"$packaged" report --db "$db" --out "$work/summary.pdf" --name "Pat Example" >/dev/null ||
  fail "packaged knotmap report"
pdftotext "$work/summary.pdf" "$work/summary.txt"
grep -q "For: Pat Example" "$work/summary.txt" || fail "the summary lacks the name"
"$packaged" report --lang de --db "$db" --out "$work/de.pdf" >/dev/null || fail "German report"
pdftotext "$work/de.pdf" "$work/de.txt"
grep -q "Zusammenfassung zu Muskelknoten" "$work/de.txt" ||
  fail "the German summary is not in German"
echo "ok: the packaged knotmap runs: --version, --self-test, report (English and German)"
