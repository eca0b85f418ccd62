#pragma once

#include "common/fielderrors.h"
#include "knotmap/atlas.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

class PainAreaListModel;

// The body map's questions and actions for QML: which region is under a point, what a
// region is called, which region an arrow key leads to, and logging a knot exactly
// where the user clicked. Rules and geometry stay in core.
class BodyMap : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(qreal aspect READ aspect CONSTANT)
    // The words a reading may be described with: [{bit, word, key}], key in English.
    Q_PROPERTY(QVariantList qualityChoices READ qualityChoices CONSTANT)
    Q_PROPERTY(qint64 pendingDelete READ pendingDelete NOTIFY pendingDeleteChanged)

public:
    // atlas and repository may be null (nothing loaded): every question answers "nothing".
    BodyMap(const BodyAtlas* atlas, KnotRepository* knots, PainAreaRepository* painAreas,
            const PainAreaListModel* painModel, const Clock& clock, QObject* parent = nullptr);

    const BodyAtlas* atlas() const { return m_atlas; }
    qreal aspect() const { return m_atlas != nullptr ? m_atlas->aspect() : 400.0 / 880.0; }

    // {region: id or "", name: plain name, onBody: bool} for a point (x, y in 0..1).
    QVariantList qualityChoices() const;
    Q_INVOKABLE QVariantMap regionAt(const QString& view, qreal x, qreal y) const;
    // {id, view, side, name, where, plainName, centreX, centreY}; empty if unknown.
    Q_INVOKABLE QVariantMap region(const QString& id) const;
    // The region an arrow key leads to (Qt.Key_Left/Right/Up/Down), or "" if none.
    Q_INVOKABLE QString neighbour(const QString& id, int key) const;
    Q_INVOKABLE QString firstRegion(const QString& view) const;

    // The current local time as the sheet's default, "YYYY-MM-DD HH:MM".
    Q_INVOKABLE QString now() const;
    // Logs a knot at (x, y) of view with its first reading. `when` is "YYYY-MM-DD HH:MM"
    // local time. Returns the new knot's id, or 0 with errorText/errorField set.
    Q_INVOKABLE qint64 logKnot(const QString& view, qreal x, qreal y, int tenderness, int qualities,
                               const QString& note, const QString& when);

    // The region fields above plus {id, region, regionName, status, firstNoted, tenderness}.
    Q_INVOKABLE QVariantMap knot(qint64 id) const;
    // The knot's readings, newest first: {id, when, tenderness, words, note, qualities}.
    Q_INVOKABLE QVariantList readings(qint64 id) const;
    // A new tenderness reading of a knot; true on success, else errorText/errorField.
    Q_INVOKABLE bool logReading(qint64 knotId, int tenderness, int qualities, const QString& note,
                                const QString& when);
    // Corrects an existing reading.
    Q_INVOKABLE bool editReading(qint64 readingId, qint64 knotId, int tenderness, int qualities,
                                 const QString& note, const QString& when);
    // "active", "easing" or "resolved" (resolved now).
    Q_INVOKABLE bool setStatus(qint64 knotId, const QString& status);

    // Deleting can be undone until the next delete or until commitDelete(): the knot is
    // hidden at once and removed from the database only then.
    Q_INVOKABLE void deleteKnot(qint64 knotId);
    Q_INVOKABLE void undoDelete();
    Q_INVOKABLE bool commitDelete();
    qint64 pendingDelete() const { return m_pendingDelete; }

    // Marks where pain is felt now at (x, y); anywhere on the body. Returns the id, or 0.
    Q_INVOKABLE qint64 markPain(const QString& view, qreal x, qreal y);
    // The area that hurts most (only one at a time), no longer hurting, or a mistake.
    Q_INVOKABLE bool setWorstPain(qint64 areaId);
    Q_INVOKABLE bool clearPain(qint64 areaId);
    Q_INVOKABLE bool removePain(qint64 areaId);
    // {id, name, worst, view, x, y, region, side} of a current pain area; empty if unknown.
    Q_INVOKABLE QVariantMap painArea(qint64 areaId) const;

signals:
    // Domain signals: what this adapter changed. AppState connects them to every view
    // that shows it (docs/ARCHITECTURE.md, "one change-notification path").
    void knotsChanged();
    void knotLogged(qint64 knotId);
    void painChanged();
    void knotChanged(qint64 knotId);
    void pendingDeleteChanged();

private:
    std::optional<Timestamp> parseWhen(const QString& when);
    // The moment to save at, if a database is open and `when` reads as a time.
    std::optional<Timestamp> writableAt(const QString& when);
    bool report(const Error& error);
    void changed(RowId knotId);
    const BodyAtlas* m_atlas;
    KnotRepository* m_knots;
    const Clock& m_clock;
    RowId m_pendingDelete = 0;
    PainAreaRepository* m_painAreas;
    const PainAreaListModel* m_painModel; // names places; QML's list is reloaded by AppState
    std::optional<PainArea> currentPain(RowId id) const;
    bool painSaved(const Status& status);
};

} // namespace knotmap::ui
