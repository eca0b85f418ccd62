// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/history.h"
#include "knotmap/painareas.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace knotmap::history {
namespace {

using std::chrono::sys_days;

constexpr LocalDate kEarliest{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};

// One slot per day of [first, last]: the check-in of that day, if any.
std::vector<const CheckIn*> byDay(const std::vector<CheckIn>& all, sys_days first, sys_days last) {
    std::vector<const CheckIn*> out;
    if (last < first)
        return out;
    out.resize(static_cast<std::size_t>((last - first).count() + 1), nullptr);
    for (const auto& c : all) {
        const sys_days d{c.day};
        if (d >= first && d <= last)
            out[static_cast<std::size_t>((d - first).count())] = &c;
    }
    return out;
}

std::vector<FactorLink> factorLinks(const std::vector<const CheckIn*>& days,
                                    const stats::DailySeries& pain) {
    std::vector<FactorLink> links;
    for (const Factor f : kFactors) {
        FactorLink link;
        link.factor = f;
        stats::DailySeries values;
        values.reserve(days.size());
        double sum = 0;
        for (const CheckIn* c : days) {
            const auto v = c != nullptr ? valueOf(c->factors, f) : std::nullopt;
            values.push_back(v);
            if (v) {
                ++link.daysRecorded;
                sum += *v;
            }
        }
        if (link.daysRecorded > 0)
            link.mean = sum / link.daysRecorded;
        link.sameDayPairs = stats::pairedCount(values, pain);
        link.sameDay = stats::spearman(values, pain);
        if (values.size() > 1) {
            const stats::DailySeries today(values.begin(), values.end() - 1);
            const stats::DailySeries tomorrow(pain.begin() + 1, pain.end());
            link.nextDayPairs = stats::pairedCount(today, tomorrow);
            link.nextDay = stats::spearman(today, tomorrow);
        }
        links.push_back(link);
    }
    return links;
}

std::vector<TechniqueUse> techniqueUses(const std::vector<SelfCareSession>& sessions) {
    std::map<std::string, TechniqueUse> byTechnique;
    std::map<std::string, std::vector<std::pair<int, int>>> ratings;
    for (const auto& s : sessions) {
        auto& use = byTechnique[s.techniqueId];
        use.techniqueId = s.techniqueId;
        ++use.sessions;
        use.totalSeconds += s.durationSeconds;
        if (s.tendernessBefore && s.tendernessAfter) {
            ++use.rated;
            ratings[s.techniqueId].emplace_back(*s.tendernessBefore, *s.tendernessAfter);
        }
    }
    std::vector<TechniqueUse> out;
    for (auto& [id, use] : byTechnique) {
        use.effect = stats::tendernessEffect(ratings[id]);
        out.push_back(use);
    }
    std::stable_sort(out.begin(), out.end(), [](const TechniqueUse& a, const TechniqueUse& b) {
        return a.sessions > b.sessions;
    });
    return out;
}

} // namespace

std::string_view toString(Factor f) {
    switch (f) {
    case Factor::SittingHours:
        return "sitting_hours";
    case Factor::MovementBreaks:
        return "movement_breaks";
    case Factor::SleepHours:
        return "sleep_hours";
    case Factor::SleepQuality:
        return "sleep_quality";
    case Factor::Stress:
        return "stress";
    case Factor::WaterGlasses:
        return "water_glasses";
    case Factor::ExerciseMinutes:
        return "exercise_minutes";
    case Factor::AwkwardSleep:
        return "awkward_sleep";
    case Factor::HeavyLifting:
        return "heavy_lifting";
    }
    return "";
}

std::optional<double> valueOf(const DailyFactors& d, Factor f) {
    const auto asDouble = [](const auto& v) -> std::optional<double> {
        if (!v)
            return std::nullopt;
        return static_cast<double>(*v);
    };
    switch (f) {
    case Factor::SittingHours:
        return d.sittingHours;
    case Factor::MovementBreaks:
        return asDouble(d.movementBreaks);
    case Factor::SleepHours:
        return d.sleepHours;
    case Factor::SleepQuality:
        return asDouble(d.sleepQuality);
    case Factor::Stress:
        return asDouble(d.stress);
    case Factor::WaterGlasses:
        return asDouble(d.waterGlasses);
    case Factor::ExerciseMinutes:
        return asDouble(d.exerciseMinutes);
    case Factor::AwkwardSleep:
        return asDouble(d.awkwardSleep);
    case Factor::HeavyLifting:
        return asDouble(d.heavyLifting);
    }
    return std::nullopt;
}

TimeRange momentsOf(DateRange range) {
    return {startOfLocalDay(range.first),
            startOfLocalDay(LocalDate{sys_days{range.last} + std::chrono::days{1}})};
}

std::vector<ExtentDay> painExtent(const std::vector<PainArea>& marks, DateRange range,
                                  const BodyAtlas& atlas) {
    // A sweep over the days: each mark starts on the day it was noted and stops after the
    // day it eased; a place adds its area when its first mark starts and takes it away when
    // its last one stops. Years of days cost the days plus the marks, not their product.
    const auto& places = atlas.places();
    std::unordered_map<std::string_view, std::size_t> index;
    std::vector<double> area(places.size());
    double whole = 0;
    for (std::size_t i = 0; i < places.size(); ++i) {
        index.emplace(places[i].id, i);
        area[i] = BodyAtlas::areaOf(places[i]);
        whole += area[i];
    }
    const sys_days first{range.first};
    const sys_days last{range.last};
    if (last < first)
        return {};
    const auto days = static_cast<std::size_t>((last - first).count() + 1);
    // events[d]: the place indices whose marks start (+) or stop (-) on day d.
    std::vector<std::vector<std::pair<std::size_t, int>>> events(days + 1);
    for (const PainArea& a : marks) {
        const auto at = index.find(a.place.regionId);
        if (at == index.end())
            continue;
        sys_days from{localDateOf(a.notedAt)};
        sys_days to =
            a.clearedAt ? sys_days{localDateOf(*a.clearedAt - std::chrono::seconds{1})} : last;
        if (a.clearedAt && *a.clearedAt <= a.notedAt)
            continue; // eased as soon as noted: on no day
        from = std::max(from, first);
        to = std::min(to, last);
        if (to < from)
            continue;
        events[static_cast<std::size_t>((from - first).count())].emplace_back(at->second, 1);
        events[static_cast<std::size_t>((to - first).count()) + 1].emplace_back(at->second, -1);
    }
    std::vector<int> count(places.size(), 0);
    double marked = 0;
    int placesMarked = 0;
    std::vector<ExtentDay> out;
    out.reserve(days);
    for (std::size_t d = 0; d < days; ++d) {
        for (const auto& [place, change] : events[d]) {
            const int before = count[place];
            count[place] += change;
            if (before == 0 && count[place] > 0) {
                marked += area[place];
                ++placesMarked;
            } else if (before > 0 && count[place] == 0) {
                marked -= area[place];
                --placesMarked;
            }
        }
        out.push_back({LocalDate{first + std::chrono::days{static_cast<int>(d)}},
                       whole > 0 ? std::max(0.0, marked / whole) : 0, placesMarked});
    }
    return out;
}

Result<Overview> overview(CheckInRepository& checkIns, SelfCareSessionRepository& sessionRepo,
                          std::optional<LocalDate> firstDay, LocalDate lastDay) {
    auto all = checkIns.between({kEarliest, lastDay});
    if (!all)
        return all.error();
    Overview o;
    const sys_days last{lastDay};
    sys_days first =
        firstDay ? sys_days{*firstDay} : (all->empty() ? last : sys_days{all->front().day});
    first = std::min(first, last);
    o.range = {LocalDate{first}, lastDay};

    auto sessions = sessionRepo.startedIn(momentsOf(o.range));
    if (!sessions)
        return sessions.error();

    const auto entries = byDay(*all, first, last);
    stats::DailySeries average;
    average.reserve(entries.size());
    double sum = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Day day;
        day.day = LocalDate{first + std::chrono::days{static_cast<int>(i)}};
        if (const CheckIn* c = entries[i]) {
            day.now = c->painNow;
            day.average = c->painAverage;
            day.worst = c->painWorst;
            day.least = c->painLeast;
            o.worst = std::max(o.worst.value_or(0), c->painWorst);
            o.least = std::min(o.least.value_or(10), c->painLeast);
            sum += c->painAverage;
            ++o.daysWithEntries;
        }
        average.push_back(day.average ? std::optional<double>(*day.average) : std::nullopt);
        o.days.push_back(day);
    }
    const auto rolling = stats::rollingMean(average, 7, 3);
    for (std::size_t i = 0; i < o.days.size(); ++i)
        o.days[i].rollingMean = rolling[i];
    if (o.daysWithEntries > 0)
        o.meanAverage = sum / o.daysWithEntries;
    o.change = stats::changeFromBaseline(average);

    for (const auto& s : *sessions) {
        const sys_days d{localDateOf(s.startedAt)};
        if (d >= first && d <= last)
            ++o.days[static_cast<std::size_t>((d - first).count())].sessions;
        ++o.sessions;
        o.sessionSeconds += s.durationSeconds;
    }
    o.techniques = techniqueUses(*sessions);
    o.factors = factorLinks(entries, average);

    if (!all->empty()) {
        const sys_days since{all->front().day};
        stats::DailySeries sinceFirst;
        for (const CheckIn* c : byDay(*all, since, last))
            sinceFirst.push_back(c != nullptr ? std::optional<double>(c->painAverage)
                                              : std::nullopt);
        o.prompt = stats::progressPrompt(sinceFirst);
    }
    return o;
}

Result<KnotStory> knotStory(KnotRepository& knots, SelfCareSessionRepository& sessions,
                            RowId knotId, LocalDate today) {
    auto knot = knots.get(knotId);
    if (!knot)
        return knot.error();
    KnotStory story;
    story.knot = *knot;
    auto observations = knots.observations(knotId);
    if (!observations)
        return observations.error();
    story.observations = std::move(*observations);
    auto done = sessions.forKnot(knotId);
    if (!done)
        return done.error();
    story.sessions = std::move(*done);
    auto changes = knots.statusChanges(knotId);
    if (!changes)
        return changes.error();
    story.statusChanges = std::move(*changes);
    const sys_days from{localDateOf(story.knot.createdAt)};
    const sys_days to =
        story.knot.resolvedAt ? sys_days{localDateOf(*story.knot.resolvedAt)} : sys_days{today};
    story.daysActive = static_cast<int>(std::max<long>(0, (to - from).count())) + 1;
    return story;
}

Result<std::vector<RegionHeat>> bodyHeat(KnotRepository& knots, PainAreaRepository& painAreas,
                                         TimeRange span) {
    auto allKnots = knots.listAll();
    if (!allKnots)
        return allKnots.error();
    std::map<RowId, const Knot*> knotById;
    for (const auto& k : *allKnots)
        knotById[k.id] = &k;
    auto totals = knots.readingTotalsIn(span);
    if (!totals)
        return totals.error();
    auto areas = painAreas.listPresentIn(span);
    if (!areas)
        return areas.error();

    std::map<std::string, RegionHeat> byRegion;
    std::map<std::string, double> tenderSum;
    for (const auto& t : *totals) {
        const auto k = knotById.find(t.knotId);
        if (k == knotById.end())
            continue;
        const auto& place = k->second->place;
        auto& heat = byRegion[place.regionId];
        heat.regionId = place.regionId;
        heat.view = place.view;
        ++heat.knots; // one row per knot with readings
        heat.readings += t.readings;
        heat.maxTenderness = std::max(heat.maxTenderness, t.maxTenderness);
        tenderSum[place.regionId] += t.tendernessSum;
    }
    for (const auto& a : *areas) {
        auto& heat = byRegion[a.place.regionId];
        heat.regionId = a.place.regionId;
        heat.view = a.place.view;
        ++heat.painMarks;
        heat.worst = heat.worst || a.worst;
        heat.painKinds |= a.kinds;
    }
    constexpr double kPainMarkWeight = 5;
    std::vector<RegionHeat> out;
    double hottest = 0;
    for (auto& [id, heat] : byRegion) {
        if (heat.readings > 0)
            heat.meanTenderness = tenderSum[id] / heat.readings;
        heat.heat = tenderSum[id] + kPainMarkWeight * heat.painMarks;
        hottest = std::max(hottest, heat.heat);
        out.push_back(heat);
    }
    for (auto& heat : out)
        heat.heat = hottest > 0 ? heat.heat / hottest : 0;
    std::stable_sort(out.begin(), out.end(),
                     [](const RegionHeat& a, const RegionHeat& b) { return a.heat > b.heat; });
    return out;
}

} // namespace knotmap::history
