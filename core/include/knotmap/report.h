// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/history.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"

#include <string>
#include <vector>

// What the physiotherapist's summary holds for a range of days, gathered in one place so
// the printed pages, the app's preview and `knotmap report` agree. No layout here.
namespace knotmap::report {

// A knot there at some moment of the range, numbered K1, K2, ... by when it was noted.
struct KnotRow {
    int number = 0;
    KnotSummary summary;             // over its whole life
    std::optional<int> firstInRange; // its first reading in the range
    std::optional<int> latest;       // its latest reading up to the range's end
    int sessionsInRange = 0;
};

struct Note {
    Timestamp at{};
    enum class Kind { CheckIn, Knot, Session } kind = Kind::CheckIn;
    RowId knotId = 0; // for Knot and Session notes, 0 when none
    std::string text;
};

struct Data {
    DateRange range{};
    LocalDate made{};
    history::Overview overview;
    std::vector<history::RegionHeat> heat; // hottest first
    std::vector<std::string> mainAreas;    // the summary's "main knot areas": region ids
    std::vector<KnotRow> knots;
    std::vector<PainArea> painAreas;       // present at some moment of the range
    std::vector<RedFlagAnswer> answers;    // oldest first
    std::vector<std::string> yesQuestions; // question ids answered yes, each once, oldest first
    int careDays = 0;                      // days of the range with a self-care session
    std::vector<Note> notes;               // oldest first
};

struct Sources {
    CheckInRepository& checkIns;
    SelfCareSessionRepository& sessions;
    KnotRepository& knots;
    PainAreaRepository& painAreas;
    RedFlagAnswerRepository& redFlags;
};

// The summary names at most this many main knot areas: the hottest with readings.
inline constexpr std::size_t kMainAreas = 3;

// The days a summary covers when none are chosen: the last 30, ending today.
inline constexpr int kDefaultDays = 30;
DateRange defaultRange(LocalDate today);
// The last `days` days ending on `today` (at least one).
DateRange lastDays(LocalDate today, int days);
// The one rule for a range: it must not end before it starts, nor start after `today`.
// InvalidInput names the field ("from") and says why in a sentence.
Status checkRange(DateRange range, LocalDate today);

// The name printed on the summary: at most this many characters.
inline constexpr int kNameMaxLength = 120;
Status checkName(std::string_view name);

// The paper a summary is laid out on, by the names the page and --paper use.
enum class Paper { A4, Letter };
std::optional<Paper> paperFrom(std::string_view name); // "a4" or "letter"
std::string_view toString(Paper paper);

// Fails with InvalidInput when checkRange fails.
Result<Data> gather(Sources sources, DateRange range, LocalDate today);

} // namespace knotmap::report
