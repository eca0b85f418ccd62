// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/convert.h"

namespace knotmap::ui {

QString plainName(const std::string& id) {
    QString text = QString::fromStdString(id);
    for (const char* side : {"-left", "-right"}) {
        if (text.endsWith(QLatin1String(side))) {
            text.chop(static_cast<int>(qstrlen(side)));
            text += QStringLiteral(", ") + QLatin1String(side + 1);
            break;
        }
    }
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString regionName(const BodyAtlas* atlas, const std::string& regionId) {
    const std::string name = atlas != nullptr ? atlas->nameOf(regionId) : std::string();
    return !name.empty() ? QString::fromStdString(name) : plainName(regionId);
}

} // namespace knotmap::ui
