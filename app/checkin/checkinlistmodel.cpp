// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkin/checkinlistmodel.h"

#include "common/convert.h"
#include "knotmap/log.h"

#include <algorithm>

namespace knotmap::ui {

CheckInListModel::CheckInListModel(CheckInRepository* repository, const Clock& clock,
                                   QObject* parent)
    : RecordListModel(parent)
    , m_repository(repository)
    , m_clock(clock) {}

QVariant CheckInListModel::data(const QModelIndex& index, int role) const {
    const CheckIn& c = record(index);
    switch (role) {
    case DayRole:
        return toQDate(c.day);
    case PainNowRole:
        return c.painNow;
    case PainWorstRole:
        return c.painWorst;
    case PainLeastRole:
        return c.painLeast;
    case PainAverageRole:
        return c.painAverage;
    case NoteRole:
        return toQString(c.note);
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckInListModel::roleNames() const {
    return {{DayRole, "day"},
            {PainNowRole, "painNow"},
            {PainWorstRole, "painWorst"},
            {PainLeastRole, "painLeast"},
            {PainAverageRole, "painAverage"},
            {NoteRole, "note"}};
}

bool CheckInListModel::read() {
    if (m_repository == nullptr)
        return false;
    using namespace std::chrono;
    auto rows = m_repository->between({LocalDate{year{1900}, January, day{1}}, m_clock.today()});
    if (!rows) {
        log::ui()->warn("could not read check-ins: {}", rows.error().message);
        return false;
    }
    std::reverse(rows->begin(), rows->end());
    replace(std::move(*rows));
    return true;
}

} // namespace knotmap::ui
