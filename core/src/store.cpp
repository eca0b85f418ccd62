// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/store.h"
#include "knotmap/text.h"

#include "knotmap/backup.h"
#include "knotmap/files.h"
#include "knotmap/log.h"
#include "rows.h"
#include "schema.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace knotmap {
namespace fs = std::filesystem;

namespace {

using files::createPrivateFile;
using files::quoted;

constexpr std::array<char, 16> kSqliteHeader{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                             'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

Error refuse(ErrorCode code, const fs::path& path, const std::string& what) {
    return Error{
        code, fill(translate("store", "KnotMap did not open %1: %2"), {quoted(path), what}), {}};
}

// Reads the first bytes only; never opens the file for writing.
Status checkLooksLikeSqlite(const fs::path& path, std::uintmax_t size) {
    if (size < 100) // SQLite's header is 100 bytes; anything shorter is not a database
        return refuse(
            ErrorCode::NotADatabase, path,
            translate("store", "it is not a KnotMap database. The file was not changed."));
    std::ifstream in(path, std::ios::binary);
    std::array<char, 16> header{};
    if (!in.read(header.data(), header.size()))
        return refuse(ErrorCode::Io, path,
                      translate("store", "it could not be read. The file was not changed."));
    if (header != kSqliteHeader)
        return refuse(
            ErrorCode::NotADatabase, path,
            translate("store", "it is not a KnotMap database. The file was not changed."));
    return {};
}

// Looks inside an existing database through a read-only connection. When no -wal file
// exists the file was closed cleanly and is read as immutable, so not even a -wal or
// -shm file appears beside a file that is then refused.
Result<int> inspectReadOnly(const fs::path& path) {
    std::error_code ec;
    const bool hasWal = fs::exists(path.string() + "-wal", ec);
    auto db = sql::Database::open(path, hasWal ? sql::Database::Access::ReadOnly
                                               : sql::Database::Access::Immutable);
    if (!db)
        return refuse(
            db.error().code, path,
            fill(translate("store", "it could not be read (%1). The file was not changed."),
                 {db.error().message}));
    auto appId = db->queryInt("PRAGMA application_id");
    auto version = db->queryInt("PRAGMA user_version");
    if (!appId || !version) {
        const Error& e = !appId ? appId.error() : version.error();
        if (e.code == ErrorCode::Busy)
            return refuse(
                ErrorCode::Busy, path,
                translate("store",
                          "another program is using it. Close other copies of KnotMap and try "
                          "again. Nothing was changed."));
        return refuse(
            ErrorCode::Corrupt, path,
            translate("store", "it is damaged and cannot be read. The file was not changed."));
    }
    if (*appId != 0 && *appId != Store::kApplicationId)
        return refuse(
            ErrorCode::NotADatabase, path,
            translate("store", "it belongs to another program. The file was not changed."));
    if (*version > Store::kSchemaVersion)
        return refuse(ErrorCode::NewerSchema, path,
                      fill(translate("store", "it was saved by a newer version of KnotMap (data "
                                              "format %1; this version reads up to %2). Update "
                                              "KnotMap to open it. The file was not changed."),
                           {std::to_string(*version), std::to_string(Store::kSchemaVersion)}));
    if (*version == 0) {
        auto tables = db->queryInt("SELECT count(*) FROM sqlite_schema");
        if (!tables || *tables > 0)
            return refuse(
                ErrorCode::NotADatabase, path,
                translate("store",
                          "it is a database of another program. The file was not changed."));
    }
    auto check = db->prepare("PRAGMA quick_check(1)");
    if (!check)
        return refuse(
            ErrorCode::Corrupt, path,
            translate("store", "it is damaged and cannot be read. The file was not changed."));
    auto row = check->step();
    if (!row || !*row || check->text(0) != "ok") {
        log::store()->warn("quick_check failed for {}", path.string());
        return refuse(ErrorCode::Corrupt, path,
                      translate("store",
                                "it is damaged (SQLite's integrity check failed). The file was not "
                                "changed."));
    }
    return static_cast<int>(*version);
}

// A -wal file beside a database that the last KnotMap to write it closed cleanly did not
// come from KnotMap (SQLite removes it on a clean close): most likely it was copied from
// another copy of the database, and SQLite would merge its pages into this one. Refused,
// and both files are left as they are. After a crash (the lock file says "open") the
// -wal holds that run's last commits and is read as usual.
Status checkNoForeignWal(const fs::path& path, const std::optional<WriterLock>& lock) {
    std::error_code ec;
    const fs::path wal = path.string() + "-wal";
    if (!lock || lock->previousClosedCleanly() != true || !fs::exists(wal, ec) ||
        fs::file_size(wal, ec) == 0)
        return {};
    return refuse(ErrorCode::Conflict, path,
                  fill(translate("store", "the file %1 lies beside it, and KnotMap did not leave "
                                          "it there (KnotMap closed this database cleanly last "
                                          "time). It may come from another copy of the "
                                          "database; reading it could mix the two. Move that "
                                          "file somewhere else, then open KnotMap again. Nothing "
                                          "was changed."),
                       {quoted(wal)}));
}

Status configure(sql::Database& db, bool readOnly) {
    if (auto ok = db.exec("PRAGMA foreign_keys = ON"); !ok)
        return ok;
    if (readOnly)
        return {};
    // WAL: readers never block the writer; FULL: a reported commit survives power loss.
    if (auto ok = db.exec("PRAGMA journal_mode = WAL"); !ok)
        return ok;
    return db.exec("PRAGMA synchronous = FULL");
}

} // namespace

Result<int> Store::inspect(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
        return refuse(ErrorCode::NotFound, path, translate("store", "the file does not exist."));
    if (!fs::is_regular_file(status))
        return refuse(ErrorCode::NotADatabase, path,
                      translate("store", "it is not a file. Nothing was changed."));
    if (auto ok = checkLooksLikeSqlite(path, fs::file_size(path, ec)); !ok)
        return ok.error();
    return inspectReadOnly(path);
}

namespace {

// Step 1: what is at `path`, read without writing: the schema version of a KnotMap
// database (0 for an empty or new file, which is made here when it may be).
Result<int> versionAt(const fs::path& path, const OpenOptions& options) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    const bool exists = fs::exists(status);
    if (exists && !fs::is_regular_file(status))
        return refuse(ErrorCode::NotADatabase, path,
                      translate("store", "it is not a file. Nothing was changed."));
    const std::uintmax_t size = exists ? fs::file_size(path, ec) : 0;
    if (exists && size > 0) {
        if (auto ok = checkLooksLikeSqlite(path, size); !ok)
            return ok.error();
        return inspectReadOnly(path);
    }
    if (!exists) {
        if (options.readOnly)
            return refuse(ErrorCode::NotFound, path,
                          translate("store", "the file does not exist."));
        if (auto ok = createPrivateFile(path); !ok)
            return ok.error();
    }
    return 0;
}

// Step 2: whether this store may write, and the writer lock when it may. An empty
// reason and a lock, or the reason it is read-only (and no lock).
struct WriteAccess {
    std::string readOnlyReason;
    std::optional<WriterLock> lock;
};

Result<WriteAccess> writeAccess(const fs::path& path, const OpenOptions& options) {
    WriteAccess w;
    w.readOnlyReason =
        options.readOnly ? translate("store", "it was opened read-only, as asked") : std::string();
    if (w.readOnlyReason.empty())
        w.readOnlyReason = files::whyNotWritable(path);
    if (!w.readOnlyReason.empty())
        return w;
    auto taken = WriterLock::take(path);
    if (taken) {
        w.lock = std::move(*taken);
        return w;
    }
    if (taken.error().code != ErrorCode::Busy)
        return refuse(taken.error().code, path,
                      taken.error().message + " " + translate("store", "Nothing was changed."));
    if (options.whenInUse == OpenOptions::WhenInUse::Refuse)
        return refuse(ErrorCode::Busy, path,
                      fill(translate("store", "%1. Close it first, then try again. Nothing "
                                              "was changed."),
                           {taken.error().message}));
    w.readOnlyReason = fill(translate("store", "%1. Close that window to make changes here"),
                            {taken.error().message});
    return w;
}

// Step 3: the connection, configured. Without a -wal file the database was closed cleanly
// and no one is writing it: a reader opens it immutable, so nothing (not even a -shm
// file) is made beside it.
Result<sql::Database> connect(const fs::path& path, bool readOnly, const OpenOptions& options,
                              sql::Database::Access& access) {
    std::error_code ec;
    if (!readOnly) // an owner-only file, even if it was made by hand with wider access
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, ec);
    const bool hasWal = fs::exists(path.string() + "-wal", ec);
    access = !readOnly ? sql::Database::Access::ReadWrite
             : hasWal  ? sql::Database::Access::ReadOnly
                       : sql::Database::Access::Immutable;
    auto db = sql::Database::open(path, access);
    if (!db)
        return refuse(db.error().code, path,
                      db.error().message + ". " + translate("store", "Nothing was changed."));
    db->setBusyTimeout(static_cast<int>(options.busyTimeout.count()));
    if (auto ok = configure(*db, readOnly); !ok) {
        const bool busy = ok.error().code == ErrorCode::Busy;
        return refuse(ok.error().code, path,
                      busy ? translate("store", "another program is using it. Close other copies "
                                                "of KnotMap and try again. Nothing was changed.")
                           : fill(translate("store", "it could not be prepared for use (%1). "
                                                     "Nothing was changed."),
                                  {ok.error().message}));
    }
    return db;
}

// Step 4: an older schema brought up to this version's, after a backup; the current one
// checked.
Status bringUpToDate(sql::Database& db, const fs::path& path, int version,
                     const std::string& readOnlyReason, const schema::Context& context) {
    if (version == Store::kSchemaVersion) {
        if (auto ok = schema::verify(db); !ok)
            return refuse(ErrorCode::Corrupt, path,
                          fill(translate("store", "its tables are not what this version expects "
                                                  "(%1). The file was not changed."),
                               {ok.error().message}));
        return {};
    }
    if (!readOnlyReason.empty())
        return refuse(ErrorCode::ReadOnly, path,
                      fill(translate("store", "it needs updating to this version's data "
                                              "format, and %1. Nothing was changed."),
                           {readOnlyReason}));
    if (version > 0) {
        // Data written by an older KnotMap: a copy first, kept whatever the rotation.
        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        if (auto copy =
                backup::make(db, path, now, "before-v" + std::to_string(Store::kSchemaVersion));
            !copy)
            return refuse(copy.error().code, path,
                          fill(translate("store", "it needs updating to this version's data "
                                                  "format, and a backup could not be made "
                                                  "first (%1). Nothing was changed."),
                               {copy.error().message}));
    }
    if (auto ok = db.exec("PRAGMA application_id = " + std::to_string(Store::kApplicationId)); !ok)
        return refuse(ok.error().code, path,
                      ok.error().message + ". " + translate("store", "Nothing was changed."));
    if (auto ok = schema::migrate(db, version, Store::kSchemaVersion, context); !ok)
        return refuse(ok.error().code, path,
                      fill(translate("store", "updating its data format failed (%1). The "
                                              "update was rolled back; your data is as it was."),
                           {ok.error().message}));
    return {};
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const fs::path& path, const OpenOptions& options) {
    auto version = versionAt(path, options);
    if (!version)
        return version.error();
    auto write = writeAccess(path, options);
    if (!write)
        return write.error();
    if (auto ok = checkNoForeignWal(path, write->lock); !ok)
        return ok.error();
    const bool readOnly = !write->readOnlyReason.empty();
    if (readOnly && *version == 0)
        return refuse(ErrorCode::ReadOnly, path,
                      fill(translate("store", "it is empty and %1, so KnotMap cannot set it up. "
                                              "Nothing was changed."),
                           {write->readOnlyReason}));
    sql::Database::Access access{};
    auto db = connect(path, readOnly, options, access);
    if (!db)
        return db.error();
    if (auto ok = bringUpToDate(*db, path, *version, write->readOnlyReason, {options.atlas}); !ok)
        return ok.error();
    if (readOnly)
        log::store()->info("opened database read-only (schema {}): {}", kSchemaVersion,
                           write->readOnlyReason);
    else
        log::store()->info("opened database (schema {}, read-write)", kSchemaVersion);
    return std::unique_ptr<Store>(new Store(std::move(write->lock), std::move(*db), path,
                                            std::move(write->readOnlyReason), access));
}

Store::~Store() {
    if (!m_lock)
        return;
    // TRUNCATE: every frame copied into the database and the -wal emptied. Readers that
    // are idle do not stop it; one in the middle of a read does, and then the -wal keeps
    // frames this store wrote, so the close is not noted as clean.
    auto stmt = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!stmt)
        return;
    auto row = stmt->step();
    if (row && *row && stmt->int64(0) == 0 && stmt->int64(1) <= 0)
        m_lock->markClean();
}

Result<std::unique_ptr<Store>> Store::openReader() const {
    // An immutable store stays immutable (nothing writes the file); otherwise a read-only
    // connection, which sees every commit of this one through the WAL.
    const auto access = m_access == sql::Database::Access::Immutable
                            ? sql::Database::Access::Immutable
                            : sql::Database::Access::ReadOnly;
    auto db = sql::Database::open(m_path, access);
    if (!db)
        return db.error();
    db->setBusyTimeout(static_cast<int>(OpenOptions{}.busyTimeout.count()));
    if (auto ok = configure(*db, true); !ok)
        return ok.error();
    // Never shown: a reader is not what the window reports on.
    return std::unique_ptr<Store>(new Store(std::nullopt, std::move(*db), m_path,
                                            "a second connection that only reads", access));
}

Result<std::optional<std::string>> Store::setting(std::string_view key) {
    return rows::setting(m_db, key);
}

Status Store::setSetting(std::string_view key, std::string_view value) {
    return rows::setSetting(m_db, key, value);
}

} // namespace knotmap
