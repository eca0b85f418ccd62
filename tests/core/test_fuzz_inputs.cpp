// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzzing corpus and every input a fuzzer ever crashed on through the same
// loaders (tests/fuzz): each must give a result or an error, never a crash.
#include "knotmap/exchange.h"
#include "knotmap/sqlite.h"
#include "test_support.h"

#include <filesystem>

using namespace knotmap;
using namespace knotmap::test;

namespace {

std::vector<std::filesystem::path> inputsFor(const std::string& target) {
    std::vector<std::filesystem::path> out;
    for (const char* kind : {"corpus", "regressions"}) {
        const auto folder =
            std::filesystem::path(KNOTMAP_SOURCE_DIR) / "tests/fuzz" / kind / target;
        if (!std::filesystem::exists(folder))
            continue;
        for (const auto& item : std::filesystem::directory_iterator(folder))
            if (item.is_regular_file())
                out.push_back(item.path());
    }
    return out;
}

} // namespace

TEST(FuzzInputs, AtlasLoaderNeverCrashes) {
    const auto inputs = inputsFor("atlas");
    EXPECT_FALSE(inputs.empty());
    for (const auto& p : inputs)
        (void)BodyAtlas::parse(readBytes(p));
}

TEST(FuzzInputs, KnowledgeLoaderNeverCrashes) {
    const auto inputs = inputsFor("knowledge");
    EXPECT_FALSE(inputs.empty());
    for (const auto& p : inputs)
        (void)KnowledgeBase::parse(readBytes(p), shippedAtlas());
}

TEST(FuzzInputs, ImportNeverCrashesAndWritesNothingOnAProblem) {
    TempDir dir;
    auto store = Store::open(dir.file("k.sqlite"));
    ASSERT_TRUE(store.ok());
    const auto inputs = inputsFor("import");
    EXPECT_FALSE(inputs.empty());
    for (const auto& p : inputs) {
        auto outer = sql::Transaction::begin((*store)->database());
        ASSERT_TRUE(outer.ok());
        auto result = exchange::fromJson(**store, readBytes(p), refs());
        if (result && !result->written) {
            EXPECT_EQ(*(*store)->database().queryInt("SELECT count(*) FROM check_in"), 0) << p;
        }
    }
}
