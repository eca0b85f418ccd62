// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"

#include <QColor>
#include <QRectF>
#include <QStringList>
#include <QVariantMap>

class QPainter;

namespace knotmap::ui {

// How the atlas regions and places of one view are painted over the figure. Every id may
// name a place or a muscle region.
struct RegionPaint {
    QColor line{0x8a, 0x75, 0x66, 70};
    QString highlighted;
    QStringList candidates;
    QColor highlight{0x2c, 0x7a, 0x6b, 60};
    QStringList painRegions; // hatched: where pain is felt (places or regions)
    bool placeLines = false; // faint borders of the places, not of the muscle regions
    bool allLayers = false;  // the deeper muscles' borders too, dashed (else the surface's only)
    bool borders = true;     // false: the borders are drawn beneath (FigureImages' pictures)
    QColor pain{0x4b, 0x4f, 0xa8};
    QVariantMap heat; // regionId -> 0..1 fill
    QColor heatColor{0xc4, 0x50, 0x3a};
    // A knot's referral pattern, as trigger-point charts draw it: the places it commonly
    // sends pain to filled, those it sometimes does stippled (readable without colour).
    QStringList referCommon;
    QStringList referSometimes;
    QColor refer{0xc8, 0x3c, 0x2c};
};

// Paints the regions of `view` into `area` (the figure's box, which has the atlas's
// aspect). The screen's RegionOverlay and the printed body chart both paint with this,
// from the same polygons core hit-tests against.
void paintRegions(QPainter& painter, const QRectF& area, const BodyAtlas& atlas, BodyView view,
                  const RegionPaint& style);

} // namespace knotmap::ui
