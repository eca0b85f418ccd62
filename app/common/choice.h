// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// One entry of a chooser (a combo box): the value it stands for (a knot's id, a
// technique's id, or none for "all"), its words, and optionally a line below them.
struct Choice {
    Q_GADGET
    QML_VALUE_TYPE(choice)
    Q_PROPERTY(QVariant value MEMBER value)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString detail MEMBER detail)

public:
    QVariant value;
    QString name;
    QString detail;
};

} // namespace knotmap::ui
