#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace knotmap {
class Store;
}

// Everything a person entered, out of KnotMap in open formats (docs/EXPORT.md).
namespace knotmap::exchange {

// The tables exported, in the order a later import writes them (parents first).
inline constexpr const char* kTables[] = {
    "setting",   "knot",     "knot_observation",  "knot_status_change",
    "pain_area", "check_in", "self_care_session", "red_flag_answer"};

// One JSON document: {"format": "knotmap-export", "version": 1, "schema": N,
// "exported_at": "...Z", "tables": {"<table>": [{"<column>": value, ...}, ...]}}.
Result<std::string> toJson(Store& store, Timestamp now);

// One CSV file per table in `folder` (created if needed), "<table>.csv", with a header
// row; RFC 4180 quoting; empty for NULL. Files are written 0600.
Status toCsv(Store& store, const std::filesystem::path& folder);

// Writes `text` to `path` through a temporary file and a rename, mode 0600, so a failure
// (e.g. a full disk) never leaves a half-written file under that name.
Status writeFile(const std::filesystem::path& path, const std::string& text);

// The outcome of an import: rows written per table, or every problem found.
struct ImportProblem {
    std::string where; // "tables.check_in[3]" or "format"
    std::string rule;  // what was wrong, in words
};
struct ImportResult {
    bool written = false;
    std::vector<std::pair<std::string, int>> rows; // table, rows written
    std::vector<ImportProblem> problems;           // when not written
};

// Reads a JSON export into `store`. Everything is checked first and written in one
// transaction: any bad row means nothing is written, and every bad row is listed with
// its place and the rule it broke. Into an empty database ids are kept, so export then
// import reproduces the data exactly; into one with data, rows get new ids (a knot's
// readings, status changes and sessions follow it), a check-in for a day that already
// has one is a problem, and existing settings are kept.
Result<ImportResult> fromJson(Store& store, const std::string& text);

} // namespace knotmap::exchange
