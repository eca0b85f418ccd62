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
    Status update(const CheckIn& checkIn);
    // Adds or replaces the check-in of checkIn.day; returns its id.
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
