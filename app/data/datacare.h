// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/backup.h"
#include "knotmap/clock.h"
#include "knotmap/knowledge.h"
#include "knotmap/store.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// When a backup was made, for people: "Today at 08:15", "Yesterday at 21:02", a date.
QString backupWhenText(Timestamp t, LocalDate today);
// What a backup holds, in a sentence: check-ins and their days, knots, readings, sessions.
QString backupContentsText(const backup::Contents& contents);

// One backup as the page lists it.
struct BackupRow {
    Q_GADGET
    QML_VALUE_TYPE(backupRow)
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString file MEMBER file)

public:
    QString when; // "Today at 08:15"
    QString kind; // why it was made, in words
    QString file;
};

// The "Your data" page: where the database is, its backups, and making one now.
class DataCare : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString backupFolder READ backupFolder CONSTANT)
    Q_PROPERTY(QString lastBackup READ lastBackup NOTIFY changed)
    Q_PROPERTY(QVariantList backups READ backups NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool canBackUp READ canBackUp CONSTANT)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(QString exchangeStatus READ exchangeStatus NOTIFY changed)
    // What the full check after start-up found wrong, or "" (nothing found, or not run).
    Q_PROPERTY(QString damage READ damage NOTIFY changed)

public:
    // store may be null (no database open).
    // store, atlas and knowledge may be null (not loaded); import then names what is missing.
    DataCare(Store* store, const BodyAtlas* atlas, const KnowledgeBase* knowledge,
             const Clock& clock, QObject* parent = nullptr);
    ~DataCare() override; // waits for the check below

    // After start-up, on another thread with its own connection: every rule of the
    // database is checked (backup::checkEveryRule), and the day's backup made if due.
    // A database that fails is not backed up; `damage` says what was found. `checked`
    // is emitted either way.
    void startDailyCheck();
    QString damage() const { return m_damage; }

    QString databasePath() const;
    QString backupFolder() const;
    // "Today at 08:15", or that there is none yet.
    QString lastBackup() const { return m_lastBackup; }
    // Newest first (BackupRow).
    QVariantList backups() const { return m_backups; }
    QString status() const { return m_status; }
    bool canBackUp() const { return m_store != nullptr && !m_store->readOnly(); }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool backUpNow();
    // What backup `index` (of backups) holds, in a sentence, before restoring it.
    Q_INVOKABLE QString preview(int index) const;
    // Replaces the data with backup `index`, backing up the current data first.
    Q_INVOKABLE bool restore(int index);
    // Everything entered, as one JSON file ("json") or a folder of CSV files ("csv").
    Q_INVOKABLE bool exportTo(const QString& path, const QString& format);
    // Reads a JSON export; on any bad row nothing is written and `problems` lists them.
    Q_INVOKABLE bool importFrom(const QString& path);
    // The same, asking where with a file dialog first (false when cancelled).
    Q_INVOKABLE bool exportWithDialog(const QString& format);
    Q_INVOKABLE bool importWithDialog();
    // Each problem of the last import: "tables.check_in[3]: rule".
    QStringList problems() const { return m_problems; }
    // What the last export or import did, in a sentence.
    QString exchangeStatus() const { return m_exchangeStatus; }

signals:
    void changed();
    // The data was replaced: every view must read it again.
    void restored();
    // startDailyCheck finished.
    void checked();

private:
    Store* m_store;
    const BodyAtlas* m_atlas;
    const KnowledgeBase* m_knowledge;
    const Clock& m_clock;
    QString m_lastBackup;
    QVariantList m_backups;
    QString m_status;
    std::vector<std::filesystem::path> m_files; // in the order of backups
    QStringList m_problems;
    QString m_exchangeStatus;
    QString m_damage;
    QThreadPool m_worker; // the daily check's thread; waited for on destruction
};

} // namespace knotmap::ui
