// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/markers.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace knotmap::markers {
namespace {

class Groups {
public:
    explicit Groups(std::size_t n)
        : m_parent(n) {
        std::iota(m_parent.begin(), m_parent.end(), std::size_t{0});
    }
    std::size_t root(std::size_t i) {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    // True when the two were in different groups.
    bool join(std::size_t a, std::size_t b) {
        a = root(a);
        b = root(b);
        if (a == b)
            return false;
        m_parent[std::max(a, b)] = std::min(a, b);
        return true;
    }

private:
    std::vector<std::size_t> m_parent;
};

bool touch(const Marker& a, Point pa, const Marker& b, Point pb, double gap) {
    // A hair of slack, so markers spread exactly apart do not count as touching.
    const double reach = (a.size + b.size) / 2 + gap - 1e-6;
    return std::hypot(pa.x - pb.x, pa.y - pb.y) < reach;
}

} // namespace

std::vector<Point> spread(const std::vector<Marker>& markers, double gap) {
    const std::size_t n = markers.size();
    Groups groups(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            if (touch(markers[i], markers[i].at, markers[j], markers[j].at, gap))
                groups.join(i, j);
        }
    }
    std::vector<Point> drawn(n);
    // Groups only ever grow: a spread group that comes to touch another joins it, and the
    // joined group is spread afresh around its markers' middle. At most n - 1 joins.
    for (std::size_t round = 0; round < n; ++round) {
        std::vector<std::vector<std::size_t>> members(n);
        for (std::size_t i = 0; i < n; ++i)
            members[groups.root(i)].push_back(i);
        for (const auto& group : members) {
            if (group.size() == 1)
                drawn[group[0]] = markers[group[0]].at;
            if (group.size() < 2)
                continue;
            Point middle;
            double largest = 0;
            for (std::size_t i : group) {
                middle.x += markers[i].at.x / static_cast<double>(group.size());
                middle.y += markers[i].at.y / static_cast<double>(group.size());
                largest = std::max(largest, markers[i].size);
            }
            // A ring whose chord between neighbours clears the largest marker and the gap.
            const auto count = static_cast<double>(group.size());
            const double step = largest + gap;
            const double radius = step / (2 * std::sin(std::numbers::pi / std::max(2.0, count)));
            for (std::size_t k = 0; k < group.size(); ++k) {
                const double angle =
                    -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(k) / count;
                drawn[group[k]] = {middle.x + radius * std::cos(angle),
                                   middle.y + radius * std::sin(angle)};
            }
        }
        bool joined = false;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (groups.root(i) != groups.root(j) &&
                    touch(markers[i], drawn[i], markers[j], drawn[j], gap))
                    joined = groups.join(i, j) || joined;
            }
        }
        if (!joined)
            break;
    }
    return drawn;
}

} // namespace knotmap::markers
