// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/knowledge.h"
#include "knotmap/store.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// Whom to call when a warning sign says so, for QML: the person's country (kept in the
// settings; until chosen, the system's region where KnotMap knows its numbers) and that
// country's emergency number and urgent line. The numbers and their sources are core's
// (KnowledgeBase::helpLine).
class HelpLines : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(QString country READ country NOTIFY countryChanged)
    // "112", or empty where KnotMap knows no number: say "your local emergency number".
    Q_PROPERTY(QString emergency READ emergency NOTIFY countryChanged)
    // "NHS 111 (111)", or empty where the country has no urgent line KnotMap knows.
    Q_PROPERTY(QString urgent READ urgent NOTIFY countryChanged)
    // The countries to choose from: [{value: "DE", name: "Deutschland"}], by name, then
    // {value: "ZZ", name: "Another country"}, kept like the others.
    Q_PROPERTY(QVariantList countries READ countries CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countryChanged)

public:
    // Either may be null (nothing loaded): no numbers are known then.
    HelpLines(const KnowledgeBase* knowledge, Store* store, QObject* parent = nullptr);

    QString country() const { return m_country; }
    QString emergency() const;
    QString urgent() const;
    QVariantList countries() const;
    QString errorText() const { return m_error; }

    // Keeps the choice; false (with errorText) if it could not be saved. The numbers
    // follow at once either way: a warning must not depend on the disk.
    Q_INVOKABLE bool choose(const QString& country);

signals:
    void countryChanged();

private:
    const HelpLine* line() const;
    const KnowledgeBase* m_knowledge;
    Store* m_store;
    QString m_country;
    QString m_error;
};

} // namespace knotmap::ui
