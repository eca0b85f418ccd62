// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/backup.h"
#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "schema.h"
#include "test_support.h"

#include <sys/stat.h>

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

using BackupTest = StoreFixture;

unsigned modeOf(const std::filesystem::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_mode & 0777;
}

std::int64_t countIn(const std::filesystem::path& file, const char* table) {
    auto db = sql::Database::open(file, sql::Database::Access::ReadOnly);
    EXPECT_TRUE(db.ok());
    return *db->queryInt(std::string("SELECT count(*) FROM ") + table);
}

} // namespace

TEST_F(BackupTest, AConsistentPrivateSelfContainedCopy) {
    ASSERT_TRUE(demo::fillDemoHistory(*store, clock).ok());
    auto made = backup::make(store->database(), store->path(), noon());
    ASSERT_TRUE(made.ok()) << made.error().message;
    EXPECT_EQ(made->parent_path(), dir.file("knotmap-backups"));
    EXPECT_EQ(made->filename(), "knotmap-20260315T120000Z.sqlite");
    EXPECT_EQ(modeOf(*made), 0600u);
    EXPECT_EQ(modeOf(made->parent_path()), 0700u);
    EXPECT_FALSE(std::filesystem::exists(made->string() + "-wal"));
    for (const char* table : {"check_in", "knot", "knot_observation", "self_care_session"})
        EXPECT_EQ(countIn(*made, table),
                  *store->database().queryInt(std::string("SELECT count(*) FROM ") + table))
            << table;
    auto copy = sql::Database::open(*made, sql::Database::Access::ReadOnly);
    auto check = copy->prepare("PRAGMA integrity_check");
    ASSERT_TRUE(*check->step());
    EXPECT_EQ(check->text(0), "ok");
    auto mode = copy->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(*mode->step());
    EXPECT_EQ(mode->text(0), "delete");
}

TEST_F(BackupTest, DailyBackupAtMostOnceADay) {
    auto first = backup::makeDailyIfDue(*store, clock);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_TRUE(first->has_value());
    clock.advance(3h);
    auto again = backup::makeDailyIfDue(*store, clock);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value());
    clock.advance(24h);
    auto tomorrow = backup::makeDailyIfDue(*store, clock);
    ASSERT_TRUE(tomorrow.ok());
    EXPECT_TRUE(tomorrow->has_value());
    EXPECT_EQ(backup::list(store->path())->size(), 2u);
}

TEST_F(BackupTest, RotationKeepsSevenDailyAndFourWeekly) {
    // A backup each day for 60 days (two on the newest day), one made before a migration
    // and a file of the user's own in the folder.
    for (int day = 59; day >= 0; --day)
        ASSERT_TRUE(backup::make(store->database(), store->path(), noon() - 24h * day).ok());
    ASSERT_TRUE(backup::make(store->database(), store->path(), noon() + 1h).ok());
    ASSERT_TRUE(
        backup::make(store->database(), store->path(), noon() - 24h * 100, "before-v2").ok());
    writeBytes(backup::folderFor(store->path()) / "notes.txt", "mine");

    ASSERT_TRUE(backup::rotate(store->path()).ok());
    auto kept = backup::list(store->path());
    ASSERT_TRUE(kept.ok());
    std::vector<backup::Entry> regular;
    for (const auto& e : *kept)
        if (e.tag.empty())
            regular.push_back(e);
    ASSERT_EQ(regular.size(), 11u);
    EXPECT_EQ(regular[0].madeAt, noon() + 1h); // the newest of the newest day
    for (int i = 1; i < 7; ++i)
        EXPECT_EQ(regular[static_cast<std::size_t>(i)].madeAt, noon() - 24h * i);
    // Then one per week: each older than the last, at least a week apart in spirit.
    for (std::size_t i = 7; i < 11; ++i)
        EXPECT_LT(regular[i].madeAt, regular[i - 1].madeAt);
    EXPECT_GE(regular[7].madeAt, noon() - 24h * 14);
    EXPECT_GE(regular[10].madeAt, noon() - 24h * 35);
    EXPECT_EQ(kept->back().tag, "before-v2");
    EXPECT_TRUE(std::filesystem::exists(backup::folderFor(store->path()) / "notes.txt"));
}

TEST(BackupBeforeMigration, AnOlderDatabaseIsCopiedBeforeItIsUpdated) {
    TempDir dir;
    const auto path = dir.file("old.sqlite");
    {
        auto db = sql::Database::open(path, sql::Database::Access::ReadWriteCreate);
        ASSERT_TRUE(
            db->exec("PRAGMA application_id = " + std::to_string(Store::kApplicationId)).ok());
        ASSERT_TRUE(schema::migrate(*db, 0, 1).ok());
        ASSERT_TRUE(db->exec("INSERT INTO knot VALUES (1, 'back', 0.4, 0.2, 'rhomboids-left', "
                             "'left', 'active', 1000, NULL)")
                        .ok());
    }
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto backups = backup::list(path);
    ASSERT_TRUE(backups.ok());
    ASSERT_EQ(backups->size(), 1u);
    EXPECT_EQ((*backups)[0].tag, "before-v" + std::to_string(Store::kSchemaVersion));
    auto copy = sql::Database::open((*backups)[0].path, sql::Database::Access::ReadOnly);
    EXPECT_EQ(*copy->queryInt("PRAGMA user_version"), 1);
    EXPECT_EQ(*copy->queryInt("SELECT count(*) FROM knot"), 1);
    // A new, empty database has nothing to protect: no backup.
    auto fresh = Store::open(dir.file("new.sqlite"));
    ASSERT_TRUE(fresh.ok());
    EXPECT_TRUE(backup::list(dir.file("new.sqlite"))->empty());
}

TEST_F(BackupTest, PreviewAndRestoreBringBackWhatTheBackupHeld) {
    CheckInRepository checkIns(*store, clock);
    CheckIn c;
    c.painNow = c.painAverage = c.painWorst = c.painLeast = 4;
    c.day = date(2026, 3, 10);
    ASSERT_TRUE(checkIns.add(c).ok());
    c.day = date(2026, 3, 12);
    ASSERT_TRUE(checkIns.add(c).ok());
    auto saved = backup::make(store->database(), store->path(), noon());
    ASSERT_TRUE(saved.ok());

    auto contents = backup::preview(*saved);
    ASSERT_TRUE(contents.ok()) << contents.error().message;
    EXPECT_EQ(contents->schemaVersion, Store::kSchemaVersion);
    EXPECT_EQ(contents->checkIns, 2);
    EXPECT_EQ(contents->firstDay, date(2026, 3, 10));
    EXPECT_EQ(contents->lastDay, date(2026, 3, 12));

    // Later entries, then the restore: back to two check-ins, and the later state kept
    // in a "before-restore" copy.
    c.day = date(2026, 3, 14);
    ASSERT_TRUE(checkIns.add(c).ok());
    ASSERT_EQ(*checkIns.count(), 3);
    auto restored = backup::restore(*store, *saved, noon() + 1h);
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(*checkIns.count(), 2);
    EXPECT_FALSE(checkIns.forDay(date(2026, 3, 14))->has_value());
    auto all = backup::list(store->path());
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->front().tag, "before-restore");
    EXPECT_EQ(backup::preview(all->front().path)->checkIns, 3);
    // The store keeps working after the restore.
    c.day = date(2026, 3, 15);
    EXPECT_TRUE(checkIns.add(c).ok());
    EXPECT_EQ(*store->database().queryInt("PRAGMA user_version"), Store::kSchemaVersion);
}

TEST_F(BackupTest, ABadFileIsRefusedAndNothingChanges) {
    CheckInRepository checkIns(*store, clock);
    CheckIn c;
    c.painNow = c.painAverage = c.painWorst = c.painLeast = 4;
    c.day = date(2026, 3, 10);
    ASSERT_TRUE(checkIns.add(c).ok());
    const auto random = dir.file("random.sqlite");
    std::string bytes(8192, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919) % 251);
    writeBytes(random, bytes);
    const auto newer = dir.file("newer.sqlite");
    {
        auto other = Store::open(newer);
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE((*other)->database().exec("PRAGMA user_version = 99").ok());
    }
    for (const auto& bad : {random, newer, dir.file("missing.sqlite"), store->path()}) {
        auto result = backup::restore(*store, bad, noon());
        EXPECT_FALSE(result.ok()) << bad;
        EXPECT_EQ(*checkIns.count(), 1) << bad;
    }
    EXPECT_EQ(backup::preview(newer).error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(backup::list(store->path())->empty()) << "no copy for a refused restore";
}

namespace {

// Writes `count` check-ins on the days before noon().
void addCheckIns(Store& store, const Clock& clock, int first, int count) {
    CheckInRepository checkIns(store, clock);
    for (int i = first; i < first + count; ++i) {
        CheckIn c;
        c.day = localDateOf(noon() - 24h * (i + 1));
        c.painNow = c.painWorst = c.painLeast = c.painAverage = 3;
        ASSERT_TRUE(checkIns.add(c).ok());
    }
}

// Overwrites every page after the first with junk, as a failing disk might; the header
// still says SQLite.
void damage(const std::filesystem::path& file) {
    std::string bytes = readBytes(file);
    ASSERT_GT(bytes.size(), 8192u);
    for (std::size_t i = 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeBytes(file, bytes);
}

} // namespace

TEST_F(BackupTest, ADamagedDatabaseIsReplacedByTheNewestGoodBackupAndKeptAsItWas) {
    addCheckIns(*store, clock, 0, 3);
    ASSERT_TRUE(backup::make(store->database(), store->path(), noon() - 48h).ok());
    addCheckIns(*store, clock, 3, 40);
    ASSERT_TRUE(backup::make(store->database(), store->path(), noon() - 24h).ok());
    // The newest backup is itself damaged, so the one before it is the newest good one.
    auto backups = backup::list(store->path());
    ASSERT_EQ(backups->size(), 2u);
    damage((*backups)[0].path);
    const auto path = store->path();
    store.reset();
    damage(path);
    const std::string refused = readBytes(path);
    auto opened = Store::open(path);
    ASSERT_FALSE(opened.ok());
    ASSERT_EQ(opened.error().code, ErrorCode::Corrupt);

    auto good = backup::newestGood(path);
    ASSERT_TRUE(good.ok()) << good.error().message;
    ASSERT_TRUE(good->has_value());
    EXPECT_EQ((*good)->entry.path, (*backups)[1].path);
    EXPECT_EQ((*good)->contents.checkIns, 3);

    auto kept = backup::replaceRefused(path, (*good)->entry.path, noon());
    ASSERT_TRUE(kept.ok()) << kept.error().message;
    EXPECT_EQ(kept->filename(), "knotmap-refused-20260315T120000Z.sqlite");
    EXPECT_EQ(readBytes(*kept), refused) << "the refused file is kept byte for byte";
    EXPECT_EQ(modeOf(*kept), 0600u);
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".restoring"));
    auto reopened = Store::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ(*CheckInRepository(**reopened, clock).count(), 3);
    // The kept file is not offered as a backup.
    auto after = backup::list(path);
    EXPECT_EQ(after->size(), 2u);
}

TEST_F(BackupTest, NoGoodBackupMeansNothingToOffer) {
    const auto path = store->path();
    EXPECT_FALSE(backup::newestGood(path)->has_value());
    ASSERT_TRUE(backup::make(store->database(), path, noon()).ok());
    damage(backup::list(path)->front().path);
    EXPECT_FALSE(backup::newestGood(path)->has_value());
}

TEST_F(BackupTest, ReplacingFailsCleanlyWhenTheBackupIsNotGood) {
    addCheckIns(*store, clock, 0, 3);
    const auto path = store->path();
    store.reset();
    const std::string before = readBytes(path);
    writeBytes(dir.file("junk.sqlite"), std::string(8192, 'x'));
    auto result = backup::replaceRefused(path, dir.file("junk.sqlite"), noon());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(backup::folderFor(path)));
}
