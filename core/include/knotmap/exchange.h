#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"

#include <filesystem>
#include <string>

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

} // namespace knotmap::exchange
