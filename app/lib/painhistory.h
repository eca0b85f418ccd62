#pragma once

#include "knotmap/checkins.h"
#include "knotmap/sessions.h"
#include "painchart.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// Daily pain over a chosen range, for the History page's chart and its plain-words
// summary. The numbers come from core's stats; the drawing from drawPainChart.
class PainHistory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY changed)
    Q_PROPERTY(int daysWithEntries READ daysWithEntries NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString progress READ progress NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(QString promptLevel READ promptLevel NOTIFY changed)

public:
    PainHistory(CheckInRepository* checkIns, SelfCareSessionRepository* sessions,
                const Clock& clock, QObject* parent = nullptr);

    // Days back from today to show; 0 shows everything since the first check-in.
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    int daysWithEntries() const { return m_daysWithEntries; }
    // "Average 4.2, worst 8, least 1 over 28 days with entries."
    QString summary() const { return m_summary; }
    // The change from the first week to the last, in clinical terms, or "" if too few data.
    QString progress() const { return m_progress; }
    // A kind nudge to see a professional ("" when none), and how firm it is: "", "soon", "firm".
    QString prompt() const { return m_prompt; }
    QString promptLevel() const { return m_promptLevel; }
    const std::vector<ChartDay>& days() const { return m_days; }

    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    CheckInRepository* m_checkIns;
    SelfCareSessionRepository* m_sessions;
    const Clock& m_clock;
    int m_rangeDays = 90;
    int m_daysWithEntries = 0;
    std::vector<ChartDay> m_days;
    QString m_summary;
    QString m_progress;
    QString m_prompt;
    QString m_promptLevel;
};

} // namespace knotmap::ui
