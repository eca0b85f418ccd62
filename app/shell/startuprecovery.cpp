// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/startuprecovery.h"

#include "common/convert.h"
#include "data/datacare.h"
#include "knotmap/backup.h"
#include "knotmap/log.h"

#include <QDir>

namespace knotmap::ui {

StartupRecovery::StartupRecovery(std::filesystem::path database, bool refused, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock) {
    if (!refused)
        return;
    auto good = backup::newestGood(m_database);
    if (!good) {
        log::store()->warn("looking for a backup failed: {}", good.error().message);
        return;
    }
    if (!good->has_value())
        return;
    m_backup = (*good)->entry.path;
    m_when = backupWhenText((*good)->entry.madeAt, m_clock.today());
    m_holds = backupContentsText((*good)->contents);
}

QString StartupRecovery::backupFolder() const {
    return QDir::toNativeSeparators(QString::fromStdString(backup::folderFor(m_database).string()));
}

bool StartupRecovery::restoreNewest() {
    if (!available())
        return false;
    auto kept = backup::replaceRefused(m_database, m_backup, m_clock.now());
    if (!kept) {
        m_status = toQString(kept.error().message);
        emit statusChanged();
        return false;
    }
    m_status = tr("Restored. The file that could not be opened is kept, unchanged, as %1.")
                   .arg(QString::fromStdString(kept->filename().string()));
    emit statusChanged();
    emit reopenRequested();
    return true;
}

} // namespace knotmap::ui
