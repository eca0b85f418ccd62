// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/knotstory.h"

#include "common/convert.h"
#include "common/dates.h"
#include "history/insighttext.h"
#include "knotmap/log.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace knotmap::ui {
namespace {

QString when(Timestamp t) {
    return dates::moment(t);
}

} // namespace

KnotStory::KnotStory(KnotRepository* knots, SelfCareSessionRepository* sessions,
                     const BodyAtlas* atlas, const KnowledgeBase* knowledge, const Clock& clock,
                     QObject* parent)
    : QObject(parent)
    , m_knotRepo(knots)
    , m_sessionRepo(sessions)
    , m_atlas(atlas)
    , m_knowledge(knowledge)
    , m_clock(clock) {}

void KnotStory::setKnotId(qint64 id) {
    if (id != m_knotId) {
        m_knotId = id;
        reload();
    }
}

void KnotStory::clear() {
    m_title.clear();
    m_muscle.clear();
    m_status.clear();
    m_summary.clear();
    m_view = FigureView::Front;
    m_readings.clear();
    m_sessions.clear();
    m_events.clear();
    m_start = {};
    m_end = {};
}

void KnotStory::reload() {
    clear();
    if (m_knotId == 0 || m_knotRepo == nullptr || m_sessionRepo == nullptr) {
        emit changed();
        return;
    }
    auto story = history::knotStory(*m_knotRepo, *m_sessionRepo, m_knotId, m_clock.today());
    if (!story) {
        log::ui()->warn("could not read a knot's story: {}", story.error().message);
        m_summary =
            tr("This knot's story could not be read: %1").arg(toQString(story.error().message));
        emit changed();
        return;
    }
    showKnot(story->knot);
    Timestamp first = story->knot.createdAt;
    Timestamp last = story->knot.resolvedAt.value_or(m_clock.now());
    showReadings(*story, first, last);
    const int seconds = showSessions(*story, last);
    showStatusChanges(*story);
    std::stable_sort(m_events.begin(), m_events.end(), [](const QVariant& a, const QVariant& b) {
        return a.value<StoryEvent>().at > b.value<StoryEvent>().at;
    });
    m_start = toQDateTime(first);
    m_end = toQDateTime(last);
    m_summary = summaryOf(*story, seconds);
    emit changed();
}

void KnotStory::showKnot(const Knot& k) {
    m_title = regionName(m_atlas, k.place.regionId);
    if (m_knowledge != nullptr && m_atlas != nullptr) {
        if (const BodyRegion* region = m_atlas->find(k.place.regionId)) {
            QStringList names;
            for (const Muscle* m : m_knowledge->musclesOf(*region))
                names << toQString(m->plain);
            m_muscle = names.join(QStringLiteral(", "));
        }
    }
    m_status = toQString(toString(k.status));
    m_view = toFigureView(k.place.view);
    m_x = k.place.x;
    m_y = k.place.y;
}

void KnotStory::showReadings(const history::KnotStory& story, Timestamp& first, Timestamp& last) {
    for (const auto& o : story.observations) {
        m_readings.append(
            QVariant::fromValue(StoryReading{toQDateTime(o.observedAt), o.tenderness}));
        m_events.append(QVariant::fromValue(
            StoryEvent{when(o.observedAt), toQDateTime(o.observedAt), QStringLiteral("reading"),
                       tr("Tenderness %1 of 10").arg(o.tenderness), toQString(o.note)}));
        first = std::min(first, o.observedAt);
        last = std::max(last, o.observedAt);
    }
}

int KnotStory::showSessions(const history::KnotStory& story, Timestamp& last) {
    int seconds = 0;
    for (const auto& s : story.sessions) {
        const QString technique = insight::techniqueName(m_knowledge, s.techniqueId);
        QString text = tr("%1 for %2").arg(technique, insight::duration(s.durationSeconds));
        if (s.tendernessBefore && s.tendernessAfter)
            text += tr(", tenderness %1 before and %2 after")
                        .arg(*s.tendernessBefore)
                        .arg(*s.tendernessAfter);
        m_sessions.append(QVariant::fromValue(StorySession{toQDateTime(s.startedAt), text}));
        m_events.append(
            QVariant::fromValue(StoryEvent{when(s.startedAt), toQDateTime(s.startedAt),
                                           QStringLiteral("session"), text, toQString(s.note)}));
        seconds += s.durationSeconds;
        last = std::max(last, s.startedAt);
    }
    return seconds;
}

void KnotStory::showStatusChanges(const history::KnotStory& story) {
    for (const auto& c : story.statusChanges) {
        const QString text = c.status == KnotStatus::Active && c.changedAt == story.knot.createdAt
                                 ? tr("Noted as a new knot")
                                 : tr("Marked %1").arg(insight::statusName(c.status).toLower());
        m_events.append(QVariant::fromValue(StoryEvent{
            when(c.changedAt), toQDateTime(c.changedAt), QStringLiteral("status"), text, {}}));
    }
}

QString KnotStory::summaryOf(const history::KnotStory& story, int seconds) const {
    const Knot& k = story.knot;
    const QString noted = dates::day(toQDateTime(k.createdAt).date());
    QStringList parts;
    const int days = story.daysActive;
    if (k.status == KnotStatus::Resolved)
        parts << (days == 1 ? tr("Noted on %1 and resolved the same day").arg(noted)
                            : tr("Noted on %1, resolved after %n days", nullptr, days).arg(noted));
    else
        parts << (days == 1 ? tr("Noted on %1, %2 since today")
                                  .arg(noted, insight::statusName(k.status).toLower())
                            : tr("Noted on %1, %2 for %n days so far", nullptr, days)
                                  .arg(noted, insight::statusName(k.status).toLower()));
    const auto readings = static_cast<int>(story.observations.size());
    if (readings == 1)
        parts << tr("1 reading, tenderness %1").arg(story.observations.front().tenderness);
    else if (readings > 1)
        parts << tr("%1 readings, tenderness %2 at first and %3 at the latest")
                     .arg(readings)
                     .arg(story.observations.front().tenderness)
                     .arg(story.observations.back().tenderness);
    const auto sessions = static_cast<int>(story.sessions.size());
    parts << (sessions == 0 ? tr("no self-care sessions on it yet")
                            : tr("%n self-care sessions, %1 in all", nullptr, sessions)
                                  .arg(insight::minutes(seconds)));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace knotmap::ui
