// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <filesystem>

namespace knotmap::ui {

// When the database was refused at start-up (damaged, not a database, from a newer
// version): offers the newest good backup, and puts it in place on request while the
// refused file is kept unchanged beside the backups. main.cpp then opens the database
// again.
class StartupRecovery : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString backupWhen READ backupWhen CONSTANT)
    Q_PROPERTY(QString backupHolds READ backupHolds CONSTANT)
    Q_PROPERTY(QString backupFolder READ backupFolder CONSTANT)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    // `refused` says whether the database was refused (rather than, say, missing body
    // data); only then is anything offered.
    StartupRecovery(std::filesystem::path database, bool refused, const Clock& clock,
                    QObject* parent = nullptr);

    bool available() const { return !m_backup.empty(); }
    QString backupWhen() const { return m_when; }
    QString backupHolds() const { return m_holds; }
    QString backupFolder() const;
    QString status() const { return m_status; }

    // Keeps the refused file, puts the backup in its place and asks to open it again.
    Q_INVOKABLE bool restoreNewest();

signals:
    void statusChanged();
    // The database was replaced: main.cpp opens it again.
    void reopenRequested();

private:
    std::filesystem::path m_database;
    std::filesystem::path m_backup; // empty when there is nothing to offer
    const Clock& m_clock;
    QString m_when;
    QString m_holds;
    QString m_status;
};

} // namespace knotmap::ui
