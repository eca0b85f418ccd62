#include "todaycheckin.h"

#include "convert.h"
#include "knotmap/log.h"

namespace knotmap::ui {

TodayCheckIn::TodayCheckIn(CheckInRepository* repository, const Clock& clock, QObject* parent)
    : FieldErrors(parent)
    , m_repository(repository)
    , m_clock(clock) {
    reload();
}

QDate TodayCheckIn::day() const {
    return toQDate(m_clock.today());
}

QString TodayCheckIn::note() const {
    return m_stored ? toQString(m_stored->note) : QString();
}

void TodayCheckIn::reload() {
    if (m_repository == nullptr)
        return;
    auto stored = m_repository->forDay(m_clock.today());
    if (!stored) {
        log::ui()->warn("could not read today's check-in: {}", stored.error().message);
        return;
    }
    m_stored = std::move(*stored);
    emit changed();
}

bool TodayCheckIn::save(int painNow, int painWorst, int painLeast, int painAverage,
                        const QString& note) {
    if (m_repository == nullptr) {
        setError(tr("No database is open, so nothing can be saved."), {});
        return false;
    }
    CheckIn c = m_stored.value_or(CheckIn{});
    c.day = m_clock.today();
    c.painNow = painNow;
    c.painWorst = painWorst;
    c.painLeast = painLeast;
    c.painAverage = painAverage;
    c.note = note.toStdString();
    auto id = m_repository->save(c);
    if (!id) {
        setError(QString::fromStdString(id.error().message),
                 QString::fromStdString(id.error().field));
        return false;
    }
    log::ui()->info("check-in saved");
    clearError();
    reload();
    emit saved();
    return true;
}

} // namespace knotmap::ui
