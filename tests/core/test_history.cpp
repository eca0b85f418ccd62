// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/history.h"
#include "knotmap/painareas.h"
#include "knotmap/sqlite.h"
#include "schema.h"
#include "test_support.h"

#include <cmath>

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

// Daily average pain for 2026-03-01 .. 2026-03-15 (noon() is on the 15th).
constexpr std::array kAverages{6, 6, 5, 7, 6, 5, 5, 4, 4, 5, 3, 3, 4, 3, 2};

Timestamp at(LocalDate day, std::chrono::hours hour) {
    return startOfLocalDay(day) + hour;
}

struct HistoryTest : StoreFixture {
    void addCheckIns() {
        CheckInRepository checkIns(*store, clock);
        for (std::size_t i = 0; i < kAverages.size(); ++i) {
            const int a = kAverages[i];
            CheckIn c;
            c.day = date(2026, 3, static_cast<unsigned>(i + 1));
            c.painAverage = a;
            c.painNow = a;
            c.painWorst = std::min(10, a + 2);
            c.painLeast = std::max(0, a - 1);
            if (i < 14)
                c.factors.stress = a + 1; // moves exactly with pain on 14 days
            if (i < 13)
                c.factors.sleepHours = 7.0 + (i % 3); // one day short of the minimum
            ASSERT_TRUE(checkIns.add(c).ok());
        }
    }
    void addSession(const char* technique, LocalDate day, std::optional<int> before,
                    std::optional<int> after, int seconds = 60) {
        SelfCareSessionRepository sessions(*store, clock);
        SelfCareSession s;
        s.techniqueId = technique;
        s.regionId = "upper-trapezius-left";
        s.startedAt = at(day, 9h);
        s.durationSeconds = seconds;
        s.tendernessBefore = before;
        s.tendernessAfter = after;
        auto added = sessions.add(s);
        ASSERT_TRUE(added.ok()) << added.error().message;
    }
};

} // namespace

TEST_F(HistoryTest, OverviewSummarisesEveryDayOfTheRange) {
    addCheckIns();
    CheckInRepository checkIns(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    auto o = history::overview(checkIns, sessions, std::nullopt, date(2026, 3, 15));
    ASSERT_TRUE(o.ok()) << o.error().message;
    EXPECT_EQ(o->range.first, date(2026, 3, 1));
    ASSERT_EQ(o->days.size(), 15u);
    EXPECT_EQ(o->daysWithEntries, 15);
    EXPECT_NEAR(*o->meanAverage, 68.0 / 15, 1e-9);
    EXPECT_EQ(o->worst, 9);
    EXPECT_EQ(o->least, 1);
    EXPECT_EQ(o->days[6].average, 5);
    EXPECT_NEAR(*o->days[6].rollingMean, 40.0 / 7, 1e-9);
    EXPECT_FALSE(o->days[1].rollingMean.has_value()); // fewer than 3 days so far
    ASSERT_TRUE(o->change.has_value());
    EXPECT_NEAR(o->change->baseline, 40.0 / 7, 1e-9);
    EXPECT_NEAR(o->change->latest, 24.0 / 7, 1e-9);
    EXPECT_TRUE(o->change->improvedMeaningfully);
    EXPECT_EQ(o->prompt, stats::ProgressPrompt::None);

    // A narrower range starts where asked and keeps empty days as empty.
    auto later = history::overview(checkIns, sessions, date(2026, 3, 10), date(2026, 3, 20));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->days.size(), 11u);
    EXPECT_EQ(later->daysWithEntries, 6);
    EXPECT_FALSE(later->days.back().average.has_value());
}

TEST_F(HistoryTest, FactorsNeedFourteenPairedDays) {
    addCheckIns();
    CheckInRepository checkIns(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    auto o = history::overview(checkIns, sessions, std::nullopt, date(2026, 3, 15));
    ASSERT_TRUE(o.ok());
    ASSERT_EQ(o->factors.size(), history::kFactors.size());
    const auto& stress = o->factors[static_cast<std::size_t>(history::Factor::Stress)];
    EXPECT_EQ(stress.daysRecorded, 14);
    EXPECT_EQ(stress.sameDayPairs, 14);
    ASSERT_TRUE(stress.sameDay.has_value());
    EXPECT_NEAR(*stress.sameDay, 1.0, 1e-9);
    EXPECT_EQ(stress.nextDayPairs, 14); // stress on the 1st..14th with pain on the 2nd..15th
    EXPECT_TRUE(stress.nextDay.has_value());

    const auto& sleep = o->factors[static_cast<std::size_t>(history::Factor::SleepHours)];
    EXPECT_EQ(sleep.sameDayPairs, 13);
    EXPECT_FALSE(sleep.sameDay.has_value());
    EXPECT_NEAR(*sleep.mean, (5 * 7.0 + 4 * 8.0 + 4 * 9.0) / 13, 1e-9);

    const auto& water = o->factors[static_cast<std::size_t>(history::Factor::WaterGlasses)];
    EXPECT_EQ(water.daysRecorded, 0);
    EXPECT_FALSE(water.mean.has_value());
    EXPECT_FALSE(water.sameDay.has_value());
}

TEST_F(HistoryTest, TechniquesCountSessionsAndClaimNothingBelowFiveRated) {
    addCheckIns();
    addSession("pressure-hold", date(2026, 3, 3), 6, 4);
    addSession("pressure-hold", date(2026, 3, 3), 5, 4);
    addSession("pressure-hold", date(2026, 3, 5), 7, 5);
    addSession("pressure-hold", date(2026, 3, 7), 6, 6);
    addSession("pressure-hold", date(2026, 3, 9), 5, 2);
    addSession("heat-pack", date(2026, 3, 10), 4, 3, 900);
    addSession("heat-pack", date(2026, 3, 12), std::nullopt, std::nullopt, 600);
    addSession("heat-pack", date(2026, 2, 27), 4, 3, 900); // before the range
    CheckInRepository checkIns(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    auto o = history::overview(checkIns, sessions, date(2026, 3, 1), date(2026, 3, 15));
    ASSERT_TRUE(o.ok());
    EXPECT_EQ(o->sessions, 7);
    EXPECT_EQ(o->sessionSeconds, 5 * 60 + 900 + 600);
    EXPECT_EQ(o->days[2].sessions, 2);
    EXPECT_EQ(o->days[3].sessions, 0);
    ASSERT_EQ(o->techniques.size(), 2u);
    EXPECT_EQ(o->techniques[0].techniqueId, "pressure-hold");
    EXPECT_EQ(o->techniques[0].sessions, 5);
    EXPECT_EQ(o->techniques[0].rated, 5);
    ASSERT_TRUE(o->techniques[0].effect.has_value());
    EXPECT_NEAR(o->techniques[0].effect->meanChange, -8.0 / 5, 1e-9);
    EXPECT_EQ(o->techniques[1].techniqueId, "heat-pack");
    EXPECT_EQ(o->techniques[1].sessions, 2);
    EXPECT_EQ(o->techniques[1].rated, 1);
    EXPECT_EQ(o->techniques[1].totalSeconds, 1500);
    EXPECT_FALSE(o->techniques[1].effect.has_value());
}

TEST_F(HistoryTest, KnotStoryHoldsReadingsSessionsAndStatusChanges) {
    KnotRepository knots(*store, clock);
    SelfCareSessionRepository sessions(*store, clock);
    const Knot k{0, BodyPoint{BodyView::Back, 0.4, 0.2, "upper-trapezius-left", Side::Left},
                 KnotStatus::Active, at(date(2026, 3, 10), 10h), std::nullopt};
    auto id = knots.add(k, KnotObservation{0, 0, k.createdAt, 7, Aching, ""});
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(knots.addObservation({0, *id, at(date(2026, 3, 11), 9h), 6, Aching, ""}).ok());
    ASSERT_TRUE(knots.setStatus(*id, KnotStatus::Easing, at(date(2026, 3, 12), 12h)).ok());
    SelfCareSession s;
    s.techniqueId = "pressure-hold";
    s.knotId = *id;
    s.regionId = k.place.regionId;
    s.startedAt = at(date(2026, 3, 11), 8h);
    s.durationSeconds = 120;
    ASSERT_TRUE(sessions.add(s).ok());
    s.knotId.reset(); // a session on the region only is not part of the knot's story
    ASSERT_TRUE(sessions.add(s).ok());
    auto knot = knots.get(*id);
    knot->status = KnotStatus::Resolved;
    knot->resolvedAt = at(date(2026, 3, 14), 9h);
    ASSERT_TRUE(knots.update(*knot).ok());

    auto story = history::knotStory(knots, sessions, *id, date(2026, 3, 15));
    ASSERT_TRUE(story.ok()) << story.error().message;
    EXPECT_EQ(story->observations.size(), 2u);
    ASSERT_EQ(story->sessions.size(), 1u);
    EXPECT_EQ(story->sessions[0].durationSeconds, 120);
    ASSERT_EQ(story->statusChanges.size(), 3u);
    EXPECT_EQ(story->statusChanges[0].status, KnotStatus::Active);
    EXPECT_EQ(story->statusChanges[0].changedAt, k.createdAt);
    EXPECT_EQ(story->statusChanges[1].status, KnotStatus::Easing);
    EXPECT_EQ(story->statusChanges[1].changedAt, at(date(2026, 3, 12), 12h));
    EXPECT_EQ(story->statusChanges[2].status, KnotStatus::Resolved);
    EXPECT_EQ(story->statusChanges[2].changedAt, at(date(2026, 3, 14), 9h));
    EXPECT_EQ(story->daysActive, 5); // the 10th to the 14th

    auto summaries = knots.summaries();
    ASSERT_TRUE(summaries.ok()) << summaries.error().message;
    ASSERT_EQ(summaries->size(), 1u);
    EXPECT_EQ((*summaries)[0].readings, 2);
    EXPECT_EQ((*summaries)[0].firstTenderness, 7);
    EXPECT_EQ((*summaries)[0].latestTenderness, 6);
    EXPECT_EQ((*summaries)[0].sessions, 1);
    auto listed = knots.listWithLatest();
    ASSERT_TRUE(listed.ok()) << listed.error().message;
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].knot.id, *id);
    EXPECT_EQ((*listed)[0].latestTenderness, 6);

    // An update that keeps the status adds no change; a status before the knot is refused.
    ASSERT_TRUE(knots.update(*knot).ok());
    EXPECT_EQ(knots.statusChanges(*id)->size(), 3u);
    EXPECT_FALSE(knots.setStatus(*id, KnotStatus::Active, k.createdAt - 1h).ok());
    EXPECT_EQ(history::knotStory(knots, sessions, 999, date(2026, 3, 15)).error().code,
              ErrorCode::NotFound);
}

TEST_F(HistoryTest, BodyHeatRanksRegionsByTendernessAndPain) {
    KnotRepository knots(*store, clock);
    PainAreaRepository areas(*store, clock);
    const auto place = [](const char* region, Side side) {
        return BodyPoint{BodyView::Back, 0.4, 0.2, region, side};
    };
    const Timestamp t0 = at(date(2026, 3, 5), 9h);
    auto a = knots.add({0, place("upper-trapezius-left", Side::Left), KnotStatus::Active, t0, {}},
                       {0, 0, t0, 8, Aching, ""});
    auto b = knots.add({0, place("upper-trapezius-left", Side::Left), KnotStatus::Active, t0, {}},
                       {0, 0, t0 + 1h, 6, Aching, ""});
    auto c =
        knots.add({0, place("levator-scapulae-right", Side::Right), KnotStatus::Active, t0, {}},
                  {0, 0, t0, 3, Aching, ""});
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    // A second reading of the same knot: one more reading, not one more knot.
    ASSERT_TRUE(knots.addObservation({0, *a, t0 + 24h, 4, Aching, ""}).ok());
    // A reading outside the span does not count.
    ASSERT_TRUE(
        knots.addObservation({0, *c, at(date(2026, 2, 1), 9h) + 24h * 40, 9, Aching, ""}).ok());
    // Pain marked on the right shoulder blade, and one cleared before the span.
    ASSERT_TRUE(areas.add({0, place("levator-scapulae-right", Side::Right), true, t0, {}}).ok());
    ASSERT_TRUE(areas
                    .add({0, place("rhomboids-left", Side::Left), false, at(date(2026, 2, 1), 9h),
                          at(date(2026, 2, 2), 9h)})
                    .ok());

    auto heat =
        history::bodyHeat(knots, areas, history::momentsOf({date(2026, 3, 1), date(2026, 3, 7)}));
    ASSERT_TRUE(heat.ok()) << heat.error().message;
    ASSERT_EQ(heat->size(), 2u);
    const auto& top = (*heat)[0];
    EXPECT_EQ(top.regionId, "upper-trapezius-left");
    EXPECT_EQ(top.knots, 2);
    EXPECT_EQ(top.readings, 3);
    EXPECT_NEAR(*top.meanTenderness, 6.0, 1e-9);
    EXPECT_EQ(top.maxTenderness, 8);
    EXPECT_DOUBLE_EQ(top.heat, 1.0);
    const auto& second = (*heat)[1];
    EXPECT_EQ(second.regionId, "levator-scapulae-right");
    EXPECT_EQ(second.readings, 1);
    EXPECT_EQ(second.painMarks, 1);
    EXPECT_TRUE(second.worst);
    EXPECT_NEAR(second.heat, (3.0 + 5.0) / 18.0, 1e-9);
}

TEST(SchemaLadder, VersionOneKnotsGetTheirStatusHistory) {
    TempDir dir;
    const auto path = dir.file("old.sqlite");
    {
        auto db = sql::Database::open(path, sql::Database::Access::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            db->exec("PRAGMA application_id = " + std::to_string(Store::kApplicationId)).ok());
        ASSERT_TRUE(schema::migrate(*db, 0, 1).ok());
        ASSERT_TRUE(
            db->exec("INSERT INTO knot VALUES (1, 'back', 0.4, 0.2, 'rhomboids-left', 'left', "
                     "'resolved', 1000, 5000);"
                     "INSERT INTO knot VALUES (2, 'back', 0.6, 0.2, 'rhomboids-right', 'right', "
                     "'easing', 2000, NULL);"
                     "INSERT INTO knot_observation VALUES (1, 2, 2000, 6, 0, '');"
                     "INSERT INTO knot_observation VALUES (2, 2, 3000, 4, 0, '');")
                .ok());
    }
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(*(*store)->database().queryInt("PRAGMA user_version"), Store::kSchemaVersion);
    FixedClock clock{noon()};
    KnotRepository knots(**store, clock);
    auto resolved = knots.statusChanges(1);
    ASSERT_EQ(resolved->size(), 2u);
    EXPECT_EQ((*resolved)[1].status, KnotStatus::Resolved);
    EXPECT_EQ((*resolved)[1].changedAt, Timestamp{5000s});
    auto easing = knots.statusChanges(2);
    ASSERT_EQ(easing->size(), 2u);
    EXPECT_EQ((*easing)[0].changedAt, Timestamp{2000s});
    EXPECT_EQ((*easing)[1].status, KnotStatus::Easing);
    EXPECT_EQ((*easing)[1].changedAt, Timestamp{3000s}); // the latest reading stands in
}

TEST(PainExtent, IsTheShareOfTheSurfaceMarkedEachDay) {
    const BodyAtlas& atlas = shippedAtlas();
    // The places tile both views, so all of them are the whole surface.
    std::vector<std::string> all;
    for (const BodyPlace& p : atlas.places())
        all.push_back(p.id);
    EXPECT_NEAR(atlas.surfaceShare(all), 1.0, 1e-9);
    EXPECT_EQ(atlas.surfaceShare({}), 0.0);
    const double kneecap = atlas.surfaceShare({"kneecap-left"});
    EXPECT_GT(kneecap, 0.0);
    EXPECT_LT(kneecap, 0.01);
    // A place counts once however many marks it has; the back of the body is larger than a
    // kneecap.
    EXPECT_DOUBLE_EQ(atlas.surfaceShare({"kneecap-left", "kneecap-left"}), kneecap);
    EXPECT_GT(atlas.surfaceShare({"buttock-left"}), kneecap);
    // Days: a mark counts from the day it was noted to the day it eased.
    const LocalDate d1 = date(2026, 3, 1);
    const auto mark = [&](const char* place, Timestamp noted, std::optional<Timestamp> cleared) {
        PainArea a;
        a.place = {BodyView::Front, 0.5, 0.5, place, Side::Left};
        a.notedAt = noted;
        a.clearedAt = cleared;
        return a;
    };
    const std::vector<PainArea> marks{
        mark("kneecap-left", at(d1, 9h), at(date(2026, 3, 3), 9h)),
        mark("kneecap-left", at(date(2026, 3, 2), 10h), std::nullopt),
        mark("front-of-thigh-left", at(date(2026, 3, 2), 11h), std::nullopt)};
    const auto days = history::painExtent(marks, {d1, date(2026, 3, 4)}, atlas);
    ASSERT_EQ(days.size(), 4u);
    EXPECT_EQ(days[0].places, 1);
    EXPECT_DOUBLE_EQ(days[0].share, kneecap);
    EXPECT_EQ(days[1].places, 2);
    EXPECT_DOUBLE_EQ(days[1].share, atlas.surfaceShare({"kneecap-left", "front-of-thigh-left"}));
    EXPECT_EQ(days[3].places, 2); // the first kneecap mark eased, the second is still there
}
