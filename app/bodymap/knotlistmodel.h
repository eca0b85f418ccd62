// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/knots.h"

#include "common/recordlistmodel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// A knot with its most recent tenderness (-1 when it has no observation).
struct KnotWithTenderness {
    Knot knot;
    int tenderness = -1;
};

// The active knots with their latest tenderness, for the markers on the body map.
class KnotListModel : public RecordListModel<KnotWithTenderness> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")

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
    // atlas names the regions; either may be null (no database, no atlas).
    KnotListModel(KnotRepository* repository, const BodyAtlas* atlas, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Leave out one knot (0: none), e.g. while its deletion can still be undone.
    void setHidden(RowId id);
    // The choices of a filter by knot (Choice): "All knots" (value 0) first, then each
    // knot by its place.
    Q_INVOKABLE QVariantList filterChoices() const;

protected:
    bool read() override;

private:
    KnotRepository* m_repository;
    const BodyAtlas* m_atlas;
    RowId m_hidden = 0;
};

} // namespace knotmap::ui
