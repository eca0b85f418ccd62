// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// knotmap-bench: times KnotMap's work against a floor measured in the same run and prints
// one Markdown table; with --out it also writes the table into docs/PERFORMANCE.md between
// its markers. Every figure is the median of repeated runs.
//
//   knotmap-bench --app build/release/app/knotmap --bare build/release/bench/knotmap-bare-window
//                 --db10 history-10y.sqlite --work DIR [--runs N] [--out docs/PERFORMANCE.md]

#include "knotmap/backup.h"
#include "knotmap/knots.h"
#include "knotmap/store.h"
#include "shell/appstate.h"
#include "shell/mainwindow.h"
#include "shell/resources.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

Q_IMPORT_QML_PLUGIN(KnotMapPlugin)

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double msSince(Steady::time_point start) {
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

// Times `work` `runs` times after one warm-up run; the median in ms.
double medianMs(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    work();
    for (int i = 0; i < runs; ++i) {
        const auto start = Steady::now();
        work();
        ms.push_back(msSince(start));
    }
    return median(ms);
}

struct ProcessRun {
    int status = -1;
    double wallMs = 0;             // spawn to exit
    std::optional<double> frameMs; // spawn to the "first-frame" line, if printed
    double peakRssMb = 0;
};

// Runs a program, reading its standard output for a "first-frame <ns>" line.
ProcessRun runProcess(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    int out[2];
    if (::pipe(out) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    ProcessRun run;
    const auto start = Steady::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(out[0]);
        return run;
    }
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<std::size_t>(n));
    ::close(out[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.wallMs = msSince(start);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    if (const auto at = text.find("first-frame "); at != std::string::npos) {
        const long long ns = std::stoll(text.substr(at + 12));
        const auto startNs =
            std::chrono::duration_cast<std::chrono::nanoseconds>(start.time_since_epoch()).count();
        run.frameMs = static_cast<double>(ns - startNs) / 1e6;
    }
    return run;
}

// The floor for History: raw sqlite3 reading the rows History reads for a range
// (check-ins since the first, sessions of the range, readings of the range, every knot,
// pain areas).
void readRaw(sqlite3* db, std::int64_t fromSeconds) {
    const std::pair<const char*, bool> queries[] = {
        {"SELECT * FROM check_in ORDER BY day", false},
        {"SELECT * FROM self_care_session WHERE started_at >= ?1 ORDER BY started_at", true},
        {"SELECT * FROM knot_observation WHERE observed_at >= ?1 ORDER BY observed_at", true},
        {"SELECT * FROM knot ORDER BY created_at", false},
        {"SELECT * FROM pain_area WHERE cleared_at IS NULL OR cleared_at >= ?1", true},
    };
    for (const auto& [sql, bound] : queries) {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        if (bound)
            sqlite3_bind_int64(stmt, 1, fromSeconds);
        volatile std::int64_t sink = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                switch (sqlite3_column_type(stmt, c)) {
                case SQLITE_TEXT:
                    sink = sink + sqlite3_column_bytes(stmt, c);
                    break;
                case SQLITE_FLOAT:
                    sink = sink + static_cast<std::int64_t>(sqlite3_column_double(stmt, c));
                    break;
                default:
                    sink = sink + sqlite3_column_int64(stmt, c);
                }
            }
        }
        sqlite3_finalize(stmt);
    }
}

struct Row {
    std::string what;
    std::string ours;
    std::string floor;
    std::string compared;
    std::string target;
    bool met = false;
};

std::string fixed(double v, int decimals = 1) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, v);
    return text;
}

// A difference with its sign: "+12.1", "-4.0".
std::string signedFixed(double v) {
    std::string text = fixed(v);
    if (v >= 0)
        text.insert(text.begin(), '+');
    return text;
}

std::string dateDaysAgo(int days) {
    const std::time_t t = std::time(nullptr) - static_cast<std::time_t>(days) * 86400;
    std::tm local{};
    localtime_r(&t, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

std::string firstLine(const char* file, const char* key) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(key, 0) == 0)
            return line.substr(line.find(':') + 1);
    return {};
}

std::string machine() {
    std::string cpu = firstLine("/proc/cpuinfo", "model name");
    cpu.erase(0, cpu.find_first_not_of(' '));
    std::string mem = firstLine("/proc/meminfo", "MemTotal");
    const double gib = std::stod(mem.empty() ? "0" : mem) / 1024.0 / 1024.0;
    return cpu + ", " + std::to_string(sysconf(_SC_NPROCESSORS_ONLN)) + " cores, " + fixed(gib) +
           " GiB RAM";
}

// Waits until the window has shown a new frame (or 5 s passed).
void waitForFrame(QQuickWindow* window) {
    QEventLoop loop;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit,
                                    Qt::QueuedConnection);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(c);
}

// Writes the table between the markers of `path`, keeping everything else.
bool writeInto(const fs::path& path, const std::string& table) {
    const std::string begin = "<!-- bench:begin -->";
    const std::string end = "<!-- bench:end -->";
    std::ifstream in(path);
    std::stringstream all;
    all << in.rdbuf();
    std::string text = all.str();
    const auto b = text.find(begin);
    const auto e = text.find(end);
    if (b == std::string::npos || e == std::string::npos || e < b)
        return false;
    text.replace(b + begin.size(), e - b - begin.size(), "\n" + table);
    std::ofstream out(path);
    out << text;
    return static_cast<bool>(out);
}

// What a run measures with, from the command line.
struct Options {
    std::string app;  // the knotmap executable
    std::string bare; // the bare window, the start-up floor
    std::string db10; // the 10-year database
    std::string work; // a folder for the files the parts write
    int runs = 15;
    int processRuns = 7;
};

// An X server of the bench's own, for the start-up a desktop user sees: Xvfb, where Qt
// Quick draws with OpenGL through Mesa (llvmpipe), as on a desktop without a GPU driver.
class XServer {
public:
    XServer() {
        for (int n = 73; n < 99 && m_pid == 0; ++n) {
            const std::string socket = "/tmp/.X11-unix/X" + std::to_string(n);
            if (fs::exists(socket) || fs::exists("/tmp/.X" + std::to_string(n) + "-lock"))
                continue;
            const std::string display = ":" + std::to_string(n);
            std::vector<std::string> args = {"Xvfb",         display,     "-screen", "0",
                                             "1280x1024x24", "-nolisten", "tcp",     "-noreset"};
            std::vector<char*> argv;
            for (auto& a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            posix_spawn_file_actions_t actions;
            posix_spawn_file_actions_init(&actions);
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
            posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
            pid_t pid = 0;
            const int spawned = posix_spawnp(&pid, "Xvfb", &actions, nullptr, argv.data(), environ);
            posix_spawn_file_actions_destroy(&actions);
            if (spawned != 0)
                return;
            for (int waited = 0; waited < 100 && !fs::exists(socket); ++waited)
                ::usleep(50'000);
            if (!fs::exists(socket)) {
                ::kill(pid, SIGTERM);
                ::waitpid(pid, nullptr, 0);
                continue;
            }
            m_pid = pid;
            m_display = display;
        }
    }
    ~XServer() {
        if (m_pid != 0) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;

    bool running() const { return m_pid != 0; }
    const std::string& display() const { return m_display; }

private:
    pid_t m_pid = 0;
    std::string m_display;
};

// The programs the bench starts run with this platform (and display) while it lives.
class Platform {
public:
    Platform(const char* platform, const std::string& display) {
        ::setenv("QT_QPA_PLATFORM", platform, 1);
        if (!display.empty())
            ::setenv("DISPLAY", display.c_str(), 1);
    }
    ~Platform() {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::unsetenv("DISPLAY");
    }
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;
};

struct StartUps {
    std::vector<double> ours, controls, quick, oursRss, controlsRss;
};

// Starts KnotMap, the bare Controls window and the bare Qt Quick window in turn, `runs`
// times after one round that warms the disk cache.
std::optional<StartUps> timeStartUps(const Options& opt, bool withQuick) {
    StartUps s;
    for (int i = 0; i < opt.processRuns + 1; ++i) {
        const auto a = runProcess({opt.app, "--db", opt.db10, "--time-start-up"});
        const auto c = runProcess({opt.bare, "--controls"});
        const auto b = withQuick ? runProcess({opt.bare}) : ProcessRun{0, 0, 0.0, 0};
        if (i == 0)
            continue;
        if (a.status != 0 || !a.frameMs || c.status != 0 || !c.frameMs || b.status != 0 ||
            !b.frameMs) {
            std::fprintf(stderr, "knotmap-bench: a start-up run failed\n");
            return std::nullopt;
        }
        s.ours.push_back(*a.frameMs);
        s.controls.push_back(*c.frameMs);
        s.quick.push_back(*b.frameMs);
        s.oursRss.push_back(a.peakRssMb);
        s.controlsRss.push_back(c.peakRssMb);
    }
    return s;
}

// 1, 2: start-up to the first frame and its peak memory, against a bare Controls window,
// offscreen and under Xvfb.
bool startUp(const Options& opt, std::vector<Row>& rows) {
    const auto off = timeStartUps(opt, true);
    if (!off)
        return false;
    const double o = median(off->ours), c = median(off->controls), q = median(off->quick);
    const std::string floorName = " (bare Qt Quick Controls window, Fusion)";
    rows.push_back({"start-up to first frame, 10-year database, offscreen", fixed(o) + " ms",
                    fixed(c) + " ms" + floorName, fixed(o / c, 2) + "x", "at most 1.5x",
                    o <= 1.5 * c});
    const double om = median(off->oursRss), cm = median(off->controlsRss);
    rows.push_back({"peak memory of that start-up (RSS)", fixed(om) + " MB",
                    fixed(cm) + " MB (that window)", signedFixed(om - cm) + " MB", "at most +25 MB",
                    om - cm <= 25.0});
    rows.push_back({"for reference: a bare Qt Quick window (one rectangle, no Controls)",
                    fixed(q) + " ms", fixed(c) + " ms" + floorName, fixed(q / c, 2) + "x", "-",
                    true});

    const XServer x;
    if (!x.running()) {
        std::fprintf(stderr, "knotmap-bench: could not start Xvfb (install xvfb)\n");
        return false;
    }
    const Platform xcb("xcb", x.display());
    const auto gl = timeStartUps(opt, false);
    if (!gl)
        return false;
    const double xo = median(gl->ours), xc = median(gl->controls);
    rows.push_back({"start-up to first frame, 10-year database, under Xvfb (OpenGL by Mesa "
                    "llvmpipe)",
                    fixed(xo) + " ms", fixed(xc) + " ms (the same window under Xvfb)",
                    fixed(xo / xc, 2) + "x", "at most 1.5x", xo <= 1.5 * xc});
    const double xom = median(gl->oursRss), xcm = median(gl->controlsRss);
    rows.push_back({"peak memory of that start-up (RSS)", fixed(xom) + " MB",
                    fixed(xcm) + " MB (that window)", signedFixed(xom - xcm) + " MB",
                    "at most +25 MB", xom - xcm <= 25.0});
    return true;
}

// 3: logging one knot observation, durable (one commit), against raw sqlite3.
bool durableWrite(const Options& opt, std::vector<Row>& rows) {
    const fs::path ourFile = fs::path(opt.work) / "observe-ours.sqlite";
    const fs::path rawFile = fs::path(opt.work) / "observe-raw.sqlite";
    for (const auto& f : {ourFile, rawFile})
        for (const char* side : {"", "-wal", "-shm"})
            fs::remove(f.string() + side);
    const knotmap::SystemClock clock;
    knotmap::RowId knotId = 0;
    for (const auto& f : {rawFile, ourFile}) { // the same schema and one knot in each
        auto made = knotmap::Store::open(f);
        knotmap::KnotRepository knots(**made, clock);
        knotmap::Knot knot;
        knot.place = {knotmap::BodyView::Back, 0.37, 0.21, "upper-trapezius-left",
                      knotmap::Side::Left};
        knot.createdAt = clock.now();
        knotmap::KnotObservation first;
        first.observedAt = clock.now();
        first.tenderness = 5;
        knotId = *knots.add(knot, first);
    }
    auto store = knotmap::Store::open(ourFile);
    knotmap::KnotRepository knots(**store, clock);
    sqlite3* raw = nullptr;
    sqlite3_open_v2(rawFile.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(raw,
                 "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
                 "PRAGMA synchronous = FULL",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO knot_observation (knot_id, observed_at, tenderness, "
                       "qualities, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                       -1, &insert, nullptr);
    std::vector<double> ours, floor;
    const int n = opt.runs * 10;
    for (int i = 0; i < n; ++i) { // alternated, so both see the same disk
        knotmap::KnotObservation obs;
        obs.knotId = knotId;
        obs.observedAt = clock.now();
        obs.tenderness = i % 11;
        obs.note = "after a long day at the desk";
        auto start = Steady::now();
        if (!knots.addObservation(obs)) {
            std::fprintf(stderr, "knotmap-bench: a reading was not saved\n");
            return false;
        }
        ours.push_back(msSince(start));
        start = Steady::now();
        sqlite3_bind_int64(insert, 1, knotId);
        sqlite3_bind_int64(insert, 2, obs.observedAt.time_since_epoch().count());
        sqlite3_bind_int(insert, 3, obs.tenderness);
        sqlite3_bind_int(insert, 4, 0);
        sqlite3_bind_text(insert, 5, obs.note.c_str(), -1, SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            std::fprintf(stderr, "knotmap-bench: raw insert failed\n");
            return false;
        }
        sqlite3_reset(insert);
        floor.push_back(msSince(start));
    }
    sqlite3_finalize(insert);
    sqlite3_close(raw);
    const double o = median(ours), f = median(floor);
    rows.push_back({"logging one knot reading, durable (one commit)", fixed(o, 3) + " ms",
                    fixed(f, 3) + " ms (raw sqlite3, same SQL and pragmas)", fixed(o / f, 2) + "x",
                    "at most 1.2x", o <= 1.2 * f});
    return true;
}

// The real window on the ten-year database, as the app opens it.
struct RealWindow {
    knotmap::Result<knotmap::BodyAtlas> atlas = knotmap::ui::loadBodyAtlas();
    std::optional<knotmap::Result<knotmap::KnowledgeBase>> knowledge;
    knotmap::SystemClock clock;
    knotmap::SystemMonotonicClock steady;
    std::unique_ptr<knotmap::ui::AppState> state;
    QQmlApplicationEngine engine;
    QQuickWindow* window = nullptr;

    explicit RealWindow(const Options& opt) {
        auto store = knotmap::Store::open(opt.db10);
        if (atlas)
            knowledge = knotmap::ui::loadKnowledge(*atlas);
        if (!store || !atlas || !knowledge || !*knowledge) {
            std::fprintf(stderr, "knotmap-bench: the 10-year database or the data did not load\n");
            return;
        }
        state = std::make_unique<knotmap::ui::AppState>(
            std::move(*store), &*atlas, &**knowledge, QString(), clock, steady,
            knotmap::ui::AppState::Options{QString::fromStdString(opt.db10), false, false});
        window = knotmap::ui::loadMainWindow(engine, *state, {});
        if (window != nullptr)
            waitForFrame(window);
    }
};

// 4: opening History for 1 and 10 years in the real window: the model load, the first
// layout and the frame, against raw sqlite3 reading the same rows.
bool openHistory(const Options& opt, std::vector<Row>& rows) {
    RealWindow real(opt);
    if (real.window == nullptr)
        return false;
    auto& state = *real.state;
    auto& clock = real.clock;
    QQuickWindow* window = real.window;
    sqlite3* raw = nullptr;
    sqlite3_open_v2(opt.db10.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    for (const auto& [label, days] :
         {std::pair{"opening History, 1 year", 365}, {"opening History, 10 years", 0}}) {
        const auto today = std::chrono::sys_days{clock.today()};
        const auto first =
            days > 0 ? today - std::chrono::days{days - 1} : today - std::chrono::days{3650};
        const std::int64_t fromSeconds =
            knotmap::startOfLocalDay(knotmap::LocalDate{first}).time_since_epoch().count();
        // Ours and the floor alternate, so a slow spell of this shared machine weighs
        // on both alike.
        std::vector<double> ours;
        std::vector<double> floor;
        for (int i = 0; i < opt.runs + 1; ++i) {
            window->setProperty("currentPage", 0);
            waitForFrame(window);
            state.history()->setRangeDays(days);
            // As after a change elsewhere: History reads everything again when shown
            // (unchanged data is not read again; that case costs nothing to measure).
            state.history()->markStale();
            const auto start = Steady::now();
            window->setProperty("currentPage", 3); // shown: read, laid out, drawn
            waitForFrame(window);
            const auto floorStart = Steady::now();
            readRaw(raw, fromSeconds);
            if (i > 0) { // the first run warms the caches
                ours.push_back(
                    std::chrono::duration<double, std::milli>(floorStart - start).count());
                floor.push_back(msSince(floorStart));
            }
        }
        const double modelOnly = medianMs(opt.runs, [&] { state.history()->reload(); });
        const double o = median(ours);
        const double f = median(floor);
        rows.push_back({label, fixed(o) + " ms (model " + fixed(modelOnly) + " ms)",
                        fixed(f) + " ms (raw sqlite3, same rows)", signedFixed(o - f) + " ms",
                        "under 16 ms beyond the floor", o - f < 16.0});
    }
    sqlite3_close(raw);
    return true;
}

// 4b: selecting a knot in the real window, with the ten-year database: the panel, its
// referral pattern painted on both views and the sentences about the person's pain, to the
// next frame.
bool selectKnot(const Options& opt, std::vector<Row>& rows) {
    RealWindow real(opt);
    if (real.window == nullptr)
        return false;
    auto& state = *real.state;
    QQuickWindow* window = real.window;
    window->setProperty("currentPage", 0);
    waitForFrame(window);
    auto* page = window->findChild<QObject*>(QStringLiteral("page-body"));
    const int knots = state.knots()->rowCount();
    if (page == nullptr || knots == 0) {
        std::fprintf(stderr, "knotmap-bench: no body map or no knots to select\n");
        return false;
    }
    std::vector<double> ms;
    for (int i = 0; i < opt.runs + 1; ++i) {
        page->setProperty("selectedKnot", QVariant::fromValue<qint64>(0));
        waitForFrame(window);
        const QVariant id = state.knots()->data(state.knots()->index(i % knots, 0),
                                                knotmap::ui::KnotListModel::KnotIdRole);
        const auto start = Steady::now();
        page->setProperty("selectedKnot", id);
        waitForFrame(window);
        if (i > 0)
            ms.push_back(msSince(start));
    }
    const double m = median(ms);
    rows.push_back({"selecting a knot: its panel and referral pattern, 10-year database",
                    fixed(m) + " ms to the frame", "-", "-", "one frame (16 ms) or less",
                    m <= 16.0});
    return true;
}

// 5: the physiotherapist's PDF, end to end through the command line.
bool summaryPdf(const Options& opt, std::vector<Row>& rows) {
    for (const auto& [label, days, limit] :
         {std::tuple{"the summary PDF, 30 days (knotmap report)", 29, 1000.0},
          {"the summary PDF, 10 years (knotmap report)", 3650, 3000.0}}) {
        std::vector<double> ms;
        const std::string pdf = opt.work + "/summary.pdf";
        for (int i = 0; i < opt.processRuns; ++i) {
            const auto r = runProcess({opt.app, "report", "--from", dateDaysAgo(days), "--to",
                                       dateDaysAgo(0), "--out", pdf, "--db", opt.db10});
            if (r.status != 0) {
                std::fprintf(stderr, "knotmap-bench: knotmap report failed\n");
                return false;
            }
            ms.push_back(r.wallMs);
        }
        const double o = median(ms);
        rows.push_back({label, fixed(o) + " ms", "-", "-",
                        "under " + fixed(limit / 1000.0, 0) + " s", o < limit});
    }
    return true;
}

// 6: hit-testing points to places (where pain is marked) and to muscle regions, in core.
bool hitTesting(const Options& opt, std::vector<Row>& rows) {
    auto atlas = knotmap::ui::loadBodyAtlas();
    const int n = 1'000'000;
    std::vector<knotmap::Point> points(n);
    std::uint64_t seed = 42;
    const auto next = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(seed >> 11) / static_cast<double>(1ULL << 53);
    };
    for (auto& p : points)
        p = {next(), next()};
    const auto viewOf = [](int i) {
        return i % 2 ? knotmap::BodyView::Back : knotmap::BodyView::Front;
    };
    const auto rate = [&](const auto& hit) {
        volatile std::size_t found = 0;
        const double ms = medianMs(std::max(3, opt.runs / 3), [&] {
            std::size_t hits = 0;
            for (int i = 0; i < n; ++i)
                hits += hit(viewOf(i), points[static_cast<std::size_t>(i)]) ? 1 : 0;
            found = hits;
        });
        return n / (ms / 1000.0);
    };
    const double places = rate(
        [&](knotmap::BodyView v, knotmap::Point p) { return atlas->placeAt(v, p) != nullptr; });
    const double regions = rate(
        [&](knotmap::BodyView v, knotmap::Point p) { return atlas->regionAt(v, p) != nullptr; });
    // Every muscle under the point, all layers, as a click in the figure asks.
    const double layers = rate(
        [&](knotmap::BodyView v, knotmap::Point p) { return !atlas->regionsAt(v, p).empty(); });
    rows.push_back({"hit-testing a point to its place (core)",
                    fixed(places / 1e6, 2) + " million points/s", "-", "-",
                    "over 5 million points/s", places > 5e6});
    rows.push_back({"hit-testing a point to a muscle region (core)",
                    fixed(regions / 1e6, 2) + " million points/s", "-", "-",
                    "over 5 million points/s", regions > 5e6});
    rows.push_back({"hit-testing a point to every muscle under it, all layers (core)",
                    fixed(layers / 1e6, 2) + " million points/s", "-", "-",
                    "over 5 million points/s", layers > 5e6});
    return true;
}

// 7: export and import of ten years, end to end through the command line.
bool exportImport(const Options& opt, std::vector<Row>& rows) {
    const std::string json = opt.work + "/all.json";
    std::vector<double> exportMs, importMs;
    for (int i = 0; i < opt.processRuns; ++i) {
        fs::remove(json);
        const auto e =
            runProcess({opt.app, "export", "--format", "json", "--out", json, "--db", opt.db10});
        const std::string target = opt.work + "/imported-" + std::to_string(i) + ".sqlite";
        for (const char* side : {"", "-wal", "-shm"})
            fs::remove(target + side);
        const auto m = runProcess({opt.app, "import", json, "--db", target});
        if (e.status != 0 || m.status != 0) {
            std::fprintf(stderr, "knotmap-bench: export or import failed\n");
            return false;
        }
        exportMs.push_back(e.wallMs);
        importMs.push_back(m.wallMs);
        for (const char* side : {"", "-wal", "-shm"})
            fs::remove(target + side);
    }
    const double e = median(exportMs), m = median(importMs);
    rows.push_back({"export of 10 years as JSON (knotmap export)", fixed(e) + " ms", "-", "-",
                    "under 2 s", e < 2000.0});
    rows.push_back({"import of that file into an empty database (knotmap import)", fixed(m) + " ms",
                    "-", "-", "under 2 s", m < 2000.0});
    return true;
}

// 8: the full rules check (backup::checkEveryRule) on the 10-year database, which runs
// after start-up on another thread, against raw sqlite3 running the same two pragmas.
bool fullCheck(const Options& opt, std::vector<Row>& rows) {
    knotmap::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto store = knotmap::Store::open(opt.db10, readOnly);
    if (!store) {
        std::fprintf(stderr, "knotmap-bench: %s\n", store.error().message.c_str());
        return false;
    }
    sqlite3* raw = nullptr;
    sqlite3_open_v2(opt.db10.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const double o = medianMs(opt.runs, [&] {
        if (!knotmap::backup::checkEveryRule((*store)->database()))
            std::fprintf(stderr, "knotmap-bench: the check failed\n");
    });
    const double f = medianMs(opt.runs, [&] {
        sqlite3_exec(raw, "PRAGMA integrity_check(1); PRAGMA foreign_key_check", nullptr, nullptr,
                     nullptr);
    });
    sqlite3_close(raw);
    rows.push_back({"full rules check of the 10-year database (integrity and references; "
                    "off the main thread after start-up)",
                    fixed(o) + " ms", fixed(f) + " ms (raw sqlite3, same pragmas)",
                    fixed(o / f, 2) + "x", "reported; at most 1.1x", o <= 1.1 * f});
    return true;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion")); // once, before any window loads
    Options o;
    std::string outPath, only;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const std::string value = argv[i + 1];
        if (flag == "--app")
            o.app = value;
        else if (flag == "--bare")
            o.bare = value;
        else if (flag == "--db10")
            o.db10 = value;
        else if (flag == "--work")
            o.work = value;
        else if (flag == "--out")
            outPath = value;
        else if (flag == "--only") // one part, for profiling: startup, write, history, pdf,
                                   // hit, exchange or check; the table is then not written
            only = value;
        else if (flag == "--runs")
            o.runs = std::max(3, std::stoi(value));
    }
    if (o.app.empty() || o.bare.empty() || o.db10.empty() || o.work.empty()) {
        std::fprintf(stderr, "usage: knotmap-bench --app PATH --bare PATH --db10 PATH --work DIR "
                             "[--runs N] [--out FILE]\n");
        return 2;
    }
    fs::create_directories(o.work);
    o.processRuns = std::max(5, o.runs / 2);
    if (!only.empty())
        outPath.clear();
    const std::pair<const char*, bool (*)(const Options&, std::vector<Row>&)> kParts[] = {
        {"startup", startUp},       {"write", durableWrite}, {"history", openHistory},
        {"select", selectKnot},     {"pdf", summaryPdf},     {"hit", hitTesting},
        {"exchange", exportImport}, {"check", fullCheck}};
    std::vector<Row> rows;
    for (const auto& [name, run] : kParts) {
        if ((only.empty() || only == name) && !run(o, rows))
            return 1;
    }

    std::ostringstream table;
    table << "Machine: " << machine() << ". Date: " << dateDaysAgo(0)
          << ". Command: `./dev bench` (Release build; medians of " << o.runs
          << " runs in-process, " << o.processRuns << " for each process).\n\n"
          << "| what | KnotMap | floor in the same run | against the floor | target | met |\n"
          << "|---|---|---|---|---|---|\n";
    for (const Row& r : rows)
        table << "| " << r.what << " | " << r.ours << " | " << r.floor << " | " << r.compared
              << " | " << r.target << " | "
              << (r.target == "-" ? "-"
                  : r.met         ? "yes"
                                  : "**no**")
              << " |\n";
    std::fputs(table.str().c_str(), stdout);
    if (!outPath.empty() && !writeInto(outPath, table.str())) {
        std::fprintf(stderr, "knotmap-bench: %s has no <!-- bench:begin/end --> markers\n",
                     outPath.c_str());
        return 1;
    }
    return 0;
}
