// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/domain.h"

#include <charconv>
#include <cstdio>

namespace knotmap {

std::string_view toString(BodyView v) {
    return v == BodyView::Front ? "front" : "back";
}

std::string_view toString(Side s) {
    switch (s) {
    case Side::Left:
        return "left";
    case Side::Right:
        return "right";
    case Side::Centre:
        break;
    }
    return "centre";
}

std::string_view toString(KnotStatus s) {
    switch (s) {
    case KnotStatus::Active:
        return "active";
    case KnotStatus::Easing:
        return "easing";
    case KnotStatus::Resolved:
        break;
    }
    return "resolved";
}

std::optional<BodyView> bodyViewFrom(std::string_view s) {
    if (s == "front")
        return BodyView::Front;
    if (s == "back")
        return BodyView::Back;
    return std::nullopt;
}

std::optional<Side> sideFrom(std::string_view s) {
    if (s == "left")
        return Side::Left;
    if (s == "right")
        return Side::Right;
    if (s == "centre")
        return Side::Centre;
    return std::nullopt;
}

std::optional<KnotStatus> knotStatusFrom(std::string_view s) {
    if (s == "active")
        return KnotStatus::Active;
    if (s == "easing")
        return KnotStatus::Easing;
    if (s == "resolved")
        return KnotStatus::Resolved;
    return std::nullopt;
}

std::string formatDate(LocalDate d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buffer;
}

std::optional<LocalDate> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t from, std::size_t len) -> std::optional<int> {
        int value = 0;
        const char* first = text.data() + from;
        auto [end, ec] = std::from_chars(first, first + len, value);
        if (ec != std::errc{} || end != first + len)
            return std::nullopt;
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const LocalDate date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                         std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

} // namespace knotmap
