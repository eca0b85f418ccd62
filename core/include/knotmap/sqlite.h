// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

// A small RAII layer over the sqlite3 C API. Every query in KnotMap goes through it:
// statements are prepared once per connection and cached, values are always bound.
namespace knotmap::sql {

class Database;

// One use of a cached prepared statement. Binds values, steps, reads columns; on
// destruction it resets the statement and clears its bindings for the next use.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::nullopt_t);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    // true: a row is ready to read; false: done.
    Result<bool> step();
    // Step to the end, for statements that return no rows.
    Status run();

    int columnCount() const;
    std::string columnName(int column) const;
    enum class Type { Integer, Real, Text, Blob, Null };
    Type columnType(int column) const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    friend class Database;
    Statement(Database& db, sqlite3_stmt* stmt)
        : m_db(&db)
        , m_stmt(stmt) {}
    Database* m_db;
    sqlite3_stmt* m_stmt;
};

class Database {
public:
    // Immutable: read-only, and SQLite may assume no one changes the file, so it takes no
    // locks and creates no -wal or -shm beside it. Only for a file with no -wal file.
    enum class Access { Immutable, ReadOnly, ReadWrite, ReadWriteCreate };

    static Result<Database> open(const std::filesystem::path& path, Access access);
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    ~Database();

    // Run SQL without values (schema, pragmas). Never use this with user input.
    Status exec(std::string_view sql);
    // A cached prepared statement for this SQL text.
    Result<Statement> prepare(std::string_view sql);
    // A single integer from a query such as "PRAGMA user_version".
    Result<std::int64_t> queryInt(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    void setBusyTimeout(int milliseconds);
    bool isReadOnly() const;

    // The error for the last failed call, with `what` saying what was being done.
    Error lastError(std::string_view what) const;
    sqlite3* handle() const { return m_db; }

    // Inside a Transaction, SQLite itself may end the transaction (it rolls back on a full
    // disk, an I/O error or a damaged page). From then on the transaction is "aborted":
    // every statement, savepoint and commit is refused with the error that ended it, until
    // the outermost Transaction goes out of scope. So a multi-row write can never carry
    // on in autocommit mode and commit its later rows one by one.
    const std::optional<Error>& abortedBy() const { return m_abortedBy; }

private:
    friend class Statement;
    friend class Transaction;
    explicit Database(sqlite3* db)
        : m_db(db) {}
    void close();
    // The error to refuse with when a Transaction is open but SQLite has left it; noted
    // the first time it is seen. `failure` is the statement that just failed, if any.
    std::optional<Error> checkAborted(const Error* failure = nullptr);
    sqlite3* m_db = nullptr;
    int m_depth = 0; // open Transaction objects (the outermost and its savepoints)
    std::optional<Error> m_abortedBy;
    struct StmtDeleter {
        void operator()(sqlite3_stmt* s) const;
    };
    std::unordered_map<std::string, std::unique_ptr<sqlite3_stmt, StmtDeleter>> m_cache;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so a busy database
// fails before any work is done); ROLLBACK on destruction unless committed. Inside an
// open transaction it nests as a SAVEPOINT, so a bulk writer (import, demo) can wrap
// repository calls that open their own transactions.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();
    Status commit();

private:
    Transaction(Database& db, bool nested)
        : m_db(&db)
        , m_nested(nested) {}
    void end();
    Database* m_db;
    bool m_nested;
    bool m_open = true; // counted in Database::m_depth
};

// Map a SQLite result code to our error code.
ErrorCode errorCodeFor(int sqliteCode);

} // namespace knotmap::sql
