// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/knowledge.h"
#include "knotmap/text.h"

#include "knotmap/log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

namespace knotmap {
namespace {

using Json = nlohmann::json;

// Thrown while reading; turned into an Error at parse's boundary.
struct Broken {
    std::string message;
};

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw Broken{fill(translate("data", "The knowledge data is broken: %1 %2."), {where, what})};
}

std::string text(const Json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        fail(where, std::string("has no ") + key);
    return it->get<std::string>();
}

std::vector<std::string> texts(const Json& j, const char* key, const std::string& where,
                               bool required) {
    std::vector<std::string> out;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array()) {
        if (required)
            fail(where, std::string("has no ") + key);
        return out;
    }
    for (const auto& v : *it) {
        if (!v.is_string() || v.get<std::string>().empty())
            fail(where, std::string("has an empty entry in ") + key);
        out.push_back(v.get<std::string>());
    }
    if (required && out.empty())
        fail(where, std::string("has no ") + key);
    return out;
}

const Json& array(const Json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array() || it->empty())
        fail(std::string("the list of ") + key, "is missing");
    return *it;
}

std::string place(const char* kind, std::size_t i, const std::string& id) {
    return std::string(kind) + " " + std::to_string(i) + (id.empty() ? "" : " (" + id + ")");
}

template <typename T> const T* byId(const std::vector<T>& items, std::string_view id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> void uniqueIds(const std::vector<T>& items, const char* kind) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!seen.insert(items[i].id).second)
            fail(place(kind, i, items[i].id), "repeats an id");
    }
}

std::optional<std::pair<int, int>> range(const Json& j, const char* key, int low, int high,
                                         const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end())
        return std::nullopt;
    if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_integer() ||
        !(*it)[1].is_number_integer())
        fail(where, std::string("has a malformed ") + key);
    const int a = (*it)[0].get<int>();
    const int b = (*it)[1].get<int>();
    if (a < low || b > high || a > b)
        fail(where, std::string("has ") + key + " outside " + std::to_string(low) + ".." +
                        std::to_string(high) + " seconds");
    return std::pair{a, b};
}

std::optional<int> number(const Json& j, const char* key, int low, int high,
                          const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end())
        return std::nullopt;
    if (!it->is_number_integer() || it->get<int>() < low || it->get<int>() > high)
        fail(where, std::string("has ") + key + " outside " + std::to_string(low) + ".." +
                        std::to_string(high));
    return it->get<int>();
}

std::optional<TechniqueKind> kindFrom(std::string_view s) {
    static const std::map<std::string_view, TechniqueKind> kKinds{
        {"pressure", TechniqueKind::Pressure},
        {"roller", TechniqueKind::Roller},
        {"stretch", TechniqueKind::Stretch},
        {"strength", TechniqueKind::Strength},
        {"heat", TechniqueKind::Heat},
        {"cold", TechniqueKind::Cold},
        {"contrast", TechniqueKind::Contrast},
        {"bath", TechniqueKind::Bath},
        {"rub", TechniqueKind::Rub}};
    const auto it = kKinds.find(s);
    return it == kKinds.end() ? std::nullopt : std::optional(it->second);
}

std::optional<RedFlagTier> tierFrom(std::string_view s) {
    if (s == "soon")
        return RedFlagTier::Soon;
    if (s == "urgent")
        return RedFlagTier::Urgent;
    if (s == "emergency")
        return RedFlagTier::Emergency;
    return std::nullopt;
}

} // namespace

std::string_view toString(RedFlagTier tier) {
    switch (tier) {
    case RedFlagTier::Emergency:
        return "emergency";
    case RedFlagTier::Urgent:
        return "urgent";
    case RedFlagTier::Soon:
        break;
    }
    return "soon";
}

std::string_view toString(TechniqueKind kind) {
    static constexpr std::string_view kNames[] = {
        "pressure", "roller", "stretch", "strength", "heat", "cold", "contrast", "bath", "rub"};
    return kNames[static_cast<std::size_t>(kind)];
}

// Reads the knowledge file section by section into a KnowledgeBase. Each section is
// checked against what came before it (sources first, the atlas throughout); the first
// broken thing throws Broken with its place.
class KnowledgeBase::Reader {
public:
    Reader(KnowledgeBase& kb, const Json& j, const BodyAtlas& atlas)
        : m_kb(kb)
        , m_j(j)
        , m_atlas(atlas) {}

    void read() {
        sources();
        zones();
        causes();
        techniques();
        areas();
        muscles();
        tips("prevention", m_kb.m_prevention);
        tips("guidance", m_kb.m_guidance);
        painKinds();
        helpLines();
        cautionSites();
        historyFacts();
        redFlags();
        askAgain();
        noQuestions();
        everyRegionCovered();
    }

private:
    void checkSources(const std::vector<std::string>& ids, const std::string& where) const {
        if (ids.empty())
            fail(where, "names no source");
        for (const auto& s : ids) {
            if (m_kb.source(s) == nullptr)
                fail(where, "names an unknown source '" + s + "'");
        }
    }
    void checkRegions(const std::vector<std::string>& ids, const std::string& where) const {
        for (const auto& r : ids) {
            if (m_atlas.find(r) == nullptr)
                fail(where, "names an unknown region '" + r + "'");
        }
    }
    void checkPlaces(const std::vector<std::string>& ids, const std::string& where) const {
        for (const auto& p : ids) {
            if (m_atlas.place(p) == nullptr)
                fail(where, "names an unknown place '" + p + "'");
        }
    }

    void sources() {
        const Json& sources = array(m_j, "sources");
        for (std::size_t i = 0; i < sources.size(); ++i)
            m_kb.m_sources.push_back({text(sources[i], "id", place("source", i, "")),
                                      text(sources[i], "cite", place("source", i, ""))});
        uniqueIds(m_kb.m_sources, "source");
    }

    void zones() {
        const Json& zones = array(m_j, "zones");
        for (std::size_t i = 0; i < zones.size(); ++i) {
            const Json& z = zones[i];
            ReferralZone zone{text(z, "id", place("zone", i, "")), "", {}};
            const std::string where = place("zone", i, zone.id);
            zone.name = text(z, "name", where);
            zone.places = texts(z, "places", where, true);
            checkPlaces(zone.places, where);
            m_kb.m_zones.push_back(std::move(zone));
        }
        uniqueIds(m_kb.m_zones, "zone");
    }

    void causes() {
        const Json& causes = array(m_j, "causes");
        for (std::size_t i = 0; i < causes.size(); ++i) {
            Cause c{text(causes[i], "id", place("cause", i, "")), "", {}};
            const std::string where = place("cause", i, c.id);
            c.text = text(causes[i], "text", where);
            c.sources = texts(causes[i], "sources", where, true);
            checkSources(c.sources, where);
            m_kb.m_causes.push_back(std::move(c));
        }
        uniqueIds(m_kb.m_causes, "cause");
    }

    void techniques() {
        const Json& techniques = array(m_j, "techniques");
        for (std::size_t i = 0; i < techniques.size(); ++i) {
            const Json& t = techniques[i];
            Technique tech;
            tech.id = text(t, "id", place("technique", i, ""));
            const std::string where = place("technique", i, tech.id);
            tech.name = text(t, "name", where);
            const auto kind = kindFrom(text(t, "kind", where));
            if (!kind)
                fail(where, "has an unknown kind");
            tech.kind = *kind;
            tech.steps = texts(t, "steps", where, true);
            tech.cautions = texts(t, "cautions", where, false);
            tech.sources = texts(t, "sources", where, true);
            checkSources(tech.sources, where);
            tech.dose.holdSeconds = range(t, "holdSeconds", 5, 600, where);
            if (const auto upTo = number(t, "holdUpToSeconds", 5, 600, where)) {
                if (tech.dose.holdSeconds)
                    fail(where, "has both holdSeconds and holdUpToSeconds");
                tech.dose.holdSeconds = std::pair{0, *upTo}; // "up to", the source's own words
            }
            tech.dose.totalSeconds = range(t, "totalSeconds", 10, 3600, where);
            tech.dose.onSeconds = range(t, "onSeconds", 60, 1800, where);
            tech.dose.offSeconds = number(t, "offSeconds", 60, 3600, where);
            tech.dose.reps = number(t, "reps", 1, 30, where);
            tech.dose.rounds = number(t, "rounds", 1, 10, where);
            tech.dose.perSide = t.value("perSide", false);
            // Every number of a dose has its own source, or it is not in the data.
            tech.doseSources = texts(t, "doseSources", where, false);
            const Dose& d = tech.dose;
            const bool numbers = d.holdSeconds || d.totalSeconds || d.onSeconds || d.offSeconds ||
                                 d.reps || d.rounds;
            if (numbers && tech.doseSources.empty())
                fail(where, "has a dose with no source for its numbers (doseSources)");
            if (!tech.doseSources.empty())
                checkSources(tech.doseSources, where);
            m_kb.m_techniques.push_back(std::move(tech));
        }
        uniqueIds(m_kb.m_techniques, "technique");
    }

    void areas() {
        const Json& areas = array(m_j, "areas");
        for (std::size_t i = 0; i < areas.size(); ++i) {
            BodyArea a{text(areas[i], "id", place("area", i, "")), {}, {}};
            const std::string where = place("area", i, a.id);
            a.causes = texts(areas[i], "causes", where, true);
            a.techniques = texts(areas[i], "techniques", where, true);
            for (const auto& c : a.causes) {
                if (m_kb.cause(c) == nullptr)
                    fail(where, "names an unknown cause '" + c + "'");
            }
            for (const auto& t : a.techniques) {
                if (m_kb.technique(t) == nullptr)
                    fail(where, "names an unknown technique '" + t + "'");
            }
            m_kb.m_areas.push_back(std::move(a));
        }
        uniqueIds(m_kb.m_areas, "area");
    }

    void muscles() {
        const Json& muscles = array(m_j, "muscles");
        for (std::size_t i = 0; i < muscles.size(); ++i) {
            const Json& m = muscles[i];
            Muscle mu;
            mu.id = text(m, "id", place("muscle", i, ""));
            const std::string where = place("muscle", i, mu.id);
            mu.name = text(m, "name", where);
            mu.plain = text(m, "plain", where);
            mu.area = text(m, "area", where);
            if (m_kb.area(mu.area) == nullptr)
                fail(where, "names an unknown area '" + mu.area + "'");
            mu.refers = texts(m, "refers", where, true);
            mu.sometimes = texts(m, "sometimes", where, false);
            for (const auto* list : {&mu.refers, &mu.sometimes}) {
                for (const auto& z : *list) {
                    if (m_kb.zone(z) == nullptr)
                        fail(where, "refers to an unknown zone '" + z + "'");
                }
            }
            mu.causes = texts(m, "causes", where, false);
            for (const auto& c : mu.causes) {
                if (m_kb.cause(c) == nullptr)
                    fail(where, "names an unknown cause '" + c + "'");
            }
            mu.techniques = texts(m, "techniques", where, false);
            for (const auto& t : mu.techniques) {
                if (m_kb.technique(t) == nullptr)
                    fail(where, "names an unknown technique '" + t + "'");
            }
            mu.sources = texts(m, "sources", where, true);
            checkSources(mu.sources, where);
            m_kb.m_muscles.push_back(std::move(mu));
        }
        uniqueIds(m_kb.m_muscles, "muscle");
    }

    void tips(const char* key, std::vector<Tip>& into) {
        const Json& tips = array(m_j, key);
        for (std::size_t i = 0; i < tips.size(); ++i) {
            Tip tip{text(tips[i], "id", place(key, i, "")), "", {}};
            const std::string where = place(key, i, tip.id);
            tip.text = text(tips[i], "text", where);
            tip.sources = texts(tips[i], "sources", where, true);
            checkSources(tip.sources, where);
            into.push_back(std::move(tip));
        }
        uniqueIds(into, key);
    }

    // A list of PainQuality ids as a bit set; every id known, none twice.
    unsigned qualities(const Json& j, const char* key, const std::string& where) const {
        unsigned bits = 0;
        for (const std::string& id : texts(j, key, where, true)) {
            const auto q = painQualityFrom(id);
            if (!q)
                fail(where, "names an unknown kind of pain '" + id + "'");
            if ((bits & *q) != 0)
                fail(where, "names the kind of pain '" + id + "' twice");
            bits |= *q;
        }
        return bits;
    }

    // The kinds a pain mark may be given (domain.h's kPainKinds) and where they come from.
    void painKinds() {
        if (!m_j.contains("painKinds") || !m_j["painKinds"].is_object())
            fail("painKinds", "is missing");
        const Json& kinds = m_j["painKinds"];
        if (qualities(kinds, "kinds", "painKinds") != kPainKinds)
            fail("painKinds", "are not the kinds KnotMap offers");
        m_kb.m_painKindSources = texts(kinds, "sources", "painKinds", true);
        checkSources(m_kb.m_painKindSources, "painKinds");
    }

    // Where techniques must not press or roll; read after the muscles and techniques.
    void cautionSites() {
        const Json& sites = array(m_j, "cautionSites");
        for (std::size_t i = 0; i < sites.size(); ++i) {
            CautionSite site;
            site.id = text(sites[i], "id", place("caution site", i, ""));
            const std::string where = place("caution site", i, site.id);
            site.muscles = texts(sites[i], "muscles", where, true);
            for (const auto& m : site.muscles) {
                if (m_kb.muscle(m) == nullptr)
                    fail(where, "names an unknown muscle '" + m + "'");
            }
            for (const auto& k : texts(sites[i], "avoid", where, false)) {
                const auto kind = kindFrom(k);
                if (!kind)
                    fail(where, "leaves out an unknown kind of technique '" + k + "'");
                site.avoid.push_back(*kind);
            }
            site.text = text(sites[i], "text", where);
            site.sources = texts(sites[i], "sources", where, true);
            checkSources(site.sources, where);
            m_kb.m_cautionSites.push_back(std::move(site));
        }
        uniqueIds(m_kb.m_cautionSites, "caution site");
        // Every muscle keeps something to do.
        for (const Muscle& m : m_kb.m_muscles) {
            const BodyArea* area = m_kb.area(m.area);
            const bool left = std::any_of(
                area->techniques.begin(), area->techniques.end(),
                [&](const std::string& t) { return !m_kb.avoids(m.id, m_kb.technique(t)->kind); });
            if (!left)
                fail("muscle " + m.id, "has no technique its caution sites allow");
        }
    }

    // Whom to call, by country: each number a phone number, each with its source.
    void helpLines() {
        const Json& lines = array(m_j, "helpLines");
        const auto phone = [](const std::string& n) {
            return !n.empty() && n.size() <= 16 && std::all_of(n.begin(), n.end(), [](char c) {
                return (c >= '0' && c <= '9') || c == ' ';
            });
        };
        for (std::size_t i = 0; i < lines.size(); ++i) {
            HelpLine line;
            line.country = text(lines[i], "country", place("help line", i, ""));
            const std::string where = place("help line", i, line.country);
            if (line.country.size() != 2 ||
                !std::all_of(line.country.begin(), line.country.end(),
                             [](char c) { return c >= 'A' && c <= 'Z'; }))
                fail(where, "needs a country as two capital letters");
            line.emergency = text(lines[i], "emergency", where);
            if (!phone(line.emergency))
                fail(where, "has an emergency number that is not a phone number");
            line.urgent = lines[i].value("urgent", "");
            line.urgentName = lines[i].value("urgentName", "");
            if (!line.urgent.empty() && (!phone(line.urgent) || line.urgentName.empty()))
                fail(where, "needs an urgent line as a phone number with its name");
            line.sources = texts(lines[i], "sources", where, true);
            checkSources(line.sources, where);
            for (const HelpLine& other : m_kb.m_helpLines) {
                if (other.country == line.country)
                    fail(where, "names its country twice");
            }
            m_kb.m_helpLines.push_back(std::move(line));
        }
    }

    void redFlags() {
        const Json& flags = array(m_j, "redFlags");
        for (std::size_t i = 0; i < flags.size(); ++i) {
            RedFlagQuestion q;
            q.id = text(flags[i], "id", place("red flag", i, ""));
            const std::string where = place("red flag", i, q.id);
            const auto tier = tierFrom(flags[i].value("tier", ""));
            if (!tier)
                fail(where, "has no tier (emergency, urgent or soon)");
            q.tier = *tier;
            q.question = text(flags[i], "question", where);
            q.regions = texts(flags[i], "regions", where, false);
            checkRegions(q.regions, where);
            q.places = texts(flags[i], "places", where, false);
            checkPlaces(q.places, where);
            if (flags[i].contains("feltAs") || flags[i].contains("feltIn")) {
                q.feltAs = qualities(flags[i], "feltAs", where);
                if ((q.feltAs & ~kPainKinds) != 0)
                    fail(where, "is asked for a kind a pain mark cannot have");
                for (const std::string& part : texts(flags[i], "feltIn", where, true)) {
                    const auto p = bodyPartFrom(part);
                    if (!p)
                        fail(where, "names an unknown part of the body '" + part + "'");
                    q.feltIn.push_back(*p);
                }
            }
            q.askIf = texts(flags[i], "askIf", where, false);
            for (const auto& c : q.askIf)
                checkCondition(c, where);
            if (const auto raise = flags[i].find("raise"); raise != flags[i].end()) {
                if (!raise->is_array())
                    fail(where, "has a raise that is not a list");
                for (const Json& r : *raise) {
                    RedFlagQuestion::Raise up;
                    up.condition = text(r, "if", where);
                    checkCondition(up.condition, where);
                    const auto to = tierFrom(r.value("tier", ""));
                    if (!to || *to <= q.tier)
                        fail(where, "raises its tier to one no higher than its own");
                    up.tier = *to;
                    up.sources = texts(r, "sources", where, true);
                    checkSources(up.sources, where);
                    q.raise.push_back(std::move(up));
                }
            }
            q.sources = texts(flags[i], "sources", where, true);
            checkSources(q.sources, where);
            for (const HistoryFact& f : m_kb.m_historyFacts) {
                if (f.id == q.id ||
                    std::find(f.formerIds.begin(), f.formerIds.end(), q.id) != f.formerIds.end())
                    fail(where, "has the id of the history fact '" + f.id + "'");
            }
            m_kb.m_redFlags.push_back(std::move(q));
        }
        uniqueIds(m_kb.m_redFlags, "red flag");
    }

    // A condition of askIf or raise: a history fact's id, or "age-N" with N in 1..120.
    void checkCondition(const std::string& c, const std::string& where) const {
        if (c.rfind("age-", 0) == 0) {
            int years = 0;
            const char* first = c.data() + 4;
            const auto [end, ec] = std::from_chars(first, c.data() + c.size(), years);
            if (ec == std::errc{} && end == c.data() + c.size() && years >= 1 && years <= 120)
                return;
        } else if (m_kb.historyFact(c) != nullptr && m_kb.historyFact(c)->id == c) {
            return;
        }
        fail(where, "names an unknown condition '" + c + "'");
    }

    void historyFacts() {
        const Json& facts = array(m_j, "historyFacts");
        for (std::size_t i = 0; i < facts.size(); ++i) {
            HistoryFact f{text(facts[i], "id", place("history fact", i, "")), "", {}, {}};
            const std::string where = place("history fact", i, f.id);
            if (f.id.rfind("age-", 0) == 0)
                fail(where, "has an id that reads as an age");
            f.question = text(facts[i], "question", where);
            f.formerIds = texts(facts[i], "formerIds", where, false);
            f.sources = texts(facts[i], "sources", where, true);
            checkSources(f.sources, where);
            m_kb.m_historyFacts.push_back(std::move(f));
        }
        uniqueIds(m_kb.m_historyFacts, "history fact");
    }

    void askAgain() {
        const auto rule = m_j.find("askAgain");
        if (rule == m_j.end() || !rule->is_object())
            fail("askAgain", "is missing");
        const auto afterBreak = number(*rule, "afterBreakDays", 1, 365, "askAgain");
        const auto atMost = number(*rule, "atMostDays", 1, 3650, "askAgain");
        if (!afterBreak || !atMost)
            fail("askAgain", "needs afterBreakDays and atMostDays");
        m_kb.m_askAgain.afterBreak = std::chrono::days{*afterBreak};
        m_kb.m_askAgain.atMost = std::chrono::days{*atMost};
        m_kb.m_askAgain.sources = texts(*rule, "sources", "askAgain", true);
        checkSources(m_kb.m_askAgain.sources, "askAgain");
    }

    // Every region has muscles this knowledge knows, and every muscle has self-care.
    // Regions with no warning-sign question of their own, each with the reason why.
    void noQuestions() {
        const auto list = m_j.find("noQuestions");
        if (list == m_j.end())
            return;
        if (!list->is_array())
            fail("noQuestions", "is not a list");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& entry = (*list)[i];
            const std::string where = place("noQuestions", i, "");
            const std::string reason = text(entry, "reason", where);
            for (const auto& id : texts(entry, "regions", where, true)) {
                if (m_atlas.find(id) == nullptr)
                    fail(where, "names an unknown region '" + id + "'");
                m_kb.m_noQuestions.emplace_back(id, reason);
            }
        }
    }

    void everyRegionCovered() {
        for (const BodyRegion& r : m_atlas.regions()) {
            for (const auto& m : r.muscles) {
                if (m_kb.muscle(m) == nullptr)
                    fail("region " + r.id, "names a muscle the knowledge lacks: '" + m + "'");
            }
            m_kb.m_regionMuscles.emplace_back(r.id, r.muscles);
            // Every region asks its look-alikes' questions, or says why none applies.
            if (m_kb.questionsFor(r.id).empty() && m_kb.noQuestionsReason(r.id).empty())
                fail("region " + r.id,
                     "has no warning-sign question and no reason why none applies");
        }
        for (const Muscle& m : m_kb.m_muscles) {
            if (m_kb.techniquesOf(m).empty())
                fail("muscle " + m.id, "has no self-care technique its caution sites allow");
        }
    }

    KnowledgeBase& m_kb;
    const Json& m_j;
    const BodyAtlas& m_atlas;
};

Result<KnowledgeBase> KnowledgeBase::parse(std::string_view json, const BodyAtlas& atlas) {
    KnowledgeBase kb;
    try {
        Json j;
        try {
            j = Json::parse(json);
        } catch (const Json::exception& e) {
            fail("the file", std::string("is not valid JSON (") + e.what() + ")");
        }
        if (!j.is_object() || j.value("format", 0) != 2)
            fail("the file", "is not format 2");
        Reader(kb, j, atlas).read();
    } catch (const Broken& b) {
        return Error{ErrorCode::InvalidInput, b.message, {}};
    } catch (const Json::exception& e) {
        // A value of the wrong type or out of range where the checks above did not look.
        return Error{
            ErrorCode::InvalidInput,
            fill(translate("data", "The knowledge data is broken: %1 %2."), {"", e.what()}),
            {}};
    }
    log::knowledge()->info("knowledge: {} muscles, {} techniques, {} red-flag questions",
                           kb.m_muscles.size(), kb.m_techniques.size(), kb.m_redFlags.size());
    return kb;
}

const Muscle* KnowledgeBase::muscle(std::string_view id) const {
    return byId(m_muscles, id);
}
const Technique* KnowledgeBase::technique(std::string_view id) const {
    return byId(m_techniques, id);
}
const Cause* KnowledgeBase::cause(std::string_view id) const {
    return byId(m_causes, id);
}
const ReferralZone* KnowledgeBase::zone(std::string_view id) const {
    return byId(m_zones, id);
}
const BodyArea* KnowledgeBase::area(std::string_view id) const {
    return byId(m_areas, id);
}
const Source* KnowledgeBase::source(std::string_view id) const {
    return byId(m_sources, id);
}
const Tip* KnowledgeBase::guidance(std::string_view id) const {
    return byId(m_guidance, id);
}
const RedFlagQuestion* KnowledgeBase::redFlag(std::string_view id) const {
    return byId(m_redFlags, id);
}

std::vector<const Muscle*> KnowledgeBase::musclesOf(const BodyRegion& region) const {
    std::vector<const Muscle*> out;
    for (const auto& id : region.muscles) {
        if (const Muscle* m = muscle(id))
            out.push_back(m);
    }
    return out;
}

namespace {
// Entries of each muscle's area in turn, keeping the first position of each.
template <typename T, typename Get>
std::vector<const T*> merged(const std::vector<const Muscle*>& muscles, const KnowledgeBase& kb,
                             Get get) {
    std::vector<const T*> out;
    for (const Muscle* m : muscles) {
        for (const T* item : get(*kb.area(m->area))) {
            if (std::find(out.begin(), out.end(), item) == out.end())
                out.push_back(item);
        }
    }
    return out;
}
} // namespace

std::vector<const Cause*> KnowledgeBase::causesFor(const BodyRegion& region) const {
    // The muscles' own causes first, then their areas'; each once, in its first place.
    const auto muscles = musclesOf(region);
    std::vector<const Cause*> out;
    for (const Muscle* m : muscles) {
        for (const auto& id : m->causes) {
            if (const Cause* c = cause(id); std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(c);
        }
    }
    for (const Cause* c : merged<Cause>(muscles, *this, [&](const BodyArea& a) {
             std::vector<const Cause*> v;
             for (const auto& id : a.causes)
                 v.push_back(cause(id));
             return v;
         })) {
        if (std::find(out.begin(), out.end(), c) == out.end())
            out.push_back(c);
    }
    return out;
}

bool KnowledgeBase::avoids(std::string_view muscleId, TechniqueKind kind) const {
    return std::any_of(m_cautionSites.begin(), m_cautionSites.end(), [&](const CautionSite& s) {
        return std::find(s.muscles.begin(), s.muscles.end(), muscleId) != s.muscles.end() &&
               std::find(s.avoid.begin(), s.avoid.end(), kind) != s.avoid.end();
    });
}

std::vector<const Technique*> KnowledgeBase::techniquesOf(const Muscle& muscle) const {
    // The muscle's own list where it has one, else its area's.
    const auto& ids =
        !muscle.techniques.empty() ? muscle.techniques : area(muscle.area)->techniques;
    std::vector<const Technique*> out;
    for (const auto& id : ids) {
        const Technique* t = technique(id);
        if (t != nullptr && !avoids(muscle.id, t->kind))
            out.push_back(t);
    }
    return out;
}

std::vector<const Technique*> KnowledgeBase::techniquesFor(const BodyRegion& region) const {
    // Each muscle's in turn, keeping the first position of each; a technique one of the
    // region's caution sites leaves out is left out for the whole region.
    const auto muscles = musclesOf(region);
    std::vector<const Technique*> all;
    for (const Muscle* m : muscles) {
        for (const Technique* t : techniquesOf(*m)) {
            if (std::find(all.begin(), all.end(), t) == all.end())
                all.push_back(t);
        }
    }
    std::erase_if(all, [&](const Technique* t) {
        return std::any_of(muscles.begin(), muscles.end(),
                           [&](const Muscle* m) { return avoids(m->id, t->kind); });
    });
    return all;
}

std::vector<const CautionSite*> KnowledgeBase::cautionSitesFor(const BodyRegion& region) const {
    std::vector<const CautionSite*> out;
    const auto muscles = musclesOf(region);
    for (const CautionSite& s : m_cautionSites) {
        for (const Muscle* m : muscles) {
            if (std::find(s.muscles.begin(), s.muscles.end(), m->id) != s.muscles.end()) {
                out.push_back(&s);
                break;
            }
        }
    }
    return out;
}

std::vector<const ReferralZone*> KnowledgeBase::zonesAt(std::string_view placeId) const {
    std::vector<const ReferralZone*> out;
    for (const ReferralZone& z : m_zones) {
        if (std::find(z.places.begin(), z.places.end(), placeId) != z.places.end())
            out.push_back(&z);
    }
    return out;
}

ReferralPattern::Fit ReferralPattern::fit(std::string_view placeId) const {
    if (std::find(common.begin(), common.end(), placeId) != common.end())
        return Fit::Common;
    if (std::find(sometimes.begin(), sometimes.end(), placeId) != sometimes.end())
        return Fit::Sometimes;
    return Fit::None;
}

ReferralPattern KnowledgeBase::patternOf(const Muscle& muscle, Side side,
                                         const BodyAtlas& atlas) const {
    ReferralPattern out;
    const auto add = [&](const std::vector<std::string>& zones, std::vector<std::string>& into) {
        for (const auto& zid : zones) {
            const ReferralZone* z = zone(zid);
            for (const auto& pid : z->places) {
                const BodyPlace* p = atlas.place(pid);
                if (p == nullptr ||
                    (side != Side::Centre && p->side != side && p->side != Side::Centre))
                    continue;
                if (std::find(into.begin(), into.end(), pid) == into.end())
                    into.push_back(pid);
            }
        }
    };
    add(muscle.refers, out.common);
    add(muscle.sometimes, out.sometimes);
    std::erase_if(out.sometimes, [&](const std::string& pid) {
        return std::find(out.common.begin(), out.common.end(), pid) != out.common.end();
    });
    return out;
}

ReferralPattern KnowledgeBase::patternOf(const BodyRegion& region, const BodyAtlas& atlas) const {
    ReferralPattern out;
    for (const Muscle* m : musclesOf(region)) {
        const ReferralPattern one = patternOf(*m, region.side, atlas);
        for (const auto& pid : one.common) {
            if (std::find(out.common.begin(), out.common.end(), pid) == out.common.end())
                out.common.push_back(pid);
        }
        for (const auto& pid : one.sometimes) {
            if (std::find(out.sometimes.begin(), out.sometimes.end(), pid) == out.sometimes.end())
                out.sometimes.push_back(pid);
        }
    }
    std::erase_if(out.sometimes, [&](const std::string& pid) {
        return std::find(out.common.begin(), out.common.end(), pid) != out.common.end();
    });
    return out;
}

std::vector<ReferralCandidate>
KnowledgeBase::likelySources(std::string_view placeId, Side side, const BodyAtlas& atlas,
                             const std::vector<std::string>& otherPain) const {
    const auto zones = zonesAt(placeId);
    std::vector<ReferralCandidate> out;
    for (const Muscle& m : m_muscles) {
        ReferralCandidate c{&m, 0, 0, {}, nullptr, false};
        for (const ReferralZone* z : zones) {
            const bool common =
                std::find(m.refers.begin(), m.refers.end(), z->id) != m.refers.end();
            const bool some =
                std::find(m.sometimes.begin(), m.sometimes.end(), z->id) != m.sometimes.end();
            if (!common && !some)
                continue;
            c.score += common ? 3 : 1;
            if (c.zone == nullptr || (common && !c.common)) {
                c.zone = z;
                c.common = common;
            }
        }
        if (c.score == 0)
            continue;
        if (!otherPain.empty()) {
            const ReferralPattern pattern = patternOf(m, side, atlas);
            for (const auto& pid : otherPain) {
                if (pid == placeId)
                    continue;
                const auto fit = pattern.fit(pid);
                c.alsoCovers += fit == ReferralPattern::Fit::Common      ? 3
                                : fit == ReferralPattern::Fit::Sometimes ? 1
                                                                         : 0;
            }
        }
        for (const BodyRegion& r : atlas.regions()) {
            const bool hasMuscle =
                std::find(r.muscles.begin(), r.muscles.end(), m.id) != r.muscles.end();
            if (hasMuscle && (side == Side::Centre || r.side == side))
                c.regions.push_back(r.id);
        }
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReferralCandidate& a, const ReferralCandidate& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         if (a.alsoCovers != b.alsoCovers)
                             return a.alsoCovers > b.alsoCovers;
                         return a.muscle->name < b.muscle->name;
                     });
    return out;
}

std::string KnowledgeBase::noQuestionsReason(std::string_view regionId) const {
    for (const auto& [id, reason] : m_noQuestions) {
        if (id == regionId)
            return reason;
    }
    return {};
}

std::vector<const RedFlagQuestion*> KnowledgeBase::questionsFor(std::string_view id) const {
    std::vector<const RedFlagQuestion*> out;
    for (const RedFlagQuestion& q : m_redFlags) {
        if (std::find(q.regions.begin(), q.regions.end(), id) != q.regions.end() ||
            std::find(q.places.begin(), q.places.end(), id) != q.places.end())
            out.push_back(&q);
    }
    return out;
}

const HelpLine* KnowledgeBase::helpLine(std::string_view country) const {
    for (const HelpLine& line : m_helpLines) {
        if (line.country == country)
            return &line;
    }
    return nullptr;
}

std::vector<const RedFlagQuestion*> KnowledgeBase::questionsForFeeling(const BodyPlace& place,
                                                                       unsigned kinds) const {
    std::vector<const RedFlagQuestion*> out;
    for (const RedFlagQuestion& q : m_redFlags) {
        if ((q.feltAs & kinds) != 0 &&
            std::find(q.feltIn.begin(), q.feltIn.end(), place.part) != q.feltIn.end())
            out.push_back(&q);
    }
    return out;
}

std::vector<const RedFlagQuestion*> KnowledgeBase::generalQuestions() const {
    std::vector<const RedFlagQuestion*> out;
    for (const RedFlagQuestion& q : m_redFlags) {
        if (q.general())
            out.push_back(&q);
    }
    return out;
}

bool Triage::selfCareIn(std::string_view regionId) const {
    return selfCareShown && !pausedEverywhere &&
           std::find(pausedIn.begin(), pausedIn.end(), regionId) == pausedIn.end();
}

const HistoryFact* KnowledgeBase::historyFact(std::string_view answerId) const {
    for (const HistoryFact& f : m_historyFacts) {
        if (f.id == answerId ||
            std::find(f.formerIds.begin(), f.formerIds.end(), answerId) != f.formerIds.end())
            return &f;
    }
    return nullptr;
}

std::string KnowledgeBase::questionText(std::string_view id) const {
    if (const RedFlagQuestion* q = redFlag(id))
        return q->question;
    if (const HistoryFact* f = historyFact(id))
        return f->question;
    return {};
}

std::optional<bool> HealthHistory::holds(std::string_view condition, int thisYear) const {
    if (condition.rfind("age-", 0) == 0) {
        int years = 0;
        std::from_chars(condition.data() + 4, condition.data() + condition.size(), years);
        if (!birthYear)
            return std::nullopt;
        return thisYear - *birthYear >= years;
    }
    const auto it = facts.find(condition);
    return it == facts.end() ? std::nullopt : std::optional(it->second);
}

HealthHistory healthHistory(const std::vector<RedFlagAnswer>& answers,
                            const KnowledgeBase& knowledge, std::optional<int> birthYear) {
    HealthHistory h;
    h.birthYear = birthYear;
    std::map<std::string, const RedFlagAnswer*> latest;
    for (const RedFlagAnswer& a : answers) {
        const HistoryFact* f = knowledge.historyFact(a.questionId);
        if (f == nullptr)
            continue;
        auto& slot = latest[f->id];
        if (slot == nullptr || a.answeredAt >= slot->answeredAt)
            slot = &a;
    }
    for (const auto& [id, a] : latest)
        h.facts[id] = a->yes;
    return h;
}

bool applies(const RedFlagQuestion& question, const HealthHistory& history, int thisYear) {
    return question.askIf.empty() ||
           std::any_of(question.askIf.begin(), question.askIf.end(), [&](const std::string& c) {
               return history.holds(c, thisYear).value_or(true);
           });
}

RedFlagTier tierFor(const RedFlagQuestion& question, const HealthHistory& history, int thisYear) {
    RedFlagTier tier = question.tier;
    for (const auto& up : question.raise) {
        if (history.holds(up.condition, thisYear).value_or(false))
            tier = std::max(tier, up.tier);
    }
    return tier;
}

Triage triage(const std::vector<RedFlagAnswer>& answers, const KnowledgeBase& knowledge,
              const TriageContext& context) {
    // The latest answer per question, by time then by order of entry.
    std::map<std::string, const RedFlagAnswer*> latest;
    for (const RedFlagAnswer& a : answers) {
        auto& slot = latest[a.questionId];
        if (slot == nullptr || a.answeredAt >= slot->answeredAt)
            slot = &a;
    }
    const auto& clearedAt = context.clearedAt;
    Triage t;
    for (const auto& [id, answer] : latest) {
        const RedFlagQuestion* q = knowledge.redFlag(id);
        if (q == nullptr || !answer->yes)
            continue; // a history fact, or no longer asked: never a warning on its own
        if (!applies(*q, context.history, context.thisYear))
            continue; // asked for a history the person has since said is not theirs
        const RedFlagTier tier = tierFor(*q, context.history, context.thisYear);
        if (tier == RedFlagTier::Urgent && clearedAt && answer->answeredAt <= *clearedAt)
            continue; // a clinician has seen it since
        if (tier == RedFlagTier::Urgent) {
            if (q->general())
                t.pausedEverywhere = true;
            t.pausedIn.insert(t.pausedIn.end(), q->regions.begin(), q->regions.end());
        }
        if (!t.tier || tier > *t.tier) {
            t.tier = tier;
            t.questions.clear();
        }
        if (tier == *t.tier)
            t.questions.push_back(id);
    }
    t.selfCareShown = t.tier != RedFlagTier::Emergency;
    return t;
}

} // namespace knotmap
