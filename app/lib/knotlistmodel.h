#pragma once

#include "knotmap/knots.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// The active knots with their latest tenderness, for the markers on the body map.
class KnotListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KnotIdRole = Qt::UserRole + 1,
        ViewRole,
        XRole,
        YRole,
        RegionRole,
        RegionNameRole,
        SideRole,
        TendernessRole,
        StatusRole,
    };
    Q_ENUM(Role)

    // repository may be null (no database open): the model stays empty.
    explicit KnotListModel(KnotRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-read the knots from the database; returns false (and keeps the old rows) on error.
    Q_INVOKABLE bool reload();

signals:
    void countChanged();

private:
    struct Row {
        Knot knot;
        int tenderness = -1;
    };
    KnotRepository* m_repository;
    std::vector<Row> m_rows;
};

} // namespace knotmap::ui
