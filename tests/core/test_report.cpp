// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/report.h"
#include "test_support.h"

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

struct ReportTest : StoreFixture {
    Timestamp at(LocalDate day, std::chrono::hours h) { return startOfLocalDay(day) + h; }
};

} // namespace

TEST_F(ReportTest, GathersTheKnotsNotesAndAnswersOfTheRange) {
    KnotRepository knots(*store, clock);
    PainAreaRepository areas(*store, clock);
    CheckInRepository checkIns(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    RedFlagAnswerRepository redFlags(*store, clock);
    const auto place = [](const char* region) {
        return BodyPoint{BodyView::Back, 0.4, 0.2, region, Side::Left};
    };
    // K1 resolved before the range, K2 runs through it, K3 noted after it.
    const auto k1 =
        knots.add({0, place("rhomboids-left"), KnotStatus::Active, at(date(2026, 2, 1), 9h), {}},
                  {0, 0, at(date(2026, 2, 1), 9h), 6, Aching, ""});
    ASSERT_TRUE(knots.setStatus(*k1, KnotStatus::Resolved, at(date(2026, 2, 20), 9h)).ok());
    const auto k2 = knots.add(
        {0, place("upper-trapezius-left"), KnotStatus::Active, at(date(2026, 2, 25), 9h), {}},
        {0, 0, at(date(2026, 2, 25), 9h), 8, Aching, ""});
    ASSERT_TRUE(
        knots.addObservation({0, *k2, at(date(2026, 3, 2), 9h), 7, Aching, "after work"}).ok());
    ASSERT_TRUE(knots.addObservation({0, *k2, at(date(2026, 3, 8), 9h), 4, Aching, ""}).ok());
    ASSERT_TRUE(
        knots
            .add({0, place("rhomboids-left"), KnotStatus::Active, at(date(2026, 3, 12), 9h), {}},
                 {0, 0, at(date(2026, 3, 12), 9h), 5, Aching, ""})
            .ok());
    SelfCareSession s;
    s.techniqueId = "pressure-ball";
    s.knotId = *k2;
    s.regionId = "upper-trapezius-left";
    s.startedAt = at(date(2026, 3, 3), 18h);
    s.durationSeconds = 120;
    s.note = "easier after";
    ASSERT_TRUE(sessions.add(s).ok());
    CheckIn c;
    c.day = date(2026, 3, 5);
    c.painNow = c.painAverage = c.painWorst = c.painLeast = 4;
    c.note = "long drive";
    ASSERT_TRUE(checkIns.add(c).ok());
    ASSERT_TRUE(redFlags.add({0, "E1", false, at(date(2026, 3, 1), 10h), ""}).ok());
    ASSERT_TRUE(redFlags.add({0, "U2", true, at(date(2026, 2, 1), 10h), ""}).ok());

    auto d = report::gather({checkIns, sessions, knots, areas, redFlags},
                            {date(2026, 3, 1), date(2026, 3, 10)}, date(2026, 3, 15));
    ASSERT_TRUE(d.ok()) << d.error().message;
    ASSERT_EQ(d->knots.size(), 1u);
    EXPECT_EQ(d->knots[0].number, 2); // numbered among all knots, by when noted
    EXPECT_EQ(d->knots[0].firstInRange, 7);
    EXPECT_EQ(d->knots[0].latest, 4);
    EXPECT_EQ(d->knots[0].sessionsInRange, 1);
    ASSERT_EQ(d->answers.size(), 1u);
    EXPECT_EQ(d->answers[0].questionId, "E1");
    ASSERT_EQ(d->notes.size(), 3u);
    EXPECT_EQ(d->notes[0].text, "after work");
    EXPECT_EQ(d->notes[1].text, "easier after");
    EXPECT_EQ(d->notes[2].text, "long drive");
    EXPECT_EQ(d->overview.days.size(), 10u);
    EXPECT_EQ(d->overview.daysWithEntries, 1);
}

TEST_F(ReportTest, RefusesARangeThatEndsBeforeItStartsOrLiesAhead) {
    KnotRepository knots(*store, clock);
    PainAreaRepository areas(*store, clock);
    CheckInRepository checkIns(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    RedFlagAnswerRepository redFlags(*store, clock);
    const report::Sources src{checkIns, sessions, knots, areas, redFlags};
    auto backwards = report::gather(src, {date(2026, 3, 10), date(2026, 3, 1)}, date(2026, 3, 15));
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(report::gather(src, {date(2026, 4, 1), date(2026, 4, 2)}, date(2026, 3, 15)).ok());
    auto empty = report::gather(src, {date(2026, 3, 1), date(2026, 3, 15)}, date(2026, 3, 15));
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(empty->overview.daysWithEntries, 0);
    EXPECT_TRUE(empty->knots.empty());
}
