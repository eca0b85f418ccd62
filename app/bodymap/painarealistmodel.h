// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recordlistmodel.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"

#include <QtQml/qqmlregistration.h>

namespace knotmap {
class BodyAtlas;
}

namespace knotmap::ui {

// Where pain is felt now (areas not cleared), for the "Where it hurts" layer.
class PainAreaListModel : public RecordListModel<PainArea> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(QStringList regions READ regions NOTIFY countChanged)
    Q_PROPERTY(QString worstRegion READ worstRegion NOTIFY countChanged)

public:
    enum Role {
        AreaIdRole = Qt::UserRole + 1,
        ViewRole,
        XRole,
        YRole,
        RegionRole,
        RegionNameRole,
        WorstRole,
        WordsRole, // how it feels, in words ("aching, throbbing"); empty if not said
    };
    Q_ENUM(Role)

    PainAreaListModel(PainAreaRepository* repository, const BodyAtlas* atlas,
                      QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The regions where pain is marked, and the one marked worst ("" if none).
    QStringList regions() const;
    QString worstRegion() const;
    // A plain name for a pain area's place.
    QString placeName(const BodyPoint& place) const;

protected:
    bool read() override;

private:
    PainAreaRepository* m_repository;
    const BodyAtlas* m_atlas;
};

} // namespace knotmap::ui
