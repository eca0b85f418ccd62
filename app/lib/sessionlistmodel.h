#pragma once

#include "knotmap/sessions.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// The self-care session log, newest first.
class SessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

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

    SessionListModel(SelfCareSessionRepository* repository, const Clock& clock,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool reload();

signals:
    void countChanged();

private:
    SelfCareSessionRepository* m_repository;
    const Clock& m_clock;
    std::vector<SelfCareSession> m_rows;
};

} // namespace knotmap::ui
