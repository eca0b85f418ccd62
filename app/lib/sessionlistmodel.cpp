#include "sessionlistmodel.h"

#include "convert.h"
#include "knotmap/log.h"

#include <cmath>

namespace knotmap::ui {

SessionListModel::SessionListModel(SelfCareSessionRepository* repository, const Clock& clock,
                                   const KnowledgeBase* knowledge, const BodyAtlas* atlas,
                                   QObject* parent)
    : RecordListModel(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_knowledge(knowledge)
    , m_atlas(atlas) {
    reload();
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const {
    const SelfCareSession& s = record(index);
    auto score = [](const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case StartedRole:
        return toQDateTime(s.startedAt);
    case TechniqueRole: {
        const Technique* t =
            m_knowledge != nullptr ? m_knowledge->technique(s.techniqueId) : nullptr;
        return t != nullptr ? toQString(t->name) : plainName(s.techniqueId);
    }
    case RegionNameRole: {
        const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(s.regionId) : nullptr;
        return r != nullptr ? toQString(r->plainName()) : plainName(s.regionId);
    }
    case MinutesRole:
        return std::max(1, static_cast<int>(std::lround(s.durationSeconds / 60.0)));
    case TendernessBeforeRole:
        return score(s.tendernessBefore);
    case TendernessAfterRole:
        return score(s.tendernessAfter);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const {
    return {{StartedRole, "started"},
            {TechniqueRole, "technique"},
            {RegionNameRole, "regionName"},
            {MinutesRole, "minutes"},
            {TendernessBeforeRole, "tendernessBefore"},
            {TendernessAfterRole, "tendernessAfter"}};
}

bool SessionListModel::reload() {
    if (m_repository == nullptr)
        return false;
    auto rows = m_repository->startedIn({Timestamp{}, m_clock.now() + std::chrono::hours{24}});
    if (!rows) {
        log::ui()->warn("could not read sessions: {}", rows.error().message);
        return false;
    }
    replace(std::move(*rows));
    return true;
}

} // namespace knotmap::ui
