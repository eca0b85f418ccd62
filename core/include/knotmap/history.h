// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/checkins.h"
#include "knotmap/domain.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"
#include "knotmap/result.h"
#include "knotmap/sessions.h"
#include "knotmap/stats.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What the History page and the printed summary show, gathered from the repositories
// and reduced with stats.h. One place computes it, so screen and paper agree.
namespace knotmap::history {

// One calendar day of the range.
struct Day {
    LocalDate day{};
    std::optional<int> now;
    std::optional<int> average;
    std::optional<int> worst;
    std::optional<int> least;
    std::optional<double> rollingMean; // 7-day mean of the average, from 3 days with values
    int sessions = 0;                  // self-care sessions started that day
};

// The daily factors a check-in may hold, in the order they are shown.
enum class Factor {
    SittingHours,
    MovementBreaks,
    SleepHours,
    SleepQuality,
    Stress,
    WaterGlasses,
    ExerciseMinutes,
    AwkwardSleep,
    HeavyLifting,
};
inline constexpr std::array kFactors{
    Factor::SittingHours,    Factor::MovementBreaks, Factor::SleepHours,
    Factor::SleepQuality,    Factor::Stress,         Factor::WaterGlasses,
    Factor::ExerciseMinutes, Factor::AwkwardSleep,   Factor::HeavyLifting,
};
std::string_view toString(Factor f); // "sitting_hours", ...
// The factor's value that day (yes/no as 1/0), if recorded.
std::optional<double> valueOf(const DailyFactors& factors, Factor f);

// How a factor moved with the day's average pain over the range. Spearman's rho is given
// only from stats::kMinPairsForAssociation paired days; "next day" pairs the factor with
// the following day's pain.
struct FactorLink {
    Factor factor = Factor::SittingHours;
    int daysRecorded = 0;
    std::optional<double> mean; // over the days recorded
    int sameDayPairs = 0;
    std::optional<double> sameDay;
    int nextDayPairs = 0;
    std::optional<double> nextDay;
};

// Self-care of one technique over the range.
struct TechniqueUse {
    std::string techniqueId;
    int sessions = 0;
    int totalSeconds = 0;
    int rated = 0;                       // sessions with tenderness before and after
    std::optional<stats::Effect> effect; // from stats::kMinSessionsForEffect rated sessions
};

struct Overview {
    DateRange range{};
    std::vector<Day> days; // every day of the range, oldest first
    int daysWithEntries = 0;
    std::optional<double> meanAverage; // of the daily averages with entries
    std::optional<int> worst;          // highest "worst" score of the range
    std::optional<int> least;          // lowest "least" score of the range
    std::optional<stats::Change> change;
    // Judged on everything logged since the first check-in, whatever the range.
    stats::ProgressPrompt prompt = stats::ProgressPrompt::None;
    int sessions = 0;
    int sessionSeconds = 0;
    std::vector<TechniqueUse> techniques; // most sessions first
    std::vector<FactorLink> factors;      // in kFactors order
};

// The range [first, last]; without `first`, from the first check-in (or `last` when
// there is none). `last` is usually today.
Result<Overview> overview(CheckInRepository& checkIns, SelfCareSessionRepository& sessions,
                          std::optional<LocalDate> first, LocalDate last);

// A knot's whole history, for its story.
struct KnotStory {
    Knot knot;
    std::vector<KnotObservation> observations;   // oldest first
    std::vector<SelfCareSession> sessions;       // oldest first
    std::vector<KnotStatusChange> statusChanges; // oldest first
    int daysActive = 0; // calendar days from when it was noted to resolved (or today)
};
Result<KnotStory> knotStory(KnotRepository& knots, SelfCareSessionRepository& sessions,
                            RowId knotId, LocalDate today);

// Where knots and pain were, per atlas region, over a span of time.
struct RegionHeat {
    std::string regionId;
    BodyView view = BodyView::Front;
    int knots = 0;    // distinct knots with a reading in the span
    int readings = 0; // their readings in the span
    std::optional<double> meanTenderness;
    int maxTenderness = 0;
    int painMarks = 0;      // pain areas present at some moment of the span
    bool worst = false;     // one of them was marked the worst
    unsigned painKinds = 0; // how they felt: the PainQuality bits said of any of them
    double heat = 0;        // 0..1: this region's share of the hottest region's score
};
// Hottest first. A region's score is the sum of its readings' tenderness plus 5 for each
// pain mark, so frequent and tender places both count.
Result<std::vector<RegionHeat>> bodyHeat(KnotRepository& knots, PainAreaRepository& painAreas,
                                         TimeRange span);
// History names the places with most going on, at most this many (the figure shows all).
inline constexpr std::size_t kPlacesListed = 6;

// The pain extent of each day: the share of the body's surface (front and back) covered by
// the places where pain was marked that day, as digital pain drawings measure pain area
// (Shaballout et al., JMIR mHealth uHealth 2019;7(9):e14569). A mark counts from the day
// it was noted to the day it eased. `marks`: those present at some moment of the days.
struct ExtentDay {
    LocalDate day{};
    double share = 0; // 0..1
    int places = 0;
};
std::vector<ExtentDay> painExtent(const std::vector<PainArea>& marks, DateRange range,
                                  const BodyAtlas& atlas);

// The moments of a range of local days, for the repositories: [start of first, start of
// the day after last).
TimeRange momentsOf(DateRange range);

} // namespace knotmap::history
