// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/checkins.h"
#include "knotmap/store.h"
#include "test_support.h"

#include <grp.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace knotmap;
using namespace knotmap::test;

namespace {

unsigned modeOf(const std::filesystem::path& p) {
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0);
    return st.st_mode & 0777u;
}

// Runs SQL on a file with the plain sqlite3 API, as another program would.
void rawExec(const std::filesystem::path& p, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(p.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << err;
    sqlite3_close(db);
}

// A database holding one check-in, closed cleanly.
void makeDatabaseWithOneCheckIn(const std::filesystem::path& p) {
    auto store = Store::open(p);
    ASSERT_TRUE(store.ok()) << store.error().message;
    FixedClock clock(noon());
    CheckInRepository checkIns(**store, clock);
    CheckIn c;
    c.day = date(2026, 3, 15);
    c.painNow = c.painWorst = c.painLeast = c.painAverage = 3;
    ASSERT_TRUE(checkIns.add(c).ok());
}

// Opens `p` as a user who may not change it and checks it reads but never writes; the
// exit status names the first check that failed. A root test run (as in CI) drops to
// "nobody" in a child process, so file modes bind it as they bind a person.
int openAsUnprivilegedUser(const std::filesystem::path& p, const std::string& expectedReason) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(10);
        auto store = Store::open(p);
        if (!store) {
            std::fprintf(stderr, "%s\n", store.error().message.c_str());
            ::_exit(11);
        }
        if (!(*store)->readOnly() || (*store)->readOnlyReason() != expectedReason) {
            std::fprintf(stderr, "reason: %s\n", (*store)->readOnlyReason().c_str());
            ::_exit(12);
        }
        FixedClock clock(noon());
        CheckInRepository checkIns(**store, clock);
        if (auto n = checkIns.count(); !n || *n != 1)
            ::_exit(13);
        CheckIn c;
        c.day = date(2026, 3, 14);
        auto added = checkIns.add(c);
        if (added || added.error().code != ErrorCode::ReadOnly ||
            added.error().message.find("read-only") == std::string::npos)
            ::_exit(14);
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

} // namespace

TEST(Store, CreatesOwnerOnlyFileWithCurrentSchema) {
    TempDir dir;
    const auto path = dir.file("sub/folder/knotmap.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(modeOf(path), 0600u);
    auto& db = (*store)->database();
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Store::kSchemaVersion);
    EXPECT_EQ(*db.queryInt("PRAGMA application_id"), Store::kApplicationId);
    EXPECT_EQ(*db.queryInt("PRAGMA foreign_keys"), 1);
    auto mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(*mode->step());
    EXPECT_EQ(mode->text(0), "wal");
}

TEST(Store, WalAndShmFilesAreOwnerOnlyToo) {
    TempDir dir;
    const auto path = dir.file("knotmap.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->setSetting("probe", "1").ok());
    for (const char* suffix : {"-wal", "-shm"}) {
        const std::filesystem::path side = path.string() + suffix;
        ASSERT_TRUE(std::filesystem::exists(side)) << side;
        EXPECT_EQ(modeOf(side), 0600u) << side;
    }
}

TEST(Store, ReopensAndKeepsData) {
    TempDir dir;
    const auto path = dir.file("knotmap.sqlite");
    FixedClock clock(noon());
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
        CheckInRepository repo(**store, clock);
        CheckIn c;
        c.day = date(2026, 3, 14);
        c.painNow = c.painWorst = c.painLeast = c.painAverage = 4;
        ASSERT_TRUE(repo.add(c).ok());
    }
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    CheckInRepository repo(**store, clock);
    EXPECT_EQ(*repo.count(), 1);
}

TEST(Store, TightensAWiderModeOnAKnotMapFile) {
    TempDir dir;
    const auto path = dir.file("knotmap.sqlite");
    { ASSERT_TRUE(Store::open(path).ok()); }
    std::filesystem::permissions(path, std::filesystem::perms(0644));
    ASSERT_TRUE(Store::open(path).ok());
    EXPECT_EQ(modeOf(path), 0600u);
}

TEST(Store, RefusesRandomBytesAndLeavesThemUnchanged) {
    TempDir dir;
    const auto path = dir.file("random.sqlite");
    std::string bytes(4096, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 2654435761u) >> 13);
    writeBytes(path, bytes);
    std::filesystem::permissions(path, std::filesystem::perms(0644));

    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotADatabase);
    EXPECT_NE(store.error().message.find("not a KnotMap database"), std::string::npos);
    EXPECT_NE(store.error().message.find("not changed"), std::string::npos);
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_EQ(modeOf(path), 0644u);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(Store, RefusesShortTextFile) {
    TempDir dir;
    const auto path = dir.file("notes.txt");
    writeBytes(path, "hello\n");
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotADatabase);
    EXPECT_EQ(readBytes(path), "hello\n");
}

TEST(Store, RefusesNewerSchemaAndLeavesItUnchanged) {
    TempDir dir;
    const auto path = dir.file("future.sqlite");
    { ASSERT_TRUE(Store::open(path).ok()); }
    rawExec(path, "PRAGMA user_version = 999");
    const std::string before = readBytes(path);

    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NewerSchema);
    EXPECT_NE(store.error().message.find("newer version of KnotMap"), std::string::npos);
    EXPECT_NE(store.error().message.find("999"), std::string::npos);
    EXPECT_EQ(readBytes(path), before);
}

TEST(Store, RefusesAnotherProgramsDatabase) {
    TempDir dir;
    const auto path = dir.file("other.sqlite");
    rawExec(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');");
    const std::string before = readBytes(path);
    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotADatabase);
    EXPECT_EQ(readBytes(path), before);

    const auto tagged = dir.file("tagged.sqlite");
    rawExec(tagged, "PRAGMA application_id = 1234;");
    auto other = Store::open(tagged);
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().message.find("another program"), std::string::npos);
}

TEST(Store, RefusesTruncatedDatabaseAndLeavesItUnchanged) {
    TempDir dir;
    const auto path = dir.file("knotmap.sqlite");
    {
        auto store = Store::open(path);
        ASSERT_TRUE(store.ok());
        FixedClock clock(noon());
        CheckInRepository repo(**store, clock);
        for (unsigned d = 1; d <= 28; ++d) {
            CheckIn c;
            c.day = date(2026, 2, d);
            c.painNow = c.painWorst = c.painLeast = c.painAverage = 3;
            c.note = std::string(1500, 'n'); // spread over many pages
            ASSERT_TRUE(repo.add(c).ok());
        }
    }
    // Fold the WAL into the file, then cut the file in half.
    rawExec(path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
    std::string bytes = readBytes(path);
    ASSERT_GT(bytes.size(), 8192u);
    bytes.resize(bytes.size() / 2);
    writeBytes(path, bytes);

    auto store = Store::open(path);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::Corrupt);
    EXPECT_NE(store.error().message.find("damaged"), std::string::npos);
    EXPECT_EQ(readBytes(path), bytes);
}

TEST(Store, TreatsEmptyFileAsNewDatabase) {
    TempDir dir;
    const auto path = dir.file("empty.sqlite");
    writeBytes(path, "");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(*(*store)->database().queryInt("PRAGMA user_version"), Store::kSchemaVersion);
}

TEST(Store, ReadOnlyOpenOfMissingFileSaysSo) {
    TempDir dir;
    OpenOptions options;
    options.readOnly = true;
    auto store = Store::open(dir.file("missing.sqlite"), options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(std::filesystem::exists(dir.file("missing.sqlite")));
}

TEST(Store, ReadOnlyOnRequestReadsAndNeverWrites) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    makeDatabaseWithOneCheckIn(path);
    const std::string before = readBytes(path);
    {
        OpenOptions options;
        options.readOnly = true;
        auto store = Store::open(path, options);
        ASSERT_TRUE(store.ok()) << store.error().message;
        EXPECT_TRUE((*store)->readOnly());
        EXPECT_EQ((*store)->readOnlyReason(), "it was opened read-only, as asked");
        FixedClock clock(noon());
        CheckInRepository checkIns(**store, clock);
        EXPECT_EQ(*checkIns.count(), 1);
        CheckIn c;
        c.day = date(2026, 3, 14);
        auto added = checkIns.add(c);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, ErrorCode::ReadOnly);
        EXPECT_EQ(added.error().message, "This was not saved because the database is read-only. "
                                         "Everything saved before is intact.");
        EXPECT_FALSE((*store)->setSetting("theme", "dark").ok());
        // A second connection for reading leaves the file as untouched.
        auto reader = (*store)->openReader();
        ASSERT_TRUE(reader.ok()) << reader.error().message;
        EXPECT_EQ(*CheckInRepository(**reader, clock).count(), 1);
    }
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-shm"));
}

TEST(Store, FileTheUserMayNotChangeOpensReadOnly) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    makeDatabaseWithOneCheckIn(path);
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(path, std::filesystem::perms(0444));
    const std::string before = readBytes(path);
    EXPECT_EQ(openAsUnprivilegedUser(path, "you do not have permission to change this file"), 0);
    EXPECT_EQ(readBytes(path), before);
    EXPECT_EQ(modeOf(path), 0444u) << "a read-only file keeps its mode";
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-shm"));
}

TEST(Store, FolderThatTakesNoNewFilesOpensReadOnly) {
    TempDir dir;
    const auto folder = dir.file("shared");
    const auto path = folder / "k.sqlite";
    makeDatabaseWithOneCheckIn(path);
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(path, std::filesystem::perms(0666));
    std::filesystem::permissions(folder, std::filesystem::perms(0555));
    const std::string before = readBytes(path);
    EXPECT_EQ(
        openAsUnprivilegedUser(path, "its folder does not let you add files, which saving needs"),
        0);
    std::filesystem::permissions(folder, std::filesystem::perms(0755));
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(Store, EmptyReadOnlyFileIsRefusedPlainly) {
    TempDir dir;
    const auto path = dir.file("empty.sqlite");
    writeBytes(path, "");
    OpenOptions options;
    options.readOnly = true;
    auto store = Store::open(path, options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::ReadOnly);
    EXPECT_NE(store.error().message.find("it is empty"), std::string::npos);
    EXPECT_EQ(readBytes(path), "");
}

TEST(Store, RefusesADirectory) {
    TempDir dir;
    auto store = Store::open(dir.path());
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::NotADatabase);
}

TEST(Store, SettingsRoundTrip) {
    TempDir dir;
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    EXPECT_FALSE((*store)->setting("theme")->has_value());
    ASSERT_TRUE((*store)->setSetting("theme", "dark").ok());
    ASSERT_TRUE((*store)->setSetting("theme", "light").ok());
    EXPECT_EQ(**(*store)->setting("theme"), "light");
}

TEST(Store, AReaderSeesEveryCommitAndWritesNothing) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto reader = (*store)->openReader();
    ASSERT_TRUE(reader.ok()) << reader.error().message;
    EXPECT_TRUE((*reader)->readOnly());
    ASSERT_TRUE((*store)->setSetting("theme", "dark").ok());
    EXPECT_EQ(**(*reader)->setting("theme"), "dark"); // committed by the other connection
    EXPECT_FALSE((*reader)->setSetting("theme", "light").ok());
    EXPECT_EQ(**(*store)->setting("theme"), "dark");
}

TEST(Store, PathsWithUriCharactersWork) {
    TempDir dir;
    const auto path = dir.file("my #1 100% knots?.sqlite");
    { ASSERT_TRUE(Store::open(path).ok()); }
    auto reopened = Store::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_TRUE(std::filesystem::exists(path));
}

TEST(Store, RefusedFileGetsNoSidecarFiles) {
    TempDir dir;
    const auto path = dir.file("future.sqlite");
    { ASSERT_TRUE(Store::open(path).ok()); }
    ASSERT_FALSE(std::filesystem::exists(path.string() + "-wal")) << "closed cleanly";
    rawExec(path, "PRAGMA user_version = 999");
    ASSERT_FALSE(Store::open(path).ok());
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-shm"));
}
