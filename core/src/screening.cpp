// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/screening.h"

#include <algorithm>

namespace knotmap::screening {

bool noStillCounts(const AskAgainRule& rule, Timestamp answeredAt, std::vector<Timestamp> activity,
                   Timestamp now) {
    if (now - answeredAt >= rule.atMost)
        return false;
    std::erase_if(activity, [&](Timestamp t) { return t < answeredAt || t > now; });
    std::sort(activity.begin(), activity.end());
    Timestamp last = answeredAt;
    for (Timestamp t : activity) {
        if (t - last >= rule.afterBreak)
            return false;
        last = t;
    }
    return now - last < rule.afterBreak;
}

std::vector<const RedFlagQuestion*> due(const std::vector<const RedFlagQuestion*>& questions,
                                        const std::vector<RedFlagAnswer>& answers,
                                        const KnowledgeBase& knowledge,
                                        const HealthHistory& history, const Activity& activity,
                                        Timestamp now, int thisYear) {
    std::vector<const RedFlagQuestion*> out;
    for (const RedFlagQuestion* q : questions) {
        if (!applies(*q, history, thisYear))
            continue;
        const RedFlagAnswer* latest = nullptr;
        for (const RedFlagAnswer& a : answers) {
            if (a.questionId == q->id && (latest == nullptr || a.answeredAt >= latest->answeredAt))
                latest = &a;
        }
        const AskAgainRule& rule = knowledge.askAgain();
        // Past the longest span no entry can keep it: the entries are not read at all.
        if (latest == nullptr ||
            (!latest->yes &&
             (now - latest->answeredAt >= rule.atMost ||
              !noStillCounts(rule, latest->answeredAt, activity(*q, latest->answeredAt), now))))
            out.push_back(q);
    }
    return out;
}

std::vector<const HistoryFact*> factsToAsk(const KnowledgeBase& knowledge,
                                           const HealthHistory& history) {
    std::vector<const HistoryFact*> out;
    for (const HistoryFact& f : knowledge.historyFacts()) {
        if (!history.facts.contains(f.id))
            out.push_back(&f);
    }
    return out;
}

} // namespace knotmap::screening
