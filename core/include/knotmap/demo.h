#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

namespace knotmap::demo {

// Days of history the demo database holds, ending today.
inline constexpr int kDemoDays = 60;

// Fill an empty store with a realistic, deterministic sample history ending on
// clock.today(): knots on both sides, daily check-ins, self-care sessions and a red-flag
// screen. Marks the store as a demo so it may later be regenerated without asking.
Status fillDemoHistory(Store& store, const Clock& clock);

// True when the store was made by fillDemoHistory (and so holds no one's real data).
Result<bool> isDemo(Store& store);

} // namespace knotmap::demo
