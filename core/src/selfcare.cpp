// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/selfcare.h"
#include "knotmap/text.h"

#include "knotmap/knots.h"
#include "knotmap/sessions.h"

namespace knotmap {
namespace {

using std::chrono::seconds;

// A hold in the middle of its recommended range, rounded to 5 s.
seconds middle(const std::pair<int, int>& r) {
    const int mid = (r.first + r.second) / 2;
    return seconds{(mid + 2) / 5 * 5};
}

constexpr seconds kRestBetweenHolds{10};

void holds(std::vector<SessionPhase>& plan, const std::string& what, seconds hold, int reps) {
    for (int i = 0; i < reps; ++i) {
        if (i > 0)
            plan.push_back({SessionPhase::Kind::Rest, translate("selfcare", "Ease off and breathe"),
                            kRestBetweenHolds});
        plan.push_back({SessionPhase::Kind::Work, what, hold});
    }
}

} // namespace

// The last phase of a session with no set time: until the person stops.
SessionPhase untilDone(std::string what) {
    return {SessionPhase::Kind::Work, std::move(what), seconds{0}, true};
}

std::vector<SessionPhase> planSession(const Technique& t) {
    std::vector<SessionPhase> plan;
    const Dose& d = t.dose;
    const int reps = d.reps.value_or(1);
    switch (t.kind) {
    case TechniqueKind::Pressure:
        if (d.holdSeconds)
            holds(plan, translate("selfcare", "Hold steady pressure on the knot"),
                  middle(*d.holdSeconds), reps);
        else
            plan.push_back(untilDone(translate("selfcare", "Hold steady pressure on the knot")));
        break;
    case TechniqueKind::Stretch: {
        if (!d.holdSeconds) {
            // A moving exercise, or a stretch held for some breaths: the person keeps time.
            plan.push_back(untilDone(translate("selfcare", "Stretch slowly, as the steps say")));
            break;
        }
        // Stretches are held at the top of their range, each side in turn where it applies.
        const seconds hold{d.holdSeconds->second};
        if (d.perSide) {
            holds(plan, translate("selfcare", "Hold the stretch on the left side"), hold, reps);
            plan.push_back({SessionPhase::Kind::Rest, translate("selfcare", "Change sides"),
                            kRestBetweenHolds});
            holds(plan, translate("selfcare", "Hold the stretch on the right side"), hold, reps);
        } else {
            holds(plan, translate("selfcare", "Hold the stretch"), hold, reps);
        }
        break;
    }
    case TechniqueKind::Roller:
        if (d.totalSeconds)
            plan.push_back({SessionPhase::Kind::Work,
                            translate("selfcare", "Roll slowly, pausing on tender spots"),
                            seconds{d.totalSeconds->first}});
        else
            plan.push_back(
                untilDone(translate("selfcare", "Roll slowly, pausing on tender spots")));
        break;
    case TechniqueKind::Heat:
    case TechniqueKind::Bath: {
        const std::string what = t.kind == TechniqueKind::Heat
                                     ? translate("selfcare", "Keep the heat on the area")
                                     : translate("selfcare", "Soak in the warm bath");
        if (d.totalSeconds)
            plan.push_back({SessionPhase::Kind::Work, what, seconds{d.totalSeconds->first}});
        else
            plan.push_back(untilDone(what));
        break;
    }
    case TechniqueKind::Cold: {
        if (!d.onSeconds) {
            plan.push_back(untilDone(translate("selfcare", "Cold pack on, wrapped in a cloth")));
            break;
        }
        const seconds on{d.onSeconds->first};
        for (int i = 0; i < d.rounds.value_or(1); ++i) {
            if (i > 0)
                plan.push_back({SessionPhase::Kind::Rest,
                                translate("selfcare", "Cold pack off: let the skin warm up"),
                                seconds{d.offSeconds.value_or(0)}});
            plan.push_back({SessionPhase::Kind::Work,
                            translate("selfcare", "Cold pack on, wrapped in a cloth"), on});
        }
        break;
    }
    case TechniqueKind::Contrast: {
        // Cold (onSeconds) and heat (offSeconds) in turn, starting and ending with cold,
        // until the session reaches its shortest length (totalSeconds).
        if (!d.onSeconds || !d.offSeconds || !d.totalSeconds) {
            plan.push_back(untilDone(translate("selfcare", "Cold, then heat, in turn")));
            break;
        }
        const seconds cold{d.onSeconds->first};
        const seconds heat{*d.offSeconds};
        seconds sum = cold;
        plan.push_back({SessionPhase::Kind::Work, translate("selfcare", "Cold pack on"), cold});
        while (sum < seconds{d.totalSeconds->first}) {
            plan.push_back(
                {SessionPhase::Kind::Work, translate("selfcare", "Switch to heat"), heat});
            plan.push_back({SessionPhase::Kind::Work,
                            translate("selfcare", "Switch back to the cold pack"), cold});
            sum += heat + cold;
        }
        break;
    }
    case TechniqueKind::Strength:
        // Repetitions go at the person's own pace: no time per repetition is set.
        plan.push_back(untilDone(
            d.reps
                ? fill(translate("selfcare", "Do %1 slow repetitions"), {std::to_string(*d.reps)})
                : translate("selfcare", "Slow repetitions, stopping while they still feel easy")));
        break;
    case TechniqueKind::Rub:
        plan.push_back(untilDone(translate("selfcare", "Massage the rub in gently")));
        break;
    }
    return plan;
}

SessionTimer::SessionTimer(std::vector<SessionPhase> plan)
    : m_plan(std::move(plan)) {}

std::chrono::seconds SessionTimer::total() const {
    seconds sum{0};
    for (const auto& p : m_plan)
        sum += p.duration;
    return sum;
}

void SessionTimer::start(SteadyTime now) {
    m_started = now;
    m_pausedAt.reset();
    m_stoppedAt.reset();
    m_pausedTotal = {};
}

void SessionTimer::pause(SteadyTime now) {
    if (m_started && !m_pausedAt && !m_stoppedAt)
        m_pausedAt = now;
}

void SessionTimer::resume(SteadyTime now) {
    if (m_pausedAt) {
        m_pausedTotal += now - *m_pausedAt;
        m_pausedAt.reset();
    }
}

void SessionTimer::stop(SteadyTime now) {
    if (!m_started || m_stoppedAt)
        return;
    resume(now);
    m_stoppedAt = now;
}

std::chrono::seconds SessionTimer::activeAt(SteadyTime now) const {
    if (!m_started)
        return seconds{0};
    const SteadyTime end = m_stoppedAt ? *m_stoppedAt : m_pausedAt ? *m_pausedAt : now;
    const auto active = std::chrono::duration_cast<seconds>(end - *m_started - m_pausedTotal);
    return openEnded() ? active : std::min(active, total());
}

SessionTimer::State SessionTimer::at(SteadyTime now) const {
    State s;
    s.started = m_started.has_value();
    s.paused = m_pausedAt.has_value();
    s.done = activeAt(now);
    s.finished = s.started && (m_stoppedAt.has_value() || (!openEnded() && s.done >= total()));
    seconds left = s.done;
    for (std::size_t i = 0; i < m_plan.size(); ++i) {
        s.phase = i;
        if (m_plan[i].open) {
            s.leftInPhase = seconds{0};
            return s;
        }
        if (left < m_plan[i].duration) {
            s.leftInPhase = m_plan[i].duration - left;
            return s;
        }
        left -= m_plan[i].duration;
    }
    s.leftInPhase = seconds{0};
    return s;
}

Result<RowId> recordSession(Store& store, const Clock& clock, const SelfCareSession& session) {
    auto tx = sql::Transaction::begin(store.database());
    if (!tx)
        return tx.error();
    SelfCareSessionRepository sessions(store, clock);
    auto id = sessions.add(session);
    if (!id)
        return id.error();
    if (session.knotId && session.tendernessAfter) {
        KnotRepository knots(store, clock);
        // When the session ended, but never later than now: the wall clock and the
        // monotonic clock that timed the session may disagree a little.
        const Timestamp ended =
            std::min(session.startedAt + seconds{session.durationSeconds}, clock.now());
        const KnotObservation reading{0, *session.knotId, ended, *session.tendernessAfter, 0, ""};
        if (auto added = knots.addObservation(reading); !added)
            return added.error();
    }
    if (auto ok = tx->commit(); !ok)
        return ok.error();
    return *id;
}

} // namespace knotmap
