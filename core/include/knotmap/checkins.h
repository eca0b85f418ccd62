// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <optional>
#include <vector>

namespace knotmap {

// Daily check-ins, one per local day.
class CheckInRepository {
public:
    CheckInRepository(Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock) {}

    // Fails with Conflict when that day already has a check-in.
    Result<RowId> add(const CheckIn& checkIn);
    // Replaces check-in checkIn.id while its revision is still checkIn.revision (and
    // counts one more); Conflict when it was saved elsewhere in between.
    Status update(const CheckIn& checkIn);
    // Saves the check-in of checkIn.day as a form read it: checkIn.id and revision are
    // what the form read (id 0: the day had none). Adds it, or replaces the stored one if
    // that is still the one read; Conflict, writing nothing, when the day's check-in was
    // added or saved elsewhere since. Returns its id.
    Result<RowId> save(const CheckIn& checkIn);
    Status remove(RowId id);
    Result<std::optional<CheckIn>> forDay(LocalDate day);
    // Oldest first.
    Result<std::vector<CheckIn>> between(DateRange range);
    Result<int> count();

private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace knotmap
