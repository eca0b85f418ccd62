// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Today: a check-in by clicks and by keyboard, its rules, its factors, past days.
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

class CheckInTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void checkInSavedByClicksLandsInTheDatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(4, 7, 2, 5);
        QQuickItem* save = h.item(QStringLiteral("saveCheckIn"));
        QVERIFY(save->isEnabled());
        h.click(save);
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));

        // Read the file through a second, independent connection.
        auto store = Store::open(path.toStdString());
        QVERIFY(store.ok());
        CheckInRepository repo(**store, h.clock);
        auto today = repo.forDay(h.clock.today());
        QVERIFY(today.ok() && today->has_value());
        QCOMPARE((*today)->painNow, 4);
        QCOMPARE((*today)->painWorst, 7);
        QCOMPARE((*today)->painLeast, 2);
        QCOMPARE((*today)->painAverage, 5);
        QCOMPARE(*repo.count(), 1);
    }

    void checkInByKeyboardOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        h.item(QStringLiteral("scale-now"))->forceActiveFocus();
        QTest::keyClick(h.window, Qt::Key_3);
        QTest::keyClick(h.window, Qt::Key_Tab);
        QTest::keyClick(h.window, Qt::Key_6);
        QTest::keyClick(h.window, Qt::Key_Tab);
        QTest::keyClick(h.window, Qt::Key_1);
        QTest::keyClick(h.window, Qt::Key_Tab);
        QTest::keyClick(h.window, Qt::Key_2);
        QTest::keyClick(h.window, Qt::Key_Right); // 3
        // Past the two optional sections' toggles to the note.
        for (int i = 0; i < 4 && !h.item(QStringLiteral("note"))->hasActiveFocus(); ++i)
            QTest::keyClick(h.window, Qt::Key_Tab);
        QVERIFY(h.item(QStringLiteral("note"))->hasActiveFocus());
        for (const char c : std::string("Sat too long"))
            QTest::keyClick(h.window, c);
        QTest::keyClick(h.window, Qt::Key_Tab);
        QVERIFY(h.item(QStringLiteral("saveCheckIn"))->hasActiveFocus());
        // Return presses the focused button, as Space does.
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));
        // So does Enter on a plain button: to the day before, and back with Next day.
        h.item(QStringLiteral("previousDay"))->forceActiveFocus();
        QTest::keyClick(h.window, Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_VERIFY(!h.state->today()->isToday());
        h.item(QStringLiteral("nextDay"))->forceActiveFocus();
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.state->today()->isToday());
        // The sidebar's Today goes back to today from a past day.
        h.click(h.item(QStringLiteral("previousDay")));
        h.click(h.item(QStringLiteral("previousDay")));
        QTRY_VERIFY(!h.state->today()->isToday());
        h.click(h.item(QStringLiteral("nav-today")));
        QTRY_VERIFY(h.state->today()->isToday());

        auto store = Store::open(path.toStdString());
        CheckInRepository repo(**store, h.clock);
        auto today = *repo.forDay(h.clock.today());
        QVERIFY(today.has_value());
        QCOMPARE(today->painNow, 3);
        QCOMPARE(today->painWorst, 6);
        QCOMPARE(today->painLeast, 1);
        QCOMPARE(today->painAverage, 3);
        QCOMPARE(QString::fromStdString(today->note), QStringLiteral("Sat too long"));
    }

    void brokenRuleIsShownAndNothingIsSaved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(9, 5, 2, 3);
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QQuickItem* scaleNow = h.item(QStringLiteral("scale-now"));
        QTRY_VERIFY(scaleNow->property("errorText").toString().contains("between least and worst"));
        QCOMPARE(scaleNow->property("value").toInt(), 9); // what the user chose is kept
        auto store = Store::open(path.toStdString());
        CheckInRepository repo(**store, h.clock);
        QCOMPARE(*repo.count(), 0);
    }

    void fullCheckInWithFactorsIsStoredExactlyAndCanBeEdited() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, false, false, QSize(1280, 2200)); // tall enough to show every field
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(5, 7, 3, 5);
        h.click(h.item(QStringLiteral("interference-toggle")));
        h.click(h.item(QStringLiteral("score-4"), h.item(QStringLiteral("interference-0"))));
        h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("interference-5"))));
        h.click(h.item(QStringLiteral("factors-toggle")));
        h.item(QStringLiteral("sittingHours-input"))->setProperty("text", QStringLiteral("7.5"));
        h.item(QStringLiteral("sleepHours-input"))->setProperty("text", QStringLiteral("6"));
        h.item(QStringLiteral("waterGlasses-input"))->setProperty("text", QStringLiteral("4"));
        h.click(h.item(QStringLiteral("score-8"), h.item(QStringLiteral("stress"))));
        h.click(h.item(QStringLiteral("awkwardSleep-yes")));
        h.click(h.item(QStringLiteral("heavyLifting-no")));
        h.shoot(QStringLiteral("today-full"));
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));

        auto read = [&] {
            auto store = Store::open(path.toStdString());
            CheckInRepository repo(**store, h.clock);
            return **repo.forDay(h.clock.today());
        };
        CheckIn c = read();
        QCOMPARE(c.painNow, 5);
        QCOMPARE(c.painWorst, 7);
        QCOMPARE(c.painLeast, 3);
        QCOMPARE(c.painAverage, 5);
        QCOMPARE(c.interference[0], std::optional<int>(4));
        QCOMPARE(c.interference[5], std::optional<int>(6));
        QVERIFY(!c.interference[1].has_value());
        QCOMPARE(c.factors.sittingHours, std::optional<double>(7.5));
        QCOMPARE(c.factors.sleepHours, std::optional<double>(6));
        QCOMPARE(c.factors.waterGlasses, std::optional<int>(4));
        QCOMPARE(c.factors.stress, std::optional<int>(8));
        QCOMPARE(c.factors.awkwardSleep, std::optional<bool>(true));
        QCOMPARE(c.factors.heavyLifting, std::optional<bool>(false));
        QVERIFY(!c.factors.exerciseMinutes.has_value());
        QVERIFY(!c.factors.sleepQuality.has_value());
        const RowId id = c.id;

        // Edit: the form shows what is stored; change the average and save again.
        h.click(h.item(QStringLiteral("score-4"), h.item(QStringLiteral("scale-average"))));
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_COMPARE(read().painAverage, 4);
        QCOMPARE(read().id, id);
        QCOMPARE(read().factors.sittingHours, std::optional<double>(7.5));
    }

    void missedPastDaysCanBeFilledNotFutureOnes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        QVERIFY(!h.item(QStringLiteral("nextDay"))->isEnabled());
        h.click(h.item(QStringLiteral("previousDay")));
        h.click(h.item(QStringLiteral("previousDay")));
        QTRY_VERIFY(!h.state->today()->isToday());
        h.chooseScores(2, 4, 1, 3);
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));
        // The future is refused with a message, and the shown day stays.
        const QDate shown = h.state->today()->day();
        QVERIFY(!h.state->today()->showDay(QDate::currentDate().addDays(1)));
        QVERIFY(h.state->today()->errorText().contains("future"));
        QCOMPARE(h.state->today()->day(), shown);

        auto store = Store::open(path.toStdString());
        CheckInRepository repo(**store, h.clock);
        using namespace std::chrono;
        const LocalDate twoDaysAgo{sys_days{h.clock.today()} - days{2}};
        auto stored = *repo.forDay(twoDaysAgo);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->painAverage, 3);
        QVERIFY(!repo.forDay(h.clock.today())->has_value());
    }

    void badFactorIsShownBesideItsFieldAndKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, false, false, QSize(1280, 2200));
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(5, 7, 3, 5);
        h.click(h.item(QStringLiteral("factors-toggle")));
        QQuickItem* sitting = h.item(QStringLiteral("sittingHours-input"));
        sitting->setProperty("text", QStringLiteral("lots"));
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_COMPARE(h.item(QStringLiteral("sittingHours"))->property("errorText").toString(),
                     QStringLiteral("Write a number here, for example 7 or 7.5."));
        sitting->setProperty("text", QStringLiteral("25"));
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_COMPARE(h.item(QStringLiteral("sittingHours"))->property("errorText").toString(),
                     QStringLiteral("Hours sitting must be between 0 and 24 hours."));
        QCOMPARE(sitting->property("text").toString(), QStringLiteral("25"));
        h.shoot(QStringLiteral("today-error"));
        auto store = Store::open(path.toStdString());
        CheckInRepository repo(**store, h.clock);
        QCOMPARE(*repo.count(), 0);
    }
};

QTEST_MAIN(CheckInTest)
#include "test_checkin.moc"
