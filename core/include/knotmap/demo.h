// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <filesystem>
#include <memory>

namespace knotmap::demo {

// Days of history the demo database holds, ending today.
inline constexpr int kDemoDays = 60;

// Fill an empty store with a realistic, deterministic sample history ending on
// clock.today(): knots on both sides, daily check-ins, self-care sessions and a red-flag
// screen. Marks the store as a demo so it may later be regenerated without asking.
Status fillDemoHistory(Store& store, const Clock& clock);

// Fill an empty store with `years` of deterministic history ending on clock.today(), at
// the scale of long use: a check-in every day with every factor, a new knot about every
// 12 days (each read most days, eased by sessions, resolved after 2-4 months), pain areas
// and a red-flag screen each quarter. For 10 years: 3,650 check-ins, about 300 knots,
// 20,000 readings and 8,000 sessions. Marked as a demo, like fillDemoHistory. For the
// benchmarks and for trying the app at scale.
Status fillLongHistory(Store& store, const Clock& clock, int years);

// True when the store carries the demo marker (written by fillDemoHistory or
// fillLongHistory). The marker is never imported (exchange::fromJson).
Result<bool> isDemo(Store& store);

// True when the store carries the marker and holds exactly what the sample wrote: no row
// added, changed or removed since.
Result<bool> holdsOnlyTheDemo(Store& store);

// The demo database's file name, beside the person's own database.
inline constexpr const char* kFileName = "knotmap-demo.sqlite";

// The demo database at `path`, filled with fillDemoHistory: a new (or empty) file is
// filled; a file that holdsOnlyTheDemo is backed up ("before-demo") and filled again;
// any other file is refused (Conflict) and not changed, and so is a file open in another
// KnotMap. The one place that decides whether a file may be rebuilt as a demo.
Result<std::unique_ptr<Store>> open(const std::filesystem::path& path, const Clock& clock,
                                    const BodyAtlas* atlas = nullptr);

} // namespace knotmap::demo
