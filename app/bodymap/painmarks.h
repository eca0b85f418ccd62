// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "common/kinds.h"
#include "knotmap/atlas.h"
#include "knotmap/painareas.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

class PainAreaListModel;

// A place where pain is felt now, as its panel shows it.
struct PainMarkInfo {
    Q_GADGET
    QML_VALUE_TYPE(painMarkInfo)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(bool worst MEMBER worst)
    // A FigureView value. An int, not the enum: Qt 6.4 will not pass an enum-typed
    // gadget member on to an int parameter (the call fails with "Type error").
    Q_PROPERTY(int view MEMBER view)
    Q_PROPERTY(qreal x MEMBER x)
    Q_PROPERTY(qreal y MEMBER y)
    Q_PROPERTY(QString region MEMBER region)
    Q_PROPERTY(QString side MEMBER side)
    // How it feels: PainQuality bits.
    Q_PROPERTY(int kinds MEMBER kinds)
    // How strong it is there, 0-10, or -1: not said.
    Q_PROPERTY(int intensity MEMBER intensity)
    Q_PROPERTY(QDateTime notedAt MEMBER notedAt)

public:
    qint64 id = 0; // 0: no such mark
    QString name;
    bool worst = false;
    int view = FigureView::Front;
    qreal x = 0;
    qreal y = 0;
    QString region;
    QString side;
    int kinds = 0;
    int intensity = -1;
    QDateTime notedAt;
};

// Where pain is felt, for QML: marking a place anywhere on the body, the worst one,
// clearing and removing marks.
class PainMarks : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    // The kinds of pain a mark may be given (QualityChoice), in list order.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)

public:
    // Any may be null (nothing loaded): nothing can be marked. `names` names the places.
    PainMarks(const BodyAtlas* atlas, PainAreaRepository* painAreas, const PainAreaListModel* names,
              const Clock& clock, QObject* parent = nullptr);

    // Marks where pain is felt now at (x, y); anywhere on the body. Returns the id, or 0.
    Q_INVOKABLE qint64 markPain(int view, qreal x, qreal y);
    // The area that hurts most (only one at a time), no longer hurting, or a mistake.
    Q_INVOKABLE bool setWorstPain(qint64 areaId);
    Q_INVOKABLE bool clearPain(qint64 areaId);
    Q_INVOKABLE bool removePain(qint64 areaId);
    // How the pain there feels, as PainQuality bits of kPainKinds (0: not said).
    Q_INVOKABLE bool setPainKinds(qint64 areaId, int kinds);
    // How strong the pain there is, 0-10 (-1: not said).
    Q_INVOKABLE bool setPainIntensity(qint64 areaId, int intensity);
    // A pain drawing's stroke across the figure: the points (each {x, y}, 0..1) of one
    // drag. Paint marks every place it crosses that has no mark yet, each with this
    // intensity (-1: not said) and these kinds, in one save; erase says the marks of the
    // places it crosses eased now (kept, with their dates), in one save. The number of
    // marks made or eased, or -1 when nothing could be saved (the reason in errorText).
    Q_INVOKABLE int paintStroke(int view, const QVariantList& points, int intensity, int kinds);
    Q_INVOKABLE int eraseStroke(int view, const QVariantList& points);
    // A current pain mark; id 0 if there is none by that id.
    Q_INVOKABLE knotmap::ui::PainMarkInfo painArea(qint64 areaId) const;

    QVariantList kindChoices() const;

signals:
    // A domain signal, connected by AppState to the views of pain marks.
    void painChanged();

private:
    // The places a stroke crosses, each once, in the order it reaches them.
    std::vector<BodyPoint> placesCrossed(int view, const QVariantList& points) const;
    // The current marks a stroke works on, or nullopt (the reason in errorText).
    std::optional<std::vector<PainArea>> currentForStroke();
    std::optional<PainArea> currentPain(RowId id) const;
    bool painSaved(const Status& status);
    bool report(const Error& error);
    const BodyAtlas* m_atlas;
    PainAreaRepository* m_painAreas;
    const PainAreaListModel* m_names;
    const Clock& m_clock;
};

} // namespace knotmap::ui
