// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/painmarks.h"

#include "bodymap/painarealistmodel.h"
#include "common/choice.h"
#include "common/convert.h"

namespace knotmap::ui {
PainMarks::PainMarks(const BodyAtlas* atlas, PainAreaRepository* painAreas,
                     const PainAreaListModel* names, const Clock& clock, QObject* parent)
    : FieldErrors(parent)
    , m_atlas(atlas)
    , m_painAreas(painAreas)
    , m_names(names)
    , m_clock(clock) {}

bool PainMarks::report(const Error& error) {
    setError(QString::fromStdString(error.message), QString::fromStdString(error.field));
    return false;
}

qint64 PainMarks::markPain(int view, qreal x, qreal y) {
    const auto v = toBodyView(view);
    if (m_painAreas == nullptr || m_atlas == nullptr || !v) {
        setError(tr("No database is open, so nothing can be saved."));
        return 0;
    }
    const auto place = m_atlas->placeOf(*v, {x, y});
    if (!place) {
        setError(tr("That is outside the body. Click on the figure where you feel the pain."),
                 QStringLiteral("place"));
        return 0;
    }
    auto id = m_painAreas->add({0, *place, false, m_clock.now(), std::nullopt});
    if (!id) {
        report(id.error());
        return 0;
    }
    painSaved({});
    return *id;
}

std::optional<PainArea> PainMarks::currentPain(RowId id) const {
    if (m_painAreas == nullptr)
        return std::nullopt;
    auto areas = m_painAreas->listCurrent();
    if (!areas)
        return std::nullopt;
    for (const PainArea& a : *areas) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

bool PainMarks::painSaved(const Status& status) {
    if (!status.ok())
        return report(status.error());
    clearError();
    emit painChanged();
    return true;
}

bool PainMarks::setWorstPain(qint64 areaId) {
    auto area = currentPain(areaId);
    if (!area)
        return false;
    area->worst = true;
    return painSaved(m_painAreas->update(*area));
}

bool PainMarks::clearPain(qint64 areaId) {
    auto area = currentPain(areaId);
    if (!area)
        return false;
    area->clearedAt = std::max(m_clock.now(), area->notedAt);
    area->worst = false;
    return painSaved(m_painAreas->update(*area));
}

bool PainMarks::setPainKinds(qint64 areaId, int kinds) {
    auto area = currentPain(areaId);
    if (!area)
        return false;
    area->kinds = static_cast<unsigned>(kinds); // a negative one has bits core refuses
    return painSaved(m_painAreas->update(*area));
}

QVariantList PainMarks::kindChoices() const {
    return qualityChoices(kPainKinds);
}

bool PainMarks::removePain(qint64 areaId) {
    if (m_painAreas == nullptr)
        return false;
    return painSaved(m_painAreas->remove(areaId));
}

PainMarkInfo PainMarks::painArea(qint64 areaId) const {
    const auto area = currentPain(areaId);
    if (!area || m_names == nullptr)
        return {};
    PainMarkInfo info;
    info.id = area->id;
    info.name = m_names->placeName(area->place);
    info.worst = area->worst;
    info.view = toFigureView(area->place.view);
    info.x = area->place.x;
    info.y = area->place.y;
    info.region = toQString(area->place.regionId);
    info.side = toQString(toString(area->place.side));
    info.kinds = static_cast<int>(area->kinds);
    info.notedAt = toQDateTime(area->notedAt);
    return info;
}

} // namespace knotmap::ui
