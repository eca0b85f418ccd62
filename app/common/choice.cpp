// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/choice.h"

#include "common/convert.h"
#include "knotmap/domain.h"

namespace knotmap::ui {

QVariantList qualityChoices(unsigned set) {
    QVariantList choices;
    for (PainQuality q : painQualities(set))
        choices.append(QVariant::fromValue(QualityChoice{
            static_cast<int>(q), QString::fromStdString(painWord(q)), toQString(toString(q))}));
    return choices;
}

} // namespace knotmap::ui
