#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Health data stays on the machine: the binary does not link Qt Network itself, imports
# no socket calls, and no source file uses networking. (Debian's libQt6Qml depends on
# libQt6Network; KnotMap never calls into it.)
set -euo pipefail
knotmap=$1
sources=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

if readelf -d "$knotmap" | grep NEEDED | grep -qi network; then
  fail "knotmap links a network library: $(readelf -d "$knotmap" | grep -i network)"
fi
for symbol in socket connect bind listen accept getaddrinfo gethostbyname sendto recvfrom; do
  if nm -D --undefined-only "$knotmap" | awk '{print $NF}' | sed 's/@.*//' | grep -qx "$symbol"; then
    fail "knotmap imports $symbol"
  fi
done
if grep -rniE 'QNetwork|QTcp|QUdp|QLocalSocket|XMLHttpRequest|QtNetwork|#include <sys/socket' \
  "$sources/core" "$sources/app" "$sources/bench"; then
  fail "a source file uses networking"
fi
echo "ok: no network library, no socket calls, no networking in the sources"
