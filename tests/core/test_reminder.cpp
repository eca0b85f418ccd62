// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/reminder.h"
#include "test_support.h"

using namespace knotmap;
using namespace knotmap::test;
using namespace std::chrono_literals;

TEST(BreakReminder, OffByDefaultAndDueAfterItsInterval) {
    BreakReminderSettings s;
    EXPECT_FALSE(s.enabled);
    EXPECT_FALSE(reminderDue(s, noon() - 2h, noon(), 12 * 60)) << "off by default";
    s.enabled = true;
    s.everyMinutes = 45;
    EXPECT_FALSE(reminderDue(s, noon() - 44min, noon(), 12 * 60));
    EXPECT_TRUE(reminderDue(s, noon() - 45min, noon(), 12 * 60));
}

TEST(BreakReminder, QuietHoursMayCrossMidnight) {
    BreakReminderSettings night{true, 30, 22 * 60, 8 * 60};
    EXPECT_TRUE(inQuietHours(night, 23 * 60));
    EXPECT_TRUE(inQuietHours(night, 2 * 60));
    EXPECT_TRUE(inQuietHours(night, 7 * 60 + 59));
    EXPECT_FALSE(inQuietHours(night, 8 * 60));
    EXPECT_FALSE(inQuietHours(night, 21 * 60 + 59));
    EXPECT_FALSE(reminderDue(night, noon() - 2h, noon(), 23 * 60));
    BreakReminderSettings lunch{true, 30, 12 * 60, 13 * 60};
    EXPECT_TRUE(inQuietHours(lunch, 12 * 60 + 30));
    EXPECT_FALSE(inQuietHours(lunch, 13 * 60));
    BreakReminderSettings none{true, 30, 9 * 60, 9 * 60};
    EXPECT_FALSE(inQuietHours(none, 9 * 60));
}

TEST(BreakReminder, RulesNameTheField) {
    EXPECT_EQ(checkReminder({true, 20, 0, 0}).error().field, "everyMinutes");
    EXPECT_EQ(checkReminder({true, 61, 0, 0}).error().field, "everyMinutes");
    EXPECT_EQ(checkReminder({true, 30, 1440, 0}).error().field, "quietFrom");
    EXPECT_EQ(checkReminder({true, 30, 0, -1}).error().field, "quietTo");
    EXPECT_TRUE(checkReminder({true, 60, 0, 1439}).ok());
}

using ReminderStore = StoreFixture;

TEST_F(ReminderStore, SettingsRoundTripAndBadOnesAreRefused) {
    EXPECT_FALSE(loadReminder(*store).enabled);
    ASSERT_TRUE(saveReminder(*store, {true, 35, 21 * 60 + 30, 7 * 60}).ok());
    const auto s = loadReminder(*store);
    EXPECT_TRUE(s.enabled);
    EXPECT_EQ(s.everyMinutes, 35);
    EXPECT_EQ(s.quietFrom, 21 * 60 + 30);
    EXPECT_EQ(s.quietTo, 7 * 60);
    EXPECT_FALSE(saveReminder(*store, {true, 90, 0, 0}).ok());
    EXPECT_EQ(loadReminder(*store).everyMinutes, 35) << "a refused setting changes nothing";
}

TEST(BreakReminder, LocalMinuteOfDay) {
    EXPECT_EQ(localMinuteOfDay(noon()), 12 * 60); // TZ=UTC in tests
    EXPECT_EQ(localMinuteOfDay(noon() + 95min), 13 * 60 + 35);
}
