// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/painmarks.h"

#include "bodymap/painarealistmodel.h"
#include "common/choice.h"
#include "common/convert.h"

#include <QPointF>

#include <algorithm>
#include <cmath>

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
    auto id = m_painAreas->add({0, *place, false, m_clock.now(), std::nullopt, 0, std::nullopt});
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

bool PainMarks::setPainIntensity(qint64 areaId, int intensity) {
    auto area = currentPain(areaId);
    if (!area)
        return false;
    area->intensity = intensity < 0 ? std::nullopt : std::optional<int>(intensity);
    return painSaved(m_painAreas->update(*area));
}

std::vector<BodyPoint> PainMarks::placesCrossed(int view, const QVariantList& points) const {
    std::vector<BodyPoint> out;
    const auto v = toBodyView(view);
    if (m_atlas == nullptr || !v)
        return out;
    // Each stretch of the stroke is sampled every 0.4% of the figure, so a quick drag
    // does not jump over a small place.
    std::optional<Point> last;
    const auto visit = [&](Point p) {
        if (const auto place = m_atlas->placeOf(*v, p)) {
            const bool seen = std::any_of(out.begin(), out.end(), [&](const BodyPoint& b) {
                return b.regionId == place->regionId;
            });
            if (!seen)
                out.push_back(*place);
        }
    };
    for (const QVariant& value : points) {
        const QPointF q = value.toPointF();
        const Point p{q.x(), q.y()};
        if (last) {
            const double length = std::hypot(p.x - last->x, p.y - last->y);
            const int steps = std::max(1, static_cast<int>(std::ceil(length / 0.004)));
            for (int i = 1; i <= steps; ++i)
                visit(
                    {last->x + (p.x - last->x) * i / steps, last->y + (p.y - last->y) * i / steps});
        } else {
            visit(p);
        }
        last = p;
    }
    return out;
}

std::optional<std::vector<PainArea>> PainMarks::currentForStroke() {
    if (m_painAreas == nullptr || m_atlas == nullptr) {
        setError(tr("No database is open, so nothing can be saved."));
        return std::nullopt;
    }
    auto current = m_painAreas->listCurrent();
    if (!current) {
        report(current.error());
        return std::nullopt;
    }
    return std::move(*current);
}

int PainMarks::paintStroke(int view, const QVariantList& points, int intensity, int kinds) {
    const auto current = currentForStroke();
    if (!current)
        return -1;
    std::vector<PainArea> marks;
    const Timestamp now = m_clock.now();
    for (const BodyPoint& place : placesCrossed(view, points)) {
        const bool marked = std::any_of(current->begin(), current->end(), [&](const PainArea& a) {
            return a.place.regionId == place.regionId;
        });
        if (!marked)
            marks.push_back({0, place, false, now, std::nullopt, static_cast<unsigned>(kinds),
                             intensity < 0 ? std::nullopt : std::optional<int>(intensity)});
    }
    if (marks.empty())
        return 0;
    auto ids = m_painAreas->addAll(marks);
    if (!ids) {
        report(ids.error());
        return -1;
    }
    painSaved({});
    return static_cast<int>(ids->size());
}

int PainMarks::eraseStroke(int view, const QVariantList& points) {
    const auto current = currentForStroke();
    if (!current)
        return -1;
    std::vector<RowId> ids;
    for (const BodyPoint& place : placesCrossed(view, points)) {
        for (const PainArea& a : *current) {
            if (a.place.regionId == place.regionId)
                ids.push_back(a.id);
        }
    }
    if (ids.empty())
        return 0;
    if (auto ok = m_painAreas->clearAll(ids, m_clock.now()); !ok) {
        report(ok.error());
        return -1;
    }
    painSaved({});
    return static_cast<int>(ids.size());
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
    info.intensity = area->intensity.value_or(-1);
    info.notedAt = toQDateTime(area->notedAt);
    return info;
}

} // namespace knotmap::ui
