// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: a window built exactly as main.cpp builds it, on a real SQLite
// file in a temp folder, and helpers to find items and click them as a user would.
#include "bodymap/knotlistmodel.h"
#include "checkin/checkinlistmodel.h"
#include "common/kinds.h"
#include "knotmap/backup.h"
#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "knotmap/knots.h"
#include "knotmap/store.h"
#include "selfcare/sessionlistmodel.h"
#include "shell/appstate.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace knotmap::test {

// The item named `name` below `root`; a visible one if there is one, as a user would see.
inline QQuickItem* findItem(QQuickItem* root, const QString& name, bool visibleOnly) {
    if (root == nullptr || (visibleOnly && !root->isVisible()))
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* found = findItem(child, name, visibleOnly))
            return found;
    }
    return nullptr;
}

inline QQuickItem* findItem(QQuickItem* root, const QString& name) {
    QQuickItem* visible = findItem(root, name, true);
    return visible != nullptr ? visible : findItem(root, name, false);
}

// The atlas the app embeds, loaded once as main.cpp loads it.
inline const BodyAtlas& embeddedAtlas() {
    static const BodyAtlas atlas = [] {
        auto loaded = ui::loadBodyAtlas();
        if (!loaded)
            qFatal("atlas: %s", loaded.error().message.c_str());
        return std::move(loaded).value();
    }();
    return atlas;
}

inline const KnowledgeBase& embeddedKnowledge() {
    static const KnowledgeBase knowledge = [] {
        auto loaded = ui::loadKnowledge(embeddedAtlas());
        if (!loaded)
            qFatal("knowledge: %s", loaded.error().message.c_str());
        return std::move(loaded).value();
    }();
    return knowledge;
}

// Saves `image` as a PNG in $KNOTMAP_TEST_SHOTS, for reviewing what tests see.
inline void shootImage(const QImage& image, const QString& name) {
    const QString folder = qEnvironmentVariable("KNOTMAP_TEST_SHOTS");
    if (!folder.isEmpty())
        image.save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Another program (not KnotMap: a second KnotMap would open the file read-only) saves
// today's check-in, every score `pain`, through its own connection, behind the window's
// back; over an existing one it counts a revision, as KnotMap's own saves do.
inline bool saveCheckInElsewhere(const QString& path, const Clock& clock, int pain) {
    auto db = sql::Database::open(path.toStdString(), sql::Database::Access::ReadWrite);
    if (!db)
        return false;
    db->setBusyTimeout(3000);
    auto insert = db->prepare(
        "INSERT INTO check_in (day, pain_now, pain_worst, pain_least, pain_average, updated_at) "
        "VALUES (?1, ?2, ?2, ?2, ?2, ?3) ON CONFLICT (day) DO UPDATE SET pain_now = ?2, "
        "pain_worst = ?2, pain_least = ?2, pain_average = ?2, revision = revision + 1");
    if (!insert)
        return false;
    insert->bind(1, formatDate(clock.today()))
        .bind(2, pain)
        .bind(3, static_cast<std::int64_t>(clock.now().time_since_epoch().count()));
    return insert->run().ok();
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A window on a store in a temp folder, built exactly as main.cpp builds it.
// English as the app shows it: the plural forms ("1 session") come from knotmap_en.qm, as
// in the app (shell/language.cpp); the locale stays the test's own.
inline void installEnglishPlurals() {
    static const bool installed = [] {
        auto* translator = new QTranslator(QCoreApplication::instance());
        return translator->load(QStringLiteral("knotmap_en"),
                                QStringLiteral(KNOTMAP_TRANSLATIONS_DIR)) &&
               QCoreApplication::installTranslator(translator);
    }();
    if (!installed)
        qFatal("knotmap_en.qm did not load from %s", KNOTMAP_TRANSLATIONS_DIR);
}

// Where the windows made after this keep their drawn body figures (FigureImages); empty,
// as by default, keeps none, so each window draws its own.
inline QString& figureCacheFolder() {
    static QString folder;
    return folder;
}

class Harness {
public:
    explicit Harness(const QString& dbPath, bool demo = false, bool dark = false,
                     QSize size = QSize(1280, 800), OpenOptions options = {})
        : clock(SystemClock().now())
        , m_size(size) {
        auto opened = Store::open(dbPath.toStdString(), options);
        if (!opened)
            qFatal("store: %s", opened.error().message.c_str());
        if (demo && !demo::fillDemoHistory(**opened, clock).ok())
            qFatal("demo failed");
        state =
            std::make_unique<ui::AppState>(std::move(*opened), &atlas, &knowledge, QString(), clock,
                                           steady, ui::AppState::Options{dbPath, demo, dark});
        load();
    }
    Harness(const QString& error, std::nullptr_t)
        : clock(SystemClock().now()) {
        state = std::make_unique<ui::AppState>(
            nullptr, &atlas, &knowledge, error, clock, steady,
            ui::AppState::Options{QStringLiteral("x"), false, false});
        load();
    }
    // A database the store refuses, shown as main.cpp shows it.
    static std::unique_ptr<Harness> refusing(const QString& dbPath) {
        auto opened = Store::open(dbPath.toStdString());
        if (opened)
            qFatal("the store opened %s", qPrintable(dbPath));
        auto h = std::unique_ptr<Harness>(new Harness);
        h->state = std::make_unique<ui::AppState>(
            nullptr, &h->atlas, &h->knowledge, QString::fromStdString(opened.error().message),
            h->clock, h->steady,
            ui::AppState::Options{dbPath, false, false,
                                  backup::canReplaceRefused(opened.error().code)});
        h->load();
        return h;
    }

    QQuickItem* item(const QString& name, QQuickItem* within = nullptr) const {
        QQuickItem* found = findItem(within != nullptr ? within : window->contentItem(), name);
        if (found == nullptr)
            qWarning("no item named %s", qPrintable(name));
        return found;
    }
    // Whether an item of that name is on screen: one made only when needed (the emergency
    // notice) may not exist at all.
    bool showing(const QString& name) const {
        QQuickItem* found = findItem(window->contentItem(), name);
        return found != nullptr && found->isVisible();
    }
    // Scrolls every view around `target` (each FocusScrollView) to show it, as a person
    // scrolls to a button before clicking it.
    static void reveal(QQuickItem* target) {
        for (QQuickItem* p = target->parentItem(); p != nullptr; p = p->parentItem()) {
            if (p->metaObject()->indexOfMethod("reveal(QQuickItem*)") >= 0)
                QMetaObject::invokeMethod(p, "reveal", Q_ARG(QQuickItem*, target));
        }
    }
    // Clicks the centre of an item, scrolled into sight, once its place has settled: a
    // panel that has just appeared may still be laid out on the next frames.
    void click(QQuickItem* target) const {
        QVERIFY(target != nullptr);
        reveal(target);
        auto centre = [&] {
            return target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        };
        QPointF last = centre();
        for (int settled = 0, rounds = 0; settled < 3 && rounds < 100; ++rounds) {
            QTest::qWait(10);
            const QPointF now = centre();
            settled = now == last ? settled + 1 : 0;
            last = now;
        }
        QTest::mouseClick(window, Qt::LeftButton, {}, last.toPoint());
    }
    // Presses Tab until the keyboard focus is on the item named `name` or inside it, as a
    // person tabs to a control; false if 80 presses do not reach it.
    bool tabTo(const QString& name) const {
        for (int i = 0; i < 80; ++i) {
            for (QQuickItem* f = window->activeFocusItem(); f != nullptr; f = f->parentItem()) {
                if (f->objectName() == name)
                    return true;
            }
            QTest::keyClick(window, Qt::Key_Tab);
        }
        return false;
    }
    // Types text into whatever has the keyboard focus, one key at a time.
    void type(const QString& text) const {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }
    // Clicks a number on each of Today's four scales.
    void chooseScores(int now, int worst, int least, int average) const {
        const std::pair<const char*, int> choices[] = {{"scale-now", now},
                                                       {"scale-worst", worst},
                                                       {"scale-least", least},
                                                       {"scale-average", average}};
        for (const auto& [scale, score] : choices)
            click(item(QStringLiteral("score-%1").arg(score), item(QLatin1String(scale))));
    }

    // Answers the first-use questions (history facts and the general screen) "no", as a
    // person who has none of those signs does before any self-care is suggested.
    void answerFirstUse() const {
        QStringList ids;
        for (const QVariant& q : state->guide()->questionsDue(QString()))
            ids << q.value<ui::QuestionInfo>().id;
        QVERIFY(state->guide()->answer(ids, QList<bool>(ids.size(), false), QString()));
        QVERIFY(!state->guide()->screeningDue());
    }

    // The ids of the questions the open warning-sign sheet shows now.
    QStringList shownQuestions() const {
        QStringList ids;
        auto* sheet = window->findChild<QObject*>(QStringLiteral("redFlagSheet"));
        for (const QVariant& q : sheet->property("shown").toList())
            ids << q.value<ui::QuestionInfo>().id;
        return ids;
    }
    // Answers every question the open warning-sign sheet shows by clicking, "yes" to those
    // in `yes` and "no" to the rest, one at a time: a history fact answered changes which
    // questions are shown. Returns the ids answered, in order.
    // The warning-sign sheet, which is made the first time it is asked for: waits for it.
    QObject* redFlagSheet() const {
        QObject* sheet = nullptr;
        for (int waited = 0; waited <= 5000; waited += 10) {
            sheet = window->findChild<QObject*>(QStringLiteral("redFlagSheet"));
            if (sheet != nullptr)
                return sheet;
            QTest::qWait(10);
        }
        qWarning("the warning-sign sheet was never made");
        return nullptr;
    }

    QStringList answerRedFlags(const QStringList& yes = {}) const {
        auto* sheet = redFlagSheet();
        QStringList done;
        for (int round = 0; round < 200; ++round) {
            const QVariantMap answers = sheet->property("answers").toMap();
            QString next;
            for (const QString& id : shownQuestions()) {
                if (!answers.contains(id)) {
                    next = id;
                    break;
                }
            }
            if (next.isEmpty())
                break;
            click(
                item((yes.contains(next) ? QStringLiteral("yes-") : QStringLiteral("no-")) + next));
            done << next;
        }
        return done;
    }

    // Waits for the warning-sign sheet, answers it (answerRedFlags) and saves.
    void saveRedFlags(const QStringList& yes = {}) const {
        auto* sheet = redFlagSheet();
        QVERIFY(sheet != nullptr);
        QTRY_VERIFY(sheet->property("opened").toBool());
        answerRedFlags(yes);
        click(item(QStringLiteral("redFlagSave")));
        QTRY_VERIFY(!sheet->property("visible").toBool());
    }

    // Closes the warning-sign questions if they are showing, as "Not now" does.
    void closeRedFlags() const {
        auto* sheet = window->findChild<QObject*>(QStringLiteral("redFlagSheet"));
        if (sheet != nullptr && sheet->property("opened").toBool())
            QMetaObject::invokeMethod(sheet, "close");
        // A closing popup keeps its modal dimmer until it is no longer visible.
        QTRY_VERIFY(sheet == nullptr || !sheet->property("visible").toBool());
    }

    // Whether the knot sheet (a popup, outside the item tree while closed) is open.
    bool sheetOpen() const {
        auto* sheet = window->findChild<QObject*>(QStringLiteral("knotSheet"));
        return sheet != nullptr && sheet->property("visible").toBool();
    }

    // Saves the window as a PNG in $KNOTMAP_TEST_SHOTS, for reviewing what tests see.
    void shoot(const QString& name) const { shootImage(window->grabWindow(), name); }

    FixedClock clock;
    ManualMonotonicClock steady; // sessions run on this: tests move it forward
    const BodyAtlas& atlas = embeddedAtlas();
    const KnowledgeBase& knowledge = embeddedKnowledge();
    std::unique_ptr<ui::AppState> state;
    QQmlApplicationEngine engine;
    QQuickWindow* window = nullptr;

private:
    Harness()
        : clock(SystemClock().now()) {}
    QSize m_size{1280, 800};
    void load() {
        installEnglishPlurals();
        ui::WindowOptions options;
        options.size = m_size;
        options.figureCache = figureCacheFolder();
        window = ui::loadMainWindow(engine, *state, options);
        QVERIFY(window != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
};

// Logs a knot on the right quadratus lumborum and starts a session on it (the first
// technique offered, tenderness before 6).
inline void startSessionOnNewKnot(Harness& h) {
    h.state->knotEditor()->logKnot(knotmap::ui::FigureView::Back, 0.585, 0.405, 6, 0, "",
                                   h.state->knotEditor()->now());
    h.saveRedFlags();
    h.click(h.item(QStringLiteral("nav-selfcare")));
    h.click(h.item(QStringLiteral("score-6"), h.item(QStringLiteral("tendernessBefore"))));
    h.click(h.item(QStringLiteral("startSession")));
    QTRY_VERIFY(h.state->runner()->running());
}

} // namespace knotmap::test
