// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knotmap {

// Answers to the warning-sign questions, each kept with its time.
class RedFlagAnswerRepository {
public:
    RedFlagAnswerRepository(Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock) {}

    Result<RowId> add(const RedFlagAnswer& answer);
    Status remove(RowId id);
    // Oldest first.
    Result<std::vector<RedFlagAnswer>> answeredIn(TimeRange range);
    // The moments of the person's entries at or after `since` (screening's Activity): when
    // knots were logged or given a reading, pain marked, check-ins saved and sessions held;
    // only knots and pain marks in `where` (region and place ids) when it is not empty.
    Result<std::vector<Timestamp>> entriesSince(Timestamp since,
                                                const std::vector<std::string>& where);

private:
    Store& m_store;
    const Clock& m_clock;
};

// The person's country (ISO 3166 alpha-2, "DE"), for whom to call when a warning sign
// says so (KnowledgeBase::helpLine); kept in the settings, none until chosen.
Result<std::optional<std::string>> loadCountry(Store& store);
// An empty code forgets it; anything but two capital letters is refused (InvalidInput).
Status saveCountry(Store& store, std::string_view country);

// When the person last said a clinician had seen their urgent warning-sign answers and said
// self-care is fine (triage's clearedAt); kept in the settings with its date.
Result<std::optional<Timestamp>> loadClinicianClearance(Store& store);
Status saveClinicianClearance(Store& store, Timestamp at);

// The person's year of birth, kept in the settings for the age-based warning signs.
struct BirthYear {
    bool asked = false;      // the person has been asked (they may have left it out)
    std::optional<int> year; // as they gave it
};
Result<BirthYear> loadBirthYear(Store& store);
// No year keeps that they were asked and chose not to say; a year must lie between 1900
// and this year (InvalidInput, field "birthYear").
Status saveBirthYear(Store& store, std::optional<int> year, const Clock& clock);

} // namespace knotmap
