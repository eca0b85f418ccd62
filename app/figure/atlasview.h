// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/kinds.h"
#include "knotmap/atlas.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// A muscle region or a place of the atlas, as QML reads it: typed, not a map of strings.
struct RegionInfo {
    Q_GADGET
    QML_VALUE_TYPE(regionInfo)
    Q_PROPERTY(QString id MEMBER id)
    // A FigureView value. An int, not the enum: Qt 6.4 will not pass an enum-typed
    // gadget member on to an int parameter (the call fails with "Type error").
    Q_PROPERTY(int view MEMBER view)
    Q_PROPERTY(QString side MEMBER side)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString where MEMBER where)
    Q_PROPERTY(QString plainName MEMBER plainName)
    Q_PROPERTY(qreal centreX MEMBER centreX)
    Q_PROPERTY(qreal centreY MEMBER centreY)
    Q_PROPERTY(bool isPlace MEMBER isPlace)
    Q_PROPERTY(int depth MEMBER depth)

public:
    QString id; // "" when there is no such region or place
    int view = FigureView::Front;
    QString side;
    QString name;
    QString where;
    QString plainName;
    qreal centreX = 0;
    qreal centreY = 0;
    bool isPlace = false; // a place of the surface (name only), not a muscle region
    int depth = 0;        // a muscle's layer: 1 under the skin, 2 under that; 0 for a place
};

// What lies under a point of the figure.
struct PointInfo {
    Q_GADGET
    QML_VALUE_TYPE(pointInfo)
    Q_PROPERTY(QString region MEMBER region)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(bool onBody MEMBER onBody)

public:
    QString region; // the muscle region's id, or "" outside every region
    QString name;   // its plain name
    QString place;  // the place on the body's surface, or "" off the body
    bool onBody = false;
};

// Region or place `id`, or an empty RegionInfo if the atlas is missing or lacks it.
RegionInfo regionInfo(const BodyAtlas* atlas, const QString& id);

// The atlas's answers for QML, read-only: which region is under a point, what a region is
// called, which region an arrow key leads to. Geometry stays in core.
class AtlasView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(qreal aspect READ aspect CONSTANT)

public:
    // atlas may be null (not loaded): every question answers "nothing".
    explicit AtlasView(const BodyAtlas* atlas, QObject* parent = nullptr)
        : QObject(parent)
        , m_atlas(atlas) {}

    const BodyAtlas* atlas() const { return m_atlas; }
    qreal aspect() const { return m_atlas != nullptr ? m_atlas->aspect() : 400.0 / 880.0; }

    // What lies under a point (x, y in 0..1).
    Q_INVOKABLE knotmap::ui::PointInfo regionAt(int view, qreal x, qreal y) const;
    // Every muscle under a point, surface first: the choice a click in layers offers.
    Q_INVOKABLE QList<knotmap::ui::RegionInfo> musclesAt(int view, qreal x, qreal y) const;
    Q_INVOKABLE knotmap::ui::RegionInfo region(const QString& id) const {
        return regionInfo(m_atlas, id);
    }
    // The region (from a region) or the place (from a place) an arrow key leads to
    // (Qt.Key_Left/Right/Up/Down), or "" if none.
    Q_INVOKABLE QString neighbour(const QString& id, int key) const;
    Q_INVOKABLE QString firstRegion(int view) const;
    Q_INVOKABLE QString firstPlace(int view) const;
    // Where to draw markers so none hides another (core's markers::spread): each of
    // `markers` is {x, y, size} in pixels; the answer is a point for each, in order.
    Q_INVOKABLE QVariantList spreadMarkers(const QVariantList& markers) const;

private:
    const BodyAtlas* m_atlas;
};

} // namespace knotmap::ui
