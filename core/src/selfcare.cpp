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

std::vector<SessionPhase> planSession(const Technique& t) {
    std::vector<SessionPhase> plan;
    const Dose& d = t.dose;
    const int reps = d.reps.value_or(1);
    switch (t.kind) {
    case TechniqueKind::Pressure:
        holds(plan, translate("selfcare", "Hold steady pressure on the knot"),
              middle(d.holdSeconds.value_or(std::pair{60, 60})), reps);
        break;
    case TechniqueKind::Stretch: {
        // Stretches are held at the top of their range, each side in turn where it applies.
        const seconds hold{d.holdSeconds.value_or(std::pair{30, 30}).second};
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
        plan.push_back({SessionPhase::Kind::Work,
                        translate("selfcare", "Roll slowly, pausing on tender spots"),
                        seconds{d.totalSeconds.value_or(std::pair{60, 60}).first}});
        break;
    case TechniqueKind::Heat:
    case TechniqueKind::Bath:
        plan.push_back({SessionPhase::Kind::Work,
                        t.kind == TechniqueKind::Heat
                            ? translate("selfcare", "Keep the heat on the area")
                            : translate("selfcare", "Soak in the warm bath"),
                        seconds{d.totalSeconds.value_or(std::pair{900, 900}).first}});
        break;
    case TechniqueKind::Cold:
    case TechniqueKind::Contrast: {
        const bool contrast = t.kind == TechniqueKind::Contrast;
        const seconds on{d.onSeconds.value_or(std::pair{600, 600}).first};
        const seconds off{d.offSeconds.value_or(900)};
        const int rounds = d.rounds.value_or(1);
        for (int i = 0; i < rounds; ++i) {
            if (i > 0)
                plan.push_back({contrast ? SessionPhase::Kind::Work : SessionPhase::Kind::Rest,
                                contrast
                                    ? translate("selfcare", "Switch to heat")
                                    : translate("selfcare", "Cold pack off: let the skin warm up"),
                                off});
            plan.push_back({SessionPhase::Kind::Work,
                            translate("selfcare", "Cold pack on, wrapped in a cloth"), on});
        }
        break;
    }
    case TechniqueKind::Strength:
        // One slow repetition about every six seconds.
        plan.push_back(
            {SessionPhase::Kind::Work,
             fill(translate("selfcare", "Do %1 slow repetitions"), {std::to_string(reps)}),
             seconds{6 * reps}});
        break;
    case TechniqueKind::Rub:
        plan.push_back({SessionPhase::Kind::Work,
                        translate("selfcare", "Massage the rub in gently"), seconds{120}});
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
    const auto active = end - *m_started - m_pausedTotal;
    return std::min(std::chrono::duration_cast<seconds>(active), total());
}

SessionTimer::State SessionTimer::at(SteadyTime now) const {
    State s;
    s.started = m_started.has_value();
    s.paused = m_pausedAt.has_value();
    s.done = activeAt(now);
    s.finished = s.started && (m_stoppedAt.has_value() || s.done >= total());
    seconds left = s.done;
    for (std::size_t i = 0; i < m_plan.size(); ++i) {
        s.phase = i;
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
