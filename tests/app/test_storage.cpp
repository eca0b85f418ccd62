// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// When saving cannot happen: a full disk, a database another program holds locked, a
// file the person may not change. What was typed and what was saved are kept.
#include "harness.h"
#include "history/painchart.h"
#include "history/painchartitem.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/reminder.h"
#include "knotmap/sessions.h"
#include "report/reportbuilder.h"

#include <QElapsedTimer>
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

class StorageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void aFullDiskKeepsWhatWasTypedAndEverythingSavedBefore() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, true);
        auto& db = h.state->store()->database();
        const auto before = *db.queryInt("SELECT count(*) FROM check_in");
        // No room to grow: SQLite reports a full disk for any write that needs a page.
        QVERIFY(
            db.exec("PRAGMA max_page_count = " + std::to_string(*db.queryInt("PRAGMA page_count")))
                .ok());
        h.click(h.item(QStringLiteral("nav-today")));
        h.click(h.item(QStringLiteral("previousDay")));
        h.click(h.item(QStringLiteral("previousDay")));
        h.click(h.item(QStringLiteral("previousDay")));
        h.chooseScores(3, 6, 1, 4);
        QQuickItem* note = h.item(QStringLiteral("note"));
        const QString typed = QString(1900, QLatin1Char('x'));
        note->setProperty("text", typed);
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QQuickItem* error = h.item(QStringLiteral("saveError"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->property("text").toString(),
                 QStringLiteral("This was not saved because the disk is full. Everything saved "
                                "before is intact."));
        QCOMPARE(note->property("text").toString(), typed); // what was typed is still there
        h.shoot(QStringLiteral("today-disk-full"));
        QVERIFY(db.exec("PRAGMA max_page_count = 1073741823").ok());
        QCOMPARE(*db.queryInt("SELECT count(*) FROM check_in"), before);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM check_in WHERE length(note) = 1900"), 0);
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(*check->step());
        QCOMPARE(check->text(0), std::string("ok"));
        // With room again, the same form saves.
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM check_in WHERE length(note) = 1900"), 1);
    }

    void aDatabaseLockedByAnotherProgramIsWaitedForThenExplained() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(4, 7, 2, 5);
        {
            // Another program takes the write lock and keeps it.
            auto other = sql::Database::open(path.toStdString(), sql::Database::Access::ReadWrite);
            QVERIFY(other.ok());
            QVERIFY(other->exec("BEGIN IMMEDIATE").ok());
            QElapsedTimer waited;
            waited.start();
            h.click(h.item(QStringLiteral("saveCheckIn")));
            QQuickItem* error = h.item(QStringLiteral("saveError"));
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
            QVERIFY2(waited.elapsed() >= 2500, "the save waits for the lock before giving up");
            QCOMPARE(error->property("text").toString(),
                     QStringLiteral("This was not saved because another program is using the "
                                    "database. Everything saved before is intact."));
            QVERIFY(other->exec("ROLLBACK").ok());
        }
        // The lock is gone: the same form saves, exactly once.
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));
        QCOMPARE(*h.state->store()->database().queryInt("SELECT count(*) FROM check_in"), 1);
    }

    void aReadOnlyDatabaseIsShownWithSavingOffAndWarningsStillWork() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        int checkIns = 0;
        {
            Harness filled(path, true); // 60 days of history, closed cleanly
            checkIns = filled.state->checkIns()->count();
        }
        QVERIFY(checkIns > 50);
        const QByteArray before = fileBytes(path);
        {
            OpenOptions readOnly;
            readOnly.readOnly = true; // what --read-only asks for
            Harness h(path, false, false, QSize(1280, 1500), readOnly);
            QVERIFY(h.showing(QStringLiteral("readOnlyBanner")));
            QVERIFY(h.item(QStringLiteral("readOnlyText"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("because it was opened read-only, as asked")));
            QCOMPARE(h.window->title(), QStringLiteral("KnotMap \u2013 read-only"));
            QCOMPARE(h.state->checkIns()->count(), checkIns); // everything can be read

            // Today: the form can be filled, but the save button is off and says why.
            h.click(h.item(QStringLiteral("nav-today")));
            h.click(h.item(QStringLiteral("previousDay")));
            h.chooseScores(4, 7, 2, 5);
            QVERIFY(!h.item(QStringLiteral("saveCheckIn"))->isEnabled());
            h.shoot(QStringLiteral("read-only-today"));

            // Body map: a spot can still be read about; the knot cannot be saved.
            h.click(h.item(QStringLiteral("nav-body")));
            QQuickItem* area = h.item(QStringLiteral("figure-area-front"));
            const QPointF thigh(0.62, 0.62); // the front of the left thigh: no knot there
            QVERIFY(!h.state->atlas()
                         ->regionAt(knotmap::ui::FigureView::Front, thigh.x(), thigh.y())
                         .region.isEmpty());
            QTest::qWait(100); // the page is laid out on the next frames
            QTest::mouseClick(
                h.window, Qt::LeftButton, {},
                area->mapToScene(QPointF(thigh.x() * area->width(), thigh.y() * area->height()))
                    .toPoint());
            QTRY_VERIFY(h.item(QStringLiteral("sheetRegion"))->isVisible());
            h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("sheetTenderness"))));
            QVERIFY(!h.item(QStringLiteral("sheetSave"))->isEnabled());
            h.shoot(QStringLiteral("read-only-sheet"));
            h.click(h.item(QStringLiteral("sheetCancel")));
            QTRY_VERIFY(!h.sheetOpen());

            // Warning signs still lead to the advice to seek care, though not saved.
            h.click(h.item(QStringLiteral("nav-warning-signs")));
            QObject* sheet = h.redFlagSheet();
            QTRY_VERIFY(sheet->property("opened").toBool());
            h.answerRedFlags({QStringLiteral("U1")});
            QCOMPARE(h.item(QStringLiteral("redFlagSave"))->property("text").toString(),
                     QStringLiteral("Use answers (not saved)"));
            h.click(h.item(QStringLiteral("redFlagSave")));
            QTRY_VERIFY(!sheet->property("opened").toBool());
            QCOMPARE(h.state->guide()->tier(), ui::WarningTier::Urgent);
            QTRY_VERIFY(h.showing(QStringLiteral("triageBanner")));

            h.click(h.item(QStringLiteral("nav-data")));
            QVERIFY(!h.item(QStringLiteral("backUpNow"))->isEnabled());
            QVERIFY(!h.item(QStringLiteral("importJson"))->isEnabled());
        }
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(StorageTest)
#include "test_storage.moc"
