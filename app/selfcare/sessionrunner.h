// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/knots.h"
#include "knotmap/knowledge.h"
#include "knotmap/selfcare.h"
#include "knotmap/store.h"

#include "common/fielderrors.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace knotmap::ui {

// Runs one timed self-care session for QML: choosing a knot and a technique that suits
// it, the timer (true time from a monotonic clock, re-read a few times a second), and
// saving the session with the tenderness before and after.
class SessionRunner : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool paused READ paused NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(QString techniqueName READ techniqueName NOTIFY changed)
    Q_PROPERTY(QString knotName READ knotName NOTIFY changed)
    Q_PROPERTY(int phaseIndex READ phaseIndex NOTIFY changed)
    Q_PROPERTY(int phaseCount READ phaseCount NOTIFY changed)
    Q_PROPERTY(QString phaseWhat READ phaseWhat NOTIFY changed)
    Q_PROPERTY(bool phaseIsRest READ phaseIsRest NOTIFY changed)
    Q_PROPERTY(QString nextWhat READ nextWhat NOTIFY changed)
    Q_PROPERTY(int phaseLeft READ phaseLeft NOTIFY changed)
    Q_PROPERTY(int doneSeconds READ doneSeconds NOTIFY changed)
    Q_PROPERTY(int totalSeconds READ totalSeconds NOTIFY changed)
    // The step has no set length (the dose sets none): it lasts until the person is done,
    // and the timer counts up (phaseElapsed) instead of down.
    Q_PROPERTY(bool phaseOpen READ phaseOpen NOTIFY changed)
    Q_PROPERTY(int phaseElapsed READ phaseElapsed NOTIFY changed)

public:
    SessionRunner(const KnowledgeBase* knowledge, const BodyAtlas* atlas, Store* store,
                  KnotRepository* knots, const Clock& clock, const MonotonicClock& steady,
                  QObject* parent = nullptr);

    bool active() const { return m_timer != nullptr; }
    bool running() const { return active() && !m_state.finished; }
    bool paused() const { return m_state.paused; }
    bool finished() const { return active() && m_state.finished; }
    QString techniqueName() const;
    QString knotName() const { return m_knotName; }
    int phaseIndex() const { return static_cast<int>(m_state.phase); }
    int phaseCount() const;
    QString phaseWhat() const;
    bool phaseIsRest() const;
    QString nextWhat() const;
    int phaseLeft() const { return static_cast<int>(m_state.leftInPhase.count()); }
    int doneSeconds() const { return static_cast<int>(m_state.done.count()); }
    int totalSeconds() const;
    bool phaseOpen() const;
    int phaseElapsed() const;

    // Techniques that suit a knot's spot: [{id, name, dose}], most relevant first.
    Q_INVOKABLE QVariantList techniquesFor(qint64 knotId) const;
    // Starts a session; false (with errorText) if the knot or technique is unknown or the
    // tenderness before is out of range.
    Q_INVOKABLE bool begin(qint64 knotId, const QString& techniqueId, int tendernessBefore);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    // Ends early; the time done is what will be saved.
    Q_INVOKABLE void stop();
    // Saves the session (and the knot's new reading when tenderness after is 0-10; -1 for
    // none). Returns false with errorText/errorField set; the session stays for another try.
    Q_INVOKABLE bool save(int tendernessAfter, const QString& note);
    Q_INVOKABLE void discard();
    // Re-reads the clock; called by the runner's own timer, and by tests.
    Q_INVOKABLE void tick();

signals:
    void changed();
    // A new phase began: a cue for the eye (and ear) that something changes now.
    void phaseStarted(const QString& what);
    // A session was saved, and with it a reading of its knot (`knotId`; 0 for none): a
    // domain signal, connected by AppState to every view that shows sessions or knots.
    void saved(qint64 knotId);

private:
    const KnowledgeBase* m_knowledge;
    const BodyAtlas* m_atlas;
    Store* m_store;
    KnotRepository* m_knots;
    const Clock& m_clock;
    const MonotonicClock& m_steady;
    QTimer m_ticker;

    std::unique_ptr<SessionTimer> m_timer;
    SessionTimer::State m_state;
    const Technique* m_technique = nullptr;
    Knot m_knot;
    QString m_knotName;
    int m_before = -1;
    Timestamp m_startedAt{};
};

} // namespace knotmap::ui
