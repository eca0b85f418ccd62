// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/fhir.h"

#include "knotmap/atlas.h"
#include "knotmap/checkins.h"
#include "knotmap/files.h"
#include "knotmap/history.h"
#include "knotmap/knots.h"
#include "knotmap/knowledge.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/report.h"
#include "knotmap/sessions.h"
#include "knotmap/store.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <random>

namespace knotmap::fhir {
namespace {

using Json = nlohmann::ordered_json;
using namespace std::chrono;

constexpr std::string_view kCategories =
    "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr std::string_view kBodySiteExtension = "http://hl7.org/fhir/StructureDefinition/bodySite";

std::string instant(Timestamp t) {
    return files::formatUtc(t, "%Y-%m-%dT%H:%M:%SZ");
}

Json coding(std::string_view system, std::string_view code, std::string_view display) {
    return {{"system", system}, {"code", code}, {"display", display}};
}

// A concept coded in one system, with the words a person reads.
Json codeable(Json coded, std::string_view text) {
    return {{"coding", Json::array({std::move(coded)})}, {"text", text}};
}

// A concept in KnotMap's own code system, for entries no standard code was found for.
Json ownCodeable(std::string_view code, std::string_view text) {
    return codeable(coding(kKnotMapCodes, code, text), text);
}

Json category(std::string_view code, std::string_view display) {
    return Json::array({{{"coding", Json::array({coding(kCategories, code, display)})}}});
}

// The place of a knot or session in words: the region's plain name, or its id when the
// atlas no longer has it.
std::string placeName(const BodyAtlas& atlas, const std::string& regionId) {
    const std::string name = atlas.nameOf(regionId);
    return !name.empty() ? name : regionId;
}

// The entries of the bundle, each with a urn:uuid that the others refer to it by.
class Entries {
public:
    std::string add(Json resource) {
        std::string url = "urn:uuid:" + uuid();
        m_entries.push_back({{"fullUrl", url}, {"resource", std::move(resource)}});
        return url;
    }
    Json take() { return std::move(m_entries); }

private:
    // A version 4 (random) UUID.
    std::string uuid() {
        std::uniform_int_distribution<unsigned> byte(0, 255);
        unsigned char b[16];
        for (auto& c : b)
            c = static_cast<unsigned char>(byte(m_random));
        b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
        b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
        char text[37];
        std::snprintf(text, sizeof text,
                      "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                      b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
                      b[13], b[14], b[15]);
        return text;
    }

    Json m_entries = Json::array();
    std::mt19937_64 m_random{std::random_device{}()};
};

Json reference(const std::string& url) {
    return {{"reference", url}};
}

class BundleWriter {
public:
    BundleWriter(Store& store, const BodyAtlas& atlas, const KnowledgeBase& knowledge,
                 const Options& options, const Clock& clock)
        : m_store(store)
        , m_atlas(atlas)
        , m_knowledge(knowledge)
        , m_options(options)
        , m_clock(clock)
        , m_moments(history::momentsOf(options.range)) {}

    Result<std::string> write() {
        Json patient{{"resourceType", "Patient"}};
        if (!m_options.name.empty())
            patient["name"] = Json::array({{{"text", m_options.name}}});
        m_patient = m_entries.add(std::move(patient));
        for (auto step : {&BundleWriter::checkIns, &BundleWriter::knots, &BundleWriter::painAreas,
                          &BundleWriter::sessions, &BundleWriter::answers}) {
            if (auto ok = (this->*step)(); !ok)
                return ok.error();
        }
        Json bundle{{"resourceType", "Bundle"},
                    {"type", "collection"},
                    {"timestamp", instant(m_clock.now())},
                    {"entry", m_entries.take()}};
        return bundle.dump(2) + "\n";
    }

private:
    Json observation(Json code, std::string_view categoryCode, std::string_view categoryName) {
        return {{"resourceType", "Observation"},
                {"status", "final"},
                {"category", category(categoryCode, categoryName)},
                {"code", std::move(code)},
                {"subject", reference(m_patient)}};
    }

    // Each day's four pain scores and the interference scores given.
    Status checkIns() {
        auto days = CheckInRepository(m_store, m_clock).between(m_options.range);
        if (!days)
            return days.error();
        struct Score {
            int CheckIn::*value;
            std::string_view code; // KnotMap's, where LOINC has none checked
            std::string_view text;
        };
        static constexpr Score kScores[] = {
            {&CheckIn::painNow, "", "Pain right now, 0-10 numeric rating"},
            {&CheckIn::painWorst, "pain-worst-24h", "Pain at its worst in the last 24 hours, 0-10"},
            {&CheckIn::painLeast, "pain-least-24h", "Pain at its least in the last 24 hours, 0-10"},
            {&CheckIn::painAverage, "pain-average-24h",
             "Pain on average over the last 24 hours, 0-10"}};
        for (const CheckIn& c : *days) {
            for (const Score& s : kScores) {
                Json code = s.code.empty()
                                ? codeable(coding(kLoinc, kPainSeverityNrs,
                                                  "Pain severity - 0-10 verbal numeric rating "
                                                  "[Score] - Reported"),
                                           s.text)
                                : ownCodeable(s.code, s.text);
                Json o = observation(std::move(code), "survey", "Survey");
                o["effectiveDateTime"] = formatDate(c.day);
                o["issued"] = instant(c.updatedAt);
                o["valueInteger"] = c.*s.value;
                if (s.code.empty() && !c.note.empty())
                    o["note"] = Json::array({{{"text", c.note}}});
                m_entries.add(std::move(o));
            }
            for (std::size_t i = 0; i < kInterferenceDomains; ++i) {
                if (!c.interference[i])
                    continue;
                // The Brief Pain Inventory's seven, in kInterferenceFields order.
                static constexpr std::string_view kWhat[] = {"general activity",
                                                             "mood",
                                                             "walking",
                                                             "work, including housework",
                                                             "relationships with other people",
                                                             "sleep",
                                                             "enjoyment of life"};
                static_assert(std::size(kWhat) == kInterferenceDomains);
                Json o = observation(ownCodeable("pain-" + std::string(kInterferenceFields[i]),
                                                 "How much pain got in the way of " +
                                                     std::string(kWhat[i]) + ", 0-10"),
                                     "survey", "Survey");
                o["effectiveDateTime"] = formatDate(c.day);
                o["issued"] = instant(c.updatedAt);
                o["valueInteger"] = *c.interference[i];
                m_entries.add(std::move(o));
            }
        }
        return {};
    }

    // A knot's place as a BodyStructure (made once per knot), named in words and sided.
    std::string bodyStructure(const Knot& k) {
        if (auto it = m_structures.find(k.id); it != m_structures.end())
            return it->second;
        Json s{{"resourceType", "BodyStructure"},
               {"active", k.status != KnotStatus::Resolved},
               {"description", "A muscle knot (tender spot) logged in KnotMap"},
               {"location", {{"text", placeName(m_atlas, k.place.regionId)}}},
               {"patient", reference(m_patient)}};
        if (k.place.side == Side::Left || k.place.side == Side::Right) {
            const bool left = k.place.side == Side::Left;
            s["locationQualifier"] = Json::array({codeable(
                coding(kSnomed, left ? kSnomedLeft : kSnomedRight, left ? "Left" : "Right"),
                left ? "left" : "right")});
        }
        return m_structures.emplace(k.id, m_entries.add(std::move(s))).first->second;
    }

    Json bodySite(const Knot& k) {
        const std::string url = bodyStructure(k);
        return {{"extension",
                 Json::array({{{"url", kBodySiteExtension}, {"valueReference", reference(url)}}})},
                {"text", placeName(m_atlas, k.place.regionId)}};
    }

    // Each reading of a knot's tenderness in the range.
    Status knots() {
        KnotRepository repo(m_store, m_clock);
        auto all = repo.listAll();
        auto readings = all ? repo.observationsIn(m_moments)
                            : Result<std::vector<KnotObservation>>(all.error());
        if (!readings)
            return readings.error();
        for (const Knot& k : *all)
            m_knots.emplace(k.id, k);
        for (const KnotObservation& r : *readings) {
            const auto k = m_knots.find(r.knotId);
            if (k == m_knots.end())
                continue;
            Json o = observation(
                ownCodeable("knot-tenderness", "Tenderness of a muscle knot when pressed, 0-10"),
                "exam", "Exam");
            o["effectiveDateTime"] = instant(r.observedAt);
            o["valueInteger"] = r.tenderness;
            o["bodySite"] = bodySite(k->second);
            if (!r.note.empty())
                o["note"] = Json::array({{{"text", r.note}}});
            m_entries.add(std::move(o));
        }
        return {};
    }

    // Each place where pain was felt at some moment of the range, as the body chart has
    // it: the place, from when it was marked until it eased, how it felt, the worst.
    Status painAreas() {
        auto present = PainAreaRepository(m_store, m_clock).listPresentIn(m_moments);
        if (!present)
            return present.error();
        for (const PainArea& a : *present) {
            Json o = observation(ownCodeable("pain-felt-here", "Pain felt at this place"), "survey",
                                 "Survey");
            Json period{{"start", instant(a.notedAt)}};
            if (a.clearedAt)
                period["end"] = instant(*a.clearedAt);
            o["effectivePeriod"] = std::move(period);
            o["valueBoolean"] = true;
            o["bodySite"] = {{"text", placeName(m_atlas, a.place.regionId)}};
            Json components = Json::array();
            for (PainQuality q : painQualities(a.kinds)) {
                const std::string word(painWordInEnglish(q));
                components.push_back({{"code", ownCodeable("pain-quality", "How the pain feels")},
                                      {"valueCodeableConcept",
                                       ownCodeable("felt-as-" + std::string(toString(q)), word)}});
            }
            if (a.worst)
                components.push_back(
                    {{"code", ownCodeable("worst-pain", "Marked as the place that hurts most")},
                     {"valueBoolean", true}});
            if (!components.empty())
                o["component"] = std::move(components);
            m_entries.add(std::move(o));
        }
        return {};
    }

    // Each session as a Procedure, with the tenderness before and after as Observations
    // that are part of it.
    Status sessions() {
        auto started = SelfCareSessionRepository(m_store, m_clock).startedIn(m_moments);
        if (!started)
            return started.error();
        for (const SelfCareSession& s : *started) {
            const Technique* t = m_knowledge.technique(s.techniqueId);
            const std::string technique = t != nullptr ? t->name : s.techniqueId;
            const Timestamp end = s.startedAt + seconds{s.durationSeconds};
            const auto knot = s.knotId ? m_knots.find(*s.knotId) : m_knots.end();
            Json site = knot != m_knots.end() ? bodySite(knot->second)
                                              : Json{{"text", placeName(m_atlas, s.regionId)}};
            Json p{{"resourceType", "Procedure"},
                   {"status", "completed"},
                   {"category",
                    codeable(coding(kKnotMapCodes, "self-care", "Self-care"), "Self-care at home")},
                   {"code", ownCodeable("technique-" + s.techniqueId, technique)},
                   {"subject", reference(m_patient)},
                   {"performedPeriod", {{"start", instant(s.startedAt)}, {"end", instant(end)}}},
                   {"bodySite", Json::array({site})}};
            if (!s.note.empty())
                p["note"] = Json::array({{{"text", s.note}}});
            const std::string procedure = m_entries.add(std::move(p));
            const std::pair<const std::optional<int>*, Timestamp> sides[] = {
                {&s.tendernessBefore, s.startedAt}, {&s.tendernessAfter, end}};
            for (const auto& [value, at] : sides) {
                if (!*value)
                    continue;
                const bool before = value == &s.tendernessBefore;
                Json o = observation(ownCodeable(before ? "tenderness-before-self-care"
                                                        : "tenderness-after-self-care",
                                                 before ? "Tenderness before self-care, 0-10"
                                                        : "Tenderness after self-care, 0-10"),
                                     "exam", "Exam");
                o["partOf"] = Json::array({reference(procedure)});
                o["effectiveDateTime"] = instant(at);
                o["valueInteger"] = **value;
                o["bodySite"] = site;
                m_entries.add(std::move(o));
            }
        }
        return {};
    }

    // The warning-sign answers, one QuestionnaireResponse per sitting (answers given at
    // the same moment for the same region).
    Status answers() {
        auto given = RedFlagAnswerRepository(m_store, m_clock).answeredIn(m_moments);
        if (!given)
            return given.error();
        std::map<std::pair<Timestamp, std::string>, Json> sittings;
        for (const RedFlagAnswer& a : *given) {
            const std::string text = m_knowledge.questionText(a.questionId);
            Json item{{"linkId", a.questionId},
                      {"text", !text.empty() ? text : a.questionId},
                      {"answer", Json::array({{{"valueBoolean", a.yes}}})}};
            auto [it, added] = sittings.try_emplace({a.answeredAt, a.regionId}, Json::array());
            it->second.push_back(std::move(item));
        }
        for (auto& [when, items] : sittings) {
            Json r{{"resourceType", "QuestionnaireResponse"},
                   {"status", "completed"},
                   {"subject", reference(m_patient)},
                   {"authored", instant(when.first)},
                   {"item", std::move(items)}};
            if (!when.second.empty())
                r["extension"] =
                    Json::array({{{"url", std::string(kKnotMapCodes) + "/asked-for-region"},
                                  {"valueString", placeName(m_atlas, when.second)}}});
            m_entries.add(std::move(r));
        }
        return {};
    }

    Store& m_store;
    const BodyAtlas& m_atlas;
    const KnowledgeBase& m_knowledge;
    const Options& m_options;
    const Clock& m_clock;
    TimeRange m_moments;
    Entries m_entries;
    std::string m_patient;
    std::map<RowId, Knot> m_knots;
    std::map<RowId, std::string> m_structures;
};

} // namespace

Options Options::everything(LocalDate today) {
    return {{LocalDate{std::chrono::year{1970} / 1 / 1}, today}, {}};
}

Result<std::string> toBundle(Store& store, const BodyAtlas& atlas, const KnowledgeBase& knowledge,
                             const Options& options, const Clock& clock) {
    if (auto ok = report::checkRange(options.range, clock.today()); !ok)
        return ok.error();
    if (auto ok = report::checkName(options.name); !ok)
        return ok.error();
    return BundleWriter(store, atlas, knowledge, options, clock).write();
}

} // namespace knotmap::fhir
