# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the shell tests: a scratch folder removed on exit, Qt's runtime and cache
# folders inside it (never the user's), and fail().
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
  XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fail() { echo "FAIL: $*" >&2; exit 1; }
