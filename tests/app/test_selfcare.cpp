// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Self-care: a timed session, pausing and stopping, closing mid-session, the session
// log, the movement-break reminder.
#include "common/choice.h"
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

class SelfCareTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void timedSessionRunsToTheEndAndIsLoggedWithTheKnotsReading() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        // A sound card that plays into nothing: ALSA's null device as the default, so the
        // chime really plays, decoded from the sound theme, on a machine with no sound.
        const QString alsa = dir.filePath(QStringLiteral("alsa.conf"));
        {
            QFile conf(alsa);
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("</usr/share/alsa/alsa.conf>\npcm.!default { type null }\n");
        }
        qputenv("ALSA_CONFIG_PATH", alsa.toLocal8Bit());
        Harness h(path);
        // A hamstring knot: its first technique is a stretch held four times on each side.
        const BodyRegion* hamstrings = h.atlas.find("hamstrings-inner-left");
        QVERIFY(hamstrings);
        const qint64 knot = h.state->knotEditor()->logKnot(
            knotmap::ui::FigureView::Back, hamstrings->centre.x, hamstrings->centre.y, 7, 0, "",
            h.state->knotEditor()->now());
        h.closeRedFlags(); // "Not now"
        const int logged = h.state->sessions()->count();
        h.click(h.item(QStringLiteral("nav-selfcare")));
        // No self-care before the first-use safety questions: the card asks for them.
        QTRY_VERIFY(h.item(QStringLiteral("sessionScreening"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("sessionKnot"))->isVisible());
        h.shoot(QStringLiteral("session-screening"));
        h.click(h.item(QStringLiteral("sessionAnswerSafety")));
        h.saveRedFlags();
        QTRY_VERIFY(h.item(QStringLiteral("sessionKnot"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("sessionScreening"))->isVisible());
        QTRY_COMPARE(h.item(QStringLiteral("sessionTechnique"))->property("currentText").toString(),
                     QStringLiteral("Lying hamstring stretch"));
        h.click(h.item(QStringLiteral("score-7"), h.item(QStringLiteral("tendernessBefore"))));
        h.click(h.item(QStringLiteral("startSession")));
        QTRY_VERIFY(h.state->runner()->running());
        QCOMPARE(h.item(QStringLiteral("phaseWhat"))->property("text").toString(),
                 QStringLiteral("Hold the stretch on the left side"));
        // 30 s holds, 4 a side (its source), 10 s between: 8 x 30 + 7 x 10.
        QCOMPARE(h.state->runner()->totalSeconds(), 310);
        // Time passes on the monotonic clock; the runner's own timer picks it up.
        h.steady.advance(std::chrono::seconds(35));
        QTRY_COMPARE(h.state->runner()->phaseIndex(), 1);
        QCOMPARE(h.item(QStringLiteral("phaseWhat"))->property("text").toString(),
                 QStringLiteral("Ease off and breathe"));
        // Each new phase sounds the chime: the start and this one.
        QObject* chime = h.window->findChild<QObject*>(QStringLiteral("phaseChime"));
        QVERIFY(chime);
        QTRY_COMPARE(chime->property("plays").toInt(), 2);
        QCOMPARE(chime->property("outcome").toString(), QStringLiteral("played"));
        h.shoot(QStringLiteral("session-running"));
        h.steady.advance(std::chrono::seconds(310));
        QTRY_VERIFY(h.state->runner()->finished());
        h.click(h.item(QStringLiteral("score-4"), h.item(QStringLiteral("tendernessAfter"))));
        h.shoot(QStringLiteral("session-finished"));
        h.click(h.item(QStringLiteral("saveSession")));
        QTRY_VERIFY(!h.state->runner()->active());
        QCOMPARE(h.state->sessions()->count(), logged + 1);
        // One session in words of one: the plural forms come from knotmap_en.qm.
        QCOMPARE(logged, 0);
        QTRY_COMPARE(h.item(QStringLiteral("selfCareHeader"))->property("subtitle").toString(),
                     QStringLiteral("1 session logged, with tenderness before and after."));
        // Its length to the second, as logged (310 s), not rounded to minutes.
        ui::SessionListModel* log = h.state->sessions();
        QCOMPARE(log->data(log->index(0), ui::SessionListModel::DurationRole).toString(),
                 QStringLiteral("5 min 10 s"));
        // Correcting only the note keeps the seconds; the minutes shown are 5.
        const qint64 id =
            log->data(log->index(0), ui::SessionListModel::SessionIdRole).toLongLong();
        QCOMPARE(log->session(id).minutes, 5);
        QCOMPARE(log->editSession(id, 5, 7, 4, QStringLiteral("Easier after")), QString());
        QCOMPARE(log->data(log->index(0), ui::SessionListModel::DurationRole).toString(),
                 QStringLiteral("5 min 10 s"));

        auto store = Store::open(path.toStdString());
        SelfCareSessionRepository sessions(**store, h.clock);
        auto all = *sessions.startedIn({Timestamp{}, h.clock.now() + std::chrono::hours(1)});
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(all[0].techniqueId),
                 QStringLiteral("lying-hamstring-stretch"));
        QCOMPARE(all[0].knotId, std::optional<RowId>(knot));
        QCOMPARE(all[0].durationSeconds, 310);
        QCOMPARE(all[0].tendernessBefore, std::optional<int>(7));
        QCOMPARE(all[0].tendernessAfter, std::optional<int>(4));
        KnotRepository knots(**store, h.clock);
        auto readings = *knots.observations(knot);
        QCOMPARE(readings.size(), std::size_t(2));
        QCOMPARE(readings.back().tenderness, 4);
    }

    // A stretch whose source sets no time (five slow breaths): the timer counts up and the
    // person says when they are done; no length is made up for it.
    void aStretchWithNoSetTimeRunsUntilThePersonIsDone() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        const BodyRegion* thigh = h.atlas.find("rectus-femoris-left");
        QVERIFY(thigh);
        h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Front, thigh->centre.x,
                                       thigh->centre.y, 6, 0, "", h.state->knotEditor()->now());
        h.saveRedFlags();
        h.click(h.item(QStringLiteral("nav-selfcare")));
        QTRY_COMPARE(h.item(QStringLiteral("sessionTechnique"))->property("currentText").toString(),
                     QStringLiteral("Standing thigh stretch"));
        h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("tendernessBefore"))));
        h.click(h.item(QStringLiteral("startSession")));
        QTRY_VERIFY(h.state->runner()->running());
        QVERIFY(h.state->runner()->phaseOpen());
        QVERIFY(h.item(QStringLiteral("phaseOpenHint"))->isVisible());
        h.steady.advance(std::chrono::seconds(95));
        QTRY_COMPARE(h.item(QStringLiteral("phaseLeft"))->property("text").toString(),
                     QStringLiteral("1:35"));
        h.steady.advance(std::chrono::hours(1));
        QTest::qWait(300);
        QVERIFY2(!h.state->runner()->finished(), "it ends only when the person says so");
        h.shoot(QStringLiteral("session-open"));
        QQuickItem* done = h.item(QStringLiteral("stopSession"));
        QCOMPARE(done->property("text").toString(), QStringLiteral("Done"));
        h.click(done);
        QTRY_VERIFY(h.state->runner()->finished());
        QCOMPARE(h.state->runner()->doneSeconds(), 3695);
    }

    void pausedAndStoppedEarlySessionLogsOnlyTheTimeDone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        startSessionOnNewKnot(h);
        h.steady.advance(std::chrono::seconds(30));
        h.click(h.item(QStringLiteral("pauseSession")));
        QTRY_VERIFY(h.state->runner()->paused());
        h.steady.advance(std::chrono::seconds(100));
        h.click(h.item(QStringLiteral("resumeSession")));
        h.steady.advance(std::chrono::seconds(15));
        h.click(h.item(QStringLiteral("stopSession")));
        QTRY_VERIFY(h.state->runner()->finished());
        QCOMPARE(h.state->runner()->doneSeconds(), 45);
        h.click(h.item(QStringLiteral("score-5"), h.item(QStringLiteral("tendernessAfter"))));
        h.click(h.item(QStringLiteral("saveSession")));
        QTRY_VERIFY(!h.state->runner()->active());
        auto store = Store::open(path.toStdString());
        SelfCareSessionRepository sessions(**store, h.clock);
        auto all = *sessions.startedIn({Timestamp{}, h.clock.now() + std::chrono::hours(1)});
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].durationSeconds, 45);
    }

    // A whole timed session by keyboard only: the page from the sidebar, the tenderness
    // before, start, stop, the tenderness after, save.
    void aTimedSessionByKeyboardOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, true);
        h.item(QStringLiteral("nav-body"))->forceActiveFocus(Qt::TabFocusReason);
        QVERIFY(h.tabTo(QStringLiteral("nav-selfcare")));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.item(QStringLiteral("page-selfcare"))->isVisible());
        QVERIFY(h.tabTo(QStringLiteral("tendernessBefore")));
        QTest::keyClick(h.window, Qt::Key_6);
        QVERIFY(h.tabTo(QStringLiteral("startSession")));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.state->runner()->running());
        h.steady.advance(std::chrono::seconds(40));
        QVERIFY(h.tabTo(QStringLiteral("stopSession")));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.state->runner()->finished());
        QVERIFY(h.tabTo(QStringLiteral("tendernessAfter")));
        QTest::keyClick(h.window, Qt::Key_4);
        QVERIFY(h.tabTo(QStringLiteral("saveSession")));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(!h.state->runner()->active());
        auto store = Store::open(path.toStdString());
        SelfCareSessionRepository sessions(**store, h.clock);
        auto all = *sessions.startedIn(
            {h.clock.now() - std::chrono::minutes(5), h.clock.now() + std::chrono::hours(1)});
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].durationSeconds, 40);
        QCOMPARE(all[0].tendernessBefore, std::optional<int>(6));
        QCOMPARE(all[0].tendernessAfter, std::optional<int>(4));
    }

    void closingDuringASessionAsksFirst() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(800, 600));
        startSessionOnNewKnot(h);
        h.shoot(QStringLiteral("session-small"));
        h.window->close();
        auto* ask = h.window->findChild<QObject*>(QStringLiteral("closeDuringSession"));
        QTRY_VERIFY(ask && ask->property("visible").toBool());
        QVERIFY(h.window->isVisible()); // not closed behind the user's back
        QVERIFY(h.state->runner()->active());
        h.shoot(QStringLiteral("close-during-session"));
    }

    void sessionLogFiltersEditsAndDeletes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        Harness h(path, true);
        ui::SessionListModel* log = h.state->sessions();
        const int all = log->count();
        QVERIFY(all > 50);
        h.click(h.item(QStringLiteral("nav-selfcare")));

        // Filter by technique through the real combo box.
        QQuickItem* techniques = h.item(QStringLiteral("filterTechnique"));
        QTRY_VERIFY(techniques->isVisible());
        const QVariantList choices = log->techniqueFilters();
        QCOMPARE(choices.value(0).value<ui::Choice>().name, QStringLiteral("All techniques"));
        int heat = -1;
        for (int i = 0; i < choices.size(); ++i) {
            if (choices[i].value<ui::Choice>().value == QLatin1String("heat"))
                heat = i;
        }
        QVERIFY(heat > 0);
        techniques->setProperty("currentIndex", heat);
        QMetaObject::invokeMethod(techniques, "activated", Q_ARG(int, heat));
        QTRY_VERIFY(log->count() > 0 && log->count() < all);
        for (int i = 0; i < log->count(); ++i)
            QCOMPARE(log->data(log->index(i), ui::SessionListModel::TechniqueRole).toString(),
                     QStringLiteral("Heat"));
        log->setTechniqueFilter({});
        QCOMPARE(log->count(), all);

        // Edit the newest session through its sheet.
        const qint64 newest =
            log->data(log->index(0), ui::SessionListModel::SessionIdRole).toLongLong();
        h.click(h.item(QStringLiteral("editSession-%1").arg(newest)));
        QTRY_VERIFY(h.window->findChild<QObject*>(QStringLiteral("sessionEditSheet"))
                        ->property("visible")
                        .toBool());
        h.item(QStringLiteral("editMinutes-input"))->setProperty("text", QStringLiteral("12"));
        h.click(h.item(QStringLiteral("score-2"), h.item(QStringLiteral("editAfter"))));
        h.click(h.item(QStringLiteral("editSave")));
        QTRY_VERIFY(!h.window->findChild<QObject*>(QStringLiteral("sessionEditSheet"))
                         ->property("visible")
                         .toBool());
        {
            auto store = Store::open(path.toStdString());
            SelfCareSessionRepository repo(**store, h.clock);
            auto sessions = *repo.startedIn({Timestamp{}, h.clock.now() + std::chrono::hours(1)});
            const auto it = std::find_if(sessions.begin(), sessions.end(),
                                         [&](const auto& x) { return x.id == newest; });
            QVERIFY(it != sessions.end());
            QCOMPARE(it->durationSeconds, 12 * 60);
            QCOMPARE(it->tendernessAfter, std::optional<int>(2));
        }

        // Delete it, after saying yes.
        h.click(h.item(QStringLiteral("deleteSession-%1").arg(newest)));
        auto* confirm = h.window->findChild<QObject*>(QStringLiteral("confirmDeleteSession"));
        QTRY_VERIFY(confirm->property("visible").toBool());
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_COMPARE(log->count(), all - 1);
        auto store = Store::open(path.toStdString());
        SelfCareSessionRepository repo(**store, h.clock);
        QCOMPARE(repo.startedIn({Timestamp{}, h.clock.now() + std::chrono::hours(1)})->size(),
                 std::size_t(all - 1));
    }

    void movementBreakReminderIsOffUntilTurnedOnAndKeepsQuietHours() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, false, false, QSize(1280, 1400));
        ui::BreakReminder* reminder = h.state->reminder();
        QVERIFY(!reminder->enabled());
        h.clock.advance(std::chrono::hours(3));
        reminder->check();
        QVERIFY2(!reminder->due(), "off by default");

        // Turn it on through the card: every 30 minutes, quiet hours away from now.
        h.click(h.item(QStringLiteral("nav-selfcare")));
        h.click(h.item(QStringLiteral("reminderOn")));
        h.item(QStringLiteral("reminderEvery"))->setProperty("value", 30);
        const auto minute = [&](int offset) {
            const int m = ((localMinuteOfDay(h.clock.now()) + offset) % 1440 + 1440) % 1440;
            return QStringLiteral("%1:%2")
                .arg(m / 60, 2, 10, QLatin1Char('0'))
                .arg(m % 60, 2, 10, QLatin1Char('0'));
        };
        h.item(QStringLiteral("reminderQuietFrom"))->setProperty("text", minute(180));
        h.item(QStringLiteral("reminderQuietTo"))->setProperty("text", minute(240));
        h.click(h.item(QStringLiteral("reminderSave")));
        QTRY_VERIFY(reminder->enabled());
        QCOMPARE(reminder->everyMinutes(), 30);

        h.clock.advance(std::chrono::minutes(29));
        reminder->check();
        QVERIFY(!reminder->due());
        h.clock.advance(std::chrono::minutes(2));
        reminder->check();
        QTRY_VERIFY(h.showing(QStringLiteral("breakBanner")));
        h.shoot(QStringLiteral("break-reminder"));
        h.click(h.item(QStringLiteral("breakDone")));
        QTRY_VERIFY(!h.showing(QStringLiteral("breakBanner")));

        // In the quiet hours nothing is due, however long it has been.
        QVERIFY(reminder->save(true, 30, minute(-60), minute(60)));
        h.clock.advance(std::chrono::minutes(45));
        reminder->check();
        QVERIFY(!reminder->due());
        // A broken rule is said and nothing changes.
        QVERIFY(!reminder->save(true, 90, minute(-60), minute(60)));
        QCOMPARE(reminder->errorField(), QStringLiteral("everyMinutes"));
        auto store = Store::open(path.toStdString());
        QCOMPARE(loadReminder(**store).everyMinutes, 30);
        QVERIFY(loadReminder(**store).enabled);
    }
};

QTEST_MAIN(SelfCareTest)
#include "test_selfcare.moc"
