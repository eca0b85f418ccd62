// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/demo.h"

#include "demomark.h"

#include "knotmap/backup.h"
#include "knotmap/checkins.h"
#include "knotmap/exchange.h"
#include "knotmap/files.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"
#include "knotmap/text.h"

#include <cstdio>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace knotmap::demo {
namespace {

using namespace std::chrono;

// A knot in the sample history: where it is, when it appeared, how tender it started
// and how fast self-care eased it.
struct SampleKnot {
    BodyView view;
    double x;
    double y;
    const char* region;
    Side side;
    int firstDay; // days after the start of the history
    int startTenderness;
    double easePerWeek;
    const char* technique;
    int resolvedDay; // 0 = still active
};

// Places match the body figure in resources/body (person's left on the viewer's left
// on the back view, on the viewer's right on the front view).
constexpr std::array kKnots{
    SampleKnot{BodyView::Back, 0.372, 0.218, "upper-trapezius-left", Side::Left, 0, 8, 0.3,
               "pressure-ball", 0},
    SampleKnot{BodyView::Back, 0.618, 0.218, "upper-trapezius-right", Side::Right, 3, 6, 0.5,
               "pressure-ball", 0},
    SampleKnot{BodyView::Back, 0.560, 0.196, "levator-scapulae-right", Side::Right, 5, 5, 1.2,
               "heat", 38},
    SampleKnot{BodyView::Back, 0.440, 0.290, "rhomboids-left", Side::Left, 12, 7, 0.4,
               "two-balls-spine", 0},
    SampleKnot{BodyView::Back, 0.585, 0.405, "quadratus-lumborum-right", Side::Right, 20, 8, 0.2,
               "foam-roller", 0},
    SampleKnot{BodyView::Front, 0.622, 0.272, "pectoralis-major-left", Side::Left, 30, 5, 0.9,
               "doorway-stretch", 0},
};

struct SampleArea {
    BodyView view;
    double x;
    double y;
    const char* place; // the atlas's place at (x, y)
    Side side;
    int firstDay;
    bool worst;
    unsigned kinds; // how it feels (PainQuality bits)
};

// Where the pain is felt: the temple and the base of the skull (referred from the upper
// trapezius), between the shoulder blade and the spine, and the upper outer buttock.
constexpr std::array kAreas{
    SampleArea{BodyView::Front, 0.565, 0.089, "temple-left", Side::Left, 1, false,
               Aching | Throbbing},
    SampleArea{BodyView::Back, 0.4625, 0.142, "base-of-skull-left", Side::Left, 2, false, Aching},
    SampleArea{BodyView::Back, 0.475, 0.252, "beside-shoulder-blade-left", Side::Left, 12, true,
               Aching | Burning},
    SampleArea{BodyView::Back, 0.600, 0.455, "upper-buttock-right", Side::Right, 21, false, 0},
};

class Dice {
public:
    explicit Dice(std::uint32_t seed)
        : m_engine(seed) {}
    // Uniform integer in [low, high]; independent of the standard library's distributions,
    // whose output differs between implementations.
    int between(int low, int high) {
        return low + static_cast<int>(m_engine() % static_cast<std::uint32_t>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::mt19937 m_engine;
};

Timestamp at(LocalDate day, int hour, int minute = 0) {
    return startOfLocalDay(day) + hours{hour} + minutes{minute};
}

LocalDate dayOf(LocalDate first, int offset) {
    return LocalDate{sys_days{first} + days{offset}};
}

int clampScore(int v) {
    return std::clamp(v, 0, 10);
}

// The repositories a sample history is written through.
struct Writers {
    Writers(Store& store, const Clock& clock)
        : knots(store, clock)
        , areas(store, clock)
        , checkIns(store, clock)
        , sessions(store, clock)
        , redFlags(store, clock) {}
    KnotRepository knots;
    PainAreaRepository areas;
    CheckInRepository checkIns;
    SelfCareSessionRepository sessions;
    RedFlagAnswerRepository redFlags;
};

// One transaction for the whole sample; finishDemo marks the store as a demo last.
Result<sql::Transaction> beginDemo(Store& store) {
    return sql::Transaction::begin(store.database());
}

Status finishDemo(Store& store, sql::Transaction& tx) {
    if (auto ok = mark::write(store.database()); !ok)
        return ok;
    return tx.commit();
}

} // namespace

Result<bool> isDemo(Store& store) {
    return mark::present(store.database());
}

Result<bool> holdsOnlyTheDemo(Store& store) {
    return mark::holdsOnlyTheSample(store.database());
}

Result<std::unique_ptr<Store>> open(const std::filesystem::path& path, const Clock& clock,
                                    const BodyAtlas* atlas) {
    OpenOptions options;
    options.atlas = atlas;
    options.whenInUse = OpenOptions::WhenInUse::Refuse; // never rebuilt under another window
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    auto store = Store::open(path, options);
    if (!store)
        return store.error();
    if (existed) {
        auto onlyDemo = holdsOnlyTheDemo(**store);
        if (!onlyDemo)
            return onlyDemo.error();
        auto rows = (*store)->database().queryInt(
            "SELECT (SELECT count(*) FROM knot) + (SELECT count(*) FROM pain_area) + "
            "(SELECT count(*) FROM check_in) + (SELECT count(*) FROM self_care_session) + "
            "(SELECT count(*) FROM red_flag_answer)");
        if (!rows)
            return rows.error();
        if (!*onlyDemo && *rows > 0)
            return Error{ErrorCode::Conflict,
                         fill(translate("demo", "KnotMap did not make a demo database at %1: "
                                                "that file holds data that is not the sample "
                                                "KnotMap wrote there. It was not changed."),
                              {files::quoted(path)}),
                         {}};
        if (*onlyDemo) {
            // The sample is replaced: a copy first, as before any step that deletes rows.
            if (auto copy = backup::make((*store)->database(), path, clock.now(), "before-demo");
                !copy)
                return copy.error();
        }
    }
    auto tx = sql::Transaction::begin((*store)->database());
    if (!tx)
        return tx.error();
    // Children before parents; settings (the reminder) stay.
    for (const char* table : {"knot_status_change", "knot_observation", "self_care_session", "knot",
                              "pain_area", "check_in", "red_flag_answer"}) {
        if (auto ok = (*store)->database().exec(std::string("DELETE FROM ") + table); !ok)
            return ok.error();
    }
    if (auto ok = fillDemoHistory(**store, clock); !ok)
        return ok.error();
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return store;
}

namespace {

// The 60-day sample history, written day by day. The dice are thrown in a fixed order,
// so the same clock gives the same history.
class DemoHistory {
public:
    DemoHistory(Store& store, const Clock& clock)
        : m_w(store, clock)
        , m_first(dayOf(clock.today(), -(kDemoDays - 1))) {}

    Status write() {
        // The first-use screen on the first day, every answer "no": the history facts, then
        // the general questions that apply (E7 is for someone who has had cancer).
        for (const char* question : {"cancer", "osteoporosis", "steroids", "E3", "U1", "U2", "U6",
                                     "S1", "S4", "S5", "S6"}) {
            RedFlagAnswer answer{0, question, false, at(m_first, 9, 5), ""};
            if (auto ok = m_w.redFlags.add(answer); !ok)
                return ok.error();
        }
        for (int offset = 0; offset < kDemoDays; ++offset) {
            for (auto step : {&DemoHistory::startKnotsAndAreas, &DemoHistory::checkIn,
                              &DemoHistory::selfCare, &DemoHistory::resolveKnots})
                if (auto ok = (this->*step)(offset); !ok)
                    return ok;
        }
        return {};
    }

private:
    LocalDate day(int offset) const { return dayOf(m_first, offset); }
    static bool isToday(int offset) { return offset == kDemoDays - 1; }

    Status startKnotsAndAreas(int offset) {
        for (std::size_t k = 0; k < kKnots.size(); ++k) {
            const SampleKnot& s = kKnots[k];
            if (offset != s.firstDay)
                continue;
            const Timestamp t = at(day(offset), 8, 30);
            Knot knot{0, BodyPoint{s.view, s.x, s.y, s.region, s.side}, KnotStatus::Active, t,
                      std::nullopt};
            auto id = m_w.knots.add(knot, {0, 0, t, s.startTenderness, Aching | Stiff, ""});
            if (!id)
                return id.error();
            m_knotIds[k] = *id;
        }
        for (const SampleArea& a : kAreas) {
            if (offset != a.firstDay)
                continue;
            PainArea area{0,
                          BodyPoint{a.view, a.x, a.y, a.place, a.side},
                          a.worst,
                          at(day(offset), 9),
                          std::nullopt,
                          a.kinds,
                          a.worst ? 7 : 4};
            if (auto ok = m_w.areas.add(area); !ok)
                return ok.error();
        }
        return {};
    }

    // Daily pain eases over the weeks, worse after long sitting and stressful days.
    Status checkIn(int offset) {
        const int sitting = m_dice.between(5, 10);
        const int stress = m_dice.between(2, 8);
        const int trend = 6 - (offset * 3) / kDemoDays;
        const int average =
            clampScore(trend + (sitting - 7) / 2 + (stress - 5) / 3 + m_dice.between(-1, 1));
        const int worst = clampScore(average + m_dice.between(1, 3));
        const int least = clampScore(average - m_dice.between(1, 3));
        const int now = clampScore(std::clamp(average + m_dice.between(-1, 1), least, worst));
        if (m_dice.chance(8) && !isToday(offset)) // a few days are missed, as in real life
            return {};
        CheckIn c;
        c.day = day(offset);
        c.painNow = now;
        c.painWorst = worst;
        c.painLeast = least;
        c.painAverage = average;
        c.interference[0] = clampScore(average - 1);
        c.interference[5] = clampScore(average - m_dice.between(0, 2));
        c.factors.sittingHours = sitting + 0.5 * m_dice.between(0, 1);
        c.factors.movementBreaks = m_dice.between(1, 8);
        c.factors.sleepHours = 5.5 + 0.5 * m_dice.between(0, 5);
        c.factors.sleepQuality = m_dice.between(3, 9);
        c.factors.stress = stress;
        c.factors.waterGlasses = m_dice.between(3, 9);
        c.factors.exerciseMinutes = 10 * m_dice.between(0, 6);
        c.factors.awkwardSleep = m_dice.chance(15);
        c.factors.heavyLifting = m_dice.chance(10);
        if (offset % 9 == 4)
            c.note = "Long day at the desk; the neck felt tight by the afternoon.";
        if (auto ok = m_w.checkIns.add(c); !ok)
            return ok.error();
        return {};
    }

    // Self-care on most days, on one or two of the active knots.
    Status selfCare(int offset) {
        for (std::size_t k = 0; k < kKnots.size(); ++k) {
            const SampleKnot& s = kKnots[k];
            const bool active =
                offset > s.firstDay && (s.resolvedDay == 0 || offset < s.resolvedDay);
            if (!active || !m_dice.chance(45) || isToday(offset))
                continue;
            const int weeks = (offset - s.firstDay) / 7;
            const int before = clampScore(
                s.startTenderness - static_cast<int>(s.easePerWeek * weeks) + m_dice.between(0, 1));
            const int after = clampScore(before - m_dice.between(1, 2));
            const int durations[] = {90, 120, 180, 600, 900, 1200};
            const Timestamp start =
                at(day(offset), 18 + static_cast<int>(k % 3), m_dice.between(0, 50));
            const SelfCareSession session{0,        s.technique, m_knotIds[k],
                                          s.region, start,       durations[m_dice.between(0, 5)],
                                          before,   after,       ""};
            if (auto ok = m_w.sessions.add(session); !ok)
                return ok.error();
            const KnotObservation obs{0,     m_knotIds[k], start + seconds{session.durationSeconds},
                                      after, Aching,       ""};
            if (auto ok = m_w.knots.addObservation(obs); !ok)
                return ok.error();
        }
        return {};
    }

    Status resolveKnots(int offset) {
        for (std::size_t k = 0; k < kKnots.size(); ++k) {
            if (kKnots[k].resolvedDay != offset || offset == 0)
                continue;
            auto knot = m_w.knots.get(m_knotIds[k]);
            if (!knot)
                return knot.error();
            knot->status = KnotStatus::Resolved;
            knot->resolvedAt = at(day(offset), 20);
            if (auto ok = m_w.knots.update(*knot); !ok)
                return ok;
        }
        return {};
    }

    Writers m_w;
    Dice m_dice{20261123};
    LocalDate m_first;
    std::array<RowId, kKnots.size()> m_knotIds{};
};

// Years of daily entries, for benchmarks and scale tests: a check-in every day, a new
// knot every 12 days that lives two to four months, a pain mark every month and a short
// red-flag screen every quarter.
class LongHistory {
public:
    LongHistory(Store& store, const Clock& clock, int years)
        : m_w(store, clock)
        , m_total(years * 365)
        , m_first(dayOf(clock.today(), -(m_total - 1)))
        , m_now(clock.now()) {}

    Status write() {
        for (int offset = 0; offset < m_total; ++offset) {
            for (auto step : {&LongHistory::checkIn, &LongHistory::newKnot, &LongHistory::tendKnots,
                              &LongHistory::painMark, &LongHistory::screen})
                if (auto ok = (this->*step)(offset); !ok)
                    return ok;
        }
        return {};
    }

private:
    struct Living {
        RowId id;
        std::size_t spot;
        int born;
        int dies;
        int tenderness;
    };

    LocalDate day(int offset) const { return dayOf(m_first, offset); }
    // A time on the day of `offset`, never after the clock's now.
    Timestamp upToNow(int offset, int hour, int minute = 0) const {
        return std::min(m_now, at(day(offset), hour, minute));
    }

    // Pain drifts over seasons of about three months, with day-to-day noise.
    Status checkIn(int offset) {
        constexpr double kPi = 3.14159265358979;
        const int average = clampScore(static_cast<int>(
            std::lround(4.5 + 2.0 * std::sin(2 * kPi * offset / 90.0) + m_dice.between(-1, 1))));
        CheckIn c;
        c.day = day(offset);
        c.painAverage = average;
        c.painWorst = clampScore(average + m_dice.between(1, 2));
        c.painLeast = clampScore(average - m_dice.between(1, 2));
        c.painNow = clampScore(average + m_dice.between(-1, 1));
        c.painNow = std::clamp(c.painNow, c.painLeast, c.painWorst);
        c.factors.sittingHours = m_dice.between(3, 11);
        c.factors.movementBreaks = m_dice.between(0, 8);
        c.factors.sleepHours = m_dice.between(5, 9);
        c.factors.sleepQuality = m_dice.between(2, 9);
        c.factors.stress = clampScore(average + m_dice.between(-3, 2));
        c.factors.waterGlasses = m_dice.between(3, 10);
        c.factors.exerciseMinutes = m_dice.between(0, 6) * 10;
        c.factors.awkwardSleep = m_dice.chance(15);
        c.factors.heavyLifting = m_dice.chance(10);
        c.updatedAt = upToNow(offset, 21);
        if (auto ok = m_w.checkIns.add(c); !ok)
            return ok.error();
        return {};
    }

    Status newKnot(int offset) {
        if (offset % 12 != 0)
            return {};
        const auto spot = static_cast<std::size_t>(m_dice.between(0, kKnots.size() - 1));
        const SampleKnot& s = kKnots[spot];
        const Timestamp born = upToNow(offset, 8, m_dice.between(0, 50));
        Knot knot{0, BodyPoint{s.view, s.x, s.y, s.region, s.side}, KnotStatus::Active, born,
                  std::nullopt};
        const int tenderness = m_dice.between(5, 9);
        auto id = m_w.knots.add(knot, KnotObservation{0, 0, born, tenderness, Aching, ""});
        if (!id)
            return id.error();
        m_living.push_back({*id, spot, offset, offset + m_dice.between(60, 120), tenderness});
        return {};
    }

    // Sessions and readings on the living knots; they ease, then resolve.
    Status tendKnots(int offset) {
        for (auto& k : m_living) {
            if (offset == k.born)
                continue;
            if (m_dice.chance(30)) {
                const int before = k.tenderness;
                k.tenderness = clampScore(before - m_dice.between(0, 2));
                const SelfCareSession session{
                    0,
                    kKnots[k.spot].technique,
                    k.id,
                    kKnots[k.spot].region,
                    std::min(m_now - hours{1}, at(day(offset), 18, m_dice.between(0, 50))),
                    m_dice.between(2, 12) * 30,
                    before,
                    k.tenderness,
                    ""};
                if (auto ok = m_w.sessions.add(session); !ok)
                    return ok.error();
            }
            if (m_dice.chance(78)) {
                k.tenderness = clampScore(k.tenderness + m_dice.between(-1, 1));
                const KnotObservation obs{
                    0, k.id, upToNow(offset, 20, m_dice.between(0, 50)), k.tenderness, Aching, ""};
                if (auto ok = m_w.knots.addObservation(obs); !ok)
                    return ok.error();
            }
            if (offset == k.born + (k.dies - k.born) * 2 / 3) {
                if (auto ok = m_w.knots.setStatus(k.id, KnotStatus::Easing, upToNow(offset, 21));
                    !ok)
                    return ok;
            }
        }
        for (const auto& k : m_living) {
            if (k.dies == offset && offset != m_total - 1) {
                if (auto ok = m_w.knots.setStatus(k.id, KnotStatus::Resolved, at(day(offset), 22));
                    !ok)
                    return ok;
            }
        }
        std::erase_if(m_living, [&](const Living& k) { return k.dies <= offset; });
        return {};
    }

    Status painMark(int offset) {
        if (offset % 30 != 5)
            return {};
        const SampleArea& a =
            kAreas[static_cast<std::size_t>(m_dice.between(0, kAreas.size() - 1))];
        const std::optional<Timestamp> cleared =
            offset + 20 < m_total ? std::optional<Timestamp>(upToNow(offset + 20, 9))
                                  : std::nullopt;
        PainArea area{0,           BodyPoint{a.view, a.x, a.y, a.place, a.side},
                      false,       upToNow(offset, 10),
                      cleared,     0,
                      std::nullopt};
        if (auto ok = m_w.areas.add(area); !ok)
            return ok.error();
        return {};
    }

    Status screen(int offset) {
        if (offset % 90 != 0)
            return {};
        for (const char* question : {"E1", "E6", "U1"}) {
            if (auto ok = m_w.redFlags.add({0, question, false, upToNow(offset, 9), ""}); !ok)
                return ok.error();
        }
        return {};
    }

    Writers m_w;
    Dice m_dice{19700101};
    int m_total;
    LocalDate m_first;
    Timestamp m_now;
    std::vector<Living> m_living;
};

} // namespace

Status fillDemoHistory(Store& store, const Clock& clock) {
    auto tx = beginDemo(store);
    if (!tx)
        return tx.error();
    if (auto ok = DemoHistory(store, clock).write(); !ok)
        return ok;
    return finishDemo(store, *tx);
}

Status fillLongHistory(Store& store, const Clock& clock, int years) {
    if (years < 1 || years > 50)
        return Error{ErrorCode::InvalidInput, "years must be between 1 and 50", "years"};
    auto tx = beginDemo(store);
    if (!tx)
        return tx.error();
    if (auto ok = LongHistory(store, clock, years).write(); !ok)
        return ok;
    return finishDemo(store, *tx);
}

} // namespace knotmap::demo
