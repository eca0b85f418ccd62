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

// Local calendar day of a moment, and the moment a local day starts.
LocalDate localDateOf(Timestamp t);
Timestamp startOfLocalDay(LocalDate day);

} // namespace knotmap
