// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/markers.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace knotmap;
using markers::Marker;

namespace {
double distance(Point a, Point b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}
} // namespace

TEST(Markers, MarkersThatDoNotTouchStayOnTheirPoints) {
    const std::vector<Marker> in{{{10, 10}, 20}, {{60, 10}, 20}, {{10, 60}, 22}};
    const auto out = markers::spread(in);
    for (std::size_t i = 0; i < in.size(); ++i) {
        EXPECT_EQ(out[i].x, in[i].at.x);
        EXPECT_EQ(out[i].y, in[i].at.y);
    }
}

TEST(Markers, TwoKnotsTwoPixelsApartAreDrawnApart) {
    const std::vector<Marker> in{{{100, 100}, 24}, {{102, 100}, 24}};
    const auto out = markers::spread(in);
    EXPECT_GE(distance(out[0], out[1]), 24 + 3 - 1e-9);
    // Each stays near its point: a leader line joins them.
    for (std::size_t i = 0; i < in.size(); ++i)
        EXPECT_LE(distance(out[i], in[i].at), 24.0) << i;
}

TEST(Markers, ManyOnOnePointAreEachSeenAndKeepTheirOrder) {
    std::vector<Marker> in;
    for (int i = 0; i < 7; ++i)
        in.push_back({{200, 200}, i % 2 ? 22.0 : 30.0});
    const auto out = markers::spread(in);
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (std::size_t j = i + 1; j < out.size(); ++j)
            EXPECT_GE(distance(out[i], out[j]), (in[i].size + in[j].size) / 2) << i << "," << j;
    }
    // The first is drawn straight above the point; the same input gives the same output.
    EXPECT_NEAR(out[0].x, 200, 1e-9);
    EXPECT_LT(out[0].y, 200);
    EXPECT_EQ(markers::spread(in).size(), out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        EXPECT_EQ(markers::spread(in)[i].x, out[i].x);
        EXPECT_EQ(markers::spread(in)[i].y, out[i].y);
    }
}

TEST(Markers, AGroupThatComesToTouchANeighbourIsSpreadWithIt) {
    // Two on one point, and a third just where the spread would put one of them.
    const std::vector<Marker> in{{{100, 100}, 20}, {{100, 100}, 20}, {{100, 86}, 20}};
    const auto out = markers::spread(in);
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (std::size_t j = i + 1; j < out.size(); ++j)
            EXPECT_GE(distance(out[i], out[j]), 20 + 3 - 1e-6) << i << "," << j;
    }
}
