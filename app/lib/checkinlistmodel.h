#pragma once

#include "knotmap/checkins.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// Daily check-ins, newest first, for History.
class CheckInListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        DayRole = Qt::UserRole + 1,
        PainNowRole,
        PainWorstRole,
        PainLeastRole,
        PainAverageRole,
        NoteRole,
    };
    Q_ENUM(Role)

    CheckInListModel(CheckInRepository* repository, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE bool reload();

signals:
    void countChanged();

private:
    CheckInRepository* m_repository;
    const Clock& m_clock;
    std::vector<CheckIn> m_rows;
};

} // namespace knotmap::ui
