// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/domain.h"
#include "knotmap/result.h"

#include <string>
#include <string_view>

namespace knotmap {
class Store;
class BodyAtlas;
class KnowledgeBase;
} // namespace knotmap

// The record as HL7 FHIR R4, for a clinic's system to read (docs/EXPORT.md, "FHIR").
namespace knotmap::fhir {

// Code systems and codes the export uses. Each external code is listed, with where it
// was checked, in docs/EXPORT.md; tests/cli/fhir.sh checks every code in an export
// against that list.
inline constexpr std::string_view kLoinc = "http://loinc.org";
inline constexpr std::string_view kSnomed = "http://snomed.info/sct";
inline constexpr std::string_view kPainSeverityNrs = "72514-3"; // 0-10 numeric rating
inline constexpr std::string_view kSnomedLeft = "7771000";
inline constexpr std::string_view kSnomedRight = "24028007";
// KnotMap's own codes, where no standard code was found and checked.
inline constexpr std::string_view kKnotMapCodes = "https://knotmap.org/fhir/CodeSystem/entry";

struct Options {
    DateRange range{}; // the days whose entries are exported
    std::string name;  // the person's name for the Patient resource; empty: none

    // Every entry up to `today`, with no name: what an export asks for by default.
    static Options everything(LocalDate today);
};

// One Bundle of type "collection": a Patient holding only `options.name`; each check-in
// as Observations (the four pain scores, the interference scores given); each knot as a
// BodyStructure with its side and each of its readings as an Observation; each session
// as a Procedure with Observations of the tenderness before and after; the warning-sign
// answers as QuestionnaireResponses, one per sitting. Only entries in `options.range`.
// Fails with InvalidInput for a bad range or name (report::checkRange, checkName).
Result<std::string> toBundle(Store& store, const BodyAtlas& atlas, const KnowledgeBase& knowledge,
                             const Options& options, const Clock& clock);

} // namespace knotmap::fhir
