// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "knotmap/checkins.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// One of the interference questions: the field its errors name, and its words.
struct InterferenceDomain {
    Q_GADGET
    QML_VALUE_TYPE(interferenceDomain)
    Q_PROPERTY(QString field MEMBER field)
    Q_PROPERTY(QString label MEMBER label)

public:
    QString field;
    QString label;
};

// A day's check-in as the form shows and sends it. Scores and scales are numbers, -1
// when not chosen; numbers the person types are their text ("" when not recorded);
// yes/no answers are 1 or 0, -1 when not answered.
struct CheckInForm {
    Q_GADGET
    QML_VALUE_TYPE(checkInForm)
    Q_PROPERTY(int painNow MEMBER painNow)
    Q_PROPERTY(int painWorst MEMBER painWorst)
    Q_PROPERTY(int painLeast MEMBER painLeast)
    Q_PROPERTY(int painAverage MEMBER painAverage)
    // One score per interference question, in interferenceDomains order.
    Q_PROPERTY(QList<int> interference MEMBER interference)
    Q_PROPERTY(QString sittingHours MEMBER sittingHours)
    Q_PROPERTY(QString movementBreaks MEMBER movementBreaks)
    Q_PROPERTY(QString sleepHours MEMBER sleepHours)
    Q_PROPERTY(int sleepQuality MEMBER sleepQuality)
    Q_PROPERTY(int stress MEMBER stress)
    Q_PROPERTY(QString waterGlasses MEMBER waterGlasses)
    Q_PROPERTY(QString exerciseMinutes MEMBER exerciseMinutes)
    Q_PROPERTY(int awkwardSleep MEMBER awkwardSleep)
    Q_PROPERTY(int heavyLifting MEMBER heavyLifting)
    Q_PROPERTY(QString note MEMBER note)

public:
    int painNow = -1;
    int painWorst = -1;
    int painLeast = -1;
    int painAverage = -1;
    QList<int> interference;
    QString sittingHours;
    QString movementBreaks;
    QString sleepHours;
    int sleepQuality = -1;
    int stress = -1;
    QString waterGlasses;
    QString exerciseMinutes;
    int awkwardSleep = -1;
    int heavyLifting = -1;
    QString note;
};

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
    Q_PROPERTY(knotmap::ui::CheckInForm entry READ entry NOTIFY changed)
    // After a save refused because the day was saved elsewhere since the form read it:
    // what is stored now, in a sentence; "" otherwise.
    Q_PROPERTY(QString elsewhere READ elsewhere NOTIFY elsewhereChanged)
    Q_PROPERTY(QString savedAt READ savedAt NOTIFY saved)
    // The interference questions in core's order (InterferenceDomain).
    Q_PROPERTY(QVariantList interferenceDomains READ interferenceDomains CONSTANT)

public:
    TodayCheckIn(CheckInRepository* repository, const Clock& clock, QObject* parent = nullptr);

    QDate day() const;
    bool isToday() const;
    bool recorded() const { return m_stored.has_value(); }
    // What is stored for the day, or an empty form.
    CheckInForm entry() const;
    QString elsewhere() const { return m_elsewhere; }
    // When the last save happened, "09:30", by the app's clock.
    QString savedAt() const { return m_savedAt; }

    // Show another day; a day after today is refused with a message (and not shown).
    Q_INVOKABLE bool showDay(const QDate& day);
    Q_INVOKABLE bool showRelativeDay(int days) { return showDay(day().addDays(days)); }
    // Today by the app's clock (not the system's, so tests can set it).
    Q_INVOKABLE bool showToday();

    // Saves the shown day's check-in (adds or replaces it). A typed number that is not
    // one is refused with its field named.
    Q_INVOKABLE bool saveEntry(const knotmap::ui::CheckInForm& entry);
    // Whether the four scores a check-in needs are chosen (-1: not yet): core's rule.
    Q_INVOKABLE bool scoresComplete(int now, int worst, int least, int average) const;
    QVariantList interferenceDomains() const;
    Q_INVOKABLE void reload();

signals:
    void changed();
    void saved();
    void elsewhereChanged();

private:
    CheckInRepository* m_repository;
    const Clock& m_clock;
    std::optional<LocalDate> m_day; // empty: today
    std::optional<CheckIn> m_stored;
    QString m_elsewhere;
    QString m_savedAt;
};

} // namespace knotmap::ui
