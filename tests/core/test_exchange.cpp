// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "knotmap/exchange.h"
#include "knotmap/files.h"
#include "knotmap/knots.h"
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
    const auto target = dir.file("x.json");
    ASSERT_TRUE(files::writeFile(target, "{}").ok());
    EXPECT_EQ(readBytes(target), "{}");
    // Into a folder that does not exist: refused with the reason; no folder is made.
    auto missing = files::writeFile(dir.file("missing-folder") / "x.json", "{}");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir.file("missing-folder")));
    // Into a path that is a folder: refused, the folder untouched, no partial file left.
    std::filesystem::create_directory(dir.file("afolder"));
    auto failed = files::writeFile(dir.file("afolder"), "{}");
    EXPECT_FALSE(failed.ok());
    EXPECT_TRUE(std::filesystem::is_directory(dir.file("afolder")));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2)
        << "nothing but the two";
}

TEST(ExchangeImport, ExportThenImportReproducesTheDataExactly) {
    TempDir dir;
    FixedClock clock(noon());
    auto source = Store::open(dir.file("a.sqlite"));
    ASSERT_TRUE(source.ok());
    ASSERT_TRUE(demo::fillDemoHistory(**source, clock).ok());
    auto text = exchange::toJson(**source, noon());
    ASSERT_TRUE(text.ok());
    auto target = Store::open(dir.file("b.sqlite"));
    ASSERT_TRUE(target.ok());
    auto imported = exchange::fromJson(**target, *text, refs());
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    ASSERT_TRUE(imported->written)
        << imported->problems.front().where << ": " << imported->problems.front().rule;
    auto again = exchange::toJson(**target, noon());
    ASSERT_TRUE(again.ok());
    // Exactly, but for the demo marker, which is never imported.
    auto expected = nlohmann::json::parse(*text);
    auto& settings = expected["tables"]["setting"];
    ASSERT_EQ(settings.size(), 1u);
    EXPECT_EQ(settings[0]["key"], "demo");
    settings = nlohmann::json::array();
    EXPECT_EQ(nlohmann::json::parse(*again), expected);
    ASSERT_TRUE(demo::isDemo(**target).ok());
    EXPECT_FALSE(*demo::isDemo(**target));
    EXPECT_GT(imported->rows.size(), 5u);
}

TEST(ExchangeImport, AnyBadRowMeansNothingIsWrittenAndEachIsListed) {
    TempDir dir;
    FixedClock clock(noon());
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    CheckInRepository checkIns(**store, clock);
    CheckIn c;
    c.day = date(2026, 3, 1);
    c.painNow = c.painAverage = c.painWorst = c.painLeast = 2;
    ASSERT_TRUE(checkIns.add(c).ok());
    const std::string text = R"({"format": "knotmap-export", "version": 1, "schema": 2,
      "tables": {
        "knot": [{"id": 7, "view": "back", "x": 0.4, "y": 0.2, "region_id": "rhomboids-left",
                  "side": "left", "status": "active", "created_at": 1000}],
        "knot_observation": [{"id": 1, "knot_id": 7, "observed_at": 1000, "tenderness": 5},
                             {"id": 2, "knot_id": 99, "observed_at": 1000, "tenderness": 5}],
        "check_in": [{"day": "2026-03-02", "pain_now": 3, "pain_worst": 4, "pain_least": 1,
                      "pain_average": 3, "updated_at": 1000},
                     {"day": "2026-03-03", "pain_now": 11, "pain_worst": 11, "pain_least": 1,
                      "pain_average": 3, "updated_at": 1000},
                     {"day": "2026-03-01", "pain_now": 3, "pain_worst": 4, "pain_least": 1,
                      "pain_average": 3, "updated_at": 1000, "mood": 4}]}})";
    auto result = exchange::fromJson(**store, text, refs());
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_FALSE(result->written);
    ASSERT_EQ(result->problems.size(), 3u);
    EXPECT_EQ(result->problems[0].where, "tables.knot_observation[1].knot_id");
    EXPECT_EQ(result->problems[1].where, "tables.check_in[1]");
    EXPECT_NE(result->problems[1].rule.find("CHECK constraint failed"), std::string::npos)
        << result->problems[1].rule;
    EXPECT_EQ(result->problems[2].where, "tables.check_in[2]");
    EXPECT_EQ(result->problems[2].rule, "unknown column \"mood\"");
    // Nothing was written, not even the good rows.
    EXPECT_EQ(*checkIns.count(), 1);
    EXPECT_EQ(*(*store)->database().queryInt("SELECT count(*) FROM knot"), 0);
}

TEST(ExchangeImport, IntoExistingDataRowsGetNewIdsAndFollowTheirKnot) {
    TempDir dir;
    FixedClock clock(noon());
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    KnotRepository knots(**store, clock);
    ASSERT_TRUE(knots
                    .add({0, BodyPoint{BodyView::Back, 0.4, 0.2, "rhomboids-left", Side::Left},
                          KnotStatus::Active, noon() - std::chrono::hours{1}, std::nullopt},
                         {0, 0, noon() - std::chrono::hours{1}, 6, Aching, ""})
                    .ok());
    const std::string text = R"({"format": "knotmap-export", "version": 1, "schema": 2,
      "tables": {
        "knot": [{"id": 1, "view": "front", "x": 0.6, "y": 0.3, "region_id": "pectoralis-major-left",
                  "side": "left", "status": "active", "created_at": 1000}],
        "knot_observation": [{"id": 1, "knot_id": 1, "observed_at": 1000, "tenderness": 3}]}})";
    auto result = exchange::fromJson(**store, text, refs());
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(result->written);
    auto all = knots.listAll();
    ASSERT_EQ(all->size(), 2u);
    // Oldest first: the imported knot (noted in 1970) and then the existing one.
    const Knot& imported = (*all)[0];
    const Knot& existing = (*all)[1];
    EXPECT_EQ(imported.place.regionId, "pectoralis-major-left");
    EXPECT_NE(imported.id, 1) << "a new id, as knot 1 existed";
    auto readings = knots.observations(imported.id);
    ASSERT_EQ(readings->size(), 1u);
    EXPECT_EQ((*readings)[0].tenderness, 3);
    EXPECT_EQ(existing.place.regionId, "rhomboids-left");
    ASSERT_EQ(knots.observations(existing.id)->size(), 1u) << "the existing knot is untouched";
    EXPECT_EQ((*knots.observations(existing.id))[0].tenderness, 6);
}

TEST(ExchangeImport, NotJsonOrNotAnExportIsRefusedPlainly) {
    TempDir dir;
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    auto broken = exchange::fromJson(**store, "{\"format\": ", refs());
    ASSERT_TRUE(broken.ok());
    ASSERT_EQ(broken->problems.size(), 1u);
    EXPECT_EQ(broken->problems[0].where, "file");
    EXPECT_NE(broken->problems[0].rule.find("not valid JSON"), std::string::npos);
    auto other = exchange::fromJson(**store, R"({"format": "something-else"})", refs());
    EXPECT_EQ(other->problems.at(0).where, "format");
    auto newer = exchange::fromJson(**store, R"({"format": "knotmap-export", "version": 1,
        "schema": 99, "tables": {}})",
                                    refs());
    EXPECT_EQ(newer->problems.at(0).where, "schema");
}
