// The main pages driven through the real QML: navigation, today's check-in, the startup
// error, and the list models.
#include "harness.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/reminder.h"
#include "knotmap/sessions.h"
#include "painchart.h"
#include "painchartitem.h"
#include "reportbuilder.h"

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

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Logs a knot on the right quadratus lumborum and starts a session on it (the first
// technique offered, tenderness before 6).
void startSessionOnNewKnot(Harness& h) {
    h.state->bodyMap()->logKnot("back", 0.585, 0.405, 6, 0, "", h.state->bodyMap()->now());
    h.closeRedFlags();
    h.click(h.item(QStringLiteral("nav-selfcare")));
    h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("tendernessBefore"))));
    h.click(h.item(QStringLiteral("startSession")));
    QTRY_VERIFY(h.state->runner()->running());
}

} // namespace

class PagesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void navigationReachesEveryPage() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        QQuickItem* pages = h.item(QStringLiteral("pages"));
        QVERIFY(pages);
        const QStringList names{"today", "selfcare", "history", "report", "data", "body"};
        for (const QString& name : names) {
            h.click(h.item(QStringLiteral("nav-") + name));
            QQuickItem* page = h.item(QStringLiteral("page-") + name);
            QVERIFY(page);
            QTRY_VERIFY2(page->isVisible(), qPrintable(name));
            const int index = static_cast<int>(
                std::find(std::begin(ui::kPageNames), std::end(ui::kPageNames), name) -
                std::begin(ui::kPageNames));
            QCOMPARE(pages->property("currentIndex").toInt(), index);
        }
    }

    void navigationWorksWithKeyboard() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        QQuickItem* nav = h.item(QStringLiteral("nav-body"));
        nav->forceActiveFocus();
        QTest::keyClick(h.window, Qt::Key_Tab);
        QVERIFY(h.item(QStringLiteral("nav-today"))->hasActiveFocus());
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.item(QStringLiteral("page-today"))->isVisible());
    }

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
            checkIns = filled.state->checkIns()->rowCount();
        }
        QVERIFY(checkIns > 50);
        const QByteArray before = fileBytes(path);
        {
            OpenOptions readOnly;
            readOnly.readOnly = true; // what --read-only asks for
            Harness h(path, false, false, QSize(1280, 1500), readOnly);
            QVERIFY(h.item(QStringLiteral("readOnlyBanner"))->isVisible());
            QVERIFY(h.item(QStringLiteral("readOnlyText"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("because it was opened read-only, as asked")));
            QCOMPARE(h.window->title(), QStringLiteral("KnotMap \u2013 read-only"));
            QCOMPARE(h.state->checkIns()->rowCount(), checkIns); // everything can be read

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
            QVERIFY(!h.state->bodyMap()
                         ->regionAt("front", thigh.x(), thigh.y())
                         .value("region")
                         .toString()
                         .isEmpty());
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
            QObject* sheet = h.window->findChild<QObject*>(QStringLiteral("redFlagSheet"));
            QTRY_VERIFY(sheet->property("opened").toBool());
            for (const QVariant& q : sheet->property("questions").toList()) {
                const QString id = q.toMap().value("id").toString();
                h.click(h.item(
                    (id == QLatin1String("U1") ? QStringLiteral("yes-") : QStringLiteral("no-")) +
                    id));
            }
            QCOMPARE(h.item(QStringLiteral("redFlagSave"))->property("text").toString(),
                     QStringLiteral("Use answers (not saved)"));
            h.click(h.item(QStringLiteral("redFlagSave")));
            QTRY_VERIFY(!sheet->property("opened").toBool());
            QCOMPARE(h.state->guide()->tier(), QStringLiteral("urgent"));
            QTRY_VERIFY(h.item(QStringLiteral("triageBanner"))->isVisible());

            h.click(h.item(QStringLiteral("nav-data")));
            QVERIFY(!h.item(QStringLiteral("backUpNow"))->isEnabled());
            QVERIFY(!h.item(QStringLiteral("importJson"))->isEnabled());
        }
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
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
        QTest::keyClick(h.window, Qt::Key_Space);
        QTRY_VERIFY(
            h.item(QStringLiteral("saveStatus"))->property("text").toString().startsWith("Saved"));

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

    void timedSessionRunsToTheEndAndIsLoggedWithTheKnotsReading() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        const qint64 knot =
            h.state->bodyMap()->logKnot("back", 0.372, 0.214, 7, 0, "", h.state->bodyMap()->now());
        h.closeRedFlags();
        const int logged = h.state->sessions()->rowCount();
        h.click(h.item(QStringLiteral("nav-selfcare")));
        QTRY_VERIFY(h.item(QStringLiteral("sessionKnot"))->isVisible());
        QTRY_COMPARE(h.item(QStringLiteral("sessionTechnique"))->property("currentText").toString(),
                     QStringLiteral("Pressure with a tennis or lacrosse ball"));
        h.click(h.item(QStringLiteral("score-7"), h.item(QStringLiteral("tendernessBefore"))));
        h.click(h.item(QStringLiteral("startSession")));
        QTRY_VERIFY(h.state->runner()->running());
        QCOMPARE(h.item(QStringLiteral("phaseWhat"))->property("text").toString(),
                 QStringLiteral("Hold steady pressure on the knot"));
        QCOMPARE(h.state->runner()->totalSeconds(), 200);
        // Time passes on the monotonic clock; the runner's own timer picks it up.
        h.steady.advance(std::chrono::seconds(65));
        QTRY_COMPARE(h.state->runner()->phaseIndex(), 1);
        QCOMPARE(h.item(QStringLiteral("phaseWhat"))->property("text").toString(),
                 QStringLiteral("Ease off and breathe"));
        h.shoot(QStringLiteral("session-running"));
        h.steady.advance(std::chrono::seconds(200));
        QTRY_VERIFY(h.state->runner()->finished());
        h.click(h.item(QStringLiteral("score-4"), h.item(QStringLiteral("tendernessAfter"))));
        h.shoot(QStringLiteral("session-finished"));
        h.click(h.item(QStringLiteral("saveSession")));
        QTRY_VERIFY(!h.state->runner()->active());
        QCOMPARE(h.state->sessions()->rowCount(), logged + 1);

        auto store = Store::open(path.toStdString());
        SelfCareSessionRepository sessions(**store, h.clock);
        auto all = *sessions.startedIn({Timestamp{}, h.clock.now() + std::chrono::hours(1)});
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(all[0].techniqueId), QStringLiteral("pressure-ball"));
        QCOMPARE(all[0].knotId, std::optional<RowId>(knot));
        QCOMPARE(all[0].durationSeconds, 200);
        QCOMPARE(all[0].tendernessBefore, std::optional<int>(7));
        QCOMPARE(all[0].tendernessAfter, std::optional<int>(4));
        KnotRepository knots(**store, h.clock);
        auto readings = *knots.observations(knot);
        QCOMPARE(readings.size(), std::size_t(2));
        QCOMPARE(readings.back().tenderness, 4);
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
        const int all = log->rowCount();
        QVERIFY(all > 50);
        h.click(h.item(QStringLiteral("nav-selfcare")));

        // Filter by technique through the real combo box.
        QQuickItem* techniques = h.item(QStringLiteral("filterTechnique"));
        QTRY_VERIFY(techniques->isVisible());
        const QVariantList used = log->techniquesUsed();
        int heat = -1;
        for (int i = 0; i < used.size(); ++i) {
            if (used[i].toMap().value("id") == QLatin1String("heat"))
                heat = i + 1; // after "All techniques"
        }
        QVERIFY(heat > 0);
        techniques->setProperty("currentIndex", heat);
        QMetaObject::invokeMethod(techniques, "activated", Q_ARG(int, heat));
        QTRY_VERIFY(log->rowCount() > 0 && log->rowCount() < all);
        for (int i = 0; i < log->rowCount(); ++i)
            QCOMPARE(log->data(log->index(i), ui::SessionListModel::TechniqueRole).toString(),
                     QStringLiteral("Heat"));
        log->setTechniqueFilter({});
        QCOMPARE(log->rowCount(), all);

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
        QTRY_COMPARE(log->rowCount(), all - 1);
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
        QTRY_VERIFY(h.item(QStringLiteral("breakBanner"))->isVisible());
        h.shoot(QStringLiteral("break-reminder"));
        h.click(h.item(QStringLiteral("breakDone")));
        QTRY_VERIFY(!h.item(QStringLiteral("breakBanner"))->isVisible());

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

    void historyChartFollowsTheRangeAndPromptsWhenPainDoesNotImprove() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        {
            // Twenty days of steady pain 5 (not improving), ending today.
            // The window's own connection: a second writer would be refused (WriterLock).
            Store* store = h.state->store();
            CheckInRepository repo(*store, h.clock);
            using namespace std::chrono;
            for (int back = 19; back >= 0; --back) {
                CheckIn c;
                c.day = LocalDate{sys_days{h.clock.today()} - days{back}};
                c.painNow = c.painAverage = 5;
                c.painWorst = 7;
                c.painLeast = 3;
                QVERIFY(repo.add(c).ok());
            }
        }
        ui::PainHistory* history = h.state->history();
        history->reload();
        h.state->checkIns()->reload();
        h.click(h.item(QStringLiteral("nav-history")));
        QTRY_VERIFY(h.item(QStringLiteral("painChart"))->isVisible());
        QCOMPARE(history->rangeDays(), 90);
        QCOMPARE(int(history->days().size()), 90);
        h.click(h.item(QStringLiteral("range-14")));
        QTRY_COMPARE(history->rangeDays(), 14);
        QCOMPARE(int(history->days().size()), 14);
        QCOMPARE(history->daysWithEntries(), 14);
        QCOMPARE(
            h.item(QStringLiteral("historySummary"))->property("text").toString(),
            QStringLiteral(
                "Average pain 5.0 over 14 days with a check-in; at its worst 7, at its least 3."));
        QVERIFY(history->progress().contains("less than the 2 points or 30%"));
        // Twenty days logged without improvement: the two-week prompt.
        QCOMPARE(history->promptLevel(), QStringLiteral("soon"));
        QVERIFY(h.item(QStringLiteral("historyPrompt"))->isVisible());
        h.click(h.item(QStringLiteral("range-0")));
        QTRY_COMPARE(int(history->days().size()), 20);
        h.shoot(QStringLiteral("history"));
    }

    // Ten years in 700 px: runs of days share a point, and each point sits in the middle
    // of its days, so the lines still change where the days do.
    void aLongHistoryChartKeepsEachLineWhereItsDaysAre() {
        constexpr int kDays = 3650;
        std::vector<ui::ChartDay> days;
        const QDate first = QDate(2016, 1, 1);
        for (int i = 0; i < kDays; ++i) {
            const bool high = i < kDays / 2; // high, then low from the middle on
            days.push_back({first.addDays(i), high ? 6.0 : 4.0, high ? 8.0 : 2.0, high ? 7.0 : 3.0,
                            i % 3 == 0});
        }
        ui::ChartStyle style;
        style.average = QColor(255, 0, 0);
        style.now = QColor(0, 0, 255);
        style.rolling = QColor(0, 160, 0);
        QImage image(700, 260, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const QRectF area(0, 0, image.width(), image.height());
        {
            QPainter painter(&image);
            ui::drawPainChart(painter, area, days, style);
        }
        shootImage(image, QStringLiteral("chart-ten-years"));
        // The rows where a colour is strongest in a column of the chart.
        const auto rowsOf = [&](int x, const QColor& c) {
            QList<int> rows;
            for (int y = 0; y < image.height(); ++y) {
                const QColor p = image.pixelColor(x, y);
                if (std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) +
                        std::abs(p.blue() - c.blue()) <
                    60)
                    rows.append(y);
            }
            return rows;
        };
        const auto xOfDay = [&](int day) {
            for (int x = 0; x < image.width(); ++x)
                if (ui::painChartDayAt(area, style.font, days.size(), x) >= day)
                    return x;
            return -1;
        };
        const int middle = xOfDay(kDays / 2);
        QVERIFY(middle > 100 && middle < 600);
        for (const QColor& colour : {style.average, style.rolling}) {
            const QList<int> high = rowsOf(xOfDay(kDays / 4), colour);
            const QList<int> low = rowsOf(xOfDay(3 * kDays / 4), colour);
            QVERIFY2(!high.isEmpty() && !low.isEmpty(), qPrintable(colour.name()));
            // 8 is 60% of the plot's height above 2, 7 is 40% above 3.
            QVERIFY2(low.front() - high.back() > 50, qPrintable(colour.name()));
            // Still high 6 px before the middle day, and already low 6 px after it.
            QVERIFY2(rowsOf(middle - 6, colour).value(0, 999) <= high.back(),
                     qPrintable(colour.name()));
            QVERIFY2(rowsOf(middle + 6, colour).value(0, -1) >= low.front(),
                     qPrintable(colour.name()));
        }
    }

    void historyShowsWhatHelpsWorseDaysAndEachKnotsStory() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, false, false, QSize(1280, 2600));
        using namespace std::chrono;
        const sys_days today{h.clock.today()};
        RowId knotId = 0;
        {
            // The window's own connection: a second writer would be refused (WriterLock).
            Store* store = h.state->store();
            CheckInRepository checkIns(*store, h.clock);
            // Sixteen days where stress and pain rise and fall together.
            const int pain[] = {3, 5, 4, 6, 2, 7, 5, 3, 6, 4, 8, 5, 3, 6, 4, 5};
            for (int i = 0; i < 16; ++i) {
                CheckIn c;
                c.day = LocalDate{today - days{15 - i}};
                c.painNow = c.painAverage = pain[i];
                c.painWorst = pain[i] + 1;
                c.painLeast = pain[i] - 1;
                c.factors.stress = pain[i] + 2;
                QVERIFY(checkIns.add(c).ok());
            }
            KnotRepository knots(*store, h.clock);
            const Timestamp noted = startOfLocalDay(LocalDate{today - days{12}}) + hours{9};
            auto added = knots.add(
                {0, BodyPoint{BodyView::Back, 0.37, 0.22, "upper-trapezius-left", Side::Left},
                 KnotStatus::Active, noted, std::nullopt},
                {0, 0, noted, 7, Aching, ""});
            QVERIFY(added.ok());
            knotId = *added;
            SelfCareSessionRepository sessions(*store, h.clock);
            for (int i = 0; i < 5; ++i) {
                SelfCareSession s;
                s.techniqueId = "pressure-ball";
                s.knotId = knotId;
                s.regionId = "upper-trapezius-left";
                s.startedAt = noted + days{i + 1};
                s.durationSeconds = 180;
                s.tendernessBefore = 6;
                s.tendernessAfter = 4;
                QVERIFY(sessions.add(s).ok());
                QVERIFY(knots.addObservation({0, knotId, s.startedAt + minutes{3}, 4, Aching, ""})
                            .ok());
            }
            QVERIFY(knots.setStatus(knotId, KnotStatus::Easing, noted + days{6}).ok());
        }
        ui::PainHistory* history = h.state->history();
        h.state->checkIns()->reload();
        h.click(h.item(QStringLiteral("nav-history")));
        h.click(h.item(QStringLiteral("range-14")));
        QTRY_COMPARE(history->rangeDays(), 14);

        // What helps: five rated sessions are enough to show the change.
        QQuickItem* technique = h.item(QStringLiteral("technique-pressure-ball"));
        QVERIFY(technique && technique->isVisible());
        QVERIFY(history->techniques().at(0).toMap().value("effect").toString().startsWith(
            "Tenderness fell by 2.0 on average"));

        // What goes with worse days: stress moved exactly with pain on 14 days.
        QQuickItem* stress = h.item(QStringLiteral("factor-stress"));
        QVERIFY(stress);
        QCOMPARE(h.item(QStringLiteral("sameDay"), stress)->property("text").toString(),
                 QStringLiteral("Same day: more stress went together with more pain that day, "
                                "a strong link (14 days)."));
        // In a range of 2 weeks minus a day there are too few days to say anything.
        history->setRangeDays(13);
        QTRY_VERIFY(h.item(QStringLiteral("sameDay"), h.item(QStringLiteral("factor-stress")))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Same day: 13 of the 14 paired days")));
        history->setRangeDays(14);
        QTRY_COMPARE(history->rangeDays(), 14);

        // The chart: a click focuses a day, the keys move along the days.
        auto* chart = qobject_cast<ui::PainChartItem*>(h.item(QStringLiteral("painChart")));
        QVERIFY(chart);
        h.click(chart);
        QTRY_VERIFY(chart->hasActiveFocus());
        QTest::keyClick(h.window, Qt::Key_End);
        const QString lastDay = QLocale().toString(QDate::currentDate(), "ddd d MMM yyyy");
        QCOMPARE(chart->focusIndex(), 13);
        QCOMPARE(h.item(QStringLiteral("chartDay"))->property("text").toString(),
                 lastDay + QStringLiteral(": average pain 5, at check-in 5, worst 6, least 4. "
                                          "7-day mean 5.0."));
        QTest::keyClick(h.window, Qt::Key_Left);
        QCOMPARE(chart->focusIndex(), 12);
        QVERIFY(chart->focusText().contains(QStringLiteral("average pain 4,")));

        // Where on the body: the knot's region is the hottest.
        QCOMPARE(history->heat().value(QStringLiteral("upper-trapezius-left")).toDouble(), 1.0);

        // Each knot's story.
        h.shoot(QStringLiteral("history-before-story"));
        h.click(h.item(QStringLiteral("story-%1").arg(knotId)));
        auto* sheet = h.window->findChild<QObject*>(QStringLiteral("knotStorySheet"));
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->property("opened").toBool());
        QQuickItem* summary = h.item(QStringLiteral("storySummary"));
        QVERIFY(summary && summary->isVisible());
        const QString text = summary->property("text").toString();
        QVERIFY2(text.contains(QStringLiteral("easing for 13 days so far")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("6 readings, tenderness 7 at first and 4 at the latest")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("5 self-care sessions, 15 min in all")),
                 qPrintable(text));
        const QVariantList events = h.state->story()->events();
        QCOMPARE(events.size(), 6 + 5 + 2);
        QCOMPARE(events.front().toMap().value("text").toString(), QStringLiteral("Marked easing"));
        QCOMPARE(events.back().toMap().value("text").toString(),
                 QStringLiteral("Noted as a new knot"));
        h.shoot(QStringLiteral("history-story"));
        QTest::keyClick(h.window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
    }

    void reportPreviewsSavesAndPrintsTheSummary() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        ui::ReportBuilder* report = h.state->report();
        h.click(h.item(QStringLiteral("nav-report")));
        QTRY_VERIFY(h.item(QStringLiteral("reportPreview"))->isVisible());
        QVERIFY(report->pageCount() >= 2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(report->to(), today);
        QCOMPARE(report->from(), QDate::currentDate().addDays(-29).toString(Qt::ISODate));

        // The name, typed and confirmed with Enter.
        h.click(h.item(QStringLiteral("reportName")));
        h.type(QStringLiteral("Alex Example"));
        QTest::keyClick(h.window, Qt::Key_Return);
        QCOMPARE(report->name(), QStringLiteral("Alex Example"));

        // A date that does not exist: a clear error, nothing to save, until it is fixed.
        QQuickItem* from = h.item(QStringLiteral("reportFrom"));
        h.click(from);
        QTest::keySequence(h.window, QKeySequence::SelectAll);
        h.type(QStringLiteral("2026-02-30"));
        QTest::keyClick(h.window, Qt::Key_Return);
        QCOMPARE(report->errorField(), QStringLiteral("from"));
        QVERIFY(h.item(QStringLiteral("reportError"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("reportSave"))->isEnabled());
        h.click(h.item(QStringLiteral("reportLast90")));
        QCOMPARE(report->error(), QString());
        QCOMPARE(from->property("text").toString(),
                 QDate::currentDate().addDays(-89).toString(Qt::ISODate));
        QVERIFY(h.item(QStringLiteral("reportSave"))->isEnabled());

        // Paging through the preview.
        auto* preview = qobject_cast<ui::ReportPreview*>(h.item(QStringLiteral("reportPreview")));
        QCOMPARE(preview->page(), 0);
        h.click(h.item(QStringLiteral("previewNext")));
        QCOMPARE(preview->page(), 1);
        h.shoot(QStringLiteral("report"));

        // Save as PDF (the path a file dialog would give) and print to a PDF printer.
        const QString saved = dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(report->saveTo(saved));
        QTRY_VERIFY(h.item(QStringLiteral("reportStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Saved %1 pages to").arg(report->pageCount())));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(QStringLiteral("For: Alex Example")));
        QVERIFY(words.contains(QStringLiteral("(90 days)")));
        QVERIFY(words.contains(QStringLiteral("Page 1 of %1").arg(report->pageCount())));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(report->printTo(printer));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {printed});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(
                        QStringLiteral("Pages:\\s+%1\\b").arg(report->pageCount()))));

        // A folder that does not exist: the reason, and nothing claimed.
        QVERIFY(!report->saveTo(dir.filePath(QStringLiteral("missing/summary.pdf"))));
        QVERIFY(report->status().contains(QStringLiteral("does not exist")));
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
        QCOMPARE(h.state->checkIns()->rowCount(), 1);
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
        QCOMPARE(h.state->checkIns()->rowCount(), 0);
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

        // Importing the same file again: every entry is there already, nothing is added.
        const int before = h.state->checkIns()->rowCount();
        QVERIFY(care->importFrom(json));
        QVERIFY(care->problems().isEmpty());
        QTRY_VERIFY(h.item(QStringLiteral("exchangeStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Nothing new: all")));
        h.state->checkIns()->reload();
        QCOMPARE(h.state->checkIns()->rowCount(), before);

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
        QCOMPARE(h.state->checkIns()->rowCount(), before);
        h.shoot(QStringLiteral("data-import-problems"));

        // Into a new, empty database the same file goes in whole.
        Harness fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh.state->data()->importFrom(json));
        QCOMPARE(fresh.state->checkIns()->rowCount(), before);
        QVERIFY(fresh.state->knots()->rowCount() > 0);
    }

    void storeErrorIsShownInTheWindow() {
        const QString message =
            QStringLiteral("KnotMap did not open \u201cx\u201d: it is not a KnotMap "
                           "database. The file was not changed.");
        Harness h(message, nullptr);
        QQuickItem* label = h.item(QStringLiteral("startupError"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->property("text").toString(), message);
        QVERIFY(!h.item(QStringLiteral("pages"))->isVisible());
    }

    void aDamagedDatabaseOffersTheNewestGoodBackupAndKeepsTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        int checkIns = 0;
        {
            Harness filled(path, true);
            checkIns = filled.state->checkIns()->rowCount();
            QVERIFY(filled.state->data()->backUpNow());
        }
        // A failing disk: every page after the first turns to junk.
        QByteArray bytes = fileBytes(path);
        bytes.replace(4096, bytes.size() - 4096, QByteArray(bytes.size() - 4096, '\xA5'));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        {
            auto h = Harness::refusing(path);
            QVERIFY(h->item(QStringLiteral("startupError"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("it is damaged")));
            QVERIFY(h->item(QStringLiteral("recoveryOffer"))->isVisible());
            QVERIFY(h->item(QStringLiteral("recoveryHolds"))
                        ->property("text")
                        .toString()
                        .startsWith(
                            QStringLiteral("This backup holds %1 check-ins from").arg(checkIns)));
            QCOMPARE(fileBytes(path), bytes); // only offered, nothing done yet
            h->shoot(QStringLiteral("recovery-offer"));
            QSignalSpy reopen(h->state->recovery(), &ui::StartupRecovery::reopenRequested);
            h->click(h->item(QStringLiteral("restoreNewest")));
            QTRY_COMPARE(reopen.count(), 1);
            QVERIFY(h->item(QStringLiteral("recoveryStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Restored. The file that could not be opened "
                                                   "is kept, unchanged, as k-refused-")));
        }
        const QDir folder(dir.filePath(QStringLiteral("k-backups")));
        const QStringList kept =
            folder.entryList({QStringLiteral("k-refused-*.sqlite")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileBytes(folder.filePath(kept[0])), bytes);
        // Opened again, as main.cpp does after the restore: the data is back.
        Harness reopened(path);
        QCOMPARE(reopened.state->checkIns()->rowCount(), checkIns);
    }

    void aNewerDatabaseWithNoBackupOffersNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        { Harness made(path); }
        {
            auto store = sql::Database::open(path.toStdString(), sql::Database::Access::ReadWrite);
            QVERIFY(store->exec("PRAGMA user_version = 99").ok());
        }
        const QByteArray bytes = fileBytes(path);
        auto h = Harness::refusing(path);
        QVERIFY(h->item(QStringLiteral("startupError"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("newer version of KnotMap")));
        QVERIFY(!h->item(QStringLiteral("recoveryOffer"))->isVisible());
        QCOMPARE(fileBytes(path), bytes);
    }

    void longListsAreReadWhenTheirPageFirstShowsThem() {
        // Start-up shows the body map and reads no check-ins: one saved by another program
        // after start-up is there when History first shows.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        QVERIFY(saveCheckInElsewhere(path, h.clock, 3));
        h.click(h.item(QStringLiteral("nav-history")));
        QTRY_VERIFY(h.item(QStringLiteral("page-history"))->isVisible());
        QTRY_COMPARE(h.item(QStringLiteral("checkInList"))->property("count").toInt(), 1);
        QCOMPARE(h.state->checkIns()->count(), 1);
        // From then on the list is kept and refreshed as before.
        QSignalSpy reset(h.state->checkIns(), &QAbstractItemModel::modelReset);
        QVERIFY(h.state->checkIns()->reload());
        QCOMPARE(reset.count(), 1);
    }

    void modelsPassTheModelTester() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("demo.sqlite")), true);
        QAbstractItemModelTester knots(h.state->knots(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checkIns(h.state->checkIns(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessions(h.state->sessions(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pain(h.state->painAreas(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(h.state->painAreas()->reload());
        QCOMPARE(h.state->painAreas()->rowCount(), 4);
        QSignalSpy reset(h.state->checkIns(), &QAbstractItemModel::modelReset);
        QVERIFY(h.state->knots()->reload());
        QVERIFY(h.state->checkIns()->reload());
        QVERIFY(h.state->sessions()->reload());
        QCOMPARE(reset.count(), 1);
        QVERIFY(h.state->checkIns()->rowCount() >= 50);
        const QModelIndex newest = h.state->checkIns()->index(0);
        QCOMPARE(newest.data(ui::CheckInListModel::DayRole).toDate(), QDate::currentDate());
    }
};

QTEST_MAIN(PagesTest)
#include "test_pages.moc"
