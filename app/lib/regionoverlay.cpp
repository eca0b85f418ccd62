#include "regionoverlay.h"

#include <algorithm>

#include "bodymap.h"

#include <QPainter>
#include <QPainterPath>

namespace knotmap::ui {

RegionOverlay::RegionOverlay(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(true);
}

void RegionOverlay::paint(QPainter* painter) {
    if (m_bodyMap == nullptr || m_bodyMap->atlas() == nullptr)
        return;
    const auto view = bodyViewFrom(m_view.toStdString());
    if (!view)
        return;
    const qreal w = width();
    const qreal h = height();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const BodyRegion& r : m_bodyMap->atlas()->regions()) {
        if (r.view != *view)
            continue;
        QPainterPath path;
        path.moveTo(r.polygon.front().x * w, r.polygon.front().y * h);
        for (std::size_t i = 1; i < r.polygon.size(); ++i)
            path.lineTo(r.polygon[i].x * w, r.polygon[i].y * h);
        path.closeSubpath();
        const QString id = QString::fromStdString(r.id);
        if (const double heat = m_heat.value(id).toDouble(); heat > 0) {
            // How often and how tender: a deeper fill for hotter places, never fully opaque
            // so the figure's lines stay visible.
            QColor fill = m_heatColor;
            fill.setAlphaF(0.12 + 0.68 * std::clamp(heat, 0.0, 1.0));
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawPath(path);
        }
        if (m_painRegions.contains(id)) {
            // Where it hurts: a hatch, so it reads without colour and under the knots.
            painter->setPen(Qt::NoPen);
            painter->setBrush(QBrush(m_painColor, Qt::BDiagPattern));
            painter->drawPath(path);
        }
        const bool candidate = m_candidates.contains(id);
        const bool lit = id == m_highlighted || candidate;
        painter->setPen(QPen(lit ? m_highlightColor.darker(150) : m_lineColor, lit ? 2.0 : 1.0));
        painter->setBrush(lit ? QBrush(m_highlightColor) : Qt::NoBrush);
        painter->drawPath(path);
    }
}

void RegionOverlay::setHeat(const QVariantMap& heat) {
    if (m_heat != heat) {
        m_heat = heat;
        changedAndRepaint();
    }
}

void RegionOverlay::setHeatColor(const QColor& c) {
    if (m_heatColor != c) {
        m_heatColor = c;
        changedAndRepaint();
    }
}

void RegionOverlay::changedAndRepaint() {
    emit changed();
    update();
}

void RegionOverlay::setBodyMap(BodyMap* map) {
    if (m_bodyMap != map) {
        m_bodyMap = map;
        changedAndRepaint();
    }
}

void RegionOverlay::setView(const QString& view) {
    if (m_view != view) {
        m_view = view;
        changedAndRepaint();
    }
}

void RegionOverlay::setHighlighted(const QString& id) {
    if (m_highlighted != id) {
        m_highlighted = id;
        changedAndRepaint();
    }
}

void RegionOverlay::setLineColor(const QColor& c) {
    if (m_lineColor != c) {
        m_lineColor = c;
        changedAndRepaint();
    }
}

void RegionOverlay::setPainRegions(const QStringList& ids) {
    if (m_painRegions != ids) {
        m_painRegions = ids;
        changedAndRepaint();
    }
}

void RegionOverlay::setCandidates(const QStringList& ids) {
    if (m_candidates != ids) {
        m_candidates = ids;
        changedAndRepaint();
    }
}

void RegionOverlay::setPainColor(const QColor& c) {
    if (m_painColor != c) {
        m_painColor = c;
        changedAndRepaint();
    }
}

void RegionOverlay::setHighlightColor(const QColor& c) {
    if (m_highlightColor != c) {
        m_highlightColor = c;
        changedAndRepaint();
    }
}

} // namespace knotmap::ui
