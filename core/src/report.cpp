// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/report.h"

#include "knotmap/text.h"

#include <algorithm>
#include <map>

namespace knotmap::report {

DateRange lastDays(LocalDate today, int days) {
    return {LocalDate{std::chrono::sys_days{today} - std::chrono::days{std::max(1, days) - 1}},
            today};
}

DateRange defaultRange(LocalDate today) {
    return lastDays(today, kDefaultDays);
}

Status checkRange(DateRange range, LocalDate today) {
    using std::chrono::sys_days;
    if (sys_days{range.last} < sys_days{range.first})
        return Error{ErrorCode::InvalidInput,
                     fill(translate("report", "The range is empty: it starts on %1, after it ends "
                                              "on %2."),
                          {formatDate(range.first), formatDate(range.last)}),
                     "from"};
    if (sys_days{range.first} > sys_days{today})
        return Error{ErrorCode::InvalidInput,
                     fill(translate("report", "The range starts on %1, in the future; nothing can "
                                              "have been recorded yet."),
                          {formatDate(range.first)}),
                     "from"};
    return {};
}

Status checkName(std::string_view name) {
    // Characters, not bytes: every byte but UTF-8's continuation bytes starts one.
    const auto characters = std::count_if(name.begin(), name.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    if (characters > kNameMaxLength)
        return Error{ErrorCode::InvalidInput,
                     fill(translate("report", "The name is too long: keep it to %1 characters."),
                          {std::to_string(kNameMaxLength)}),
                     "name"};
    return {};
}

std::optional<Paper> paperFrom(std::string_view name) {
    if (name == "a4")
        return Paper::A4;
    if (name == "letter")
        return Paper::Letter;
    return std::nullopt;
}

std::string_view toString(Paper paper) {
    return paper == Paper::Letter ? "letter" : "a4";
}

namespace {

// The knots present at some moment of the range, numbered by when they were noted (so a
// knot keeps its number whatever the range), with their tenderness and sessions; the
// session notes go to d.notes.
Status gatherKnots(Sources& src, TimeRange span, const std::vector<KnotObservation>& readings,
                   Data& d) {
    auto summaries = src.knots.summaries();
    if (!summaries)
        return summaries.error();
    auto sessions = src.sessions.startedIn(span);
    if (!sessions)
        return sessions.error();
    std::map<RowId, std::optional<int>> firstInRange;
    std::map<RowId, int> latest;
    for (const auto& r : readings) { // oldest first
        if (r.observedAt >= span.from && !firstInRange[r.knotId])
            firstInRange[r.knotId] = r.tenderness;
        latest[r.knotId] = r.tenderness;
    }
    std::map<RowId, int> sessionCount;
    for (const auto& s : *sessions) {
        if (s.knotId)
            ++sessionCount[*s.knotId];
        if (!s.note.empty())
            d.notes.push_back({s.startedAt, Note::Kind::Session, s.knotId.value_or(0), s.note});
    }
    int number = 0;
    for (const auto& s : *summaries) {
        ++number;
        if (s.knot.createdAt >= span.to || (s.knot.resolvedAt && *s.knot.resolvedAt < span.from))
            continue;
        KnotRow row;
        row.number = number;
        row.summary = s;
        row.firstInRange = firstInRange[s.knot.id];
        if (auto it = latest.find(s.knot.id); it != latest.end())
            row.latest = it->second;
        row.sessionsInRange = sessionCount[s.knot.id];
        d.knots.push_back(row);
    }
    return {};
}

// The warning-sign answers of the range, and the questions answered yes, each once.
Status gatherAnswers(Sources& src, TimeRange span, Data& d) {
    auto answers = src.redFlags.answeredIn(span);
    if (!answers)
        return answers.error();
    d.answers = std::move(*answers);
    for (const auto& a : d.answers)
        if (a.yes && std::find(d.yesQuestions.begin(), d.yesQuestions.end(), a.questionId) ==
                         d.yesQuestions.end())
            d.yesQuestions.push_back(a.questionId);
    return {};
}

// Every note of the range (readings' and check-ins'; sessions' come with the knots),
// oldest first.
Status gatherNotes(Sources& src, DateRange range, TimeRange span,
                   const std::vector<KnotObservation>& readings, Data& d) {
    for (const auto& r : readings) {
        if (r.observedAt >= span.from && !r.note.empty())
            d.notes.push_back({r.observedAt, Note::Kind::Knot, r.knotId, r.note});
    }
    auto checkIns = src.checkIns.between(range);
    if (!checkIns)
        return checkIns.error();
    for (const auto& c : *checkIns) {
        if (!c.note.empty())
            d.notes.push_back({startOfLocalDay(c.day), Note::Kind::CheckIn, 0, c.note});
    }
    std::stable_sort(d.notes.begin(), d.notes.end(),
                     [](const Note& a, const Note& b) { return a.at < b.at; });
    return {};
}

} // namespace

Result<Data> gather(Sources src, DateRange range, LocalDate today) {
    if (auto ok = checkRange(range, today); !ok)
        return ok.error();
    Data d;
    d.range = range;
    d.made = today;
    auto overview = history::overview(src.checkIns, src.sessions, range.first, range.last);
    if (!overview)
        return overview.error();
    d.overview = std::move(*overview);
    d.careDays =
        static_cast<int>(std::count_if(d.overview.days.begin(), d.overview.days.end(),
                                       [](const history::Day& day) { return day.sessions > 0; }));
    const TimeRange span = history::momentsOf(range);
    auto heat = history::bodyHeat(src.knots, src.painAreas, span);
    if (!heat)
        return heat.error();
    d.heat = std::move(*heat);
    for (const auto& h : d.heat)
        if (h.readings > 0 && d.mainAreas.size() < kMainAreas)
            d.mainAreas.push_back(h.regionId);
    auto readings = src.knots.observationsIn({Timestamp{}, span.to});
    if (!readings)
        return readings.error();
    if (auto ok = gatherKnots(src, span, *readings, d); !ok)
        return ok.error();
    auto areas = src.painAreas.listPresentIn(span);
    if (!areas)
        return areas.error();
    d.painAreas = std::move(*areas);
    if (auto ok = gatherAnswers(src, span, d); !ok)
        return ok.error();
    if (auto ok = gatherNotes(src, range, span, *readings, d); !ok)
        return ok.error();
    return d;
}

} // namespace knotmap::report
