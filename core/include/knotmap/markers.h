// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"

#include <vector>

// Where the figure draws its markers (knots and pain marks) so that none hides another.
namespace knotmap::markers {

// A marker where it belongs and how large it is drawn, in screen pixels.
struct Marker {
    Point at;
    double size = 0; // its diameter
};

// Where each marker is drawn. A marker that touches no other stays on its point. Markers
// that touch (closer than their sizes and a small gap) are spread on a ring around their
// middle, just wide enough, in their given order, so each can be seen and picked; the
// figure joins each moved marker to its point with a leader line. Groups that come to
// touch after spreading are spread together. The same input gives the same output.
std::vector<Point> spread(const std::vector<Marker>& markers, double gap = 3.0);

} // namespace knotmap::markers
