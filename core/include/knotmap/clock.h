// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace knotmap {

// Whole seconds since the Unix epoch, UTC. Every stored moment has this type.
using Timestamp = std::chrono::sys_seconds;
// A calendar day in the user's local time zone (check-ins are per local day).
using LocalDate = std::chrono::year_month_day;

// The one source of "now" for core; tests inject a fixed clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
    // Today in the local time zone of the process (TZ).
    LocalDate today() const;
};

class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp t)
        : m_now(t) {}
    Timestamp now() const override { return m_now; }
    void set(Timestamp t) { m_now = t; }
    void advance(std::chrono::seconds s) { m_now += s; }

private:
    Timestamp m_now;
};

// A monotonic clock for timing (self-care sessions); never jumps with wall-clock changes.
class MonotonicClock {
public:
    virtual ~MonotonicClock() = default;
    virtual std::chrono::steady_clock::time_point now() const = 0;
};

class SystemMonotonicClock final : public MonotonicClock {
public:
    std::chrono::steady_clock::time_point now() const override {
        return std::chrono::steady_clock::now();
    }
};

// For tests: time moves only when told to.
class ManualMonotonicClock final : public MonotonicClock {
public:
    std::chrono::steady_clock::time_point now() const override { return m_now; }
    void advance(std::chrono::nanoseconds d) { m_now += d; }

private:
    std::chrono::steady_clock::time_point m_now{std::chrono::hours{1}};
};

// Local calendar day of a moment, and the moment a local day starts.
LocalDate localDateOf(Timestamp t);
Timestamp startOfLocalDay(LocalDate day);

} // namespace knotmap
