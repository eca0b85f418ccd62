#include "knotmap/exchange.h"

#include "files.h"
#include "knotmap/store.h"

#include <nlohmann/json.hpp>

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
                     "KnotMap could not write " + files::quoted(path) + ": " +
                         std::strerror(error) + ". Nothing was written there.",
                     {}};
    }
    fs::rename(partial, path, ec);
    if (ec) {
        fs::remove(partial, ec);
        return Error{ErrorCode::Io,
                     "KnotMap could not write " + files::quoted(path) + ": " + ec.message() + ".",
                     {}};
    }
    return {};
}

} // namespace knotmap::exchange
