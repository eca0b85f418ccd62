// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/atlas.h"
#include "knotmap/text.h"

#include "knotmap/log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace knotmap {
namespace {

using Json = nlohmann::json;

std::size_t viewIndex(BodyView v) {
    return v == BodyView::Front ? 0 : 1;
}

Error broken(const std::string& where, const std::string& what) {
    return Error{ErrorCode::InvalidInput,
                 fill(translate("data", "The body atlas is broken: %1 %2."), {where, what}), where};
}

Result<Point> readPoint(const Json& j, const std::string& where) {
    if (!j.is_array() || j.size() != 2 || !j[0].is_number() || !j[1].is_number())
        return broken(where, "is not a point [x, y]");
    const Point p{j[0].get<double>(), j[1].get<double>()};
    if (!(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1))
        return broken(where, "lies outside the diagram (0..1)");
    return p;
}

// A ring is one string of numbers, "x y x y ...": a figure has tens of thousands of
// points, and one string is read many times quicker than as many JSON arrays. The error
// names the point; the words for it are made only then.
Result<std::vector<Point>> readPolygon(const Json& j, const std::string& where) {
    if (!j.is_string())
        return broken(where, "is not a ring of points written \"x y x y ...\"");
    const std::string& text = j.get_ref<const std::string&>();
    const char* at = text.data();
    const char* const end = at + text.size();
    const auto skipSpaces = [&] {
        while (at < end && *at == ' ')
            ++at;
    };
    std::vector<Point> points;
    points.reserve(text.size() / 14 + 1);
    for (skipSpaces(); at < end; skipSpaces()) {
        double v[2] = {0, 0};
        for (double& number : v) {
            skipSpaces();
            const auto [next, ec] = std::from_chars(at, end, number);
            if (ec != std::errc() || (next < end && *next != ' '))
                return broken(where + " point " + std::to_string(points.size()),
                              "is not a point x y");
            at = next;
        }
        const Point p{v[0], v[1]};
        if (!(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1))
            return broken(where + " point " + std::to_string(points.size()),
                          "lies outside the diagram (0..1)");
        points.push_back(p);
    }
    if (points.size() < 3)
        return broken(where, "needs at least three points");
    return points;
}

bool isIdentifier(const std::string& s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

Result<std::vector<Ring>> readRings(const Json& j, const std::string& where) {
    if (!j.is_array() || j.empty())
        return broken(where, "has no ring");
    std::vector<Ring> rings;
    for (std::size_t i = 0; i < j.size(); ++i) {
        auto ring = readPolygon(j[i], where + " ring " + std::to_string(i));
        if (!ring)
            return ring.error();
        rings.push_back(std::move(*ring));
    }
    return rings;
}

std::string text(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The fields every shape has: id, view, side, centre and rings (or one polygon).
Status readShape(const Json& j, BodyShape& s, std::string& where) {
    if (!j.is_object())
        return broken(where, "is not an object");
    s.id = text(j, "id");
    if (!isIdentifier(s.id))
        return broken(where, "has no valid id");
    where += " (" + s.id + ")";
    const auto view = bodyViewFrom(text(j, "view"));
    if (!view)
        return broken(where, "has no view (front or back)");
    s.view = *view;
    const auto side = sideFrom(text(j, "side"));
    if (!side)
        return broken(where, "has no side (left, right or centre)");
    s.side = *side;
    if (j.contains("polygon")) {
        auto polygon = readPolygon(j["polygon"], where + " polygon");
        if (!polygon)
            return polygon.error();
        s.rings = {std::move(*polygon)};
    } else {
        auto rings = readRings(j.value("rings", Json()), where + " rings");
        if (!rings)
            return rings.error();
        s.rings = std::move(*rings);
    }
    auto centre = readPoint(j.value("centre", Json()), where + " centre");
    if (!centre)
        return centre.error();
    s.centre = *centre;
    s.boundsMin = s.boundsMax = s.rings.front().front();
    for (const Ring& ring : s.rings) {
        for (const Point& p : ring) {
            s.boundsMin = {std::min(s.boundsMin.x, p.x), std::min(s.boundsMin.y, p.y)};
            s.boundsMax = {std::max(s.boundsMax.x, p.x), std::max(s.boundsMax.y, p.y)};
        }
    }
    if (!s.contains(s.centre))
        return broken(where, "has its centre outside its shape");
    return {};
}

Result<BodyRegion> readRegion(const Json& j, std::size_t index) {
    std::string where = "region " + std::to_string(index);
    BodyRegion r;
    if (auto ok = readShape(j, r, where); !ok)
        return ok.error();
    r.name = text(j, "name");
    r.where = text(j, "where");
    if (r.name.empty() || r.where.empty())
        return broken(where, "needs a name and a where");
    const auto depth = j.find("depth");
    if (depth != j.end()) {
        if (!depth->is_number_integer() || *depth < 1 || *depth > BodyRegion::kMaxDepth)
            return broken(where,
                          "has a depth that is not 1 to " + std::to_string(BodyRegion::kMaxDepth));
        r.depth = depth->get<int>();
    }
    const auto muscles = j.find("muscles");
    if (muscles == j.end() || !muscles->is_array() || muscles->empty())
        return broken(where, "names no muscle");
    for (const auto& m : *muscles) {
        if (!m.is_string() || !isIdentifier(m.get<std::string>()))
            return broken(where, "has a muscle id that is not valid");
        r.muscles.push_back(m.get<std::string>());
    }
    return r;
}

Result<BodyPlace> readPlace(const Json& j, std::size_t index) {
    std::string where = "place " + std::to_string(index);
    BodyPlace p;
    if (auto ok = readShape(j, p, where); !ok)
        return ok.error();
    const auto part = bodyPartFrom(text(j, "part"));
    if (!part)
        return broken(where, "has no part of the body");
    p.part = *part;
    p.name = text(j, "name");
    if (p.name.empty())
        return broken(where, "needs a name");
    return p;
}

} // namespace

namespace {

// Where the line at height y crosses the rings' edges, sorted: by the same arithmetic as
// contains(), so a row of points can be tested at once by the same rule.
void crossingsAt(const std::vector<Ring>& rings, double y, std::vector<double>& xs) {
    xs.clear();
    for (const Ring& ring : rings) {
        for (std::size_t k = 0, j = ring.size() - 1; k < ring.size(); j = k++) {
            const Point& a = ring[k];
            const Point& b = ring[j];
            if ((a.y > y) != (b.y > y))
                xs.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
        }
    }
    std::sort(xs.begin(), xs.end());
}

// Whether the point at x on that line is inside: contains() counts the crossings right of
// the point, even-odd.
bool insideAt(const std::vector<double>& xs, double x) {
    return (xs.end() - std::upper_bound(xs.begin(), xs.end(), x)) % 2 == 1;
}

} // namespace

bool contains(const Ring& polygon, Point p) {
    bool inside = false;
    const std::size_t n = polygon.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point& a = polygon[i];
        const Point& b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool contains(const std::vector<Ring>& rings, Point p) {
    bool inside = false;
    for (const Ring& ring : rings)
        inside = inside != contains(ring, p);
    return inside;
}

bool BodyShape::contains(Point p) const {
    return p.x >= boundsMin.x && p.x <= boundsMax.x && p.y >= boundsMin.y && p.y <= boundsMax.y &&
           knotmap::contains(rings, p);
}

std::optional<BodyPart> bodyPartFrom(std::string_view s) {
    static constexpr std::array<std::pair<std::string_view, BodyPart>, 11> kParts{{
        {"head", BodyPart::Head},
        {"neck", BodyPart::Neck},
        {"shoulder", BodyPart::Shoulder},
        {"arm", BodyPart::Arm},
        {"hand", BodyPart::Hand},
        {"chest", BodyPart::Chest},
        {"abdomen", BodyPart::Abdomen},
        {"back", BodyPart::Back},
        {"hip", BodyPart::Hip},
        {"leg", BodyPart::Leg},
        {"foot", BodyPart::Foot},
    }};
    for (const auto& [name, part] : kParts) {
        if (name == s)
            return part;
    }
    return std::nullopt;
}

std::string BodyPlace::plainName() const {
    std::string heading = name;
    heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(heading[0])));
    return heading;
}

// parse's steps, one per part of the file.
class BodyAtlas::Reader {
public:
    explicit Reader(const Json& j)
        : m_j(j) {}

    Result<BodyAtlas> read() {
        if (!m_j.is_object() || m_j.value("format", 0) != 3)
            return broken("the file", "is not format 3");
        const auto aspect = m_j.find("aspect");
        if (aspect == m_j.end() || !aspect->is_number() || *aspect <= 0.1 || *aspect >= 1.0)
            return broken("aspect", "must be between 0.1 and 1");
        m_atlas.m_aspect = aspect->get<double>();
        if (auto ok = outline(); !ok)
            return ok.error();
        if (auto ok = places(); !ok)
            return ok.error();
        if (auto ok = regions(); !ok)
            return ok.error();
        log::knowledge()->info("body atlas: {} places, {} muscle regions", m_atlas.m_places.size(),
                               m_atlas.m_regions.size());
        return std::move(m_atlas);
    }

private:
    Status outline() {
        const auto outline = m_j.find("outline");
        if (outline == m_j.end() || !outline->is_object())
            return broken("outline", "is missing");
        for (BodyView view : {BodyView::Front, BodyView::Back}) {
            const std::string name(toString(view));
            auto rings = readRings(outline->value(name, Json()), "outline " + name);
            if (!rings)
                return rings.error();
            m_atlas.m_outline[viewIndex(view)] = std::move(*rings);
        }
        return {};
    }

    // Every entry of a list of shapes, each read by `readOne` and given an id of its own.
    template <class Shape, class ReadOne>
    Status readList(const char* key, const char* what, ReadOne readOne, std::vector<Shape>& out) {
        const auto list = m_j.find(key);
        if (list == m_j.end() || !list->is_array() || list->empty())
            return broken(key, "are missing");
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto shape = readOne((*list)[i], i);
            if (!shape)
                return shape.error();
            const std::string where = std::string(what) + " " + std::to_string(i);
            if (!m_ids.insert(shape->id).second)
                return broken(where, "repeats the id " + shape->id);
            if (auto ok = check(*shape, where); !ok)
                return ok;
            out.push_back(std::move(*shape));
        }
        return {};
    }
    Status check(const BodyPlace&, const std::string&) { return {}; }
    Status check(const BodyRegion& r, const std::string& where) {
        // Every corner on the body, so the whole muscle lies inside the outline.
        for (const Ring& ring : r.rings) {
            for (const Point& p : ring) {
                if (!m_atlas.onBody(r.view, p))
                    return broken(where + " (" + r.id + ")", "reaches outside the body outline");
            }
        }
        return {};
    }

    Status places() {
        if (auto ok = readList("places", "place", readPlace, m_atlas.m_places); !ok)
            return ok;
        for (BodyView view : {BodyView::Front, BodyView::Back})
            m_atlas.buildGrid(view);
        // Each centre is in its own place and no other: the places do not overlap there.
        for (const BodyPlace& p : m_atlas.m_places) {
            if (const BodyPlace* at = m_atlas.placeAt(p.view, p.centre); at != &p)
                return broken("place " + p.id,
                              "has its centre in another place" +
                                  (at != nullptr ? " (" + at->id + ")" : std::string(" (none)")));
        }
        return {};
    }

    Status regions() {
        if (auto ok = readList("regions", "region", readRegion, m_atlas.m_regions); !ok)
            return ok;
        for (BodyView view : {BodyView::Front, BodyView::Back}) {
            if (auto ok = m_atlas.buildLayers(view); !ok)
                return ok;
        }
        // Each muscle is found under its own centre, where keyboard marking puts a knot.
        for (const BodyRegion& r : m_atlas.m_regions) {
            const RegionStack stack = m_atlas.regionsAt(r.view, r.centre);
            if (std::find(stack.begin(), stack.end(), &r) == stack.end())
                return broken("region " + r.id, "is not found under its own centre");
        }
        return {};
    }

    const Json& m_j;
    BodyAtlas m_atlas;
    std::unordered_set<std::string> m_ids;
};

Result<BodyAtlas> BodyAtlas::parse(std::string_view text) {
    // Any JSON the library refuses (bad syntax, a number out of range, a value of the
    // wrong type) is a broken file, never a crash.
    try {
        return parseUnchecked(text);
    } catch (const Json::parse_error& e) {
        return broken("the file", std::string("is not valid JSON (") + e.what() + ")");
    } catch (const Json::exception& e) {
        return broken("the file", std::string("is not valid atlas data (") + e.what() + ")");
    }
}

Result<BodyAtlas> BodyAtlas::parseUnchecked(std::string_view text) {
    return Reader(Json::parse(text)).read();
}

std::string BodyRegion::plainName() const {
    // The name's last word ("thigh" of "Front of the thigh"), found whole in `where`.
    const auto cut = name.find_last_of(' ');
    const std::string noun = name.substr(cut == std::string::npos ? 0 : cut + 1);
    std::string padded = " " + where + " ";
    for (char& c : padded)
        if (c == ',')
            c = ' ';
    if (noun.empty() || padded.find(" " + noun + " ") == std::string::npos)
        return name + ", " + where;
    std::string place = where;
    place[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(place[0])));
    return place;
}

std::optional<std::string> BodyAtlas::renamedRegion(std::string_view oldId) {
    // Schema 6: the regions that held several muscles, or were named by a place rather than
    // by their muscle, as each muscle got its own shape (tools/make_body_figure.py). A
    // region's first muscle is the one its knots keep.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kRenamed{{
        {"teres", "teres-minor"},
        {"forearm-extensors", "wrist-extensors-radial"},
        {"neck-back", "splenius-cervicis"},
        {"rhomboid", "rhomboids"},
        {"posterior-deltoid", "deltoid-posterior"},
        {"anterior-deltoid", "deltoid-anterior"},
    }};
    for (std::string_view side : {std::string_view("-left"), std::string_view("-right")}) {
        if (oldId.size() <= side.size() || !oldId.ends_with(side))
            continue;
        const std::string_view stem = oldId.substr(0, oldId.size() - side.size());
        for (const auto& [from, to] : kRenamed) {
            if (stem == from)
                return std::string(to) + std::string(side);
        }
    }
    return std::nullopt;
}

const BodyRegion* BodyAtlas::find(std::string_view id) const {
    for (const BodyRegion& r : m_regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const BodyPlace* BodyAtlas::place(std::string_view id) const {
    for (const BodyPlace& p : m_places) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const BodyShape* BodyAtlas::shape(std::string_view id) const {
    if (const BodyPlace* p = place(id))
        return p;
    return find(id);
}

std::string BodyAtlas::nameOf(std::string_view id) const {
    if (const BodyPlace* p = place(id))
        return p->plainName();
    if (const BodyRegion* r = find(id))
        return r->plainName();
    return {};
}

void RegionStack::add(const BodyRegion* r) {
    if (m_size == m_regions.size())
        return;
    for (std::size_t i = 0; i < m_size; ++i) {
        if (m_regions[i]->depth == r->depth)
            return;
    }
    std::size_t at = m_size;
    while (at > 0 && m_regions[at - 1]->depth > r->depth) {
        m_regions[at] = m_regions[at - 1];
        --at;
    }
    m_regions[at] = r;
    ++m_size;
}

const BodyRegion* BodyAtlas::regionAt(BodyView view, Point p) const {
    const RegionStack stack = regionsAt(view, p);
    return stack.empty() ? nullptr : stack[0];
}

RegionStack BodyAtlas::regionsAt(BodyView view, Point p) const {
    RegionStack stack;
    const LayerGrid& g = m_layers[viewIndex(view)];
    if (!(p.x >= 0 && p.x < 1 && p.y >= 0 && p.y < 1) || g.start.empty())
        return stack;
    const auto cell = static_cast<std::size_t>(static_cast<int>(p.y * g.rows) * g.cols +
                                               static_cast<int>(p.x * g.cols));
    for (std::uint32_t k = g.start[cell]; k < g.start[cell + 1]; ++k) {
        const std::uint32_t e = g.entries[k];
        const BodyRegion& r = m_regions[e >> 1];
        if ((e & 1U) != 0 || r.contains(p))
            stack.add(&r);
    }
    return stack;
}

Status BodyAtlas::buildLayers(BodyView view) {
    LayerGrid& g = m_layers[viewIndex(view)];
    g.cols = 160;
    g.rows = 320;
    const auto cells = static_cast<std::size_t>(g.cols) * static_cast<std::size_t>(g.rows);
    // The view's muscles surface first (in the file's order within a depth): each cell's
    // entries are found in that order, so its list needs no sorting.
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].view == view)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return m_regions[a].depth < m_regions[b].depth;
    });
    // Which muscle of each depth has a cell's middle: two of one depth there overlap.
    std::vector<std::int32_t> owner(cells * static_cast<std::size_t>(BodyRegion::kMaxDepth), -1);
    const auto cellOf = [](double v, int n) {
        return std::clamp(static_cast<int>(std::floor(v * n)), 0, n - 1);
    };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> found; // cell, entry
    std::vector<std::uint8_t> crossed;
    std::vector<double> xs;
    for (const std::uint32_t i : order) {
        const BodyRegion& r = m_regions[i];
        const int col0 = cellOf(r.boundsMin.x, g.cols);
        const int col1 = cellOf(r.boundsMax.x, g.cols);
        const int row0 = cellOf(r.boundsMin.y, g.rows);
        const int row1 = cellOf(r.boundsMax.y, g.rows);
        const int width = col1 - col0 + 1;
        // Cells an edge's bounding box touches may be crossed by the edge.
        crossed.assign(static_cast<std::size_t>(width * (row1 - row0 + 1)), 0);
        for (const Ring& ring : r.rings) {
            for (std::size_t k = 0; k < ring.size(); ++k) {
                const Point& a = ring[k];
                const Point& b = ring[(k + 1) % ring.size()];
                for (int row = cellOf(std::min(a.y, b.y), g.rows);
                     row <= cellOf(std::max(a.y, b.y), g.rows); ++row) {
                    for (int col = cellOf(std::min(a.x, b.x), g.cols);
                         col <= cellOf(std::max(a.x, b.x), g.cols); ++col)
                        crossed[static_cast<std::size_t>((row - row0) * width + col - col0)] = 1;
                }
            }
        }
        for (int row = row0; row <= row1; ++row) {
            // Where the row's middle line enters and leaves the muscle (even-odd).
            crossingsAt(r.rings, (row + 0.5) / g.rows, xs);
            for (int col = col0; col <= col1; ++col) {
                const bool middleInside = insideAt(xs, (col + 0.5) / g.cols);
                const auto at = static_cast<std::size_t>(row * g.cols + col);
                const bool edge =
                    crossed[static_cast<std::size_t>((row - row0) * width + col - col0)] != 0;
                if (middleInside) {
                    auto& own = owner[at * static_cast<std::size_t>(BodyRegion::kMaxDepth) +
                                      static_cast<std::size_t>(r.depth - 1)];
                    if (own >= 0)
                        return broken("region " + r.id,
                                      "overlaps " + m_regions[static_cast<std::size_t>(own)].id +
                                          ", a muscle of the same depth");
                    own = static_cast<std::int32_t>(i);
                }
                if (edge || middleInside)
                    found.emplace_back(static_cast<std::uint32_t>(at),
                                       i << 1 | (middleInside && !edge ? 1U : 0U));
            }
        }
    }
    // Into one list, by cell, keeping the order found (a counting sort).
    g.start.assign(cells + 1, 0);
    for (const auto& f : found)
        ++g.start[f.first + 1];
    for (std::size_t c = 0; c < cells; ++c)
        g.start[c + 1] += g.start[c];
    g.entries.resize(found.size());
    std::vector<std::uint32_t> next(g.start.begin(), g.start.end() - 1);
    for (const auto& [cell, entry] : found)
        g.entries[next[cell]++] = entry;
    return {};
}

void BodyAtlas::buildGrid(BodyView view) {
    // About 2.5 x 2.8 px of a 400 x 880 figure a cell: most cells lie inside one place.
    Grid& g = m_grids[viewIndex(view)];
    g.cols = 160;
    g.rows = 320;
    const auto cells = static_cast<std::size_t>(g.cols) * static_cast<std::size_t>(g.rows);
    g.cells.assign(cells, -1);
    g.lists.clear();
    const auto cellOf = [&](double v, int n) {
        return std::clamp(static_cast<int>(std::floor(v * n)), 0, n - 1);
    };
    // Every cell an edge's bounding box touches may be crossed by that edge: it lists the
    // edge's place and is answered by polygon tests. Kept as cell << 32 | place.
    std::vector<std::uint64_t> crossing;
    for (std::uint32_t i = 0; i < m_places.size(); ++i) {
        const BodyPlace& place = m_places[i];
        if (place.view != view)
            continue;
        for (const Ring& ring : place.rings) {
            for (std::size_t k = 0; k < ring.size(); ++k) {
                const Point& a = ring[k];
                const Point& b = ring[(k + 1) % ring.size()];
                for (int row = cellOf(std::min(a.y, b.y), g.rows);
                     row <= cellOf(std::max(a.y, b.y), g.rows); ++row) {
                    for (int col = cellOf(std::min(a.x, b.x), g.cols);
                         col <= cellOf(std::max(a.x, b.x), g.cols); ++col)
                        crossing.push_back(static_cast<std::uint64_t>(row * g.cols + col) << 32 |
                                           i);
                }
            }
        }
    }
    std::sort(crossing.begin(), crossing.end());
    crossing.erase(std::unique(crossing.begin(), crossing.end()), crossing.end());
    // The place at each cell's middle (the first in the file's order, as placeAt would
    // answer), a row at a time: where the row's middle line crosses each place's edges,
    // by the same even-odd rule as contains(), so a cell costs a count, not a polygon test.
    std::vector<std::int32_t> middle(cells, -1);
    std::vector<double> xs;
    for (int row = 0; row < g.rows; ++row) {
        const double y = (row + 0.5) / g.rows;
        for (std::uint32_t i = 0; i < m_places.size(); ++i) {
            const BodyPlace& place = m_places[i];
            if (place.view != view || !(place.boundsMin.y <= y && y <= place.boundsMax.y))
                continue;
            crossingsAt(place.rings, y, xs);
            for (int col = cellOf(place.boundsMin.x, g.cols);
                 col <= cellOf(place.boundsMax.x, g.cols); ++col) {
                const double x = (col + 0.5) / g.cols;
                auto& at = middle[static_cast<std::size_t>(row * g.cols + col)];
                if (at < 0 && x >= place.boundsMin.x && x <= place.boundsMax.x && insideAt(xs, x))
                    at = static_cast<std::int32_t>(i);
            }
        }
    }
    std::size_t k = 0;
    for (std::size_t at = 0; at < cells; ++at) {
        const std::size_t first = k;
        while (k < crossing.size() && (crossing[k] >> 32) == at)
            ++k;
        if (k == first) {
            // No edge comes near the cell: the place at its middle is the place of all of
            // it (or none is).
            g.cells[at] = middle[at];
            continue;
        }
        // A place that covers part of the cell has an edge in it, so it is listed; one that
        // covers all of it is the place at its middle. An edge's bounding box may touch a
        // cell it does not cross, so the middle's place is listed too.
        std::vector<std::uint32_t> list;
        list.reserve(k - first + 1);
        for (std::size_t j = first; j < k; ++j)
            list.push_back(static_cast<std::uint32_t>(crossing[j] & 0xFFFFFFFFU));
        if (middle[at] >= 0)
            list.push_back(static_cast<std::uint32_t>(middle[at]));
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        g.cells[at] = -2 - static_cast<std::int32_t>(g.lists.size());
        g.lists.push_back(std::move(list));
    }
}

const BodyPlace* BodyAtlas::placeAt(BodyView view, Point p) const {
    const Grid& g = m_grids[viewIndex(view)];
    if (!(p.x >= 0 && p.x < 1 && p.y >= 0 && p.y < 1) || g.cells.empty())
        return nullptr;
    const auto col = static_cast<int>(p.x * g.cols);
    const auto row = static_cast<int>(p.y * g.rows);
    const std::int32_t cell = g.cells[static_cast<std::size_t>(row * g.cols + col)];
    if (cell >= 0)
        return &m_places[static_cast<std::size_t>(cell)];
    if (cell == -1)
        return nullptr;
    for (std::uint32_t i : g.lists[static_cast<std::size_t>(-2 - cell)]) {
        if (m_places[i].contains(p))
            return &m_places[i];
    }
    return nullptr;
}

Side BodyAtlas::sideAt(BodyView view, Point p) {
    if (std::abs(p.x - 0.5) < 0.01)
        return Side::Centre;
    const bool viewerLeft = p.x < 0.5;
    return viewerLeft == (view == BodyView::Back) ? Side::Left : Side::Right;
}

std::optional<BodyPoint> BodyAtlas::placeOf(BodyView view, Point p) const {
    const BodyPlace* place = placeAt(view, p);
    if (place == nullptr)
        return std::nullopt;
    return BodyPoint{view, p.x, p.y, place->id, place->side};
}

std::optional<BodyPoint> BodyAtlas::relocate(BodyView view, Point p) const {
    if (auto on = placeOf(view, p))
        return on;
    // The nearest point on any place's edge, in screen units (x scaled by the aspect).
    const BodyPlace* best = nullptr;
    Point nearest;
    double bestDistance = std::numeric_limits<double>::max();
    for (const BodyPlace& place : m_places) {
        if (place.view == view && nearestOnEdge(place, p, nearest, bestDistance))
            best = &place;
    }
    if (best == nullptr)
        return std::nullopt;
    const Point inside = stepInside(*best, nearest);
    return BodyPoint{view, inside.x, inside.y, best->id, best->side};
}

bool BodyAtlas::nearestOnEdge(const BodyShape& shape, Point p, Point& nearest,
                              double& bestDistance) const {
    bool closer = false;
    for (const Ring& ring : shape.rings) {
        for (std::size_t k = 0; k < ring.size(); ++k) {
            const Point& a = ring[k];
            const Point& b = ring[(k + 1) % ring.size()];
            const double dx = (b.x - a.x) * m_aspect;
            const double dy = b.y - a.y;
            const double length2 = dx * dx + dy * dy;
            const double t =
                length2 > 0 ? std::clamp(((p.x - a.x) * m_aspect * dx + (p.y - a.y) * dy) / length2,
                                         0.0, 1.0)
                            : 0.0;
            const Point c{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
            const double d = std::hypot((p.x - c.x) * m_aspect, p.y - c.y);
            if (d < bestDistance) {
                bestDistance = d;
                nearest = c;
                closer = true;
            }
        }
    }
    return closer;
}

Point BodyAtlas::stepInside(const BodyShape& shape, Point edge) const {
    // Just inside the edge, a step towards the shape's centre; its centre if that fails.
    const double step = 0.002 / std::max(1e-9, std::hypot((shape.centre.x - edge.x) * m_aspect,
                                                          shape.centre.y - edge.y));
    const Point inside{edge.x + (shape.centre.x - edge.x) * std::min(1.0, step),
                       edge.y + (shape.centre.y - edge.y) * std::min(1.0, step)};
    return shape.contains(inside) ? inside : shape.centre;
}

double BodyAtlas::areaOf(const BodyShape& shape) {
    double total = 0;
    for (std::size_t i = 0; i < shape.rings.size(); ++i) {
        const Ring& ring = shape.rings[i];
        double twice = 0;
        for (std::size_t k = 0, j = ring.size() - 1; k < ring.size(); j = k++)
            twice += (ring[j].x + ring[k].x) * (ring[j].y - ring[k].y);
        int around = 0;
        for (std::size_t j = 0; j < shape.rings.size(); ++j) {
            if (j != i && !ring.empty() && contains(shape.rings[j], ring.front()))
                ++around;
        }
        total += (around % 2 == 1 ? -1 : 1) * std::abs(twice) / 2;
    }
    return std::max(0.0, total);
}

double BodyAtlas::surfaceShare(const std::vector<std::string>& placeIds) const {
    double whole = 0;
    double marked = 0;
    for (const BodyPlace& p : m_places) {
        const double area = areaOf(p);
        whole += area;
        if (std::find(placeIds.begin(), placeIds.end(), p.id) != placeIds.end())
            marked += area;
    }
    return whole > 0 ? marked / whole : 0;
}

Point BodyAtlas::pointOnRegion(std::string_view regionId, Point p) const {
    const BodyRegion* r = find(regionId);
    return r != nullptr ? moveInto(*r, p) : p;
}

Point BodyAtlas::moveInto(const BodyShape& shape, Point p) const {
    if (shape.contains(p))
        return p;
    Point nearest = shape.centre;
    double bestDistance = std::numeric_limits<double>::max();
    nearestOnEdge(shape, p, nearest, bestDistance);
    return stepInside(shape, nearest);
}

const std::vector<Ring>& BodyAtlas::outline(BodyView view) const {
    return m_outline[viewIndex(view)];
}

namespace {

// The nearest shape of the same view in that direction on screen, or null. Screen
// distances: x is scaled by the aspect so both axes are in the same unit.
template <class Shape>
const Shape* nearestToward(const std::vector<Shape>& shapes, const Shape& from, Direction direction,
                           double aspect) {
    const Shape* best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (const Shape& s : shapes) {
        if (s.view != from.view || &s == &from)
            continue;
        const double dx = (s.centre.x - from.centre.x) * aspect;
        const double dy = s.centre.y - from.centre.y;
        const bool vertical = direction == Direction::Up || direction == Direction::Down;
        const double sign = direction == Direction::Left || direction == Direction::Up ? -1 : 1;
        const double along = sign * (vertical ? dy : dx);
        const double across = vertical ? dx : dy;
        if (along <= 1e-6 || std::abs(across) > 2.0 * along)
            continue; // not in that direction
        const double score = along + 2.0 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = &s;
        }
    }
    return best;
}

template <class Shape> const Shape* topMost(const std::vector<Shape>& shapes, BodyView view) {
    const Shape* best = nullptr;
    for (const Shape& s : shapes) {
        if (s.view == view && (best == nullptr || s.centre.y < best->centre.y ||
                               (s.centre.y == best->centre.y && s.centre.x < best->centre.x)))
            best = &s;
    }
    return best;
}

} // namespace

const BodyRegion* BodyAtlas::neighbour(const BodyRegion& from, Direction direction) const {
    return nearestToward(m_regions, from, direction, m_aspect);
}

const BodyPlace* BodyAtlas::neighbour(const BodyPlace& from, Direction direction) const {
    return nearestToward(m_places, from, direction, m_aspect);
}

const BodyRegion* BodyAtlas::first(BodyView view) const {
    return topMost(m_regions, view);
}

const BodyPlace* BodyAtlas::firstPlace(BodyView view) const {
    return topMost(m_places, view);
}

} // namespace knotmap
