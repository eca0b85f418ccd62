#pragma once

#include <QAbstractListModel>

#include <vector>

namespace knotmap::ui {

// The part of every record list that QML sees the same way: a count that notifies, and
// reload().
class RecordListModelBase : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }

    // Reads the rows again. A list is read the first time anything asks for its rows (a
    // page that shows it), not when KnotMap starts: years of check-ins and sessions need
    // not be read to show the body map. Before then there is nothing to refresh.
    Q_INVOKABLE bool reload() { return !m_read || read(); }

signals:
    void countChanged();

protected:
    // Fetches the rows and hands them to replace(); false when they could not be read.
    virtual bool read() = 0;

    bool m_read = false; // whether anything has asked for the rows yet
};

// A read-only list of core records, replaced whole by reload(). Subclasses add the
// roles and say how to read the rows.
template <typename Record> class RecordListModel : public RecordListModelBase {
public:
    using RecordListModelBase::RecordListModelBase;

    int rowCount(const QModelIndex& parent = {}) const override {
        if (parent.isValid())
            return 0;
        if (!m_read) {
            // The first question: nobody holds a row or a count yet, so reading now
            // changes nothing anyone has seen, and no reset is signalled.
            auto* self = const_cast<RecordListModel*>(this);
            self->m_read = true;
            self->m_firstRead = true;
            self->read();
            self->m_firstRead = false;
        }
        return static_cast<int>(m_records.size());
    }

protected:
    const Record& record(const QModelIndex& index) const {
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        return m_records[static_cast<std::size_t>(index.row())];
    }

    void replace(std::vector<Record> records) {
        if (m_firstRead) {
            m_records = std::move(records);
            return;
        }
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
        emit countChanged();
    }

private:
    std::vector<Record> m_records;
    bool m_firstRead = false;
};

} // namespace knotmap::ui
