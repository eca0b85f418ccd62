// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/domain.h"
#include "knotmap/result.h"

#include <array>
#include <cstdint>
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

using Ring = std::vector<Point>;

// A named area of one view. Its rings are read together, even-odd, so one shape can
// have holes and pieces.
struct BodyShape {
    std::string id;
    BodyView view = BodyView::Front;
    Side side = Side::Centre; // the person's own side
    Point centre;             // inside the shape: where keyboard marking puts a point
    std::vector<Ring> rings;  // in diagram coordinates
    Point boundsMin;
    Point boundsMax;

    bool contains(Point p) const;
};

// A muscle on the front or back figure where a knot can be logged, drawn in its own shape.
// Muscles lie in layers: depth 1 is under the skin, 2 under that, and so on; where two
// muscles cover the same point their depths differ.
struct BodyRegion : BodyShape {
    static constexpr int kMaxDepth = 4;
    std::string name;  // plain words first: "Upper trapezius"
    std::string where; // "top of the left shoulder"
    std::vector<std::string> muscles;
    int depth = 1;

    // "Upper trapezius, top of the left shoulder". Where the name is itself a place that
    // `where` says more exactly, only `where`: "Front of the right thigh", not "Front of
    // the thigh, front of the right thigh".
    std::string plainName() const;
};

// The part of the body a place belongs to, for rules that depend on it.
enum class BodyPart { Head, Neck, Shoulder, Arm, Hand, Chest, Abdomen, Back, Hip, Leg, Foot };
std::optional<BodyPart> bodyPartFrom(std::string_view s);

// A place on the body's surface. The places of a view tile it: every point on the body
// lies in exactly one.
struct BodyPlace : BodyShape {
    BodyPart part = BodyPart::Back;
    std::string name; // in plain words, the side its own: "right kneecap"

    // The name as a heading: "Right kneecap".
    std::string plainName() const;
};

// The muscles under a point, surface first: at most one of each depth.
class RegionStack {
public:
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const BodyRegion* operator[](std::size_t i) const { return m_regions[i]; }
    const BodyRegion* const* begin() const { return m_regions.data(); }
    const BodyRegion* const* end() const { return m_regions.data() + m_size; }
    // Keeps depth order; a region of a depth already held is not added (the atlas refuses
    // overlaps within a depth, so this only guards).
    void add(const BodyRegion* r);

private:
    std::array<const BodyRegion*, BodyRegion::kMaxDepth> m_regions{};
    std::size_t m_size = 0;
};

// Arrow-key directions on screen.
enum class Direction { Up, Down, Left, Right };

// The places and muscle regions of both views and the body outline, loaded from the
// atlas data (resources/body/atlas.json, made by tools/make_body_figure.py) and checked
// on load.
class BodyAtlas {
public:
    // Parses and validates; a broken file is an error that says where it is broken.
    static Result<BodyAtlas> parse(std::string_view json);

    const std::vector<BodyRegion>& regions() const { return m_regions; }
    const BodyRegion* find(std::string_view id) const;
    // The muscle nearest the skin under a point of a view, or null (outside every muscle).
    const BodyRegion* regionAt(BodyView view, Point p) const;
    // Every muscle under a point, surface first. Fast: a grid over the view answers most
    // points with few polygon tests.
    RegionStack regionsAt(BodyView view, Point p) const;

    const std::vector<BodyPlace>& places() const { return m_places; }
    const BodyPlace* place(std::string_view id) const;
    // The place under a point of a view, or null off the body. Fast: a grid over the view
    // answers most points without a polygon test.
    const BodyPlace* placeAt(BodyView view, Point p) const;
    // A place or a muscle region by id, for drawing either.
    const BodyShape* shape(std::string_view id) const;
    // The plain name of a place or a muscle region, or "" for an id the atlas lacks.
    std::string nameOf(std::string_view id) const;

    // True when the point lies on the body: inside one of its places.
    bool onBody(BodyView view, Point p) const { return placeAt(view, p) != nullptr; }
    // The person's own side of a point: on the back view their left is the viewer's left,
    // on the front view the viewer's right. Centre within 1% of the middle.
    static Side sideAt(BodyView view, Point p);
    // Where a point on the body is, for marking where pain is felt: its place, with the
    // place's side. Off the body there is none.
    std::optional<BodyPoint> placeOf(BodyView view, Point p) const;
    // A stored point brought onto this figure: its place where it lies on the body, or else
    // (a point the figure no longer covers, such as between the fingers) the nearest point
    // of the nearest place. Null only for an atlas with no place in the view.
    std::optional<BodyPoint> relocate(BodyView view, Point p) const;
    // A point brought into a shape: the point itself where it lies inside, else the nearest
    // point just inside the shape's edge (its centre if that fails).
    Point moveInto(const BodyShape& shape, Point p) const;
    // A knot's point on its muscle region: moved into the region's shape where it lies
    // outside (a figure whose muscle changed shape), unchanged for an id the atlas lacks.
    Point pointOnRegion(std::string_view regionId, Point p) const;
    // The area of a shape, in the figure's units (width and height 1), its rings read
    // even-odd: a ring inside an odd number of the others is a hole.
    static double areaOf(const BodyShape& shape);
    // The share (0..1) of the body's whole surface, front and back, that these places
    // cover: the pain extent of a pain drawing. Each place counts once; unknown ids none.
    double surfaceShare(const std::vector<std::string>& placeIds) const;
    // The body's outline, its rings read even-odd (the ears and soles are rings of their own).
    const std::vector<Ring>& outline(BodyView view) const;
    // The id a muscle region has now, for an id an earlier figure used ("teres-left" became
    // "teres-minor-left" when each muscle got its own shape), or nullopt for an id that did
    // not change. Stored knots, sessions and answers move with it (schema 6, and import).
    static std::optional<std::string> renamedRegion(std::string_view oldId);
    // Width divided by height of the figure.
    double aspect() const { return m_aspect; }

    // The nearest region or place of the same view in that direction on screen, or null.
    const BodyRegion* neighbour(const BodyRegion& from, Direction direction) const;
    const BodyPlace* neighbour(const BodyPlace& from, Direction direction) const;
    // Where keyboard focus enters a view: its top-most region, or place.
    const BodyRegion* first(BodyView view) const;
    const BodyPlace* firstPlace(BodyView view) const;

private:
    // parse() without its guard: may throw the JSON library's exceptions.
    static Result<BodyAtlas> parseUnchecked(std::string_view json);
    class Reader; // parse's steps
    // The places' lookup grid of one view. A cell that no place's edge crosses holds the
    // one place it lies in (or none); any other cell lists the places whose edges cross it.
    struct Grid {
        int cols = 0;
        int rows = 0;
        std::vector<std::int32_t> cells; // a place's index, -1 off the body, -2 - i: lists[i]
        std::vector<std::vector<std::uint32_t>> lists;
    };
    void buildGrid(BodyView view);
    // The nearest point of the shape's edges to p, if nearer than bestDistance (screen units,
    // x scaled by the aspect): then both are updated and it returns true.
    bool nearestOnEdge(const BodyShape& shape, Point p, Point& nearest, double& bestDistance) const;
    // A point of the shape's edge moved a step towards its centre; the centre if that fails.
    Point stepInside(const BodyShape& shape, Point edge) const;
    // The muscles' lookup grid of one view: each cell lists the muscles whose bounds reach
    // it, by depth; a muscle that covers the whole cell is marked so, and needs no test.
    struct LayerGrid {
        int cols = 0;
        int rows = 0;
        std::vector<std::uint32_t> start;   // cell i lists entries[start[i] .. start[i + 1])
        std::vector<std::uint32_t> entries; // region index << 1 | 1 when it covers the cell
    };
    // Builds it, and checks the layers: the error names two muscles of one depth that
    // overlap.
    Status buildLayers(BodyView view);
    std::vector<BodyRegion> m_regions;
    std::array<LayerGrid, 2> m_layers;
    std::vector<BodyPlace> m_places;
    std::array<std::vector<Ring>, 2> m_outline;
    std::array<Grid, 2> m_grids;
    double m_aspect = 0.5;
};

// Even-odd point-in-polygon test of one ring, and of several read together.
bool contains(const Ring& polygon, Point p);
bool contains(const std::vector<Ring>& rings, Point p);

} // namespace knotmap
