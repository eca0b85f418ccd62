// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// What KnotMap knows about each spot: the muscles there, where they commonly refer pain,
// what commonly causes knots there, what self-care suits it and when to see someone.
// Loaded from resources/knowledge/knowledge.json and checked against the body atlas.
namespace knotmap {

struct Source {
    std::string id;
    std::string cite;
};

// Where a muscle may send pain: a set of the atlas's places, on both sides.
struct ReferralZone {
    std::string id;
    std::string name; // plain words: "the temple"
    std::vector<std::string> places;
};

struct Muscle {
    std::string id;
    std::string name;  // anatomical: "Upper trapezius"
    std::string plain; // "the muscle along the top of the shoulder"
    std::string area;
    std::vector<std::string> refers;    // zones where pain is commonly felt
    std::vector<std::string> sometimes; // zones where it is felt only by some
    // What commonly causes knots in this muscle (cause ids), said before its area's causes.
    std::vector<std::string> causes;
    // Self-care that suits this muscle (technique ids), where it differs from its area's.
    std::vector<std::string> techniques;
    std::vector<std::string> sources;
};

struct Cause {
    std::string id;
    std::string text;
    std::vector<std::string> sources;
};

enum class TechniqueKind { Pressure, Roller, Stretch, Strength, Heat, Cold, Contrast, Bath, Rub };

// How long and how often; each part only where it applies. Seconds.
struct Dose {
    std::optional<std::pair<int, int>> holdSeconds;  // one hold, from..to; from 0: "up to"
    std::optional<std::pair<int, int>> totalSeconds; // the whole session, from..to
    std::optional<std::pair<int, int>> onSeconds;    // a cold/heat round
    std::optional<int> offSeconds;                   // rest between rounds
    std::optional<int> reps;
    std::optional<int> rounds;
    bool perSide = false;
};

struct Technique {
    std::string id;
    std::string name;
    TechniqueKind kind = TechniqueKind::Pressure;
    std::vector<std::string> steps;
    std::vector<std::string> cautions;
    Dose dose;
    std::vector<std::string> sources;
    std::vector<std::string> doseSources; // where the dose's numbers come from
};

// A place where some techniques must not press or roll (the front of the neck, the groin):
// its muscles are offered only the other techniques of their area, and its caution is
// said with their advice. A site that leaves nothing out only cautions.
struct CautionSite {
    std::string id;
    std::vector<std::string> muscles;
    std::vector<TechniqueKind> avoid;
    std::string text;
    std::vector<std::string> sources;
};

// A part of the body whose knots share causes and self-care, most relevant first.
struct BodyArea {
    std::string id;
    std::vector<std::string> causes;
    std::vector<std::string> techniques;
};

struct Tip {
    std::string id;
    std::string text;
    std::vector<std::string> sources;
};

// Ordered by how soon care is needed.
enum class RedFlagTier { Soon, Urgent, Emergency };

struct RedFlagQuestion {
    std::string id;
    RedFlagTier tier = RedFlagTier::Soon;
    std::string question;
    std::vector<std::string> regions; // logging a knot in these regions asks it
    std::vector<std::string> places;  // marking pain in these places asks it
    // Saying pain feels like one of these (PainQuality bits) in a place of one of these
    // parts asks it again, whatever was answered before the pain was marked.
    unsigned feltAs = 0;
    std::vector<BodyPart> feltIn;
    // Asked only when one of these holds, or is not known: a history fact's id ("cancer"),
    // or "age-N" for a person N or older (HealthHistory::holds).
    std::vector<std::string> askIf;
    // A "yes" is more serious when a condition holds: cancer makes new weakness an emergency.
    struct Raise {
        std::string condition; // as in askIf
        RedFlagTier tier = RedFlagTier::Emergency;
        std::vector<std::string> sources;
    };
    std::vector<Raise> raise;
    std::vector<std::string> sources;

    // Asked in the short general screen: tied to no region or place.
    bool general() const { return regions.empty() && places.empty(); }
};

// A fact of the person's health history ("Have you ever had cancer?"): asked once, kept as
// an answer with its date, and edited on Your data. It changes which warning signs are
// asked and how serious a "yes" is; it never raises a warning on its own.
struct HistoryFact {
    std::string id; // "cancer"; its answers are kept under this question id
    std::string question;
    std::vector<std::string> formerIds; // earlier question ids whose answers are answers to it
    std::vector<std::string> sources;
};

// When a "no" to a warning sign stops counting and the question is asked again
// (screening.h): after a break of `afterBreak` with no entries, and after `atMost` in any case.
struct AskAgainRule {
    std::chrono::days afterBreak{28};
    std::chrono::days atMost{91};
    std::vector<std::string> sources;
};

// What the person has said of their health history: each fact's latest answer, and their
// year of birth if they gave it.
struct HealthHistory {
    std::map<std::string, bool, std::less<>> facts; // a fact's id: yes or no; absent: not said
    std::optional<int> birthYear;

    // Whether a condition ("cancer", "age-65") holds in `thisYear`: nullopt when not known.
    // An age counts as reached in the year it may be reached, the safe side.
    std::optional<bool> holds(std::string_view condition, int thisYear) const;
};

// Whom to call in a country (ISO 3166 alpha-2, "GB") when a warning sign says so: its
// emergency number, and a line for urgent medical advice where it has one.
struct HelpLine {
    std::string country;
    std::string emergency;  // "999"
    std::string urgent;     // "111", or empty
    std::string urgentName; // "NHS 111": how the line is known, or empty
    std::vector<std::string> sources;
};

// Where a knot's muscles send pain, as places of the atlas on the knot's own side (and the
// places of the middle): the "commonly" places, and the "sometimes" places less those.
struct ReferralPattern {
    std::vector<std::string> common;
    std::vector<std::string> sometimes;

    enum class Fit { None, Sometimes, Common };
    // Whether pain at a place lies in the pattern, and how.
    Fit fit(std::string_view placeId) const;
    bool empty() const { return common.empty() && sometimes.empty(); }
};

// A muscle that may be the source of pain felt at a point, with the regions to feel for it.
struct ReferralCandidate {
    const Muscle* muscle = nullptr;
    int score = 0; // 3 per zone it commonly refers to, 1 per "sometimes"
    // How much of the person's other pain its pattern covers (3 a place commonly, 1
    // sometimes): among muscles of one score, those that explain more come first.
    int alsoCovers = 0;
    std::vector<std::string> regions; // atlas regions of that muscle on the pain's side
    const ReferralZone* zone = nullptr;
    bool common = false; // true when the zone is one it commonly refers to
};

class KnowledgeBase {
public:
    // Parses and checks everything; a broken file is an error naming the broken entry.
    static Result<KnowledgeBase> parse(std::string_view json, const BodyAtlas& atlas);

    const Muscle* muscle(std::string_view id) const;
    const Technique* technique(std::string_view id) const;
    const Cause* cause(std::string_view id) const;
    const ReferralZone* zone(std::string_view id) const;
    const BodyArea* area(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const Tip* guidance(std::string_view id) const;
    const std::vector<Muscle>& muscles() const { return m_muscles; }
    const std::vector<Technique>& techniques() const { return m_techniques; }
    const std::vector<Tip>& prevention() const { return m_prevention; }
    const std::vector<RedFlagQuestion>& redFlags() const { return m_redFlags; }
    const std::vector<Source>& sources() const { return m_sources; }
    // The help line of a country, or null where KnotMap knows none.
    const HelpLine* helpLine(std::string_view country) const;
    const std::vector<HelpLine>& helpLines() const { return m_helpLines; }
    // Where the kinds of pain a mark may be given come from.
    const std::vector<std::string>& painKindSources() const { return m_painKindSources; }

    std::vector<const Muscle*> musclesOf(const BodyRegion& region) const;
    // The causes and self-care of the region's muscles' areas, most relevant first.
    std::vector<const Cause*> causesFor(const BodyRegion& region) const;
    // The self-care of the region's muscles: each muscle's own, or its area's, less the kinds
    // the region's caution sites leave out.
    std::vector<const Technique*> techniquesFor(const BodyRegion& region) const;
    // One muscle's: its own techniques, or its area's, less what its caution sites leave out.
    std::vector<const Technique*> techniquesOf(const Muscle& muscle) const;
    // The caution sites of the region's muscles.
    std::vector<const CautionSite*> cautionSitesFor(const BodyRegion& region) const;

    // The zones a place belongs to.
    std::vector<const ReferralZone*> zonesAt(std::string_view placeId) const;
    // "Where could this come from?": muscles that commonly refer pain to the place where it
    // is felt, highest score first; their regions are on the person's same side (both for
    // a place in the middle).
    // `otherPain`: the places of the person's other pain marks, which order muscles of one
    // score (ReferralCandidate::alsoCovers); then by name, every one listed, none cut.
    std::vector<ReferralCandidate>
    likelySources(std::string_view placeId, Side side, const BodyAtlas& atlas,
                  const std::vector<std::string>& otherPain = {}) const;
    // Where a knot in the region commonly and sometimes sends pain.
    ReferralPattern patternOf(const BodyRegion& region, const BodyAtlas& atlas) const;
    // One muscle's, on a side (both for Side::Centre).
    ReferralPattern patternOf(const Muscle& muscle, Side side, const BodyAtlas& atlas) const;

    // Questions to ask when a knot is first logged in that region, or pain first marked in
    // that place.
    std::vector<const RedFlagQuestion*> questionsFor(std::string_view id) const;
    // Questions that pain of these kinds (PainQuality bits) felt at the place asks.
    std::vector<const RedFlagQuestion*> questionsForFeeling(const BodyPlace& place,
                                                            unsigned kinds) const;
    // Why a region has no warning-sign question of its own, or "" when it has some.
    std::string noQuestionsReason(std::string_view regionId) const;
    // The short general screen.
    std::vector<const RedFlagQuestion*> generalQuestions() const;
    const RedFlagQuestion* redFlag(std::string_view id) const;
    const std::vector<HistoryFact>& historyFacts() const { return m_historyFacts; }
    // The fact whose answers are kept under this id, its own or a former one.
    const HistoryFact* historyFact(std::string_view answerId) const;
    // The words of a warning-sign question or a history fact, as asked; "" if unknown.
    std::string questionText(std::string_view id) const;
    const AskAgainRule& askAgain() const { return m_askAgain; }

private:
    // Whether a caution site of the muscle leaves out techniques of this kind.
    bool avoids(std::string_view muscleId, TechniqueKind kind) const;
    class Reader; // parse's steps, one per section of the file
    friend class Reader;

    std::vector<Source> m_sources;
    std::vector<ReferralZone> m_zones;
    std::vector<Muscle> m_muscles;
    std::vector<Cause> m_causes;
    std::vector<Technique> m_techniques;
    std::vector<BodyArea> m_areas;
    std::vector<Tip> m_prevention;
    std::vector<Tip> m_guidance;
    std::vector<RedFlagQuestion> m_redFlags;
    std::vector<HistoryFact> m_historyFacts;
    AskAgainRule m_askAgain;
    std::vector<std::string> m_painKindSources;
    std::vector<HelpLine> m_helpLines;
    std::vector<CautionSite> m_cautionSites;
    std::vector<std::pair<std::string, std::string>> m_noQuestions; // region id, reason
    std::vector<std::pair<std::string, std::vector<std::string>>> m_regionMuscles; // from the atlas
};

// What the red-flag answers so far mean. The latest answer to each question counts.
struct Triage {
    std::optional<RedFlagTier> tier;    // the most serious "yes", if any
    std::vector<std::string> questions; // the questions answered "yes" at that tier
    bool selfCareShown = true;          // false after an emergency "yes"
    // After an urgent "yes", self-care is paused in the regions its question is asked for,
    // or everywhere for a general question, until the answer changes or a clinician has
    // seen it (redflags.md: no self-treatment advice for urgent answers).
    bool pausedEverywhere = false;
    std::vector<std::string> pausedIn; // region ids

    // Whether self-care may be offered for the region.
    bool selfCareIn(std::string_view regionId) const;
};

// The person's health history from their answers (the latest per fact, former ids
// included) and their year of birth.
HealthHistory healthHistory(const std::vector<RedFlagAnswer>& answers,
                            const KnowledgeBase& knowledge, std::optional<int> birthYear);
// Whether the question is for this person: it has no condition, or one holds or is not known.
bool applies(const RedFlagQuestion& question, const HealthHistory& history, int thisYear);
// How serious a "yes" to it is for this person: its tier, raised by conditions that hold.
RedFlagTier tierFor(const RedFlagQuestion& question, const HealthHistory& history, int thisYear);

// What else triage weighs besides the answers.
struct TriageContext {
    // When the person last said a clinician had seen their urgent answers and said self-care
    // is fine. Urgent answers given before then no longer count; emergency ones do.
    std::optional<Timestamp> clearedAt;
    HealthHistory history; // raises the tier of answers (tierFor)
    int thisYear = 0;
};
// History facts are not warning signs: their answers alone never make a tier. A "yes" to a
// question that no longer applies (applies: the person has since said they never had
// cancer) no longer counts.
Triage triage(const std::vector<RedFlagAnswer>& answers, const KnowledgeBase& knowledge,
              const TriageContext& context = {});

std::string_view toString(RedFlagTier tier);
std::string_view toString(TechniqueKind kind);

} // namespace knotmap
