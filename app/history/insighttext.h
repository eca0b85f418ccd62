// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/history.h"
#include "knotmap/knowledge.h"

#include <QString>

// The History page and the printed summary say the same things in the same words; the
// sentences are made here, from core's numbers.
namespace knotmap::ui::insight {

// "Average pain 4.5 over 15 days with a check-in; at its worst 9, at its least 1."
QString rangeSummary(const history::Overview& o);
// The change from the first week to the last against the minimal important change, or
// "" when the range has too few days at either end.
QString progress(const history::Overview& o);
// The two-week / six-week nudge to see a professional, or "".
QString prompt(stats::ProgressPrompt p);

QString techniqueName(const KnowledgeBase* knowledge, const std::string& id);
// "Tenderness fell by 1.6 on average from before to after (5 rated sessions)." or why
// nothing is claimed.
QString techniqueEffect(const history::TechniqueUse& use);

QString factorLabel(history::Factor f);              // "Hours sitting"
QString factorMean(const history::FactorLink& link); // "6.5 h a day on average", ""
// How the factor went with pain the same day or the next, worded as going together,
// never as a cause; or how many more days are needed.
QString factorLink(const history::FactorLink& link, bool nextDay);
// A link of at least moderate strength on either day.
bool factorNotable(const history::FactorLink& link);
// The moderate or strong links on their own lines, or why there are none.
QString notableLinks(const history::FactorLink& link);

// For each pain place in a knot's referral pattern, in the pattern's words, never as a
// cause: "Right temple: your pain there lies in the area this knot commonly sends pain to."
QStringList painInPattern(const BodyAtlas& atlas, const ReferralPattern& pattern,
                          const QStringList& painPlaces);

// "Pain extent on the last day: 6.1% of the body's surface (5 places); at most 8.2% on
// 3 Nov." or "" when no pain was marked in the days.
QString extentSummary(const std::vector<history::ExtentDay>& days);

QString minutes(int seconds);     // "48 min", "1 h 05 min"
QString duration(int seconds);    // to the second: "22 s", "4 min 05 s", "15 min", "1 h 05 min"
QString statusName(KnotStatus s); // "Active", "Easing", "Resolved"

} // namespace knotmap::ui::insight
