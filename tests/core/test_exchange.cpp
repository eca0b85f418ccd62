#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "knotmap/exchange.h"
#include "test_support.h"

#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace knotmap;
using namespace knotmap::test;

using ExchangeTest = StoreFixture;

TEST_F(ExchangeTest, JsonHoldsEveryTableRowAndValue) {
    ASSERT_TRUE(demo::fillDemoHistory(*store, clock).ok());
    auto text = exchange::toJson(*store, noon());
    ASSERT_TRUE(text.ok()) << text.error().message;
    const auto doc = nlohmann::json::parse(*text);
    EXPECT_EQ(doc["format"], "knotmap-export");
    EXPECT_EQ(doc["version"], 1);
    EXPECT_EQ(doc["schema"], Store::kSchemaVersion);
    EXPECT_EQ(doc["exported_at"], "2026-03-15T12:00:00Z");
    for (const char* table : exchange::kTables) {
        const auto count =
            *store->database().queryInt(std::string("SELECT count(*) FROM ") + table);
        EXPECT_EQ(static_cast<std::int64_t>(doc["tables"][table].size()), count) << table;
    }
    const auto& first = doc["tables"]["check_in"][0];
    EXPECT_TRUE(first["pain_now"].is_number_integer());
    EXPECT_TRUE(first["sitting_hours"].is_number() || first["sitting_hours"].is_null());
    EXPECT_TRUE(first["day"].is_string());
    EXPECT_TRUE(doc["tables"]["knot"][0]["resolved_at"].is_null() ||
                doc["tables"]["knot"][0]["resolved_at"].is_number_integer());
}

TEST_F(ExchangeTest, CsvQuotesWhatNeedsQuotingAndLeavesNullEmpty) {
    CheckInRepository checkIns(*store, clock);
    CheckIn c;
    c.day = date(2026, 3, 10);
    c.painNow = c.painAverage = c.painWorst = c.painLeast = 3;
    c.note = "stiff, \"tight\"\nafter driving";
    ASSERT_TRUE(checkIns.add(c).ok());
    ASSERT_TRUE(exchange::toCsv(*store, dir.file("csv")).ok());
    const std::string text = readBytes(dir.file("csv") / "check_in.csv");
    EXPECT_EQ(text.substr(0, text.find("\r\n")).substr(0, 19), "id,day,pain_now,pai");
    EXPECT_NE(text.find(",,"), std::string::npos) << "a NULL is an empty field";
    EXPECT_NE(text.find("\"stiff, \"\"tight\"\"\nafter driving\""), std::string::npos);
    // Every table has its file, even when empty, with its header.
    for (const char* table : exchange::kTables)
        EXPECT_FALSE(readBytes(dir.file("csv") / (std::string(table) + ".csv")).empty()) << table;
    struct stat st {};
    ::stat((dir.file("csv") / "check_in.csv").c_str(), &st);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(ExchangeFiles, AFailedWriteLeavesNothingBehind) {
    TempDir dir;
    const auto target = dir.file("missing-folder") / "x.json";
    // The folder is created; writing then works.
    ASSERT_TRUE(exchange::writeFile(target, "{}").ok());
    EXPECT_EQ(readBytes(target), "{}");
    // Into a path that is a folder: refused, the folder untouched, no partial file left.
    std::filesystem::create_directory(dir.file("afolder"));
    auto failed = exchange::writeFile(dir.file("afolder"), "{}");
    EXPECT_FALSE(failed.ok());
    EXPECT_TRUE(std::filesystem::is_directory(dir.file("afolder")));
    EXPECT_FALSE(std::filesystem::exists(dir.file("afolder.partial")));
}
