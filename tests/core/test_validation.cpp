// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/sessions.h"
#include "knotmap/validation.h"
#include "test_support.h"

#include <cmath>

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

CheckIn validCheckIn() {
    CheckIn c;
    c.day = date(2026, 3, 15);
    c.painNow = 4;
    c.painWorst = 6;
    c.painLeast = 2;
    c.painAverage = 4;
    return c;
}

std::string fieldOf(const Status& s) {
    return s.ok() ? "" : s.error().field;
}

} // namespace

TEST(Validation, CheckInScoresNameTheField) {
    FixedClock clock(noon());
    EXPECT_TRUE(rules::checkCheckIn(validCheckIn(), clock).ok());
    struct Case {
        void (*mutate)(CheckIn&);
        const char* field;
    };
    const Case cases[] = {
        {[](CheckIn& c) { c.painNow = 11; }, "painNow"},
        {[](CheckIn& c) { c.painWorst = -1; }, "painWorst"},
        {[](CheckIn& c) { c.painLeast = 7; }, "painLeast"},
        {[](CheckIn& c) { c.painAverage = 9; }, "painAverage"},
        {[](CheckIn& c) { c.painNow = 1; }, "painNow"},
        {[](CheckIn& c) { c.interference[3] = 12; }, "interferesWork"},
        {[](CheckIn& c) { c.factors.sittingHours = 25; }, "sittingHours"},
        {[](CheckIn& c) { c.factors.sleepHours = -0.5; }, "sleepHours"},
        {[](CheckIn& c) { c.factors.sleepHours = std::nan(""); }, "sleepHours"},
        {[](CheckIn& c) { c.factors.stress = 11; }, "stress"},
        {[](CheckIn& c) { c.factors.waterGlasses = 41; }, "waterGlasses"},
        {[](CheckIn& c) { c.factors.exerciseMinutes = -5; }, "exerciseMinutes"},
        {[](CheckIn& c) { c.factors.movementBreaks = 49; }, "movementBreaks"},
        {[](CheckIn& c) { c.note = std::string(2001, 'x'); }, "note"},
        {[](CheckIn& c) { c.day = date(2026, 3, 16); }, "day"},
        {[](CheckIn& c) { c.day = date(2026, 2, 30); }, "day"},
    };
    for (const Case& k : cases) {
        CheckIn c = validCheckIn();
        k.mutate(c);
        EXPECT_EQ(fieldOf(rules::checkCheckIn(c, clock)), k.field);
    }
}

TEST(Validation, MessagesSayTheRule) {
    FixedClock clock(noon());
    CheckIn c = validCheckIn();
    c.factors.sittingHours = 30;
    auto s = rules::checkCheckIn(c, clock);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, "Hours sitting must be between 0 and 24 hours.");
    c = validCheckIn();
    c.painWorst = 12;
    EXPECT_EQ(rules::checkCheckIn(c, clock).error().message,
              "Worst pain must be between 0 and 10.");
}

TEST(Validation, KnotPlaceAndTimes) {
    FixedClock clock(noon());
    Knot k{0,
           {BodyView::Back, 0.4, 0.3, "rhomboids-left", Side::Left},
           KnotStatus::Active,
           noon(),
           std::nullopt};
    EXPECT_TRUE(rules::checkKnot(k, clock).ok());
    Knot bad = k;
    bad.place.x = 1.2;
    EXPECT_EQ(fieldOf(rules::checkKnot(bad, clock)), "x");
    bad = k;
    bad.place.y = -0.01;
    EXPECT_EQ(fieldOf(rules::checkKnot(bad, clock)), "y");
    bad = k;
    bad.place.regionId = "Robert'); DROP TABLE knot;--";
    EXPECT_EQ(fieldOf(rules::checkKnot(bad, clock)), "regionId");
    bad = k;
    bad.createdAt = noon() + 1h;
    EXPECT_EQ(fieldOf(rules::checkKnot(bad, clock)), "createdAt");
    bad = k;
    bad.status = KnotStatus::Resolved;
    EXPECT_EQ(fieldOf(rules::checkKnot(bad, clock)), "resolvedAt");
    bad.resolvedAt = noon() - 1h;
    EXPECT_EQ(fieldOf(rules::checkKnot(bad, clock)), "resolvedAt");
}

TEST(Validation, ObservationSessionAndAnswer) {
    FixedClock clock(noon());
    EXPECT_EQ(fieldOf(rules::checkObservation({0, 1, noon(), 11, 0, ""}, clock)), "tenderness");
    EXPECT_EQ(fieldOf(rules::checkObservation({0, 1, noon(), 3, 64, ""}, clock)), "qualities");
    EXPECT_EQ(fieldOf(rules::checkObservation({0, 1, noon(), 3, Stabbing, ""}, clock)),
              "qualities");
    EXPECT_EQ(fieldOf(rules::checkObservation({0, 1, noon() + 1h, 3, 0, ""}, clock)), "observedAt");
    EXPECT_TRUE(rules::checkObservation({0, 1, noon() + 60s, 3, 0, ""}, clock).ok())
        << "a minute of clock skew is tolerated";

    SelfCareSession s{0, "heat", std::nullopt, "quadratus-lumborum-right", noon() - 1h, 900, 6,
                      4, ""};
    EXPECT_TRUE(rules::checkSession(s, clock).ok());
    s.durationSeconds = 0;
    EXPECT_EQ(fieldOf(rules::checkSession(s, clock)), "durationSeconds");
    s.durationSeconds = 4 * 3600 + 1;
    EXPECT_EQ(fieldOf(rules::checkSession(s, clock)), "durationSeconds");
    s.durationSeconds = 60;
    s.tendernessAfter = 11;
    EXPECT_EQ(fieldOf(rules::checkSession(s, clock)), "tendernessAfter");
    s.tendernessAfter = 3;
    s.techniqueId = "";
    EXPECT_EQ(fieldOf(rules::checkSession(s, clock)), "techniqueId");

    EXPECT_EQ(fieldOf(rules::checkRedFlagAnswer({0, "", true, noon(), ""}, clock)), "questionId");
    EXPECT_TRUE(rules::checkRedFlagAnswer({0, "E1", true, noon(), ""}, clock).ok());
}

TEST(Validation, DatesParseStrictly) {
    EXPECT_EQ(parseDate("2026-03-15"), date(2026, 3, 15));
    EXPECT_EQ(formatDate(date(2026, 3, 5)), "2026-03-05");
    for (const char* bad :
         {"2026-3-15", "2026-02-30", "15.03.2026", "2026-03-1x", "", "2026-13-01"})
        EXPECT_FALSE(parseDate(bad).has_value()) << bad;
}

// The schema enforces the same ranges, so a write that skipped validation still fails.
using SchemaConstraints = StoreFixture;

TEST_F(SchemaConstraints, RejectOutOfRangeValuesWrittenDirectly) {
    auto& db = store->database();
    const char* bad[] = {
        "INSERT INTO check_in (day, pain_now, pain_worst, pain_least, pain_average, updated_at) "
        "VALUES ('2026-03-01', 11, 11, 0, 5, 0)",
        "INSERT INTO check_in (day, pain_now, pain_worst, pain_least, pain_average, updated_at) "
        "VALUES ('2026-02-30', 1, 1, 1, 1, 0)",
        "INSERT INTO check_in (day, pain_now, pain_worst, pain_least, pain_average, updated_at) "
        "VALUES ('2026-03-02', 1, 2, 3, 2, 0)",
        "INSERT INTO knot (view, x, y, region_id, side, created_at) "
        "VALUES ('side', 0.5, 0.5, 'a', 'left', 0)",
        "INSERT INTO knot (view, x, y, region_id, side, created_at) "
        "VALUES ('back', 1.5, 0.5, 'a', 'left', 0)",
        "INSERT INTO knot (view, x, y, region_id, side, status, created_at) "
        "VALUES ('back', 0.5, 0.5, 'a', 'left', 'resolved', 0)",
        "INSERT INTO knot_observation (knot_id, observed_at, tenderness) VALUES (999, 0, 3)",
        "INSERT INTO self_care_session (technique_id, region_id, started_at, duration_seconds) "
        "VALUES ('heat', 'a', 0, 0)",
        "INSERT INTO red_flag_answer (question_id, answer, answered_at) VALUES ('E1', 2, 0)",
        "INSERT INTO check_in (day, pain_now, pain_worst, pain_least, pain_average, updated_at) "
        "VALUES ('2026-03-03', 'high', 5, 0, 3, 0)",
    };
    for (const char* sql : bad) {
        auto result = db.exec(sql);
        ASSERT_FALSE(result.ok()) << sql;
        EXPECT_EQ(result.error().code, ErrorCode::InvalidInput) << sql;
    }
}
