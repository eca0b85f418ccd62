// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/validation.h"

#include "knotmap/text.h"

#include <cmath>
#include <string>

namespace knotmap::rules {
namespace {

Status score(std::string_view field, std::string_view label, int value) {
    if (value < kMinScore || value > kMaxScore)
        return invalid(std::string(field),
                       fill(translate("rules", "%1 must be between 0 and 10."), {label}));
    return {};
}

Status optionalScore(std::string_view field, std::string_view label, std::optional<int> value) {
    return value ? score(field, label, *value) : Status{};
}

Status range(std::string_view field, std::string_view label, std::optional<double> value,
             double low, double high, std::string_view unit) {
    if (!value)
        return {};
    if (!std::isfinite(*value) || *value < low || *value > high) {
        auto fmt = [](double v) {
            std::string s = std::to_string(v);
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.')
                s.pop_back();
            return s;
        };
        return invalid(std::string(field),
                       fill(translate("rules", "%1 must be between %2 and %3 %4."),
                            {label, fmt(low), fmt(high), unit}));
    }
    return {};
}

Status notInFuture(std::string_view field, std::string_view label, Timestamp t,
                   const Clock& clock) {
    if (t > clock.now() + kFutureTolerance)
        return invalid(std::string(field),
                       fill(translate("rules", "%1 cannot be in the future."), {label}));
    return {};
}

Status note(std::string_view field, const std::string& text) {
    if (text.size() > kMaxNoteLength)
        return invalid(
            std::string(field),
            fill(translate("rules", "The note is too long: keep it under %1 characters."),
                 {std::to_string(kMaxNoteLength)}));
    return {};
}

Status identifier(std::string_view field, std::string_view label, const std::string& id) {
    if (id.empty() || id.size() > kMaxIdLength)
        return invalid(std::string(field), fill(translate("rules", "%1 is missing."), {label}));
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok)
            return invalid(std::string(field),
                           fill(translate("rules", "%1 is not a known name."), {label}));
    }
    return {};
}

Status place(const BodyPoint& p) {
    if (!std::isfinite(p.x) || p.x < 0.0 || p.x > 1.0)
        return invalid(
            "x", translate("rules", "The spot must lie on the body diagram (x between 0 and 1)."));
    if (!std::isfinite(p.y) || p.y < 0.0 || p.y > 1.0)
        return invalid(
            "y", translate("rules", "The spot must lie on the body diagram (y between 0 and 1)."));
    return identifier("regionId", translate("rules", "The body region"), p.regionId);
}

// Run checks in order and stop at the first broken rule.
template <typename... Checks> Status firstFailure(Checks&&... checks) {
    Status result;
    ((result.ok() ? (void)(result = checks()) : (void)0), ...);
    return result;
}

} // namespace

Status checkKnot(const Knot& knot, const Clock& clock) {
    return firstFailure(
        [&] { return place(knot.place); },
        [&] {
            return notInFuture("createdAt", translate("rules", "The date"), knot.createdAt, clock);
        },
        [&]() -> Status {
            const bool resolved = knot.status == KnotStatus::Resolved;
            if (resolved != knot.resolvedAt.has_value())
                return invalid("resolvedAt",
                               translate("rules", "A resolved knot needs the date it resolved, and "
                                                  "only a resolved knot has one."));
            if (knot.resolvedAt && *knot.resolvedAt < knot.createdAt)
                return invalid("resolvedAt",
                               translate("rules", "A knot cannot resolve before it was noted."));
            return {};
        });
}

Status checkObservation(const KnotObservation& obs, const Clock& clock) {
    return firstFailure(
        [&] { return score("tenderness", translate("rules", "Tenderness"), obs.tenderness); },
        [&]() -> Status {
            if ((obs.qualities & ~kKnotQualities) != 0)
                return invalid(
                    "qualities",
                    translate("rules", "Only the listed words can describe the feeling."));
            return {};
        },
        [&] { return note("note", obs.note); },
        [&] {
            return notInFuture("observedAt", translate("rules", "The date and time"),
                               obs.observedAt, clock);
        });
}

Status checkPainArea(const PainArea& area, const Clock& clock) {
    return firstFailure(
        [&] { return place(area.place); },
        [&]() -> Status {
            if ((area.kinds & ~kPainKinds) != 0)
                return invalid("kinds",
                               translate("rules", "Only the listed words can describe the pain."));
            return {};
        },
        [&]() -> Status {
            if (area.intensity && (*area.intensity < kMinScore || *area.intensity > kMaxScore))
                return invalid("intensity",
                               translate("rules", "How strong the pain is must be 0 to 10."));
            return {};
        },
        [&] { return notInFuture("notedAt", translate("rules", "The date"), area.notedAt, clock); },
        [&]() -> Status {
            if (area.clearedAt && *area.clearedAt < area.notedAt)
                return invalid("clearedAt",
                               translate("rules", "Pain cannot clear before it was noted."));
            return {};
        });
}

bool scoresComplete(const CheckIn& c) {
    const auto inRange = [](int v) { return v >= kMinScore && v <= kMaxScore; };
    return inRange(c.painNow) && inRange(c.painWorst) && inRange(c.painLeast) &&
           inRange(c.painAverage);
}

Status checkCheckIn(const CheckIn& c, const Clock& clock) {
    const auto& kFields = kInterferenceFields;
    Status result = firstFailure(
        [&]() -> Status {
            if (!c.day.ok())
                return invalid("day", translate("rules", "The date is not a real calendar date."));
            if (c.day > clock.today())
                return invalid(
                    "day",
                    translate("rules", "You can only record days up to today, not future days."));
            return {};
        },
        [&] { return score("painNow", translate("rules", "Pain right now"), c.painNow); },
        [&] { return score("painWorst", translate("rules", "Worst pain"), c.painWorst); },
        [&] { return score("painLeast", translate("rules", "Least pain"), c.painLeast); },
        [&] { return score("painAverage", translate("rules", "Average pain"), c.painAverage); },
        [&]() -> Status {
            if (c.painLeast > c.painWorst)
                return invalid("painLeast",
                               translate("rules", "Least pain cannot be higher than worst pain."));
            if (c.painAverage < c.painLeast || c.painAverage > c.painWorst)
                return invalid(
                    "painAverage",
                    translate("rules", "Average pain should lie between least and worst pain."));
            if (c.painNow < c.painLeast || c.painNow > c.painWorst)
                return invalid(
                    "painNow",
                    translate("rules", "Pain right now should lie between least and worst pain."));
            return {};
        });
    for (std::size_t i = 0; result.ok() && i < kInterferenceDomains; ++i)
        result = optionalScore(kFields[i], translate("rules", "How much pain got in the way"),
                               c.interference[i]);
    if (!result.ok())
        return result;
    const DailyFactors& f = c.factors;
    auto asDouble = [](std::optional<int> v) {
        return v ? std::optional<double>(*v) : std::optional<double>{};
    };
    return firstFailure(
        [&] {
            return range("sittingHours", translate("rules", "Hours sitting"), f.sittingHours, 0, 24,
                         translate("rules", "hours"));
        },
        [&] {
            return range("movementBreaks", translate("rules", "Movement breaks"),
                         asDouble(f.movementBreaks), 0, kMaxMovementBreaks,
                         translate("rules", "breaks"));
        },
        [&] {
            return range("sleepHours", translate("rules", "Hours of sleep"), f.sleepHours, 0, 24,
                         translate("rules", "hours"));
        },
        [&] {
            return optionalScore("sleepQuality", translate("rules", "Sleep quality"),
                                 f.sleepQuality);
        },
        [&] { return optionalScore("stress", translate("rules", "Stress"), f.stress); },
        [&] {
            return range("waterGlasses", translate("rules", "Glasses of water"),
                         asDouble(f.waterGlasses), 0, kMaxWaterGlasses,
                         translate("rules", "glasses"));
        },
        [&] {
            return range("exerciseMinutes", translate("rules", "Exercise"),
                         asDouble(f.exerciseMinutes), 0, kMaxExerciseMinutes,
                         translate("rules", "minutes"));
        },
        [&] { return note("note", c.note); });
}

Status checkSession(const SelfCareSession& s, const Clock& clock) {
    return firstFailure(
        [&] {
            return identifier("techniqueId", translate("rules", "The technique"), s.techniqueId);
        },
        [&] { return identifier("regionId", translate("rules", "The body region"), s.regionId); },
        [&]() -> Status {
            if (s.durationSeconds < 1 || s.durationSeconds > kMaxSessionSeconds)
                return invalid(
                    "durationSeconds",
                    translate("rules", "A session must last between 1 second and 4 hours."));
            return {};
        },
        [&] {
            return optionalScore("tendernessBefore", translate("rules", "Tenderness before"),
                                 s.tendernessBefore);
        },
        [&] {
            return optionalScore("tendernessAfter", translate("rules", "Tenderness after"),
                                 s.tendernessAfter);
        },
        [&] { return note("note", s.note); },
        [&] {
            return notInFuture("startedAt", translate("rules", "The start time"), s.startedAt,
                               clock);
        });
}

Status checkRedFlagAnswer(const RedFlagAnswer& a, const Clock& clock) {
    return firstFailure(
        [&] { return identifier("questionId", translate("rules", "The question"), a.questionId); },
        [&]() -> Status {
            return a.regionId.empty()
                       ? Status{}
                       : identifier("regionId", translate("rules", "The body region"), a.regionId);
        },
        [&] {
            return notInFuture("answeredAt", translate("rules", "The time"), a.answeredAt, clock);
        });
}

} // namespace knotmap::rules
