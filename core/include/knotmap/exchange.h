// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/clock.h"
#include "knotmap/files.h"
#include "knotmap/result.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace knotmap {
class Store;
class BodyAtlas;
class KnowledgeBase;
namespace sql {
class Database;
}
} // namespace knotmap

// Everything a person entered, out of KnotMap in open formats (docs/EXPORT.md).
namespace knotmap::exchange {

// The tables exported, in the order a later import writes them (parents first).
inline constexpr const char* kTables[] = {
    "setting",   "knot",     "knot_observation",  "knot_status_change",
    "pain_area", "check_in", "self_care_session", "red_flag_answer"};

// One JSON document: {"format": "knotmap-export", "version": 1, "schema": N,
// "exported_at": "...Z", "tables": {"<table>": [{"<column>": value, ...}, ...]}}.
Result<std::string> toJson(Store& store, Timestamp now);

// One table (of kTables) as CSV text: a header row, known even for an empty table, then
// its rows in rowid order, quoted as below.
Result<std::string> tableAsCsv(Store& store, const char* table);
Result<std::string> tableAsCsv(sql::Database& db, const char* table);

// One CSV file per table in `folder`, "<table>.csv", with a header row; RFC 4180
// quoting; empty for NULL. The folder appears whole or not at all (files::OutputFolder):
// it must be new, empty or an earlier CSV export, which is then replaced in one step.
// Files 0600, the folder 0700.
Status toCsv(Store& store, const std::filesystem::path& folder, const files::Protected& keep = {});

// The outcome of an import: rows written per table, or every problem found.
struct ImportProblem {
    std::string where; // "tables.check_in[3]" or "format"
    std::string rule;  // what was wrong, in words
};
struct ImportResult {
    bool written = false;
    std::vector<std::pair<std::string, int>> rows; // table, rows written
    int alreadyThere = 0;                // rows skipped: the same entry was in the database already
    std::vector<ImportProblem> problems; // when not written
};

// The ids a file may name, from the atlas and the knowledge data (docs/EXPORT.md).
struct References {
    std::function<bool(std::string_view)> region;    // a muscle region
    std::function<bool(std::string_view)> place;     // where pain is felt: a place of the figure
    std::function<bool(std::string_view)> technique; // a self-care technique
    std::function<bool(std::string_view)> question;  // a warning sign or a history fact
    // A file of schema 3 or older marked pain on the older figure: each mark is brought
    // onto its places as the schema 4 migration does (BodyAtlas::relocate).
    std::function<std::optional<BodyPoint>(BodyView, Point)> relocate;
    // A file of schema 5 or older placed knots on the older muscle shapes: a knot's point
    // is brought onto its muscle as the schema 6 migration does (BodyAtlas::pointOnRegion).
    std::function<Point(std::string_view, Point)> onRegion;
};
References referencesOf(const BodyAtlas& atlas, const KnowledgeBase& knowledge);

// Reads a JSON export into `store`. Everything is checked first and written in one
// transaction: any bad row means nothing is written, and every bad row is listed with
// its place and the rule it broke. Types are strict (an INTEGER column takes a JSON
// integer only), text holds no NUL and is UTF-8, times lie in 1970..9999, ids are unique
// per table, every knot_id names a knot of the file, every region, technique and
// question id names one KnotMap knows (`refs`). Into an empty database ids are kept, so
// export then import reproduces the data exactly; into one with data, rows get new ids
// (a knot's readings, status changes and sessions follow it), a row that is the same
// entry as one already there (same knot place and time, same reading time...) is
// skipped and counted in alreadyThere, so importing a file twice adds nothing; a
// check-in for a day that has one with other scores is a problem; existing settings are
// kept; the demo marker is never imported.
Result<ImportResult> fromJson(Store& store, const std::string& text, const References& refs);

} // namespace knotmap::exchange
