#include "datacare.h"

#include "convert.h"
#include "knotmap/backup.h"
#include "knotmap/log.h"

#include <QDir>
#include <QLocale>

namespace knotmap::ui {
namespace {

QString whenText(Timestamp t, LocalDate today) {
    const QDateTime at = toQDateTime(t);
    const QString time = QLocale().toString(at.time(), QStringLiteral("HH:mm"));
    const LocalDate day = localDateOf(t);
    if (day == today)
        return DataCare::tr("Today at %1").arg(time);
    if (LocalDate{std::chrono::sys_days{day} + std::chrono::days{1}} == today)
        return DataCare::tr("Yesterday at %1").arg(time);
    return QLocale().toString(at, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace

DataCare::DataCare(Store* store, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock) {}

QString DataCare::databasePath() const {
    return m_store != nullptr
               ? QDir::toNativeSeparators(QString::fromStdString(m_store->path().string()))
               : QString();
}

QString DataCare::backupFolder() const {
    return m_store != nullptr ? QDir::toNativeSeparators(QString::fromStdString(
                                    backup::folderFor(m_store->path()).string()))
                              : QString();
}

void DataCare::reload() {
    m_backups.clear();
    m_files.clear();
    m_lastBackup = tr("No backup yet.");
    if (m_store == nullptr) {
        emit changed();
        return;
    }
    auto all = backup::list(m_store->path());
    if (!all) {
        m_lastBackup = toQString(all.error().message);
        emit changed();
        return;
    }
    const LocalDate today = m_clock.today();
    for (const auto& e : *all) {
        m_files.push_back(e.path);
        m_backups.append(QVariantMap{
            {"when", whenText(e.madeAt, today)},
            {"kind",
             e.tag.empty() ? tr("Regular") : tr("Before an update (%1)").arg(toQString(e.tag))},
            {"file", QString::fromStdString(e.path.filename().string())},
        });
    }
    if (!all->empty())
        m_lastBackup = whenText(all->front().madeAt, today);
    emit changed();
}

bool DataCare::backUpNow() {
    if (!canBackUp()) {
        m_status = tr("This database is open read-only, so no backup can be made from here.");
        emit changed();
        return false;
    }
    auto made = backup::make(m_store->database(), m_store->path(), m_clock.now());
    if (!made) {
        log::store()->warn("backup failed: {}", made.error().message);
        m_status = toQString(made.error().message) + QLatin1Char(' ') +
                   tr("Your data itself is unchanged.");
        reload();
        return false;
    }
    if (auto ok = backup::rotate(m_store->path()); !ok)
        log::store()->warn("backup rotation failed: {}", ok.error().message);
    m_status =
        tr("Backed up just now to %1.").arg(QString::fromStdString(made->filename().string()));
    reload();
    return true;
}

QString DataCare::preview(int index) const {
    if (index < 0 || index >= static_cast<int>(m_files.size()))
        return {};
    auto c = backup::preview(m_files[static_cast<std::size_t>(index)]);
    if (!c)
        return toQString(c.error().message);
    const auto day = [](const std::optional<LocalDate>& d) {
        return d ? QLocale().toString(toQDate(*d), QStringLiteral("d MMM yyyy")) : QString();
    };
    const QString days = c->checkIns > 0 ? tr("%1 check-ins from %2 to %3")
                                               .arg(c->checkIns)
                                               .arg(day(c->firstDay), day(c->lastDay))
                                         : tr("no check-ins");
    return tr("This backup holds %1, %2 knots with %3 readings, and %4 self-care sessions.")
        .arg(days)
        .arg(c->knots)
        .arg(c->readings)
        .arg(c->sessions);
}

bool DataCare::restore(int index) {
    if (index < 0 || index >= static_cast<int>(m_files.size()) || m_store == nullptr)
        return false;
    if (auto ok =
            backup::restore(*m_store, m_files[static_cast<std::size_t>(index)], m_clock.now());
        !ok) {
        m_status = toQString(ok.error().message);
        reload();
        return false;
    }
    m_status = tr("Restored. What you had before is kept as a backup marked \u201cbefore a "
                  "restore\u201d, so this can be undone.");
    reload();
    emit restored();
    return true;
}

} // namespace knotmap::ui
