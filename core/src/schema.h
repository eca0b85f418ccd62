// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/result.h"
#include "knotmap/sqlite.h"
#include "knotmap/store.h"

namespace knotmap {
class BodyAtlas;
}

namespace knotmap::schema {

// What a step may need beside the database.
struct Context {
    // The body atlas: schema 4 brings every pain mark onto the figure's places. Needed
    // only when there are pain marks to bring; without it such a step fails, and the
    // step rolls back.
    AtlasSource atlas;
};

// Bring the database from `from` to `to` one version at a time. Each step runs in its
// own BEGIN IMMEDIATE transaction together with its PRAGMA user_version bump, so a step
// either lands whole or not at all.
Status migrate(sql::Database& db, int from, int to, const Context& context = {});

// Check that every table and column the app uses exists (after migrating, and on open).
Status verify(sql::Database& db);

} // namespace knotmap::schema
