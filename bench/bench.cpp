// knotmap-bench: times KnotMap's work against a floor measured in the same run, and
// prints one Markdown table. Every figure is the median of repeated runs.
//
//   knotmap-bench --db10 history-10y.sqlite [--db1 history-1y.sqlite] [--runs 15]

#include "knotmap/history.h"
#include "knotmap/store.h"
#include "painhistory.h"

#include <QCoreApplication>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double medianMs(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    work(); // warm the caches once, as a second opening of a page would find them
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// The floor: raw sqlite3 reading the rows History reads for a range (check-ins since the
// first, sessions of the range, readings of the range, every knot, pain areas).
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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::string db10;
    int runs = 15;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--db10")
            db10 = argv[i + 1];
        else if (flag == "--runs")
            runs = std::max(3, std::stoi(argv[i + 1]));
    }
    if (db10.empty()) {
        std::fprintf(stderr, "usage: knotmap-bench --db10 PATH [--runs N]\n");
        return 2;
    }
    knotmap::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto store = knotmap::Store::open(db10, readOnly);
    if (!store) {
        std::fprintf(stderr, "knotmap-bench: %s\n", store.error().message.c_str());
        return 1;
    }
    const knotmap::SystemClock clock;
    knotmap::CheckInRepository checkIns(**store, clock);
    knotmap::SelfCareSessionRepository sessions(**store, clock);
    knotmap::KnotRepository knots(**store, clock);
    knotmap::PainAreaRepository areas(**store, clock);
    knotmap::ui::PainHistory history(
        {&checkIns, &sessions, &knots, &areas, nullptr, nullptr, nullptr}, clock);
    sqlite3* raw = nullptr;
    sqlite3_open_v2(db10.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);

    std::printf(
        "| what | KnotMap (ms) | floor: raw sqlite3, same rows (ms) | beyond the floor (ms) | "
        "target |\n|---|---|---|---|---|\n");
    for (const auto& [label, days] :
         {std::pair{"History, 1 year", 365}, {"History, 10 years", 0}}) {
        const auto today = std::chrono::sys_days{clock.today()};
        const auto first =
            days > 0 ? today - std::chrono::days{days - 1} : today - std::chrono::days{3650};
        const std::int64_t fromSeconds =
            knotmap::startOfLocalDay(knotmap::LocalDate{first}).time_since_epoch().count();
        history.setRangeDays(days);
        const double ours = medianMs(runs, [&] { history.reload(); });
        const double floor = medianMs(runs, [&] { readRaw(raw, fromSeconds); });
        std::printf("| %s: model load | %.2f | %.2f | %.2f | under 16 ms beyond the floor |\n",
                    label, ours, floor, ours - floor);
    }
    sqlite3_close(raw);
    return 0;
}
