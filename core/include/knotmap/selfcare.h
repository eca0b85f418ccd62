// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/domain.h"
#include "knotmap/knowledge.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

// Timed self-care sessions: the phases a technique's dose makes, a timer that keeps true
// time from a monotonic clock, and recording a finished session.
namespace knotmap {

// A point on a monotonic clock; the timer never uses wall-clock time.
using SteadyTime = std::chrono::steady_clock::time_point;

// One step of a session: what to do now and for how long.
struct SessionPhase {
    enum class Kind { Work, Rest };
    Kind kind = Kind::Work;
    std::string what; // "Hold pressure on the knot", "Ease off and breathe"
    std::chrono::seconds duration{0};
    // No set length: it lasts until the person stops the timer. Only ever the last phase.
    bool open = false;
};

// The phases of a technique's dose, with no number the dose does not give (each has a
// source, knowledge.json's doseSources): holds with short rests between repetitions (and
// for each side where it applies), rounds of cold on and off, heat and cold in turn, one
// stretch of heat. Where the dose sets no time (a moving exercise, a stretch held for some
// breaths, strength work with no count) the session is one open phase the person ends.
std::vector<SessionPhase> planSession(const Technique& technique);

// Where a session stands, worked out from its start, its pauses and now. UI stalls do
// not matter: every answer is computed afresh from the monotonic clock.
class SessionTimer {
public:
    explicit SessionTimer(std::vector<SessionPhase> plan);

    void start(SteadyTime now);
    void pause(SteadyTime now);
    void resume(SteadyTime now);
    // Ends the session early; the time done so far is what counts.
    void stop(SteadyTime now);

    struct State {
        std::size_t phase = 0; // index into the plan (last phase once finished)
        std::chrono::seconds leftInPhase{0};
        std::chrono::seconds done{0}; // active time, pauses excluded
        bool started = false;
        bool paused = false;
        bool finished = false; // ran to the end or was stopped
    };
    State at(SteadyTime now) const;
    const std::vector<SessionPhase>& plan() const { return m_plan; }
    // The set phases' time; an open last phase adds what the person takes.
    std::chrono::seconds total() const;
    // Whether the session ends only when the person stops it (its last phase is open).
    bool openEnded() const { return !m_plan.empty() && m_plan.back().open; }

private:
    std::chrono::seconds activeAt(SteadyTime now) const;
    std::vector<SessionPhase> m_plan;
    std::optional<SteadyTime> m_started;
    std::optional<SteadyTime> m_pausedAt;
    std::optional<SteadyTime> m_stoppedAt;
    std::chrono::nanoseconds m_pausedTotal{0};
};

// Saves a finished session and, when it was on a knot and has a tenderness after, that
// score as a new reading of the knot, in one transaction: both or neither.
Result<RowId> recordSession(Store& store, const Clock& clock, const SelfCareSession& session);

} // namespace knotmap
