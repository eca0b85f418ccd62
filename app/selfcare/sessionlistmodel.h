// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"
#include "knotmap/sessions.h"

#include "common/recordlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// A logged session as the edit sheet reads it.
struct SessionInfo {
    Q_GADGET
    QML_VALUE_TYPE(sessionInfo)
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(int minutes MEMBER minutes)
    Q_PROPERTY(int before MEMBER before)
    Q_PROPERTY(int after MEMBER after)
    Q_PROPERTY(QString note MEMBER note)

public:
    qint64 id = 0; // 0: no such session
    int minutes = 0;
    int before = -1; // tenderness before, -1 when not rated
    int after = -1;
    QString note;
};

// The self-care session log, newest first.
class SessionListModel : public RecordListModel<SelfCareSession> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(qint64 knotFilter READ knotFilter WRITE setKnotFilter NOTIFY filterChanged)
    Q_PROPERTY(
        QString techniqueFilter READ techniqueFilter WRITE setTechniqueFilter NOTIFY filterChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        StartedRole,
        TechniqueRole,
        RegionNameRole,
        DurationRole, // to the second, in words: "22 s", "4 min 05 s"
        NoteRole,     // what the person wrote with it, "" for nothing
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

    // Only the sessions on one knot (0: all) and of one technique ("": all).
    qint64 knotFilter() const { return m_knotFilter; }
    void setKnotFilter(qint64 knotId);
    QString techniqueFilter() const { return m_techniqueFilter; }
    void setTechniqueFilter(const QString& techniqueId);
    // The filter's choices (Choice): "All techniques" (value "") first, then each
    // technique in the log.
    Q_INVOKABLE QVariantList techniqueFilters() const;

    // Corrects a logged session; returns "" or the sentence saying what rule was broken.
    Q_INVOKABLE QString editSession(qint64 sessionId, int minutes, int tendernessBefore,
                                    int tendernessAfter, const QString& note);
    Q_INVOKABLE QString deleteSession(qint64 sessionId);
    // {id, minutes, before, after, note} of a logged session.
    Q_INVOKABLE knotmap::ui::SessionInfo session(qint64 sessionId) const;

signals:
    void filterChanged();
    // A session was edited or deleted here: a domain signal, connected by AppState to this
    // list and every other view of sessions.
    void sessionsChanged();

protected:
    bool read() override;

private:
    SelfCareSessionRepository* m_repository;
    const Clock& m_clock;
    const KnowledgeBase* m_knowledge;
    const BodyAtlas* m_atlas;
    qint64 m_knotFilter = 0;
    QString m_techniqueFilter;
    const std::vector<SelfCareSession>& all() const; // every session, before filtering
    std::vector<SelfCareSession> m_all;
};

} // namespace knotmap::ui
