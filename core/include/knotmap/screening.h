// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/knowledge.h"

#include <functional>
#include <vector>

// When the warning-sign questions are asked: the one home of that rule. A question is asked
// when it has never been answered, or when its latest answer is a "no" that no longer
// counts. A "no" stops counting after a break in logging (a new episode of pain) and after
// a longer span in any case (the knowledge data's AskAgainRule, with its sources). A "yes"
// stands until the person changes it. History facts are asked once.
namespace knotmap::screening {

// Whether a "no" given at `answeredAt` still counts at `now`: less than `rule.atMost` old,
// and no gap of `rule.afterBreak` or more between it, the entries that count for its
// question (`activity`, in any order) and now.
bool noStillCounts(const AskAgainRule& rule, Timestamp answeredAt, std::vector<Timestamp> activity,
                   Timestamp now);

// The moments of the person's entries since a time that count for a question: every entry
// for a general question; for a region's question, the knots and pain marks in its regions
// and places (RedFlagQuestion::regions and places).
using Activity =
    std::function<std::vector<Timestamp>(const RedFlagQuestion& question, Timestamp since)>;

// Of `questions`, those to ask now, in their order: the ones that apply to the person
// (knotmap::applies) and were never answered, or whose latest "no" no longer counts.
std::vector<const RedFlagQuestion*> due(const std::vector<const RedFlagQuestion*>& questions,
                                        const std::vector<RedFlagAnswer>& answers,
                                        const KnowledgeBase& knowledge,
                                        const HealthHistory& history, const Activity& activity,
                                        Timestamp now, int thisYear);

// The history facts never answered, in the knowledge's order.
std::vector<const HistoryFact*> factsToAsk(const KnowledgeBase& knowledge,
                                           const HealthHistory& history);

} // namespace knotmap::screening
