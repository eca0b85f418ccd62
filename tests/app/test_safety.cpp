// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety in the window: a second window on the same file, an entry saved elsewhere
// while the form is open, and damage found after start-up. Real QML, real SQLite files.
#include "harness.h"
#include "knotmap/backup.h"
#include "knotmap/checkins.h"

#include <QQuickStyle>
#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;

class SafetyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void aSecondWindowOnTheSameFileOpensReadOnlyAndSaysWhy() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness first(path);
        Harness second(path);
        QVERIFY(!first.state->store()->readOnly());
        QVERIFY(second.state->store()->readOnly());
        QQuickItem* banner = second.item(QStringLiteral("readOnlyBanner"));
        QTRY_VERIFY(banner->isVisible());
        const QString text =
            second.item(QStringLiteral("readOnlyText"))->property("text").toString();
        QVERIFY2(text.contains(QStringLiteral("open in another KnotMap window")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Close that window to make changes here")));
        QVERIFY(!first.showing(QStringLiteral("readOnlyBanner")));
        second.click(second.item(QStringLiteral("nav-today")));
        QTRY_VERIFY(!second.item(QStringLiteral("saveCheckIn"))->isEnabled());
        second.shoot(QStringLiteral("second-window"));

        // What the first window saves, the second reads.
        first.click(first.item(QStringLiteral("nav-today")));
        first.chooseScores(6, 8, 2, 5);
        first.click(first.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(first.item(QStringLiteral("saveStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Saved")));
        second.state->today()->reload();
        QTRY_VERIFY(second.state->today()->recorded());
        QCOMPARE(second.state->today()->entry().painNow, 6);
    }

    void aSaveNeverOverwritesAnEntrySavedElsewhereAndKeepsWhatWasChosen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(6, 8, 2, 5);
        // Meanwhile another program saves today: now 3 for everything.
        QVERIFY(saveCheckInElsewhere(path, h.clock, 3));
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(h.item(QStringLiteral("saveError"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("saved elsewhere since you opened it")));
        QCOMPARE(h.item(QStringLiteral("savedElsewhere"))->property("text").toString(),
                 QStringLiteral("Saved elsewhere: now 3, worst 3, least 3, average 3."));
        QVERIFY(h.item(QStringLiteral("savedElsewhere"))->isVisible());
        // What the person chose is still in the form, and the other entry is untouched.
        QCOMPARE(h.item(QStringLiteral("scale-now"))->property("value").toInt(), 6);
        QCOMPARE(h.item(QStringLiteral("scale-worst"))->property("value").toInt(), 8);
        auto read = [&] {
            OpenOptions readOnly;
            readOnly.readOnly = true;
            auto store = Store::open(path.toStdString(), readOnly);
            CheckInRepository repo(**store, h.clock);
            return **repo.forDay(h.clock.today());
        };
        QCOMPARE(read().painNow, 3);
        h.shoot(QStringLiteral("today-saved-elsewhere"));

        // Saving again is the person's choice to keep theirs.
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(h.item(QStringLiteral("saveStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Saved")));
        QCOMPARE(read().painNow, 6);
        QCOMPARE(read().painWorst, 8);
        QVERIFY(!h.item(QStringLiteral("savedElsewhere"))->isVisible());

        // An edit saved elsewhere after that is not overwritten either.
        QVERIFY(saveCheckInElsewhere(path, h.clock, 4));
        h.click(h.item(QStringLiteral("score-5"), h.item(QStringLiteral("scale-average"))));
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(h.item(QStringLiteral("savedElsewhere"))->isVisible());
        QCOMPARE(read().painAverage, 4);
    }

    void damageFoundAfterStartUpIsShownAndNeverBackedUp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Harness maker(path, true); // the sample history, then closed
        }
        {
            // An index that no longer matches its table: the open check (quick_check)
            // passes, the full check does not.
            auto db = sql::Database::open(path.toStdString(), sql::Database::Access::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db->exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                             "'CREATE INDEX knot_observation_by_time ON knot_observation "
                             "(tenderness)' WHERE name = 'knot_observation_by_time'; "
                             "PRAGMA writable_schema = OFF")
                        .ok());
        }
        Harness h(path);
        QVERIFY(!h.showing(QStringLiteral("damageBanner")));
        QSignalSpy checked(h.state->data(), &ui::DataCare::checked);
        h.state->data()->startDailyCheck();
        QVERIFY(checked.wait(10000));
        QTRY_VERIFY(h.showing(QStringLiteral("damageBanner")));
        const QString text = h.item(QStringLiteral("damageText"))->property("text").toString();
        QVERIFY2(text.contains(QStringLiteral("found damage")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("every earlier backup is kept")));
        QCOMPARE(backup::list(path.toStdString())->size(), 0u);
        h.shoot(QStringLiteral("damage-banner"));
        h.click(h.item(QStringLiteral("damageOpenData")));
        QTRY_VERIFY(h.item(QStringLiteral("page-data"))->isVisible());
    }

    void aGoodDatabaseGetsItsDailyBackupAfterStartUp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, true);
        QSignalSpy checked(h.state->data(), &ui::DataCare::checked);
        h.state->data()->startDailyCheck();
        QVERIFY(checked.wait(10000));
        QVERIFY(!h.showing(QStringLiteral("damageBanner")));
        auto backups = backup::list(path.toStdString());
        QCOMPARE(backups->size(), 1u);
        QCOMPARE(backups->front().tag, std::string());
        QCOMPARE(h.state->data()->backups().size(), 1);
    }
};

QTEST_MAIN(SafetyTest)
#include "test_safety.moc"
