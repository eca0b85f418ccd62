// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A writer for the kill test: opens the database as the app does and logs knot readings
// one transaction at a time, printing each reading's id only after its commit returned.
// The test kills it at random moments and then checks every printed id is stored.
#include "knotmap/knots.h"
#include "knotmap/store.h"

#include <cstdio>
#include <string>
#include <unistd.h>

int main(int argc, char** argv) {
    using namespace knotmap;
    if (argc != 2)
        return 2;
    auto store = Store::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "writer: %s\n", store.error().message.c_str());
        return 1;
    }
    const SystemClock clock;
    KnotRepository knots(**store, clock);
    RowId knot = 0;
    if (auto active = knots.listActive(); active && !active->empty()) {
        knot = active->front().id;
    } else {
        auto added =
            knots.add({0, BodyPoint{BodyView::Back, 0.4, 0.2, "rhomboids-left", Side::Left},
                       KnotStatus::Active, clock.now(), std::nullopt},
                      {0, 0, clock.now(), 5, Aching, ""});
        if (!added)
            return 1;
        knot = *added;
    }
    for (int i = 0;; ++i) {
        auto id = knots.addObservation(
            {0, knot, clock.now(), i % 11, Aching, "reading " + std::to_string(i)});
        if (!id) {
            std::fprintf(stderr, "writer: %s\n", id.error().message.c_str());
            return 1;
        }
        // One write(2) per committed id, so a kill never leaves half a line.
        const std::string line = std::to_string(*id) + "\n";
        if (::write(STDOUT_FILENO, line.data(), line.size()) < 0)
            return 1;
    }
}
