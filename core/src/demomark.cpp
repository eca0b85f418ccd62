// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demomark.h"

#include "knotmap/exchange.h"
#include "rows.h"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string_view>

namespace knotmap::demo::mark {
namespace {

constexpr const char* kKey = "demo";

Result<std::optional<std::string>> stored(sql::Database& db) {
    return rows::setting(db, kKey);
}

Result<bool> tableExists(sql::Database& db, const char* table) {
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string_view(table));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0) > 0;
}

} // namespace

Result<std::string> fingerprint(sql::Database& db) {
    std::uint64_t hash = 14695981039346656037ULL;
    const auto mix = [&hash](std::string_view bytes) {
        for (const char c : bytes) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ULL;
        }
        hash ^= 0xFF; // a separator between tables
        hash *= 1099511628211ULL;
    };
    for (const char* table : exchange::kTables) {
        if (std::string_view(table) == "setting")
            continue;
        auto exists = tableExists(db, table);
        if (!exists)
            return exists.error();
        if (!*exists)
            continue;
        auto rows = exchange::tableAsCsv(db, table);
        if (!rows)
            return rows.error();
        mix(table);
        mix(*rows);
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return std::string(text);
}

Result<bool> present(sql::Database& db) {
    auto value = stored(db);
    if (!value)
        return value.error();
    return value->has_value();
}

Result<bool> holdsOnlyTheSample(sql::Database& db) {
    auto value = stored(db);
    if (!value)
        return value.error();
    if (!value->has_value())
        return false;
    auto print = fingerprint(db);
    if (!print)
        return print.error();
    return **value == *print;
}

Status write(sql::Database& db) {
    auto print = fingerprint(db);
    if (!print)
        return print.error();
    return rows::setSetting(db, kKey, *print);
}

} // namespace knotmap::demo::mark
