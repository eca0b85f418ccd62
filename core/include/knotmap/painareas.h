// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <vector>

namespace knotmap {

// Areas where pain is felt.
class PainAreaRepository {
public:
    PainAreaRepository(Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock) {}

    // When the new area is the worst, the previous worst current area stops being worst.
    Result<RowId> add(const PainArea& area);
    // A stroke of a pain drawing: every mark checked, then all written in one transaction
    // (or none). Their ids, in order.
    Result<std::vector<RowId>> addAll(const std::vector<PainArea>& areas);
    // Erasing with a stroke: each mark says it eased at `at` (kept, with its dates), all in
    // one transaction. A mark already eased, or noted after `at`, refuses the whole stroke.
    Status clearAll(const std::vector<RowId>& ids, Timestamp at);
    Status update(const PainArea& area);
    Status remove(RowId id);
    Result<std::vector<PainArea>> listCurrent(); // not cleared
    Result<std::vector<PainArea>> listNotedIn(TimeRange range);
    // Areas that hurt at some moment of the range: noted before its end, not cleared
    // before its start.
    Result<std::vector<PainArea>> listPresentIn(TimeRange range);

private:
    Status clearOtherWorst(RowId keep);
    Result<RowId> insert(const PainArea& area); // within the caller's transaction
    Store& m_store;
    const Clock& m_clock;
};

} // namespace knotmap
