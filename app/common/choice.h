// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
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

// A word a feeling may be described with: its PainQuality bit, the word in the person's
// language, and its id (for object names).
struct QualityChoice {
    Q_GADGET
    QML_VALUE_TYPE(qualityChoice)
    Q_PROPERTY(int bit MEMBER bit)
    Q_PROPERTY(QString word MEMBER word)
    Q_PROPERTY(QString key MEMBER key)

public:
    int bit = 0;
    QString word;
    QString key;
};

// The QualityChoice of each PainQuality bit of `set`, in list order.
QVariantList qualityChoices(unsigned set);

} // namespace knotmap::ui
