#pragma once

#include "fielderrors.h"
#include "knotmap/checkins.h"

#include <QDate>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// The daily check-in form's backing: which day is shown (today, or a missed past day),
// what is stored for it, and saving. The form keeps its own state in QML, so what the
// user typed survives a failed save; errors name the field that broke a rule.
class TodayCheckIn : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(QDate day READ day NOTIFY changed)
    Q_PROPERTY(bool isToday READ isToday NOTIFY changed)
    Q_PROPERTY(bool recorded READ recorded NOTIFY changed)
    Q_PROPERTY(QVariantMap entry READ entry NOTIFY changed)
    // Kept for the four main scores, -1 when nothing is stored.
    Q_PROPERTY(int painNow READ painNow NOTIFY changed)
    Q_PROPERTY(int painWorst READ painWorst NOTIFY changed)
    Q_PROPERTY(int painLeast READ painLeast NOTIFY changed)
    Q_PROPERTY(int painAverage READ painAverage NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)

public:
    TodayCheckIn(CheckInRepository* repository, const Clock& clock, QObject* parent = nullptr);

    QDate day() const;
    bool isToday() const;
    bool recorded() const { return m_stored.has_value(); }
    // Everything stored for the day, by field name; a missing key was not recorded.
    QVariantMap entry() const;
    int painNow() const { return m_stored ? m_stored->painNow : -1; }
    int painWorst() const { return m_stored ? m_stored->painWorst : -1; }
    int painLeast() const { return m_stored ? m_stored->painLeast : -1; }
    int painAverage() const { return m_stored ? m_stored->painAverage : -1; }
    QString note() const;

    // Show another day; a day after today is refused with a message (and not shown).
    Q_INVOKABLE bool showDay(const QDate& day);
    Q_INVOKABLE bool showRelativeDay(int days) { return showDay(day().addDays(days)); }

    // Saves the shown day's check-in (adds or replaces). `entry` holds painNow,
    // painWorst, painLeast, painAverage (0-10), and optionally interference (a list of
    // seven scores or nulls), sittingHours, movementBreaks, sleepHours, sleepQuality,
    // stress, waterGlasses, exerciseMinutes, awkwardSleep, heavyLifting and note. Empty
    // text means "not recorded".
    Q_INVOKABLE bool saveEntry(const QVariantMap& entry);
    // The four scores and a note: the quick check-in.
    Q_INVOKABLE bool save(int painNow, int painWorst, int painLeast, int painAverage,
                          const QString& note);
    Q_INVOKABLE void reload();

signals:
    void changed();
    void saved();

private:
    CheckInRepository* m_repository;
    const Clock& m_clock;
    std::optional<LocalDate> m_day; // empty: today
    std::optional<CheckIn> m_stored;
};

} // namespace knotmap::ui
