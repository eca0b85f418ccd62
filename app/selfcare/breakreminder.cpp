// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcare/breakreminder.h"

#include "common/dates.h"
#include <QTime>

namespace knotmap::ui {
namespace {

QString hhmm(int minuteOfDay) {
    return dates::clock(QTime(minuteOfDay / 60, minuteOfDay % 60));
}

std::optional<int> minuteOf(const QString& text) {
    const QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t.hour() * 60 + t.minute();
}

} // namespace

BreakReminder::BreakReminder(Store* store, const Clock& clock, QObject* parent)
    : FieldErrors(parent)
    , m_store(store)
    , m_clock(clock)
    , m_since(clock.now()) {
    if (m_store != nullptr)
        m_settings = loadReminder(*m_store);
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BreakReminder::check);
    m_timer.start();
}

void BreakReminder::reload() {
    if (m_store != nullptr)
        m_settings = loadReminder(*m_store);
    emit settingsChanged();
}

QString BreakReminder::quietFrom() const {
    return hhmm(m_settings.quietFrom);
}
QString BreakReminder::quietTo() const {
    return hhmm(m_settings.quietTo);
}

bool BreakReminder::save(bool enabled, int everyMinutes, const QString& quietFrom,
                         const QString& quietTo) {
    if (m_store == nullptr) {
        setError(tr("No database is open, so settings cannot be kept."));
        return false;
    }
    const auto from = minuteOf(quietFrom);
    const auto to = minuteOf(quietTo);
    if (!from || !to) {
        setError(tr("Write the time like 22:00."),
                 !from ? QStringLiteral("quietFrom") : QStringLiteral("quietTo"));
        return false;
    }
    const BreakReminderSettings wanted{enabled, everyMinutes, *from, *to};
    if (auto ok = saveReminder(*m_store, wanted); !ok) {
        setError(QString::fromStdString(ok.error().message),
                 QString::fromStdString(ok.error().field));
        return false;
    }
    clearError();
    m_settings = wanted;
    m_since = m_clock.now(); // the first break is counted from when it was turned on
    emit settingsChanged();
    check();
    return true;
}

void BreakReminder::dismiss() {
    m_since = m_clock.now();
    if (m_due) {
        m_due = false;
        emit dueChanged();
    }
}

void BreakReminder::check() {
    const Timestamp now = m_clock.now();
    const bool due = reminderDue(m_settings, m_since, now, localMinuteOfDay(now));
    if (due != m_due) {
        m_due = due;
        emit dueChanged();
    }
}

} // namespace knotmap::ui
