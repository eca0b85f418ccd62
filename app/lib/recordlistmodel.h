#pragma once

#include <QAbstractListModel>

#include <vector>

namespace knotmap::ui {

// The part of every record list that QML sees the same way: a count that notifies.
class RecordListModelBase : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }

signals:
    void countChanged();
};

// A read-only list of core records, replaced whole by reload(). Subclasses add the
// roles and say how to fetch the rows.
template <typename Record> class RecordListModel : public RecordListModelBase {
public:
    using RecordListModelBase::RecordListModelBase;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }

protected:
    const Record& record(const QModelIndex& index) const {
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        return m_records[static_cast<std::size_t>(index.row())];
    }

    void replace(std::vector<Record> records) {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
        emit countChanged();
    }

private:
    std::vector<Record> m_records;
};

} // namespace knotmap::ui
