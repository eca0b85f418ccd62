// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/result.h"
#include "knotmap/sqlite.h"

#include <string>

// The demo marker: a setting saying the database holds KnotMap's sample, with a
// fingerprint of what the sample wrote, so a sample someone has since added to or changed
// is recognised as real data. Core's own: demo.cpp writes and checks it, and schema.cpp
// keeps it true when a migration rewrites the sample's rows.
namespace knotmap::demo::mark {

// What the person's tables hold (every table of exchange::kTables but the settings), in
// 16 hex digits: 64-bit FNV-1a over each table as CSV. A table the schema does not have
// yet (an older database) is left out, as the version that wrote it left it out.
Result<std::string> fingerprint(sql::Database& db);

// Whether the marker is there at all.
Result<bool> present(sql::Database& db);

// The marker is there and the tables hold exactly what it says.
Result<bool> holdsOnlyTheSample(sql::Database& db);

// Writes the marker for what the tables hold now.
Status write(sql::Database& db);

} // namespace knotmap::demo::mark
