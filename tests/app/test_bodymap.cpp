// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The body map driven through the real QML: logging knots by click and keyboard,
// selecting them, the pain layer, zoom, narrow windows and the dark theme.
#include "common/choice.h"
#include "figure/figureimages.h"
#include "figure/regionoverlay.h"
#include "harness.h"
#include "knotmap/redflags.h"

#include <QDir>
#include <QPainter>
#include <QQuickStyle>
#include <QScopeGuard>
#include <QtQml/qqmlextensionplugin.h>

#include <filesystem>
#include <set>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

// How many pixels of two pictures of one size differ by more than `levels` in a channel.
int differing(const QImage& a, const QImage& b, int levels) {
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return x.width() * x.height();
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])),
                                    std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col]))});
            count += d > levels ? 1 : 0;
        }
    }
    return count;
}

class BodyMapTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void clickOnARegionLogsAKnotExactlyThere() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        // A point inside the left upper trapezius on the back view, not its centre.
        const double fx = 0.372;
        const double fy = 0.214;
        QCOMPARE(h.state->atlas()->regionAt(knotmap::ui::FigureView::Back, fx, fy).region,
                 QStringLiteral("upper-trapezius-left"));
        QQuickItem* area = h.item(QStringLiteral("figure-area-back"));
        QVERIFY(area);
        const QPointF scene = area->mapToScene(QPointF(fx * area->width(), fy * area->height()));
        QTest::mouseMove(h.window, scene.toPoint());
        QTRY_COMPARE(h.item(QStringLiteral("mapStatus"))->property("text").toString(),
                     QStringLiteral("Upper trapezius, top of the left shoulder"));
        QTest::mouseClick(h.window, Qt::LeftButton, {}, scene.toPoint());

        QQuickItem* sheetRegion = h.item(QStringLiteral("sheetRegion"));
        QVERIFY(sheetRegion);
        QTRY_VERIFY(sheetRegion->isVisible());
        QCOMPARE(sheetRegion->property("text").toString(),
                 QStringLiteral("Upper trapezius, top of the left shoulder"));
        // The spot can be read about before logging; at first use, self-care waits for the
        // safety questions, which come as the knot is logged.
        h.click(h.item(QStringLiteral("sheetAbout")));
        QTRY_VERIFY(h.item(QStringLiteral("adviceScreening")) &&
                    h.item(QStringLiteral("adviceScreening"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("selfCareAdvice"))->isVisible());
        h.shoot(QStringLiteral("sheet-about"));
        h.click(h.item(QStringLiteral("sheetAbout")));
        h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("sheetTenderness"))));
        h.click(h.item(QStringLiteral("quality-aching")));
        h.click(h.item(QStringLiteral("quality-stiff")));
        h.shoot(QStringLiteral("knot-sheet"));
        h.click(h.item(QStringLiteral("sheetSave")));
        QTRY_VERIFY(!h.sheetOpen());
        h.closeRedFlags();
        QCOMPARE(h.state->knots()->count(), 1);
        h.shoot(QStringLiteral("knot-logged"));

        auto store = Store::open(path.toStdString());
        KnotRepository repo(**store, h.clock);
        auto knots = *repo.listActive();
        QCOMPARE(knots.size(), std::size_t(1));
        const Knot& k = knots[0];
        QCOMPARE(QString::fromStdString(k.place.regionId), QStringLiteral("upper-trapezius-left"));
        QVERIFY(k.place.view == BodyView::Back);
        QVERIFY(k.place.side == Side::Left);
        // Exactly where clicked: within one pixel of the figure.
        QVERIFY2(std::abs(k.place.x - fx) <= 1.0 / area->width(),
                 qPrintable(QString::number(k.place.x)));
        QVERIFY2(std::abs(k.place.y - fy) <= 1.0 / area->height(),
                 qPrintable(QString::number(k.place.y)));
        auto obs = *repo.observations(k.id);
        QCOMPARE(obs.size(), std::size_t(1));
        QCOMPARE(obs[0].tenderness, 6);
        QCOMPARE(obs[0].qualities, unsigned(Aching | Stiff));
    }

    void aClickOverLayeredMusclesOffersThemAndKeepsTheChoice() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        // Over the left piriformis, under gluteus maximus on the back view.
        const BodyRegion* piriformis = h.state->atlas()->atlas()->find("piriformis-left");
        QVERIFY(piriformis);
        const Point at = piriformis->centre;
        const auto under = h.state->atlas()->musclesAt(knotmap::ui::FigureView::Back, at.x, at.y);
        QCOMPARE(under.size(), 2);
        QCOMPARE(under[0].id, QStringLiteral("gluteus-maximus-left"));
        QCOMPARE(under[1].id, QStringLiteral("piriformis-left"));
        QQuickItem* area = h.item(QStringLiteral("figure-area-back"));
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            area->mapToScene(QPointF(at.x * area->width(), at.y * area->height())).toPoint());
        QQuickItem* sheetRegion = h.item(QStringLiteral("sheetRegion"));
        QTRY_VERIFY(sheetRegion && sheetRegion->isVisible());
        // The surface muscle is chosen; the deeper one is offered by its plain name.
        QTRY_VERIFY(h.item(QStringLiteral("sheetMuscles"))->isVisible());
        QQuickItem* surface = h.item(QStringLiteral("muscle-gluteus-maximus-left"));
        QQuickItem* deep = h.item(QStringLiteral("muscle-piriformis-left"));
        QVERIFY(surface && deep);
        QVERIFY(surface->property("checked").toBool());
        QCOMPARE(deep->property("text").toString(),
                 QStringLiteral("Piriformis, deep in the middle of the left buttock"));
        h.shoot(QStringLiteral("knot-sheet-layers"));
        h.click(deep);
        QTRY_COMPARE(sheetRegion->property("text").toString(),
                     QStringLiteral("Piriformis, deep in the middle of the left buttock"));
        QVERIFY(!surface->property("checked").toBool());
        h.click(h.item(QStringLiteral("score-7"), h.item(QStringLiteral("sheetTenderness"))));
        h.click(h.item(QStringLiteral("sheetSave")));
        QTRY_VERIFY(!h.sheetOpen());
        h.closeRedFlags();
        // The file holds the chosen muscle, at the clicked point.
        auto store = Store::open(path.toStdString());
        KnotRepository repo(**store, h.clock);
        auto knots = *repo.listActive();
        QCOMPARE(knots.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(knots[0].place.regionId),
                 QStringLiteral("piriformis-left"));
        // A muscle that is not under the point is refused, and nothing is saved.
        QCOMPARE(h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back, at.x, at.y, 5, 0,
                                                QString(), h.state->knotEditor()->now(),
                                                QStringLiteral("soleus-left")),
                 qint64(0));
        QCOMPARE(repo.listActive()->size(), std::size_t(1));
    }

    void showTheMusclesDrawsEveryLayerClearly() {
        // Faint surface outlines by default; the switch draws them clearly, with the deeper
        // muscles dashed. Shot at three sizes: the figure about 300, 440 and 900 px tall.
        for (const QSize size : {QSize(800, 600), QSize(1280, 800), QSize(1400, 1300)}) {
            QTemporaryDir dir;
            Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, size);
            // The front shows at every size (a narrow window shows one view at a time).
            QQuickItem* area = h.item(QStringLiteral("figure-area-front"));
            QVERIFY(area);
            const auto grabFigure = [&] {
                const QImage all = h.window->grabWindow();
                const QRectF r = area->mapRectToScene(QRectF(0, 0, area->width(), area->height()));
                return all.copy(r.toRect());
            };
            const QImage faint = grabFigure();
            QQuickItem* toggle = h.item(QStringLiteral("showMuscles"));
            QVERIFY(toggle && toggle->isVisible());
            h.click(toggle);
            QTRY_VERIFY(toggle->property("checked").toBool());
            QImage clear;
            // The overlay repaints on the next frame.
            QTRY_VERIFY((clear = grabFigure()) != faint);
            int changed = 0;
            for (int y = 0; y < clear.height(); ++y) {
                for (int x = 0; x < clear.width(); ++x)
                    changed += clear.pixel(x, y) != faint.pixel(x, y) ? 1 : 0;
            }
            // Every muscle's outline, surface and deep, is drawn over the figure: a real share
            // of its pixels change, not a stray few.
            QVERIFY2(changed > clear.width() * clear.height() / 50,
                     qPrintable(QString::number(changed) + " of " +
                                QString::number(clear.width() * clear.height())));
            h.shoot(QStringLiteral("muscles-%1x%2").arg(size.width()).arg(size.height()));
        }
    }

    void clickOffTheMusclesSaysSoAndSavesNothing() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        QQuickItem* area = h.item(QStringLiteral("figure-area-front"));
        // Beside the waist, between arm and body: off the body.
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            area->mapToScene(QPointF(0.7 * area->width(), 0.386 * area->height())).toPoint());
        QTRY_VERIFY(h.item(QStringLiteral("mapStatus"))
                        ->property("text")
                        .toString()
                        .contains("outside the body"));
        // The palm of a hand: on the body, but not a mapped muscle.
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            area->mapToScene(QPointF(0.795 * area->width(), 0.525 * area->height())).toPoint());
        QTRY_VERIFY(h.item(QStringLiteral("mapStatus"))
                        ->property("text")
                        .toString()
                        .contains("not one of the muscle areas"));
        QVERIFY(!h.sheetOpen());
        QCOMPARE(h.state->knots()->count(), 0);
    }

    void knotSheetKeepsInputWhenTheTimeIsWrong() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        QQuickItem* area = h.item(QStringLiteral("figure-area-front"));
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            area->mapToScene(QPointF(0.622 * area->width(), 0.272 * area->height())).toPoint());
        QTRY_VERIFY(h.sheetOpen());
        h.click(h.item(QStringLiteral("score-4"), h.item(QStringLiteral("sheetTenderness"))));
        QQuickItem* when = h.item(QStringLiteral("sheetWhen"));
        when->setProperty("text", QStringLiteral("2999-01-01 10:00"));
        h.click(h.item(QStringLiteral("sheetSave")));
        QTRY_VERIFY(h.state->knotEditor()->errorText().contains("future"));
        QCOMPARE(h.state->knotEditor()->errorField(), QStringLiteral("when"));
        QVERIFY(h.sheetOpen());
        QCOMPARE(h.item(QStringLiteral("sheetTenderness"))->property("value").toInt(), 4);
        when->setProperty("text", QStringLiteral("yesterday"));
        h.click(h.item(QStringLiteral("sheetSave")));
        QTRY_COMPARE(
            h.state->knotEditor()->errorText(),
            QStringLiteral("Write the date and time like %1.").arg(h.state->knotEditor()->now()));
        QCOMPARE(h.state->knots()->count(), 0);
        h.shoot(QStringLiteral("knot-sheet-error"));
    }

    void selectingAKnotShowsItAndItsActionsWork() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        const qint64 id = h.state->knotEditor()->logKnot(
            knotmap::ui::FigureView::Back, 0.372, 0.214, 7, 1, "", h.state->knotEditor()->now());
        QVERIFY(id > 0);
        h.closeRedFlags();
        QQuickItem* marker = h.item(QStringLiteral("knot-%1").arg(id));
        QVERIFY(marker);
        h.click(marker);
        QQuickItem* panel = h.item(QStringLiteral("knotPanel"));
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(h.item(QStringLiteral("panelTitle"))->property("text").toString(),
                 QStringLiteral("Upper trapezius, top of the left shoulder"));
        QVERIFY(marker->property("selected").toBool());

        // Log today's tenderness through the sheet.
        h.click(h.item(QStringLiteral("panelLogReading")));
        QTRY_VERIFY(h.sheetOpen());
        h.click(h.item(QStringLiteral("score-4"), h.item(QStringLiteral("sheetTenderness"))));
        h.click(h.item(QStringLiteral("sheetSave")));
        QTRY_VERIFY(!h.sheetOpen());
        QTRY_COMPARE(h.item(QStringLiteral("panelReadings"))->property("count").toInt(), 2);
        QCOMPARE(h.item(QStringLiteral("knot-%1").arg(id))->property("tenderness").toInt(), 4);
        h.shoot(QStringLiteral("knot-panel"));

        // Edit the latest reading.
        h.click(h.item(QStringLiteral("panelEdit")));
        QTRY_VERIFY(h.sheetOpen());
        QCOMPARE(h.item(QStringLiteral("sheetTenderness"))->property("value").toInt(), 4);
        h.click(h.item(QStringLiteral("score-3"), h.item(QStringLiteral("sheetTenderness"))));
        h.click(h.item(QStringLiteral("sheetSave")));
        QTRY_VERIFY(!h.sheetOpen());
        QTRY_COMPARE(h.item(QStringLiteral("panelReadings"))->property("count").toInt(), 2);

        // A timed session on it leaves a reading, and the open panel shows it at once.
        ui::SessionRunner* runner = h.state->runner();
        QVERIFY(runner->begin(id, QStringLiteral("pressure-ball"), 3));
        h.steady.advance(std::chrono::seconds(runner->totalSeconds()));
        QTRY_VERIFY(runner->finished());
        QVERIFY(runner->save(2, QString()));
        QTRY_COMPARE(h.item(QStringLiteral("panelReadings"))->property("count").toInt(), 3);
        QCOMPARE(panel->property("info").value<ui::KnotInfo>().tenderness, 2);

        // Easing, then resolved: it leaves the map but stays in the database.
        h.click(h.item(QStringLiteral("panelEasing")));
        QTRY_VERIFY(h.item(QStringLiteral("panelStatus"))
                        ->property("text")
                        .toString()
                        .startsWith("Easing"));
        h.click(h.item(QStringLiteral("panelResolve")));
        QTRY_COMPARE(h.state->knots()->count(), 0);

        auto store = Store::open(path.toStdString());
        KnotRepository repo(**store, h.clock);
        auto knot = *repo.get(id);
        QVERIFY(knot.status == KnotStatus::Resolved);
        QVERIFY(knot.resolvedAt.has_value());
        auto readings = *repo.observations(id);
        QCOMPARE(readings.size(), std::size_t(3));
        QCOMPARE(readings[0].tenderness, 7);
        QCOMPARE(readings[1].tenderness, 3);
        QCOMPARE(readings[2].tenderness, 2); // after the session
    }

    void deletingAKnotCanBeUndoneThenStands() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        ui::KnotEditor* map = h.state->knotEditor();
        const qint64 id =
            map->logKnot(knotmap::ui::FigureView::Front, 0.622, 0.272, 5, 0, "", map->now());
        h.closeRedFlags();
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QTRY_VERIFY(h.item(QStringLiteral("knotPanel"))->isVisible());
        h.click(h.item(QStringLiteral("panelDelete")));
        QTRY_COMPARE(h.state->knots()->count(), 0);
        QQuickItem* undo = h.item(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible());
        h.shoot(QStringLiteral("knot-deleted"));
        h.click(undo);
        QTRY_COMPARE(h.state->knots()->count(), 1);

        // Keyboard: select, press Delete, let the undo time pass.
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QTRY_VERIFY(h.item(QStringLiteral("knotPanel"))->isVisible());
        QTest::keyClick(h.window, Qt::Key_Delete);
        QTRY_COMPARE(h.state->knots()->count(), 0);
        QVERIFY(map->pendingDelete() == id);
        QVERIFY(map->commitDelete()); // what the undo bar's timer does
        auto store = Store::open(path.toStdString());
        KnotRepository repo(**store, h.clock);
        QCOMPARE(repo.get(id).error().code, ErrorCode::NotFound);
    }

    void whereItHurtsLayerMarksPainAnywhereOnTheBody() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("layer-pain")));
        // The page says what this layer shows, not the knots' words.
        QVERIFY(h.item(QStringLiteral("bodyMapHeader"))
                    ->property("subtitle")
                    .toString()
                    .startsWith(QStringLiteral("Where you feel pain")));
        QQuickItem* front = h.item(QStringLiteral("figure-area-front"));
        // The person's left temple, then the palm of their left hand (no muscle region):
        // each is a place of its own, named in plain words.
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            front->mapToScene(QPointF(0.565 * front->width(), 0.089 * front->height())).toPoint());
        QTRY_COMPARE(h.state->painAreas()->count(), 1);
        QVERIFY(!h.sheetOpen()); // no knot sheet in this layer
        h.closeRedFlags();       // the temple asks one warning-sign question
        QTRY_VERIFY(h.item(QStringLiteral("painPanel"))->isVisible());
        QCOMPARE(h.item(QStringLiteral("painPanelName"))->property("text").toString(),
                 QStringLiteral("Left temple"));
        h.click(h.item(QStringLiteral("painWorst")));
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            front->mapToScene(QPointF(0.795 * front->width(), 0.525 * front->height())).toPoint());
        QTRY_COMPARE(h.state->painAreas()->count(), 2);
        h.closeRedFlags(); // the first-use questions, still not answered
        QCOMPARE(h.item(QStringLiteral("painPanelName"))->property("text").toString(),
                 QStringLiteral("Left palm"));
        QCOMPARE(h.state->painAreas()->worstRegion(), QStringLiteral("temple-left"));
        QCOMPARE(h.state->knots()->count(), 0);
        // The 0-10 scale fits the narrow panel: its last number lies inside it.
        QQuickItem* panel = h.item(QStringLiteral("painPanel"));
        QQuickItem* ten = h.item(QStringLiteral("score-10"), panel);
        QVERIFY(panel && ten);
        const QRectF tenBox = ten->mapRectToItem(panel, QRectF(0, 0, ten->width(), ten->height()));
        QVERIFY2(tenBox.right() <= panel->width(), qPrintable(QString::number(tenBox.right())));
        QVERIFY(ten->width() >= 24);
        h.shoot(QStringLiteral("pain-layer"));

        auto store = Store::open(path.toStdString());
        PainAreaRepository repo(**store, h.clock);
        auto areas = *repo.listCurrent();
        QCOMPARE(areas.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(areas[0].place.regionId), QStringLiteral("temple-left"));
        QVERIFY(areas[0].worst);
        QCOMPARE(QString::fromStdString(areas[1].place.regionId), QStringLiteral("palm-left"));
        QVERIFY(areas[1].place.side == Side::Left);

        // The hand no longer hurts: it leaves the map, and the database keeps when.
        h.click(h.item(QStringLiteral("painClear")));
        QTRY_COMPARE(h.state->painAreas()->count(), 1);
        QCOMPARE(repo.listNotedIn({h.clock.now() - std::chrono::hours(1),
                                   h.clock.now() + std::chrono::hours(1)})
                     ->size(),
                 std::size_t(2));
    }

    void keyboardOnlyLogsAKnotAtTheFocusedRegion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        QQuickItem* front = h.item(QStringLiteral("figure-front"));
        // Tab from the navigation until the front figure has focus.
        h.item(QStringLiteral("nav-report"))->forceActiveFocus();
        for (int i = 0; i < 10 && !front->hasActiveFocus(); ++i)
            QTest::keyClick(h.window, Qt::Key_Tab);
        QVERIFY(front->hasActiveFocus());
        const QString first = front->property("focusedRegion").toString();
        QCOMPARE(first, h.state->atlas()->firstRegion(knotmap::ui::FigureView::Front));
        QTest::keyClick(h.window, Qt::Key_Down);
        QTest::keyClick(h.window, Qt::Key_Down);
        const QString chosen = front->property("focusedRegion").toString();
        QVERIFY(chosen != first);
        QVERIFY(h.item(QStringLiteral("mapStatus"))
                    ->property("text")
                    .toString()
                    .contains("Enter logs a knot"));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.sheetOpen());
        // In the sheet: the tenderness scale has focus; a digit chooses, Return on When saves.
        QTest::keyClick(h.window, Qt::Key_5);
        h.item(QStringLiteral("sheetWhen"))->forceActiveFocus();
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(!h.sheetOpen());
        h.closeRedFlags();

        auto store = Store::open(path.toStdString());
        KnotRepository repo(**store, h.clock);
        auto knots = *repo.listActive();
        QCOMPARE(knots.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(knots[0].place.regionId), chosen);
        const ui::RegionInfo region = h.state->atlas()->region(chosen);
        QCOMPARE(knots[0].place.x, region.centreX);
        QCOMPARE(knots[0].place.y, region.centreY);
        QCOMPARE((*repo.observations(knots[0].id))[0].tenderness, 5);
    }

    void keyboardOnlyMarksPainAtTheFocusedPlace() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("layer-pain")));
        QQuickItem* back = h.item(QStringLiteral("figure-back"));
        back->forceActiveFocus();
        // In this layer the keys walk the places of the surface, not the muscles.
        const QString first = back->property("focusedRegion").toString();
        QCOMPARE(first, h.state->atlas()->firstPlace(knotmap::ui::FigureView::Back));
        QVERIFY(h.state->atlas()->region(first).isPlace);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(h.window, Qt::Key_Down);
        const QString chosen = back->property("focusedRegion").toString();
        QVERIFY(chosen != first);
        QVERIFY(h.state->atlas()->region(chosen).isPlace);
        const QString name = h.state->atlas()->region(chosen).plainName;
        QVERIFY(h.item(QStringLiteral("mapStatus"))->property("text").toString().startsWith(name));
        h.shoot(QStringLiteral("figure-focused"));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_COMPARE(h.state->painAreas()->count(), 1);
        h.closeRedFlags();
        auto store = Store::open(path.toStdString());
        PainAreaRepository repo(**store, h.clock);
        auto areas = *repo.listCurrent();
        QCOMPARE(QString::fromStdString(areas[0].place.regionId), chosen);
        QCOMPARE(h.item(QStringLiteral("painPanelName"))->property("text").toString(), name);
    }

    // How the pain feels, said by clicks in the pain panel, saved to the file; tingling in
    // a hand asks the nerve questions once, and again only for a new mark.
    void painKindsAreSavedAndTinglingInAHandAsksTheNerveQuestions() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("layer-pain")));
        const BodyPlace* thumb = embeddedAtlas().place("thumb-left");
        QVERIFY(thumb != nullptr);
        QQuickItem* front = h.item(QStringLiteral("figure-area-front"));
        const auto clickAt = [&](Point p) {
            QTest::mouseClick(
                h.window, Qt::LeftButton, {},
                front->mapToScene(QPointF(p.x * front->width(), p.y * front->height())).toPoint());
        };
        clickAt(thumb->centre);
        QTRY_COMPARE(h.state->painAreas()->count(), 1);
        h.closeRedFlags();
        QObject* sheet = h.redFlagSheet();
        const auto asked = [&] {
            QStringList ids;
            for (const QVariant& q : sheet->property("questions").toList())
                ids << q.value<ui::QuestionInfo>().id;
            ids.sort();
            return ids;
        };
        const auto saved = [&] {
            auto store = Store::open(path.toStdString(), OpenOptions{});
            return (*PainAreaRepository(**store, h.clock).listCurrent()).at(0).kinds;
        };
        QCOMPARE(h.item(QStringLiteral("painPanelName"))->property("text").toString(),
                 QStringLiteral("Left thumb"));
        h.click(h.item(QStringLiteral("painKind-burning")));
        QTRY_COMPARE(saved(), unsigned{Burning});
        QVERIFY(!sheet->property("opened").toBool()); // burning asks nothing more
        h.click(h.item(QStringLiteral("painKind-tingling")));
        QTRY_COMPARE(saved(), unsigned{Burning | Tingling});
        QTRY_VERIFY(sheet->property("opened").toBool());
        QCOMPARE(asked(), QStringList({QStringLiteral("S5"), QStringLiteral("U6")}));
        h.shoot(QStringLiteral("pain-kinds-questions"));
        h.click(h.item(QStringLiteral("no-S5")));
        h.click(h.item(QStringLiteral("no-U6")));
        h.click(h.item(QStringLiteral("redFlagSave")));
        QTRY_VERIFY(!sheet->property("visible").toBool());
        // Answered since this pain was marked: numbness too asks nothing again.
        h.click(h.item(QStringLiteral("painKind-numb")));
        QTRY_COMPARE(saved(), unsigned{Burning | Tingling | Numb});
        QTest::qWait(50);
        QVERIFY(!sheet->property("opened").toBool());
        h.click(h.item(QStringLiteral("painKind-burning")));
        QTRY_COMPARE(saved(), unsigned{Tingling | Numb});
        QCOMPARE(h.item(QStringLiteral("painKind-tingling"))->property("checked").toBool(), true);
        QCOMPARE(h.item(QStringLiteral("painKind-burning"))->property("checked").toBool(), false);
        h.shoot(QStringLiteral("pain-kinds"));
        // Tingling in the low back is not an arm or leg: only the place's own questions.
        QQuickItem* back = h.item(QStringLiteral("figure-area-back"));
        const BodyPlace* lowBack = embeddedAtlas().place("low-back-left");
        QTest::mouseClick(h.window, Qt::LeftButton, {},
                          back->mapToScene(QPointF(lowBack->centre.x * back->width(),
                                                   lowBack->centre.y * back->height()))
                              .toPoint());
        QTRY_COMPARE(h.state->painAreas()->count(), 2);
        h.closeRedFlags();
        h.click(h.item(QStringLiteral("painKind-tingling")));
        QTest::qWait(50);
        QVERIFY(!sheet->property("opened").toBool());
    }

    // Tab visits the knots in the knots layer and the pain marks in the pain layer, never
    // both.
    void eachLayerTabsThroughItsOwnMarks() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        const auto tabStops = [&] {
            QStringList seen;
            h.item(QStringLiteral("figure-front"))->forceActiveFocus(Qt::TabFocusReason);
            for (int i = 0; i < 40; ++i) {
                QTest::keyClick(h.window, Qt::Key_Tab);
                if (QQuickItem* f = h.window->activeFocusItem())
                    seen << f->objectName();
            }
            return seen;
        };
        const auto count = [](const QStringList& names, const QString& prefix) {
            return std::count_if(names.begin(), names.end(),
                                 [&](const QString& n) { return n.startsWith(prefix); });
        };
        const QStringList knots = tabStops();
        QVERIFY2(count(knots, QStringLiteral("knot-")) > 0, qPrintable(knots.join(' ')));
        QCOMPARE(count(knots, QStringLiteral("pain-")), 0);
        h.click(h.item(QStringLiteral("layer-pain")));
        const QStringList pain = tabStops();
        QVERIFY2(count(pain, QStringLiteral("pain-")) > 0, qPrintable(pain.join(' ')));
        QCOMPARE(count(pain, QStringLiteral("knot-")), 0);
    }

    void zoomKeepsMarkersOnTheirSpot() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        const qint64 id = h.state->knotEditor()->logKnot(
            knotmap::ui::FigureView::Back, 0.372, 0.214, 6, 0, "", h.state->knotEditor()->now());
        h.closeRedFlags();
        QQuickItem* area = h.item(QStringLiteral("figure-area-back"));
        auto offset = [&] { // the marker's centre as a fraction of the figure
            QQuickItem* marker = h.item(QStringLiteral("knot-%1").arg(id));
            const QPointF c =
                marker->mapToItem(area, QPointF(marker->width() / 2, marker->height() / 2));
            return QPointF(c.x() / area->width(), c.y() / area->height());
        };
        const qreal height = area->height();
        const QPointF before = offset();
        h.click(h.item(QStringLiteral("zoomIn")));
        h.click(h.item(QStringLiteral("zoomIn")));
        QTRY_VERIFY(area->height() > height * 1.5);
        // The figure is drawn again at the new size once the zoom has held for a moment.
        QQuickItem* drawing = h.item(QStringLiteral("figureDrawing-back"));
        const auto drawnHeight = [&] { return drawing->property("sourceSize").toSize().height(); };
        QTRY_VERIFY(drawnHeight() >= area->height() && drawnHeight() < area->height() + 32);
        const QPointF after = offset();
        QVERIFY(std::abs(before.x() - 0.372) < 0.01 && std::abs(before.y() - 0.214) < 0.01);
        QVERIFY(std::abs(after.x() - before.x()) < 0.005 &&
                std::abs(after.y() - before.y()) < 0.005);
        h.shoot(QStringLiteral("zoomed"));
        // Zoomed in, Tab goes on from "Zoom in" to "Zoom out" and "Fit", and Enter fits.
        h.item(QStringLiteral("zoomIn"))->forceActiveFocus();
        QTest::keyClick(h.window, Qt::Key_Tab);
        QTRY_VERIFY(h.item(QStringLiteral("zoomOut"))->hasActiveFocus());
        QTest::keyClick(h.window, Qt::Key_Tab);
        QTRY_VERIFY(h.item(QStringLiteral("zoomFit"))->hasActiveFocus());
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_COMPARE(area->height(), height);
        h.click(h.item(QStringLiteral("zoomFit")));
        QTRY_COMPARE(area->height(), height);
        QTRY_VERIFY(drawnHeight() >= height && drawnHeight() < height + 32);
    }

    void theFigureIsDrawnOnceAndReadBackAtTheNextStart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        const QString folder = dir.filePath(QStringLiteral("cache/figures"));
        figureCacheFolder() = folder;
        const auto noCache = qScopeGuard([] { figureCacheFolder().clear(); });
        const auto figures = [](Harness& h) {
            return static_cast<ui::FigureImages*>(h.engine.imageProvider(QStringLiteral("figure")));
        };
        // Both views drawn at the size they settled at, and nothing waiting to draw.
        const auto settle = [](Harness& h) {
            for (const char* name : {"figureDrawing-front", "figureDrawing-back"}) {
                QQuickItem* drawing = h.item(QLatin1String(name));
                QVERIFY(drawing);
                QTRY_COMPARE(drawing->property("drawnHeight").toInt(),
                             drawing->property("wantedHeight").toInt());
                QTRY_COMPARE(drawing->property("status").toInt(), 1); // Image.Ready
            }
        };
        const auto kept = [&] {
            return QDir(folder).entryInfoList({QStringLiteral("figure-*")}, QDir::Files);
        };
        QImage first;
        int drawn = 0;
        {
            Harness h(path);
            settle(h);
            drawn = figures(h)->drawn();
            QVERIFY(drawn >= 2);
            QCOMPARE(figures(h)->read(), 0);
            first = h.window->grabWindow();
            // The borders drawn into the picture are the ones the overlay paints when it
            // draws them itself, in the colour and kind the page asks for.
            for (const char* view : {"front", "back"}) {
                QQuickItem* drawing = h.item(QStringLiteral("figureDrawing-%1").arg(view));
                auto* overlay = qobject_cast<ui::RegionOverlay*>(
                    h.item(QStringLiteral("regionOverlay-%1").arg(view)));
                QVERIFY(drawing && overlay);
                const QString id = drawing->property("source").toUrl().toString().mid(
                    QStringLiteral("image://figure/").size());
                QVERIFY2(id.startsWith(QLatin1String(view) + QStringLiteral("/surface/")),
                         qPrintable(id));
                const int height = drawing->property("drawnHeight").toInt();
                const QImage withBorders = figures(h)->draw(id, height);
                QImage painted = figures(h)->draw(QLatin1String(view), height);
                QVERIFY(!withBorders.isNull() && painted.size() == withBorders.size());
                overlay->setBorders(true);
                {
                    QPainter p(&painted);
                    p.scale(painted.width() / overlay->width(),
                            painted.height() / overlay->height());
                    overlay->paint(&p);
                }
                overlay->setBorders(false);
                const int pixels = painted.width() * painted.height();
                // The overlay paints at its fractional width, the picture at whole pixels: a
                // few antialiased pixels differ by a shade (measured: 2 of 100,000 by more
                // than 24 of 255 levels, none by more than 64).
                QVERIFY(differing(painted, withBorders, 48) == 0);
                QVERIFY(differing(painted, withBorders, 8) < pixels / 100);
            }
            QTRY_COMPARE(h.window->grabWindow(), first);
        }
        // One file a picture drawn, the owner's only.
        QCOMPARE(kept().size(), drawn);
        const auto mode = [](const QString& p) {
            return std::filesystem::status(p.toStdString()).permissions();
        };
        using std::filesystem::perms;
        for (const QFileInfo& file : kept())
            QVERIFY(mode(file.filePath()) == (perms::owner_read | perms::owner_write));
        QVERIFY(mode(folder) == perms::owner_all);
        {
            // The next start reads them, and shows the same window, pixel for pixel.
            Harness h(path);
            settle(h);
            QCOMPARE(figures(h)->drawn(), 0);
            QVERIFY(figures(h)->read() >= 2);
            QCOMPARE(h.window->grabWindow(), first);
        }
        // A damaged picture is drawn again and replaced whole; so is one of another figure.
        for (const QFileInfo& file : kept()) {
            QFile damaged(file.filePath());
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            QVERIFY(damaged.resize(file.size() / 2));
        }
        {
            Harness h(path);
            settle(h);
            QCOMPARE(figures(h)->read(), 0);
            QVERIFY(figures(h)->drawn() >= 2);
            QCOMPARE(h.window->grabWindow(), first);
        }
        for (const QFileInfo& file : kept())
            QVERIFY(file.size() > 100'000);
        {
            Harness h(path);
            settle(h);
            QCOMPARE(figures(h)->drawn(), 0);
        }
        // The folder keeps the newest few: a window resized again and again fills no disk.
        ui::FigureImages many(folder.toStdString(), &embeddedAtlas());
        for (int height = 300; height < 300 + 20 * 32; height += 32)
            QVERIFY(!many.requestImage(QStringLiteral("back"), nullptr, QSize(0, height)).isNull());
        QCOMPARE(kept().size(), ui::FigureImages::kKeep);
        QCOMPARE(many.drawn(), 20);
        // An id that names no picture gets none.
        for (const char* bad : {"side", "front/surface", "front/edges/ff000000", "back/all/xyz"})
            QVERIFY(many.requestImage(QLatin1String(bad), nullptr, QSize(0, 300)).isNull());
    }

    void narrowWindowTogglesBetweenViews() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        h.window->resize(800, 600);
        QTRY_VERIFY(h.item(QStringLiteral("view-back"))->isVisible());
        QTRY_VERIFY(h.item(QStringLiteral("figure-front")) != nullptr);
        QVERIFY(!h.item(QStringLiteral("figure-back")) ||
                !h.item(QStringLiteral("figure-back"))->isVisible());
        h.click(h.item(QStringLiteral("view-back")));
        QTRY_VERIFY(h.item(QStringLiteral("figure-back")) &&
                    h.item(QStringLiteral("figure-back"))->isVisible());
        h.shoot(QStringLiteral("narrow-back"));
    }

    void knotReappearsOnItsSpotAfterRestartAtAnotherSize() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        qint64 id = 0;
        {
            Harness first(path);
            id = first.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back, 0.585, 0.405, 7,
                                                    0, "", first.state->knotEditor()->now());
            QVERIFY(id > 0);
        }
        Harness again(path, false, false, QSize(1000, 700));
        QQuickItem* area = again.item(QStringLiteral("figure-area-back"));
        QQuickItem* marker = again.item(QStringLiteral("knot-%1").arg(id));
        QVERIFY(area && marker && marker->isVisible());
        const QPointF c =
            marker->mapToItem(area, QPointF(marker->width() / 2, marker->height() / 2));
        QVERIFY(std::abs(c.x() / area->width() - 0.585) < 0.005);
        QVERIFY(std::abs(c.y() / area->height() - 0.405) < 0.005);
        QCOMPARE(marker->property("tenderness").toInt(), 7);
    }

    void darkThemePanelsAndSheet() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("demo.sqlite")), true, true, QSize(800, 600));
        h.click(h.item(QStringLiteral("view-back"))); // narrow: one view at a time
        QQuickItem* marker = nullptr;
        QTRY_VERIFY((marker = h.item(QStringLiteral("knot-1"))) && marker->isVisible());
        h.click(marker);
        QTRY_VERIFY(h.item(QStringLiteral("knotPanel"))->isVisible());
        h.shoot(QStringLiteral("dark-panel"));
        h.click(h.item(QStringLiteral("panelLogReading")));
        QTRY_VERIFY(h.sheetOpen());
        h.shoot(QStringLiteral("dark-sheet"));
        QMetaObject::invokeMethod(h.window->findChild<QObject*>(QStringLiteral("knotSheet")),
                                  "close");
        QTRY_VERIFY(!h.sheetOpen());
        h.click(h.item(QStringLiteral("nav-warning-signs")));
        QTRY_VERIFY(h.redFlagSheet()->property("visible").toBool());
        h.shoot(QStringLiteral("dark-warning-signs"));
    }

    void aCalfKnotAsksAboutAClotAndAYesPausesCalfSelfCare() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(1280, 1100));
        // A real click on the left calf (back view), then Save.
        const BodyRegion* calf = h.state->atlas()->atlas()->find("gastrocnemius-left");
        QVERIFY(calf);
        QQuickItem* area = h.item(QStringLiteral("figure-area-back"));
        QTest::mouseClick(h.window, Qt::LeftButton, {},
                          area->mapToScene(QPointF(calf->centre.x * area->width(),
                                                   calf->centre.y * area->height()))
                              .toPoint());
        QTRY_VERIFY(h.sheetOpen());
        h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("sheetTenderness"))));
        h.click(h.item(QStringLiteral("sheetSave")));
        // The calf's look-alikes are asked: a clot in the leg (urgent), a clot on the lung
        // and compartment syndrome (emergency), a torn Achilles tendon (urgent).
        QObject* sheet = h.redFlagSheet();
        QTRY_VERIFY(sheet->property("opened").toBool());
        QStringList asked;
        for (const QVariant& q : sheet->property("questions").toList())
            asked << q.value<ui::QuestionInfo>().id;
        for (const char* id : {"L1", "L2", "L3", "L4"})
            QVERIFY2(asked.contains(QLatin1String(id)), qPrintable(asked.join(",")));
        // Yes to the swollen, warm, red leg; no to the rest.
        h.answerRedFlags({QStringLiteral("L3")});
        h.shoot(QStringLiteral("calf-questions"));
        h.click(h.item(QStringLiteral("redFlagSave")));
        QTRY_VERIFY(!sheet->property("opened").toBool());
        QTRY_COMPARE(h.state->guide()->tier(), ui::WarningTier::Urgent);
        // Self-care is paused on the calf, and only where the question is asked.
        QVERIFY(h.state->guide()->selfCarePausedIn(QStringLiteral("gastrocnemius-left")));
        QVERIFY(h.state->guide()->selfCarePausedIn(QStringLiteral("soleus-right")));
        QVERIFY(!h.state->guide()->selfCarePausedIn(QStringLiteral("upper-trapezius-left")));
    }

    void chestKnotAsksRedFlagsAndAnEmergencyHidesSelfCare() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        QQuickItem* area = h.item(QStringLiteral("figure-area-front"));
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            area->mapToScene(QPointF(0.622 * area->width(), 0.272 * area->height())).toPoint());
        QTRY_VERIFY(h.sheetOpen());
        h.click(h.item(QStringLiteral("score-5"), h.item(QStringLiteral("sheetTenderness"))));
        h.click(h.item(QStringLiteral("sheetSave")));
        // The chest's warning signs are asked as the knot is first logged there.
        QObject* sheet = h.redFlagSheet();
        QTRY_VERIFY(sheet->property("opened").toBool());
        QQuickItem* yes = h.item(QStringLiteral("yes-E6"));
        QVERIFY(yes);
        h.click(yes);
        QVERIFY(!h.item(QStringLiteral("redFlagSave"))->isEnabled() ||
                sheet->property("questions").toList().size() == 1);
        h.answerRedFlags({QStringLiteral("E6")});
        h.click(h.item(QStringLiteral("redFlagSave")));
        QTRY_VERIFY(!sheet->property("opened").toBool());
        QTRY_VERIFY(h.showing(QStringLiteral("emergencyNotice")));
        QCOMPARE(h.state->guide()->tier(), ui::WarningTier::Emergency);
        // The notice names the question answered yes, in its words.
        const QString asked = QString::fromStdString(h.knowledge.redFlag("E6")->question);
        QCOMPARE(h.state->guide()->flagged(), QStringList{asked});
        QVERIFY(h.item(QStringLiteral("emergencyAnswered"))
                    ->property("text")
                    .toString()
                    .contains(asked));
        h.shoot(QStringLiteral("emergency"));
        // The number to call is the person's country's, chosen on Your data and kept.
        ui::HelpLines* lines = h.state->helpLines();
        QVERIFY(lines->choose(QStringLiteral("GB")));
        QTRY_VERIFY(h.item(QStringLiteral("emergencyCall"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("Call 999")));
        QVERIFY(lines->choose(QStringLiteral("AU")));
        QTRY_VERIFY(h.item(QStringLiteral("emergencyCall"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("Call 000")));
        QVERIFY(lines->choose(QStringLiteral("ZZ"))); // "Another country", kept as chosen
        QTRY_VERIFY(h.item(QStringLiteral("emergencyCall"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("your local emergency number")));
        {
            auto kept = Store::open(path.toStdString(), OpenOptions{});
            QCOMPARE(loadCountry(**kept)->value_or(""), std::string("ZZ"));
        }
        QVERIFY(lines->choose(QStringLiteral("DE")));
        {
            auto kept = Store::open(path.toStdString(), OpenOptions{});
            QCOMPARE(loadCountry(**kept)->value_or(""), std::string("DE"));
        }
        h.click(h.item(QStringLiteral("emergencyUnderstood")));
        QTRY_VERIFY(!h.showing(QStringLiteral("emergencyNotice")));
        QVERIFY(h.showing(QStringLiteral("triageBanner")));

        // The knot's panel hides self-care advice while the answer stands.
        h.click(h.item(QStringLiteral("knot-1")));
        QTRY_VERIFY(h.item(QStringLiteral("knotPanel"))->isVisible());
        QVERIFY(h.item(QStringLiteral("adviceHidden"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("selfCareAdvice"))->isVisible());

        auto store = Store::open(path.toStdString());
        RedFlagAnswerRepository repo(**store, h.clock);
        auto answers = *repo.answeredIn({Timestamp{}, h.clock.now() + 1h});
        QVERIFY(!answers.empty());
        bool e6 = false;
        for (const auto& a : answers) {
            QCOMPARE(QString::fromStdString(a.regionId), QStringLiteral("pectoralis-major-left"));
            e6 = e6 || (a.questionId == "E6" && a.yes);
        }
        QVERIFY(e6);
    }

    // A knot on the front of the neck: no ball or roller is offered, and the panel says why.
    void aNeckKnotGetsGentleSelfCareAndItsCaution() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(1280, 1400));
        const BodyRegion* scm = embeddedAtlas().find("sternocleidomastoid-left");
        const qint64 id =
            h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Front, scm->centre.x,
                                           scm->centre.y, 5, 0, "", h.state->knotEditor()->now());
        QVERIFY(id > 0);
        h.closeRedFlags();
        h.answerFirstUse();
        const ui::Advice advice =
            h.state->guide()->advice(QStringLiteral("sternocleidomastoid-left"));
        QVERIFY(!advice.techniques.isEmpty());
        for (const QVariant& t : advice.techniques) {
            const QString kind = t.value<ui::TechniqueAdvice>().kind;
            QVERIFY2(kind != QLatin1String("pressure") && kind != QLatin1String("roller"),
                     qPrintable(t.value<ui::TechniqueAdvice>().id));
        }
        QCOMPARE(advice.takeCare.size(), 1);
        QVERIFY(advice.sources.join('|').contains(QStringLiteral("endangerment sites")));
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QTRY_VERIFY(h.item(QStringLiteral("knotPanel"))->isVisible());
        QQuickItem* note = h.item(QStringLiteral("adviceTakeCare"));
        QVERIFY(note != nullptr);
        QTRY_VERIFY(note->isVisible());
        h.shoot(QStringLiteral("neck-caution"));
    }

    void noWarningSignsShowsAdviceForTheSpot() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(1280, 1400));
        ui::SpotGuide* guide = h.state->guide();
        QStringList asked;
        for (const QVariant& q : guide->questionsDue("upper-trapezius-left"))
            asked << q.value<ui::QuestionInfo>().id;
        QVERIFY(!asked.isEmpty());
        QVERIFY(guide->answer(asked, QList<bool>(asked.size(), false), "upper-trapezius-left"));
        QVERIFY(guide->questionsDue("upper-trapezius-left").isEmpty());
        const qint64 id = h.state->knotEditor()->logKnot(
            knotmap::ui::FigureView::Back, 0.372, 0.214, 6, 0, "", h.state->knotEditor()->now());
        h.closeRedFlags();
        QVERIFY(!h.redFlagSheet()->property("opened").toBool());
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QTRY_VERIFY(h.item(QStringLiteral("knotPanel"))->isVisible());
        QVERIFY(h.item(QStringLiteral("selfCareAdvice"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("adviceHidden"))->isVisible());
        const ui::Advice advice = guide->advice("upper-trapezius-left");
        QVERIFY(advice.causes.first().startsWith("Long hours at a desk"));
        const auto first = advice.techniques.first().value<ui::TechniqueAdvice>();
        QCOMPARE(first.name, QStringLiteral("Pressure with a tennis or lacrosse ball"));
        QCOMPARE(first.dose, QStringLiteral("Hold 30-90 s"));
        // Doses read as instructions: a hold within a session says so.
        const auto dose = [&](const char* technique) {
            return ui::SpotGuide::doseText(*h.knowledge.technique(technique));
        };
        QCOMPARE(dose("foam-roller"),
                 QStringLiteral("Hold 30-60 s on each tender spot, 1 min in all"));
        QCOMPARE(dose("heat"), QStringLiteral("15-20 min"));
        QCOMPARE(dose("knee-to-chest"), QStringLiteral("Hold 20-30 s, each side"));
        QCOMPARE(dose("pigeon"), QStringLiteral("Hold up to 30 s, each side"));
        QCOMPARE(dose("contrast"), QStringLiteral("2 min cold, 1 min heat, 10-15 min in all"));
        QCOMPARE(dose("cat-cow"), QString()); // a moving exercise: no hold, no count
        QVERIFY(advice.sources.join("|").contains("How to Get Rid of a Back Knot"));
        QVERIFY(
            !advice.sources.join("|").contains("000_b0620b4d803619ae")); // titles, not file names
        h.click(h.item(QStringLiteral("technique-pressure-ball")));
        h.shoot(QStringLiteral("advice"));
    }

    void painAtTheTempleSuggestsMusclesAndShowsThemOnTheMap() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        h.click(h.item(QStringLiteral("layer-pain")));
        QQuickItem* front = h.item(QStringLiteral("figure-area-front"));
        QTest::mouseClick(
            h.window, Qt::LeftButton, {},
            front->mapToScene(QPointF(0.565 * front->width(), 0.089 * front->height())).toPoint());
        QTRY_VERIFY(h.item(QStringLiteral("painPanel"))->isVisible());
        // The temple asks its warning-sign question (jaw pain or scalp tenderness, for
        // someone 50 or over), with the first-use questions; "Not now" leaves them for later.
        QObject* sheet = h.redFlagSheet();
        QTRY_VERIFY(sheet->property("opened").toBool());
        QVERIFY(h.shownQuestions().contains(QStringLiteral("U9")));
        h.closeRedFlags();
        QStringList suggested;
        for (int i = 0; i < 6; ++i) {
            if (QQuickItem* label = h.item(QStringLiteral("source-%1").arg(i)))
                suggested << label->property("text").toString();
        }
        QVERIFY2(suggested.join("|").contains("Upper trapezius"), qPrintable(suggested.join("|")));
        h.shoot(QStringLiteral("pain-panel"));
        h.click(h.item(QStringLiteral("showSources")));
        QQuickItem* panel = h.item(QStringLiteral("painPanel"));
        QTRY_VERIFY(
            panel->property("candidateRegions").toStringList().contains("upper-trapezius-left"));
        QVERIFY(
            !panel->property("candidateRegions").toStringList().contains("upper-trapezius-right"));
        // Numbered on the map as in the list, and never under the pain mark.
        QQuickItem* badge = h.item(QStringLiteral("candidate-upper-trapezius-left"));
        QVERIFY(badge && badge->isVisible());
        const QVariantList sources = panel->property("sources").toList();
        int number = 0;
        for (int i = 0; i < sources.size(); ++i) {
            if (sources[i].value<ui::SourceCandidate>().muscle == QLatin1String("Upper trapezius"))
                number = i + 1;
        }
        QCOMPARE(badge->childItems().at(0)->property("text").toString(), QString::number(number));
        QQuickItem* temporal = h.item(QStringLiteral("candidate-temporalis-left"));
        QQuickItem* mark =
            h.item(QStringLiteral("pain-%1").arg(panel->property("areaId").toLongLong()));
        QVERIFY(temporal && mark);
        const auto centre = [](QQuickItem* i) {
            return i->mapToScene(QPointF(i->width() / 2, i->height() / 2));
        };
        QTRY_VERIFY(QLineF(centre(temporal), centre(mark)).length() >=
                    (temporal->width() + mark->width()) / 2);
        h.shoot(QStringLiteral("sources"));
    }

    // Having had cancer is a history fact: on its own no banner and no pause; it makes new
    // back pain a question of its own, and a yes to that urgent. Kept on Your data.
    void aCancerHistoryAloneShowsNoBannerAndAsksAboutNewBackPain() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(1280, 1500));
        h.click(h.item(QStringLiteral("nav-warning-signs")));
        QObject* sheet = h.redFlagSheet();
        QTRY_VERIFY(sheet->property("opened").toBool());
        // The history facts come first, the year of birth with them.
        QCOMPARE(h.shownQuestions().mid(0, 3), (QStringList{"cancer", "osteoporosis", "steroids"}));
        QVERIFY(h.item(QStringLiteral("birthYear"))->isVisible());
        h.click(h.item(QStringLiteral("birthYear-input")));
        h.type(QStringLiteral("1961"));
        // Saying "no" to cancer takes away the question asked only of those who had it.
        h.click(h.item(QStringLiteral("no-cancer")));
        QTRY_VERIFY(!h.shownQuestions().contains(QStringLiteral("E7")));
        h.click(h.item(QStringLiteral("yes-cancer")));
        QTRY_VERIFY(h.shownQuestions().contains(QStringLiteral("E7")));
        h.answerRedFlags({QStringLiteral("cancer")});
        h.shoot(QStringLiteral("first-use-questions"));
        h.click(h.item(QStringLiteral("redFlagSave")));
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QCOMPARE(h.state->guide()->tier(), ui::WarningTier::None);
        QVERIFY(!h.state->guide()->screeningDue());
        QCOMPARE(h.state->guide()->birthYear(), 1961);
        QVERIFY(!h.showing(QStringLiteral("triageBanner")));
        QVERIFY(!h.showing(QStringLiteral("emergencyNotice")));
        QVERIFY(!h.state->guide()->selfCarePausedIn(QStringLiteral("lumbar-paraspinals-left")));

        // A low-back knot now asks whether the back pain is new; yes is urgent.
        const BodyRegion* back = h.atlas.find("lumbar-paraspinals-left");
        h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back, back->centre.x,
                                       back->centre.y, 5, 0, "", h.state->knotEditor()->now());
        QTRY_VERIFY(sheet->property("opened").toBool());
        QVERIFY2(h.shownQuestions().contains(QStringLiteral("C1")),
                 qPrintable(h.shownQuestions().join(",")));
        QVERIFY2(!h.shownQuestions().contains(QStringLiteral("cancer")), "asked once");
        h.saveRedFlags({QStringLiteral("C1")});
        QTRY_COMPARE(h.state->guide()->tier(), ui::WarningTier::Urgent);
        QVERIFY(h.state->guide()->selfCarePausedIn(QStringLiteral("lumbar-paraspinals-left")));
        QTRY_VERIFY(h.showing(QStringLiteral("triageBanner")));

        // Your data shows the history and changes it; "no" takes the urgent answer's
        // reason away, so the pause ends.
        h.click(h.item(QStringLiteral("nav-data")));
        QQuickItem* history = h.item(QStringLiteral("healthHistory"));
        QTRY_VERIFY(history && history->isVisible());
        QVERIFY(h.item(QStringLiteral("history-cancer-yes"))->property("current").toBool());
        QCOMPARE(h.item(QStringLiteral("historyBirthYear-input"))->property("text").toString(),
                 QStringLiteral("1961"));
        h.shoot(QStringLiteral("health-history"));
        // A year that cannot be is refused with the rule's words; the saved one stays.
        h.click(h.item(QStringLiteral("historyBirthYear-input")));
        QTest::keyClick(h.window, Qt::Key_A, Qt::ControlModifier);
        h.type(QStringLiteral("2090"));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.item(QStringLiteral("historyBirthYear"))
                        ->property("errorText")
                        .toString()
                        .startsWith(QStringLiteral("A year of birth lies between 1900 and")));
        QCOMPARE(h.state->guide()->birthYear(), 1961);
        QCOMPARE(loadBirthYear(*h.state->store())->year, std::optional(1961));
        h.click(h.item(QStringLiteral("history-cancer-no")));
        QTRY_COMPARE(h.state->guide()->historyFacts().first().value<ui::HistoryFactInfo>().value,
                     QVariant(false));
        QCOMPARE(h.state->guide()->tier(), ui::WarningTier::None);
        QVERIFY(!h.state->guide()->selfCarePausedIn(QStringLiteral("lumbar-paraspinals-left")));
        auto store = Store::open(h.state->store()->path(), OpenOptions{});
        const auto answers = *RedFlagAnswerRepository(**store, h.clock)
                                  .answeredIn({Timestamp{}, h.clock.now() + std::chrono::hours(1)});
        QCOMPARE(std::count_if(answers.begin(), answers.end(),
                               [](const RedFlagAnswer& a) { return a.questionId == "cancer"; }),
                 2L); // the yes and the no, each with its date
    }

    // The first-use questions at 800x600 in the dark palette: every one can be reached and
    // answered, and Save stays inside the window.
    void theFirstUseQuestionsFitASmallDarkWindow() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, true, QSize(800, 600));
        h.click(h.item(QStringLiteral("nav-warning-signs")));
        QObject* sheet = h.redFlagSheet();
        QTRY_VERIFY(sheet->property("opened").toBool());
        h.shoot(QStringLiteral("first-use-800-dark"));
        // The three history facts first, and every general question (those for an age not
        // given left out).
        QCOMPARE(h.shownQuestions().size(), 3 + h.state->guide()->generalQuestions().size());
        h.answerRedFlags();
        // Every question shown is answered (a "no" to cancer takes away the one asked only
        // after cancer). Counted by what the sheet holds, not by the clicks made: on a
        // loaded machine a click can land as the list scrolls.
        const QStringList shown = h.shownQuestions();
        QVERIFY2(shown.size() >= 11, qPrintable(shown.join(QLatin1Char(','))));
        const QVariantMap answers = sheet->property("answers").toMap();
        for (const QString& id : shown)
            QVERIFY2(answers.contains(id), qPrintable(id));
        QQuickItem* save = h.item(QStringLiteral("redFlagSave"));
        const QRectF box = save->mapRectToScene(QRectF(0, 0, save->width(), save->height()));
        QVERIFY2(QRectF(0, 0, 800, 600).contains(box), "Save is inside the window");
        QVERIFY(save->isEnabled());
        h.click(save);
        QTRY_VERIFY(!sheet->property("visible").toBool());
        QVERIFY(!h.state->guide()->screeningDue());
    }

    // A "no" lapses after a break: five weeks on, logging again asks the questions again.
    void afterFiveWeeksTheQuestionsAreAskedAgain() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        const BodyRegion* rhomboids = h.atlas.find("rhomboids-left");
        const auto log = [&] {
            return h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back,
                                                  rhomboids->centre.x, rhomboids->centre.y, 5, 0,
                                                  "", h.state->knotEditor()->now());
        };
        QVERIFY(log() > 0);
        QObject* sheet = h.redFlagSheet();
        h.saveRedFlags();
        QVERIFY(!h.state->guide()->screeningDue());
        // A week on, another knot: nothing to ask.
        h.clock.advance(std::chrono::days{7});
        QVERIFY(log() > 0);
        QTest::qWait(100);
        QVERIFY(!sheet->property("opened").toBool());
        // Five weeks without an entry: the general questions come back, and until they are
        // answered no self-care is suggested.
        h.clock.advance(std::chrono::days{35});
        const qint64 id = log();
        QTRY_VERIFY(sheet->property("opened").toBool());
        const QStringList again = h.shownQuestions();
        for (const char* q : {"E3", "U1", "U2", "S6"})
            QVERIFY2(again.contains(QLatin1String(q)), qPrintable(again.join(",")));
        QVERIFY2(!again.contains(QStringLiteral("cancer")), "history facts are asked once");
        h.closeRedFlags();
        QVERIFY(h.state->guide()->screeningDue());
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QTRY_VERIFY(h.item(QStringLiteral("adviceScreening"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("selfCareAdvice"))->isVisible());
        h.shoot(QStringLiteral("advice-screening"));
        h.click(h.item(QStringLiteral("answerSafety")));
        h.saveRedFlags();
        QTRY_VERIFY(h.item(QStringLiteral("selfCareAdvice"))->isVisible());
    }

    void generalWarningSignsFromTheNavigation() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(1280, 1500));
        h.click(h.item(QStringLiteral("nav-warning-signs")));
        QObject* sheet = h.redFlagSheet();
        QTRY_VERIFY(sheet->property("opened").toBool());
        QVERIFY(sheet->property("questions").toList().size() >= 5);
        h.answerRedFlags({QStringLiteral("U1")});
        h.shoot(QStringLiteral("warning-signs"));
        h.click(h.item(QStringLiteral("redFlagSave")));
        QTRY_COMPARE(h.state->guide()->tier(), ui::WarningTier::Urgent);
        // A general question: self-care is paused everywhere.
        for (const char* region : {"upper-trapezius-left", "quadratus-lumborum-right"})
            QVERIFY(h.state->guide()->selfCarePausedIn(QString::fromLatin1(region)));
        QTRY_VERIFY(h.showing(QStringLiteral("triageBanner")));
        QVERIFY(!h.showing(QStringLiteral("emergencyNotice")));
        // A knot's advice is paused, with the way back.
        const qint64 id = h.state->knotEditor()->logKnot(
            knotmap::ui::FigureView::Back, 0.585, 0.405, 6, 0, "", h.state->knotEditor()->now());
        h.closeRedFlags();
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QTRY_VERIFY(h.item(QStringLiteral("advicePaused"))->isVisible());
        QVERIFY(!h.item(QStringLiteral("selfCareAdvice"))->isVisible());
        h.shoot(QStringLiteral("advice-paused"));
        h.click(h.item(QStringLiteral("clinicianSaidFine")));
        QTRY_VERIFY(h.item(QStringLiteral("selfCareAdvice"))->isVisible());
        QCOMPARE(h.state->guide()->tier(), ui::WarningTier::None);
        // Kept with its date: the next start knows it.
        auto store = Store::open(h.state->store()->path(), OpenOptions{});
        QVERIFY(loadClinicianClearance(**store)->has_value());
    }

    void aSelectedKnotShowsWhereItSendsPainAndWhichPainLiesThere() {
        for (const bool dark : {false, true}) {
            QTemporaryDir dir;
            Harness h(dir.filePath(QStringLiteral("demo.sqlite")), true, dark);
            // The sample's upper-trapezius knot (back view) and its pain at the left temple
            // (front view): the pattern reaches both views.
            qint64 trap = 0;
            auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")).toStdString());
            KnotRepository repo(**store, h.clock);
            for (const Knot& k : *repo.listActive()) {
                if (k.place.regionId == "upper-trapezius-left")
                    trap = k.id;
            }
            QVERIFY(trap != 0);
            QQuickItem* front = h.item(QStringLiteral("figure-area-front"));
            // The left ear: in the pattern, with no pain marker over its centre.
            const BodyPlace* temple = h.state->atlas()->atlas()->place("ear-left");
            const BodyPlace* forehead = h.state->atlas()->atlas()->place("forehead-right");
            const auto pixelAt = [&](const BodyPlace* p) {
                const QImage all = h.window->grabWindow();
                const QPointF at = front->mapToScene(
                    QPointF(p->centre.x * front->width(), p->centre.y * front->height()));
                return QColor(all.pixel(at.toPoint()));
            };
            const QColor templeBefore = pixelAt(temple);
            const QPointF figureAt = front->mapToScene(QPointF(0, 0));
            const QSizeF figureSize = front->size();
            h.click(h.item(QStringLiteral("knot-%1").arg(trap)));
            QTRY_VERIFY(h.item(QStringLiteral("panelReferral")) &&
                        h.item(QStringLiteral("panelReferral"))->isVisible());
            // Opening the panel moved no figure: the pointer stays over the same muscle.
            QCOMPARE(front->mapToScene(QPointF(0, 0)), figureAt);
            QCOMPARE(front->size(), figureSize);
            // The ear is filled in the pattern's red; the other side's forehead is not.
            QTRY_VERIFY(pixelAt(temple) != templeBefore);
            const QColor templeNow = pixelAt(temple);
            QVERIFY2(templeNow.red() > templeNow.blue() + 25,
                     qPrintable(templeNow.name() + " was " + templeBefore.name()));
            const QColor other = pixelAt(forehead);
            QVERIFY2(!(other.red() > other.blue() + 40), qPrintable(other.name()));
            // The panel says which of the person's pain lies in it, as a pattern, not a cause.
            QQuickItem* line = h.item(QStringLiteral("inPattern"));
            QVERIFY(line && line->isVisible());
            const QStringList said =
                h.item(QStringLiteral("knotPanel"))->property("inPattern").toStringList();
            QCOMPARE(said.size(), 1);
            QCOMPARE(line->property("text").toString(), said[0]);
            QVERIFY2(said.contains(QStringLiteral("Left temple: your pain there lies in the area "
                                                  "this knot commonly sends pain to.")),
                     qPrintable(said.join("|")));
            h.shoot(dark ? QStringLiteral("referral-dark") : QStringLiteral("referral"));
            QVERIFY(h.item(QStringLiteral("knotCross"))->isVisible());
            // Clearing the selection clears the pattern.
            h.click(h.item(QStringLiteral("panelClose")));
            QTRY_COMPARE(pixelAt(temple), templeBefore);
            QCOMPARE(front->mapToScene(QPointF(0, 0)), figureAt);
        }
    }

    void knotsTwoPixelsApartAreEachSeenAndPicked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        QQuickItem* area = h.item(QStringLiteral("figure-area-back"));
        QVERIFY(area);
        // Two knots on the left upper trapezius, 2 px apart on this figure.
        const double fx = 0.372;
        const double fy = 0.214;
        const double dx = 2.0 / area->width();
        const qint64 a = h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back, fx, fy, 5, 0,
                                                        QString(), h.state->knotEditor()->now());
        const qint64 b =
            h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back, fx + dx, fy, 7, 0,
                                           QString(), h.state->knotEditor()->now());
        QVERIFY(a > 0 && b > 0);
        h.closeRedFlags(); // a first neck knot asks the neck's warning signs
        QQuickItem* ma = h.item(QStringLiteral("knot-%1").arg(a));
        QQuickItem* mb = h.item(QStringLiteral("knot-%1").arg(b));
        QVERIFY(ma && mb);
        // Drawn apart: neither covers the other.
        const auto centreOf = [](QQuickItem* m) {
            return m->mapToScene(QPointF(m->width() / 2, m->height() / 2));
        };
        QTRY_VERIFY(QLineF(centreOf(ma), centreOf(mb)).length() >= (ma->width() + mb->width()) / 2);
        h.shoot(QStringLiteral("knots-spread"));
        // A click on each picks that one.
        for (const qint64 id : {a, b}) {
            h.click(h.item(QStringLiteral("knot-%1").arg(id)));
            QTRY_VERIFY(h.item(QStringLiteral("knotPanel")) &&
                        h.item(QStringLiteral("knotPanel"))->property("knotId").toLongLong() == id);
        }
        h.click(h.item(QStringLiteral("panelClose")));
        // Shift+click on a marker logs a new knot there instead of picking it: here on the
        // knots' own point, where the spread markers meet.
        const QPointF onA = area->mapToScene(QPointF(fx * area->width(), fy * area->height()));
        QVERIFY(ma->contains(ma->mapFromScene(onA)) || mb->contains(mb->mapFromScene(onA)) ||
                QLineF(onA, centreOf(mb)).length() <= mb->width() / 2 + 4);
        QTest::mouseClick(h.window, Qt::LeftButton, Qt::ShiftModifier, onA.toPoint());
        QQuickItem* sheetRegion = h.item(QStringLiteral("sheetRegion"));
        QTRY_VERIFY(sheetRegion && sheetRegion->isVisible());
    }

    void aDragDrawsPainAlongItAndErasesTheSameWay() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path, false, false, QSize(1280, 900));
        h.click(h.item(QStringLiteral("layer-pain")));
        QQuickItem* area = h.item(QStringLiteral("figure-area-front"));
        QVERIFY(area);
        // The brush: strength 7, burning.
        QQuickItem* strength = h.item(QStringLiteral("brushStrength"));
        QVERIFY(strength && strength->isVisible());
        strength->setProperty("value", 7);
        QQuickItem* kind = h.item(QStringLiteral("brushKind"));
        // The brush lists "any feeling" first, then the kinds of pain in their order.
        const QVariantList kinds = h.state->painMarks()->kindChoices();
        int burning = -1;
        for (int i = 0; i < kinds.size(); ++i) {
            if (kinds[i].value<ui::QualityChoice>().key == QLatin1String("burning"))
                burning = i + 1;
        }
        QVERIFY(burning > 0);
        kind->setProperty("currentIndex", burning);
        // A real drag down the person's left thigh, from mid-thigh to below the knee.
        const auto scene = [&](double fx, double fy) {
            return area->mapToScene(QPointF(fx * area->width(), fy * area->height())).toPoint();
        };
        const double fx = (200.0 + 37) / 400;
        QTest::mousePress(h.window, Qt::LeftButton, {}, scene(fx, 560.0 / 880));
        for (int y = 560; y <= 690; y += 10)
            QTest::mouseMove(h.window, scene(fx, y / 880.0));
        QTest::mouseRelease(h.window, Qt::LeftButton, {}, scene(fx, 690.0 / 880));
        auto store = Store::open(path.toStdString());
        PainAreaRepository repo(**store, h.clock);
        QTRY_VERIFY(repo.listCurrent()->size() >= 3);
        std::set<std::string> places;
        for (const PainArea& a : *repo.listCurrent()) {
            places.insert(a.place.regionId);
            QCOMPARE(a.intensity, std::optional<int>(7));
            QCOMPARE(a.kinds, unsigned(Burning));
            QVERIFY(a.place.side == Side::Left);
        }
        for (const char* p : {"front-of-thigh-left", "kneecap-left", "upper-shin-left"})
            QVERIFY2(places.count(p), p);
        QTRY_VERIFY(h.item(QStringLiteral("mapStatus"))
                        ->property("text")
                        .toString()
                        .contains("places marked"));
        h.shoot(QStringLiteral("pain-drawing"));
        // Erase across the knee: the kneecap's mark eases, kept in the history.
        h.click(h.item(QStringLiteral("brushErase")));
        QTest::mousePress(h.window, Qt::LeftButton, {}, scene(fx, 620.0 / 880));
        for (int y = 620; y <= 650; y += 5)
            QTest::mouseMove(h.window, scene(fx, y / 880.0));
        QTest::mouseRelease(h.window, Qt::LeftButton, {}, scene(fx, 650.0 / 880));
        const auto kneecapMarked = [&] {
            const auto current = *repo.listCurrent();
            return std::any_of(current.begin(), current.end(), [](const PainArea& a) {
                return a.place.regionId == "kneecap-left";
            });
        };
        QTRY_VERIFY(!kneecapMarked());
        bool keptEased = false;
        const auto noted = *repo.listNotedIn(
            {h.clock.now() - std::chrono::hours{1}, h.clock.now() + std::chrono::hours{1}});
        for (const PainArea& a : noted)
            keptEased =
                keptEased || (a.place.regionId == "kneecap-left" && a.clearedAt.has_value());
        QVERIFY(keptEased);
    }

    void aPatternReadsInASmallWindow() {
        // 800x600 shows one view: the sample's chest knot on the front, its pattern there.
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("demo.sqlite")), true, true, QSize(800, 600));
        auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")).toStdString());
        KnotRepository repo(**store, h.clock);
        qint64 chest = 0;
        for (const Knot& k : *repo.listActive()) {
            if (k.place.regionId == "pectoralis-major-left")
                chest = k.id;
        }
        QVERIFY(chest != 0);
        h.click(h.item(QStringLiteral("knot-%1").arg(chest)));
        QTRY_VERIFY(h.item(QStringLiteral("panelReferral")) &&
                    h.item(QStringLiteral("panelReferral"))->isVisible());
        const auto pattern =
            h.item(QStringLiteral("figure-front"))->property("referral").value<ui::ReferralMap>();
        QVERIFY(pattern.common.contains(QStringLiteral("chest-left")));
        QVERIFY(h.item(QStringLiteral("knotCross"))->isVisible());
        h.shoot(QStringLiteral("referral-800x600-dark"));
    }

    void oneMusclesPatternCanBeShownAlone() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), false, false, QSize(1280, 1400));
        const BodyRegion* scm = h.state->atlas()->atlas()->find("sternocleidomastoid-left");
        QVERIFY(scm && scm->muscles.size() == 2);
        const qint64 id = h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Front,
                                                         scm->centre.x, scm->centre.y, 5, 0,
                                                         QString(), h.state->knotEditor()->now());
        QVERIFY(id > 0);
        h.closeRedFlags();
        h.click(h.item(QStringLiteral("knot-%1").arg(id)));
        QQuickItem* front = h.item(QStringLiteral("figure-front"));
        const auto common = [&] {
            return front->property("referral").value<ui::ReferralMap>().common;
        };
        // Both parts together: the top of the head (breastbone part) and the forehead
        // (collarbone part).
        QTRY_VERIFY(common().contains(QStringLiteral("top-of-head")));
        QVERIFY(common().contains(QStringLiteral("forehead-left")));
        // The collarbone part alone: the forehead, not the top of the head.
        h.click(h.item(QStringLiteral("musclePattern-sternocleidomastoid-clavicular")));
        QTRY_VERIFY(!common().contains(QStringLiteral("top-of-head")));
        QVERIFY(common().contains(QStringLiteral("forehead-left")));
        h.shoot(QStringLiteral("muscle-pattern"));
        // And back to both.
        h.click(h.item(QStringLiteral("musclePattern-sternocleidomastoid-clavicular")));
        QTRY_VERIFY(common().contains(QStringLiteral("top-of-head")));
    }

    void demoKnotsAppearOnTheFigures() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("demo.sqlite")), true);
        QVERIFY(h.state->knots()->count() >= 4);
        // Every knot has a visible marker inside the figure of its own view.
        for (const char* view : {"figure-front", "figure-back"}) {
            QQuickItem* figure = h.item(QLatin1String(view));
            QVERIFY(figure);
            QVERIFY(figure->width() > 150);
        }
    }
};

QTEST_MAIN(BodyMapTest)
#include "test_bodymap.moc"
