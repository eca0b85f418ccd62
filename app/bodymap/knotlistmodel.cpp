// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/knotlistmodel.h"
#include "common/choice.h"
#include "common/kinds.h"

#include "common/convert.h"
#include "knotmap/log.h"

#include <unordered_map>

namespace knotmap::ui {

KnotListModel::KnotListModel(KnotRepository* repository, const BodyAtlas* atlas, QObject* parent)
    : RecordListModel(parent)
    , m_repository(repository)
    , m_atlas(atlas) {}

QVariant KnotListModel::data(const QModelIndex& index, int role) const {
    const KnotWithTenderness& row = record(index);
    const Knot& k = row.knot;
    switch (role) {
    case KnotIdRole:
        return QVariant::fromValue<qint64>(k.id);
    case ViewRole:
        return toFigureView(k.place.view);
    case XRole:
        return k.place.x;
    case YRole:
        return k.place.y;
    case RegionRole:
        return toQString(k.place.regionId);
    case RegionNameRole:
    case Qt::DisplayRole:
        return regionName(m_atlas, k.place.regionId);
    case SideRole:
        return toQString(toString(k.place.side));
    case TendernessRole:
        return row.tenderness;
    case StatusRole:
        return toQString(toString(k.status));
    default:
        return {};
    }
}

QHash<int, QByteArray> KnotListModel::roleNames() const {
    return {
        {KnotIdRole, "knotId"}, {ViewRole, "view"},
        {XRole, "posX"},        {YRole, "posY"},
        {RegionRole, "region"}, {RegionNameRole, "regionName"},
        {SideRole, "side"},     {TendernessRole, "tenderness"},
        {StatusRole, "status"},
    };
}

QVariantList KnotListModel::filterChoices() const {
    QVariantList out{QVariant::fromValue(Choice{qint64{0}, tr("All knots"), {}})};
    for (int i = 0; i < rowCount(); ++i) {
        const QModelIndex at = index(i);
        out.append(QVariant::fromValue(
            Choice{data(at, KnotIdRole), data(at, RegionNameRole).toString(), {}}));
    }
    return out;
}

void KnotListModel::setHidden(RowId id) {
    if (m_hidden == id)
        return;
    m_hidden = id;
    reload();
}

bool KnotListModel::read() {
    if (m_repository == nullptr)
        return false;
    auto knots = m_repository->listActive();
    auto latest = m_repository->latestObservationOfActiveKnots();
    if (!knots || !latest) {
        log::ui()->warn("could not read knots: {}",
                        (!knots ? knots.error() : latest.error()).message);
        return false;
    }
    std::unordered_map<RowId, int> tenderness;
    for (const auto& obs : *latest)
        tenderness[obs.knotId] = obs.tenderness;
    std::vector<KnotWithTenderness> rows;
    rows.reserve(knots->size());
    for (auto& k : *knots) {
        if (k.id == m_hidden)
            continue;
        auto it = tenderness.find(k.id);
        rows.push_back({std::move(k), it == tenderness.end() ? -1 : it->second});
    }
    replace(std::move(rows));
    return true;
}

} // namespace knotmap::ui
