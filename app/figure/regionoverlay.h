// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/kinds.h"
#include "figure/bodydrawing.h"

#include <QColor>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

class AtlasView;

// Draws the muscle regions (or the places) of one view over the figure: faint outlines, and the
// highlighted region filled. The polygons come from the atlas, the same data core
// hit-tests against, so what is drawn is what a click selects.
class RegionOverlay : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(knotmap::ui::AtlasView* atlas READ atlas WRITE setAtlas NOTIFY changed)
    Q_PROPERTY(knotmap::ui::FigureView::Value view READ view WRITE setView NOTIFY changed)
    Q_PROPERTY(QString highlighted READ highlighted WRITE setHighlighted NOTIFY changed)
    Q_PROPERTY(QColor lineColor READ lineColor WRITE setLineColor NOTIFY changed)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY changed)
    Q_PROPERTY(QStringList painRegions READ painRegions WRITE setPainRegions NOTIFY changed)
    Q_PROPERTY(QColor painColor READ painColor WRITE setPainColor NOTIFY changed)
    Q_PROPERTY(QStringList candidates READ candidates WRITE setCandidates NOTIFY changed)
    Q_PROPERTY(QStringList referCommon READ referCommon WRITE setReferCommon NOTIFY changed)
    Q_PROPERTY(
        QStringList referSometimes READ referSometimes WRITE setReferSometimes NOTIFY changed)
    Q_PROPERTY(QColor referColor READ referColor WRITE setReferColor NOTIFY changed)
    // regionId -> 0..1: fills regions by how often and how tender (History's heat view).
    Q_PROPERTY(QVariantMap heat READ heat WRITE setHeat NOTIFY changed)
    Q_PROPERTY(QColor heatColor READ heatColor WRITE setHeatColor NOTIFY changed)
    // Borders of the places (where pain is marked) instead of the muscle regions.
    Q_PROPERTY(bool placeLines READ placeLines WRITE setPlaceLines NOTIFY changed)
    Q_PROPERTY(bool allLayers READ allLayers WRITE setAllLayers NOTIFY changed)
    // Whether it paints the faint borders itself (false where a picture beneath has them).
    Q_PROPERTY(bool borders READ borders WRITE setBorders NOTIFY changed)

public:
    explicit RegionOverlay(QQuickItem* parent = nullptr);

    void paint(QPainter* painter) override;

    AtlasView* atlas() const { return m_atlas; }
    void setAtlas(AtlasView* atlas);
    FigureView::Value view() const { return m_view; }
    void setView(FigureView::Value view);
    QString highlighted() const { return m_style.highlighted; }
    void setHighlighted(const QString& id);
    QColor lineColor() const { return m_style.line; }
    void setLineColor(const QColor& c);
    QColor highlightColor() const { return m_style.highlight; }
    void setHighlightColor(const QColor& c);
    QStringList painRegions() const { return m_style.painRegions; }
    void setPainRegions(const QStringList& ids);
    QColor painColor() const { return m_style.pain; }
    void setPainColor(const QColor& c);
    QStringList candidates() const { return m_style.candidates; }
    void setCandidates(const QStringList& ids);
    QStringList referCommon() const { return m_style.referCommon; }
    void setReferCommon(const QStringList& ids) { set(m_style.referCommon, ids); }
    QStringList referSometimes() const { return m_style.referSometimes; }
    void setReferSometimes(const QStringList& ids) { set(m_style.referSometimes, ids); }
    QColor referColor() const { return m_style.refer; }
    void setReferColor(const QColor& c) { set(m_style.refer, c); }

    QVariantMap heat() const { return m_style.heat; }
    void setHeat(const QVariantMap& heat);
    QColor heatColor() const { return m_style.heatColor; }
    void setHeatColor(const QColor& c);
    bool placeLines() const { return m_style.placeLines; }
    bool borders() const { return m_style.borders; }
    void setBorders(bool on);
    void setPlaceLines(bool on);
    bool allLayers() const { return m_style.allLayers; }
    void setAllLayers(bool on);

signals:
    void changed();

private:
    template <class T> void set(T& field, const T& value) {
        if (field != value) {
            field = value;
            changedAndRepaint();
        }
    }
    void changedAndRepaint();
    QPointer<AtlasView> m_atlas;
    FigureView::Value m_view = FigureView::Front;
    RegionPaint m_style;
};

} // namespace knotmap::ui
