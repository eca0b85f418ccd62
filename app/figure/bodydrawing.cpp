// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/bodydrawing.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace knotmap::ui {

void paintRegions(QPainter& painter, const QRectF& area, const BodyAtlas& atlas, BodyView view,
                  const RegionPaint& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto at = [&](const Point& p) {
        return QPointF(area.left() + p.x * area.width(), area.top() + p.y * area.height());
    };
    for (const BodyRegion& r : atlas.regions()) {
        if (r.view != view || r.polygon.empty())
            continue;
        QPainterPath path;
        path.moveTo(at(r.polygon.front()));
        for (std::size_t i = 1; i < r.polygon.size(); ++i)
            path.lineTo(at(r.polygon[i]));
        path.closeSubpath();
        const QString id = QString::fromStdString(r.id);
        if (const double heat = style.heat.value(id).toDouble(); heat > 0) {
            // How often and how tender: a deeper fill for hotter places, never fully opaque
            // so the figure's lines stay visible.
            QColor fill = style.heatColor;
            fill.setAlphaF(0.12 + 0.68 * std::clamp(heat, 0.0, 1.0));
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPath(path);
        }
        if (style.painRegions.contains(id)) {
            // Where it hurts: a hatch, so it reads without colour and under the knots.
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(style.pain, Qt::BDiagPattern));
            painter.drawPath(path);
        }
        const bool lit = id == style.highlighted || style.candidates.contains(id);
        painter.setPen(QPen(lit ? style.highlight.darker(150) : style.line, lit ? 2.0 : 1.0));
        painter.setBrush(lit ? QBrush(style.highlight) : Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace knotmap::ui
