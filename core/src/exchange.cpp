// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/exchange.h"
#include "knotmap/text.h"

#include "knotmap/files.h"
#include "knotmap/store.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace knotmap::exchange {
namespace fs = std::filesystem;

namespace {

std::string isoUtc(Timestamp t) {
    return files::formatUtc(t, "%Y-%m-%dT%H:%M:%SZ");
}

Result<sql::Statement> selectAll(sql::Database& db, const char* table) {
    // Table names come from kTables, never from input.
    return db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY rowid");
}

std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

Result<std::string> toJson(Store& store, Timestamp now) {
    nlohmann::ordered_json doc;
    doc["format"] = "knotmap-export";
    doc["version"] = 1;
    doc["schema"] = Store::kSchemaVersion;
    doc["exported_at"] = isoUtc(now);
    auto& tables = doc["tables"];
    tables = nlohmann::ordered_json::object();
    for (const char* table : kTables) {
        auto stmt = selectAll(store.database(), table);
        if (!stmt)
            return stmt.error();
        auto rows = nlohmann::ordered_json::array();
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (int c = 0; c < stmt->columnCount(); ++c) {
                auto& value = object[stmt->columnName(c)];
                switch (stmt->columnType(c)) {
                case sql::Statement::Type::Integer:
                    value = stmt->int64(c);
                    break;
                case sql::Statement::Type::Real:
                    value = stmt->real(c);
                    break;
                case sql::Statement::Type::Text:
                    value = stmt->text(c);
                    break;
                case sql::Statement::Type::Blob:
                case sql::Statement::Type::Null:
                    value = nullptr;
                    break;
                }
            }
            rows.push_back(std::move(object));
        }
        tables[table] = std::move(rows);
    }
    return doc.dump(2) + "\n";
}

Result<std::string> tableAsCsv(Store& store, const char* table) {
    return tableAsCsv(store.database(), table);
}

Result<std::string> tableAsCsv(sql::Database& db, const char* table) {
    auto stmt = selectAll(db, table);
    if (!stmt)
        return stmt.error();
    std::string text;
    bool header = false;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!header) {
            for (int c = 0; c < stmt->columnCount(); ++c) {
                if (c > 0)
                    text += ',';
                text += csvField(stmt->columnName(c));
            }
            text += "\r\n";
            header = true;
        }
        if (!*row)
            break;
        for (int c = 0; c < stmt->columnCount(); ++c) {
            if (c > 0)
                text += ',';
            if (!stmt->isNull(c))
                text += csvField(stmt->text(c));
        }
        text += "\r\n";
    }
    return text;
}

Status toCsv(Store& store, const fs::path& folder, const files::Protected& keep) {
    std::vector<std::string> names;
    for (const char* table : kTables)
        names.push_back(std::string(table) + ".csv");
    auto out = files::OutputFolder::create(folder, names, keep);
    if (!out)
        return out.error();
    for (const char* table : kTables) {
        auto text = tableAsCsv(store, table);
        if (!text)
            return text.error();
        if (auto ok = out->write(std::string(table) + ".csv", *text); !ok)
            return ok;
    }
    return out->commit();
}

} // namespace knotmap::exchange
