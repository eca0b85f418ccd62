// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// KnotMap's composition root: read the command line, open the store, build the
// services, hand them to QML. No domain rules live here.
#include "cli/datacommands.h"
#include "cli/reportcommand.h"
#include "common/dialogcolours.h"
#include "knotmap/backup.h"
#include "knotmap/demo.h"
#include "knotmap/files.h"
#include "knotmap/log.h"
#include "knotmap/store.h"
#include "knotmap_config.h"
#include "shell/appstate.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"
#include "shell/windowplace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <malloc.h>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

namespace {

using namespace knotmap;

struct Launch {
    QString databasePath;
    bool demo = false;
    bool readOnly = false;
    bool selfTest = false;
    bool timeStartUp = false;
    QString screenshot;
    ui::WindowOptions window;
    bool sizeGiven = false; // --size or --page: as given, not as remembered
    bool pageGiven = false;
    QString theme;
};

void complain(const QString& message) {
    std::fprintf(stderr, "knotmap: %s\n", qPrintable(message));
}

// Runs without a display when the run only renders offscreen.
void chooseOffscreenIfHeadless(int argc, char** argv) {
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--screenshot" || arg == "--self-test" || arg == "--time-start-up" ||
            arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

std::optional<Launch> checked(Launch launch, const QString& size);

std::optional<Launch> parse(QCommandLineParser& parser, const QStringList& args) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Map, track and care for muscle knots. Your data stays on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The commands run without a window; each has its own --help.
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main", "Instead of the window, one of:\n"
                                            "report: the physiotherapist's summary as a PDF\n"
                                            "export: everything as JSON or CSV, or a FHIR record\n"
                                            "import: read a JSON export into the database\n"
                                            "restore: put a backup back in place\n"
                                            "Each has its own help: knotmap <command> --help"),
        QStringLiteral("[command]"));
    const QCommandLineOption db(
        QStringLiteral("db"), QCoreApplication::translate("main", "Use the database file <path>."),
        QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a separate demo database with 60 days of sample "
                                            "history, made afresh each time."));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QCoreApplication::translate("main", "Open the database without changing it: look, "
                                            "but save nothing."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen, save it as a PNG to "
                                            "<path> after the first frame, and quit."),
        QStringLiteral("path"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, e.g. 1280x800 (default)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main", "Page to open: body, today, selfcare, history, report or data."),
        QStringLiteral("name"), QStringLiteral("body"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colours: light, dark or system (default)."),
        QStringLiteral("name"), QStringLiteral("system"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Load every page and quit; exit status 0 if all "
                                            "loaded without errors."));
    const QCommandLineOption timeStartUp(
        QStringLiteral("time-start-up"),
        QCoreApplication::translate("main", "Render offscreen, print the moment the first frame "
                                            "was shown (monotonic clock, ns) and quit; used by "
                                            "./dev bench."));
    parser.addOptions({db, demo, readOnly, screenshot, size, page, theme, ui::languageOption(),
                       selfTest, timeStartUp});
    parser.process(args); // exits on --help, --version and unknown options
    if (!parser.positionalArguments().isEmpty()) {
        complain(QCoreApplication::translate("main", "there is no command “%1”; the commands are "
                                                     "report, export, import and restore.")
                     .arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }

    Launch launch;
    launch.databasePath = parser.value(db);
    launch.demo = parser.isSet(demo);
    launch.readOnly = parser.isSet(readOnly);
    launch.selfTest = parser.isSet(selfTest);
    launch.timeStartUp = parser.isSet(timeStartUp);
    launch.screenshot = parser.value(screenshot);
    launch.theme = parser.value(theme);
    launch.window.page = parser.value(page);
    launch.sizeGiven = parser.isSet(size);
    launch.pageGiven = parser.isSet(page);
    return checked(std::move(launch), parser.value(size));
}

// The launch with its --size read, when --size, --page and --theme are ones KnotMap knows;
// otherwise it says which is wrong.
std::optional<Launch> checked(Launch launch, const QString& size) {
    const QStringList wh = size.split(QLatin1Char('x'));
    bool okW = false;
    bool okH = false;
    if (wh.size() == 2)
        launch.window.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
    if (!okW || !okH || launch.window.size.width() < 320 || launch.window.size.height() < 240) {
        complain(QCoreApplication::translate("main",
                                             "--size must look like 1280x800 (at least 320x240)"));
        return std::nullopt;
    }
    if (!std::any_of(std::begin(ui::kPageNames), std::end(ui::kPageNames),
                     [&](const char* n) { return launch.window.page == QLatin1String(n); })) {
        complain(QCoreApplication::translate(
            "main", "--page must be one of body, today, selfcare, history, report, data"));
        return std::nullopt;
    }
    if (launch.theme != QLatin1String("light") && launch.theme != QLatin1String("dark") &&
        launch.theme != QLatin1String("system")) {
        complain(QCoreApplication::translate("main", "--theme must be light, dark or system"));
        return std::nullopt;
    }
    return launch;
}

QString dataFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// Opens the database the user asked for; whether a file may be rebuilt as a demo is
// core's rule (demo::open).
Result<std::unique_ptr<Store>> openStore(const QString& path, bool demo, bool readOnly,
                                         const Clock& clock, const AtlasSource& atlas) {
    const std::filesystem::path file = path.toStdString();
    if (demo)
        return demo::open(file, clock, atlas.get());
    OpenOptions options;
    options.readOnly = readOnly;
    options.atlas = atlas;
    return Store::open(file, options);
}

// A PNG of the window through the one file writer (files.h); "" or why not.
QString saveScreenshot(const QImage& image, const QString& path, const QString& database) {
    auto out =
        files::OutputFile::create(path.toStdString(), files::Protected(database.toStdString()));
    if (!out)
        return QString::fromStdString(out.error().message);
    if (image.isNull() || !image.save(QString::fromStdString(out->temporary().string()), "PNG"))
        return QCoreApplication::translate("main", "could not save the screenshot to %1").arg(path);
    if (auto ok = out->commit(); !ok)
        return QString::fromStdString(ok.error().message);
    return {};
}

bool systemIsDark() {
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

// Start-up work beside the window (reading the body map, opening and checking the database)
// runs at a lower priority than the window's own threads, so on two cores it takes what the
// QML compiler and the main thread leave instead of slowing both. On a desktop, where each
// session's processes share one scheduling group, this orders KnotMap's own threads only.
// Linux sets a niceness for the calling thread alone.
void yieldToTheWindow() {
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
}

// The body map and the knowledge data, read on another thread while the window's QML
// compiles.
struct Data {
    std::optional<BodyAtlas> atlas;
    std::optional<KnowledgeBase> knowledge;
    QString error; // why either could not be loaded
};

Data readData() {
    yieldToTheWindow();
    Data data;
    auto atlas = ui::loadBodyAtlas();
    if (!atlas) {
        data.error = QString::fromStdString(atlas.error().message);
        return data;
    }
    data.atlas = std::move(atlas).value();
    if (auto loaded = ui::loadKnowledge(*data.atlas); loaded)
        data.knowledge = std::move(loaded).value();
    else
        data.error = QString::fromStdString(loaded.error().message);
    // The JSON read above is freed, but into this thread's own heap, which keeps it: give
    // it back to the system.
    ::malloc_trim(0);
    return data;
}

// `knotmap report|restore|export|import ...`, or nothing when argv names no subcommand.
std::optional<int> runCommand(const QByteArray& command) {
    using Run = int (*)(const QStringList&, const QString&);
    Run run = command == "report"    ? &ui::runReportCommand
              : command == "import"  ? &ui::runImportCommand
              : command == "restore" ? &ui::runRestoreCommand
              : command == "export"  ? &ui::runExportCommand
                                     : nullptr;
    if (run == nullptr)
        return std::nullopt;
    log::setUp(std::nullopt);
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1);
    return run(args, dataFolder() + QStringLiteral("/knotmap.sqlite"));
}

// --self-test, --screenshot and --time-start-up: act once a second frame is on screen (the
// first may still be settling), then quit. Lives as long as the event loop it acts in.
class HeadlessRun : public QObject {
public:
    HeadlessRun(QQuickWindow* window, const Launch& launch, const int& qmlWarnings)
        : m_window(window)
        , m_launch(launch)
        , m_qmlWarnings(qmlWarnings) {
        connect(window, &QQuickWindow::frameSwapped, this, &HeadlessRun::frameShown);
        window->update();
    }

private:
    void frameShown() {
        if (m_launch.timeStartUp && m_frames == 0) {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-frame %lld\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
            return;
        }
        if (++m_frames == 1)
            m_window->update(); // nothing else may ask for another frame
        if (m_frames == 2)
            QTimer::singleShot(0, this, &HeadlessRun::act);
    }

    void act() {
        if (m_launch.selfTest) {
            // Pages are made when first shown: show each, then the first again.
            const int shown = m_window->property("currentPage").toInt();
            for (int page = 0; page < static_cast<int>(std::size(ui::kPageNames)); ++page) {
                m_window->setProperty("currentPage", page);
                QCoreApplication::processEvents();
            }
            m_window->setProperty("currentPage", shown);
        }
        int status = m_qmlWarnings == 0 ? 0 : 1;
        if (!m_launch.screenshot.isEmpty()) {
            if (const QString error = saveScreenshot(m_window->grabWindow(), m_launch.screenshot,
                                                     m_launch.databasePath);
                !error.isEmpty()) {
                complain(error);
                status = 1;
            }
        }
        if (m_launch.selfTest && m_qmlWarnings > 0)
            complain(QCoreApplication::translate("main", "self-test found %1 QML warning(s)")
                         .arg(m_qmlWarnings));
        QCoreApplication::exit(status);
    }

    QQuickWindow* m_window;
    const Launch& m_launch;
    const int& m_qmlWarnings;
    int m_frames = 0;
};

bool isHeadless(const Launch& launch) {
    return launch.selfTest || launch.timeStartUp || !launch.screenshot.isEmpty();
}

// What an open that failed says, and whether a backup may stand in for the file.
struct Opened {
    std::unique_ptr<Store> store;
    QString error;
    bool refused = false;
};

Opened opened(Result<std::unique_ptr<Store>> store, const Data& data) {
    Opened o;
    o.error = data.error;
    if (store)
        o.store = std::move(*store);
    else if (o.error.isEmpty()) {
        o.error = QString::fromStdString(store.error().message);
        o.refused = backup::canReplaceRefused(store.error().code);
    }
    if (!o.error.isEmpty()) {
        log::store()->info("{}", o.error.toStdString()); // stderr gets the plain sentence
        complain(o.error);
    }
    return o;
}

// One run of the window: the database opened on another thread while Main.qml compiles
// here and the body map is read on a third (start-up waits for the longest, not all),
// then the event loop. An update of an older database waits for the body map, which it
// needs. Returns the exit status, or nothing when a restored backup asks to open again.
std::optional<int> runWindow(const Launch& launch, const std::shared_future<Data>& reading,
                             bool dark) {
    const SystemClock clock;
    const SystemMonotonicClock steady;
    auto opening = std::async(std::launch::async, [&] {
        yieldToTheWindow();
        const AtlasSource atlas([&reading]() -> const BodyAtlas* {
            const Data& read = reading.get();
            return read.atlas ? &*read.atlas : nullptr;
        });
        return openStore(launch.databasePath, launch.demo, launch.readOnly, clock, atlas);
    });
    std::optional<ui::AppState> state; // made once the store is open; outlives the engine
    QQmlApplicationEngine engine;
    int qmlWarnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, [&](const QList<QQmlError>& warnings) {
        qmlWarnings += static_cast<int>(warnings.size());
    });
    const auto compiled = ui::compileMainWindow(engine);

    auto store = opening.get();
    const Data* data = &reading.get();
    Opened o = opened(std::move(store), *data);
    state.emplace(std::move(o.store), data->atlas ? &*data->atlas : nullptr,
                  data->knowledge ? &*data->knowledge : nullptr, o.error, clock, steady,
                  ui::AppState::Options{launch.databasePath, launch.demo, dark, o.refused});
    // A window for a person opens where it was, on the page it showed, inside the screen.
    const ui::WindowMemory memory = ui::WindowMemory::standard();
    const auto remembered = isHeadless(launch) ? std::nullopt : memory.read();
    ui::WindowOptions shown = launch.window;
    if (remembered && !launch.pageGiven)
        shown.page = remembered->page;
    shown.figureCache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/figures");
    QQuickWindow* window = ui::loadMainWindow(engine, *state, shown);
    if (window == nullptr) {
        complain(QCoreApplication::translate("main", "the user interface failed to load"));
        return 1;
    }
    if (!isHeadless(launch) && !launch.sizeGiven && window->screen() != nullptr) {
        const QRect place =
            ui::placeWithin(remembered ? std::optional(remembered->frame) : std::nullopt,
                            shown.size, window->screen()->availableGeometry());
        window->resize(place.size());
        window->setFramePosition(place.topLeft());
    }
    if (!isHeadless(launch))
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, window,
                         [&memory, window] { memory.remember(*window); });
    // Every rule checked, and a consistent copy made at most once a day, on another
    // thread once the window is up; damage is shown, never backed up.
    if (!launch.demo && !isHeadless(launch))
        state->data()->startDailyCheck();
    std::optional<HeadlessRun> headless;
    if (isHeadless(launch))
        headless.emplace(window, launch, qmlWarnings);
    // A backup restored from the start-up error panel: open the database again.
    bool reopen = false;
    QObject::connect(state->recovery(), &ui::StartupRecovery::reopenRequested, [&] {
        reopen = true;
        QCoreApplication::exit(0);
    });
    const int status = QGuiApplication::exec();
    return reopen ? std::nullopt : std::optional<int>(status);
}

} // namespace

int main(int argc, char** argv) {
    // Health data: every file and folder KnotMap makes (the log and its rotations, Qt's
    // caches, SQLite's -wal and -shm) is its owner's only, whoever made it.
    ::umask(0077);
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool isCommand =
        command == "report" || command == "restore" || command == "export" || command == "import";
    if (isCommand && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a PDF needs fonts, not a display
    chooseOffscreenIfHeadless(argc, argv);
    ui::useDesktopDialogs();
    QApplication app(argc, argv); // widgets only for the print and save dialogs
    QCoreApplication::setApplicationName(QStringLiteral("KnotMap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KNOTMAP_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(KNOTMAP_APP_ID));
    // Before any text is made, --help included.
    if (!ui::installLanguage(ui::requestedLanguage(QCoreApplication::arguments()))) {
        std::fprintf(stderr, "knotmap: --lang must be one of %s\n",
                     qPrintable(ui::availableLanguages().join(QLatin1String(", "))));
        return 2;
    }
    if (auto status = runCommand(command))
        return *status;

    QCommandLineParser parser;
    auto launch = parse(parser, QCoreApplication::arguments());
    if (!launch)
        return 2;
    std::optional<std::filesystem::path> logFile;
    if (!isHeadless(*launch))
        logFile = (dataFolder() + QStringLiteral("/logs/knotmap.log")).toStdString();
    log::setUp(logFile);
    std::optional<QTemporaryDir> scratch; // a self-test without --db must not touch real data
    if (launch->databasePath.isEmpty() && launch->selfTest)
        launch->databasePath = scratch.emplace().filePath(QStringLiteral("self-test.sqlite"));
    else if (launch->databasePath.isEmpty())
        launch->databasePath =
            dataFolder() + QLatin1Char('/') +
            (launch->demo ? QLatin1String(demo::kFileName) : QLatin1String("knotmap.sqlite"));

    const std::shared_future<Data> reading = std::async(std::launch::async, readData).share();
    const bool dark = launch->theme == QLatin1String("dark") ||
                      (launch->theme == QLatin1String("system") && systemIsDark());
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    for (;;) {
        if (auto status = runWindow(*launch, reading, dark))
            return *status;
    }
}
