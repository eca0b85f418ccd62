// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcare/sessionrunner.h"

#include "bodymap/knotlistmodel.h"
#include "common/choice.h"
#include "common/convert.h"
#include "knotmap/log.h"
#include "knotmap/validation.h"
#include "safety/spotguide.h"
#include "selfcare/sessionlistmodel.h"

namespace knotmap::ui {

SessionRunner::SessionRunner(const KnowledgeBase* knowledge, const BodyAtlas* atlas, Store* store,
                             KnotRepository* knots, const Clock& clock,
                             const MonotonicClock& steady, QObject* parent)
    : FieldErrors(parent)
    , m_knowledge(knowledge)
    , m_atlas(atlas)
    , m_store(store)
    , m_knots(knots)
    , m_clock(clock)
    , m_steady(steady) {
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &SessionRunner::tick);
}

QString SessionRunner::techniqueName() const {
    return m_technique != nullptr ? toQString(m_technique->name) : QString();
}

int SessionRunner::phaseCount() const {
    return m_timer ? static_cast<int>(m_timer->plan().size()) : 0;
}

QString SessionRunner::phaseWhat() const {
    if (!m_timer || m_timer->plan().empty())
        return {};
    if (m_state.finished)
        return tr("Done");
    return toQString(m_timer->plan()[m_state.phase].what);
}

bool SessionRunner::phaseIsRest() const {
    return m_timer && !m_state.finished &&
           m_timer->plan()[m_state.phase].kind == SessionPhase::Kind::Rest;
}

QString SessionRunner::nextWhat() const {
    if (!m_timer || m_state.finished)
        return {};
    const std::size_t next = m_state.phase + 1;
    return next < m_timer->plan().size() ? toQString(m_timer->plan()[next].what)
                                         : tr("Finish and rate the knot again");
}

bool SessionRunner::phaseOpen() const {
    return m_timer && !m_state.finished && !m_timer->plan().empty() &&
           m_timer->plan()[m_state.phase].open;
}

int SessionRunner::phaseElapsed() const {
    if (!m_timer)
        return 0;
    std::chrono::seconds before{0};
    for (std::size_t i = 0; i < m_state.phase && i < m_timer->plan().size(); ++i)
        before += m_timer->plan()[i].duration;
    return static_cast<int>((m_state.done - before).count());
}

int SessionRunner::totalSeconds() const {
    return m_timer ? static_cast<int>(m_timer->total().count()) : 0;
}

QVariantList SessionRunner::techniquesFor(qint64 knotId) const {
    QVariantList out;
    if (m_knots == nullptr || m_knowledge == nullptr || m_atlas == nullptr)
        return out;
    auto knot = m_knots->get(knotId);
    const BodyRegion* region = knot ? m_atlas->find(knot->place.regionId) : nullptr;
    if (region == nullptr)
        return out;
    for (const Technique* t : m_knowledge->techniquesFor(*region)) {
        out.append(QVariant::fromValue(
            Choice{toQString(t->id), toQString(t->name), SpotGuide::doseText(*t)}));
    }
    return out;
}

bool SessionRunner::begin(qint64 knotId, const QString& techniqueId, int tendernessBefore) {
    if (m_knots == nullptr || m_knowledge == nullptr) {
        setError(tr("No database is open, so no session can be logged."));
        return false;
    }
    auto knot = m_knots->get(knotId);
    if (!knot) {
        setError(tr("Choose a knot first."), QStringLiteral("knot"));
        return false;
    }
    const Technique* technique = m_knowledge->technique(techniqueId.toStdString());
    if (technique == nullptr) {
        setError(tr("Choose a technique first."), QStringLiteral("technique"));
        return false;
    }
    if (tendernessBefore < rules::kMinScore || tendernessBefore > rules::kMaxScore) {
        setError(tr("Rate how tender the knot is now, from 0 to 10."),
                 QStringLiteral("tendernessBefore"));
        return false;
    }
    clearError();
    m_knot = *knot;
    m_knotName = regionName(m_atlas, m_knot.place.regionId);
    m_technique = technique;
    m_before = tendernessBefore;
    m_startedAt = m_clock.now();
    m_timer = std::make_unique<SessionTimer>(planSession(*technique));
    m_timer->start(m_steady.now());
    m_state = m_timer->at(m_steady.now());
    m_ticker.start();
    log::ui()->info("self-care session started ({})", technique->id);
    emit changed();
    emit phaseStarted(phaseWhat());
    return true;
}

void SessionRunner::pause() {
    if (m_timer) {
        m_timer->pause(m_steady.now());
        tick();
    }
}

void SessionRunner::resume() {
    if (m_timer) {
        m_timer->resume(m_steady.now());
        tick();
    }
}

void SessionRunner::stop() {
    if (m_timer) {
        m_timer->stop(m_steady.now());
        tick();
    }
}

void SessionRunner::tick() {
    if (!m_timer)
        return;
    const auto before = m_state;
    m_state = m_timer->at(m_steady.now());
    if (m_state.finished)
        m_ticker.stop();
    if (m_state.phase != before.phase || m_state.finished != before.finished)
        emit phaseStarted(phaseWhat());
    emit changed();
}

bool SessionRunner::save(int tendernessAfter, const QString& note) {
    if (!m_timer || m_store == nullptr)
        return false;
    tick();
    SelfCareSession s;
    s.techniqueId = m_technique->id;
    s.knotId = m_knot.id;
    s.regionId = m_knot.place.regionId;
    s.startedAt = m_startedAt;
    s.durationSeconds = std::max(1, doneSeconds());
    s.tendernessBefore = m_before;
    if (tendernessAfter >= 0)
        s.tendernessAfter = tendernessAfter;
    s.note = note.toStdString();
    auto id = recordSession(*m_store, m_clock, s);
    if (!id) {
        setError(QString::fromStdString(id.error().message),
                 QString::fromStdString(id.error().field));
        return false;
    }
    log::ui()->info("self-care session saved");
    discard();
    emit saved(s.knotId.value_or(0));
    return true;
}

void SessionRunner::discard() {
    m_ticker.stop();
    m_timer.reset();
    m_state = {};
    m_technique = nullptr;
    m_before = -1;
    clearError();
    emit changed();
}

} // namespace knotmap::ui
