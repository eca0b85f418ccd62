// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// History: the chart over a range, a long history drawn true, what helps, worse days and
// each knot's story.
#include "harness.h"
#include "history/painchart.h"
#include "history/painchartitem.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/reminder.h"
#include "knotmap/sessions.h"
#include "report/reportbuilder.h"

#include <functional>

#include <QElapsedTimer>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

class HistoryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

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

    void painExtentIsShownForEachDayAndInWords() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("demo.sqlite")), true);
        h.click(h.item(QStringLiteral("nav-history")));
        QQuickItem* extent = h.item(QStringLiteral("historyExtent"));
        QTRY_VERIFY(extent && extent->isVisible());
        QVERIFY2(extent->property("text").toString().startsWith(
                     QStringLiteral("Pain extent on the last day: ")),
                 qPrintable(extent->property("text").toString()));
        // Each day's own value, as the chart's keyboard and pointer read it.
        auto* history = h.state->history();
        const int last = history->dayCount() - 1;
        QVERIFY(last > 0);
        QVERIFY2(history->describeDay(last).contains(QStringLiteral("Pain extent")),
                 qPrintable(history->describeDay(last)));
        h.shoot(QStringLiteral("history-extent"));
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
                if (i == 0)
                    s.note = "Easier to turn the head after";
                QVERIFY(sessions.add(s).ok());
                QVERIFY(knots
                            .addObservation({0, knotId, s.startedAt + minutes{3}, 4, Aching,
                                             i == 1 ? "Sore after the long drive" : ""})
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
        QVERIFY(history->techniques().at(0).value<ui::TechniqueRow>().effect.startsWith(
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
        // The click's own hover reaches the chart on a later frame and picks the day under
        // the pointer; let it land before the keys move on, as it does for a person.
        QTRY_VERIFY(chart->focusIndex() >= 0);
        QTest::qWait(50);
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
        QCOMPARE(events.front().value<ui::StoryEvent>().text, QStringLiteral("Marked easing"));
        QCOMPARE(events.back().value<ui::StoryEvent>().text, QStringLiteral("Noted as a new knot"));
        // The notes written with a session and a reading are shown with them.
        QStringList notes;
        for (const QVariant& e : events)
            if (!e.value<ui::StoryEvent>().note.isEmpty())
                notes << e.value<ui::StoryEvent>().note;
        notes.sort();
        QCOMPARE(notes, (QStringList{QStringLiteral("Easier to turn the head after"),
                                     QStringLiteral("Sore after the long drive")}));
        // ... and on the sheet, under the event they belong to.
        int shown = 0;
        std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
            if (item->objectName() == QLatin1String("storyNote") && item->isVisible() &&
                notes.contains(item->property("text").toString()))
                ++shown;
            for (QQuickItem* child : item->childItems())
                walk(child);
        };
        walk(h.window->contentItem());
        QVERIFY(shown >= 1); // the list makes only the rows in view
        h.shoot(QStringLiteral("history-story"));
        QTest::keyClick(h.window, Qt::Key_Escape);
        QTRY_VERIFY(!sheet->property("visible").toBool());
    }

    void aSaveElsewhereInTheAppIsReadWhenHistoryIsNextShownNotBefore() {
        // One change-notification path: Today's save marks History stale; History reads
        // again when it is shown, not while it is hidden.
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")));
        ui::PainHistory* history = h.state->history();
        h.click(h.item(QStringLiteral("nav-history")));
        QTRY_VERIFY(h.item(QStringLiteral("page-history"))->isVisible());
        QCOMPARE(history->daysWithEntries(), 0);
        QSignalSpy read(history, &ui::PainHistory::changed);
        h.click(h.item(QStringLiteral("nav-history"))); // shown again, nothing changed
        QCOMPARE(read.count(), 0);

        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(5, 7, 3, 4);
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(h.state->today()->recorded());
        QCOMPARE(read.count(), 0); // hidden: not read
        QCOMPARE(h.state->checkIns()->count(), 1);

        h.click(h.item(QStringLiteral("nav-history")));
        QTRY_COMPARE(history->daysWithEntries(), 1);
        QCOMPARE(read.count(), 1);
    }

    void readingAgainKeepsTheRowsThatDidNotChangeAndShowsTheOnesThatDid() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        h.click(h.item(QStringLiteral("nav-history")));
        QTRY_VERIFY(h.item(QStringLiteral("page-history"))->isVisible());
        ui::PainHistory* history = h.state->history();
        QVERIFY(!history->techniques().isEmpty() && !history->knots().isEmpty());
        const QString technique = QStringLiteral("technique-") +
                                  history->techniques()[0].value<ui::TechniqueRow>().techniqueId;
        const ui::KnotRow knot = history->knots()[0].value<ui::KnotRow>();
        const QString story = QStringLiteral("story-%1").arg(knot.knotId);
        const QPointer<QQuickItem> techniqueRow = h.item(technique);
        const QPointer<QQuickItem> storyRow = h.item(story);
        QVERIFY(techniqueRow && storyRow);
        // Read again with nothing changed: the rows on screen are the same items.
        history->reload();
        QCOMPARE(h.item(technique), techniqueRow.data());
        QCOMPARE(h.item(story), storyRow.data());
        // A new reading changes that knot's row; the list shows it, the others stay.
        const int next = knot.latest == 9 ? 8 : 9;
        QVERIFY(h.state->knotEditor()->logReading(knot.knotId, next, 0, QString(),
                                                  h.state->knotEditor()->now()));
        history->reload();
        bool found = false;
        for (const QVariant& row : history->knots()) {
            if (row.value<ui::KnotRow>().knotId == knot.knotId) {
                QCOMPARE(row.value<ui::KnotRow>().latest, next);
                found = true;
            }
        }
        QVERIFY(found);
        QTRY_VERIFY(h.item(story) != nullptr);
        const QPointer<QQuickItem> shown = h.item(story);
        QStringList texts;
        for (QQuickItem* label : shown->findChildren<QQuickItem*>())
            texts << label->property("text").toString();
        QVERIFY2(texts.contains(QStringLiteral("latest %1/10").arg(next)),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(h.item(technique), techniqueRow.data());
    }
};

QTEST_MAIN(HistoryTest)
#include "test_history.moc"
