#pragma once

#include "fielderrors.h"
#include "knotmap/checkins.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// Today's pain check-in: what is stored for today, and saving a new or changed one.
// The form's own state stays in QML, so what the user typed survives a failed save.
class TodayCheckIn : public FieldErrors {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(QDate day READ day NOTIFY changed)
    Q_PROPERTY(bool recorded READ recorded NOTIFY changed)
    Q_PROPERTY(int painNow READ painNow NOTIFY changed)
    Q_PROPERTY(int painWorst READ painWorst NOTIFY changed)
    Q_PROPERTY(int painLeast READ painLeast NOTIFY changed)
    Q_PROPERTY(int painAverage READ painAverage NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)

public:
    TodayCheckIn(CheckInRepository* repository, const Clock& clock, QObject* parent = nullptr);

    QDate day() const;
    bool recorded() const { return m_stored.has_value(); }
    int painNow() const { return m_stored ? m_stored->painNow : -1; }
    int painWorst() const { return m_stored ? m_stored->painWorst : -1; }
    int painLeast() const { return m_stored ? m_stored->painLeast : -1; }
    int painAverage() const { return m_stored ? m_stored->painAverage : -1; }
    QString note() const;

    // Saves today's check-in (adds or replaces). On failure errorText says why and
    // errorField names the field; nothing is changed.
    Q_INVOKABLE bool save(int painNow, int painWorst, int painLeast, int painAverage,
                          const QString& note);
    Q_INVOKABLE void reload();

signals:
    void changed();
    void saved();

private:
    CheckInRepository* m_repository;
    const Clock& m_clock;
    std::optional<CheckIn> m_stored;
};

} // namespace knotmap::ui
