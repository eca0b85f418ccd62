// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The things a person records, in their own words. Plain values; rules live in
// validation.h, storage in the repositories.
namespace knotmap {

using RowId = std::int64_t;

enum class BodyView { Front, Back };
// The person's own side, as on a clinician's body chart; Centre for midline regions.
enum class Side { Left, Right, Centre };
enum class KnotStatus { Active, Easing, Resolved };

std::string_view toString(BodyView v);
std::string_view toString(Side s);
std::string_view toString(KnotStatus s);
std::optional<BodyView> bodyViewFrom(std::string_view s);
std::optional<Side> sideFrom(std::string_view s);
std::optional<KnotStatus> knotStatusFrom(std::string_view s);

// A place on the body diagram: x and y in 0..1 of the diagram's width and height.
struct BodyPoint {
    BodyView view = BodyView::Front;
    double x = 0.5;
    double y = 0.5;
    std::string regionId;
    Side side = Side::Centre;
};

// A tender spot that hurts to press, kept as a lasting object with its own history.
struct Knot {
    RowId id = 0;
    BodyPoint place;
    KnotStatus status = KnotStatus::Active;
    Timestamp createdAt{};
    std::optional<Timestamp> resolvedAt;
};

// When a knot became active, began easing or was resolved.
struct KnotStatusChange {
    RowId id = 0;
    RowId knotId = 0;
    KnotStatus status = KnotStatus::Active;
    Timestamp changedAt{};
};

// Words a person may use for how pain feels; several may apply (a bit set). One list for
// both uses: a knot's reading takes the words for a spot that hurts to press
// (kKnotQualities), a place where pain is felt takes the kinds of pain of the SF-MPQ-2
// (kPainKinds; the choice and its source are in resources/knowledge, "painKinds").
enum PainQuality : unsigned {
    Aching = 1u << 0,
    Burning = 1u << 1,
    Sharp = 1u << 2,
    Stiff = 1u << 3,
    Tingling = 1u << 4, // "tingling or pins and needles"
    Numb = 1u << 5,
    Throbbing = 1u << 6,
    Stabbing = 1u << 7,
};
inline constexpr unsigned kPainQualityCount = 8;
inline constexpr unsigned kKnotQualities = Aching | Burning | Sharp | Stiff | Tingling | Numb;
inline constexpr unsigned kPainKinds = Aching | Burning | Tingling | Numb | Throbbing | Stabbing;
// A quality's id in exports and FHIR codes ("tingling"), and back.
std::string_view toString(PainQuality q);
std::optional<PainQuality> painQualityFrom(std::string_view s);
// The word a person reads, in their language: "tingling or pins and needles"; and the
// same in English, for records read elsewhere (FHIR).
std::string painWord(PainQuality q);
std::string_view painWordInEnglish(PainQuality q);
// The words of a set of PainQuality bits in list order, joined by ", ".
std::string painWords(unsigned bits);
// The qualities of a set, in list order.
std::vector<PainQuality> painQualities(unsigned bits);

// One reading of a knot's tenderness (0 no pain .. 10 worst pain imaginable).
struct KnotObservation {
    RowId id = 0;
    RowId knotId = 0;
    Timestamp observedAt{};
    int tenderness = 0;
    unsigned qualities = 0;
    std::string note;
};

// Where pain is felt, which may be far from the knot that causes it.
struct PainArea {
    RowId id = 0;
    BodyPoint place;
    bool worst = false; // the "X on the area that hurts most"
    Timestamp notedAt{};
    std::optional<Timestamp> clearedAt;
    unsigned kinds = 0;                          // PainQuality bits of kPainKinds: how it feels
    std::optional<int> intensity = std::nullopt; // how strong it is there, 0-10, if said
};

// How much pain got in the way of each part of life in the last 24 hours (0-10).
enum class InterferenceDomain { Activity, Mood, Walking, Work, Relationships, Sleep, Enjoyment };
inline constexpr std::size_t kInterferenceDomains = 7;
// The field each domain's score is checked and reported under, in InterferenceDomain order
// (the order CheckIn::interference stores them).
inline constexpr std::array<std::string_view, kInterferenceDomains> kInterferenceFields{
    "interferesActivity",      "interferesMood",  "interferesWalking",  "interferesWork",
    "interferesRelationships", "interferesSleep", "interferesEnjoyment"};

// What may drive the day's pain, as the seeds name the causes. All optional.
struct DailyFactors {
    std::optional<double> sittingHours;
    std::optional<int> movementBreaks;
    std::optional<double> sleepHours;
    std::optional<int> sleepQuality; // 0 very poor .. 10 very good
    std::optional<int> stress;       // 0 none .. 10 extreme
    std::optional<int> waterGlasses;
    std::optional<int> exerciseMinutes;
    std::optional<bool> awkwardSleep;
    std::optional<bool> heavyLifting;
};

// One per local day: pain on the 0-10 scale now and over the last 24 hours.
struct CheckIn {
    RowId id = 0;
    LocalDate day{};
    int painNow = 0;
    int painWorst = 0;
    int painLeast = 0;
    int painAverage = 0;
    std::array<std::optional<int>, kInterferenceDomains> interference{};
    DailyFactors factors;
    std::string note;
    Timestamp updatedAt{};
    int revision = 0; // saves since it was added; a form saves over the revision it read
};

// A timed self-care session on a knot (or a region when no knot is picked).
struct SelfCareSession {
    RowId id = 0;
    std::string techniqueId;
    std::optional<RowId> knotId;
    std::string regionId;
    Timestamp startedAt{};
    int durationSeconds = 0;
    std::optional<int> tendernessBefore;
    std::optional<int> tendernessAfter;
    std::string note;
};

// The answer to one red-flag screening question, kept yes or no with its time.
struct RedFlagAnswer {
    RowId id = 0;
    std::string questionId;
    bool yes = false;
    Timestamp answeredAt{};
    std::string regionId; // the region whose logging asked it; empty for a general screen
};

// A half-open span of moments [from, to).
struct TimeRange {
    Timestamp from;
    Timestamp to;
};

// An inclusive span of local days.
struct DateRange {
    LocalDate first;
    LocalDate last;
};

std::string formatDate(LocalDate d); // YYYY-MM-DD
std::optional<LocalDate> parseDate(std::string_view text);

} // namespace knotmap
