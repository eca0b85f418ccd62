// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Report: the summary previewed, saved as PDF and printed.
#include "harness.h"
#include "history/painchart.h"
#include "history/painchartitem.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/reminder.h"
#include "knotmap/sessions.h"
#include "report/reportbuilder.h"
#include "report/reportpreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

class ReportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    // The report by keyboard only: the page from the sidebar, three months, a name, and
    // "Save as PDF..." with Enter, through the real save dialog, to a real PDF.
    void aReportByKeyboardOnly() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        h.item(QStringLiteral("nav-body"))->forceActiveFocus(Qt::TabFocusReason);
        QVERIFY(h.tabTo(QStringLiteral("nav-report")));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(h.item(QStringLiteral("reportPreview"))->isVisible());
        QVERIFY(h.tabTo(QStringLiteral("reportLast90")));
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_COMPARE(h.state->report()->from(),
                     QDate::currentDate().addDays(-89).toString(Qt::ISODate));
        QVERIFY(h.tabTo(QStringLiteral("reportName")));
        h.type(QStringLiteral("Alex"));
        QVERIFY(h.tabTo(QStringLiteral("reportSave")));
        QCOMPARE(h.state->report()->name(), QStringLiteral("Alex")); // kept on leaving
        QString saved = dir.path();
        QString suggested;
        bool answered = false;
        // The dialog runs its own loop: answer it, as a person would, once it shows.
        QTimer::singleShot(300, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr)
                return;
            suggested = dialog->selectedFiles().value(0);
            dialog->setDirectory(saved);
            QMetaObject::invokeMethod(dialog, "accept");
            answered = true;
        });
        QTest::keyClick(h.window, Qt::Key_Return);
        QTRY_VERIFY(answered);
        // It offered a good name in the Documents folder, or the home folder where there is
        // none: never the folder KnotMap was started from.
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString start = QFileInfo(documents).isDir() ? documents : QDir::homePath();
        const QString name = QStringLiteral("knotmap-summary-%1-to-%2.pdf")
                                 .arg(h.state->report()->from(), h.state->report()->to());
        QCOMPARE(suggested, start + QLatin1Char('/') + name);
        // The dialog keeps the offered name in the folder chosen.
        saved = dir.filePath(name);
        QTRY_VERIFY2(QFileInfo::exists(saved),
                     qPrintable(h.state->report()->property("status").toString()));
        QFile pdf(saved);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
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
        // The range buttons show which one is chosen.
        QVERIFY(h.item(QStringLiteral("reportLast30"))->property("checked").toBool());
        QVERIFY(!h.item(QStringLiteral("reportLast90"))->property("checked").toBool());

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
        QVERIFY(h.item(QStringLiteral("reportLast90"))->property("checked").toBool());
        QVERIFY(!h.item(QStringLiteral("reportLast30"))->property("checked").toBool());

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
        // The name is remembered for the next summary, in the database itself.
        {
            OpenOptions look;
            look.readOnly = true;
            auto kept = Store::open(dir.filePath(QStringLiteral("k.sqlite")).toStdString(), look);
            QVERIFY(kept);
            QCOMPARE((*kept)->setting("report.name")->value_or(""), std::string("Alex Example"));
        }

        // Print with no printer set up says so and offers the PDF instead (Qt's own dialog
        // would offer only "print to file"). Machines with a printer skip this part.
        if (QPrinterInfo::availablePrinters().isEmpty()) {
            QVERIFY(!report->printWithDialog());
            QVERIFY(report->noPrinter());
            QVERIFY(report->status().startsWith(QStringLiteral("No printer is set up")));
            QTRY_VERIFY(h.item(QStringLiteral("reportSaveInstead"))->isVisible());
            QVERIFY(report->saveTo(saved));
            QVERIFY(!report->noPrinter());
        }

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
};

QTEST_MAIN(ReportTest)
#include "test_report.moc"
