// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/atlasview.h"

#include "common/convert.h"

namespace knotmap::ui {
RegionInfo regionInfo(const BodyAtlas* atlas, const QString& id) {
    const BodyRegion* r = atlas != nullptr ? atlas->find(id.toStdString()) : nullptr;
    if (r == nullptr)
        return {};
    RegionInfo info;
    info.id = id;
    info.view = toFigureView(r->view);
    info.side = toQString(toString(r->side));
    info.name = toQString(r->name);
    info.where = toQString(r->where);
    info.plainName = toQString(r->plainName());
    info.centreX = r->centre.x;
    info.centreY = r->centre.y;
    return info;
}

PointInfo AtlasView::regionAt(int view, qreal x, qreal y) const {
    const auto v = toBodyView(view);
    if (m_atlas == nullptr || !v)
        return {};
    const Point p{x, y};
    const BodyRegion* r = m_atlas->regionAt(*v, p);
    PointInfo info;
    info.region = r != nullptr ? toQString(r->id) : QString();
    info.name = r != nullptr ? toQString(r->plainName()) : QString();
    info.onBody = r != nullptr || m_atlas->onBody(*v, p);
    return info;
}

QString AtlasView::neighbour(const QString& id, int key) const {
    const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(id.toStdString()) : nullptr;
    if (r == nullptr)
        return {};
    Direction d = Direction::Right;
    switch (key) {
    case Qt::Key_Left:
        d = Direction::Left;
        break;
    case Qt::Key_Up:
        d = Direction::Up;
        break;
    case Qt::Key_Down:
        d = Direction::Down;
        break;
    case Qt::Key_Right:
        break;
    default:
        return {};
    }
    const BodyRegion* n = m_atlas->neighbour(*r, d);
    return n != nullptr ? toQString(n->id) : QString();
}

QString AtlasView::firstRegion(int view) const {
    const auto v = toBodyView(view);
    const BodyRegion* r = m_atlas != nullptr && v ? m_atlas->first(*v) : nullptr;
    return r != nullptr ? toQString(r->id) : QString();
}

} // namespace knotmap::ui
