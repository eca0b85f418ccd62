// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/kinds.h"
#include "knotmap/atlas.h"
#include "knotmap/history.h"
#include "knotmap/knowledge.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// A knot's story, typed: a reading, a session, and an event of either or of its status.
struct StoryReading {
    Q_GADGET
    QML_VALUE_TYPE(storyReading)
    Q_PROPERTY(QDateTime when MEMBER when)
    Q_PROPERTY(int tenderness MEMBER tenderness)

public:
    QDateTime when;
    int tenderness = 0;
};

struct StorySession {
    Q_GADGET
    QML_VALUE_TYPE(storySession)
    Q_PROPERTY(QDateTime when MEMBER when)
    Q_PROPERTY(QString text MEMBER text)

public:
    QDateTime when;
    QString text;
};

struct StoryEvent {
    Q_GADGET
    QML_VALUE_TYPE(storyEvent)
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QDateTime at MEMBER at)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString note MEMBER note)

public:
    QString when; // in words
    QDateTime at;
    QString kind; // "reading", "session" or "status"
    QString text;
    QString note; // what the person wrote with the reading or session, "" for nothing
};

// One knot's story for the History page: where it is, how its tenderness went, the
// sessions done on it and its status changes. Set knotId to load it (0: none).
class KnotStory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(qint64 knotId READ knotId WRITE setKnotId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString muscle READ muscle NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(knotmap::ui::FigureView::Value view READ view NOTIFY changed)
    Q_PROPERTY(qreal x READ x NOTIFY changed)
    Q_PROPERTY(qreal y READ y NOTIFY changed)
    Q_PROPERTY(QVariantList readings READ readings NOTIFY changed)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY changed)
    Q_PROPERTY(QVariantList events READ events NOTIFY changed)
    Q_PROPERTY(QDateTime start READ start NOTIFY changed)
    Q_PROPERTY(QDateTime end READ end NOTIFY changed)

public:
    KnotStory(KnotRepository* knots, SelfCareSessionRepository* sessions, const BodyAtlas* atlas,
              const KnowledgeBase* knowledge, const Clock& clock, QObject* parent = nullptr);

    qint64 knotId() const { return m_knotId; }
    void setKnotId(qint64 id);
    QString title() const { return m_title; }
    QString muscle() const { return m_muscle; }
    QString status() const { return m_status; }
    // "Noted on Tue 3 Mar 2026, active for 23 days; 12 readings, tenderness 7 then 4; ..."
    QString summary() const { return m_summary; }
    FigureView::Value view() const { return m_view; }
    qreal x() const { return m_x; }
    qreal y() const { return m_y; }
    // Oldest first: [{when, tenderness}].
    QVariantList readings() const { return m_readings; }
    // Oldest first: [{when, technique, time, before, after}].
    QVariantList sessions() const { return m_sessions; }
    // Everything that happened, newest first: [{when, kind, text}].
    QVariantList events() const { return m_events; }
    // The span the story's chart covers.
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }

    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    void clear();
    // reload()'s parts: the knot itself, then its readings, sessions and status changes as
    // events (widening the chart's span), then the summary sentence.
    void showKnot(const Knot& k);
    void showReadings(const history::KnotStory& story, Timestamp& first, Timestamp& last);
    int showSessions(const history::KnotStory& story, Timestamp& last); // their seconds
    void showStatusChanges(const history::KnotStory& story);
    QString summaryOf(const history::KnotStory& story, int seconds) const;
    KnotRepository* m_knotRepo;
    SelfCareSessionRepository* m_sessionRepo;
    const BodyAtlas* m_atlas;
    const KnowledgeBase* m_knowledge;
    const Clock& m_clock;
    qint64 m_knotId = 0;
    QString m_title;
    QString m_muscle;
    QString m_status;
    QString m_summary;
    FigureView::Value m_view = FigureView::Front;
    qreal m_x = 0;
    qreal m_y = 0;
    QVariantList m_readings;
    QVariantList m_sessions;
    QVariantList m_events;
    QDateTime m_start;
    QDateTime m_end;
};

} // namespace knotmap::ui
