// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/stats.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace knotmap::stats;

namespace {

DailySeries series(std::initializer_list<double> values) {
    DailySeries s;
    for (double v : values)
        s.push_back(v < 0 ? std::nullopt
                          : std::optional<double>(v)); // -1 marks a day without a value
    return s;
}

DailySeries constant(int days, double value) {
    return DailySeries(static_cast<std::size_t>(days), value);
}

} // namespace

TEST(Stats, RollingMeanSkipsMissingDaysAndNeedsEnoughValues) {
    const auto m = rollingMean(series({1, 2, 3, -1, 5, 6, 7, 8}), 3, 2);
    ASSERT_EQ(m.size(), 8u);
    EXPECT_FALSE(m[0].has_value());
    EXPECT_DOUBLE_EQ(*m[1], 1.5);
    EXPECT_DOUBLE_EQ(*m[2], 2.0);
    EXPECT_DOUBLE_EQ(*m[3], 2.5);
    EXPECT_DOUBLE_EQ(*m[4], 4.0);
    EXPECT_DOUBLE_EQ(*m[5], 5.5);
    EXPECT_DOUBLE_EQ(*m[6], 6.0);
    EXPECT_DOUBLE_EQ(*m[7], 7.0);
    EXPECT_FALSE(rollingMean(series({4, -1, -1, -1, 5}), 3, 2)[3].has_value());
}

TEST(Stats, ChangeFromBaselineAgainstTheMinimalImportantChange) {
    DailySeries s = constant(7, 6);
    s.insert(s.end(), 7, 4.0);
    auto c = changeFromBaseline(s);
    ASSERT_TRUE(c.has_value());
    EXPECT_DOUBLE_EQ(c->baseline, 6);
    EXPECT_DOUBLE_EQ(c->latest, 4);
    EXPECT_DOUBLE_EQ(c->absolute, -2);
    EXPECT_NEAR(*c->percent, -33.333, 0.001);
    EXPECT_TRUE(c->improvedMeaningfully);
    EXPECT_FALSE(c->worsenedMeaningfully);

    // From 3 to 2.2: 0.8 points, 26.7% - short of both criteria.
    DailySeries small = constant(7, 3);
    small.insert(small.end(), 7, 2.2);
    EXPECT_FALSE(changeFromBaseline(small)->improvedMeaningfully);
    // From 3 to 2.1: 0.9 points is 30% of 3 - enough.
    DailySeries thirty = constant(7, 3);
    thirty.insert(thirty.end(), 7, 2.1);
    EXPECT_TRUE(changeFromBaseline(thirty)->improvedMeaningfully);
    // Worse by 2 points.
    DailySeries worse = constant(7, 5);
    worse.insert(worse.end(), 7, 7.0);
    EXPECT_TRUE(changeFromBaseline(worse)->worsenedMeaningfully);
}

TEST(Stats, ChangeNeedsTwoFullWeeksWithEnoughValues) {
    EXPECT_FALSE(changeFromBaseline(constant(13, 5)).has_value());
    DailySeries sparse = series({5, -1, -1, -1, -1, -1, 5});
    sparse.insert(sparse.end(), 7, 3.0);
    EXPECT_FALSE(changeFromBaseline(sparse).has_value()) << "only 2 values in the first week";
    // Leading empty days do not count: the windows start at the first value.
    DailySeries late = DailySeries(10);
    late.insert(late.end(), 7, 6.0);
    late.insert(late.end(), 7, 3.0);
    EXPECT_DOUBLE_EQ(changeFromBaseline(late)->baseline, 6);
}

TEST(Stats, SpearmanWithTiesByHand) {
    // Ranks of x: 1, 2.5, 2.5, 4; of y: 1, 3, 2, 4. rho = 4.5 / sqrt(4.5 * 5).
    const auto rho = spearman(series({1, 2, 2, 3}), series({1, 3, 2, 4}), 2);
    ASSERT_TRUE(rho.has_value());
    EXPECT_NEAR(*rho, 4.5 / std::sqrt(22.5), 1e-12);
    EXPECT_NEAR(*spearman(series({1, 2, 3, 4}), series({10, 20, 30, 40}), 2), 1.0, 1e-12);
    EXPECT_NEAR(*spearman(series({1, 2, 3, 4}), series({9, 5, 2, 1}), 2), -1.0, 1e-12);
    EXPECT_FALSE(spearman(series({1, 1, 1, 1}), series({1, 2, 3, 4}), 2).has_value())
        << "no spread";
    // Missing days leave out the pair.
    EXPECT_EQ(pairedCount(series({1, -1, 3, 4}), series({1, 2, -1, 4})), 2);
}

TEST(Stats, AssociationsNeedFourteenPairedDays) {
    DailySeries x;
    DailySeries y;
    for (int i = 0; i < 13; ++i) {
        x.push_back(i);
        y.push_back(2 * i);
    }
    EXPECT_FALSE(spearman(x, y).has_value());
    x.push_back(13);
    y.push_back(26);
    EXPECT_TRUE(spearman(x, y).has_value());
    EXPECT_EQ(strengthWord(0.05), "no clear");
    EXPECT_EQ(strengthWord(-0.25), "weak");
    EXPECT_EQ(strengthWord(0.4), "moderate");
    EXPECT_EQ(strengthWord(-0.7), "strong");
}

TEST(Stats, WhatHelpsClaimsNothingWithTooFewSessions) {
    EXPECT_FALSE(tendernessEffect({{7, 5}, {6, 5}, {8, 5}, {5, 5}}).has_value());
    const auto e = tendernessEffect({{7, 5}, {6, 5}, {8, 5}, {5, 5}, {6, 4}});
    ASSERT_TRUE(e.has_value());
    EXPECT_DOUBLE_EQ(e->meanChange, -1.6);
    EXPECT_EQ(e->sessions, 5);
}

TEST(Stats, TheTwoWeekAndSixWeekRules) {
    EXPECT_EQ(progressPrompt(constant(10, 5)), ProgressPrompt::None) << "too early to tell";
    EXPECT_EQ(progressPrompt(constant(20, 5)), ProgressPrompt::AfterTwoWeeks);
    EXPECT_EQ(progressPrompt(constant(45, 5)), ProgressPrompt::AfterSixWeeks);
    DailySeries better = constant(7, 6);
    better.insert(better.end(), 6, 5.0);
    better.insert(better.end(), 7, 3.0);
    EXPECT_EQ(progressPrompt(better), ProgressPrompt::None) << "improved by 3 points";
    DailySeries startedLate(30);
    startedLate.insert(startedLate.end(), 10, 5.0);
    EXPECT_EQ(progressPrompt(startedLate), ProgressPrompt::None)
        << "ten days since the first entry";
    EXPECT_EQ(progressPrompt(DailySeries(60)), ProgressPrompt::None) << "nothing logged";
}
