// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/atlas.h"
#include "knotmap/text.h"

#include "knotmap/log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
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

Result<std::vector<Point>> readPolygon(const Json& j, const std::string& where) {
    if (!j.is_array() || j.size() < 3)
        return broken(where, "needs at least three points");
    std::vector<Point> points;
    points.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        auto p = readPoint(j[i], where + " point " + std::to_string(i));
        if (!p)
            return p.error();
        points.push_back(*p);
    }
    return points;
}

bool isIdentifier(const std::string& s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

Result<BodyRegion> readRegion(const Json& j, std::size_t index) {
    std::string where = "region " + std::to_string(index);
    if (!j.is_object())
        return broken(where, "is not an object");
    auto text = [&](const char* key) -> std::string {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    BodyRegion r;
    r.id = text("id");
    if (!isIdentifier(r.id))
        return broken(where, "has no valid id");
    where += " (" + r.id + ")";
    const auto view = bodyViewFrom(text("view"));
    if (!view)
        return broken(where, "has no view (front or back)");
    r.view = *view;
    const auto side = sideFrom(text("side"));
    if (!side)
        return broken(where, "has no side (left, right or centre)");
    r.side = *side;
    r.name = text("name");
    r.where = text("where");
    if (r.name.empty() || r.where.empty())
        return broken(where, "needs a name and a where");
    const auto muscles = j.find("muscles");
    if (muscles == j.end() || !muscles->is_array() || muscles->empty())
        return broken(where, "names no muscle");
    for (const auto& m : *muscles) {
        if (!m.is_string() || !isIdentifier(m.get<std::string>()))
            return broken(where, "has a muscle id that is not valid");
        r.muscles.push_back(m.get<std::string>());
    }
    auto polygon = readPolygon(j.value("polygon", Json()), where + " polygon");
    if (!polygon)
        return polygon.error();
    r.polygon = std::move(*polygon);
    auto centre = readPoint(j.value("centre", Json()), where + " centre");
    if (!centre)
        return centre.error();
    r.centre = *centre;
    if (!contains(r.polygon, r.centre))
        return broken(where, "has its centre outside its polygon");
    r.boundsMin = r.boundsMax = r.polygon.front();
    for (const Point& p : r.polygon) {
        r.boundsMin = {std::min(r.boundsMin.x, p.x), std::min(r.boundsMin.y, p.y)};
        r.boundsMax = {std::max(r.boundsMax.x, p.x), std::max(r.boundsMax.y, p.y)};
    }
    return r;
}

} // namespace

bool contains(const std::vector<Point>& polygon, Point p) {
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
    const Json j = Json::parse(text);
    if (!j.is_object() || j.value("format", 0) != 1)
        return broken("the file", "is not format 1");
    BodyAtlas atlas;
    const auto aspect = j.find("aspect");
    if (aspect == j.end() || !aspect->is_number() || *aspect <= 0.1 || *aspect >= 1.0)
        return broken("aspect", "must be between 0.1 and 1");
    atlas.m_aspect = aspect->get<double>();
    const auto outline = j.find("outline");
    if (outline == j.end() || !outline->is_object())
        return broken("outline", "is missing");
    for (BodyView view : {BodyView::Front, BodyView::Back}) {
        const std::string name(toString(view));
        auto polygon = readPolygon(outline->value(name, Json()), "outline " + name);
        if (!polygon)
            return polygon.error();
        atlas.m_outline[viewIndex(view)] = std::move(*polygon);
    }
    const auto regions = j.find("regions");
    if (regions == j.end() || !regions->is_array() || regions->empty())
        return broken("regions", "are missing");
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < regions->size(); ++i) {
        auto region = readRegion((*regions)[i], i);
        if (!region)
            return region.error();
        if (!ids.insert(region->id).second)
            return broken("region " + std::to_string(i), "repeats the id " + region->id);
        if (!atlas.onBody(region->view, region->centre))
            return broken("region " + std::to_string(i) + " (" + region->id + ")",
                          "has its centre outside the body outline");
        atlas.m_regions.push_back(std::move(*region));
    }
    log::knowledge()->info("body atlas: {} regions", atlas.m_regions.size());
    return atlas;
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

const BodyRegion* BodyAtlas::find(std::string_view id) const {
    for (const BodyRegion& r : m_regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const BodyRegion* BodyAtlas::regionAt(BodyView view, Point p) const {
    for (const BodyRegion& r : m_regions) {
        if (r.view != view || p.x < r.boundsMin.x || p.x > r.boundsMax.x || p.y < r.boundsMin.y ||
            p.y > r.boundsMax.y)
            continue;
        if (contains(r.polygon, p))
            return &r;
    }
    return nullptr;
}

bool BodyAtlas::onBody(BodyView view, Point p) const {
    return contains(m_outline[viewIndex(view)], p);
}

Side BodyAtlas::sideAt(BodyView view, Point p) {
    if (std::abs(p.x - 0.5) < 0.01)
        return Side::Centre;
    const bool viewerLeft = p.x < 0.5;
    return viewerLeft == (view == BodyView::Back) ? Side::Left : Side::Right;
}

std::optional<BodyPoint> BodyAtlas::placeOf(BodyView view, Point p) const {
    if (const BodyRegion* r = regionAt(view, p))
        return BodyPoint{view, p.x, p.y, r->id, r->side};
    if (!onBody(view, p))
        return std::nullopt;
    const Side side = sideAt(view, p);
    return BodyPoint{view, p.x, p.y,
                     "unmapped-" + std::string(toString(view)) + "-" + std::string(toString(side)),
                     side};
}

const std::vector<Point>& BodyAtlas::outline(BodyView view) const {
    return m_outline[viewIndex(view)];
}

const BodyRegion* BodyAtlas::neighbour(const BodyRegion& from, Direction direction) const {
    const BodyRegion* best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (const BodyRegion& r : m_regions) {
        if (r.view != from.view || &r == &from)
            continue;
        // Screen distances: x is scaled by the aspect so both axes are in the same unit.
        const double dx = (r.centre.x - from.centre.x) * m_aspect;
        const double dy = r.centre.y - from.centre.y;
        double along = 0;
        double across = 0;
        switch (direction) {
        case Direction::Right:
            along = dx;
            across = dy;
            break;
        case Direction::Left:
            along = -dx;
            across = dy;
            break;
        case Direction::Down:
            along = dy;
            across = dx;
            break;
        case Direction::Up:
            along = -dy;
            across = dx;
            break;
        }
        if (along <= 1e-6 || std::abs(across) > 2.0 * along)
            continue; // not in that direction
        const double score = along + 2.0 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = &r;
        }
    }
    return best;
}

const BodyRegion* BodyAtlas::first(BodyView view) const {
    const BodyRegion* best = nullptr;
    for (const BodyRegion& r : m_regions) {
        if (r.view == view && (best == nullptr || r.centre.y < best->centre.y ||
                               (r.centre.y == best->centre.y && r.centre.x < best->centre.x)))
            best = &r;
    }
    return best;
}

} // namespace knotmap
