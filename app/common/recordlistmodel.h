// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include <vector>

namespace knotmap::ui {

// The part of every record list that QML sees the same way: a count that notifies, and
// reload(). A list is read the first time a view asks for its rows (canFetchMore /
// fetchMore, as Qt's views do) or anything asks for its count, not when KnotMap starts:
// years of check-ins and sessions need not be read to show the body map.
class RecordListModelBase : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    // Reads the rows first if nothing has yet. A binding that asks is the first to see
    // anything, so then the rows arrive without a signal (one would loop the binding),
    // unless a view has already been told there are none.
    int count() {
        if (!m_read)
            fetch(!m_emptySeen);
        return rowCount();
    }

    bool canFetchMore(const QModelIndex& parent) const override {
        return !parent.isValid() && !m_read;
    }
    void fetchMore(const QModelIndex& parent) override {
        if (!parent.isValid() && !m_read)
            fetch(false);
    }

    // Reads the rows again; before they were first read there is nothing to refresh.
    Q_INVOKABLE bool reload() { return !m_read || read(); }

signals:
    void countChanged();

protected:
    // Fetches the rows and hands them to replace(); false when they could not be read.
    virtual bool read() = 0;
    // Whether the rows arriving now are the first, which no one has seen the lack of.
    bool quietly() const { return m_quietly; }
    // rowCount() before the first read: someone now believes there are no rows.
    void noteEmptySeen() const {
        if (!m_read)
            m_emptySeen = true;
    }

private:
    void fetch(bool quietly) {
        m_read = true;
        m_quietly = quietly;
        read();
        m_quietly = false;
    }
    bool m_read = false; // whether anything has asked for the rows yet
    bool m_quietly = false;
    mutable bool m_emptySeen = false;
};

// A read-only list of core records, replaced whole by reload(). Subclasses add the
// roles and say how to read the rows.
template <typename Record> class RecordListModel : public RecordListModelBase {
public:
    using RecordListModelBase::RecordListModelBase;

    int rowCount(const QModelIndex& parent = {}) const override {
        if (parent.isValid())
            return 0;
        noteEmptySeen();
        return static_cast<int>(m_records.size());
    }

protected:
    const Record& record(const QModelIndex& index) const {
        Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
        return m_records[static_cast<std::size_t>(index.row())];
    }

    void replace(std::vector<Record> records) {
        if (quietly()) {
            m_records = std::move(records);
            return;
        }
        if (m_records.empty() && !records.empty()) {
            // The first rows (or rows after none): inserted, so a view that asked for
            // them with fetchMore shows them as they arrive.
            beginInsertRows({}, 0, static_cast<int>(records.size()) - 1);
            m_records = std::move(records);
            endInsertRows();
        } else {
            beginResetModel();
            m_records = std::move(records);
            endResetModel();
        }
        emit countChanged();
    }

private:
    std::vector<Record> m_records;
};

} // namespace knotmap::ui
