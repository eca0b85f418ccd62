#include "knotmap/exchange.h"
#include "knotmap/text.h"

#include "files.h"
#include "knotmap/store.h"
#include "rows.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace knotmap::exchange {
namespace fs = std::filesystem;

namespace {

std::string isoUtc(Timestamp t) {
    return files::formatUtc(t, "%Y-%m-%dT%H:%M:%SZ");
}

Result<sql::Statement> selectAll(Store& store, const char* table) {
    // Table names come from kTables, never from input.
    return store.database().prepare(std::string("SELECT * FROM ") + table + " ORDER BY rowid");
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
        auto stmt = selectAll(store, table);
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

Status toCsv(Store& store, const fs::path& folder) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    for (const char* table : kTables) {
        auto stmt = selectAll(store, table);
        if (!stmt)
            return stmt.error();
        std::string text;
        bool header = false;
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!header) { // column names are known even for an empty table
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
        if (auto ok = writeFile(folder / (std::string(table) + ".csv"), text); !ok)
            return ok;
    }
    return {};
}

Status writeFile(const fs::path& path, const std::string& text) {
    const fs::path partial = path.string() + ".partial";
    std::error_code ec;
    fs::remove(partial, ec);
    if (auto ok = files::createPrivateFile(partial); !ok)
        return ok;
    std::FILE* out = std::fopen(partial.c_str(), "wb");
    bool written = out != nullptr && std::fwrite(text.data(), 1, text.size(), out) == text.size();
    written = out != nullptr && std::fflush(out) == 0 && ::fsync(fileno(out)) == 0 && written;
    const int error = errno;
    if (out != nullptr)
        written = std::fclose(out) == 0 && written;
    if (!written) {
        fs::remove(partial, ec);
        return Error{error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
                     fill(translate("files", "KnotMap could not write %1: %2. Nothing was "
                                             "written there."),
                          {files::quoted(path), std::strerror(error)}),
                     {}};
    }
    fs::rename(partial, path, ec);
    if (ec) {
        fs::remove(partial, ec);
        return Error{ErrorCode::Io,
                     fill(translate("files", "KnotMap could not write %1: %2."),
                          {files::quoted(path), ec.message()}),
                     {}};
    }
    return {};
}

namespace {

// A column's name and whether it refers to a knot by id.
struct Column {
    std::string name;
    bool knotReference = false;
};

Result<std::vector<Column>> columnsOf(sql::Database& db, const char* table) {
    auto stmt = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string_view(table));
    return rows::readAll<Column>(stmt, [](const sql::Statement& row) {
        std::string name = row.text(0);
        const bool knot = name == "knot_id";
        return Column{std::move(name), knot};
    });
}

std::string where(const char* table, std::size_t index) {
    std::string w = "tables.";
    w.append(table).append("[").append(std::to_string(index)).append("]");
    return w;
}

} // namespace

namespace {
Result<ImportResult> fromJsonUnchecked(Store& store, const std::string& text);
} // namespace

Result<ImportResult> fromJson(Store& store, const std::string& text) {
    if (store.readOnly())
        return Error{ErrorCode::ReadOnly,
                     fill(translate("import", "Nothing was imported: the database is open "
                                              "read-only, because %1. Your data is as it was."),
                          {store.readOnlyReason()}),
                     {}};
    // Whatever the JSON library refuses (a number out of range, a value of an unexpected
    // type) is a problem with the file, reported like any other; nothing is written.
    try {
        return fromJsonUnchecked(store, text);
    } catch (const nlohmann::json::exception& e) {
        ImportResult result;
        result.problems.push_back(
            {"file", fill(translate("import", "it could not be read (%1)"), {e.what()})});
        return result;
    }
}

namespace {
Result<ImportResult> fromJsonUnchecked(Store& store, const std::string& text) {
    ImportResult result;
    auto problem = [&](std::string place, std::string rule) {
        result.problems.push_back({std::move(place), std::move(rule)});
    };
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        problem("file", fill(translate("import", "it is not valid JSON (at byte %1)"),
                             {std::to_string(e.byte)}));
        return result;
    }
    if (!doc.is_object() || doc.value("format", "") != "knotmap-export") {
        problem("format", translate("import", "it is not a KnotMap export (\"format\" must be "
                                              "\"knotmap-export\")"));
        return result;
    }
    if (!doc.contains("version") || doc["version"] != 1)
        problem("version", translate("import", "only version 1 of the export format can be read"));
    if (!doc.contains("schema") || !doc["schema"].is_number_integer() ||
        doc["schema"].get<int>() < 1 || doc["schema"].get<int>() > Store::kSchemaVersion)
        problem("schema", fill(translate("import", "it was exported by a newer KnotMap, or the "
                                                   "schema is missing; this version reads schema 1 "
                                                   "to %1"),
                               {std::to_string(Store::kSchemaVersion)}));
    if (!doc.contains("tables") || !doc["tables"].is_object())
        problem("tables", translate("import", "there is no \"tables\" object"));
    if (!result.problems.empty())
        return result;
    const std::set<std::string> known(std::begin(kTables), std::end(kTables));
    for (const auto& [name, rows] : doc["tables"].items()) {
        if (known.count(name) == 0)
            problem("tables." + name, translate("import", "KnotMap has no table of that name"));
        else if (!rows.is_array())
            problem("tables." + name, translate("import", "must be a list of rows"));
    }
    if (!result.problems.empty())
        return result;

    auto& db = store.database();
    bool empty = true;
    for (const char* table : kTables) {
        auto n = db.queryInt(std::string("SELECT count(*) FROM ") + table);
        if (!n)
            return n.error();
        // A demo marker or a reminder setting alone does not make the data "existing".
        if (*n > 0 && std::string_view(table) != "setting")
            empty = false;
    }
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return tx.error();
    std::map<std::int64_t, std::int64_t> knotIds;
    for (const char* table : kTables) {
        if (!doc["tables"].contains(table))
            continue;
        auto columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        const auto& rows = doc["tables"][table];
        int written = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& row = rows[i];
            const std::string place = where(table, i);
            if (!row.is_object()) {
                problem(place,
                        translate("import", "a row must be an object of column names to values"));
                continue;
            }
            bool bad = false;
            for (const auto& item : row.items()) {
                const std::string& key = item.key();
                const auto& value = item.value();
                const bool knownColumn =
                    std::any_of(columns->begin(), columns->end(),
                                [&key](const Column& c) { return c.name == key; });
                if (!knownColumn) {
                    problem(place, fill(translate("import", "unknown column \"%1\""), {key}));
                    bad = true;
                } else if (!value.is_null() && !value.is_number() && !value.is_string()) {
                    problem(place + "." + key,
                            translate("import", "must be a number, a text or null"));
                    bad = true;
                }
            }
            if (bad)
                continue;
            std::string names;
            std::string params;
            std::vector<const Column*> used;
            for (const Column& c : *columns) {
                if (!row.contains(c.name) || (!empty && c.name == "id"))
                    continue;
                if (!names.empty()) {
                    names += ", ";
                    params += ", ";
                }
                names += c.name;
                params += "?" + std::to_string(used.size() + 1);
                used.push_back(&c);
            }
            std::string sql = std::string("INSERT ") +
                              (std::string_view(table) == "setting" ? "OR IGNORE " : "") + "INTO " +
                              table + " (" + names + ") VALUES (" + params + ")";
            auto stmt = db.prepare(sql);
            if (!stmt) {
                problem(place, stmt.error().message);
                continue;
            }
            for (std::size_t k = 0; k < used.size(); ++k) {
                const int index = static_cast<int>(k + 1);
                const auto& value = row[used[k]->name];
                if (value.is_null()) {
                    stmt->bind(index, std::nullopt);
                } else if (value.is_number_integer()) {
                    std::int64_t v = value.get<std::int64_t>();
                    if (used[k]->knotReference && !empty) {
                        const auto it = knotIds.find(v);
                        if (it == knotIds.end()) {
                            problem(place + ".knot_id",
                                    fill(translate("import", "refers to knot %1, which is not in "
                                                             "the file"),
                                         {std::to_string(v)}));
                            bad = true;
                            break;
                        }
                        v = it->second;
                    }
                    stmt->bind(index, v);
                } else if (value.is_number()) {
                    stmt->bind(index, value.get<double>());
                } else {
                    stmt->bind(index, std::string_view(value.get_ref<const std::string&>()));
                }
            }
            if (bad)
                continue;
            // Each row inside its own savepoint, so one bad row is reported and the check
            // goes on to the next.
            auto rowTx = sql::Transaction::begin(db);
            if (!rowTx)
                return rowTx.error();
            if (auto ok = stmt->run(); !ok) {
                std::string rule = ok.error().message;
                if (const auto colon = rule.find(": "); colon != std::string::npos)
                    rule = rule.substr(colon + 2); // drop "running a query: "
                if (rule == "UNIQUE constraint failed: check_in.day")
                    rule = fill(translate("import", "there is already a check-in for %1; "
                                                    "KnotMap keeps one per day"),
                                {row.value("day", std::string())});
                problem(place, rule);
                continue; // rowTx rolls back
            }
            if (std::string_view(table) == "knot" && row.contains("id") &&
                row["id"].is_number_integer())
                knotIds[row["id"].get<std::int64_t>()] = db.lastInsertRowId();
            if (auto ok = rowTx->commit(); !ok)
                return ok.error();
            ++written;
        }
        result.rows.emplace_back(table, written);
    }
    if (!result.problems.empty()) {
        result.rows.clear();
        return result; // tx rolls back: nothing is written
    }
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    result.written = true;
    return result;
}

} // namespace

} // namespace knotmap::exchange
