// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "knotmap/reminder.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// The movement-break reminder while KnotMap is open: its settings, and whether a break
// is due now. The rules (interval, quiet hours) are core's.
class BreakReminder : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(bool enabled READ enabled NOTIFY settingsChanged)
    Q_PROPERTY(int everyMinutes READ everyMinutes NOTIFY settingsChanged)
    Q_PROPERTY(QString quietFrom READ quietFrom NOTIFY settingsChanged)
    Q_PROPERTY(QString quietTo READ quietTo NOTIFY settingsChanged)
    Q_PROPERTY(bool due READ due NOTIFY dueChanged)
    // The bounds of everyMinutes, from core.
    Q_PROPERTY(int minEveryMinutes READ minEveryMinutes CONSTANT)
    Q_PROPERTY(int maxEveryMinutes READ maxEveryMinutes CONSTANT)

public:
    int minEveryMinutes() const { return kMinEveryMinutes; }
    int maxEveryMinutes() const { return kMaxEveryMinutes; }
    // store may be null: the reminder then stays off.
    BreakReminder(Store* store, const Clock& clock, QObject* parent = nullptr);

    bool enabled() const { return m_settings.enabled; }
    int everyMinutes() const { return m_settings.everyMinutes; }
    QString quietFrom() const;
    QString quietTo() const;
    bool due() const { return m_due; }

    // Saves new settings ("HH:MM" times); false with errorText/errorField if a rule is broken.
    Q_INVOKABLE bool save(bool enabled, int everyMinutes, const QString& quietFrom,
                          const QString& quietTo);
    // The break was taken (or waved off): the next one is counted from now.
    Q_INVOKABLE void dismiss();
    // Looks at the clock; called every half minute, and by tests.
    Q_INVOKABLE void check();

    // Re-read the settings (after the data was replaced by a restore).
    void reload();

signals:
    void settingsChanged();
    void dueChanged();

private:
    Store* m_store;
    const Clock& m_clock;
    BreakReminderSettings m_settings;
    Timestamp m_since;
    bool m_due = false;
    QTimer m_timer;
};

} // namespace knotmap::ui
