// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/clock.h"

#include <ctime>

namespace knotmap {
using namespace std::chrono;

Timestamp SystemClock::now() const {
    return time_point_cast<seconds>(system_clock::now());
}

LocalDate Clock::today() const {
    return localDateOf(now());
}

LocalDate localDateOf(Timestamp t) {
    const std::time_t raw = t.time_since_epoch().count();
    std::tm local{};
    localtime_r(&raw, &local);
    return year{local.tm_year + 1900} / month{static_cast<unsigned>(local.tm_mon + 1)} /
           day{static_cast<unsigned>(local.tm_mday)};
}

Timestamp startOfLocalDay(LocalDate d) {
    std::tm local{};
    local.tm_year = static_cast<int>(d.year()) - 1900;
    local.tm_mon = static_cast<int>(static_cast<unsigned>(d.month())) - 1;
    local.tm_mday = static_cast<int>(static_cast<unsigned>(d.day()));
    local.tm_isdst = -1; // let the C library decide for that date
    return Timestamp{seconds{std::mktime(&local)}};
}

} // namespace knotmap
