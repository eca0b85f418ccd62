// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/atlas.h"
#include "knotmap/knots.h"
#include "knotmap/knowledge.h"
#include "knotmap/selfcare.h"
#include "knotmap/sessions.h"
#include "test_support.h"

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

const KnowledgeBase& kb() {
    return shippedKnowledge();
}

std::vector<int> durations(const std::vector<SessionPhase>& plan) {
    std::vector<int> out;
    for (const auto& p : plan)
        out.push_back(static_cast<int>(p.duration.count()));
    return out;
}

const SteadyTime t0{std::chrono::hours{1000}};

// A knot on the left upper trapezius, noted two days before noon() with tenderness 7.
RowId addKnot(KnotRepository& knots) {
    return *knots.add({0,
                       {BodyView::Back, 0.37, 0.22, "upper-trapezius-left", Side::Left},
                       KnotStatus::Active,
                       noon() - 48h,
                       std::nullopt},
                      {0, 0, noon() - 48h, 7, 0, ""});
}

} // namespace

TEST(SessionPlan, FollowsEachTechniquesDose) {
    // Pressure: one hold in the middle of 30-90 s (seed 002 gives no count of holds).
    EXPECT_EQ(durations(planSession(*kb().technique("pressure-ball"))), (std::vector{60}));
    // A stretch held 20-30 s on each side.
    const auto knee = planSession(*kb().technique("knee-to-chest"));
    EXPECT_EQ(durations(knee), (std::vector{30, 10, 30}));
    EXPECT_EQ(knee[0].what, "Hold the stretch on the left side");
    EXPECT_EQ(knee[1].what, "Change sides");
    EXPECT_EQ(knee[2].what, "Hold the stretch on the right side");
    // Four 30 s holds a side where the source says so.
    EXPECT_EQ(planSession(*kb().technique("lying-hamstring-stretch")).size(), 4U + 3 + 1 + 4 + 3);
    // Heat 15-20 min: one 15 min phase. Cold: 10 min on, 15 off, 10 on.
    EXPECT_EQ(durations(planSession(*kb().technique("heat"))), (std::vector{900}));
    const auto cold = planSession(*kb().technique("cold"));
    EXPECT_EQ(durations(cold), (std::vector{600, 900, 600}));
    EXPECT_EQ(cold[1].kind, SessionPhase::Kind::Rest);
    EXPECT_EQ(durations(planSession(*kb().technique("foam-roller"))), (std::vector{60}));
    for (const Technique& t : kb().techniques())
        EXPECT_FALSE(planSession(t).empty()) << t.id;
}

TEST(SessionPlan, ContrastIsColdAndHeatInTurnEndingWithCold) {
    // 2 min cold, 1 min heat, until at least 10 min: 4 colds and 3 heats, 11 min.
    const auto plan = planSession(*kb().technique("contrast"));
    EXPECT_EQ(durations(plan), (std::vector{120, 60, 120, 60, 120, 60, 120}));
    EXPECT_EQ(plan.front().what, "Cold pack on");
    EXPECT_EQ(plan[1].what, "Switch to heat");
    EXPECT_EQ(plan.back().what, "Switch back to the cold pack");
}

TEST(SessionPlan, WhereTheDoseSetsNoTimeThePersonEndsIt) {
    // A moving exercise, strength work with no count, a rub: one open phase, no invented time.
    for (const char* id : {"cat-cow", "bridges", "rub", "calf-stretch-straight"}) {
        const auto plan = planSession(*kb().technique(id));
        ASSERT_EQ(plan.size(), 1U) << id;
        EXPECT_TRUE(plan[0].open) << id;
    }
    SessionTimer timer(planSession(*kb().technique("cat-cow")));
    EXPECT_TRUE(timer.openEnded());
    timer.start(t0);
    auto s = timer.at(t0 + 3600s);
    EXPECT_FALSE(s.finished) << "it runs until the person stops it";
    EXPECT_EQ(s.done, 3600s);
    timer.stop(t0 + 95s + 3600s);
    s = timer.at(t0 + 7200s);
    EXPECT_TRUE(s.finished);
    EXPECT_EQ(s.done, 3695s);
}

TEST(SessionTimer, WalksThroughThePhases) {
    SessionTimer timer(planSession(*kb().technique("knee-to-chest"))); // 30, 10, 30
    EXPECT_EQ(timer.total(), 70s);
    EXPECT_FALSE(timer.openEnded());
    EXPECT_FALSE(timer.at(t0).started);
    timer.start(t0);
    auto s = timer.at(t0 + 20s);
    EXPECT_EQ(s.phase, 0u);
    EXPECT_EQ(s.leftInPhase, 10s);
    s = timer.at(t0 + 35s);
    EXPECT_EQ(s.phase, 1u);
    EXPECT_EQ(s.leftInPhase, 5s);
    EXPECT_FALSE(s.finished);
    s = timer.at(t0 + 69s);
    EXPECT_EQ(s.phase, 2u);
    EXPECT_EQ(s.leftInPhase, 1s);
    EXPECT_TRUE(timer.at(t0 + 70s).finished);
}

TEST(SessionTimer, PausesDoNotCountAndStallsLoseNoTime) {
    SessionTimer timer(planSession(*kb().technique("knee-to-chest")));
    timer.start(t0);
    timer.pause(t0 + 20s);
    EXPECT_TRUE(timer.at(t0 + 90s).paused);
    EXPECT_EQ(timer.at(t0 + 90s).done, 20s);
    timer.resume(t0 + 130s);
    auto s = timer.at(t0 + 145s);
    EXPECT_EQ(s.done, 35s);
    EXPECT_EQ(s.phase, 1u);
    // Nobody asked for 10 minutes (a stalled UI): the answer is still exact.
    s = timer.at(t0 + 760s);
    EXPECT_TRUE(s.finished);
    EXPECT_EQ(s.done, 70s);
}

TEST(SessionTimer, StoppingEarlyKeepsTheTimeDone) {
    SessionTimer timer(planSession(*kb().technique("heat")));
    timer.start(t0);
    timer.stop(t0 + 45s);
    auto s = timer.at(t0 + 3600s);
    EXPECT_TRUE(s.finished);
    EXPECT_EQ(s.done, 45s);
}

using RecordSession = StoreFixture;

TEST_F(RecordSession, ReadingIsNeverLaterThanNow) {
    KnotRepository knots(*store, clock);
    const RowId knot = addKnot(knots);
    // Timed on the monotonic clock, the session seems to end three minutes after "now".
    SelfCareSession s{0, "pressure-ball", knot, "upper-trapezius-left", noon() - 17s, 200, 7, 4,
                      ""};
    ASSERT_TRUE(recordSession(*store, clock, s).ok());
    EXPECT_EQ(knots.observations(knot)->back().observedAt, noon());
}

TEST_F(RecordSession, SavesTheSessionAndTheKnotsNewReadingTogether) {
    KnotRepository knots(*store, clock);
    const RowId knot = addKnot(knots);
    SelfCareSession s{0, "pressure-ball", knot, "upper-trapezius-left", noon() - 10min, 200, 7, 4,
                      ""};
    auto id = recordSession(*store, clock, s);
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto readings = *knots.observations(knot);
    ASSERT_EQ(readings.size(), 2u);
    EXPECT_EQ(readings[1].tenderness, 4);
    EXPECT_EQ(readings[1].observedAt, noon() - 10min + 200s);
    SelfCareSessionRepository sessions(*store, clock);
    EXPECT_EQ(sessions.startedIn({noon() - 1h, noon()})->size(), 1u);
}

TEST_F(RecordSession, WritesNothingWhenAnyPartFails) {
    KnotRepository knots(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    const RowId knot = addKnot(knots);
    SelfCareSession bad{0, "pressure-ball", knot, "upper-trapezius-left", noon() - 10min, 0, 7, 4,
                        ""};
    EXPECT_FALSE(recordSession(*store, clock, bad).ok());
    // The reading fails after the session row is written (a trigger stands in for any
    // failure there): the session is rolled back with it.
    ASSERT_TRUE(store->database()
                    .exec("CREATE TEMP TRIGGER fail_reading BEFORE INSERT ON knot_observation "
                          "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                    .ok());
    SelfCareSession good{0, "heat", knot, "upper-trapezius-left", noon() - 30min, 900, 7, 4, ""};
    EXPECT_FALSE(recordSession(*store, clock, good).ok());
    EXPECT_TRUE(sessions.startedIn({noon() - 1h, noon()})->empty());
    EXPECT_EQ(knots.observations(knot)->size(), 1u);
}
