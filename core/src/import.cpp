// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Import: a JSON export read into a store under the rules of docs/EXPORT.md (the export
// itself is exchange.cpp).
#include "knotmap/exchange.h"
#include "knotmap/text.h"

#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"
#include "knotmap/store.h"
#include "rows.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <set>

namespace knotmap::exchange {

namespace {

constexpr std::int64_t kLatestTime = 253402300799; // 9999-12-31T23:59:59Z

// A column as the schema declares it.
struct Column {
    std::string name;
    std::string type; // INTEGER, REAL or TEXT (every table is STRICT)
    bool primaryKey = false;
};

Result<std::vector<Column>> columnsOf(sql::Database& db, const char* table) {
    auto stmt = db.prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string_view(table));
    return rows::readAll<Column>(stmt, [](const sql::Statement& row) {
        return Column{row.text(0), row.text(1), row.integer(2) != 0};
    });
}

// The columns that say which entry a row is: a row whose identity matches one already in
// the database is the same entry, imported before.
std::vector<std::string> identityOf(std::string_view table) {
    if (table == "setting")
        return {"key"};
    if (table == "knot")
        return {"view", "x", "y", "region_id", "side", "created_at"};
    if (table == "knot_observation")
        return {"knot_id", "observed_at"};
    if (table == "knot_status_change")
        return {"knot_id", "status", "changed_at"};
    if (table == "pain_area")
        return {"view", "x", "y", "region_id", "side", "noted_at"};
    if (table == "check_in")
        return {"day"};
    if (table == "self_care_session")
        return {"technique_id", "region_id", "started_at"};
    return {"question_id", "region_id", "answered_at"}; // red_flag_answer
}

std::string where(const char* table, std::size_t index) {
    std::string w = "tables.";
    w.append(table).append("[").append(std::to_string(index)).append("]");
    return w;
}

bool validUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        int more = c < 0x80           ? 0
                   : (c >> 5) == 0x6  ? 1
                   : (c >> 4) == 0xE  ? 2
                   : (c >> 3) == 0x1E ? 3
                                      : -1;
        if (more < 0 || i + static_cast<std::size_t>(more) >= text.size() + (more == 0 ? 1 : 0))
            return false;
        for (int k = 1; k <= more; ++k)
            if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) >> 6) != 0x2)
                return false;
        i += static_cast<std::size_t>(more) + 1;
    }
    return true;
}

// Pain marks of a file from schema 3 or older, brought onto the figure's places as the
// schema 4 migration brings a database's. A row whose view or point is broken is left as
// it is, for the checks to report.
void relocatePainMarks(nlohmann::json& rows, const References& refs) {
    if (!rows.is_array())
        return;
    for (auto& row : rows) {
        if (!row.is_object() || !row.contains("view") || !row["view"].is_string() ||
            !row.contains("x") || !row["x"].is_number() || !row.contains("y") ||
            !row["y"].is_number())
            continue;
        const auto view = bodyViewFrom(row["view"].get<std::string>());
        const Point p{row["x"].get<double>(), row["y"].get<double>()};
        if (!view || !(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1))
            continue;
        if (const auto place = refs.relocate(*view, p)) {
            row["x"] = place->x;
            row["y"] = place->y;
            row["region_id"] = place->regionId;
            row["side"] = std::string(toString(place->side));
        }
    }
}

// Region ids of a file from schema 5 or older, moved to the ids they have now, as the
// schema 6 migration moves a database's (BodyAtlas::renamedRegion).
void renameRegions(nlohmann::json& tables, const References& refs) {
    for (const char* table : {"knot", "self_care_session", "red_flag_answer"}) {
        if (!tables.contains(table) || !tables[table].is_array())
            continue;
        for (auto& row : tables[table]) {
            if (!row.is_object() || !row.contains("region_id") || !row["region_id"].is_string())
                continue;
            if (auto now = BodyAtlas::renamedRegion(row["region_id"].get<std::string>()))
                row["region_id"] = *now;
            // A knot's point onto its muscle's shape; a broken point is left for the checks.
            if (std::string_view(table) != "knot" || !refs.onRegion || !row.contains("x") ||
                !row["x"].is_number() || !row.contains("y") || !row["y"].is_number())
                continue;
            const Point p{row["x"].get<double>(), row["y"].get<double>()};
            if (!(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1))
                continue;
            const Point on = refs.onRegion(row["region_id"].get<std::string>(), p);
            if (on.x != p.x || on.y != p.y) {
                row["x"] = on.x;
                row["y"] = on.y;
            }
        }
    }
}

// One import: the file's rows checked against the schema's types, the references and
// the data already there, then written in one transaction.
class Importer {
public:
    Importer(Store& store, const References& refs, ImportResult& result)
        : m_db(store.database())
        , m_refs(refs)
        , m_result(result) {}

    Status run(const nlohmann::json& tables);

private:
    void problem(std::string place, std::string rule) {
        m_result.problems.push_back({std::move(place), std::move(rule)});
    }
    bool checkValue(const std::string& place, std::string_view table, const Column& column,
                    const nlohmann::json& value);
    bool checkReference(const std::string& place, std::string_view table, const std::string& column,
                        const std::string& text);
    Result<bool> importRow(const char* table, const std::vector<Column>& columns,
                           const nlohmann::json& row, const std::string& place);
    void bindValue(sql::Statement& stmt, int index, const Column& column,
                   const nlohmann::json& value) const;
    Result<std::optional<std::int64_t>> existing(const char* table,
                                                 const std::vector<Column>& columns,
                                                 const nlohmann::json& row) const;
    Result<bool> sameValues(const char* table, const std::vector<Column>& columns,
                            const nlohmann::json& row, std::int64_t id) const;

    sql::Database& m_db;
    const References& m_refs;
    ImportResult& m_result;
    bool m_empty = true;
    std::map<std::int64_t, std::int64_t> m_knotIds;   // the file's knot id -> the database's
    std::map<std::string, std::int64_t> m_lastBefore; // per table: the last id before import
};

bool Importer::checkReference(const std::string& place, std::string_view table,
                              const std::string& column, const std::string& text) {
    const bool ok = column == "technique_id"  ? m_refs.technique(text)
                    : column == "question_id" ? m_refs.question(text)
                    : column != "region_id"   ? true
                    : table == "red_flag_answer" && text.empty()
                        ? true // a general question, for no region
                    : table == "pain_area" ? m_refs.place(text)
                                           : m_refs.region(text);
    if (!ok)
        problem(place + "." + column,
                fill(translate("import", "“%1” names nothing KnotMap knows"), {text}));
    return ok;
}

bool Importer::checkValue(const std::string& place, std::string_view table, const Column& column,
                          const nlohmann::json& value) {
    const std::string at = place + "." + column.name;
    if (value.is_null())
        return true; // NOT NULL is the schema's to check
    if (column.type == "INTEGER") {
        if (!value.is_number_integer()) {
            problem(at, translate("import", "must be a whole number (not text, not 1.0)"));
            return false;
        }
        if (value.is_number_unsigned() &&
            value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            problem(at, translate("import", "is too large"));
            return false;
        }
        const std::int64_t v = value.get<std::int64_t>();
        const bool time =
            column.name.size() > 3 && column.name.compare(column.name.size() - 3, 3, "_at") == 0;
        if (time && (v < 0 || v > kLatestTime)) {
            problem(at, translate("import", "is not a time between 1970 and 9999"));
            return false;
        }
        if (column.primaryKey && v < 1) {
            problem(at, translate("import", "an id must be 1 or more"));
            return false;
        }
        return true;
    }
    if (column.type == "REAL") {
        if (!value.is_number()) {
            problem(at, translate("import", "must be a number"));
            return false;
        }
        return true;
    }
    if (!value.is_string()) {
        problem(at, translate("import", "must be a text"));
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    if (text.find('\0') != std::string::npos || !validUtf8(text)) {
        problem(at, translate("import", "holds a character that is not text (a NUL byte, or "
                                        "bytes that are not UTF-8)"));
        return false;
    }
    return checkReference(place, table, column.name, text);
}

void Importer::bindValue(sql::Statement& stmt, int index, const Column& column,
                         const nlohmann::json& value) const {
    if (value.is_null()) {
        stmt.bind(index, std::nullopt);
    } else if (column.name == "knot_id") {
        stmt.bind(index, m_knotIds.at(value.get<std::int64_t>()));
    } else if (value.is_number_integer()) {
        stmt.bind(index, value.get<std::int64_t>());
    } else if (value.is_number()) {
        stmt.bind(index, value.get<double>());
    } else {
        stmt.bind(index, std::string_view(value.get_ref<const std::string&>()));
    }
}

// The id of a row that was in the database before this import and is the same entry as
// `row` (identityOf), if there is one.
Result<std::optional<std::int64_t>> Importer::existing(const char* table,
                                                       const std::vector<Column>& columns,
                                                       const nlohmann::json& row) const {
    const auto identity = identityOf(table);
    // Column and table names are the schema's, never the file's.
    std::string sql = std::string("SELECT rowid FROM ") + table + " WHERE rowid <= ?1";
    for (std::size_t k = 0; k < identity.size(); ++k)
        sql += " AND " + identity[k] + " IS ?" + std::to_string(k + 2);
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_lastBefore.at(table));
    for (std::size_t k = 0; k < identity.size(); ++k) {
        const auto column = std::find_if(columns.begin(), columns.end(),
                                         [&](const Column& c) { return c.name == identity[k]; });
        const int index = static_cast<int>(k + 2);
        if (!row.contains(identity[k]))
            stmt->bind(index, std::nullopt);
        else
            bindValue(*stmt, index, *column, row[identity[k]]);
    }
    auto found = stmt->step();
    if (!found)
        return found.error();
    return *found ? std::optional<std::int64_t>{stmt->int64(0)} : std::nullopt;
}

// Whether the row `id` of `table` holds every value `row` gives (but its id and when it
// was last saved).
Result<bool> Importer::sameValues(const char* table, const std::vector<Column>& columns,
                                  const nlohmann::json& row, std::int64_t id) const {
    std::string sql = std::string("SELECT count(*) FROM ") + table + " WHERE rowid = ?1";
    std::vector<const Column*> compared;
    for (const Column& c : columns) {
        if (c.primaryKey || c.name == "updated_at" || c.name == "revision" || !row.contains(c.name))
            continue;
        compared.push_back(&c);
        sql += " AND " + c.name + " IS ?" + std::to_string(compared.size() + 1);
    }
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    for (std::size_t k = 0; k < compared.size(); ++k)
        bindValue(*stmt, static_cast<int>(k + 2), *compared[k], row[compared[k]->name]);
    auto found = stmt->step();
    if (!found)
        return found.error();
    return stmt->int64(0) == 1;
}

// Checks and writes one row. true: written; false: a problem (listed) or already there.
Result<bool> Importer::importRow(const char* table, const std::vector<Column>& columns,
                                 const nlohmann::json& row, const std::string& place) {
    if (!row.is_object()) {
        problem(place, translate("import", "a row must be an object of column names to values"));
        return false;
    }
    bool bad = false;
    for (const auto& item : row.items()) {
        const auto column = std::find_if(columns.begin(), columns.end(),
                                         [&](const Column& c) { return c.name == item.key(); });
        if (column == columns.end()) {
            problem(place, fill(translate("import", "unknown column \"%1\""), {item.key()}));
            bad = true;
        } else if (!checkValue(place, table, *column, item.value())) {
            bad = true;
        }
    }
    if (row.contains("knot_id") && row["knot_id"].is_number_integer() &&
        m_knotIds.count(row["knot_id"].get<std::int64_t>()) == 0) {
        problem(place + ".knot_id",
                fill(translate("import", "refers to knot %1, which is not in the file"),
                     {row["knot_id"].dump()}));
        bad = true;
    }
    if (bad)
        return false;
    const std::string_view name(table);
    if (name == "setting" && row.value("key", std::string()) == "demo")
        return false; // the demo marker is never imported: this is not KnotMap's sample

    if (!m_empty) {
        auto same = existing(table, columns, row);
        if (!same)
            return same.error();
        if (*same && name == "check_in") {
            // One check-in a day: the same day with other scores is a clash, not a repeat.
            auto equal = sameValues(table, columns, row, **same);
            if (!equal)
                return equal.error();
            if (!*equal) {
                problem(place, fill(translate("import", "there is already a check-in for %1 with "
                                                        "other scores; KnotMap keeps one per day"),
                                    {row.value("day", std::string())}));
                return false;
            }
        }
        if (*same) {
            if (name == "knot" && row.contains("id"))
                m_knotIds[row["id"].get<std::int64_t>()] = **same;
            ++m_result.alreadyThere;
            return false;
        }
    }
    std::string names;
    std::string params;
    std::vector<const Column*> used;
    for (const Column& c : columns) {
        if (!row.contains(c.name) || (!m_empty && c.primaryKey))
            continue;
        names += (names.empty() ? "" : ", ") + c.name;
        params += (params.empty() ? "?" : ", ?") + std::to_string(used.size() + 1);
        used.push_back(&c);
    }
    auto stmt = m_db.prepare(std::string("INSERT INTO ") + table + " (" + names + ") VALUES (" +
                             params + ")");
    if (!stmt)
        return stmt.error();
    for (std::size_t k = 0; k < used.size(); ++k)
        bindValue(*stmt, static_cast<int>(k + 1), *used[k], row[used[k]->name]);
    // Each row in its own savepoint, so a row that breaks a rule is listed and the check
    // goes on. Anything else (a full disk, an I/O error) ends the whole import: the
    // Transaction layer refuses every later statement once SQLite has rolled back.
    auto rowTx = sql::Transaction::begin(m_db);
    if (!rowTx)
        return rowTx.error();
    if (auto ok = stmt->run(); !ok) {
        if (ok.error().code != ErrorCode::InvalidInput)
            return ok.error();
        std::string rule = ok.error().message;
        if (const auto colon = rule.find(": "); colon != std::string::npos)
            rule = rule.substr(colon + 2); // drop "running a query: "
        if (rule == "UNIQUE constraint failed: check_in.day")
            rule = fill(translate("import", "there is already a check-in for %1 with other "
                                            "scores; KnotMap keeps one per day"),
                        {row.value("day", std::string())});
        problem(place, rule);
        return false; // rowTx rolls back
    }
    if (name == "knot" && row.contains("id"))
        m_knotIds[row["id"].get<std::int64_t>()] = m_db.lastInsertRowId();
    if (auto ok = rowTx->commit(); !ok)
        return ok.error();
    return true;
}

Status Importer::run(const nlohmann::json& tables) {
    for (const char* table : kTables) {
        auto n = m_db.queryInt(std::string("SELECT count(*) FROM ") + table);
        auto last = m_db.queryInt(std::string("SELECT coalesce(max(rowid), 0) FROM ") + table);
        if (!n || !last)
            return !n ? Status{n.error()} : Status{last.error()};
        m_lastBefore[table] = *last;
        // A reminder setting alone does not make the data "existing".
        if (*n > 0 && std::string_view(table) != "setting")
            m_empty = false;
    }
    auto tx = sql::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const char* table : kTables) {
        if (!tables.contains(table))
            continue;
        auto columns = columnsOf(m_db, table);
        if (!columns)
            return columns.error();
        const auto& rows = tables[table];
        std::set<std::int64_t> ids;
        int written = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string place = where(table, i);
            const auto& row = rows[i];
            if (row.is_object() && row.contains("id") && row["id"].is_number_integer() &&
                !ids.insert(row["id"].get<std::int64_t>()).second) {
                problem(place + ".id",
                        fill(translate("import", "id %1 appears twice in this table"),
                             {row["id"].dump()}));
                continue;
            }
            auto done = importRow(table, *columns, row, place);
            if (!done)
                return done.error();
            written += *done ? 1 : 0;
        }
        m_result.rows.emplace_back(table, written);
    }
    if (!m_result.problems.empty()) {
        m_result.rows.clear();
        m_result.alreadyThere = 0;
        return {}; // tx rolls back: nothing is written
    }
    if (auto ok = tx->commit(); !ok)
        return ok;
    m_result.written = true;
    return {};
}

Result<ImportResult> fromJsonUnchecked(Store& store, const std::string& text,
                                       const References& refs) {
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
    if (!doc.contains("version") || !doc["version"].is_number_integer() || doc["version"] != 1)
        problem("version", translate("import", "only version 1 of the export format can be read"));
    const auto& schema = doc.contains("schema") ? doc["schema"] : nlohmann::json();
    const bool schemaOk = schema.is_number_integer() &&
                          !(schema.is_number_unsigned() &&
                            schema.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) &&
                          schema.get<std::int64_t>() >= 1 &&
                          schema.get<std::int64_t>() <= Store::kSchemaVersion;
    if (!schemaOk)
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
    if (schema.get<std::int64_t>() < 4 && refs.relocate && doc["tables"].contains("pain_area"))
        relocatePainMarks(doc["tables"]["pain_area"], refs);
    if (schema.get<std::int64_t>() < 6)
        renameRegions(doc["tables"], refs);
    Importer importer(store, refs, result);
    if (auto ok = importer.run(doc["tables"]); !ok)
        return ok.error();
    return result;
}

} // namespace

Result<ImportResult> fromJson(Store& store, const std::string& text, const References& refs) {
    if (store.readOnly())
        return Error{ErrorCode::ReadOnly,
                     fill(translate("import", "Nothing was imported: the database is open "
                                              "read-only, because %1. Your data is as it was."),
                          {store.readOnlyReason()}),
                     {}};
    // Whatever the JSON library refuses (a number out of range, a value of an unexpected
    // type) is a problem with the file, reported like any other; nothing is written.
    try {
        return fromJsonUnchecked(store, text, refs);
    } catch (const nlohmann::json::exception& e) {
        ImportResult result;
        result.problems.push_back(
            {"file", fill(translate("import", "it could not be read (%1)"), {e.what()})});
        return result;
    }
}

References referencesOf(const BodyAtlas& atlas, const KnowledgeBase& knowledge) {
    References refs;
    refs.region = [&atlas](std::string_view id) { return atlas.find(id) != nullptr; };
    refs.place = [&atlas](std::string_view id) { return atlas.place(id) != nullptr; };
    refs.relocate = [&atlas](BodyView view, Point p) { return atlas.relocate(view, p); };
    refs.onRegion = [&atlas](std::string_view id, Point p) { return atlas.pointOnRegion(id, p); };
    refs.technique = [&knowledge](std::string_view id) {
        return knowledge.technique(id) != nullptr;
    };
    // A warning sign, or a history fact under its own id or a former one (U4, once asked as
    // a warning sign).
    refs.question = [&knowledge](std::string_view id) {
        return !knowledge.questionText(id).empty();
    };
    return refs;
}

} // namespace knotmap::exchange
