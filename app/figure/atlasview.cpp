// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/atlasview.h"

#include "knotmap/markers.h"

#include <QPointF>
#include <QVariantMap>

#include "common/convert.h"

namespace knotmap::ui {
namespace {

std::optional<Direction> directionOf(int key) {
    switch (key) {
    case Qt::Key_Left:
        return Direction::Left;
    case Qt::Key_Up:
        return Direction::Up;
    case Qt::Key_Down:
        return Direction::Down;
    case Qt::Key_Right:
        return Direction::Right;
    default:
        return std::nullopt;
    }
}

} // namespace

RegionInfo regionInfo(const BodyAtlas* atlas, const QString& id) {
    const std::string key = id.toStdString();
    const BodyRegion* r = atlas != nullptr ? atlas->find(key) : nullptr;
    const BodyPlace* p = r == nullptr && atlas != nullptr ? atlas->place(key) : nullptr;
    const BodyShape* s = r != nullptr ? static_cast<const BodyShape*>(r) : p;
    if (s == nullptr)
        return {};
    RegionInfo info;
    info.id = id;
    info.view = toFigureView(s->view);
    info.side = toQString(toString(s->side));
    info.centreX = s->centre.x;
    info.centreY = s->centre.y;
    info.isPlace = p != nullptr;
    info.name = toQString(r != nullptr ? r->name : p->name);
    info.where = r != nullptr ? toQString(r->where) : QString();
    info.plainName = toQString(r != nullptr ? r->plainName() : p->plainName());
    info.depth = r != nullptr ? r->depth : 0;
    return info;
}

QVariantList AtlasView::spreadMarkers(const QVariantList& markers) const {
    std::vector<markers::Marker> in;
    in.reserve(static_cast<std::size_t>(markers.size()));
    for (const QVariant& m : markers) {
        const QVariantMap map = m.toMap();
        in.push_back(
            {{map.value(QStringLiteral("x")).toDouble(), map.value(QStringLiteral("y")).toDouble()},
             map.value(QStringLiteral("size")).toDouble()});
    }
    QVariantList out;
    for (const Point& p : markers::spread(in))
        out.append(QPointF(p.x, p.y));
    return out;
}

QList<RegionInfo> AtlasView::musclesAt(int view, qreal x, qreal y) const {
    const auto v = toBodyView(view);
    QList<RegionInfo> out;
    if (m_atlas == nullptr || !v)
        return out;
    for (const BodyRegion* r : m_atlas->regionsAt(*v, {x, y}))
        out.append(regionInfo(m_atlas, toQString(r->id)));
    return out;
}

PointInfo AtlasView::regionAt(int view, qreal x, qreal y) const {
    const auto v = toBodyView(view);
    if (m_atlas == nullptr || !v)
        return {};
    const Point p{x, y};
    const BodyRegion* r = m_atlas->regionAt(*v, p);
    const BodyPlace* place = m_atlas->placeAt(*v, p);
    PointInfo info;
    info.region = r != nullptr ? toQString(r->id) : QString();
    info.name = r != nullptr ? toQString(r->plainName()) : QString();
    info.place = place != nullptr ? toQString(place->id) : QString();
    info.onBody = place != nullptr;
    return info;
}

QString AtlasView::neighbour(const QString& id, int key) const {
    const auto d = directionOf(key);
    if (m_atlas == nullptr || !d)
        return {};
    if (const BodyPlace* p = m_atlas->place(id.toStdString())) {
        const BodyPlace* n = m_atlas->neighbour(*p, *d);
        return n != nullptr ? toQString(n->id) : QString();
    }
    const BodyRegion* r = m_atlas->find(id.toStdString());
    const BodyRegion* n = r != nullptr ? m_atlas->neighbour(*r, *d) : nullptr;
    return n != nullptr ? toQString(n->id) : QString();
}

QString AtlasView::firstRegion(int view) const {
    const auto v = toBodyView(view);
    const BodyRegion* r = m_atlas != nullptr && v ? m_atlas->first(*v) : nullptr;
    return r != nullptr ? toQString(r->id) : QString();
}

QString AtlasView::firstPlace(int view) const {
    const auto v = toBodyView(view);
    const BodyPlace* p = m_atlas != nullptr && v ? m_atlas->firstPlace(*v) : nullptr;
    return p != nullptr ? toQString(p->id) : QString();
}

} // namespace knotmap::ui
