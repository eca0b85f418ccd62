// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/painarealistmodel.h"
#include "common/kinds.h"

#include "common/convert.h"
#include "knotmap/atlas.h"
#include "knotmap/log.h"
#include "knotmap/painareas.h"

#include <QCoreApplication>

namespace knotmap::ui {

PainAreaListModel::PainAreaListModel(PainAreaRepository* repository, const BodyAtlas* atlas,
                                     QObject* parent)
    : RecordListModel(parent)
    , m_repository(repository)
    , m_atlas(atlas) {}

QString PainAreaListModel::placeName(const BodyPoint& place) const {
    if (m_atlas != nullptr && !m_atlas->nameOf(place.regionId).empty())
        return regionName(m_atlas, place.regionId);
    // An id this atlas lacks (a hand-edited file): where on the figure, at least.
    const bool front = place.view == BodyView::Front;
    switch (place.side) {
    case Side::Left:
        return front ? QCoreApplication::translate("PainArea", "Front of the body, left side")
                     : QCoreApplication::translate("PainArea", "Back of the body, left side");
    case Side::Right:
        return front ? QCoreApplication::translate("PainArea", "Front of the body, right side")
                     : QCoreApplication::translate("PainArea", "Back of the body, right side");
    case Side::Centre:
        break;
    }
    return front ? QCoreApplication::translate("PainArea", "Front of the body, middle")
                 : QCoreApplication::translate("PainArea", "Back of the body, middle");
}

QVariant PainAreaListModel::data(const QModelIndex& index, int role) const {
    const PainArea& a = record(index);
    switch (role) {
    case AreaIdRole:
        return QVariant::fromValue<qint64>(a.id);
    case ViewRole:
        return toFigureView(a.place.view);
    case XRole:
        return a.place.x;
    case YRole:
        return a.place.y;
    case RegionRole:
        return toQString(a.place.regionId);
    case RegionNameRole:
    case Qt::DisplayRole:
        return placeName(a.place);
    case WorstRole:
        return a.worst;
    case WordsRole:
        return QString::fromStdString(painWords(a.kinds));
    default:
        return {};
    }
}

QHash<int, QByteArray> PainAreaListModel::roleNames() const {
    return {{AreaIdRole, "areaId"}, {ViewRole, "view"},     {XRole, "posX"},
            {YRole, "posY"},        {RegionRole, "region"}, {RegionNameRole, "regionName"},
            {WorstRole, "worst"},   {WordsRole, "words"}};
}

bool PainAreaListModel::read() {
    if (m_repository == nullptr)
        return false;
    auto areas = m_repository->listCurrent();
    if (!areas) {
        log::ui()->warn("could not read pain areas: {}", areas.error().message);
        return false;
    }
    replace(std::move(*areas));
    return true;
}

QStringList PainAreaListModel::regions() const {
    QStringList out;
    for (int i = 0; i < rowCount(); ++i)
        out << toQString(record(index(i)).place.regionId);
    return out;
}

QString PainAreaListModel::worstRegion() const {
    for (int i = 0; i < rowCount(); ++i) {
        const PainArea& a = record(index(i));
        if (a.worst)
            return toQString(a.place.regionId);
    }
    return {};
}

} // namespace knotmap::ui
