// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/checkins.h"

#include "common/recordlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// Daily check-ins, newest first, for History.
class CheckInListModel : public RecordListModel<CheckIn> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")

public:
    enum Role {
        DayRole = Qt::UserRole + 1,
        PainNowRole,
        PainWorstRole,
        PainLeastRole,
        PainAverageRole,
        NoteRole,
    };
    Q_ENUM(Role)

    CheckInListModel(CheckInRepository* repository, const Clock& clock, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool read() override;

private:
    CheckInRepository* m_repository;
    const Clock& m_clock;
};

} // namespace knotmap::ui
