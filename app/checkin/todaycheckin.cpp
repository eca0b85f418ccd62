#include "checkin/todaycheckin.h"

#include "common/convert.h"
#include "common/dates.h"
#include "knotmap/log.h"
#include "knotmap/validation.h"

#include <QVariantList>

namespace knotmap::ui {
namespace {

bool blank(const QVariant& v) {
    return !v.isValid() || v.isNull() ||
           (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

// A number the user typed (or chose), or an error naming the field.
struct Reader {
    const QVariantMap& entry;
    QString badField;

    std::optional<double> real(const char* key) {
        const QVariant v = entry.value(QLatin1String(key));
        if (blank(v))
            return std::nullopt;
        bool ok = false;
        const double d = v.typeId() == QMetaType::QString
                             ? QLocale().toDouble(v.toString().trimmed(), &ok)
                             : v.toDouble(&ok);
        if (!ok) {
            const double c = v.toString().trimmed().toDouble(&ok); // also accept "7.5"
            if (ok)
                return c;
            badField = QLatin1String(key);
            return std::nullopt;
        }
        return d;
    }
    std::optional<int> whole(const char* key) {
        const auto d = real(key);
        if (!d)
            return std::nullopt;
        if (*d != static_cast<double>(static_cast<long long>(*d))) {
            badField = QLatin1String(key);
            return std::nullopt;
        }
        return static_cast<int>(*d);
    }
    std::optional<bool> yesNo(const char* key) {
        const QVariant v = entry.value(QLatin1String(key));
        if (blank(v))
            return std::nullopt;
        return v.toBool();
    }
};

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

QVariantMap TodayCheckIn::entry() const {
    if (!m_stored)
        return {};
    const CheckIn& c = *m_stored;
    QVariantMap e{{"painNow", c.painNow},
                  {"painWorst", c.painWorst},
                  {"painLeast", c.painLeast},
                  {"painAverage", c.painAverage},
                  {"note", toQString(c.note)}};
    QVariantList interference;
    for (const auto& v : c.interference)
        interference.append(v ? QVariant(*v) : QVariant());
    e.insert("interference", interference);
    const DailyFactors& f = c.factors;
    auto put = [&](const char* key, const auto& v) {
        if (v)
            e.insert(QLatin1String(key), QVariant::fromValue(*v));
    };
    put("sittingHours", f.sittingHours);
    put("movementBreaks", f.movementBreaks);
    put("sleepHours", f.sleepHours);
    put("sleepQuality", f.sleepQuality);
    put("stress", f.stress);
    put("waterGlasses", f.waterGlasses);
    put("exerciseMinutes", f.exerciseMinutes);
    put("awkwardSleep", f.awkwardSleep);
    put("heavyLifting", f.heavyLifting);
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

bool TodayCheckIn::saveEntry(const QVariantMap& entry) {
    if (m_repository == nullptr) {
        setError(tr("No database is open, so nothing can be saved."));
        return false;
    }
    Reader read{entry, {}};
    CheckIn c = m_stored.value_or(CheckIn{});
    c.day = m_day.value_or(m_clock.today());
    c.painNow = read.whole("painNow").value_or(-1);
    c.painWorst = read.whole("painWorst").value_or(-1);
    c.painLeast = read.whole("painLeast").value_or(-1);
    c.painAverage = read.whole("painAverage").value_or(-1);
    const QVariantList interference = entry.value("interference").toList();
    for (std::size_t i = 0; i < kInterferenceDomains; ++i) {
        const QVariant v = static_cast<int>(i) < interference.size()
                               ? interference[static_cast<int>(i)]
                               : QVariant();
        c.interference[i] =
            blank(v) || v.toInt() < 0 ? std::nullopt : std::optional<int>(v.toInt());
    }
    DailyFactors& f = c.factors;
    f.sittingHours = read.real("sittingHours");
    f.movementBreaks = read.whole("movementBreaks");
    f.sleepHours = read.real("sleepHours");
    f.sleepQuality = read.whole("sleepQuality");
    f.stress = read.whole("stress");
    f.waterGlasses = read.whole("waterGlasses");
    f.exerciseMinutes = read.whole("exerciseMinutes");
    f.awkwardSleep = read.yesNo("awkwardSleep");
    f.heavyLifting = read.yesNo("heavyLifting");
    c.note = entry.value("note").toString().toStdString();
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
