// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers the repositories share: moments as integers, places as columns, and one way
// to turn a failed write into a sentence for the user.
#include "knotmap/domain.h"
#include "knotmap/result.h"
#include "knotmap/sqlite.h"

#include <vector>

namespace knotmap::rows {

inline std::int64_t seconds(Timestamp t) {
    return t.time_since_epoch().count();
}
inline Timestamp timestamp(std::int64_t s) {
    return Timestamp{std::chrono::seconds{s}};
}
inline std::optional<Timestamp> optionalTimestamp(const std::optional<std::int64_t>& s) {
    return s ? std::optional<Timestamp>(timestamp(*s)) : std::nullopt;
}
inline std::optional<std::int64_t> optionalSeconds(const std::optional<Timestamp>& t) {
    return t ? std::optional<std::int64_t>(seconds(*t)) : std::nullopt;
}

// Binds view, x, y, region_id, side to parameters first .. first + 4.
void bindPlace(sql::Statement& stmt, int first, const BodyPoint& place);
// Reads view, x, y, region_id, side from columns first .. first + 4.
BodyPoint readPlace(const sql::Statement& stmt, int first);

// A value of the setting table, if there is one; and setting it.
Result<std::optional<std::string>> setting(sql::Database& db, std::string_view key);
Status setSetting(sql::Database& db, std::string_view key, std::string_view value);

// A failed write, said for the user: what happened and that nothing else changed.
Error writeFailed(const Error& cause);
// A missing row, said for the user.
Error notFound(std::string_view what);

// "SELECT <columns> <rest>": a repository's column list and the rest of its query.
inline std::string select(const char* columns, const char* rest) {
    return std::string("SELECT ") + columns + " " + rest;
}

// Run a statement that changes exactly one row identified by id; NotFound if none.
Status changeOne(sql::Database& db, sql::Statement& stmt, std::string_view what);

// Step through every row, turning each into a T with `read`.
template <typename T, typename Read>
Result<std::vector<T>> readAll(Result<sql::Statement>& stmt, Read read) {
    std::vector<T> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(read(*stmt));
    }
}

} // namespace knotmap::rows
