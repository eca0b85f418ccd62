#pragma once

#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"
#include "knotmap/sessions.h"

#include "recordlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// The self-care session log, newest first.
class SessionListModel : public RecordListModel<SelfCareSession> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")

public:
    enum Role {
        StartedRole = Qt::UserRole + 1,
        TechniqueRole,
        RegionNameRole,
        MinutesRole,
        TendernessBeforeRole,
        TendernessAfterRole,
    };
    Q_ENUM(Role)

    // knowledge and atlas name techniques and regions; either may be null (ids are shown).
    SessionListModel(SelfCareSessionRepository* repository, const Clock& clock,
                     const KnowledgeBase* knowledge, const BodyAtlas* atlas,
                     QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool reload();

private:
    SelfCareSessionRepository* m_repository;
    const Clock& m_clock;
    const KnowledgeBase* m_knowledge;
    const BodyAtlas* m_atlas;
};

} // namespace knotmap::ui
