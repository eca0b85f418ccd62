// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"
#include "test_support.h"

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

Knot knotAt(double x, double y, const char* region, Side side, Timestamp when,
            BodyView view = BodyView::Back) {
    return Knot{0, BodyPoint{view, x, y, region, side}, KnotStatus::Active, when, std::nullopt};
}

KnotObservation reading(int tenderness, Timestamp when, unsigned qualities = Aching) {
    return KnotObservation{0, 0, when, tenderness, qualities, ""};
}

CheckIn checkIn(LocalDate day, int now, int worst, int least, int average) {
    CheckIn c;
    c.day = day;
    c.painNow = now;
    c.painWorst = worst;
    c.painLeast = least;
    c.painAverage = average;
    return c;
}

} // namespace

using KnotRepositoryTest = StoreFixture;

TEST_F(KnotRepositoryTest, AddsKnotWithFirstObservationAndReadsItBack) {
    KnotRepository repo(*store, clock);
    auto id = repo.add(knotAt(0.37, 0.22, "upper-trapezius-left", Side::Left, noon() - 1h),
                       reading(7, noon() - 1h, Aching | Stiff));
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto knot = repo.get(*id);
    ASSERT_TRUE(knot.ok());
    EXPECT_EQ(knot->place.view, BodyView::Back);
    EXPECT_DOUBLE_EQ(knot->place.x, 0.37);
    EXPECT_DOUBLE_EQ(knot->place.y, 0.22);
    EXPECT_EQ(knot->place.regionId, "upper-trapezius-left");
    EXPECT_EQ(knot->place.side, Side::Left);
    EXPECT_EQ(knot->status, KnotStatus::Active);
    auto obs = repo.observations(*id);
    ASSERT_TRUE(obs.ok());
    ASSERT_EQ(obs->size(), 1u);
    EXPECT_EQ((*obs)[0].tenderness, 7);
    EXPECT_EQ((*obs)[0].qualities, Aching | Stiff);
}

TEST_F(KnotRepositoryTest, RejectedFirstObservationAddsNothing) {
    KnotRepository repo(*store, clock);
    auto id = repo.add(knotAt(0.5, 0.5, "rhomboids-left", Side::Left, noon()), reading(11, noon()));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().field, "tenderness");
    EXPECT_TRUE(repo.listActive()->empty());
}

TEST_F(KnotRepositoryTest, ResolvingHidesFromActiveAndDeleteCascades) {
    KnotRepository repo(*store, clock);
    const RowId a =
        *repo.add(knotAt(0.3, 0.2, "a", Side::Left, noon() - 48h), reading(5, noon() - 48h));
    const RowId b =
        *repo.add(knotAt(0.7, 0.2, "b", Side::Right, noon() - 24h), reading(6, noon() - 24h));
    ASSERT_TRUE(repo.addObservation(KnotObservation{0, a, noon() - 2h, 3, 0, "better"}).ok());

    Knot knot = *repo.get(a);
    knot.status = KnotStatus::Resolved;
    knot.resolvedAt = noon();
    ASSERT_TRUE(repo.update(knot).ok());
    auto active = repo.listActive();
    ASSERT_EQ(active->size(), 1u);
    EXPECT_EQ((*active)[0].id, b);

    ASSERT_TRUE(repo.remove(a).ok());
    EXPECT_TRUE(repo.observations(a)->empty());
    EXPECT_EQ(repo.get(a).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo.remove(a).error().code, ErrorCode::NotFound);
}

TEST_F(KnotRepositoryTest, LatestObservationPerActiveKnot) {
    KnotRepository repo(*store, clock);
    const RowId a =
        *repo.add(knotAt(0.3, 0.2, "a", Side::Left, noon() - 72h), reading(8, noon() - 72h));
    const RowId b =
        *repo.add(knotAt(0.6, 0.3, "b", Side::Right, noon() - 48h), reading(4, noon() - 48h));
    ASSERT_TRUE(repo.addObservation(KnotObservation{0, a, noon() - 1h, 5, 0, ""}).ok());
    ASSERT_TRUE(repo.addObservation(KnotObservation{0, a, noon() - 30h, 6, 0, ""}).ok());
    auto latest = repo.latestObservationOfActiveKnots();
    ASSERT_TRUE(latest.ok());
    ASSERT_EQ(latest->size(), 2u);
    EXPECT_EQ((*latest)[0].knotId, a);
    EXPECT_EQ((*latest)[0].tenderness, 5);
    EXPECT_EQ((*latest)[1].knotId, b);
    EXPECT_EQ((*latest)[1].tenderness, 4);
}

TEST_F(KnotRepositoryTest, ListsByDateRange) {
    KnotRepository repo(*store, clock);
    ASSERT_TRUE(
        repo.add(knotAt(0.3, 0.2, "a", Side::Left, noon() - 240h), reading(5, noon() - 240h)).ok());
    ASSERT_TRUE(
        repo.add(knotAt(0.4, 0.2, "b", Side::Left, noon() - 24h), reading(5, noon() - 24h)).ok());
    auto recent = repo.listCreatedIn({noon() - 48h, noon()});
    ASSERT_EQ(recent->size(), 1u);
    EXPECT_EQ((*recent)[0].place.regionId, "b");
    EXPECT_EQ(repo.observationsIn({noon() - 300h, noon() - 200h})->size(), 1u);
}

TEST_F(KnotRepositoryTest, SumsReadingsPerKnotOverARange) {
    KnotRepository repo(*store, clock);
    auto a = repo.add(knotAt(0.3, 0.2, "a", Side::Left, noon() - 240h), reading(5, noon() - 240h));
    auto b = repo.add(knotAt(0.4, 0.2, "b", Side::Left, noon() - 24h), reading(2, noon() - 24h));
    ASSERT_TRUE(a.ok() && b.ok());
    const auto of = [](RowId knot, KnotObservation o) {
        o.knotId = knot;
        return o;
    };
    ASSERT_TRUE(repo.addObservation(of(*a, reading(9, noon() - 48h))).ok());
    ASSERT_TRUE(repo.addObservation(of(*a, reading(7, noon() - 1h))).ok());
    ASSERT_TRUE(repo.addObservation(of(*b, reading(8, noon()))).ok()); // the range's end: out
    auto totals = repo.readingTotalsIn({noon() - 240h, noon()});
    ASSERT_TRUE(totals.ok()) << totals.error().message;
    ASSERT_EQ(totals->size(), 2u);
    EXPECT_EQ((*totals)[0].knotId, *a);
    EXPECT_EQ((*totals)[0].readings, 3); // the first one, at the range's start, counts
    EXPECT_EQ((*totals)[0].tendernessSum, 5 + 9 + 7);
    EXPECT_EQ((*totals)[0].maxTenderness, 9);
    EXPECT_EQ((*totals)[1].knotId, *b);
    EXPECT_EQ((*totals)[1].readings, 1);
    EXPECT_EQ((*totals)[1].maxTenderness, 2);
    EXPECT_TRUE(repo.readingTotalsIn({noon() + 1h, noon() + 2h})->empty());
}

TEST_F(KnotRepositoryTest, ObservationForMissingKnotIsNotFound) {
    KnotRepository repo(*store, clock);
    auto id = repo.addObservation(KnotObservation{0, 4242, noon(), 3, 0, ""});
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, ErrorCode::NotFound);
}

using PainAreaRepositoryTest = StoreFixture;

TEST_F(PainAreaRepositoryTest, OnlyOneCurrentWorstArea) {
    PainAreaRepository repo(*store, clock);
    const RowId temple =
        *repo.add(PainArea{0,
                           {BodyView::Front, 0.58, 0.05, "temple-left", Side::Left},
                           true,
                           noon() - 5h,
                           std::nullopt});
    const RowId back =
        *repo.add(PainArea{0,
                           {BodyView::Back, 0.45, 0.26, "rhomboids-left", Side::Left},
                           true,
                           noon() - 1h,
                           std::nullopt});
    auto current = repo.listCurrent();
    ASSERT_EQ(current->size(), 2u);
    EXPECT_EQ((*current)[0].id, temple);
    EXPECT_FALSE((*current)[0].worst);
    EXPECT_EQ((*current)[1].id, back);
    EXPECT_TRUE((*current)[1].worst);

    PainArea cleared = (*current)[0];
    cleared.clearedAt = noon();
    ASSERT_TRUE(repo.update(cleared).ok());
    EXPECT_EQ(repo.listCurrent()->size(), 1u);
    EXPECT_EQ(repo.listNotedIn({noon() - 24h, noon()})->size(), 2u);
    ASSERT_TRUE(repo.remove(back).ok());
    EXPECT_TRUE(repo.listCurrent()->empty());
}

TEST_F(PainAreaRepositoryTest, KeepsHowThePainFeels) {
    PainAreaRepository repo(*store, clock);
    PainArea thumb{
        0, {BodyView::Front, 0.5, 0.5, "thumb-left", Side::Left}, false, noon() - 2h, std::nullopt};
    thumb.kinds = Tingling | Burning;
    thumb.id = *repo.add(thumb);
    EXPECT_EQ(repo.listCurrent()->at(0).kinds, Tingling | Burning);
    thumb.kinds = Numb | Throbbing | Stabbing | Aching;
    ASSERT_TRUE(repo.update(thumb).ok());
    EXPECT_EQ(repo.listCurrent()->at(0).kinds, Numb | Throbbing | Stabbing | Aching);
    // A word for a knot, not for pain felt somewhere, is refused and nothing changes.
    thumb.kinds = Stiff;
    const Status refused = repo.update(thumb);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "kinds");
    EXPECT_EQ(repo.listCurrent()->at(0).kinds, Numb | Throbbing | Stabbing | Aching);
    // The schema holds the same rule for rows written around the repository.
    EXPECT_FALSE(store->database().exec("UPDATE pain_area SET kinds = 4").ok());
    EXPECT_FALSE(store->database().exec("UPDATE pain_area SET kinds = 256").ok());
}

TEST_F(PainAreaRepositoryTest, KeepsHowStrongAndDrawsAndErasesAllOrNothing) {
    PainAreaRepository repo(*store, clock);
    const auto mark = [&](const char* place, std::optional<int> intensity) {
        return PainArea{0,
                        {BodyView::Front, 0.5, 0.5, place, Side::Left},
                        false,
                        noon() - 1h,
                        std::nullopt,
                        Aching,
                        intensity};
    };
    // A stroke of three, one with a strength out of range: refused, nothing written.
    auto refused = repo.addAll({mark("cheek-left", 6), mark("jaw-left", 11), mark("ear-left", 2)});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "intensity");
    EXPECT_TRUE(repo.listCurrent()->empty());
    auto ids =
        repo.addAll({mark("cheek-left", 6), mark("jaw-left", std::nullopt), mark("ear-left", 2)});
    ASSERT_TRUE(ids.ok());
    ASSERT_EQ(ids->size(), 3u);
    const auto current = *repo.listCurrent();
    EXPECT_EQ(current[0].intensity, 6);
    EXPECT_EQ(current[1].intensity, std::nullopt);
    EXPECT_EQ(current[2].intensity, 2);
    // The schema holds the range too.
    EXPECT_FALSE(store->database().exec("UPDATE pain_area SET intensity = 11").ok());
    EXPECT_FALSE(store->database().exec("UPDATE pain_area SET intensity = -1").ok());
    // Erasing two eases them, with their dates kept; one already eased refuses the stroke.
    ASSERT_TRUE(repo.clearAll({(*ids)[0], (*ids)[1]}, noon()).ok());
    EXPECT_EQ(repo.listCurrent()->size(), 1u);
    EXPECT_EQ(repo.listNotedIn({noon() - 24h, noon() + 1s})->size(), 3u);
    EXPECT_FALSE(repo.clearAll({(*ids)[2], (*ids)[0]}, noon()).ok());
    EXPECT_EQ(repo.listCurrent()->size(), 1u); // the whole stroke was refused
}

using CountryTest = StoreFixture;

TEST_F(CountryTest, IsKeptAndOnlyAsTwoCapitalLetters) {
    EXPECT_FALSE(loadCountry(*store)->has_value());
    ASSERT_TRUE(saveCountry(*store, "DE").ok());
    EXPECT_EQ(loadCountry(*store)->value_or(""), "DE");
    for (const char* bad : {"de", "DEU", "D", "1A"}) {
        const Status refused = saveCountry(*store, bad);
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().field, "country");
    }
    EXPECT_EQ(loadCountry(*store)->value_or(""), "DE");
    ASSERT_TRUE(saveCountry(*store, "").ok());
    EXPECT_FALSE(loadCountry(*store)->has_value());
}

using CheckInRepositoryTest = StoreFixture;

TEST_F(CheckInRepositoryTest, OnePerDayWithConflictAndSaveReplaces) {
    CheckInRepository repo(*store, clock);
    CheckIn c = checkIn(date(2026, 3, 15), 4, 6, 2, 4);
    c.interference[0] = 3;
    c.factors.sittingHours = 7.5;
    c.factors.awkwardSleep = true;
    c.note = "Stiff after the train.";
    const RowId id = *repo.add(c);

    auto duplicate = repo.add(checkIn(date(2026, 3, 15), 1, 1, 1, 1));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);

    auto stored = repo.forDay(date(2026, 3, 15));
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->id, id);
    EXPECT_EQ((*stored)->interference[0], 3);
    EXPECT_FALSE((*stored)->interference[1].has_value());
    EXPECT_DOUBLE_EQ(*(*stored)->factors.sittingHours, 7.5);
    EXPECT_EQ((*stored)->factors.awkwardSleep, true);
    EXPECT_FALSE((*stored)->factors.heavyLifting.has_value());
    EXPECT_EQ((*stored)->note, "Stiff after the train.");
    EXPECT_EQ((*stored)->updatedAt, noon());

    // A form that did not read the day's check-in does not save over it.
    auto blind = repo.save(checkIn(date(2026, 3, 15), 2, 5, 1, 3));
    ASSERT_FALSE(blind.ok());
    EXPECT_EQ(blind.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(blind.error().field.empty());
    EXPECT_EQ((*repo.forDay(date(2026, 3, 15)))->painNow, 4);

    // One that read it saves over it, once: the revision it read is then stale.
    CheckIn edited = checkIn(date(2026, 3, 15), 2, 5, 1, 3);
    edited.id = (*stored)->id;
    edited.revision = (*stored)->revision;
    auto saved = repo.save(edited);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(*saved, id);
    EXPECT_EQ((*repo.forDay(date(2026, 3, 15)))->painNow, 2);
    EXPECT_EQ((*repo.forDay(date(2026, 3, 15)))->revision, edited.revision + 1);
    EXPECT_EQ(*repo.count(), 1);
    CheckIn stale = edited;
    stale.painNow = 5;
    auto lost = repo.save(stale);
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().code, ErrorCode::Conflict);
    EXPECT_EQ((*repo.forDay(date(2026, 3, 15)))->painNow, 2) << "the newer save is kept";
    auto direct = repo.update(stale);
    EXPECT_EQ(direct.error().code, ErrorCode::Conflict);
}

TEST_F(CheckInRepositoryTest, FillsPastDaysRefusesFutureDays) {
    CheckInRepository repo(*store, clock);
    ASSERT_TRUE(repo.add(checkIn(date(2026, 3, 1), 3, 4, 2, 3)).ok());
    auto future = repo.add(checkIn(date(2026, 3, 16), 3, 4, 2, 3));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().field, "day");
    EXPECT_NE(future.error().message.find("future"), std::string::npos);
}

TEST_F(CheckInRepositoryTest, BetweenIsInclusiveAndOrdered) {
    CheckInRepository repo(*store, clock);
    for (unsigned d : {10u, 3u, 7u, 12u})
        ASSERT_TRUE(repo.add(checkIn(date(2026, 3, d), 3, 4, 2, 3)).ok());
    auto range = repo.between({date(2026, 3, 3), date(2026, 3, 10)});
    ASSERT_EQ(range->size(), 3u);
    EXPECT_EQ((*range)[0].day, date(2026, 3, 3));
    EXPECT_EQ((*range)[2].day, date(2026, 3, 10));
    ASSERT_TRUE(repo.remove((*range)[1].id).ok());
    EXPECT_EQ(*repo.count(), 3);
}

using SessionRepositoryTest = StoreFixture;

TEST_F(SessionRepositoryTest, AddUpdateRemoveAndKnotDeletionKeepsSession) {
    KnotRepository knots(*store, clock);
    SelfCareSessionRepository repo(*store, clock);
    const RowId knot =
        *knots.add(knotAt(0.37, 0.22, "upper-trapezius-left", Side::Left, noon() - 48h),
                   reading(7, noon() - 48h));
    SelfCareSession s{0, "pressure-ball", knot, "upper-trapezius-left", noon() - 2h, 90, 7, 5, ""};
    const RowId id = *repo.add(s);
    s.id = id;
    s.durationSeconds = 120;
    ASSERT_TRUE(repo.update(s).ok());

    ASSERT_TRUE(knots.remove(knot).ok());
    auto listed = repo.startedIn({noon() - 24h, noon()});
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].durationSeconds, 120);
    EXPECT_FALSE((*listed)[0].knotId.has_value());
    EXPECT_EQ((*listed)[0].regionId, "upper-trapezius-left");
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_TRUE(repo.startedIn({noon() - 24h, noon()})->empty());
}

TEST_F(SessionRepositoryTest, RedFlagAnswersKeepYesAndNo) {
    RedFlagAnswerRepository repo(*store, clock);
    ASSERT_TRUE(repo.add({0, "E6", false, noon() - 1h, "pectoralis-major-left"}).ok());
    ASSERT_TRUE(repo.add({0, "U1", true, noon(), ""}).ok());
    auto answers = repo.answeredIn({noon() - 24h, noon() + 1s});
    ASSERT_EQ(answers->size(), 2u);
    EXPECT_FALSE((*answers)[0].yes);
    EXPECT_EQ((*answers)[0].regionId, "pectoralis-major-left");
    EXPECT_TRUE((*answers)[1].yes);
}
