// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/reminder.h"
#include "knotmap/text.h"

#include <charconv>
#include <ctime>
#include <string>

namespace knotmap {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

int readInt(Store& store, const char* key, int fallback) {
    auto value = store.setting(key);
    if (!value || !value->has_value())
        return fallback;
    int out = fallback;
    const std::string& text = **value;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out;
}

} // namespace

Status checkReminder(const BreakReminderSettings& s) {
    if (s.everyMinutes < kMinEveryMinutes || s.everyMinutes > kMaxEveryMinutes)
        return invalid("everyMinutes",
                       fill(translate("rules", "A movement break can be suggested every %1 to %2 "
                                               "minutes."),
                            {std::to_string(kMinEveryMinutes), std::to_string(kMaxEveryMinutes)}));
    if (s.quietFrom < 0 || s.quietFrom >= kMinutesPerDay)
        return invalid(
            "quietFrom",
            translate("rules", "The quiet hours need a start time between 00:00 and 23:59."));
    if (s.quietTo < 0 || s.quietTo >= kMinutesPerDay)
        return invalid(
            "quietTo",
            translate("rules", "The quiet hours need an end time between 00:00 and 23:59."));
    return {};
}

bool inQuietHours(const BreakReminderSettings& s, int minuteOfDay) {
    if (s.quietFrom == s.quietTo)
        return false; // no quiet hours
    if (s.quietFrom < s.quietTo)
        return minuteOfDay >= s.quietFrom && minuteOfDay < s.quietTo;
    return minuteOfDay >= s.quietFrom || minuteOfDay < s.quietTo; // across midnight
}

bool reminderDue(const BreakReminderSettings& s, Timestamp since, Timestamp now, int minuteOfDay) {
    return s.enabled && now - since >= std::chrono::minutes{s.everyMinutes} &&
           !inQuietHours(s, minuteOfDay);
}

int localMinuteOfDay(Timestamp t) {
    const std::time_t raw = t.time_since_epoch().count();
    std::tm local{};
    localtime_r(&raw, &local);
    return local.tm_hour * 60 + local.tm_min;
}

BreakReminderSettings loadReminder(Store& store) {
    BreakReminderSettings s;
    s.enabled = readInt(store, "reminder.enabled", 0) == 1;
    s.everyMinutes = readInt(store, "reminder.everyMinutes", s.everyMinutes);
    s.quietFrom = readInt(store, "reminder.quietFrom", s.quietFrom);
    s.quietTo = readInt(store, "reminder.quietTo", s.quietTo);
    if (!checkReminder(s).ok())
        return BreakReminderSettings{s.enabled};
    return s;
}

Status saveReminder(Store& store, const BreakReminderSettings& s) {
    if (auto ok = checkReminder(s); !ok)
        return ok;
    auto tx = sql::Transaction::begin(store.database());
    if (!tx)
        return tx.error();
    const std::pair<const char*, int> values[] = {{"reminder.enabled", s.enabled ? 1 : 0},
                                                  {"reminder.everyMinutes", s.everyMinutes},
                                                  {"reminder.quietFrom", s.quietFrom},
                                                  {"reminder.quietTo", s.quietTo}};
    for (const auto& [key, value] : values) {
        if (auto ok = store.setSetting(key, std::to_string(value)); !ok)
            return ok;
    }
    return tx->commit();
}

} // namespace knotmap
