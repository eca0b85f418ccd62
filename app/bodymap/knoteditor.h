// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "common/kinds.h"
#include "knotmap/atlas.h"
#include "knotmap/knots.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// A knot as its panel shows it.
struct KnotInfo {
    Q_GADGET
    QML_VALUE_TYPE(knotInfo)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QString region MEMBER region)
    Q_PROPERTY(QString regionName MEMBER regionName)
    Q_PROPERTY(QString plainName MEMBER plainName)
    // A FigureView value. An int, not the enum: Qt 6.4 will not pass an enum-typed
    // gadget member on to an int parameter (the call fails with "Type error").
    Q_PROPERTY(int view MEMBER view)
    Q_PROPERTY(QString side MEMBER side)
    Q_PROPERTY(qreal x MEMBER x)
    Q_PROPERTY(qreal y MEMBER y)
    Q_PROPERTY(knotmap::ui::KnotState::Value status MEMBER status)
    Q_PROPERTY(QString statusText MEMBER statusText)
    Q_PROPERTY(QDateTime firstNoted MEMBER firstNoted)
    Q_PROPERTY(int tenderness MEMBER tenderness)

public:
    qint64 id = 0; // 0: no such knot
    QString region;
    QString regionName;
    QString plainName;
    int view = FigureView::Front;
    QString side;
    qreal x = 0; // where it is on its view's figure, 0..1
    qreal y = 0;
    KnotState::Value status = KnotState::Active;
    QString statusText; // "Active", "Easing", "Resolved", in the person's language
    QDateTime firstNoted;
    int tenderness = -1; // the latest reading, -1 with none
};

// One reading of a knot.
struct ReadingInfo {
    Q_GADGET
    QML_VALUE_TYPE(readingInfo)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(QDateTime when MEMBER when)
    Q_PROPERTY(int tenderness MEMBER tenderness)
    Q_PROPERTY(int qualities MEMBER qualities)
    Q_PROPERTY(QString words MEMBER words)
    Q_PROPERTY(QString note MEMBER note)

public:
    qint64 id = 0;
    QDateTime when;
    int tenderness = 0;
    int qualities = 0; // PainQuality bits
    QString words;     // those bits in words
    QString note;
};

// Knots for QML: logging one exactly where the person clicked, its readings, its status,
// and deleting it with undo. Rules stay in core; what the atlas says about a place is
// AtlasView's, pain marks are PainMarks'.
class KnotEditor : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    // The words a reading may be described with (QualityChoice).
    Q_PROPERTY(QVariantList qualityChoices READ qualityChoices CONSTANT)
    Q_PROPERTY(qint64 pendingDelete READ pendingDelete NOTIFY pendingDeleteChanged)

public:
    // atlas and repository may be null (nothing loaded): nothing can be logged.
    KnotEditor(const BodyAtlas* atlas, KnotRepository* knots, const Clock& clock,
               QObject* parent = nullptr);

    QVariantList qualityChoices() const;

    // The current local time as the sheet's default, "YYYY-MM-DD HH:MM".
    Q_INVOKABLE QString now() const;
    // Logs a knot at (x, y) of view with its first reading. `when` is "YYYY-MM-DD HH:MM"
    // local time. Returns the new knot's id, or 0 with errorText/errorField set.
    // `region`: the muscle chosen among those under the point (AtlasView::musclesAt), or
    // empty for the one nearest the skin.
    Q_INVOKABLE qint64 logKnot(int view, qreal x, qreal y, int tenderness, int qualities,
                               const QString& note, const QString& when,
                               const QString& region = QString());

    Q_INVOKABLE knotmap::ui::KnotInfo knot(qint64 id) const;
    // The knot's readings (ReadingInfo), newest first.
    Q_INVOKABLE QVariantList readings(qint64 id) const;
    // A new tenderness reading of a knot; true on success, else errorText/errorField.
    Q_INVOKABLE bool logReading(qint64 knotId, int tenderness, int qualities, const QString& note,
                                const QString& when);
    // Corrects an existing reading.
    Q_INVOKABLE bool editReading(qint64 readingId, qint64 knotId, int tenderness, int qualities,
                                 const QString& note, const QString& when);
    // A KnotState value (resolved: now).
    Q_INVOKABLE bool setStatus(qint64 knotId, int state);

    // Deleting can be undone until the next delete or until commitDelete(): the knot is
    // hidden at once and removed from the database only then.
    Q_INVOKABLE void deleteKnot(qint64 knotId);
    Q_INVOKABLE void undoDelete();
    Q_INVOKABLE bool commitDelete();
    qint64 pendingDelete() const { return m_pendingDelete; }

signals:
    // Domain signals: what this adapter changed. AppState connects them to every view
    // that shows it (docs/ARCHITECTURE.md, "one change-notification path").
    void knotsChanged();
    void knotLogged(qint64 knotId);
    void knotChanged(qint64 knotId);
    void pendingDeleteChanged();

public slots:
    // A knot changed elsewhere (a session left a reading of it): what shows it reads again.
    void changedElsewhere(qint64 knotId) { emit knotChanged(knotId); }

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
};

} // namespace knotmap::ui
