// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>
#include <vector>

// History statistics as pure functions: no database, no clock. A daily series holds one
// slot per calendar day in order, empty where nothing was recorded.
namespace knotmap::stats {

using DailySeries = std::vector<std::optional<double>>;

// The mean of the last `window` days up to and including each day, over the days that
// have a value; empty where fewer than `minValues` of them do.
DailySeries rollingMean(const DailySeries& series, int window = 7, int minValues = 3);

// The smallest change on the 0-10 scale that people feel as better: 2 points or 30% of the
// starting value (Farrar et al. 2001; Ostelo et al. 2008).
inline constexpr double kMinimalImportantPoints = 2.0;
inline constexpr double kMinimalImportantFraction = 0.30;

struct Change {
    double baseline = 0;               // mean of the first week with values
    double latest = 0;                 // mean of the last week with values
    double absolute = 0;               // latest - baseline (negative: less pain)
    std::optional<double> percent;     // of the baseline; none when the baseline is 0
    bool improvedMeaningfully = false; // fell by 2 points or 30% or more
    bool worsenedMeaningfully = false; // rose by 2 points or 30% or more
};

// The first `days` days of the series against its last `days`; needs `minValues` values in
// each and the two windows not to overlap.
std::optional<Change> changeFromBaseline(const DailySeries& series, int days = 7,
                                         int minValues = 3);

// Spearman's rank correlation, with tied values given their average rank. Pairs where
// either side is missing are left out; empty below `minPairs` pairs or when a side has
// no spread.
inline constexpr int kMinPairsForAssociation = 14;
std::optional<double> spearman(const DailySeries& x, const DailySeries& y,
                               int minPairs = kMinPairsForAssociation);
int pairedCount(const DailySeries& x, const DailySeries& y);
// Plain words for the strength of a correlation (by Cohen's conventional bands).
std::string_view strengthWord(double rho);

// "What helps": the mean change in tenderness (after - before) over sessions that have
// both; empty below `minSessions` such sessions.
inline constexpr int kMinSessionsForEffect = 5;
struct Effect {
    double meanChange = 0;
    int sessions = 0;
};
std::optional<Effect> tendernessEffect(const std::vector<std::pair<int, int>>& beforeAfter,
                                       int minSessions = kMinSessionsForEffect);

// The seeds advise seeing a professional when pain has not improved after a week or
// two of self-care; the red-flag notes, more firmly, after 4-6 weeks (S2).
enum class ProgressPrompt { None, AfterTwoWeeks, AfterSixWeeks };
ProgressPrompt progressPrompt(const DailySeries& painByDay);

} // namespace knotmap::stats
