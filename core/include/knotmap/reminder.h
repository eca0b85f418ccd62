// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"
#include "knotmap/store.h"

// The optional reminder to get up and move while KnotMap is open (the seeds advise a
// movement break every 30 to 60 minutes). Off unless the user turns it on.
namespace knotmap {

// How often a break may be suggested, in minutes.
inline constexpr int kMinEveryMinutes = 30;
inline constexpr int kMaxEveryMinutes = 60;

struct BreakReminderSettings {
    bool enabled = false;
    int everyMinutes = 45;   // kMinEveryMinutes..kMaxEveryMinutes
    int quietFrom = 22 * 60; // minute of the day the quiet hours start
    int quietTo = 8 * 60;    // minute of the day they end; may be after midnight
};

Status checkReminder(const BreakReminderSettings& s);

// True when minuteOfDay (0..1439, local) lies in the quiet hours; they may span midnight.
bool inQuietHours(const BreakReminderSettings& s, int minuteOfDay);

// Whether a reminder is due now: on, at least everyMinutes since the last reminder (or
// since KnotMap opened), and not in the quiet hours.
bool reminderDue(const BreakReminderSettings& s, Timestamp since, Timestamp now, int minuteOfDay);

// The local minute of the day of a moment.
int localMinuteOfDay(Timestamp t);

// Kept in the database's settings.
BreakReminderSettings loadReminder(Store& store);
Status saveReminder(Store& store, const BreakReminderSettings& s);

} // namespace knotmap
