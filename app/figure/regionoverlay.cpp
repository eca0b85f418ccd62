// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/regionoverlay.h"

#include "figure/bodydrawing.h"

#include <algorithm>

#include "figure/atlasview.h"

#include <QPainter>

namespace knotmap::ui {

RegionOverlay::RegionOverlay(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(true);
}

void RegionOverlay::paint(QPainter* painter) {
    if (m_atlas == nullptr || m_atlas->atlas() == nullptr)
        return;
    if (const auto view = toBodyView(m_view))
        paintRegions(*painter, QRectF(0, 0, width(), height()), *m_atlas->atlas(), *view, m_style);
}

void RegionOverlay::setHeat(const QVariantMap& heat) {
    if (m_style.heat != heat) {
        m_style.heat = heat;
        changedAndRepaint();
    }
}

void RegionOverlay::setHeatColor(const QColor& c) {
    if (m_style.heatColor != c) {
        m_style.heatColor = c;
        changedAndRepaint();
    }
}

void RegionOverlay::setPlaceLines(bool on) {
    if (m_style.placeLines != on) {
        m_style.placeLines = on;
        changedAndRepaint();
    }
}

void RegionOverlay::setBorders(bool on) {
    if (m_style.borders != on) {
        m_style.borders = on;
        changedAndRepaint();
    }
}

void RegionOverlay::setAllLayers(bool on) {
    if (m_style.allLayers != on) {
        m_style.allLayers = on;
        changedAndRepaint();
    }
}

void RegionOverlay::changedAndRepaint() {
    emit changed();
    update();
}

void RegionOverlay::setAtlas(AtlasView* atlas) {
    if (m_atlas != atlas) {
        m_atlas = atlas;
        changedAndRepaint();
    }
}

void RegionOverlay::setView(FigureView::Value view) {
    if (m_view != view) {
        m_view = view;
        changedAndRepaint();
    }
}

void RegionOverlay::setHighlighted(const QString& id) {
    if (m_style.highlighted != id) {
        m_style.highlighted = id;
        changedAndRepaint();
    }
}

void RegionOverlay::setLineColor(const QColor& c) {
    if (m_style.line != c) {
        m_style.line = c;
        changedAndRepaint();
    }
}

void RegionOverlay::setPainRegions(const QStringList& ids) {
    if (m_style.painRegions != ids) {
        m_style.painRegions = ids;
        changedAndRepaint();
    }
}

void RegionOverlay::setCandidates(const QStringList& ids) {
    if (m_style.candidates != ids) {
        m_style.candidates = ids;
        changedAndRepaint();
    }
}

void RegionOverlay::setPainColor(const QColor& c) {
    if (m_style.pain != c) {
        m_style.pain = c;
        changedAndRepaint();
    }
}

void RegionOverlay::setHighlightColor(const QColor& c) {
    if (m_style.highlight != c) {
        m_style.highlight = c;
        changedAndRepaint();
    }
}

} // namespace knotmap::ui
