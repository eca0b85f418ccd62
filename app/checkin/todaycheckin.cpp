// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkin/todaycheckin.h"

#include "common/convert.h"
#include "common/dates.h"
#include "knotmap/log.h"
#include "knotmap/validation.h"

#include <QLocale>
#include <QVariantList>

namespace knotmap::ui {
namespace {

// A number the person typed, in their language's format or with a dot ("7.5"), or an
// error naming the field.
struct Reader {
    QString badField;

    std::optional<double> real(const QString& text, const char* field) {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return std::nullopt;
        bool ok = false;
        double d = QLocale().toDouble(t, &ok);
        if (!ok)
            d = t.toDouble(&ok);
        if (!ok) {
            badField = QLatin1String(field);
            return std::nullopt;
        }
        return d;
    }
    std::optional<int> whole(const QString& text, const char* field) {
        const auto d = real(text, field);
        if (!d)
            return std::nullopt;
        if (*d != static_cast<double>(static_cast<long long>(*d))) {
            badField = QLatin1String(field);
            return std::nullopt;
        }
        return static_cast<int>(*d);
    }
};

std::optional<int> chosen(int value) {
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

std::optional<bool> answered(int value) {
    return value < 0 ? std::nullopt : std::optional<bool>(value != 0);
}

template <typename T> QString typed(const std::optional<T>& v) {
    return v ? QLocale().toString(*v) : QString();
}

int yesNo(const std::optional<bool>& v) {
    return v ? static_cast<int>(*v) : -1;
}

} // namespace

TodayCheckIn::TodayCheckIn(CheckInRepository* repository, const Clock& clock, QObject* parent)
    : FieldErrors(parent)
    , m_repository(repository)
    , m_clock(clock) {
    reload();
}

QDate TodayCheckIn::day() const {
    return toQDate(m_day.value_or(m_clock.today()));
}

bool TodayCheckIn::isToday() const {
    return !m_day || *m_day == m_clock.today();
}

CheckInForm TodayCheckIn::entry() const {
    CheckInForm e;
    e.interference = QList<int>(kInterferenceDomains, -1);
    if (!m_stored)
        return e;
    const CheckIn& c = *m_stored;
    e.painNow = c.painNow;
    e.painWorst = c.painWorst;
    e.painLeast = c.painLeast;
    e.painAverage = c.painAverage;
    for (std::size_t i = 0; i < kInterferenceDomains; ++i)
        e.interference[static_cast<qsizetype>(i)] = c.interference[i].value_or(-1);
    const DailyFactors& f = c.factors;
    e.sittingHours = typed(f.sittingHours);
    e.movementBreaks = typed(f.movementBreaks);
    e.sleepHours = typed(f.sleepHours);
    e.sleepQuality = f.sleepQuality.value_or(-1);
    e.stress = f.stress.value_or(-1);
    e.waterGlasses = typed(f.waterGlasses);
    e.exerciseMinutes = typed(f.exerciseMinutes);
    e.awkwardSleep = yesNo(f.awkwardSleep);
    e.heavyLifting = yesNo(f.heavyLifting);
    e.note = toQString(c.note);
    return e;
}

bool TodayCheckIn::showDay(const QDate& wanted) {
    if (!wanted.isValid())
        return false;
    const LocalDate d = fromQDate(wanted);
    if (d > m_clock.today()) {
        setError(tr("You can only record days up to today, not future days."),
                 QStringLiteral("day"));
        return false;
    }
    clearError();
    m_day = d;
    reload();
    return true;
}

bool TodayCheckIn::scoresComplete(int now, int worst, int least, int average) const {
    CheckIn c;
    c.painNow = now;
    c.painWorst = worst;
    c.painLeast = least;
    c.painAverage = average;
    return rules::scoresComplete(c);
}

QVariantList TodayCheckIn::interferenceDomains() const {
    // The Brief Pain Inventory's seven, in InterferenceDomain order.
    const QString labels[] = {tr("General activity"),
                              tr("Mood"),
                              tr("Walking"),
                              tr("Work, including housework"),
                              tr("Relationships with other people"),
                              tr("Sleep"),
                              tr("Enjoyment of life")};
    static_assert(std::size(labels) == kInterferenceDomains);
    QVariantList domains;
    for (std::size_t i = 0; i < kInterferenceDomains; ++i)
        domains.append(
            QVariant::fromValue(InterferenceDomain{toQString(kInterferenceFields[i]), labels[i]}));
    return domains;
}

bool TodayCheckIn::showToday() {
    return showDay(toQDate(m_clock.today()));
}

void TodayCheckIn::reload() {
    if (m_repository == nullptr)
        return;
    auto stored = m_repository->forDay(m_day.value_or(m_clock.today()));
    if (!stored) {
        log::ui()->warn("could not read a check-in: {}", stored.error().message);
        return;
    }
    m_stored = std::move(*stored);
    if (!m_elsewhere.isEmpty()) {
        m_elsewhere.clear();
        emit elsewhereChanged();
    }
    emit changed();
}

bool TodayCheckIn::saveEntry(const CheckInForm& entry) {
    if (m_repository == nullptr) {
        setError(tr("No database is open, so nothing can be saved."));
        return false;
    }
    Reader read;
    CheckIn c = m_stored.value_or(CheckIn{});
    c.day = m_day.value_or(m_clock.today());
    c.painNow = entry.painNow;
    c.painWorst = entry.painWorst;
    c.painLeast = entry.painLeast;
    c.painAverage = entry.painAverage;
    for (std::size_t i = 0; i < kInterferenceDomains; ++i) {
        const auto at = static_cast<qsizetype>(i);
        c.interference[i] = chosen(at < entry.interference.size() ? entry.interference[at] : -1);
    }
    DailyFactors& f = c.factors;
    f.sittingHours = read.real(entry.sittingHours, "sittingHours");
    f.movementBreaks = read.whole(entry.movementBreaks, "movementBreaks");
    f.sleepHours = read.real(entry.sleepHours, "sleepHours");
    f.sleepQuality = chosen(entry.sleepQuality);
    f.stress = chosen(entry.stress);
    f.waterGlasses = read.whole(entry.waterGlasses, "waterGlasses");
    f.exerciseMinutes = read.whole(entry.exerciseMinutes, "exerciseMinutes");
    f.awkwardSleep = answered(entry.awkwardSleep);
    f.heavyLifting = answered(entry.heavyLifting);
    c.note = entry.note.toStdString();
    if (!read.badField.isEmpty()) {
        setError(tr("Write a number here, for example 7 or 7.5."), read.badField);
        return false;
    }
    auto id = m_repository->save(c);
    if (!id && id.error().code == ErrorCode::Conflict && id.error().field.empty()) {
        // Saved elsewhere since the form read it: what is stored now is read and said, and
        // the next save is over it; changed() is not emitted, so the form keeps what the
        // person chose.
        auto fresh = m_repository->forDay(c.day);
        if (fresh) {
            m_stored = std::move(*fresh);
            m_elsewhere = m_stored ? tr("Saved elsewhere: now %1, worst %2, least %3, average %4.")
                                         .arg(m_stored->painNow)
                                         .arg(m_stored->painWorst)
                                         .arg(m_stored->painLeast)
                                         .arg(m_stored->painAverage)
                                   : QString();
            emit elsewhereChanged();
        }
    }
    if (!id) {
        setError(QString::fromStdString(id.error().message),
                 QString::fromStdString(id.error().field));
        return false;
    }
    if (!m_elsewhere.isEmpty()) {
        m_elsewhere.clear();
        emit elsewhereChanged();
    }
    log::ui()->info("check-in saved");
    m_savedAt = dates::clock(toQDateTime(m_clock.now()).time());
    clearError();
    reload();
    emit saved();
    return true;
}

} // namespace knotmap::ui
