// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"
#include "knotmap/sqlite.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace knotmap {
class BodyAtlas;
class Store;
} // namespace knotmap

// Consistent copies of the database, made with SQLite's online backup API into a folder
// beside it ("<name>-backups"), each a single self-contained file readable by its owner
// only. Regular backups rotate (the newest of each of the last 7 days with one, then the
// newest of each of 4 earlier weeks); a copy made before a schema migration is tagged
// and kept.
namespace knotmap::backup {

struct Entry {
    std::filesystem::path path;
    Timestamp madeAt{};
    std::string tag; // "" for a regular backup, e.g. "before-v2"
    // Why it was made: the tag without the "-2" a second copy in the same second gets.
    std::string kind() const;
};

std::filesystem::path folderFor(const std::filesystem::path& database);

// Every rule SQLite can check: each page, index and row, each row's CHECK and NOT NULL
// constraints, every reference. Corrupt, with what was found, when any fails. Reads the
// whole file: on the 10-year database it runs off the main thread (docs/PERFORMANCE.md).
Status checkEveryRule(sql::Database& db);

// Copies `source` (an open connection to `database`) into the backup folder as of `now`.
// A regular or manual copy is made only after checkEveryRule: a database that fails it is
// not backed up (Corrupt), so damage can never push good backups out of the rotation. A
// copy tagged for a step that replaces the data ("before-restore", "before-v3") keeps the
// data as it was, damaged or not.
Result<std::filesystem::path> make(sql::Database& source, const std::filesystem::path& database,
                                   Timestamp now, const std::string& tag = {});

// The tag of a backup the person asked for ("Back up now"). Kept beside the rotation, never
// in place of a regular one; the newest kManualKept of them are kept.
inline constexpr const char* kManualTag = "manual";
inline constexpr int kManualKept = 10;

// The backups of `database`, newest first. Files that do not look like KnotMap's backups
// are ignored, never touched.
Result<std::vector<Entry>> list(const std::filesystem::path& database);

inline constexpr int kDailyKept = 7;
inline constexpr int kWeeklyKept = 4;
// Deletes the regular backups the rotation does not keep, and manual ones beyond the
// newest kManualKept; other tagged ones (before a migration, a restore) stay.
Status rotate(const std::filesystem::path& database, int daily = kDailyKept,
              int weekly = kWeeklyKept);

// At most once a local day: a regular backup and a rotation. Returns the new file, or
// nothing when today's backup exists already (or the store is read-only). `source` is the
// connection copied from: the store's own, or a reader on another thread
// (Store::openReader). A database that fails checkEveryRule gets neither backup nor
// rotation: the error says so.
Result<std::optional<std::filesystem::path>> makeDailyIfDue(Store& store, const Clock& clock);
Result<std::optional<std::filesystem::path>> makeDailyIfDue(sql::Database& source,
                                                            const std::filesystem::path& database,
                                                            bool readOnly, const Clock& clock);

// What a backup (or any KnotMap database file) holds, read without changing it.
struct Contents {
    int schemaVersion = 0;
    int checkIns = 0;
    std::optional<LocalDate> firstDay; // of the check-ins
    std::optional<LocalDate> lastDay;
    int knots = 0;
    int readings = 0;
    int sessions = 0;
};
Result<Contents> preview(const std::filesystem::path& file);

// Replaces what `store` holds with the contents of `file`, after making a backup of the
// current data (tag "before-restore"). The file is checked first (a KnotMap database, not
// newer than this version, intact); on any failure nothing is changed. An older file is
// brought up to the current schema (with `atlas` for its pain marks, see OpenOptions).
Status restore(Store& store, const std::filesystem::path& file, Timestamp now,
               const BodyAtlas* atlas = nullptr);

// The newest backup of `database` that is a KnotMap database this version can read and
// that SQLite finds intact, with what it holds; nothing when there is none.
struct Candidate {
    Entry entry;
    Contents contents;
};
Result<std::optional<Candidate>> newestGood(const std::filesystem::path& database);

// Whether a database Store::open refused with `code` is one a backup may stand in for:
// damaged, not a database, or from a newer version (not a lock, a missing file or a
// read-only disk).
inline bool canReplaceRefused(ErrorCode code) {
    return code == ErrorCode::Corrupt || code == ErrorCode::NotADatabase ||
           code == ErrorCode::NewerSchema;
}

// For a database Store::open refused (damaged, not a database, from a newer version):
// keeps the refused file, byte for byte, with any -wal and -shm beside it, in the backup
// folder as "<name>-refused-<time>.sqlite", then puts a copy of the backup `file` in its
// place. Returns where the refused file was kept. On any failure before the swap the
// database is exactly as it was.
Result<std::filesystem::path> replaceRefused(const std::filesystem::path& database,
                                             const std::filesystem::path& file, Timestamp now);

} // namespace knotmap::backup
