// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <vector>

namespace knotmap {

// A knot and its newest tenderness reading, if it has one: what History lists.
struct KnotWithLatest {
    Knot knot;
    std::optional<int> latestTenderness;
};

// One knot's readings over a span of time, summed up.
struct KnotReadingTotals {
    RowId knotId = 0;
    int readings = 0;
    int tendernessSum = 0;
    int maxTenderness = 0;
};

// A knot with the counts its lists and tables show.
struct KnotSummary {
    Knot knot;
    int readings = 0;
    std::optional<int> firstTenderness;
    std::optional<int> latestTenderness;
    int sessions = 0; // self-care sessions done on it
};

// Knots and their tenderness observations.
class KnotRepository {
public:
    KnotRepository(Store& store, const Clock& clock)
        : m_store(store)
        , m_clock(clock) {}

    // Adds the knot and its first observation in one transaction; returns the knot's id.
    Result<RowId> add(const Knot& knot, const KnotObservation& firstObservation);
    // A change of status is kept in the knot's status history, dated at resolvedAt when
    // resolving and at the clock's now otherwise; setStatus names the time itself.
    Status update(const Knot& knot);
    Status setStatus(RowId id, KnotStatus status, Timestamp at);
    Status remove(RowId id); // its observations go with it; sessions keep their region
    Result<Knot> get(RowId id);
    Result<std::vector<Knot>> listActive(); // not resolved
    Result<std::vector<Knot>> listCreatedIn(TimeRange range);
    Result<std::vector<Knot>> listAll();          // oldest first, resolved ones too
    Result<std::vector<KnotSummary>> summaries(); // every knot, oldest first
    // Every knot, oldest first, with its latest tenderness only: without the counts of
    // summaries(), which cost a pass over every reading and session.
    Result<std::vector<KnotWithLatest>> listWithLatest();
    // Oldest first.
    Result<std::vector<KnotStatusChange>> statusChanges(RowId knotId);

    Result<RowId> addObservation(const KnotObservation& obs);
    Status updateObservation(const KnotObservation& obs);
    Result<std::vector<KnotObservation>> observations(RowId knotId);
    Result<std::vector<KnotObservation>> observationsIn(TimeRange range);
    // Per knot with readings in the range, in knot id order: summed by SQLite, so years of
    // readings cost one pass inside the database instead of a row each out of it.
    Result<std::vector<KnotReadingTotals>> readingTotalsIn(TimeRange range);
    // The newest observation of each active knot, keyed by knot id order.
    Result<std::vector<KnotObservation>> latestObservationOfActiveKnots();

private:
    Status logStatus(RowId id, KnotStatus status, Timestamp at);
    Store& m_store;
    const Clock& m_clock;
};
} // namespace knotmap
