// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"

// The domain's rules, checked before anything reaches the database. The schema's
// CHECK constraints mirror these, so a bug that skips validation still cannot store
// an out-of-range value. Each error names the field and says the rule in plain words.
namespace knotmap::rules {

inline constexpr int kMinScore = 0;
inline constexpr int kMaxScore = 10;
inline constexpr std::size_t kMaxNoteLength = 2000;
inline constexpr std::size_t kMaxIdLength = 64;
inline constexpr int kMaxSessionSeconds = 4 * 60 * 60;
inline constexpr int kMaxMovementBreaks = 48;
inline constexpr int kMaxWaterGlasses = 40;
inline constexpr int kMaxExerciseMinutes = 24 * 60;
// A moment may be this far ahead of the clock (devices disagree a little).
inline constexpr std::chrono::seconds kFutureTolerance{120};

Status checkKnot(const Knot& knot, const Clock& clock);
Status checkObservation(const KnotObservation& obs, const Clock& clock);
Status checkPainArea(const PainArea& area, const Clock& clock);
Status checkCheckIn(const CheckIn& checkIn, const Clock& clock);
// True when the four pain scores a check-in needs are all given (0-10); the rest may wait.
bool scoresComplete(const CheckIn& checkIn);
Status checkSession(const SelfCareSession& session, const Clock& clock);
Status checkRedFlagAnswer(const RedFlagAnswer& answer, const Clock& clock);

} // namespace knotmap::rules
