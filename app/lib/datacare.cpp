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

} // namespace knotmap::ui
