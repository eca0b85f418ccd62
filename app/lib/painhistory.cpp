#include "painhistory.h"

#include "convert.h"
#include "knotmap/log.h"
#include "knotmap/stats.h"

#include <set>

namespace knotmap::ui {

PainHistory::PainHistory(CheckInRepository* checkIns, SelfCareSessionRepository* sessions,
                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_checkIns(checkIns)
    , m_sessions(sessions)
    , m_clock(clock) {
    reload();
}

void PainHistory::setRangeDays(int days) {
    if (days != m_rangeDays) {
        m_rangeDays = std::max(0, days);
        reload();
    }
}

void PainHistory::reload() {
    m_days.clear();
    m_summary.clear();
    m_progress.clear();
    m_prompt.clear();
    m_promptLevel.clear();
    m_daysWithEntries = 0;
    if (m_checkIns == nullptr) {
        emit changed();
        return;
    }
    using namespace std::chrono;
    const LocalDate today = m_clock.today();
    auto all = m_checkIns->between({LocalDate{year{1900}, January, day{1}}, today});
    if (!all) {
        log::ui()->warn("could not read check-ins: {}", all.error().message);
        emit changed();
        return;
    }
    if (all->empty()) {
        emit changed();
        return;
    }
    const sys_days last{today};
    const sys_days first =
        m_rangeDays > 0 ? last - std::chrono::days{m_rangeDays - 1} : sys_days{all->front().day};
    std::set<sys_days> careDays;
    if (m_sessions != nullptr) {
        if (auto sessions = m_sessions->startedIn(
                {startOfLocalDay(LocalDate{first}), m_clock.now() + hours{24}})) {
            for (const auto& s : *sessions)
                careDays.insert(sys_days{localDateOf(s.startedAt)});
        }
    }
    stats::DailySeries average;
    stats::DailySeries now;
    double worst = 0;
    double least = 10;
    double sum = 0;
    auto entry = all->begin();
    for (sys_days d = first; d <= last; d += std::chrono::days{1}) {
        while (entry != all->end() && sys_days{entry->day} < d)
            ++entry;
        ChartDay day;
        day.day = toQDate(LocalDate{d});
        day.selfCare = careDays.count(d) > 0;
        if (entry != all->end() && sys_days{entry->day} == d) {
            day.now = entry->painNow;
            day.average = entry->painAverage;
            worst = std::max(worst, static_cast<double>(entry->painWorst));
            least = std::min(least, static_cast<double>(entry->painLeast));
            sum += entry->painAverage;
            ++m_daysWithEntries;
        }
        average.push_back(day.average);
        now.push_back(day.now);
        m_days.push_back(day);
    }
    const auto rolling = stats::rollingMean(average, 7, 3);
    for (std::size_t i = 0; i < m_days.size(); ++i)
        m_days[i].rollingMean = rolling[i];

    if (m_daysWithEntries > 0) {
        const QString mean = QLocale().toString(sum / m_daysWithEntries, 'f', 1);
        m_summary = m_daysWithEntries == 1 ? tr("Average pain %1 on the one day with a check-in; "
                                                "at its worst %2, at its least %3.")
                                                 .arg(mean)
                                                 .arg(worst)
                                                 .arg(least)
                                           : tr("Average pain %1 over %2 days with a check-in; at "
                                                "its worst %3, at its least %4.")
                                                 .arg(mean)
                                                 .arg(m_daysWithEntries)
                                                 .arg(worst)
                                                 .arg(least);
    }
    if (const auto change = stats::changeFromBaseline(average)) {
        const QString pct =
            change->percent
                ? QLocale().toString(std::abs(*change->percent), 'f', 0) + QStringLiteral("%")
                : QString();
        const QString amount =
            tr("%1 points%2")
                .arg(QLocale().toString(std::abs(change->absolute), 'f', 1))
                .arg(pct.isEmpty() ? QString() : QStringLiteral(" (") + pct + QStringLiteral(")"));
        if (change->improvedMeaningfully)
            m_progress =
                tr("Average pain fell from %1 in the first week to %2 in the last, %3 lower: a "
                   "change most people feel as better (2 points or 30% is the usual mark).")
                    .arg(change->baseline, 0, 'f', 1)
                    .arg(change->latest, 0, 'f', 1)
                    .arg(amount);
        else if (change->worsenedMeaningfully)
            m_progress =
                tr("Average pain rose from %1 in the first week to %2 in the last, %3 higher.")
                    .arg(change->baseline, 0, 'f', 1)
                    .arg(change->latest, 0, 'f', 1)
                    .arg(amount);
        else
            m_progress = tr("Average pain went from %1 in the first week to %2 in the last: less "
                            "than the 2 points or 30% most people feel as a real change.")
                             .arg(change->baseline, 0, 'f', 1)
                             .arg(change->latest, 0, 'f', 1);
    }
    // The prompts look at everything logged, whatever range is shown.
    stats::DailySeries sinceFirst;
    auto e = all->begin();
    for (sys_days d{all->front().day}; d <= last; d += std::chrono::days{1}) {
        while (e != all->end() && sys_days{e->day} < d)
            ++e;
        sinceFirst.push_back(e != all->end() && sys_days{e->day} == d
                                 ? std::optional<double>(e->painAverage)
                                 : std::nullopt);
    }
    switch (stats::progressPrompt(sinceFirst)) {
    case stats::ProgressPrompt::AfterSixWeeks:
        m_promptLevel = QStringLiteral("firm");
        m_prompt =
            tr("Your pain has not clearly improved after more than six weeks of logging. Please "
               "book an appointment with your doctor or a physiotherapist to have it looked at.");
        break;
    case stats::ProgressPrompt::AfterTwoWeeks:
        m_promptLevel = QStringLiteral("soon");
        m_prompt =
            tr("Your pain has not clearly improved after two weeks of logging. A physiotherapist "
               "or doctor can look for what keeps it going; it may be worth booking a visit.");
        break;
    case stats::ProgressPrompt::None:
        break;
    }
    emit changed();
}

} // namespace knotmap::ui
