// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-generate: writes a deterministic long history into a new database, for the
// benchmarks and for trying KnotMap at scale.
//
//   knotmap-generate --years 10 --out history.sqlite

#include "knotmap/clock.h"
#include "knotmap/demo.h"
#include "knotmap/store.h"

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <string_view>

int main(int argc, char** argv) {
    int years = 10;
    std::filesystem::path out;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view flag = argv[i];
        const std::string_view value = argv[i + 1];
        if (flag == "--years")
            std::from_chars(value.data(), value.data() + value.size(), years);
        else if (flag == "--out")
            out = value;
    }
    if (out.empty() || (argc - 1) % 2 != 0) {
        std::fprintf(stderr, "usage: knotmap-generate --years N --out PATH\n");
        return 2;
    }
    if (std::filesystem::exists(out)) {
        std::fprintf(stderr, "knotmap-generate: %s exists; it was not changed.\n", out.c_str());
        return 1;
    }
    auto store = knotmap::Store::open(out);
    if (!store) {
        std::fprintf(stderr, "knotmap-generate: %s\n", store.error().message.c_str());
        return 1;
    }
    const knotmap::SystemClock clock;
    if (auto ok = knotmap::demo::fillLongHistory(**store, clock, years); !ok) {
        std::fprintf(stderr, "knotmap-generate: %s\n", ok.error().message.c_str());
        return 1;
    }
    return 0;
}
