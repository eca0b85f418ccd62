#pragma once

#include "knotmap/atlas.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// {id, view, side, name, where, plainName, centreX, centreY} of a region; empty if the
// atlas is missing or does not know it.
QVariantMap regionInfo(const BodyAtlas* atlas, const QString& id);

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

    // {region: id or "", name: plain name, onBody: bool} for a point (x, y in 0..1).
    Q_INVOKABLE QVariantMap regionAt(const QString& view, qreal x, qreal y) const;
    Q_INVOKABLE QVariantMap region(const QString& id) const { return regionInfo(m_atlas, id); }
    // The region an arrow key leads to (Qt.Key_Left/Right/Up/Down), or "" if none.
    Q_INVOKABLE QString neighbour(const QString& id, int key) const;
    Q_INVOKABLE QString firstRegion(const QString& view) const;

private:
    const BodyAtlas* m_atlas;
};

} // namespace knotmap::ui
