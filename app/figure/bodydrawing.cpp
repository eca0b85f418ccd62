// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/bodydrawing.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace knotmap::ui {
namespace {

QPainterPath pathOf(const BodyShape& shape, const QRectF& area) {
    const auto at = [&](const Point& p) {
        return QPointF(area.left() + p.x * area.width(), area.top() + p.y * area.height());
    };
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill); // the rings are read even-odd, as core hit-tests them
    for (const Ring& ring : shape.rings) {
        if (ring.empty())
            continue;
        path.moveTo(at(ring.front()));
        for (std::size_t i = 1; i < ring.size(); ++i)
            path.lineTo(at(ring[i]));
        path.closeSubpath();
    }
    return path;
}

} // namespace

void paintRegions(QPainter& painter, const QRectF& area, const BodyAtlas& atlas, BodyView view,
                  const RegionPaint& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto shapeOf = [&](const QString& id) -> const BodyShape* {
        const BodyShape* s = atlas.shape(id.toStdString());
        return s != nullptr && s->view == view ? s : nullptr;
    };
    for (auto it = style.heat.begin(); it != style.heat.end(); ++it) {
        // How often and how tender: a deeper fill for hotter places, never fully opaque
        // so the figure's lines stay visible.
        const double heat = it.value().toDouble();
        const BodyShape* s = shapeOf(it.key());
        if (s == nullptr || heat <= 0)
            continue;
        QColor fill = style.heatColor;
        fill.setAlphaF(0.12 + 0.68 * std::clamp(heat, 0.0, 1.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(pathOf(*s, area));
    }
    for (const QString& id : style.referCommon) {
        if (const BodyShape* s = shapeOf(id)) {
            QColor fill = style.refer;
            fill.setAlphaF(0.42);
            painter.setPen(QPen(style.refer, 1.0));
            painter.setBrush(fill);
            painter.drawPath(pathOf(*s, area));
        }
    }
    for (const QString& id : style.referSometimes) {
        if (const BodyShape* s = shapeOf(id)) {
            QColor edge = style.refer;
            edge.setAlphaF(0.6);
            painter.setPen(QPen(edge, 1.0, Qt::DotLine));
            painter.setBrush(QBrush(style.refer, Qt::Dense5Pattern));
            painter.drawPath(pathOf(*s, area));
        }
    }
    for (const QString& id : style.painRegions) {
        // Where it hurts: a hatch, so it reads without colour and under the knots.
        if (const BodyShape* s = shapeOf(id)) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(style.pain, Qt::BDiagPattern));
            painter.drawPath(pathOf(*s, area));
        }
    }
    // Faint borders (unless a picture beneath has them): of the muscle regions where knots
    // are logged, or of the places where pain is marked.
    painter.setPen(QPen(style.line, 1.0));
    painter.setBrush(Qt::NoBrush);
    if (style.borders && style.placeLines) {
        for (const BodyPlace& p : atlas.places()) {
            if (p.view == view)
                painter.drawPath(pathOf(p, area));
        }
    } else if (style.borders) {
        // The muscles under the skin always; those beneath them, dashed and lighter, when
        // all the layers are asked for.
        QColor deep = style.line;
        deep.setAlphaF(style.line.alphaF() * 0.7);
        QPen deepPen(deep, 1.0, Qt::DashLine);
        for (const BodyRegion& r : atlas.regions()) {
            if (r.view != view || (r.depth > 1 && !style.allLayers))
                continue;
            painter.setPen(r.depth > 1 ? deepPen : QPen(style.line, 1.0));
            painter.drawPath(pathOf(r, area));
        }
    }
    QStringList lit = style.candidates;
    if (!style.highlighted.isEmpty())
        lit << style.highlighted;
    for (const QString& id : lit) {
        if (const BodyShape* s = shapeOf(id)) {
            painter.setPen(QPen(style.highlight.darker(150), 2.0));
            painter.setBrush(QBrush(style.highlight));
            painter.drawPath(pathOf(*s, area));
        }
    }
    painter.restore();
}

} // namespace knotmap::ui
