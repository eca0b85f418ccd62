// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON import on arbitrary bytes, into a real database. Each input runs inside a
// transaction that is rolled back, so every input meets the same database.
#include "knotmap/exchange.h"
#include "knotmap/sqlite.h"
#include "knotmap/store.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {
knotmap::Store& store() {
    static std::unique_ptr<knotmap::Store> s = [] {
        std::string folder =
            (std::filesystem::temp_directory_path() / "knotmap-fuzz-XXXXXX").string();
        const std::filesystem::path path =
            std::filesystem::path(mkdtemp(folder.data())) / "k.sqlite";
        return std::move(knotmap::Store::open(path).value());
    }();
    return *s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& s = store();
    auto outer = knotmap::sql::Transaction::begin(s.database());
    if (!outer)
        std::abort();
    // Every id counts as known here: the fuzzer is after the checks that come before.
    knotmap::exchange::References any;
    any.region = any.place = any.technique =
        any.question = [](std::string_view id) { return !id.empty(); };
    (void)knotmap::exchange::fromJson(s, std::string(reinterpret_cast<const char*>(data), size),
                                      any);
    return 0; // `outer` rolls back
}
