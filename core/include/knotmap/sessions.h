// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <vector>

namespace knotmap {

class SelfCareSessionRepository {
public:
    SelfCareSessionRepository(Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock) {}

    Result<RowId> add(const SelfCareSession& session);
    Status update(const SelfCareSession& session);
    Status remove(RowId id);
    // Newest first.
    Result<std::vector<SelfCareSession>> startedIn(TimeRange range);
    // Oldest first.
    Result<std::vector<SelfCareSession>> forKnot(RowId knotId);

private:
    Result<sql::Statement> query(const char* where);
    Store& m_store;
    const Clock& m_clock;
};

} // namespace knotmap
