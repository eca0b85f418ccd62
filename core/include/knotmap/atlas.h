// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/domain.h"
#include "knotmap/result.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knotmap {

// A point on the body diagram, as fractions of its width and height (0..1).
struct Point {
    double x = 0;
    double y = 0;
};

// A muscle area on the front or back figure where a knot can be logged.
struct BodyRegion {
    std::string id; // e.g. "upper-trapezius-left"
    BodyView view = BodyView::Front;
    Side side = Side::Centre; // the person's own side
    std::string name;         // plain words first: "Upper trapezius"
    std::string where;        // "top of the left shoulder"
    std::vector<std::string> muscles;
    Point centre;               // inside the polygon: where keyboard logging places a knot
    std::vector<Point> polygon; // in diagram coordinates
    Point boundsMin;
    Point boundsMax;

    // "Upper trapezius, top of the left shoulder". Where the name is itself a place that
    // `where` says more exactly, only `where`: "Front of the right thigh", not "Front of
    // the thigh, front of the right thigh".
    std::string plainName() const;
};

// Arrow-key directions on screen.
enum class Direction { Up, Down, Left, Right };

// The muscle regions of both views and the body outline, loaded from the atlas data
// (resources/body/atlas.json) and checked on load.
class BodyAtlas {
public:
    // Parses and validates; a broken file is an error that says where it is broken.
    static Result<BodyAtlas> parse(std::string_view json);

    const std::vector<BodyRegion>& regions() const { return m_regions; }
    const BodyRegion* find(std::string_view id) const;
    // The region under a point of a view, or null (outside every region).
    const BodyRegion* regionAt(BodyView view, Point p) const;
    // True when the point lies inside the body's outline.
    bool onBody(BodyView view, Point p) const;
    // The person's own side of a point: on the back view their left is the viewer's left,
    // on the front view the viewer's right. Centre within 1% of the middle.
    static Side sideAt(BodyView view, Point p);
    // Where a point on the body is, for marking where pain is felt: the muscle region under
    // it, or else an unmapped place on the person's side ("unmapped-front-left"). Pain may
    // be felt anywhere on the body; off the body there is no place.
    std::optional<BodyPoint> placeOf(BodyView view, Point p) const;
    const std::vector<Point>& outline(BodyView view) const;
    // Width divided by height of the figure.
    double aspect() const { return m_aspect; }

    // The nearest region of the same view in that direction on screen, or null.
    const BodyRegion* neighbour(const BodyRegion& from, Direction direction) const;
    // Where keyboard focus enters a view: its top-most region.
    const BodyRegion* first(BodyView view) const;

private:
    // parse() without its guard: may throw the JSON library's exceptions.
    static Result<BodyAtlas> parseUnchecked(std::string_view json);
    std::vector<BodyRegion> m_regions;
    std::array<std::vector<Point>, 2> m_outline;
    double m_aspect = 0.5;
};

// Even-odd point-in-polygon test.
bool contains(const std::vector<Point>& polygon, Point p);

} // namespace knotmap
