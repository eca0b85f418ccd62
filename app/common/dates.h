// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// How KnotMap writes dates and times for people: the one home of every format, in the
// locale's words and translatable (context "dates"). QML reaches the same functions
// through the Dates singleton.
namespace knotmap::ui::dates {

QString day(const QDate& d);                // "Tue 1 Dec 2026"
QString dayLong(const QDate& d);            // "Tuesday 1 December 2026"
QString dayShort(const QDate& d);           // "1 Dec 2026"
QString dayMonth(const QDate& d);           // "1 Dec" (a chart axis within a year)
QString monthYear(const QDate& d);          // "Dec 2026" (an axis over years)
QString moment(const QDateTime& t);         // "Tue 1 Dec 2026, 09:30"
QString momentThisYear(const QDateTime& t); // "Tue 1 Dec, 09:30"
QString clock(const QTime& t);              // "09:30"
// A moment as the person types it into a field, and back: "2026-12-01 09:30".
QString editable(const QDateTime& t);
QDateTime fromEditable(const QString& text);

QString day(LocalDate d);
QString dayShort(LocalDate d);
QString moment(Timestamp t);

} // namespace knotmap::ui::dates

namespace knotmap::ui {

class Dates : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    Q_INVOKABLE QString day(const QDate& d) const { return dates::day(d); }
    Q_INVOKABLE QString dayLong(const QDate& d) const { return dates::dayLong(d); }
    Q_INVOKABLE QString dayShort(const QDate& d) const { return dates::dayShort(d); }
    Q_INVOKABLE QString momentThisYear(const QDateTime& t) const {
        return dates::momentThisYear(t);
    }
    Q_INVOKABLE QString editable(const QDateTime& t) const { return dates::editable(t); }
};

} // namespace knotmap::ui
