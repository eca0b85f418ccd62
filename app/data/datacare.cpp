// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/datacare.h"

#include "common/convert.h"
#include "common/dates.h"
#include "common/dialogcolours.h"
#include "common/folders.h"
#include "knotmap/backup.h"
#include "knotmap/exchange.h"
#include "knotmap/fhir.h"
#include "knotmap/files.h"
#include "knotmap/log.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

namespace knotmap::ui {

// What a backup is, in words: the tag in its file name says why it was made.
QString backupKindText(const std::string& tag) {
    if (tag.empty())
        return DataCare::tr("Made at start-up (kept 7 days, then weekly)");
    if (tag == backup::kManualTag)
        return DataCare::tr("Made when you asked");
    if (tag == "before-restore")
        return DataCare::tr("Before a restore");
    if (tag == "before-demo")
        return DataCare::tr("Before the demo was made again");
    return DataCare::tr("Before an update (%1)").arg(QString::fromStdString(tag));
}

QString backupWhenText(Timestamp t, LocalDate today) {
    const QDateTime at = toQDateTime(t);
    const QString time = dates::clock(at.time());
    const LocalDate day = localDateOf(t);
    if (day == today)
        return DataCare::tr("Today at %1").arg(time);
    if (LocalDate{std::chrono::sys_days{day} + std::chrono::days{1}} == today)
        return DataCare::tr("Yesterday at %1").arg(time);
    return dates::moment(at);
}

QString backupContentsText(const backup::Contents& c) {
    const auto day = [](const std::optional<LocalDate>& d) {
        return d ? dates::dayShort(*d) : QString();
    };
    const QString days = c.checkIns > 0
                             ? DataCare::tr("%n check-ins from %1 to %2", nullptr, c.checkIns)
                                   .arg(day(c.firstDay), day(c.lastDay))
                             : DataCare::tr("no check-ins");
    return DataCare::tr(
               "This backup holds %1, %2 knots with %3 readings, and %4 self-care sessions.")
        .arg(days)
        .arg(c.knots)
        .arg(c.readings)
        .arg(c.sessions);
}

DataCare::DataCare(Store* store, const BodyAtlas* atlas, const KnowledgeBase* knowledge,
                   const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_atlas(atlas)
    , m_knowledge(knowledge)
    , m_clock(clock) {}

DataCare::~DataCare() {
    m_worker.waitForDone();
}

void DataCare::startDailyCheck() {
    if (m_store == nullptr || m_store->readOnly())
        return;
    auto reader = m_store->openReader();
    if (!reader) {
        log::store()->warn("the daily check could not start: {}", reader.error().message);
        return;
    }
    const Clock& clock = m_clock;
    m_worker.start([this, &clock, store = std::shared_ptr<Store>(std::move(*reader))] {
        auto made = backup::makeDailyIfDue(store->database(), store->path(), false, clock);
        Status ok = made;
        QString damage;
        if (made && !*made) { // no backup due today: the check alone
            ok = backup::checkEveryRule(store->database());
            if (!ok && ok.error().code == ErrorCode::Corrupt)
                damage = toQString(ok.error().message) + QStringLiteral(". ") +
                         tr("No backup is made from it, and every earlier backup is kept.");
        } else if (!ok && ok.error().code == ErrorCode::Corrupt) {
            damage = toQString(ok.error().message); // says no backup was made
        }
        if (!ok)
            log::store()->warn("daily check or backup failed: {}", ok.error().message);
        QMetaObject::invokeMethod(
            this,
            [this, damage] {
                m_damage = damage;
                reload();
                emit checked();
            },
            Qt::QueuedConnection);
    });
}

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
        m_backups.append(
            QVariant::fromValue(BackupRow{backupWhenText(e.madeAt, today), backupKindText(e.kind()),
                                          toQString(e.path.filename().string())}));
    }
    if (!all->empty())
        m_lastBackup = backupWhenText(all->front().madeAt, today);
    emit changed();
}

bool DataCare::backUpNow() {
    if (!canBackUp()) {
        m_status = tr("This database is open read-only, so no backup can be made from here.");
        emit changed();
        return false;
    }
    auto made =
        backup::make(m_store->database(), m_store->path(), m_clock.now(), backup::kManualTag);
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
    return c ? backupContentsText(*c) : toQString(c.error().message);
}

bool DataCare::restore(int index) {
    if (index < 0 || index >= static_cast<int>(m_files.size()) || m_store == nullptr)
        return false;
    if (auto ok = backup::restore(*m_store, m_files[static_cast<std::size_t>(index)], m_clock.now(),
                                  m_atlas);
        !ok) {
        m_status = toQString(ok.error().message);
        reload();
        return false;
    }
    m_status = tr("Restored. What you had before is kept as a backup marked “before a "
                  "restore”, so this can be undone.");
    reload();
    emit restored();
    return true;
}

namespace {
QString localPath(const QString& path) {
    return path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
}
bool haveDialogs() {
    return qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr;
}
} // namespace

bool DataCare::exportTo(const QString& path, const QString& format) {
    if (m_store == nullptr)
        return false;
    const std::filesystem::path target = localPath(path).toStdString();
    const files::Protected keep(m_store->path());
    Status ok;
    if (format == QLatin1String("csv")) {
        ok = exchange::toCsv(*m_store, target, keep);
    } else if (format == QLatin1String("fhir")) {
        if (m_atlas == nullptr || m_knowledge == nullptr) {
            m_exchangeStatus = tr("KnotMap's body map or knowledge data did not load, so the "
                                  "record for a clinic cannot be made.");
            emit changed();
            return false;
        }
        auto text = fhir::toBundle(*m_store, *m_atlas, *m_knowledge,
                                   fhir::Options::everything(m_clock.today()), m_clock);
        ok = text ? files::writeFile(target, *text, keep) : Status{text.error()};
    } else {
        auto text = exchange::toJson(*m_store, m_clock.now());
        ok = text ? files::writeFile(target, *text, keep) : Status{text.error()};
    }
    m_exchangeStatus =
        ok ? tr("Exported everything to %1.").arg(QDir::toNativeSeparators(localPath(path)))
           : toQString(ok.error().message);
    emit changed();
    return static_cast<bool>(ok);
}

bool DataCare::importFrom(const QString& path) {
    m_problems.clear();
    if (m_store == nullptr || m_store->readOnly()) {
        m_exchangeStatus =
            tr("This database cannot be written, so nothing can be imported into it.");
        emit changed();
        return false;
    }
    QFile file(localPath(path));
    if (m_atlas == nullptr || m_knowledge == nullptr) {
        // An import is checked against them; without them nothing could be.
        m_exchangeStatus = tr("KnotMap's body map or knowledge data did not load, so nothing "
                              "can be imported.");
        emit changed();
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_exchangeStatus = tr("%1 could not be read: %2").arg(file.fileName(), file.errorString());
        emit changed();
        return false;
    }
    auto result = exchange::fromJson(*m_store, file.readAll().toStdString(),
                                     exchange::referencesOf(*m_atlas, *m_knowledge));
    if (!result) {
        m_exchangeStatus = toQString(result.error().message) + QLatin1Char(' ') +
                           tr("Nothing was imported; your data is as it was.");
    } else if (!result->written) {
        for (const auto& p : result->problems)
            m_problems << QStringLiteral("%1: %2").arg(toQString(p.where), toQString(p.rule));
        m_exchangeStatus =
            tr("Nothing was imported: %n rows break a rule (below). Your data is as it was.",
               nullptr, static_cast<int>(m_problems.size()));
    } else {
        int rows = 0;
        for (const auto& [table, count] : result->rows)
            rows += count;
        m_exchangeStatus =
            rows == 0 && result->alreadyThere > 0
                ? tr("Nothing new: all %n entries in %1 are in your data already.", nullptr,
                     result->alreadyThere)
                      .arg(file.fileName())
            : result->alreadyThere > 0
                ? tr("Imported %n rows from %1; %2 were in your data already and were skipped.",
                     nullptr, rows)
                      .arg(file.fileName())
                      .arg(result->alreadyThere)
                : tr("Imported %n rows from %1.", nullptr, rows).arg(file.fileName());
        emit restored(); // every view reads the data again
    }
    emit changed();
    return result && result->written;
}

bool DataCare::exportWithDialog(const QString& format) {
    if (!haveDialogs())
        return false;
    styleDialogs();
    const QString documents = dialogFolder();
    const QString day = QString::fromStdString(formatDate(m_clock.today()));
    if (format == QLatin1String("csv")) {
        // The files go into a new folder inside the one chosen, made whole or not at all.
        const QString parent = QFileDialog::getExistingDirectory(
            nullptr, tr("Choose where to put the folder of CSV files"), documents);
        if (parent.isEmpty())
            return false;
        QString folder = localPath(parent) + QStringLiteral("/knotmap-export-") + day;
        for (int n = 2; QFileInfo::exists(folder); ++n)
            folder = localPath(parent) + QStringLiteral("/knotmap-export-%1-%2").arg(day).arg(n);
        return exportTo(folder, format);
    }
    const bool forClinic = format == QLatin1String("fhir");
    const QString path = QFileDialog::getSaveFileName(
        nullptr,
        forClinic ? tr("Export a record for a clinic (FHIR)") : tr("Export everything as JSON"),
        documents + (forClinic ? QStringLiteral("/knotmap-fhir-%1.json")
                               : QStringLiteral("/knotmap-export-%1.json"))
                        .arg(day),
        tr("JSON files (*.json)"));
    return !path.isEmpty() && exportTo(path, format);
}

bool DataCare::importWithDialog() {
    if (!haveDialogs())
        return false;
    styleDialogs();
    const QString path = QFileDialog::getOpenFileName(nullptr, tr("Import a KnotMap export"),
                                                      dialogFolder(), tr("JSON files (*.json)"));
    return !path.isEmpty() && importFrom(path);
}

} // namespace knotmap::ui
