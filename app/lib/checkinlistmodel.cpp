#include "checkinlistmodel.h"

#include "convert.h"
#include "knotmap/log.h"

#include <algorithm>

namespace knotmap::ui {

CheckInListModel::CheckInListModel(CheckInRepository* repository, const Clock& clock,
                                   QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_clock(clock) {
    reload();
}

int CheckInListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CheckInListModel::data(const QModelIndex& index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const CheckIn& c = m_rows[static_cast<std::size_t>(index.row())];
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

bool CheckInListModel::reload() {
    if (m_repository == nullptr)
        return false;
    using namespace std::chrono;
    auto rows = m_repository->between({LocalDate{year{1900}, January, day{1}}, m_clock.today()});
    if (!rows) {
        log::ui()->warn("could not read check-ins: {}", rows.error().message);
        return false;
    }
    std::reverse(rows->begin(), rows->end());
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    emit countChanged();
    return true;
}

} // namespace knotmap::ui
