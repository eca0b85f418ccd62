// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcare/sessionlistmodel.h"

#include "common/choice.h"
#include "common/convert.h"
#include "history/insighttext.h"
#include "knotmap/log.h"

#include <algorithm>
#include <cmath>

namespace knotmap::ui {
namespace {

// A session's length in whole minutes, at least 1, as the edit sheet shows it.
int shownMinutes(int seconds) {
    return std::max(1, static_cast<int>(std::lround(seconds / 60.0)));
}

} // namespace

SessionListModel::SessionListModel(SelfCareSessionRepository* repository, const Clock& clock,
                                   const KnowledgeBase* knowledge, const BodyAtlas* atlas,
                                   QObject* parent)
    : RecordListModel(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_knowledge(knowledge)
    , m_atlas(atlas) {}

QVariant SessionListModel::data(const QModelIndex& index, int role) const {
    const SelfCareSession& s = record(index);
    auto score = [](const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case SessionIdRole:
        return QVariant::fromValue<qint64>(s.id);
    case StartedRole:
        return toQDateTime(s.startedAt);
    case TechniqueRole: {
        const Technique* t =
            m_knowledge != nullptr ? m_knowledge->technique(s.techniqueId) : nullptr;
        return t != nullptr ? toQString(t->name) : plainName(s.techniqueId);
    }
    case RegionNameRole: {
        return regionName(m_atlas, s.regionId);
    }
    case DurationRole:
        return insight::duration(s.durationSeconds);
    case NoteRole:
        return toQString(s.note);
    case TendernessBeforeRole:
        return score(s.tendernessBefore);
    case TendernessAfterRole:
        return score(s.tendernessAfter);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const {
    return {{SessionIdRole, "sessionId"},
            {StartedRole, "started"},
            {TechniqueRole, "technique"},
            {RegionNameRole, "regionName"},
            {DurationRole, "duration"},
            {NoteRole, "note"},
            {TendernessBeforeRole, "tendernessBefore"},
            {TendernessAfterRole, "tendernessAfter"}};
}

bool SessionListModel::read() {
    if (m_repository == nullptr)
        return false;
    auto rows = m_repository->startedIn({Timestamp{}, m_clock.now() + std::chrono::hours{24}});
    if (!rows) {
        log::ui()->warn("could not read sessions: {}", rows.error().message);
        return false;
    }
    m_all = std::move(*rows);
    std::vector<SelfCareSession> shown;
    for (const SelfCareSession& s : m_all) {
        const bool knotOk = m_knotFilter == 0 || s.knotId == m_knotFilter;
        const bool techniqueOk =
            m_techniqueFilter.isEmpty() || toQString(s.techniqueId) == m_techniqueFilter;
        if (knotOk && techniqueOk)
            shown.push_back(s);
    }
    replace(std::move(shown));
    return true;
}

void SessionListModel::setKnotFilter(qint64 knotId) {
    if (m_knotFilter != knotId) {
        m_knotFilter = knotId;
        reload();
        emit filterChanged();
    }
}

void SessionListModel::setTechniqueFilter(const QString& techniqueId) {
    if (m_techniqueFilter != techniqueId) {
        m_techniqueFilter = techniqueId;
        reload();
        emit filterChanged();
    }
}

const std::vector<SelfCareSession>& SessionListModel::all() const {
    rowCount(); // read when first asked for
    return m_all;
}

QVariantList SessionListModel::techniqueFilters() const {
    QVariantList out{QVariant::fromValue(Choice{QString(), tr("All techniques"), {}})};
    QStringList seen;
    for (const SelfCareSession& s : all()) {
        const QString id = toQString(s.techniqueId);
        if (seen.contains(id))
            continue;
        seen << id;
        const Technique* t =
            m_knowledge != nullptr ? m_knowledge->technique(s.techniqueId) : nullptr;
        out.append(QVariant::fromValue(
            Choice{id, t != nullptr ? toQString(t->name) : plainName(s.techniqueId), {}}));
    }
    return out;
}

SessionInfo SessionListModel::session(qint64 sessionId) const {
    const auto& sessions = all();
    const auto it = std::find_if(sessions.begin(), sessions.end(),
                                 [&](const SelfCareSession& s) { return s.id == sessionId; });
    if (it == sessions.end())
        return {};
    auto score = [](const std::optional<int>& v) { return v ? *v : -1; };
    SessionInfo info;
    info.id = it->id;
    info.minutes = shownMinutes(it->durationSeconds);
    info.before = score(it->tendernessBefore);
    info.after = score(it->tendernessAfter);
    info.note = toQString(it->note);
    return info;
}

QString SessionListModel::editSession(qint64 sessionId, int minutes, int tendernessBefore,
                                      int tendernessAfter, const QString& note) {
    if (m_repository == nullptr)
        return tr("No database is open, so nothing can be saved.");
    const auto& sessions = all();
    const auto it = std::find_if(sessions.begin(), sessions.end(),
                                 [&](const SelfCareSession& s) { return s.id == sessionId; });
    if (it == sessions.end())
        return tr("That session no longer exists.");
    SelfCareSession s = *it;
    // The length to the second stays, unless the minutes shown were changed.
    if (minutes != shownMinutes(s.durationSeconds))
        s.durationSeconds = minutes * 60;
    s.tendernessBefore =
        tendernessBefore >= 0 ? std::optional<int>(tendernessBefore) : std::nullopt;
    s.tendernessAfter = tendernessAfter >= 0 ? std::optional<int>(tendernessAfter) : std::nullopt;
    s.note = note.toStdString();
    if (auto ok = m_repository->update(s); !ok)
        return QString::fromStdString(ok.error().message);
    emit sessionsChanged();
    return {};
}

QString SessionListModel::deleteSession(qint64 sessionId) {
    if (m_repository == nullptr)
        return tr("No database is open, so nothing can be changed.");
    if (auto ok = m_repository->remove(sessionId); !ok)
        return QString::fromStdString(ok.error().message);
    log::ui()->info("self-care session deleted");
    emit sessionsChanged();
    return {};
}

} // namespace knotmap::ui
