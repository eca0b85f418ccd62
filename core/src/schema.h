// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/result.h"
#include "knotmap/sqlite.h"

namespace knotmap::schema {

// Bring the database from `from` to `to` one version at a time. Each step runs in its
// own BEGIN IMMEDIATE transaction together with its PRAGMA user_version bump, so a step
// either lands whole or not at all.
Status migrate(sql::Database& db, int from, int to);

// Check that every table and column the app uses exists (after migrating, and on open).
Status verify(sql::Database& db);

} // namespace knotmap::schema
