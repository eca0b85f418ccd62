// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Your data: backing up now, restoring, export and import.
#include "common/choice.h"
#include "harness.h"
#include "history/painchart.h"
#include "history/painchartitem.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/redflags.h"
#include "knotmap/reminder.h"
#include "knotmap/sessions.h"
#include "report/reportbuilder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>

#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

class DataTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    // The country is chosen on Your data by keyboard, kept, and its numbers shown.
    void yourCountryChoosesTheNumbersToCall() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-data")));
        QQuickItem* box = h.item(QStringLiteral("country"));
        QTRY_VERIFY(box->isVisible());
        const QVariantList countries = h.state->helpLines()->countries();
        int uk = -1;
        for (int i = 0; i < countries.size(); ++i) {
            if (countries[i].value<ui::Choice>().value.toString() == QLatin1String("GB"))
                uk = i;
        }
        QVERIFY(uk >= 0);
        box->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(h.window, Qt::Key_Home);
        for (int i = 0; i < uk; ++i)
            QTest::keyClick(h.window, Qt::Key_Down);
        QTRY_COMPARE(h.state->helpLines()->country(), QStringLiteral("GB"));
        QTRY_COMPARE(h.item(QStringLiteral("countryNumbers"))->property("text").toString(),
                     QStringLiteral("In an emergency: 999. For urgent advice: NHS 111 (111)."));
        auto store = Store::open(path.toStdString(), OpenOptions{});
        QCOMPARE(loadCountry(**store)->value_or(""), std::string("GB"));
    }

    void yourDataMakesABackupNow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-data")));
        QQuickItem* last = h.item(QStringLiteral("lastBackup"));
        QTRY_VERIFY(last->isVisible());
        QCOMPARE(last->property("text").toString(), QStringLiteral("Last backup: No backup yet."));
        h.click(h.item(QStringLiteral("backUpNow")));
        QTRY_VERIFY(
            last->property("text").toString().startsWith(QStringLiteral("Last backup: Today at")));
        QVERIFY(h.item(QStringLiteral("backupStatus"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Backed up just now to k-")));
        const QDir folder(dir.filePath(QStringLiteral("k-backups")));
        const QStringList files = folder.entryList({QStringLiteral("k-*.sqlite")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(folder.filePath(files[0])).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        h.shoot(QStringLiteral("data"));

        // Restoring it: a check-in saved after the backup goes away, the page and the
        // History model show the restored data, and the replaced data is kept.
        QVERIFY(saveCheckInElsewhere(path, h.clock, 6));
        h.state->checkIns()->reload();
        QCOMPARE(h.state->checkIns()->count(), 1);
        h.click(h.item(QStringLiteral("restore-0")));
        auto* sheet = h.window->findChild<QObject*>(QStringLiteral("restoreSheet"));
        QTRY_VERIFY(sheet->property("opened").toBool());
        QVERIFY(h.item(QStringLiteral("restorePreview"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("This backup holds no check-ins, 0 knots")));
        h.shoot(QStringLiteral("data-restore"));
        h.click(h.item(QStringLiteral("confirmRestore")));
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QCOMPARE(h.state->checkIns()->count(), 0);
        QVERIFY(h.item(QStringLiteral("backupStatus"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Restored.")));
        const QStringList kept =
            folder.entryList({QStringLiteral("k-*-before-restore.sqlite")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
    }

    void yourDataExportsAndImportsWithNothingLostOnABadFile() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        ui::DataCare* care = h.state->data();
        h.click(h.item(QStringLiteral("nav-data")));
        const QString json = dir.filePath(QStringLiteral("all.json"));
        QVERIFY(care->exportTo(json, QStringLiteral("json")));
        QVERIFY(QFileInfo::exists(json));
        QVERIFY(care->exportTo(dir.filePath(QStringLiteral("csv")), QStringLiteral("csv")));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("csv"))).entryList(QDir::Files).size(), 8);

        // The record for a clinic: one FHIR bundle, a pain-now reading per check-in.
        QVERIFY(h.item(QStringLiteral("exportFhir"))->isVisible());
        const QString fhir = dir.filePath(QStringLiteral("record.json"));
        QVERIFY(care->exportTo(fhir, QStringLiteral("fhir")));
        QFile record(fhir);
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(record.readAll()).object();
        QCOMPARE(bundle.value("resourceType").toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value("type").toString(), QStringLiteral("collection"));
        int painNow = 0;
        for (const QJsonValue entry : bundle.value("entry").toArray()) {
            const QJsonObject code = entry["resource"]["code"].toObject();
            painNow += code["coding"][0]["code"].toString() == QLatin1String("72514-3");
        }
        h.state->checkIns()->reload();
        QCOMPARE(painNow, h.state->checkIns()->count());
        QCOMPARE(record.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Importing the same file again: every entry is there already, nothing is added.
        const int before = h.state->checkIns()->count();
        QVERIFY(care->importFrom(json));
        QVERIFY(care->problems().isEmpty());
        QTRY_VERIFY(h.item(QStringLiteral("exchangeStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Nothing new: all")));
        h.state->checkIns()->reload();
        QCOMPARE(h.state->checkIns()->count(), before);

        // A row that breaks a rule (a score of 99): nothing is added, and the row is listed.
        {
            QFile in(json);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(in.readAll());
            const QRegularExpression score(QStringLiteral("\"pain_now\": \\d+"));
            const auto match = score.match(text);
            QVERIFY(match.hasMatch());
            text.replace(match.capturedStart(), match.capturedLength(),
                         QStringLiteral("\"pain_now\": 99"));
            QFile out(dir.filePath(QStringLiteral("clash.json")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
        }
        QVERIFY(!care->importFrom(dir.filePath(QStringLiteral("clash.json"))));
        QVERIFY(!care->problems().isEmpty());
        QTRY_VERIFY(h.item(QStringLiteral("importProblem"))->isVisible());
        QVERIFY(h.item(QStringLiteral("exchangeStatus"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Nothing was imported")));
        h.state->checkIns()->reload();
        QCOMPARE(h.state->checkIns()->count(), before);
        h.shoot(QStringLiteral("data-import-problems"));

        // Into a new, empty database the same file goes in whole.
        Harness fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh.state->data()->importFrom(json));
        QCOMPARE(fresh.state->checkIns()->count(), before);
        QVERIFY(fresh.state->knots()->count() > 0);
    }
};

QTEST_MAIN(DataTest)
#include "test_data.moc"
