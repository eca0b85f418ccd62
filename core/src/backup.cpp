// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/backup.h"
#include "knotmap/text.h"

#include "knotmap/domain.h"
#include "knotmap/files.h"
#include "knotmap/log.h"
#include "knotmap/store.h"
#include "knotmap/writerlock.h"
#include "schema.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

namespace knotmap::backup {
namespace fs = std::filesystem;

namespace {

// "20261123T081500Z": UTC, so names sort by time and survive a change of time zone.
std::string stamp(Timestamp t) {
    return files::formatUtc(t, "%Y%m%dT%H%M%SZ");
}

std::optional<Timestamp> parseStamp(const std::string& text) {
    std::tm utc{};
    if (std::sscanf(text.c_str(), "%4d%2d%2dT%2d%2d%2dZ", &utc.tm_year, &utc.tm_mon, &utc.tm_mday,
                    &utc.tm_hour, &utc.tm_min, &utc.tm_sec) != 6)
        return std::nullopt;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    return Timestamp{std::chrono::seconds{timegm(&utc)}};
}

// Weeks starting on Monday (the epoch, 1970-01-01, was a Thursday).
long weekOf(LocalDate day) {
    const long n = std::chrono::sys_days{day}.time_since_epoch().count() + 3;
    return n >= 0 ? n / 7 : (n - 6) / 7;
}

std::string stem(const fs::path& database) {
    return database.stem().string();
}

Error failed(const std::string& what) {
    return Error{
        ErrorCode::Io, fill(translate("backup", "The backup could not be made: %1"), {what}), {}};
}

} // namespace

std::string Entry::kind() const {
    const auto dash = tag.rfind('-');
    if (dash == std::string::npos || dash + 1 == tag.size() ||
        !std::all_of(tag.begin() + static_cast<std::ptrdiff_t>(dash) + 1, tag.end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
        return tag;
    const std::string base = tag.substr(0, dash);
    return base == "again" ? std::string() : base;
}

fs::path folderFor(const fs::path& database) {
    return database.parent_path() / (stem(database) + "-backups");
}

Status checkEveryRule(sql::Database& db) {
    // integrity_check reads every page, index and row and checks each row against its
    // table's CHECK and NOT NULL constraints; foreign_key_check the references.
    auto check = db.prepare("PRAGMA integrity_check(1)");
    if (!check)
        return check.error();
    auto row = check->step();
    if (!row)
        return Error{ErrorCode::Corrupt, row.error().message, {}};
    if (!*row || check->text(0) != "ok") {
        const std::string problem = *row ? check->text(0) : std::string("no answer");
        log::store()->warn("integrity_check failed: {}", problem);
        return Error{ErrorCode::Corrupt,
                     fill(translate("backup", "KnotMap's full check found damage in the "
                                              "database (%1)"),
                          {problem}),
                     {}};
    }
    auto keys = db.prepare("PRAGMA foreign_key_check");
    if (!keys)
        return keys.error();
    auto broken = keys->step();
    if (!broken || *broken)
        return Error{ErrorCode::Corrupt,
                     translate("backup", "KnotMap's full check found damage in the database (a "
                                         "row refers to one that is not there)"),
                     {}};
    return {};
}

Result<fs::path> make(sql::Database& source, const fs::path& database, Timestamp now,
                      const std::string& tag) {
    // A damaged database never enters the rotation (regular and manual copies): its copies
    // would push the good ones out. A copy kept before a step that replaces the data (a
    // migration, a restore, a demo) is made whatever the data holds: it is what was there.
    const bool rotated = tag.empty() || tag == kManualTag;
    if (auto ok = rotated ? checkEveryRule(source) : Status{}; !ok)
        return Error{ok.error().code,
                     ok.error().message + ". " +
                         translate("backup", "No backup was made, and every earlier backup is "
                                             "kept."),
                     {}};
    const fs::path folder = folderFor(database);
    if (auto ok = files::createPrivateFolders(folder); !ok)
        return ok.error();
    std::error_code ec;
    fs::permissions(folder, fs::perms::owner_all, ec);
    // Two copies in one second (a demo made twice, "Back up now" pressed twice) get
    // their own names: the tag says which came later.
    fs::path target;
    for (int n = 1;; ++n) {
        std::string name = stem(database);
        name.append("-").append(stamp(now));
        if (!tag.empty())
            name.append("-").append(tag);
        if (n > 1)
            name.append(tag.empty() ? "-again-" : "-").append(std::to_string(n));
        target = folder / (name + ".sqlite");
        if (!fs::exists(target, ec))
            break;
    }
    // Through the one file writer: SQLite fills the temporary file, then it is renamed.
    auto out = files::OutputFile::create(target);
    if (!out)
        return out.error();
    {
        auto copy = sql::Database::open(out->temporary(), sql::Database::Access::ReadWrite);
        if (!copy)
            return copy.error();
        sqlite3_backup* b = sqlite3_backup_init(copy->handle(), "main", source.handle(), "main");
        if (b == nullptr)
            return copy->lastError("starting the backup");
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            return failed(std::string(sqlite3_errstr(rc)) + ".");
        // One self-contained file: no -wal beside it is needed to read it.
        if (auto ok = copy->exec("PRAGMA journal_mode = DELETE"); !ok)
            return ok.error();
    }
    if (auto ok = out->commit(); !ok)
        return ok.error();
    log::store()->info("made a backup{}{}", tag.empty() ? "" : " ", tag);
    return target;
}

Result<std::vector<Entry>> list(const fs::path& database) {
    std::vector<Entry> out;
    const fs::path folder = folderFor(database);
    std::error_code ec;
    if (!fs::exists(folder, ec))
        return out;
    // <stem>-<YYYYMMDDTHHMMSSZ>[-<tag>].sqlite
    const std::string prefix = stem(database) + '-';
    const std::string suffix = ".sqlite";
    constexpr std::size_t kStamp = 16;
    for (const auto& item : fs::directory_iterator(folder, ec)) {
        const std::string name = item.path().filename().string();
        if (!item.is_regular_file() || name.size() < prefix.size() + kStamp + suffix.size() ||
            name.compare(0, prefix.size(), prefix) != 0 ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string middle =
            name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
        const auto at = parseStamp(middle.substr(0, kStamp));
        const bool tagged = middle.size() > kStamp + 1 && middle[kStamp] == '-';
        if (!at || (middle.size() > kStamp && !tagged))
            continue;
        out.push_back({item.path(), *at, tagged ? middle.substr(kStamp + 1) : std::string()});
    }
    if (ec)
        return failed(
            fill(translate("backup", "its folder could not be read (%1)."), {ec.message()}));
    std::sort(out.begin(), out.end(),
              [](const Entry& a, const Entry& b) { return a.madeAt > b.madeAt; });
    return out;
}

Status rotate(const fs::path& database, int daily, int weekly) {
    auto all = list(database);
    if (!all)
        return all.error();
    std::set<LocalDate> days;
    std::set<long> weeks;
    std::vector<fs::path> remove;
    int manual = 0;
    for (const Entry& e : *all) { // newest first
        if (e.kind() == kManualTag && ++manual > kManualKept)
            remove.push_back(e.path);
        if (!e.kind().empty())
            continue;
        const LocalDate day = localDateOf(e.madeAt);
        const long week = weekOf(day);
        if (days.count(day) == 0 && static_cast<int>(days.size()) < daily) {
            days.insert(day);
            continue;
        }
        if (days.count(day) == 0 && weeks.count(week) == 0 &&
            static_cast<int>(weeks.size()) < weekly) {
            const bool inDailyWeek = std::any_of(days.begin(), days.end(),
                                                 [&](LocalDate d) { return weekOf(d) == week; });
            if (!inDailyWeek) {
                weeks.insert(week);
                continue;
            }
        }
        remove.push_back(e.path);
    }
    for (const auto& p : remove) {
        std::error_code ec;
        fs::remove(p, ec);
        if (ec)
            return failed(fill(translate("backup", "an old backup could not be removed (%1)."),
                               {ec.message()}));
    }
    return {};
}

Result<std::optional<fs::path>> makeDailyIfDue(Store& store, const Clock& clock) {
    return makeDailyIfDue(store.database(), store.path(), store.readOnly(), clock);
}

Result<std::optional<fs::path>> makeDailyIfDue(sql::Database& source, const fs::path& database,
                                               bool readOnly, const Clock& clock) {
    if (readOnly)
        return std::optional<fs::path>{};
    auto all = list(database);
    if (!all)
        return all.error();
    const LocalDate today = clock.today();
    for (const Entry& e : *all) {
        if (e.kind().empty() && localDateOf(e.madeAt) == today)
            return std::optional<fs::path>{};
    }
    auto made = make(source, database, clock.now());
    if (!made)
        return made.error(); // no rotation either: every earlier backup stays
    if (auto ok = rotate(database); !ok)
        return ok.error();
    return std::optional<fs::path>{*made};
}

Result<Contents> preview(const fs::path& file) {
    auto version = Store::inspect(file);
    if (!version)
        return version.error();
    Contents c;
    c.schemaVersion = *version;
    if (*version == 0)
        return c;
    std::error_code ec;
    const bool hasWal = fs::exists(file.string() + "-wal", ec);
    auto db = sql::Database::open(file, hasWal ? sql::Database::Access::ReadOnly
                                               : sql::Database::Access::Immutable);
    if (!db)
        return db.error();
    const auto count = [&](const char* sql) -> Result<int> {
        auto n = db->queryInt(sql);
        if (!n)
            return n.error();
        return static_cast<int>(*n);
    };
    auto checkIns = count("SELECT count(*) FROM check_in");
    auto knots = count("SELECT count(*) FROM knot");
    auto readings = count("SELECT count(*) FROM knot_observation");
    auto sessions = count("SELECT count(*) FROM self_care_session");
    if (!checkIns || !knots || !readings || !sessions)
        return Error{
            ErrorCode::Corrupt, translate("backup", "The file's tables could not be read."), {}};
    c.checkIns = *checkIns;
    c.knots = *knots;
    c.readings = *readings;
    c.sessions = *sessions;
    auto span = db->prepare("SELECT min(day), max(day) FROM check_in");
    if (!span)
        return span.error();
    if (auto row = span->step(); row && *row && c.checkIns > 0) {
        c.firstDay = parseDate(span->text(0));
        c.lastDay = parseDate(span->text(1));
    }
    return c;
}

namespace {
// What `file` holds, if it can stand in for `database`: another file, with KnotMap data
// this version reads, intact.
Result<Contents> checkRestorable(const fs::path& file, const fs::path& database) {
    std::error_code ec;
    if (fs::equivalent(file, database, ec))
        return Error{ErrorCode::InvalidInput,
                     translate("backup", "That is the database itself, not a backup."),
                     {}};
    auto contents = preview(file);
    if (contents && contents->schemaVersion == 0)
        return Error{ErrorCode::InvalidInput,
                     translate("backup", "That file holds no KnotMap data. Nothing was changed."),
                     {}};
    return contents;
}
} // namespace

Status restore(Store& store, const fs::path& file, Timestamp now, const BodyAtlas* atlas) {
    if (store.readOnly())
        return Error{ErrorCode::ReadOnly,
                     fill(translate("backup", "The database is open read-only, because %1, so "
                                              "it cannot be restored into. Nothing was changed."),
                          {store.readOnlyReason()}),
                     {}};
    auto contents = checkRestorable(file, store.path());
    if (!contents)
        return contents.error();
    std::error_code ec;
    // The current data first, so a restore can itself be undone.
    if (auto copy = make(store.database(), store.path(), now, "before-restore"); !copy)
        return Error{copy.error().code,
                     copy.error().message + " " +
                         translate("backup", "The restore was not started; nothing changed."),
                     {}};
    const bool hasWal = fs::exists(file.string() + "-wal", ec);
    auto source = sql::Database::open(file, hasWal ? sql::Database::Access::ReadOnly
                                                   : sql::Database::Access::Immutable);
    if (!source)
        return source.error();
    auto& target = store.database();
    sqlite3_backup* b = sqlite3_backup_init(target.handle(), "main", source->handle(), "main");
    if (b == nullptr)
        return target.lastError("starting the restore");
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return Error{
            rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ErrorCode::Busy : ErrorCode::Io,
            fill(translate("backup", "The restore failed (%1); the database is as it was."),
                 {sqlite3_errstr(rc)}),
            {}};
    if (auto ok = target.exec("PRAGMA journal_mode = WAL"); !ok)
        return ok;
    if (contents->schemaVersion < Store::kSchemaVersion) {
        if (auto ok =
                schema::migrate(target, contents->schemaVersion, Store::kSchemaVersion, {atlas});
            !ok)
            return ok;
    }
    log::store()->info("restored a backup (schema {})", contents->schemaVersion);
    return {};
}

Result<std::optional<Candidate>> newestGood(const fs::path& database) {
    auto all = list(database);
    if (!all)
        return all.error();
    for (const Entry& e : *all) { // newest first
        auto contents = preview(e.path);
        if (contents && contents->schemaVersion > 0)
            return std::optional<Candidate>{Candidate{e, *contents}};
        log::store()->warn("backup {} cannot be used: {}", e.path.filename().string(),
                           contents ? translate("backup", "it is empty")
                                    : contents.error().message);
    }
    return std::optional<Candidate>{};
}

Result<fs::path> replaceRefused(const fs::path& database, const fs::path& file, Timestamp now) {
    std::error_code ec;
    if (!fs::is_regular_file(database, ec))
        return Error{ErrorCode::InvalidInput,
                     files::quoted(database) + " is not a file. Nothing was changed.",
                     {}};
    if (auto contents = checkRestorable(file, database); !contents)
        return contents.error();
    // Held until the swap is done, so no other KnotMap opens the file half way.
    auto lock = WriterLock::take(database);
    if (!lock)
        return Error{lock.error().code,
                     fill(translate("backup", "The backup was not put in place: %1. Nothing was "
                                              "changed."),
                          {lock.error().message}),
                     {}};

    const fs::path folder = folderFor(database);
    fs::create_directories(folder, ec);
    fs::permissions(folder, fs::perms::owner_all, ec);
    // The refused file, unchanged, first; the swap happens only once it is safely kept.
    const fs::path kept = folder / (stem(database) + "-refused-" + stamp(now) + ".sqlite");
    for (const char* side : {"", "-wal", "-shm"}) {
        const fs::path from = database.string() + side;
        if (!fs::exists(from, ec))
            continue;
        if (auto ok = files::copyDurably(from, kept.string() + side); !ok) {
            for (const char* done : {"", "-wal", "-shm"})
                fs::remove(kept.string() + done, ec);
            return Error{ok.error().code, ok.error().message + " Nothing was changed.", {}};
        }
    }
    const fs::path incoming = database.string() + ".restoring";
    fs::remove(incoming, ec);
    if (auto ok = files::copyDurably(file, incoming); !ok)
        return Error{ok.error().code, ok.error().message + " Nothing was changed.", {}};
    // A -wal left beside the new file would be read into it: its copy is kept above.
    fs::remove(database.string() + "-wal", ec);
    fs::remove(database.string() + "-shm", ec);
    fs::rename(incoming, database, ec);
    if (ec) {
        fs::remove(incoming, ec);
        return Error{ErrorCode::Io,
                     fill(translate("backup", "The backup could not be put in place (%1). The file "
                                              "that could not be opened is kept in %2."),
                          {ec.message(), files::quoted(kept)}),
                     {}};
    }
    files::syncFolder(database.parent_path().empty() ? fs::path(".") : database.parent_path());
    files::syncFolder(folder);
    log::store()->info("put a backup in place of a database that could not be opened");
    return kept;
}

} // namespace knotmap::backup
