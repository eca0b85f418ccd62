// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety: no path loses a saved entry or damages another file (issue "data safety,
// part two"). Each test drives the real store on real SQLite files.
#include "knotmap/backup.h"
#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "knotmap/exchange.h"
#include "knotmap/files.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"
#include "knotmap/reminder.h"
#include "knotmap/selfcare.h"
#include "knotmap/sessions.h"
#include "knotmap/writerlock.h"
#include "test_support.h"

#include <future>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace knotmap;
using namespace knotmap::test;
namespace fs = std::filesystem;

namespace {

// Everything a store holds, as the export writes it (its time left out).
std::string everything(Store& store) {
    auto text = exchange::toJson(store, noon());
    if (!text)
        return "error: " + text.error().message;
    auto doc = nlohmann::json::parse(*text);
    doc.erase("exported_at");
    return doc.dump();
}

std::string integrity(Store& store) {
    auto stmt = store.database().prepare("PRAGMA integrity_check");
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : "no answer";
}

// From now on this connection may not grow the file by more than `pages` pages:
// SQLite then answers SQLITE_FULL, as on a full disk.
void limitGrowth(Store& store, int pages) {
    const auto count = *store.database().queryInt("PRAGMA page_count");
    auto set =
        store.database().queryInt("PRAGMA max_page_count = " + std::to_string(count + pages));
    ASSERT_TRUE(set.ok()) << set.error().message;
    ASSERT_EQ(*set, count + pages);
}

void unlimited(Store& store) {
    auto set = store.database().queryInt("PRAGMA max_page_count = 1073741823");
    ASSERT_TRUE(set.ok()) << set.error().message;
}

mode_t modeOf(const fs::path& p) {
    struct stat st {};
    ::lstat(p.c_str(), &st);
    return st.st_mode & 07777;
}

} // namespace

// ---- 2. A failed statement aborts its whole transaction -----------------------------

TEST(TransactionAbort, OnceSQLiteRollsBackNothingMoreIsWrittenOrCommitted) {
    TempDir dir;
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    auto& db = (*store)->database();
    const std::string before = everything(**store);
    {
        auto tx = sql::Transaction::begin(db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db.exec("INSERT INTO setting VALUES ('a', 'small')").ok());
        limitGrowth(**store, 0);
        // A value far larger than a page: SQLite needs pages it may not have.
        auto big = db.prepare("INSERT INTO setting VALUES ('b', ?1)");
        big->bind(1, std::string_view(std::string(200000, 'x')));
        auto failed = big->run();
        ASSERT_FALSE(failed.ok());
        EXPECT_EQ(failed.error().code, ErrorCode::DiskFull);
        ASSERT_NE(sqlite3_get_autocommit(db.handle()), 0) << "SQLite kept the transaction";
        ASSERT_TRUE(db.abortedBy().has_value());
        // Every later step is refused with the reason, none runs in autocommit mode.
        auto later = db.exec("INSERT INTO setting VALUES ('c', 'after')");
        ASSERT_FALSE(later.ok());
        EXPECT_EQ(later.error().code, ErrorCode::DiskFull);
        EXPECT_NE(later.error().message.find("none of it was saved"), std::string::npos);
        auto nested = sql::Transaction::begin(db);
        EXPECT_FALSE(nested.ok());
        auto again = db.prepare("INSERT INTO setting VALUES ('d', 'after')");
        EXPECT_FALSE(again->run().ok());
        EXPECT_FALSE(tx->commit().ok());
    }
    EXPECT_FALSE(db.abortedBy().has_value()) << "the outermost scope ended";
    unlimited(**store);
    EXPECT_EQ(everything(**store), before);
    EXPECT_EQ(integrity(**store), "ok");
    // The connection works again afterwards.
    ASSERT_TRUE(db.exec("INSERT INTO setting VALUES ('e', 'later')").ok());
}

TEST(TransactionAbort, AnImportOnAFullDiskIsAllOrNothingAtEveryPoint) {
    TempDir dir;
    FixedClock clock(noon());
    auto source = Store::open(dir.file("a.sqlite"));
    ASSERT_TRUE(source.ok());
    ASSERT_TRUE(demo::fillLongHistory(**source, clock, 1).ok()); // a year: many pages
    auto text = exchange::toJson(**source, noon());
    ASSERT_TRUE(text.ok());
    // Into a database with data of its own (new ids) and into an empty one (ids kept).
    for (const bool withData : {true, false}) {
        const fs::path path = dir.file(withData ? "with.sqlite" : "empty.sqlite");
        auto target = Store::open(path);
        ASSERT_TRUE(target.ok());
        if (withData) {
            KnotRepository knots(**target, clock);
            Knot k{0, BodyPoint{BodyView::Back, 0.4, 0.2, "rhomboids-left", Side::Left},
                   KnotStatus::Active, noon() - std::chrono::hours(240), std::nullopt};
            ASSERT_TRUE(knots.add(k, KnotObservation{0, 0, k.createdAt, 6, 0, ""}).ok());
        }
        const std::string before = everything(**target);
        int failures = 0;
        for (int pages = 0; pages <= 400; pages += 4) {
            limitGrowth(**target, pages);
            auto result = exchange::fromJson(**target, *text, refs());
            unlimited(**target);
            if (result && result->written) {
                // Enough room at last: everything is in.
                EXPECT_GT(pages, 0);
                break;
            }
            ++failures;
            ASSERT_FALSE(result.ok()) << "a full disk is an error, not a row problem";
            EXPECT_EQ(result.error().code, ErrorCode::DiskFull) << result.error().message;
            EXPECT_EQ(everything(**target), before) << "after failing with " << pages << " pages";
            EXPECT_EQ(integrity(**target), "ok");
        }
        EXPECT_GE(failures, 8) << "the import failed at too few points to show anything";
    }
}

TEST(TransactionAbort, EveryMultiRowWriteIsAllOrNothingOnAFullDisk) {
    TempDir dir;
    FixedClock clock(noon());
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    KnotRepository knots(**store, clock);
    const std::string note(1900, 'n'); // each row needs room of its own
    int failed = 0;
    int done = 0;
    for (int round = 0; round < 60; ++round) {
        const std::string before = everything(**store);
        limitGrowth(**store, round % 3);
        Status ok;
        switch (round % 3) {
        case 0: { // a knot with its first reading
            Knot k{0, BodyPoint{BodyView::Back, 0.4, 0.2, "rhomboids-left", Side::Left},
                   KnotStatus::Active, noon() - std::chrono::hours(round + 1), std::nullopt};
            ok = knots.add(k, KnotObservation{0, 0, k.createdAt, 6, 0, note});
            break;
        }
        case 1: { // a session with the reading it leaves
            auto list = knots.listAll();
            if (!list || list->empty())
                continue;
            SelfCareSession s;
            s.techniqueId = "pressure-ball";
            s.knotId = list->front().id;
            s.regionId = "rhomboids-left";
            s.startedAt = noon() - std::chrono::minutes(round);
            s.durationSeconds = 90;
            s.tendernessBefore = 6;
            s.tendernessAfter = 4;
            s.note = note;
            ok = recordSession(**store, clock, s);
            break;
        }
        default: { // the reminder's four settings
            BreakReminderSettings r;
            r.enabled = round % 2 == 0;
            r.everyMinutes = 30 + round % 30;
            ok = saveReminder(**store, r);
            break;
        }
        }
        unlimited(**store);
        if (ok) {
            ++done;
        } else {
            ++failed;
            EXPECT_EQ(everything(**store), before) << "round " << round;
        }
        EXPECT_EQ(integrity(**store), "ok");
    }
    EXPECT_GT(failed, 5);
    EXPECT_GT(done, 5);
}

// ---- 1. One writer per database --------------------------------------------------------

TEST(WriterLock, ASecondStoreOnTheSameFileOpensReadOnlyAndSaysWhy) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    auto first = Store::open(path);
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE((*first)->readOnly());
    auto second = Store::open(path);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_TRUE((*second)->readOnly());
    EXPECT_NE((*second)->readOnlyReason().find("open in another KnotMap window (process " +
                                               std::to_string(::getpid()) + ")"),
              std::string::npos)
        << (*second)->readOnlyReason();
    // Reading works and sees the first one's commits.
    FixedClock clock(noon());
    CheckInRepository checkIns(**first, clock);
    CheckIn c;
    c.day = date(2026, 3, 14);
    c.painNow = c.painWorst = c.painLeast = c.painAverage = 3;
    ASSERT_TRUE(checkIns.add(c).ok());
    CheckInRepository reader(**second, clock);
    EXPECT_EQ(*reader.count(), 1);
    // A command that must write is refused instead.
    OpenOptions mustWrite;
    mustWrite.whenInUse = OpenOptions::WhenInUse::Refuse;
    auto refused = Store::open(path, mustWrite);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Busy);
    EXPECT_NE(refused.error().message.find("Close it first"), std::string::npos);
    // Once the first closes, the file is free again.
    first->reset();
    second->reset();
    auto third = Store::open(path, mustWrite);
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE((*third)->readOnly());
}

TEST(WriterLock, ALockLeftByAKilledProcessBlocksNoOne) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    ASSERT_TRUE(Store::open(path).ok()); // made, then closed cleanly
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto store = Store::open(path);
        char c = store && !(*store)->readOnly() ? 'y' : 'n';
        (void)!::write(ready[1], &c, 1);
        ::pause(); // holds the lock until killed
        ::_exit(0);
    }
    char c = 0;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    ASSERT_EQ(c, 'y');
    OpenOptions mustWrite;
    mustWrite.whenInUse = OpenOptions::WhenInUse::Refuse;
    EXPECT_EQ(Store::open(path, mustWrite).error().code, ErrorCode::Busy);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    // The lock file is still there, saying "open", but holds no lock.
    EXPECT_TRUE(fs::exists(WriterLock::fileFor(path)));
    EXPECT_EQ(readBytes(WriterLock::fileFor(path)).rfind("open ", 0), 0u);
    auto after = Store::open(path, mustWrite);
    ASSERT_TRUE(after.ok()) << after.error().message;
    EXPECT_FALSE((*after)->readOnly());
    EXPECT_EQ(modeOf(WriterLock::fileFor(path)), 0600u);
}

TEST(WriterLock, AWalFileKnotMapDidNotLeaveIsNeverMerged) {
    TempDir dir;
    FixedClock clock(noon());
    const auto path = dir.file("k.sqlite");
    const auto other = dir.file("copy.sqlite");
    ASSERT_TRUE(Store::open(path).ok()); // made and closed cleanly: no -wal
    fs::copy_file(path, other);
    {
        // Another copy of the same database, written while open: its -wal holds the row.
        auto copy = Store::open(other);
        ASSERT_TRUE(copy.ok());
        CheckInRepository checkIns(**copy, clock);
        CheckIn c;
        c.day = date(2026, 3, 14);
        c.painNow = c.painWorst = c.painLeast = c.painAverage = 7;
        ASSERT_TRUE(checkIns.add(c).ok());
        ASSERT_GT(fs::file_size(other.string() + "-wal"), 0u);
        fs::copy_file(other.string() + "-wal", path.string() + "-wal");
    }
    const std::string db = readBytes(path);
    const std::string wal = readBytes(path.string() + "-wal");
    auto opened = Store::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Conflict);
    EXPECT_NE(opened.error().message.find("did not leave it there"), std::string::npos);
    EXPECT_EQ(readBytes(path), db);
    EXPECT_EQ(readBytes(path.string() + "-wal"), wal);
}

// ---- 3. One way to write every file ----------------------------------------------------

TEST(OutputFiles, NeverTheDatabaseItsWorkingFilesOrItsBackups) {
    TempDir dir;
    FixedClock clock(noon());
    const auto path = dir.file("k.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(backup::make((*store)->database(), path, noon()).ok());
    const files::Protected keep(path);
    const std::string db = readBytes(path);
    fs::create_hard_link(path, dir.file("hard-link.sqlite"));
    const fs::path spelledOtherwise = dir.path() / "." / "k.sqlite";
    for (const fs::path& target :
         {path, spelledOtherwise, dir.file("hard-link.sqlite"), dir.file("k.sqlite-wal"),
          dir.file("k.sqlite-shm"), dir.file("k.sqlite-journal"), backup::folderFor(path) / "x.pdf",
          backup::folderFor(path)}) {
        auto written = files::writeFile(target, "%PDF", keep);
        ASSERT_FALSE(written.ok()) << target;
        EXPECT_EQ(written.error().code, ErrorCode::InvalidInput);
        EXPECT_NE(written.error().message.find("Nothing was written"), std::string::npos);
    }
    EXPECT_EQ(readBytes(path), db);
    EXPECT_FALSE(fs::exists(dir.file("k.sqlite-journal")));
    EXPECT_FALSE(fs::exists(backup::folderFor(path) / "x.pdf"));
    // CSV: neither into the backup folder nor as the database.
    EXPECT_FALSE(exchange::toCsv(**store, backup::folderFor(path), keep).ok());
    EXPECT_FALSE(exchange::toCsv(**store, path, keep).ok());
    EXPECT_EQ(readBytes(path), db);
}

TEST(OutputFiles, NotThroughALinkNotOntoAFolderAndOwnerOnly) {
    TempDir dir;
    writeBytes(dir.file("precious.txt"), "keep me");
    fs::create_symlink(dir.file("precious.txt"), dir.file("link.pdf"));
    auto linked = files::writeFile(dir.file("link.pdf"), "%PDF");
    ASSERT_FALSE(linked.ok());
    EXPECT_NE(linked.error().message.find("symbolic link"), std::string::npos);
    EXPECT_EQ(readBytes(dir.file("precious.txt")), "keep me");
    EXPECT_TRUE(fs::is_symlink(dir.file("link.pdf")));

    fs::create_directory(dir.file("folder"));
    auto folder = files::writeFile(dir.file("folder"), "%PDF");
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.error().message.find("it is a folder"), std::string::npos);
    EXPECT_EQ(folder.error().message.find("Success"), std::string::npos);

    // A file written, then replaced whole: 0600 both times, even over a 0644 file.
    writeBytes(dir.file("out.json"), "old");
    ::chmod(dir.file("out.json").c_str(), 0644);
    ASSERT_TRUE(files::writeFile(dir.file("out.json"), "new").ok());
    EXPECT_EQ(readBytes(dir.file("out.json")), "new");
    EXPECT_EQ(modeOf(dir.file("out.json")), 0600u);
    // Nothing temporary is left beside it.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path()))
        ++entries;
    EXPECT_EQ(entries, 4); // precious.txt, link.pdf, folder, out.json
}

TEST(OutputFiles, AnUnfinishedFileNeverReplacesTheOldOne) {
    TempDir dir;
    writeBytes(dir.file("summary.pdf"), "the old summary");
    {
        auto out = files::OutputFile::create(dir.file("summary.pdf"));
        ASSERT_TRUE(out.ok());
        ASSERT_TRUE(out->write("half a new").ok());
        EXPECT_EQ(modeOf(out->temporary()), 0600u);
        EXPECT_EQ(out->temporary().parent_path(), dir.path());
    } // no commit: as when writing fails part way
    EXPECT_EQ(readBytes(dir.file("summary.pdf")), "the old summary");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path()))
        ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(OutputFiles, ACsvExportAppearsWholeAndReplacesOnlyAnEarlierExport) {
    TempDir dir;
    FixedClock clock(noon());
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(demo::fillDemoHistory(**store, clock).ok());
    const auto csv = dir.file("csv");
    ASSERT_TRUE(exchange::toCsv(**store, csv).ok());
    EXPECT_EQ(modeOf(csv), 0700u);
    EXPECT_EQ(modeOf(csv / "check_in.csv"), 0600u);
    // Again over it: replaced in one step.
    writeBytes(csv / "check_in.csv", "stale");
    ASSERT_TRUE(exchange::toCsv(**store, csv).ok());
    EXPECT_NE(readBytes(csv / "check_in.csv"), "stale");
    // A folder holding anything else is refused and left as it was.
    fs::create_directory(dir.file("documents"));
    writeBytes(dir.file("documents") / "letter.txt", "mine");
    auto refused = exchange::toCsv(**store, dir.file("documents"));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("already holds other files"), std::string::npos);
    EXPECT_EQ(readBytes(dir.file("documents") / "letter.txt"), "mine");
    EXPECT_FALSE(fs::exists(dir.file("documents") / "check_in.csv"));
    // No temporary folder is left anywhere.
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename().string().find(".knotmap-"), std::string::npos) << e.path();
}

// ---- 4. Import accepts only what export writes -----------------------------------------

namespace {
struct ImportCase {
    const char* what;
    std::function<void(nlohmann::json&)> change;
    const char* problem; // part of the rule listed
};

nlohmann::json demoExport(Store& store, const Clock& clock) {
    EXPECT_TRUE(demo::fillDemoHistory(store, clock).ok());
    return nlohmann::json::parse(*exchange::toJson(store, noon()));
}
} // namespace

TEST(StrictImport, EachLooseValueIsRefusedWithItsPlaceAndNothingIsWritten) {
    TempDir dir;
    FixedClock clock(noon());
    auto source = Store::open(dir.file("a.sqlite"));
    ASSERT_TRUE(source.ok());
    const nlohmann::json good = demoExport(**source, clock);
    auto target = Store::open(dir.file("b.sqlite"));
    ASSERT_TRUE(target.ok());
    // The person's own data, knot 1 among it.
    KnotRepository knots(**target, clock);
    Knot own{0, BodyPoint{BodyView::Back, 0.41, 0.21, "rhomboids-left", Side::Left},
             KnotStatus::Active, noon() - std::chrono::hours(500), std::nullopt};
    ASSERT_TRUE(knots.add(own, KnotObservation{0, 0, own.createdAt, 6, 0, ""}).ok());
    const std::string before = everything(**target);

    const std::vector<ImportCase> cases = {
        {"a note with a NUL and 50 MB after it",
         [](auto& d) {
             d["tables"]["knot_observation"][0]["note"] =
                 std::string("\0", 1) + std::string(50 * 1024 * 1024, 'x');
         },
         "NUL"},
        {"a knot id as text", [](auto& d) { d["tables"]["knot_observation"][0]["knot_id"] = "1"; },
         "whole number"},
        {"a knot id as 1.0", [](auto& d) { d["tables"]["knot_observation"][0]["knot_id"] = 1.0; },
         "whole number"},
        {"a region KnotMap does not know",
         [](auto& d) { d["tables"]["knot"][0]["region_id"] = "elbow-of-the-moon"; },
         "names nothing KnotMap knows"},
        {"a technique KnotMap does not know",
         [](auto& d) { d["tables"]["self_care_session"][0]["technique_id"] = "magic"; },
         "names nothing KnotMap knows"},
        {"a question KnotMap does not know",
         [](auto& d) { d["tables"]["red_flag_answer"][0]["question_id"] = "Z9"; },
         "names nothing KnotMap knows"},
        {"a duplicate knot id",
         [](auto& d) {
             auto copy = d["tables"]["knot"][0];
             copy["created_at"] = copy["created_at"].template get<std::int64_t>() + 1;
             d["tables"]["knot"].push_back(copy);
         },
         "appears twice"},
        {"a time of 2^64-1",
         [](auto& d) {
             d["tables"]["knot"][0]["created_at"] = std::numeric_limits<std::uint64_t>::max();
         },
         "too large"},
        {"a time before 1970", [](auto& d) { d["tables"]["knot"][0]["created_at"] = -5; },
         "between 1970 and 9999"},
        {"a reading of a knot not in the file",
         [](auto& d) { d["tables"]["knot_observation"][0]["knot_id"] = 999; }, "not in the file"},
        {"schema 2^32+1", [](auto& d) { d["schema"] = 4294967297LL; }, "schema"},
        {"a version as text", [](auto& d) { d["version"] = "1"; }, "version"},
    };
    for (const auto& c : cases) {
        nlohmann::json doc = good;
        c.change(doc);
        auto result = exchange::fromJson(**target, doc.dump(), refs());
        ASSERT_TRUE(result.ok()) << c.what << ": " << result.error().message;
        EXPECT_FALSE(result->written) << c.what;
        ASSERT_FALSE(result->problems.empty()) << c.what;
        const bool listed =
            std::any_of(result->problems.begin(), result->problems.end(), [&](const auto& p) {
                return (p.where + p.rule).find(c.problem) != std::string::npos;
            });
        EXPECT_TRUE(listed) << c.what << ": " << result->problems.front().where << ": "
                            << result->problems.front().rule;
        EXPECT_EQ(everything(**target), before) << c.what;
    }
}

TEST(StrictImport, AFileImportedTwiceAddsNothingTheSecondTime) {
    TempDir dir;
    FixedClock clock(noon());
    auto source = Store::open(dir.file("a.sqlite"));
    ASSERT_TRUE(source.ok());
    nlohmann::json doc = demoExport(**source, clock);
    doc["tables"]["check_in"] = nlohmann::json::array(); // knots and sessions only
    auto target = Store::open(dir.file("b.sqlite"));
    ASSERT_TRUE(target.ok());
    CheckInRepository checkIns(**target, clock);
    CheckIn c;
    c.day = date(2026, 3, 15);
    c.painNow = c.painWorst = c.painLeast = c.painAverage = 2;
    ASSERT_TRUE(checkIns.add(c).ok()); // data of its own: ids are not kept
    auto first = exchange::fromJson(**target, doc.dump(), refs());
    ASSERT_TRUE(first.ok() && first->written);
    const std::string once = everything(**target);
    for (int again = 0; again < 2; ++again) {
        auto repeat = exchange::fromJson(**target, doc.dump(), refs());
        ASSERT_TRUE(repeat.ok() && repeat->written);
        int rows = 0;
        for (const auto& [table, n] : repeat->rows)
            rows += n;
        EXPECT_EQ(rows, 0);
        EXPECT_GT(repeat->alreadyThere, 100);
        EXPECT_EQ(everything(**target), once) << "the knots were doubled";
    }
}

// ---- 5. Demo data never replaces real data ---------------------------------------------

TEST(DemoSafety, TheMarkerIsNeverImportedAndRealDataIsNeverRebuilt) {
    TempDir dir;
    FixedClock clock(noon());
    const auto demoPath = dir.file("demo.sqlite");
    auto demoStore = demo::open(demoPath, clock);
    ASSERT_TRUE(demoStore.ok()) << demoStore.error().message;
    auto text = exchange::toJson(**demoStore, noon());
    demoStore->reset();

    // A real database that imported a demo export carries no demo marker...
    const auto real = dir.file("real.sqlite");
    {
        auto store = Store::open(real);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(exchange::fromJson(**store, *text, refs())->written);
        EXPECT_FALSE(*demo::isDemo(**store));
    }
    // ...so --demo refuses to rebuild it, and it is left byte for byte.
    const std::string bytes = readBytes(real);
    auto refused = demo::open(real, clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_NE(refused.error().message.find("It was not changed"), std::string::npos);
    EXPECT_EQ(readBytes(real), bytes);

    // A demo someone changed (here: a check-in removed) is real data now.
    {
        auto store = Store::open(demoPath);
        ASSERT_TRUE(store.ok());
        EXPECT_TRUE(*demo::holdsOnlyTheDemo(**store));
        CheckInRepository checkIns(**store, clock);
        ASSERT_TRUE(
            checkIns.remove(checkIns.between({date(2026, 1, 1), date(2026, 3, 15)})->back().id)
                .ok());
        EXPECT_FALSE(*demo::holdsOnlyTheDemo(**store));
    }
    EXPECT_FALSE(demo::open(demoPath, clock).ok());

    // A pristine demo is rebuilt, after a backup of what it held.
    const auto fresh = dir.file("fresh.sqlite");
    ASSERT_TRUE(demo::open(fresh, clock).ok());
    auto rebuilt = demo::open(fresh, clock);
    ASSERT_TRUE(rebuilt.ok()) << rebuilt.error().message;
    EXPECT_TRUE(*demo::holdsOnlyTheDemo(**rebuilt));
    auto backups = backup::list(fresh);
    ASSERT_EQ(backups->size(), 1u);
    EXPECT_EQ(backups->front().tag, "before-demo");
}

// ---- 6. What is opened is checked; damage is never backed up ---------------------------

namespace {
// Stores a pain score of 71 in one check-in, past the schema's CHECK, as a changed byte
// on the disk would.
void damage(Store& store) {
    ASSERT_TRUE(store.database()
                    .exec("PRAGMA ignore_check_constraints = ON; UPDATE check_in SET pain_now "
                          "= 71 WHERE id = (SELECT min(id) FROM check_in); "
                          "PRAGMA ignore_check_constraints = OFF")
                    .ok());
}
} // namespace

TEST(BackupSafety, ADamagedDatabaseIsNeverBackedUpAndEveryGoodBackupIsKept) {
    TempDir dir;
    FixedClock clock(noon());
    const auto path = dir.file("k.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(demo::fillDemoHistory(**store, clock).ok());
    // Seven good days of backups.
    for (int day = 7; day >= 1; --day) {
        clock.set(noon() - std::chrono::hours(24 * day));
        ASSERT_TRUE(backup::makeDailyIfDue(**store, clock).ok());
    }
    ASSERT_EQ(backup::list(path)->size(), 7u);
    damage(**store);
    EXPECT_EQ(backup::checkEveryRule((*store)->database()).error().code, ErrorCode::Corrupt);
    // A week of the damaged database pushes nothing out.
    for (int day = 0; day < 7; ++day) {
        clock.set(noon() + std::chrono::hours(24 * day));
        auto daily = backup::makeDailyIfDue(**store, clock);
        ASSERT_FALSE(daily.ok());
        EXPECT_EQ(daily.error().code, ErrorCode::Corrupt);
        EXPECT_NE(daily.error().message.find("every earlier backup is kept"), std::string::npos);
    }
    auto kept = backup::list(path);
    ASSERT_EQ(kept->size(), 7u);
    for (const auto& e : *kept) {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto copy = Store::open(e.path, readOnly);
        ASSERT_TRUE(copy.ok());
        EXPECT_TRUE(backup::checkEveryRule((*copy)->database()).ok()) << e.path;
    }
    auto manual = backup::make((*store)->database(), path, clock.now(), backup::kManualTag);
    EXPECT_FALSE(manual.ok());
}

TEST(BackupSafety, ADamagedDatabaseCanStillBeRestoredAndIsKeptAsItWas) {
    TempDir dir;
    FixedClock clock(noon());
    const auto path = dir.file("k.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(demo::fillDemoHistory(**store, clock).ok());
    auto good = backup::make((*store)->database(), path, noon() - std::chrono::hours(24));
    ASSERT_TRUE(good.ok());
    damage(**store);
    // The banner's advice: restore an earlier backup. The damaged data is kept first.
    auto restored = backup::restore(**store, *good, noon());
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_TRUE(backup::checkEveryRule((*store)->database()).ok());
    auto all = backup::list(path);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->front().tag, "before-restore");
    auto kept = sql::Database::open(all->front().path, sql::Database::Access::ReadOnly);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(*kept->queryInt("SELECT max(pain_now) FROM check_in"), 71) << "kept as it was";
}

TEST(BackupSafety, ManualBackupsAreKeptBesideTheRotation) {
    TempDir dir;
    FixedClock clock(noon());
    const auto path = dir.file("k.sqlite");
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(backup::makeDailyIfDue(**store, clock).ok()); // the start-up one
    clock.advance(std::chrono::hours(2));
    ASSERT_TRUE(backup::make((*store)->database(), path, clock.now(), backup::kManualTag).ok());
    // Pressed again within the same second: a second copy, under a name of its own.
    auto twice = backup::make((*store)->database(), path, clock.now(), backup::kManualTag);
    ASSERT_TRUE(twice.ok()) << twice.error().message;
    ASSERT_TRUE(backup::rotate(path).ok());
    auto all = backup::list(path);
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].madeAt, (*all)[1].madeAt);
    fs::remove(*twice);
    all = backup::list(path);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].tag, backup::kManualTag);
    EXPECT_EQ((*all)[1].tag, "");
    // Only the newest manual ones are kept, never by pushing out a regular one.
    for (int i = 0; i < backup::kManualKept + 3; ++i) {
        clock.advance(std::chrono::minutes(1));
        ASSERT_TRUE(backup::make((*store)->database(), path, clock.now(), backup::kManualTag).ok());
    }
    ASSERT_TRUE(backup::rotate(path).ok());
    all = backup::list(path);
    int manual = 0;
    int regular = 0;
    for (const auto& e : *all)
        (e.tag == backup::kManualTag ? manual : regular) += 1;
    EXPECT_EQ(manual, backup::kManualKept);
    EXPECT_EQ(regular, 1);
}

// ---- Stored data keeps its meaning: an upgrade from a saved schema-2 database --------

namespace {

// As the app opens a database: with the body map still being read on another thread,
// which an update waits for when it needs it. `asked` counts how often it was asked for.
Result<std::unique_ptr<Store>> openWithTheAtlas(const fs::path& path, int* asked = nullptr) {
    const std::shared_future<const BodyAtlas*> reading =
        std::async(std::launch::async, [] { return &shippedAtlas(); }).share();
    OpenOptions options;
    options.atlas = AtlasSource([reading, asked] {
        if (asked != nullptr)
            ++*asked;
        return reading.get();
    });
    return Store::open(path, options);
}

} // namespace

TEST(Upgrade, ACurrentDatabaseOpensWithoutWaitingForTheBodyMap) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    int asked = 0;
    ASSERT_TRUE(openWithTheAtlas(path, &asked).ok());
    ASSERT_TRUE(openWithTheAtlas(path, &asked).ok());
    EXPECT_EQ(asked, 0);
    // An old one with pain marks to move onto the figure's places waits for it.
    const auto old = dir.file("old.sqlite");
    fs::copy_file(KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema3-marks.sqlite", old);
    ::chmod(old.c_str(), 0600);
    auto store = openWithTheAtlas(old, &asked);
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_GE(asked, 1);
    EXPECT_EQ(*(*store)->database().queryInt("PRAGMA user_version"), Store::kSchemaVersion);
}

TEST(Upgrade, ASavedVersion2DatabaseOpensWithEverythingKept) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    fs::copy_file(KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema2-demo.sqlite", path);
    ::chmod(path.c_str(), 0600);
    std::map<std::string, std::int64_t> counts;
    std::string checkIns;
    {
        auto old = sql::Database::open(path, sql::Database::Access::ReadOnly);
        ASSERT_TRUE(old.ok());
        ASSERT_EQ(*old->queryInt("PRAGMA user_version"), 2);
        for (const char* table : exchange::kTables)
            counts[table] = *old->queryInt(std::string("SELECT count(*) FROM ") + table);
        auto all = old->prepare("SELECT group_concat(day || pain_now || pain_worst || note) "
                                "FROM (SELECT * FROM check_in ORDER BY id)");
        ASSERT_TRUE(*all->step());
        checkIns = all->text(0);
    }
    ASSERT_GT(counts["check_in"], 50);
    auto store = openWithTheAtlas(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto& db = (*store)->database();
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Store::kSchemaVersion);
    for (const char* table : exchange::kTables)
        EXPECT_EQ(*db.queryInt(std::string("SELECT count(*) FROM ") + table), counts[table])
            << table;
    auto all = db.prepare("SELECT group_concat(day || pain_now || pain_worst || note) "
                          "FROM (SELECT * FROM check_in ORDER BY id)");
    ASSERT_TRUE(*all->step());
    EXPECT_EQ(all->text(0), checkIns);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM check_in WHERE revision <> 0"), 0);
    EXPECT_TRUE(backup::checkEveryRule(db).ok());
    auto backups = backup::list(path);
    ASSERT_EQ(backups->size(), 1u);
    EXPECT_EQ(backups->front().tag, "before-v" + std::to_string(Store::kSchemaVersion));
}

// ---- Schema 3 to 4: every pain mark onto the figure's places, no knot moved -----------

namespace {

struct Mark {
    std::int64_t id;
    std::string view;
    double x;
    double y;
    std::string place;
    std::string side;
};

std::vector<Mark> marksIn(sql::Database& db, const char* table) {
    std::vector<Mark> out;
    auto rows = db.prepare(std::string("SELECT id, view, x, y, region_id, side FROM ") + table +
                           " ORDER BY id");
    while (*rows->step())
        out.push_back({rows->int64(0), rows->text(1), rows->real(2), rows->real(3), rows->text(4),
                       rows->text(5)});
    return out;
}

} // namespace

TEST(Upgrade, ASavedVersion5DatabaseKeepsEachKnotsMuscle) {
    // Saved by the schema-5 app (knots imported through its `import` command): knots in
    // regions that schema 6 split or renamed, a session and two answers under those ids.
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    fs::copy_file(KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema5-regions.sqlite", path);
    ::chmod(path.c_str(), 0600);
    std::vector<Mark> oldKnots;
    {
        auto old = sql::Database::open(path, sql::Database::Access::ReadOnly);
        ASSERT_EQ(*old->queryInt("PRAGMA user_version"), 5);
        oldKnots = marksIn(*old, "knot");
    }
    ASSERT_EQ(oldKnots.size(), 8u);
    auto store = openWithTheAtlas(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto& db = (*store)->database();
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Store::kSchemaVersion);
    const std::vector<std::string> expected{
        "teres-minor-left",        "rhomboids-right",        "wrist-extensors-radial-left",
        "splenius-cervicis-right", "deltoid-posterior-left", "deltoid-anterior-right",
        "upper-trapezius-left",    "gluteus-medius-right"};
    const auto knots = marksIn(db, "knot");
    ASSERT_EQ(knots.size(), expected.size());
    for (std::size_t i = 0; i < knots.size(); ++i) {
        EXPECT_EQ(knots[i].place, expected[i]);
        EXPECT_EQ(knots[i].side, oldKnots[i].side);
        // Its muscle is the old region's first one, and its marker sits on that muscle.
        const BodyRegion* r = shippedAtlas().find(knots[i].place);
        ASSERT_NE(r, nullptr) << knots[i].place;
        EXPECT_TRUE(r->contains({knots[i].x, knots[i].y})) << knots[i].place;
    }
    EXPECT_EQ(shippedAtlas().find("teres-minor-left")->muscles,
              std::vector<std::string>{"teres-minor"});
    auto sessions = db.prepare("SELECT region_id FROM self_care_session ORDER BY id");
    ASSERT_TRUE(*sessions->step());
    EXPECT_EQ(sessions->text(0), "rhomboids-right");
    ASSERT_TRUE(*sessions->step());
    EXPECT_EQ(sessions->text(0), "splenius-cervicis-right");
    auto answers = db.prepare("SELECT region_id FROM red_flag_answer ORDER BY id");
    ASSERT_TRUE(*answers->step());
    EXPECT_EQ(answers->text(0), "splenius-cervicis-right");
    ASSERT_TRUE(*answers->step());
    EXPECT_EQ(answers->text(0), "rhomboids-right");
    // Nothing was lost: every observation and status change is still there.
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM knot_observation"), 8);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM knot_status_change"), 8);
}

TEST(Upgrade, ASavedVersion6DatabaseKeepsItsPainMarksWithNoStrengthSaid) {
    // Saved by the schema-6 app: a current mark and an eased one.
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    fs::copy_file(KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema6-marks.sqlite", path);
    ::chmod(path.c_str(), 0600);
    {
        auto old = sql::Database::open(path, sql::Database::Access::ReadOnly);
        ASSERT_EQ(*old->queryInt("PRAGMA user_version"), 6);
    }
    auto store = openWithTheAtlas(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    FixedClock clock(noon());
    PainAreaRepository repo(**store, clock);
    const auto all =
        repo.listNotedIn({Timestamp{}, Timestamp{} + std::chrono::hours{24 * 365 * 100}});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].place.regionId, "temple-left");
    EXPECT_TRUE((*all)[0].worst);
    EXPECT_EQ((*all)[0].kinds, Aching);
    EXPECT_EQ((*all)[0].intensity, std::nullopt);
    EXPECT_TRUE((*all)[1].clearedAt.has_value());
    EXPECT_EQ((*all)[1].intensity, std::nullopt);
}

TEST(Upgrade, AVersion5ExportImportsUnderTheNewRegionIds) {
    TempDir dir;
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    const auto text = readBytes(KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema5-export.json");
    auto result = exchange::fromJson(**store, text,
                                     exchange::referencesOf(shippedAtlas(), shippedKnowledge()));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_TRUE(result->problems.empty())
        << result->problems[0].where << ": " << result->problems[0].rule;
    EXPECT_TRUE(result->written);
    auto knots = (*store)->database().prepare("SELECT region_id FROM knot ORDER BY id");
    ASSERT_TRUE(*knots->step());
    EXPECT_EQ(knots->text(0), "teres-minor-left");
    ASSERT_TRUE(*knots->step());
    EXPECT_EQ(knots->text(0), "rhomboids-right");
    // As the database update does, each knot sits on its muscle's new shape.
    auto all = (*store)->database().prepare("SELECT region_id, x, y FROM knot ORDER BY id");
    int count = 0;
    while (*all->step()) {
        const BodyRegion* r = shippedAtlas().find(all->text(0));
        ASSERT_NE(r, nullptr) << all->text(0);
        EXPECT_TRUE(r->contains({all->real(1), all->real(2)})) << all->text(0);
        ++count;
    }
    EXPECT_EQ(count, 8);
}

TEST(Upgrade, ASavedVersion3DatabaseBringsEveryPainMarkOntoThePlaces) {
    TempDir dir;
    const auto path = dir.file("k.sqlite");
    fs::copy_file(KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema3-marks.sqlite", path);
    ::chmod(path.c_str(), 0600);
    std::vector<Mark> oldKnots;
    std::vector<Mark> oldMarks;
    {
        auto old = sql::Database::open(path, sql::Database::Access::ReadOnly);
        ASSERT_EQ(*old->queryInt("PRAGMA user_version"), 3);
        oldKnots = marksIn(*old, "knot");
        oldMarks = marksIn(*old, "pain_area");
    }
    ASSERT_EQ(oldMarks.size(), 7u);
    // Without the body map the update cannot place the marks: refused, nothing changed.
    {
        auto refused = Store::open(path);
        ASSERT_FALSE(refused.ok());
        auto old = sql::Database::open(path, sql::Database::Access::ReadOnly);
        EXPECT_EQ(*old->queryInt("PRAGMA user_version"), 3);
    }
    auto store = openWithTheAtlas(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto& db = (*store)->database();
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Store::kSchemaVersion);
    // Knots keep their region, side and point, and the point is still in the region.
    const auto knots = marksIn(db, "knot");
    ASSERT_EQ(knots.size(), oldKnots.size());
    for (std::size_t i = 0; i < knots.size(); ++i) {
        // Schema 6 renamed some regions, and moves a point its muscle's new shape no
        // longer covers just inside it.
        EXPECT_EQ(knots[i].place,
                  BodyAtlas::renamedRegion(oldKnots[i].place).value_or(oldKnots[i].place));
        const BodyRegion* r = shippedAtlas().find(knots[i].place);
        ASSERT_NE(r, nullptr) << knots[i].place;
        EXPECT_TRUE(r->contains({knots[i].x, knots[i].y})) << knots[i].place;
    }
    // Every pain mark is kept, lies in the place it names, on the body part it was on.
    const auto marks = marksIn(db, "pain_area");
    ASSERT_EQ(marks.size(), oldMarks.size());
    const std::map<std::string, std::string> expected{
        {"temporalis-left", "temple-left"},
        {"suboccipitals-left", "base-of-skull-left"},
        {"rhomboids-left", "beside-shoulder-blade-left"},
        {"gluteus-medius-right", "upper-buttock-right"},
        {"unmapped-front-right", "kneecap-right"},
    };
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const Mark& was = oldMarks[i];
        const Mark& now = marks[i];
        EXPECT_EQ(now.id, was.id);
        EXPECT_EQ(now.view, was.view);
        EXPECT_EQ(now.side, was.side) << was.place;
        const BodyPlace* place = shippedAtlas().placeAt(*bodyViewFrom(now.view), {now.x, now.y});
        ASSERT_NE(place, nullptr) << was.place;
        EXPECT_EQ(place->id, now.place);
        if (auto it = expected.find(was.place); it != expected.end()) {
            EXPECT_EQ(now.place, it->second);
            EXPECT_EQ(now.x, was.x); // on the body as it was: not moved
            EXPECT_EQ(now.y, was.y);
        }
    }
    // Points the new figure leaves off the body move only a little, onto the same part:
    // the old mitten's palm onto the hand, the old foot seen from behind onto the foot.
    EXPECT_EQ(shippedAtlas().place(marks[4].place)->part, BodyPart::Hand) << marks[4].place;
    EXPECT_EQ(shippedAtlas().place(marks[5].place)->part, BodyPart::Foot) << marks[5].place;
    for (std::size_t i : {4u, 5u})
        EXPECT_LT(std::hypot(marks[i].x - oldMarks[i].x, marks[i].y - oldMarks[i].y), 0.03);
    // Schema 5: marks from before say nothing of how the pain feels.
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM pain_area WHERE kinds <> 0"), 0);
    EXPECT_TRUE(backup::checkEveryRule(db).ok());
    // A copy before each try: the refused one, and the one that brought it up to date.
    auto backups = backup::list(path);
    ASSERT_EQ(backups->size(), 2u);
    const std::string tag = "before-v" + std::to_string(Store::kSchemaVersion);
    for (const auto& b : *backups)
        EXPECT_TRUE(b.tag.starts_with(tag)) << b.tag;
}

// ---- A sample written by an older KnotMap is still the sample after the update --------

TEST(Upgrade, AnOlderSampleIsStillTheSampleAfterItsUpdate) {
    TempDir dir;
    const auto path = dir.file(demo::kFileName);
    const auto fixture = KNOTMAP_SOURCE_DIR "/tests/core/fixtures/schema3-demo.sqlite";
    fs::copy_file(fixture, path);
    ::chmod(path.c_str(), 0600);
    {
        auto old = sql::Database::open(path, sql::Database::Access::ReadOnly);
        ASSERT_EQ(*old->queryInt("PRAGMA user_version"), 3);
    }
    // The update rewrites the sample's pain marks (schema 4) and adds a column (5); the
    // sample is still recognised, so the demo may be rebuilt over it.
    {
        auto store = openWithTheAtlas(path);
        ASSERT_TRUE(store.ok()) << store.error().message;
        EXPECT_GT(*(*store)->database().queryInt("SELECT count(*) FROM pain_area"), 0);
        EXPECT_TRUE(*demo::holdsOnlyTheDemo(**store));
    }
    FixedClock clock(noon());
    auto rebuilt = demo::open(path, clock, &shippedAtlas());
    ASSERT_TRUE(rebuilt.ok()) << rebuilt.error().message;
    EXPECT_TRUE(*demo::holdsOnlyTheDemo(**rebuilt));

    // An older sample that someone added to stays their data through the update.
    const auto changed = dir.file("changed.sqlite");
    fs::copy_file(fixture, changed);
    ::chmod(changed.c_str(), 0600);
    {
        auto old = sql::Database::open(changed, sql::Database::Access::ReadWrite);
        ASSERT_TRUE(old->exec("UPDATE check_in SET note = 'my own words' WHERE id = 1").ok());
    }
    {
        auto store = openWithTheAtlas(changed);
        ASSERT_TRUE(store.ok()) << store.error().message;
        EXPECT_FALSE(*demo::holdsOnlyTheDemo(**store));
    }
    auto refused = demo::open(changed, clock, &shippedAtlas());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
}
