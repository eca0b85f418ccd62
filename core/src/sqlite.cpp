// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/sqlite.h"

#include <sqlite3.h>

#include <string>

namespace knotmap::sql {

ErrorCode errorCodeFor(int sqliteCode) {
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    case SQLITE_CONSTRAINT:
        return ErrorCode::InvalidInput;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Internal;
    }
}

// ---- Statement --------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement::~Statement() {
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

// Bind failures are programming errors (wrong index) or values over SQLite's limits,
// which validation rules out; the following step() reports them either way.
Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    if (auto aborted = m_db->checkAborted())
        return *aborted;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error failure = m_db->lastError("running a query");
    if (auto aborted = m_db->checkAborted(&failure))
        return *aborted;
    return failure;
}

Status Statement::run() {
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

std::string Statement::columnName(int column) const {
    const char* name = sqlite3_column_name(m_stmt, column);
    return name != nullptr ? name : "";
}

Statement::Type Statement::columnType(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (data == nullptr)
        return {};
    return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<int> Statement::optionalInt(int column) const {
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

// ---- Database ---------------------------------------------------------------

void Database::StmtDeleter::operator()(sqlite3_stmt* s) const {
    sqlite3_finalize(s);
}

Result<Database> Database::open(const std::filesystem::path& path, Access access) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    std::string name = "file:";
    for (const char c : path.string()) { // a URI: escape what would end the path part
        if (c == '?' || c == '#' || c == '%') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            name += '%';
            name += kHex[byte >> 4];
            name += kHex[byte & 0xF];
        } else {
            name += c;
        }
    }
    switch (access) {
    case Access::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        name += "?immutable=1";
        break;
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error{errorCodeFor(rc),
                    std::string("could not open the database: ") +
                        (handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)),
                    {}};
        sqlite3_close_v2(handle);
        return error;
    }
    sqlite3_extended_result_codes(handle, 1);
    return Database(handle);
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_abortedBy(std::move(other.m_abortedBy))
    , m_cache(std::move(other.m_cache)) {
    other.m_db = nullptr;
    other.m_depth = 0;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_depth = other.m_depth;
        m_abortedBy = std::move(other.m_abortedBy);
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
        other.m_depth = 0;
    }
    return *this;
}

std::optional<Error> Database::checkAborted(const Error* failure) {
    if (m_depth == 0)
        return std::nullopt;
    if (!m_abortedBy && sqlite3_get_autocommit(m_db) != 0) {
        // SQLite rolled the whole transaction back. Keep the reason it gave.
        Error cause =
            failure != nullptr
                ? *failure
                : Error{ErrorCode::Io, "SQLite ended the change before it was finished", {}};
        cause.message += " (the whole change was undone; none of it was saved)";
        m_abortedBy = std::move(cause);
    }
    return m_abortedBy;
}

Database::~Database() {
    close();
}

void Database::close() {
    m_cache.clear(); // finalize every statement before closing
    if (m_db != nullptr)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Status Database::exec(std::string_view sql) {
    if (auto aborted = checkAborted())
        return *aborted;
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error error{errorCodeFor(rc), message != nullptr ? message : sqlite3_errstr(rc), {}};
    sqlite3_free(message);
    if (auto aborted = checkAborted(&error))
        return *aborted;
    return error;
}

Result<Statement> Database::prepare(std::string_view sql) {
    std::string key(sql);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, key.data(), static_cast<int>(key.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return lastError("preparing a query");
        it =
            m_cache.emplace(std::move(key), std::unique_ptr<sqlite3_stmt, StmtDeleter>(stmt)).first;
    }
    return Statement(*this, it->second.get());
}

Result<std::int64_t> Database::queryInt(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::Internal, "query returned no row", {}};
    return stmt->int64(0);
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

void Database::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_db, milliseconds);
}

bool Database::isReadOnly() const {
    return sqlite3_db_readonly(m_db, "main") == 1;
}

Error Database::lastError(std::string_view what) const {
    const int rc = sqlite3_extended_errcode(m_db);
    return Error{errorCodeFor(rc), std::string(what) + ": " + sqlite3_errmsg(m_db), {}};
}

// ---- Transaction ------------------------------------------------------------

Result<Transaction> Transaction::begin(Database& db) {
    // Nested when a Transaction of ours is open, whatever SQLite says: if SQLite has left
    // that transaction, the SAVEPOINT below is refused (Statement::step), never run as a
    // new transaction of its own.
    const bool nested = db.m_depth > 0;
    auto stmt = db.prepare(nested ? "SAVEPOINT knotmap_nested" : "BEGIN IMMEDIATE");
    if (!stmt)
        return stmt.error();
    if (auto done = stmt->run(); !done)
        return done.error();
    ++db.m_depth;
    return Transaction(db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_nested(other.m_nested)
    , m_open(other.m_open) {
    other.m_db = nullptr;
    other.m_open = false;
}

Transaction::~Transaction() {
    if (m_db == nullptr || !m_open)
        return;
    if (!m_db->m_abortedBy && sqlite3_get_autocommit(m_db->handle()) == 0) {
        if (m_nested)
            sqlite3_exec(m_db->handle(), "ROLLBACK TO knotmap_nested; RELEASE knotmap_nested",
                         nullptr, nullptr, nullptr);
        else
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    end();
}

void Transaction::end() {
    m_open = false;
    if (--m_db->m_depth == 0) {
        m_db->m_abortedBy.reset();
        // The outermost scope ends: if SQLite was still inside a transaction of its own
        // making (it should not be), leave nothing half done.
        if (!m_nested && sqlite3_get_autocommit(m_db->handle()) == 0)
            sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Status Transaction::commit() {
    auto stmt = m_db->prepare(m_nested ? "RELEASE knotmap_nested" : "COMMIT");
    if (!stmt)
        return stmt.error();
    Status done = stmt->run();
    if (done)
        end();
    return done;
}

} // namespace knotmap::sql
