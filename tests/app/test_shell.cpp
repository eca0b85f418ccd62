// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window: navigation by mouse and keyboard, a database refused at start-up and
// the backup offered for it, pages that read their lists when first shown, the models.
#include "common/dialogcolours.h"
#include "harness.h"
#include "history/painchart.h"
#include "history/painchartitem.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/reminder.h"
#include "knotmap/sessions.h"
#include "report/reportbuilder.h"
#include "shell/windowplace.h"

#include <functional>

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QQmlComponent>
#include <QRegularExpression>
#include <QStyle>

#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

class ShellTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void theWindowOpensInsideTheScreenWhereItWas() {
        using ui::placeWithin;
        // A 1280x800 screen: the window fits below a title bar, not cut off at the bottom.
        const QRect laptop(0, 0, 1280, 800);
        QCOMPARE(placeWithin(std::nullopt, {1280, 800}, laptop), QRect(0, 0, 1280, 760));
        // A larger screen: the default size, centred.
        const QRect desk(0, 0, 1920, 1080);
        QCOMPARE(placeWithin(std::nullopt, {1280, 800}, desk), QRect(320, 120, 1280, 800));
        // Where it was, when that is still on the screen ...
        QCOMPARE(placeWithin(QRect(100, 50, 900, 600), {1280, 800}, desk),
                 QRect(100, 50, 900, 600));
        // ... pulled in when it hangs over an edge, and shrunk to a smaller screen.
        QCOMPARE(placeWithin(QRect(1300, 50, 900, 600), {1280, 800}, desk),
                 QRect(1020, 50, 900, 600));
        QCOMPARE(placeWithin(QRect(0, 0, 1900, 1000), {1280, 800}, laptop), QRect(0, 0, 1280, 760));
        // A screen that is gone (the window was on a second one): centred on this one.
        QCOMPARE(placeWithin(QRect(3000, 100, 900, 600), {1280, 800}, desk),
                 QRect(320, 120, 1280, 800));

        // Remembered from one run to the next, with its page; a page KnotMap lacks reads
        // as the body map.
        QTemporaryDir dir;
        const ui::WindowMemory memory(dir.filePath(QStringLiteral("window.ini")));
        QVERIFY(!memory.read());
        memory.write({QRect(40, 30, 1000, 700), QStringLiteral("history")});
        QCOMPARE(memory.read()->frame, QRect(40, 30, 1000, 700));
        QCOMPARE(memory.read()->page, QStringLiteral("history"));
        memory.write({QRect(40, 30, 1000, 700), QStringLiteral("no-such-page")});
        QCOMPARE(memory.read()->page, QStringLiteral("body"));

        // From the real window: its size and the page it shows.
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        h.click(h.item(QStringLiteral("nav-report")));
        memory.remember(*h.window);
        QCOMPARE(memory.read()->page, QStringLiteral("report"));
        QCOMPARE(memory.read()->frame.size(), h.window->size());
    }

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

    // Along the bottom of every page a click reaches the page: no hidden horizontal scroll
    // bar lies over it (one did, in a strip just above the footer).
    void theBottomOfEveryPageTakesClicks() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        for (const char* name : {"today", "selfcare", "history", "report", "data", "body"}) {
            h.click(h.item(QStringLiteral("nav-") + QLatin1String(name)));
            QQuickItem* page = h.item(QStringLiteral("page-") + QLatin1String(name));
            QTRY_VERIFY(page->isVisible());
            const QRectF box = page->mapRectToScene(page->boundingRect());
            for (qreal y = box.bottom() - 40; y < box.bottom(); y += 2) {
                bool sideways = false;
                for (QQuickItem* at = h.window->contentItem(); at != nullptr;) {
                    sideways = sideways ||
                               (QByteArray(at->metaObject()->className()).contains("ScrollBar") &&
                                at->property("orientation").toInt() == Qt::Horizontal);
                    const QPointF p = at->mapFromScene(QPointF(box.center().x(), y));
                    at = at->childAt(p.x(), p.y());
                }
                QVERIFY2(!sideways, qPrintable(QStringLiteral("%1 at y %2").arg(name).arg(y)));
            }
        }
    }

    // The first screen draws its text in the theme's type scale, and so in few fonts: each
    // size and weight is a font to load and a glyph cache to fill before the first frame.
    // Marker numbers once followed the marker's width and nav labels were a pixel larger
    // than body text: twelve fonts, where seven now do.
    void theFirstScreenDrawsItsTextInTheThemesSizes() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        QQmlComponent reader(&h.engine);
        reader.setData("import QtQml\nimport KnotMap\nQtObject { readonly property var sizes: "
                       "[Theme.fontTiny, Theme.fontSmall, Theme.fontBody, Theme.fontHeading, "
                       "Theme.fontTitle] }",
                       QUrl(QStringLiteral("qrc:/KnotMap/ScaleProbe.qml")));
        const std::unique_ptr<QObject> scale(reader.create());
        QVERIFY2(scale != nullptr, qPrintable(reader.errorString()));
        QSet<int> sizes;
        for (const QVariant& size : scale->property("sizes").toList())
            sizes.insert(size.toInt());
        QCOMPARE(sizes.size(), 5);
        QSet<QString> fonts;
        int texts = 0;
        const std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
            if (!item->isVisible())
                return;
            if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
                const QFont font = item->property("font").value<QFont>();
                QVERIFY2(sizes.contains(font.pixelSize()),
                         qPrintable(QStringLiteral("\"%1\" at %2 px")
                                        .arg(item->property("text").toString())
                                        .arg(font.pixelSize())));
                fonts.insert(QStringLiteral("%1 %2").arg(font.pixelSize()).arg(font.bold()));
                ++texts;
            }
            const auto children = item->childItems();
            for (QQuickItem* child : children)
                walk(child);
        };
        walk(h.window->contentItem());
        QVERIFY2(texts > 30, qPrintable(QString::number(texts)));
        QVERIFY2(fonts.size() <= 8, qPrintable(QStringList(fonts.values()).join(u", ")));
    }

    // The smallest window: 800x600, and there the controls that were cut before are whole.
    void atTheSmallestWindowNothingIsCut() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true, false, QSize(800, 600));
        QCOMPARE(h.window->minimumSize(), QSize(800, 600));
        const auto whole = [&](QQuickItem* item) {
            QVERIFY(item != nullptr);
            Harness::reveal(item);
            const QRectF r = item->mapRectToScene(item->boundingRect());
            QVERIFY2(r.left() >= 0 && r.right() <= h.window->width(),
                     qPrintable(QStringLiteral("%1 at %2..%3")
                                    .arg(item->objectName())
                                    .arg(r.left())
                                    .arg(r.right())));
        };
        h.click(h.item(QStringLiteral("nav-today")));
        h.click(h.item(QStringLiteral("previousDay")));
        QTRY_VERIFY(h.item(QStringLiteral("backToToday"))->isVisible());
        whole(h.item(QStringLiteral("backToToday")));
        whole(h.item(QStringLiteral("score-10"), h.item(QStringLiteral("scale-now"))));
        h.click(h.item(QStringLiteral("nav-selfcare")));
        whole(h.item(QStringLiteral("score-10"), h.item(QStringLiteral("tendernessBefore"))));
        whole(h.item(QStringLiteral("startSession")));
    }

    // Where the desktop has no dialogs of its own, Qt's are drawn in KnotMap's colours, and
    // the desktop's are asked for through the portal unless a theme was chosen.
    void dialogsFollowTheTheme() {
        for (const bool dark : {false, true}) {
            QTemporaryDir dir;
            Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, dark);
            const QColor window(dark ? "#1c1f23" : "#f7f3ee");
            ui::styleDialogs(); // as each save, open and print does first
            QTRY_COMPARE(QApplication::palette().color(QPalette::Window), window);
            QCOMPARE(QApplication::palette().color(QPalette::Highlight),
                     QColor(dark ? "#74bcad" : "#2c7a6b"));
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        }
        const QByteArray chosen = qgetenv("QT_QPA_PLATFORMTHEME");
        qunsetenv("QT_QPA_PLATFORMTHEME");
        ui::useDesktopDialogs();
        QCOMPARE(qgetenv("QT_QPA_PLATFORMTHEME"), QByteArray("xdgdesktopportal"));
        qputenv("QT_QPA_PLATFORMTHEME", "kde");
        ui::useDesktopDialogs();
        QCOMPARE(qgetenv("QT_QPA_PLATFORMTHEME"), QByteArray("kde")); // the person's choice
        if (chosen.isNull())
            qunsetenv("QT_QPA_PLATFORMTHEME");
        else
            qputenv("QT_QPA_PLATFORMTHEME", chosen);
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
            checkIns = filled.state->checkIns()->count();
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
        QCOMPARE(reopened.state->checkIns()->count(), checkIns);
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
        QCOMPARE(h.state->painAreas()->count(), 4);
        QSignalSpy reset(h.state->checkIns(), &QAbstractItemModel::modelReset);
        QVERIFY(h.state->knots()->reload());
        QVERIFY(h.state->checkIns()->reload());
        QVERIFY(h.state->sessions()->reload());
        QCOMPARE(reset.count(), 1);
        QVERIFY(h.state->checkIns()->count() >= 50);
        const QModelIndex newest = h.state->checkIns()->index(0);
        QCOMPARE(newest.data(ui::CheckInListModel::DayRole).toDate(), QDate::currentDate());
    }
};

QTEST_MAIN(ShellTest)
#include "test_shell.moc"
