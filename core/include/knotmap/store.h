// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/result.h"
#include "knotmap/sqlite.h"
#include "knotmap/writerlock.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace knotmap {

class BodyAtlas;

// The body atlas, or a way to wait for one still being read: opening asks for it only when
// an update of an older database needs it, so start-up opens the file while the atlas is
// read on another thread.
class AtlasSource {
public:
    AtlasSource() = default;
    AtlasSource(const BodyAtlas* atlas) // NOLINT(google-explicit-constructor): a plain atlas
        : m_get([atlas] { return atlas; }) {}
    explicit AtlasSource(std::function<const BodyAtlas*()> get)
        : m_get(std::move(get)) {}
    // The atlas (waiting for it if it is still being read), or null when there is none.
    const BodyAtlas* get() const { return m_get ? m_get() : nullptr; }

private:
    std::function<const BodyAtlas*()> m_get;
};

struct OpenOptions {
    // Open without ever writing. A file this process may not change (or whose folder it
    // may not add files to) is opened read-only whatever this says.
    bool readOnly = false;
    // How long to wait for another process that holds SQLite's write lock.
    std::chrono::milliseconds busyTimeout{3000};
    // When another KnotMap has the file open for writing (WriterLock): a window opens it
    // read-only and says why; a command that must write (import, restore) is refused.
    enum class WhenInUse { OpenReadOnly, Refuse };
    WhenInUse whenInUse = WhenInUse::OpenReadOnly;
    // The body atlas. Bringing a database of schema 3 or older up to date moves its pain
    // marks onto the figure's places, which needs it (when it has pain marks).
    AtlasSource atlas;
};

// The one SQLite file that holds a person's history. Opening checks, in order and
// without writing anything until every check passed: that the file is SQLite, that it is
// a KnotMap database (or empty), that its schema is not newer than this app, and that
// SQLite finds it intact. Only then is it migrated to the current schema.
class Store {
public:
    static constexpr int kSchemaVersion = 7;
    // Written to PRAGMA application_id so other programs' databases are recognised.
    static constexpr std::int32_t kApplicationId = 0x4B6E4D70; // "KnMp"

    static Result<std::unique_ptr<Store>> open(const std::filesystem::path& path,
                                               const OpenOptions& options = {});
    // The checks open() makes before writing, alone: the file's schema version, or why it
    // is not a KnotMap database this version can read. Never writes.
    static Result<int> inspect(const std::filesystem::path& path);

    // A second connection to the same file that only reads, for work on another thread
    // while this store is in use (a connection is used by one thread at a time). It makes
    // none of open()'s checks again: this store passed them.
    Result<std::unique_ptr<Store>> openReader() const;

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    // A store that writes checkpoints the WAL into the file before it closes, and only
    // when that is complete notes a clean close in its lock file (see checkNoForeignWal).
    ~Store();

    sql::Database& database() { return m_db; }
    const std::filesystem::path& path() const { return m_path; }
    bool readOnly() const { return !m_readOnlyReason.empty(); }
    // Why nothing can be saved, in words for the user ("you do not have permission to
    // change this file"), or "" when the store is writable.
    const std::string& readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return kSchemaVersion; }

    // Settings and markers kept in the file itself.
    Result<std::optional<std::string>> setting(std::string_view key);
    Status setSetting(std::string_view key, std::string_view value);

private:
    Store(std::optional<WriterLock> lock, sql::Database db, std::filesystem::path path,
          std::string readOnlyReason, sql::Database::Access access)
        : m_lock(std::move(lock))
        , m_db(std::move(db))
        , m_path(std::move(path))
        , m_readOnlyReason(std::move(readOnlyReason))
        , m_access(access) {}
    // Declared before the connection, so it is released after the connection closes.
    std::optional<WriterLock> m_lock; // held by a store that writes
    sql::Database m_db;
    std::filesystem::path m_path;
    std::string m_readOnlyReason;
    sql::Database::Access m_access; // how m_db was opened
};

} // namespace knotmap
