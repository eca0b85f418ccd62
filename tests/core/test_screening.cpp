// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// When the warning-sign questions are asked again (screening.h), on a real store: a "no"
// stops counting after a 4-week break in entries and after 13 weeks; a region's own
// questions follow the knots logged there; a "yes" stands until it is changed.
#include "knotmap/knots.h"
#include "knotmap/redflags.h"
#include "knotmap/screening.h"
#include "test_support.h"

#include <set>

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

namespace {

const KnowledgeBase& kb() {
    return shippedKnowledge();
}

constexpr std::chrono::days kWeek{7};

struct Screening : StoreFixture {
    // The answers and knots are written as at their own times: the clock is moved there.
    void at(Timestamp t) { clock.set(t); }
    void logKnot(const char* region, Timestamp when) {
        at(when);
        KnotRepository knots(*store, clock);
        const Knot k{0, BodyPoint{BodyView::Back, 0.5, 0.8, region, Side::Left}, KnotStatus::Active,
                     when, std::nullopt};
        ASSERT_TRUE(knots.add(k, KnotObservation{0, 0, when, 5, 0, ""}).ok());
    }
    void answerAll(const std::vector<const RedFlagQuestion*>& qs, bool yes, Timestamp when,
                   const char* region = "") {
        at(when);
        RedFlagAnswerRepository answers(*store, clock);
        for (const RedFlagQuestion* q : qs)
            ASSERT_TRUE(answers.add({0, q->id, yes, when, region}).ok());
    }
    // The ids of the questions due now for a knot in `region` ("" for the general screen).
    std::set<std::string> dueFor(const std::string& region, Timestamp now) {
        at(now);
        RedFlagAnswerRepository answers(*store, clock);
        auto questions = kb().generalQuestions();
        if (!region.empty()) {
            for (const RedFlagQuestion* q : kb().questionsFor(region))
                questions.push_back(q);
        }
        const auto given = *answers.answeredIn({Timestamp{}, now + 1s});
        const HealthHistory history = healthHistory(given, kb(), std::nullopt);
        const screening::Activity activity = [&](const RedFlagQuestion& q, Timestamp since) {
            std::vector<std::string> where;
            if (!q.general()) {
                where = q.regions;
                where.insert(where.end(), q.places.begin(), q.places.end());
            }
            return *answers.entriesSince(since, where);
        };
        std::set<std::string> ids;
        for (const RedFlagQuestion* q :
             screening::due(questions, given, kb(), history, activity, now, 2026))
            ids.insert(q->id);
        return ids;
    }
};

} // namespace

TEST(ScreeningRule, ANoLapsesAfterABreakInEntriesOrAfterThirteenWeeks) {
    const AskAgainRule rule = kb().askAgain();
    const Timestamp t = noon();
    // Weekly entries: the "no" counts until 13 weeks have passed.
    std::vector<Timestamp> weekly;
    for (int w = 1; w <= 14; ++w)
        weekly.push_back(t + w * kWeek);
    EXPECT_TRUE(screening::noStillCounts(rule, t, weekly, t + 12 * kWeek));
    EXPECT_FALSE(screening::noStillCounts(rule, t, weekly, t + 13 * kWeek));
    // A 4-week gap anywhere between the answer and now: it no longer counts, even once
    // logging has gone on since.
    const std::vector<Timestamp> gap{t + 1 * kWeek, t + 5 * kWeek, t + 6 * kWeek};
    EXPECT_FALSE(screening::noStillCounts(rule, t, gap, t + 6 * kWeek));
    const std::vector<Timestamp> shortGap{t + 1 * kWeek, t + 4 * kWeek + 6 * 24h};
    EXPECT_TRUE(screening::noStillCounts(rule, t, shortGap, t + 5 * kWeek));
    // Nothing since the answer: it counts for 4 weeks, then lapses.
    EXPECT_TRUE(screening::noStillCounts(rule, t, {}, t + 27 * 24h));
    EXPECT_FALSE(screening::noStillCounts(rule, t, {}, t + 28 * 24h));
    // Entries from before the answer do not count for it.
    EXPECT_FALSE(screening::noStillCounts(rule, t, {t - 1h}, t + 30 * 24h));
}

TEST_F(Screening, FirstUseAsksEveryGeneralQuestionAndANoCountsWhileLoggingGoesOn) {
    const Timestamp t = noon();
    const auto general = dueFor("", t);
    EXPECT_TRUE(general.contains("E3"));
    EXPECT_TRUE(general.contains("U1"));
    answerAll(kb().generalQuestions(), false, t);
    EXPECT_TRUE(dueFor("", t + 1h).empty());
    for (int w = 1; w <= 8; ++w)
        logKnot("rhomboids-left", t + w * kWeek);
    EXPECT_TRUE(dueFor("", t + 8 * kWeek + 1h).empty()) << "weekly logging, 8 weeks on";
}

TEST_F(Screening, AfterAFiveWeekBreakTheGeneralQuestionsAreAskedAgain) {
    const Timestamp t = noon();
    answerAll(kb().generalQuestions(), false, t);
    logKnot("rhomboids-left", t + 1 * kWeek);
    // Logging resumes after five weeks without entries.
    logKnot("rhomboids-left", t + 6 * kWeek);
    const auto asked = dueFor("", t + 6 * kWeek);
    EXPECT_TRUE(asked.contains("E3"));
    EXPECT_TRUE(asked.contains("S6"));
    // Answered again, the new "no" counts.
    answerAll(kb().generalQuestions(), false, t + 6 * kWeek + 1min);
    EXPECT_TRUE(dueFor("", t + 6 * kWeek + 2min).empty());
}

TEST_F(Screening, EveryThirteenWeeksTheyAreAskedAgainHoweverOftenOneLogs) {
    const Timestamp t = noon();
    answerAll(kb().generalQuestions(), false, t);
    for (int day = 1; day <= 13 * 7; ++day)
        logKnot("rhomboids-left", t + std::chrono::days{day} - 1h);
    EXPECT_FALSE(dueFor("", t + 13 * kWeek).empty());
}

TEST_F(Screening, ARegionsQuestionsFollowTheKnotsLoggedThere) {
    const Timestamp t = noon();
    answerAll(kb().generalQuestions(), false, t);
    const auto calf = kb().questionsFor("gastrocnemius-left");
    logKnot("gastrocnemius-left", t);
    answerAll(calf, false, t, "gastrocnemius-left");
    EXPECT_FALSE(dueFor("gastrocnemius-left", t + 1min).contains("L3"));
    // Knots elsewhere every week keep the general "no"s, not the calf's.
    for (int w = 1; w <= 5; ++w)
        logKnot("rhomboids-left", t + w * kWeek);
    logKnot("gastrocnemius-left", t + 5 * kWeek + 1h);
    const auto asked = dueFor("gastrocnemius-left", t + 5 * kWeek + 1h);
    EXPECT_TRUE(asked.contains("L3")) << "the calf, logged again after five weeks";
    EXPECT_TRUE(asked.contains("L1"));
    EXPECT_FALSE(asked.contains("E3")) << "the general answers still count";
}

TEST_F(Screening, AYesIsNeverAskedAgainByTime) {
    const Timestamp t = noon();
    answerAll(kb().generalQuestions(), false, t);
    answerAll({kb().redFlag("S4")}, true, t + 1min);
    const auto asked = dueFor("", t + 20 * kWeek);
    EXPECT_FALSE(asked.contains("S4")) << "a yes stands until the person changes it";
    EXPECT_TRUE(asked.contains("S6"));
}

TEST_F(Screening, AQuestionForCancerIsNotAskedOfSomeoneWhoNeverHadIt) {
    const Timestamp t = noon();
    EXPECT_TRUE(dueFor("", t).contains("E7")) << "not known yet: asked, the safe side";
    at(t);
    RedFlagAnswerRepository answers(*store, clock);
    ASSERT_TRUE(answers.add({0, "cancer", false, t, ""}).ok());
    EXPECT_FALSE(dueFor("", t + 1min).contains("E7"));
    EXPECT_FALSE(dueFor("lumbar-paraspinals-left", t + 1min).contains("C1"));
    ASSERT_TRUE(answers.add({0, "cancer", true, t + 2min, ""}).ok());
    EXPECT_TRUE(dueFor("lumbar-paraspinals-left", t + 3min).contains("C1"));
    // The fact is asked once: never again by time.
    const HealthHistory h = healthHistory(*answers.answeredIn({Timestamp{}, t + 1h}), kb(), {});
    EXPECT_EQ(screening::factsToAsk(kb(), h).size(), 2U); // osteoporosis and steroids
}

TEST_F(Screening, TheYearOfBirthIsKeptAndCheckedAndMayBeLeftOut) {
    EXPECT_FALSE(loadBirthYear(*store)->asked);
    ASSERT_TRUE(saveBirthYear(*store, std::nullopt, clock).ok());
    EXPECT_TRUE(loadBirthYear(*store)->asked);
    EXPECT_FALSE(loadBirthYear(*store)->year.has_value());
    ASSERT_TRUE(saveBirthYear(*store, 1961, clock).ok());
    EXPECT_EQ(loadBirthYear(*store)->year, std::optional(1961));
    const auto future = saveBirthYear(*store, 2090, clock);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().field, "birthYear");
    EXPECT_EQ(loadBirthYear(*store)->year, std::optional(1961)) << "the refused year kept nothing";
    EXPECT_FALSE(saveBirthYear(*store, 1850, clock).ok());
}
