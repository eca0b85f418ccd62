// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

// Conversions between core's plain types and Qt's, in one place.
#include "knotmap/atlas.h"
#include "knotmap/clock.h"
#include "knotmap/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace knotmap::ui {

inline QDate toQDate(LocalDate d) {
    return {static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
            static_cast<int>(static_cast<unsigned>(d.day()))};
}

inline LocalDate fromQDate(QDate d) {
    return LocalDate{std::chrono::year{d.year()},
                     std::chrono::month{static_cast<unsigned>(d.month())},
                     std::chrono::day{static_cast<unsigned>(d.day())}};
}

inline QDateTime toQDateTime(Timestamp t) {
    return QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count());
}

// UTF-8 text from core, which need not end in a NUL (a string_view into a longer text).
inline QString toQString(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// "upper-trapezius-left" -> "Upper trapezius, left": an id made readable, for ids that
// the loaded data does not name.
QString plainName(const std::string& id);

// A region in plain words: the atlas's name ("Upper trapezius, top of the left
// shoulder"), or the readable id when the atlas is missing or does not know it.
QString regionName(const BodyAtlas* atlas, const std::string& regionId);

} // namespace knotmap::ui
