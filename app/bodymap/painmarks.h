#pragma once

#include "common/fielderrors.h"
#include "knotmap/atlas.h"
#include "knotmap/painareas.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

class PainAreaListModel;

// Where pain is felt, for QML: marking a place anywhere on the body, the worst one,
// clearing and removing marks.
class PainMarks : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")

public:
    // Any may be null (nothing loaded): nothing can be marked. `names` names the places.
    PainMarks(const BodyAtlas* atlas, PainAreaRepository* painAreas, const PainAreaListModel* names,
              const Clock& clock, QObject* parent = nullptr);

    // Marks where pain is felt now at (x, y); anywhere on the body. Returns the id, or 0.
    Q_INVOKABLE qint64 markPain(const QString& view, qreal x, qreal y);
    // The area that hurts most (only one at a time), no longer hurting, or a mistake.
    Q_INVOKABLE bool setWorstPain(qint64 areaId);
    Q_INVOKABLE bool clearPain(qint64 areaId);
    Q_INVOKABLE bool removePain(qint64 areaId);
    // {id, name, worst, view, x, y, region, side} of a current pain area; empty if unknown.
    Q_INVOKABLE QVariantMap painArea(qint64 areaId) const;

signals:
    // A domain signal, connected by AppState to the views of pain marks.
    void painChanged();

private:
    std::optional<PainArea> currentPain(RowId id) const;
    bool painSaved(const Status& status);
    bool report(const Error& error);
    const BodyAtlas* m_atlas;
    PainAreaRepository* m_painAreas;
    const PainAreaListModel* m_names;
    const Clock& m_clock;
};

} // namespace knotmap::ui
