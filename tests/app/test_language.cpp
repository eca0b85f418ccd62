// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The interface in German, as `--lang de` gives it: the same window, driven by clicks, reads
// German in the navigation, on the pages and in the rules core checks, and dates follow
// the German locale. English stays the default (test_pages.cpp runs without a translator).
#include "harness.h"
#include "knotmap/checkins.h"
#include "knotmap/text.h"
#include "shell/language.h"

#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

using namespace knotmap;
using namespace knotmap::test;

class LanguageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QVERIFY(
            !ui::installLanguage(QStringLiteral("xx"), QStringLiteral(KNOTMAP_TRANSLATIONS_DIR)));
        QVERIFY(
            ui::installLanguage(QStringLiteral("de"), QStringLiteral(KNOTMAP_TRANSLATIONS_DIR)));
    }

    void theCommandLineFindsTheLanguage() {
        const QStringList args{"knotmap", "--db", "x.sqlite", "--lang", "de"};
        QCOMPARE(ui::requestedLanguage(args), QStringLiteral("de"));
        QCOMPARE(ui::requestedLanguage({"knotmap", "--lang=en"}), QStringLiteral("en"));
        QCOMPARE(ui::requestedLanguage({"knotmap", "--", "--lang", "de"}), QString());
        QCOMPARE(ui::requestedLanguage({"knotmap"}), QString());
    }

    void navigationAndPagesReadGerman() {
        QTemporaryDir dir;
        Harness h(dir.filePath(QStringLiteral("k.sqlite")), true);
        const std::pair<const char*, const char*> nav[] = {
            {"nav-body", "Körperkarte"},         {"nav-today", "Heute"},
            {"nav-selfcare", "Selbsthilfe"},     {"nav-history", "Verlauf"},
            {"nav-report", "Bericht"},           {"nav-data", "Ihre Daten"},
            {"nav-warning-signs", "Warnzeichen"}};
        for (const auto& [name, title] : nav)
            QCOMPARE(h.item(QLatin1String(name))->property("text").toString(),
                     QString::fromUtf8(title));
        h.shoot(QStringLiteral("de-body"));
        for (const char* page : {"today", "selfcare", "history", "report", "data"}) {
            h.click(h.item(QStringLiteral("nav-") + QLatin1String(page)));
            QTRY_VERIFY(h.item(QStringLiteral("page-") + QLatin1String(page))->isVisible());
            h.shoot(QStringLiteral("de-") + QLatin1String(page));
        }
    }

    void aBrokenRuleFromCoreReadsGermanAndNothingIsSaved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Harness h(path);
        h.click(h.item(QStringLiteral("nav-today")));
        h.chooseScores(9, 5, 2, 3);
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QQuickItem* scaleNow = h.item(QStringLiteral("scale-now"));
        QTRY_COMPARE(scaleNow->property("errorText").toString(),
                     QStringLiteral("Der Schmerz jetzt gerade sollte zwischen dem geringsten und "
                                    "dem stärksten liegen."));
        auto store = Store::open(path.toStdString());
        CheckInRepository repo(**store, h.clock);
        QCOMPARE(*repo.count(), 0);

        h.chooseScores(4, 7, 2, 5);
        h.click(h.item(QStringLiteral("saveCheckIn")));
        QTRY_VERIFY(h.item(QStringLiteral("saveStatus"))
                        ->property("text")
                        .toString()
                        .startsWith(QStringLiteral("Gespeichert um")));
        QCOMPARE(*repo.count(), 1);
        h.shoot(QStringLiteral("de-today-saved"));
    }

    void coreSentencesAndDatesFollowTheLanguage() {
        QCOMPARE(QString::fromStdString(translate("rows", "That knot no longer exists.")),
                 QStringLiteral("Diesen Knoten gibt es nicht mehr."));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(QDate(2026, 3, 1), QStringLiteral("MMMM")),
                 QStringLiteral("März"));
    }
};

QTEST_MAIN(LanguageTest)
#include "test_language.moc"
