// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "knotmap/knots.h"
#include "knotmap/sessions.h"
#include "test_support.h"

#include <set>

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

// Everything a store holds, as text, in a stable order.
std::string dump(Store& store) {
    std::string out;
    for (const char* table :
         {"knot", "knot_observation", "pain_area", "check_in", "self_care_session",
          "red_flag_answer", "setting", "knot_status_change"}) {
        auto stmt = store.database().prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1");
        EXPECT_TRUE(stmt.ok());
        const int columns = stmt->columnCount();
        while (*stmt->step()) {
            for (int c = 0; c < columns; ++c)
                out += stmt->text(c) + "|";
            out += "\n";
        }
    }
    return out;
}

} // namespace

TEST(Demo, FillsRealisticDeterministicHistory) {
    TempDir dir;
    FixedClock clock(noon());
    auto a = Store::open(dir.file("a.sqlite"));
    auto b = Store::open(dir.file("b.sqlite"));
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_FALSE(*demo::isDemo(**a));
    auto filled = demo::fillDemoHistory(**a, clock);
    ASSERT_TRUE(filled.ok()) << filled.error().message;
    ASSERT_TRUE(demo::fillDemoHistory(**b, clock).ok());
    EXPECT_TRUE(*demo::isDemo(**a));
    EXPECT_EQ(dump(**a), dump(**b));

    CheckInRepository checkIns(**a, clock);
    const int days = *checkIns.count();
    EXPECT_GE(days, 50);
    EXPECT_LE(days, demo::kDemoDays);
    EXPECT_TRUE((*checkIns.forDay(clock.today())).has_value()) << "today is checked in";

    KnotRepository knots(**a, clock);
    auto active = knots.listActive();
    std::set<Side> sides;
    std::set<BodyView> views;
    for (const Knot& k : *active) {
        sides.insert(k.place.side);
        views.insert(k.place.view);
    }
    EXPECT_GE(active->size(), 4u);
    EXPECT_EQ(sides.size(), 2u) << "knots on both sides";
    EXPECT_EQ(views.size(), 2u) << "knots on the front and the back";
    EXPECT_EQ(knots.listCreatedIn({noon() - 24h * 90, noon() + 1s})->size(), active->size() + 1)
        << "one knot has resolved";

    SelfCareSessionRepository sessions(**a, clock);
    EXPECT_GE(sessions.startedIn({noon() - 24h * 90, noon()})->size(), 60u);
}

TEST(Demo, LongHistoryHasTheScaleOfYearsOfUse) {
    TempDir dir;
    FixedClock clock(noon());
    auto a = Store::open(dir.file("a.sqlite"));
    auto b = Store::open(dir.file("b.sqlite"));
    ASSERT_TRUE(a.ok() && b.ok());
    auto filled = demo::fillLongHistory(**a, clock, 2);
    ASSERT_TRUE(filled.ok()) << filled.error().message;
    ASSERT_TRUE(demo::fillLongHistory(**b, clock, 2).ok());
    EXPECT_EQ(dump(**a), dump(**b)) << "deterministic";
    EXPECT_TRUE(*demo::isDemo(**a));
    auto& db = (*a)->database();
    // Per year: 365 check-ins, about 30 knots, 2,000 readings and 800 sessions.
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM check_in"), 730);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM knot"), 61);
    const int readings = *db.queryInt("SELECT count(*) FROM knot_observation");
    EXPECT_GT(readings, 3600);
    EXPECT_LT(readings, 5000);
    const int sessions = *db.queryInt("SELECT count(*) FROM self_care_session");
    EXPECT_GT(sessions, 1400);
    EXPECT_LT(sessions, 2000);
    EXPECT_GT(*db.queryInt("SELECT count(*) FROM knot WHERE status = 'resolved'"), 50);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    EXPECT_FALSE(demo::fillLongHistory(**b, clock, 0).ok());
}
