// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dates.h"

#include "common/convert.h"

#include <QCoreApplication>
#include <QLocale>

namespace knotmap::ui::dates {
namespace {

QString format(const char* pattern) {
    return QCoreApplication::translate("dates", pattern);
}

constexpr auto kEditable = "yyyy-MM-dd HH:mm"; // not translated: the field's own form

} // namespace

QString day(const QDate& d) {
    return QLocale().toString(d, format(QT_TRANSLATE_NOOP("dates", "ddd d MMM yyyy")));
}

QString dayLong(const QDate& d) {
    return QLocale().toString(d, format(QT_TRANSLATE_NOOP("dates", "dddd d MMMM yyyy")));
}

QString dayShort(const QDate& d) {
    return QLocale().toString(d, format(QT_TRANSLATE_NOOP("dates", "d MMM yyyy")));
}

QString dayMonth(const QDate& d) {
    return QLocale().toString(d, format(QT_TRANSLATE_NOOP("dates", "d MMM")));
}

QString monthYear(const QDate& d) {
    return QLocale().toString(d, format(QT_TRANSLATE_NOOP("dates", "MMM yyyy")));
}

QString moment(const QDateTime& t) {
    return QLocale().toString(t, format(QT_TRANSLATE_NOOP("dates", "ddd d MMM yyyy, HH:mm")));
}

QString momentThisYear(const QDateTime& t) {
    return QLocale().toString(t, format(QT_TRANSLATE_NOOP("dates", "ddd d MMM, HH:mm")));
}

QString clock(const QTime& t) {
    return QLocale().toString(t, QStringLiteral("HH:mm"));
}

QString editable(const QDateTime& t) {
    return t.toString(QLatin1String(kEditable));
}

QDateTime fromEditable(const QString& text) {
    return QDateTime::fromString(text.trimmed(), QLatin1String(kEditable));
}

QString day(LocalDate d) {
    return day(toQDate(d));
}

QString dayShort(LocalDate d) {
    return dayShort(toQDate(d));
}

QString moment(Timestamp t) {
    return moment(toQDateTime(t));
}

} // namespace knotmap::ui::dates
